package io.broadsheet.archive;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetIntegrationTest
@Tag("database")
class DatesApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void countsArticlesPerMonthByDefault() {
		assertThat(this.mvc.get().uri("/dates")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.granularity", (granularity) -> assertThat(granularity).asString().isEqualTo("month"))
			.extractingPath("$.content[?(@.period == '2025-12')].articleCount")
			.asArray()
			.containsExactly(1);
	}

	@Test
	void linksEachPeriodToItsArticles() {
		assertThat(this.mvc.get().uri("/dates?granularity=day")).bodyJson()
			.extractingPath("$.content[?(@.period == '2025-12-04')].articles")
			.asArray()
			.containsExactly("/articles?date=2025-12-04");
		assertThat(this.mvc.get().uri("/dates?granularity=YEAR")).bodyJson()
			.extractingPath("$.content[*].period")
			.asArray()
			.contains("2025");
	}

	@Test
	void countsUndatedArticlesApart() {
		assertThat(this.mvc.get().uri("/dates")).bodyJson()
			.hasPathSatisfying("$.undated", (undated) -> assertThat(undated).asNumber().isNotEqualTo(0));
	}

	@Test
	void rejectsUnknownGranularity() {
		assertThat(this.mvc.get().uri("/dates?granularity=week")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].message",
					(message) -> assertThat(message).asString().isEqualTo("must be year, month or day"));
	}

}
