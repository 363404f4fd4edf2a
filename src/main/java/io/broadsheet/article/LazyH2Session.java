package io.broadsheet.article;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Has H2 run an export's queries lazily, on the export's own connection, until closed.
 * Otherwise H2 builds a query's whole result before it hands over the first row: for the
 * 100,000 articles of {@code src/bench/export-memory.sh} the export wrote nothing for
 * most of a second (longer on a busy machine), and a client that hung up meanwhile went
 * unnoticed until then. Lazily, H2 reads the rows as the cursor asks for them whenever an
 * index gives the query's order (the default order, newest first, has one); a query it
 * cannot run lazily (an order no index gives) runs as before.
 * <p>
 * Per session, never in the store's URL: H2's lazy mode has restrictions (not every query
 * can run lazily; an error may come mid-result, not at once), and nothing but an export's
 * long forward-only read gains from it. The connection goes back to the pool as it came,
 * with lazy execution off (H2's default, which the store URL keeps). Other databases are
 * left alone: PostgreSQL already streams with the fetch size.
 */
final class LazyH2Session implements AutoCloseable {

	private static final String H2 = "H2";

	private final Session session;

	private final boolean lazy;

	private LazyH2Session(Session session, boolean lazy) {
		this.session = session;
		this.lazy = lazy;
	}

	/**
	 * Turns lazy execution on for the current transaction's connection when the store is
	 * H2.
	 * @param entityManager the entity manager of the current transaction
	 * @return what turns it off again
	 */
	static LazyH2Session open(EntityManager entityManager) {
		Session session = entityManager.unwrap(Session.class);
		boolean h2 = session.doReturningWork((connection) -> {
			if (!H2.equals(connection.getMetaData().getDatabaseProductName())) {
				return false;
			}
			setLazy(connection, true);
			return true;
		});
		return new LazyH2Session(session, h2);
	}

	@Override
	public void close() {
		if (this.lazy) {
			this.session.doWork((connection) -> setLazy(connection, false));
		}
	}

	private static void setLazy(Connection connection, boolean lazy) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
		}
	}

}
