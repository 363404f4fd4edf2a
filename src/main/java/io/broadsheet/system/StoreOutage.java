package io.broadsheet.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means the database cannot be reached, whichever layer
 * reported it: Spring's transaction manager ({@link CannotCreateTransactionException}),
 * its exception translation ({@link DataAccessResourceFailureException}), Hibernate's
 * wrappers around the JDBC driver's exception, or the pool's own timeout. Each is looked
 * for along the chain of causes, as every layer wraps the one below.
 */
final class StoreOutage {

	private StoreOutage() {
	}

	static boolean isCausedBy(Throwable failure) {
		return isCausedBy(failure, 0);
	}

	// A connection that died under a query fails twice: the query, then the rollback. The
	// transaction interceptor throws the rollback's failure ("Connection is closed", no
	// SQLSTATE) and keeps the query's as the application exception or a suppressed one:
	// those are looked at too.
	private static boolean isCausedBy(Throwable failure, int depth) {
		for (Throwable cause = failure; cause != null && depth < 4; cause = cause.getCause()) {
			if (isOutage(cause)) {
				return true;
			}
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& isCausedBy(rollback.getApplicationException(), depth + 1)) {
				return true;
			}
			for (Throwable suppressed : cause.getSuppressed()) {
				if (isCausedBy(suppressed, depth + 1)) {
					return true;
				}
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/** The innermost cause's message, for the log only: it may name hosts and SQL. */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static boolean isOutage(Throwable cause) {
		if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
				|| cause instanceof TransientDataAccessResourceException
				|| cause instanceof org.hibernate.exception.JDBCConnectionException
				|| cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException) {
			return true;
		}
		// A rollback that fails at the JDBC level: the connection is gone, and the
		// query's own failure (the application exception) was overridden by this one.
		if (cause instanceof org.hibernate.TransactionException && cause.getCause() instanceof SQLException) {
			return true;
		}
		return cause instanceof SQLException sql && isOutageState(sql.getSQLState());
	}

	// SQLSTATE class 08 is "connection exception" in the SQL standard; 57P01 to 57P03 are
	// PostgreSQL's "admin shutdown", "crash shutdown" and "cannot connect now" (starting
	// up).
	private static boolean isOutageState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
