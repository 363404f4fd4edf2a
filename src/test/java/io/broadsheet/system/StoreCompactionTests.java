package io.broadsheet.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An H2 file store of this process is opened without H2's background compaction, through
 * a setting at open that the database does not keep; every other store is opened as its
 * URL says.
 */
class StoreCompactionTests {

	@Test
	void anH2FileOfThisProcessIsOpenedWithoutBackgroundCompaction() {
		assertThat(StoreCompaction.withoutBackgroundCompaction("jdbc:h2:file:./data/broadsheet"))
			.isEqualTo("jdbc:h2:file:./data/broadsheet;AUTO_COMPACT_FILL_RATE=0");
		assertThat(StoreCompaction.withoutBackgroundCompaction("jdbc:h2:./data/broadsheet;AUTO_SERVER=TRUE"))
			.isEqualTo("jdbc:h2:./data/broadsheet;AUTO_SERVER=TRUE;AUTO_COMPACT_FILL_RATE=0");
	}

	@Test
	void aUrlThatSetsTheFillRateItselfAndEveryOtherStoreAreLeftAlone() {
		assertThat(StoreCompaction.withoutBackgroundCompaction("jdbc:h2:file:./data/b;auto_compact_fill_rate = 50"))
			.isEqualTo("jdbc:h2:file:./data/b;auto_compact_fill_rate = 50");
		assertThat(StoreCompaction.withoutBackgroundCompaction(null)).isNull();
		assertThat(StoreCompaction.withoutBackgroundCompaction("jdbc:h2:mem:broadsheet;DB_CLOSE_DELAY=-1"))
			.isEqualTo("jdbc:h2:mem:broadsheet;DB_CLOSE_DELAY=-1");
		assertThat(StoreCompaction.withoutBackgroundCompaction("jdbc:h2:tcp://db:9092/broadsheet"))
			.isEqualTo("jdbc:h2:tcp://db:9092/broadsheet");
		assertThat(StoreCompaction.withoutBackgroundCompaction("jdbc:postgresql://127.0.0.1:5432/broadsheet"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/broadsheet");
	}

	@Test
	void thePoolSpringBootConfiguresOpensTheFileWithoutItAndTheFileDoesNotKeepIt(@TempDir Path folder)
			throws SQLException {
		String url = "jdbc:h2:file:" + folder.resolve("broadsheet").toAbsolutePath();
		try (HikariDataSource pool = pool(url)) {
			DataSource dataSource = (DataSource) StoreConnectionConfiguration.busyPoolDataSourcePostProcessor()
				.postProcessAfterInitialization(pool, "dataSource");
			assertThat(fillRate(dataSource)).isEqualTo("0");
		}
		// Closed with the pool's last connection; opened again as the URL says, it
		// compacts as H2 does by default.
		try (HikariDataSource pool = pool(url)) {
			assertThat(fillRate(pool)).isEqualTo("90");
		}
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setMaximumPoolSize(1);
		return pool;
	}

	private static String fillRate(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet settings = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
						+ " WHERE SETTING_NAME = '" + StoreCompaction.SETTING + "'")) {
			assertThat(settings.next()).isTrue();
			return settings.getString(1);
		}
	}

}
