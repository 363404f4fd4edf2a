package io.broadsheet.system;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A real pool: a request waits while every connection is busy, and still fails fast when
 * no connection can be made at all.
 */
class BusyPoolDataSourceTests {

	private HikariDataSource pool;

	@AfterEach
	void close() {
		if (this.pool != null) {
			this.pool.close();
		}
	}

	@Test
	void waitsForABusyPoolLongerThanItsConnectionTimeout() throws Exception {
		this.pool = pool("jdbc:h2:mem:busy-pool;DB_CLOSE_DELAY=-1");
		BusyPoolDataSource dataSource = new BusyPoolDataSource(this.pool, Duration.ofSeconds(10));
		Connection held = dataSource.getConnection();
		// Released after four connection timeouts: the pool alone would have failed.
		CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS).execute(() -> close(held));
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.isValid(1)).isTrue();
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(500));
	}

	@Test
	void failsAtTheConnectionTimeoutWhenNoConnectionCanBeMade() {
		// Nothing listens on port 1 of this machine.
		this.pool = pool("jdbc:h2:tcp://127.0.0.1:1/nothing");
		BusyPoolDataSource dataSource = new BusyPoolDataSource(this.pool, Duration.ofSeconds(10));
		long started = System.nanoTime();
		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(dataSource::getConnection);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setMaximumPoolSize(1);
		pool.setConnectionTimeout(250);
		pool.setValidationTimeout(250);
		pool.setInitializationFailTimeout(-1);
		return pool;
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
