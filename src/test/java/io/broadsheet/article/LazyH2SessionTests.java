package io.broadsheet.article;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export's connection goes back to the pool out of H2's lazy mode, or not at all: a
 * later borrower must never run its queries lazily by chance, nor get a dead connection.
 * A real pool of one connection to a real H2, so that the next borrower gets the same
 * connection if the export's was kept.
 */
class LazyH2SessionTests {

	private HikariDataSource pool;

	@BeforeEach
	void openPool() {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:lazy-session-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		config.setMaximumPoolSize(1);
		this.pool = new HikariDataSource(config);
	}

	@AfterEach
	void closePool() {
		this.pool.close();
	}

	@Test
	void theConnectionGoesBackOutOfLazyMode() throws SQLException {
		try (Connection exports = this.pool.getConnection()) {
			LazyH2Session.setLazy(exports, true);
			assertThat(lazy(exports)).isTrue();
			LazyH2Session.turnOff(exports, this.pool);
		}
		try (Connection next = this.pool.getConnection()) {
			assertThat(lazy(next)).isFalse();
		}
	}

	@Test
	void aConnectionThatCannotLeaveLazyModeIsDiscarded() throws SQLException {
		try (Connection exports = this.pool.getConnection()) {
			LazyH2Session.setLazy(exports, true);
			// The export's connection breaks under it: turning lazy mode off fails.
			exports.unwrap(JdbcConnection.class).close();
			LazyH2Session.turnOff(exports, this.pool);
		}
		try (Connection next = this.pool.getConnection()) {
			assertThat(next.isClosed()).isFalse();
			assertThat(lazy(next)).isFalse();
		}
		assertThat(this.pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(1);
	}

	// H2 lists no session setting for it; its embedded session says.
	private static boolean lazy(Connection connection) throws SQLException {
		return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).isLazyQueryExecution();
	}

}
