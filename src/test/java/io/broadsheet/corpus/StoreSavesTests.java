package io.broadsheet.corpus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Saving a stored batch to the store's file, against real H2 files.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreSavesTests {

	private static final String WARNING = "Could not have the store write a stored batch to its file";

	@TempDir
	Path folder;

	@Test
	void writesWhatABatchStoredToTheFileOfAnH2FileStore() throws SQLException {
		// H2 would save in the background after this delay: the test sees only its own
		// save.
		String url = "jdbc:h2:file:" + this.folder.resolve("store") + ";WRITE_DELAY=600000";
		DataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		try (Connection open = dataSource.getConnection()) {
			jdbc.execute("create table article (id varchar primary key, body varchar)");
			long writesBefore = fileWrites(jdbc);
			jdbc.update("insert into article values ('one', repeat('text ', 2000))");
			assertThat(fileWrites(jdbc)).as("writes before the save").isEqualTo(writesBefore);
			new StoreSaves(dataSource, url).afterBatch();
			assertThat(fileWrites(jdbc)).isGreaterThan(writesBefore);
		}
	}

	@Test
	void asksNothingOfAStoreThatIsNotAnH2File(CapturedOutput output) {
		// Nothing listens there: asking would fail and warn.
		String url = "jdbc:postgresql://127.0.0.1:1/broadsheet?connectTimeout=1";
		StoreSaves saves = new StoreSaves(new DriverManagerDataSource(url, "broadsheet", "broadsheet"), url);
		assertThatNoException().isThrownBy(saves::afterBatch);
		assertThat(output).doesNotContain(WARNING);
	}

	@Test
	void aSaveThatFailsIsLoggedOnceAndDoesNotStopTheSync(CapturedOutput output) {
		// IFEXISTS refuses to create the missing store: every connection fails.
		String url = "jdbc:h2:file:" + this.folder.resolve("missing") + ";IFEXISTS=TRUE";
		StoreSaves saves = new StoreSaves(new DriverManagerDataSource(url, "sa", ""), url);
		assertThatNoException().isThrownBy(() -> {
			saves.afterBatch();
			saves.afterBatch();
		});
		assertThat(output.getAll().split(WARNING, -1)).hasSize(2);
	}

	private static long fileWrites(JdbcTemplate jdbc) {
		Long writes = jdbc.queryForObject(
				"select cast(setting_value as bigint) from information_schema.settings where setting_name = 'info.FILE_WRITE'",
				Long.class);
		return (writes != null) ? writes : -1;
	}

}
