package io.broadsheet.search;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Known-item search on the 554 scraped pages of {@code ../shared/eval-web/dev}, read
 * through the real ingest: the stored title typed as the query finds its article first
 * (MRR at least 0.95), five consecutive words of the body as a phrase put it in the first
 * three (at least 95 %). Skipped when the folder is absent.
 */
@SpringBootTest
@Tag("database")
class KnownItemQualityTests {

	// Beside the repository in CI, one level higher from a git worktree under the
	// project's folder; -Dbroadsheet.eval-corpus=... from anywhere else.
	static final String EVAL_CORPUS = System.getProperty("broadsheet.eval-corpus", findEvalCorpus());

	@DynamicPropertySource
	static void evaluationCorpus(DynamicPropertyRegistry properties) {
		properties.add("broadsheet.corpus.path", () -> EVAL_CORPUS);
	}

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ArticleIndex index;

	@BeforeAll
	static void requireEvaluationCorpus() {
		assumeTrue(Files.isDirectory(Path.of(EVAL_CORPUS)), EVAL_CORPUS + " is absent");
	}

	private static String findEvalCorpus() {
		for (String candidate : new String[] { "../shared/eval-web/dev/corpus", "../../shared/eval-web/dev/corpus" }) {
			if (Files.isDirectory(Path.of(candidate))) {
				return candidate;
			}
		}
		return "../shared/eval-web/dev/corpus";
	}

	@Test
	void findsEachScrapedPageByItsTitleAndByAPhraseOfItsBody() {
		KnownItemSearch.Result result = KnownItemSearch.evaluate(this.jdbc, this.index);
		System.out.println("Known-item search on " + EVAL_CORPUS + ": " + result);
		assertThat(result.titleQueries()).isGreaterThan(400);
		assertThat(result.titleMrr()).as("title MRR; misses: %s", result.misses()).isGreaterThanOrEqualTo(0.95);
		assertThat(result.phraseTop3()).as("phrase top 3; misses: %s", result.misses()).isGreaterThanOrEqualTo(0.95);
	}

}
