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
 * times out while every one of its connections is in use, the request goes on waiting, up
 * to {@link #BUSY_POOL_WAIT} in all; when it times out with connections to spare (none
 * could be made: the database is unreachable), the failure stands.
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
				if (!isBusy() || System.nanoTime() >= deadline) {
					throw ex;
				}
			}
		}
	}

	// Every connection the pool may hold exists and is in use by a request.
	private boolean isBusy() {
		HikariPoolMXBean state = this.pool.getHikariPoolMXBean();
		return state != null && state.getActiveConnections() >= this.pool.getMaximumPoolSize();
	}

}
