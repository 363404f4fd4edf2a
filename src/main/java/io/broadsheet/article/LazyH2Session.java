package io.broadsheet.article;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.broadsheet.system.PooledConnections;

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
 * with lazy execution off (H2's default, which the store URL keeps), or not at all: when
 * lazy execution cannot be turned off again, the connection is discarded, so that no
 * later query runs lazily by chance. Other databases are left alone: PostgreSQL already
 * streams with the fetch size.
 */
final class LazyH2Session implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LazyH2Session.class);

	private static final String H2 = "H2";

	private final Session session;

	private final DataSource pool;

	private final boolean lazy;

	private LazyH2Session(Session session, DataSource pool, boolean lazy) {
		this.session = session;
		this.pool = pool;
		this.lazy = lazy;
	}

	/**
	 * Turns lazy execution on for the current transaction's connection when the store is
	 * H2.
	 * @param entityManager the entity manager of the current transaction
	 * @param pool the data source its connection was borrowed from, to discard the
	 * connection if lazy execution cannot be turned off again
	 * @return what turns it off again
	 */
	static LazyH2Session open(EntityManager entityManager, DataSource pool) {
		Session session = entityManager.unwrap(Session.class);
		boolean h2 = session.doReturningWork((connection) -> {
			if (!H2.equals(connection.getMetaData().getDatabaseProductName())) {
				return false;
			}
			setLazy(connection, true);
			return true;
		});
		return new LazyH2Session(session, pool, h2);
	}

	@Override
	public void close() {
		if (this.lazy) {
			this.session.doWork((connection) -> turnOff(connection, this.pool));
		}
	}

	/**
	 * Turns lazy execution off again, or has the pool discard the connection.
	 * <p>
	 * Does not throw itself. Turning the mode off fails in practice only on a connection
	 * already lost, so the export's transaction then fails at its commit either way; the
	 * discarded connection makes sure that the pool does not lend it out again, lazy or
	 * dead.
	 * @param connection the connection, still borrowed
	 * @param pool the data source it was borrowed from
	 */
	static void turnOff(Connection connection, DataSource pool) {
		try {
			setLazy(connection, false);
		}
		catch (SQLException ex) {
			log.warn("Could not turn H2's lazy query execution off after an export; discarding its connection", ex);
			try {
				PooledConnections.discard(pool, connection);
			}
			catch (SQLException notDiscarded) {
				log.warn("Could not discard the connection left in H2's lazy mode", notDiscarded);
			}
		}
	}

	static void setLazy(Connection connection, boolean lazy) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
		}
	}

}
