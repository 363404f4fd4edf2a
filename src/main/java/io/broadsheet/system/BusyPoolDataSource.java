package io.broadsheet.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells a busy pool from a broken database. The pool's {@code connection-timeout} is
 * short (1 s), so that a request gets its 503 quickly when the database is down; but
 * under heavy load every connection can be in use for longer than that while the database
 * is fine, and a request that waited out the timeout then would get a 503 for an outage
 * that is not one (64 connections of mixed traffic at 10k articles did). When the pool
 * times out holding connections and without a failure to make one, the request goes on
 * waiting, up to {@link #BUSY_POOL_WAIT} in all; when it could not make a connection (the
 * database is unreachable), the failure stands.
 */
class BusyPoolDataSource extends DelegatingDataSource {

	/**
	 * How long a request waits, in all, for a connection from a pool that is only busy.
	 */
	static final Duration BUSY_POOL_WAIT = Duration.ofSeconds(15);

	private final HikariDataSource pool;

	private final Duration busyPoolWait;

	BusyPoolDataSource(HikariDataSource pool) {
		this(pool, BUSY_POOL_WAIT);
	}

	BusyPoolDataSource(HikariDataSource pool, Duration busyPoolWait) {
		super(pool);
		this.pool = pool;
		this.busyPoolWait = busyPoolWait;
	}

	@Override
	public Connection getConnection() throws SQLException {
		long deadline = System.nanoTime() + this.busyPoolWait.toNanos();
		while (true) {
			try {
				return super.getConnection();
			}
			catch (SQLTransientConnectionException ex) {
				if (!isBusy(ex) || System.nanoTime() >= deadline) {
					throw ex;
				}
			}
		}
	}

	// The pool holds connections and made every one it tried to: they were all in use.
	// Hikari chains the last failure to make a connection to its timeout; counting the
	// active connections instead raced with requests handing theirs back (a timeout at
	// active=9 of 10, with 51 waiting, gave a 503 under 64 connections of search).
	private boolean isBusy(SQLTransientConnectionException timeout) {
		HikariPoolMXBean state = this.pool.getHikariPoolMXBean();
		return timeout.getCause() == null && state != null && state.getTotalConnections() > 0;
	}

}
