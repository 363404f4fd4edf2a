package io.broadsheet.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.broadsheet.system.PooledConnections;

/**
 * Lets one instance at a time sync the corpus into the database. Replicas that start
 * together against one PostgreSQL would otherwise insert the same articles and authors at
 * once and fail on each other's primary keys. The first to take the lock syncs; the
 * others wait (their readiness stays down, as the sync runs in a startup runner) and then
 * sync too, which finds nothing changed and only hashes the files.
 * <p>
 * On PostgreSQL the lock is a session-level advisory lock, held on a connection of its
 * own for the whole sync. It was chosen over ShedLock and Spring Integration's
 * {@code JdbcLockRegistry} because it needs no table, no dependency and no lease time to
 * guess: the server releases it as soon as the holder's connection ends, also when the
 * holder crashes or is killed, and a sync that runs long never outlives a lease and lets
 * a second instance in. On any other database (the embedded H2, which one process owns) a
 * lock within the JVM is all that is needed.
 */
@Component
class CorpusSyncLock {

	/**
	 * The advisory lock key; any constant works as long as every replica uses the same
	 * one. These are the bytes of "broadshe".
	 */
	static final long KEY = 0x62726f6164736865L;

	private static final Logger log = LoggerFactory.getLogger(CorpusSyncLock.class);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private static final Duration REPORT_INTERVAL = Duration.ofSeconds(30);

	// One per JVM rather than per bean: application contexts in one JVM (as tests start
	// them) share the in-memory H2 database by name.
	private static final ReentrantLock LOCAL = new ReentrantLock();

	private final DataSource dataSource;

	CorpusSyncLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Runs the given action while no other instance runs one, waiting for as long as
	 * another holds the lock. There is no time limit: how long a sync takes depends on
	 * the corpus, and an instance that hangs holding the lock is for its liveness probe
	 * to restart, which ends its connection and so frees the lock.
	 * @param action what to run under the lock
	 * @param <T> what it returns
	 * @return what the action returned
	 * @throws Exception what the action threw, or the database's error taking the lock
	 */
	<T> T callExclusively(Callable<T> action) throws Exception {
		LOCAL.lockInterruptibly();
		try (Connection connection = this.dataSource.getConnection()) {
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				return action.call();
			}
			acquire(connection);
			try {
				return action.call();
			}
			finally {
				release(connection);
			}
		}
		finally {
			LOCAL.unlock();
		}
	}

	private void acquire(Connection connection) throws SQLException, InterruptedException {
		long startedAt = System.nanoTime();
		Duration nextReport = Duration.ZERO;
		// Polling rather than the blocking pg_advisory_lock, so that a long wait is
		// visible in the log and the thread stays interruptible.
		while (!call(connection, "select pg_try_advisory_lock(?)")) {
			Duration waited = Duration.ofNanos(System.nanoTime() - startedAt);
			if (waited.compareTo(nextReport) >= 0) {
				log.info("Waiting for another instance to finish syncing the corpus ({} s so far)", waited.toSeconds());
				nextReport = nextReport.plus(REPORT_INTERVAL);
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		if (!nextReport.isZero()) {
			log.info("Took the corpus sync lock after waiting {} ms",
					Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
		}
	}

	private void release(Connection connection) {
		try {
			if (!call(connection, "select pg_advisory_unlock(?)")) {
				log.warn("The corpus sync lock was no longer held when the sync ended");
			}
		}
		catch (SQLException ex) {
			// The pool must not hand out a session that may still hold the lock: that
			// would block every other instance until the connection retires.
			log.warn("Could not release the corpus sync lock; discarding its connection instead", ex);
			discard(connection);
		}
	}

	private void discard(Connection connection) {
		try {
			PooledConnections.discard(this.dataSource, connection);
		}
		catch (SQLException ex) {
			log.warn("Could not discard the connection of the corpus sync lock", ex);
		}
	}

	private static boolean call(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

}
