package io.broadsheet.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.broadsheet.support.BroadsheetProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application over a file-mode H2 store, started twice with no index path set:
 * the first start builds the index beside the database, the second finds it there at the
 * current version and indexes nothing, and still answers searches.
 */
class IndexBesideFileStoreIT {

	private static final int FILES = 120;

	@TempDir
	Path work;

	@Test
	void aRestartOverAnUnchangedFileStoreReindexesNothing() throws Exception {
		Path corpus = Files.createDirectories(this.work.resolve("corpus"));
		for (int i = 0; i < FILES; i++) {
			Files.writeString(corpus.resolve("article-%03d.txt".formatted(i)),
					"Dispatch number " + i + "\n\nBy Writer " + (i % 7) + "\n\n2024-03-%02d\n\n".formatted(1 + i % 28)
							+ ("The delegation from Yerevan met again, round " + i + ". ").repeat(20) + "\n");
		}
		String[] arguments = { "--broadsheet.corpus.path=" + corpus,
				"--spring.datasource.url=jdbc:h2:file:" + this.work.resolve("db/broadsheet") };

		try (BroadsheetProcess first = BroadsheetProcess.start(this.work.resolve("first.log"), arguments)) {
			first.awaitReady(Duration.ofMinutes(3));
			// Indexed while the sync stored them; the catch-up only commits.
			assertThat(first.log()).contains(": 0 articles indexed, 0 removed, " + FILES + " in all; " + FILES
					+ " more indexed while the sync stored them");
		}
		assertThat(this.work.resolve("db/broadsheet.index")).isDirectoryContaining("glob:**/segments_*");

		try (BroadsheetProcess second = BroadsheetProcess.start(this.work.resolve("second.log"), arguments)) {
			second.awaitReady(Duration.ofMinutes(3));
			assertThat(second.log()).contains("kept across restarts")
				.contains("already serves corpus version")
				.contains(": 0 articles indexed")
				.doesNotContain("while the sync stored them");
			assertThat(second.get("/articles?q=%22round%2042%22").body()).contains("\"totalElements\":1",
					"article-042");
		}
	}

}
