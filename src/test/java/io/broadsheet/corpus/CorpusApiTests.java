package io.broadsheet.corpus;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.support.BundledCorpus;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetIntegrationTest
@Tag("database")
class CorpusApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void reportsTheStartupSyncOfTheBundledCorpus() {
		assertThat(this.mvc.get().uri("/corpus")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.location",
					(location) -> assertThat(location).asString().isEqualTo("classpath:corpus"))
			.hasPathSatisfying("$.state", (state) -> assertThat(state).asString().isEqualTo("completed"))
			.hasPathSatisfying("$.filesFound",
					(found) -> assertThat(found).asNumber().isEqualTo(BundledCorpus.articleFiles()))
			.hasPathSatisfying("$.ingested",
					(ingested) -> assertThat(ingested).asNumber().isEqualTo(BundledCorpus.articleFiles()))
			.hasPathSatisfying("$.skipped", (skipped) -> assertThat(skipped).asArray().isEmpty())
			.hasPathSatisfying("$.startedAt", (started) -> assertThat(started).asString().isNotEmpty())
			.hasPathSatisfying("$.durationMillis", (duration) -> assertThat(duration).asNumber().isNotNull());
	}

	@Test
	void saysThatAClasspathCorpusIsNotWatched() {
		assertThat(this.mvc.get().uri("/corpus")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.trigger", (trigger) -> assertThat(trigger).asString().isEqualTo("startup"))
			.hasPathSatisfying("$.watch.mode", (mode) -> assertThat(mode).asString().isEqualTo("off"))
			.hasPathSatisfying("$.watch.reason",
					(reason) -> assertThat(reason).asString().contains("classpath: corpus is not watched"))
			.hasPathSatisfying("$.watch.rescanIntervalMillis",
					(interval) -> assertThat(interval).asNumber().isEqualTo(10000))
			.hasPathSatisfying("$.watch.servedVersion", (version) -> assertThat(version).asString().hasSize(32));
	}

	@Test
	void reportsReadinessUpOnceTheSyncHasFinished() {
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).asString().isEqualTo("UP"));
	}

}
