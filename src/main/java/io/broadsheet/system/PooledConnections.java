package io.broadsheet.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Takes a borrowed connection out of the pool for good when its session may carry state
 * the next borrower must not inherit (a lock still held, a setting that could not be
 * reset). The pool resets only what JDBC knows of (auto-commit, isolation, read-only and
 * the like); a database's own session settings and locks outlive the borrower.
 */
public final class PooledConnections {

	private PooledConnections() {
	}

	/**
	 * Has the pool close this connection instead of handing it out again. The connection
	 * is closed at once, even while still borrowed (Hikari closes an evicted connection
	 * its caller holds; any other pool's connection is aborted), so whatever the borrower
	 * still does on it fails: call this when the connection's work is over or already
	 * lost.
	 * @param dataSource the data source the connection was borrowed from
	 * @param connection the connection, still borrowed
	 * @throws SQLException when the pool or the driver refuses
	 */
	public static void discard(DataSource dataSource, Connection connection) throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
		}
		else {
			connection.abort(Runnable::run);
		}
	}

}
