package io.broadsheet.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

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
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (isOutage(cause)) {
				return true;
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
