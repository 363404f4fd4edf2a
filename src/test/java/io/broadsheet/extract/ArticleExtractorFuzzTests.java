package io.broadsheet.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the extractor with Jazzer: whatever the bytes of an article
 * and its sidecar, extraction returns a result, throws nothing, and takes well under a
 * second.
 * <p>
 * {@code ./mvnw verify} runs the seed inputs (in
 * {@code src/test/resources/io/broadsheet/extract/ArticleExtractorFuzzTestsInputs}) and a
 * short fuzzing run. A longer run: {@code JAZZER_FUZZ=1 ./mvnw test
 * -Dtest=ArticleExtractorFuzzTests -Djazzer.max_duration=30m -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ArticleExtractorFuzzTests {

	private static final Duration LIMIT = Duration.ofSeconds(1);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final ArticleExtractor EXTRACTOR = warmedUp(new ArticleExtractor());

	@FuzzTest
	void extractsAnyBytesQuickly(FuzzedDataProvider data) {
		byte[] sidecar = data.consumeBoolean() ? data.consumeBytes(data.consumeInt(0, 512)) : null;
		byte[] content = data.consumeRemainingAsBytes();
		// CPU time of this thread, not wall-clock time: a busy machine must not fail it.
		long start = THREADS.getCurrentThreadCpuTime();
		ParsedArticle parsed = EXTRACTOR.extract(content, sidecar);
		Duration took = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
		assertThat(parsed).isNotNull();
		assertThat(parsed.body()).isNotNull();
		assertThat(parsed.warnings()).doesNotContainNull();
		assertThat(took).as("extraction of %d bytes", content.length).isLessThan(LIMIT);
	}

	// Class loading, the first YAML parse and the month names of every locale (read from
	// the JDK's CLDR data at the first date written in words) are a one-off cost, not the
	// input's.
	private static ArticleExtractor warmedUp(ArticleExtractor extractor) {
		byte[] sample = ("---\ntitle: T\n---\nA Headline For Warming Up\n\nBy Ann Carter\n\n2024-03-07\n\n"
				+ "Published 7 March 2024\n\n4 décembre 2025\n\n4. Dezember 2025\n\nSome text.\n")
			.getBytes(StandardCharsets.UTF_8);
		extractor.extract(sample, "publisher: P\n".getBytes(StandardCharsets.UTF_8));
		extractor.extract(new byte[] { (byte) 0xC3, 0x28 }, "[".getBytes(StandardCharsets.UTF_8));
		return extractor;
	}

}
