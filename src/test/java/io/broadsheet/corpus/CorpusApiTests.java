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
	void reportsReadinessUpOnceTheSyncHasFinished() {
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).asString().isEqualTo("UP"));
	}

}
