package io.broadsheet.article;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.support.BundledCorpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search and facets over the bundled corpus, as a client sees them.
 */
@BroadsheetIntegrationTest
class SearchApiTests {

	private static final String LAVROV_VISIT = "000_a9e816bf096b0a86";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void findsTheThreeArticlesThatNameLavrovTheOneAboutHimFirstWithHighlights() {
		assertThat(this.mvc.get().uri("/articles?q=Lavrov")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.content[0].id", (id) -> assertThat(id).asString().isEqualTo(LAVROV_VISIT))
			.hasPathSatisfying("$.content[0].highlights",
					(highlights) -> assertThat(highlights).asArray()
						.hasSizeBetween(1, 3)
						.allSatisfy((snippet) -> assertThat(snippet).asString().contains("<mark>Lavrov")))
			.hasPathSatisfying("$.page.totalElements", (total) -> assertThat(total).asNumber().isEqualTo(3));
	}

	@Test
	void listsWithoutHighlightsWhenThereIsNoQuery() {
		assertThat(this.mvc.get().uri("/articles")).bodyJson()
			.doesNotHavePath("$.content[0].highlights")
			.hasPath("$.content[0].language");
	}

	@Test
	void combinesTheQueryWithFiltersAndSortsByDateOnRequest() {
		assertThat(this.mvc.get().uri("/articles?q=Armenia&author=Tigran Grigoryan")).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly(LAVROV_VISIT);
		assertThat(this.mvc.get().uri("/articles?q=Armenia&sort=publishedDate,desc&size=2")).bodyJson()
			.hasPathSatisfying("$.content[0].publishedDate",
					(date) -> assertThat(date).asString().isEqualTo("2025-12-04"))
			// Every bundled article mentions Armenia.
			.hasPathSatisfying("$.page.totalElements",
					(total) -> assertThat(total).asNumber().isEqualTo(BundledCorpus.articleFiles()));
	}

	@Test
	void answersAQueryItCannotReadWithAProblemNamingThePosition() {
		MvcTestResult result = this.mvc.get().uri("/articles?q=Lavrov \"Yerevan").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].parameter", (name) -> assertThat(name).asString().isEqualTo("q"))
			.hasPathSatisfying("$.errors[0].message",
					(message) -> assertThat(message).asString().isEqualTo("unclosed quote at position 7"));
	}

	@Test
	void answersAPastedParagraphWithAProblemSayingHowManyWordsAQueryMayHave() {
		String paragraph = String.join(" ",
				Collections.nCopies(5, "Lavrov met the ministers of Armenia and Azerbaijan"));
		for (String path : List.of("/articles?q=", "/articles/facets?q=")) {
			assertThat(this.mvc.get().uri(path + paragraph)).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.errors[0].parameter", (name) -> assertThat(name).asString().isEqualTo("q"))
				.hasPathSatisfying("$.errors[0].message", (message) -> assertThat(message).asString()
					.startsWith("too many words: at most 32 words and phrases, this query has 40"));
		}
	}

	@Test
	void rejectsRelevanceWithoutAQueryAndMalformedLanguages() {
		assertThat(this.mvc.get().uri("/articles?sort=relevance")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/articles?language=english")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].parameter", (name) -> assertThat(name).asString().isEqualTo("language"));
	}

	@Test
	void countsAuthorsAndYearsOfTheArticlesThatMentionArmenia() {
		assertThat(this.mvc.get().uri("/articles/facets?q=Armenia")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.total",
					(total) -> assertThat(total).asNumber().isEqualTo(BundledCorpus.articleFiles()))
			.hasPathSatisfying("$.authors[*].id",
					(ids) -> assertThat(ids).asArray().contains("tigran-grigoryan", "emil-avdaliani"))
			.hasPathSatisfying("$.years[0].period", (year) -> assertThat(year).asString().isEqualTo("2025"))
			.hasPathSatisfying("$.years[0].count", (count) -> assertThat(count).asNumber().isEqualTo(2));
	}

	@Test
	void countsFacetsOfTheFilteredSetWithoutAQuery() {
		assertThat(this.mvc.get().uri("/articles/facets?author=tigran-grigoryan")).bodyJson()
			.hasPathSatisfying("$.total", (total) -> assertThat(total).asNumber().isEqualTo(1))
			.hasPathSatisfying("$.publishers[0].name", (name) -> assertThat(name).asString().isEqualTo("CivilNet"));
	}

	@Test
	void boundsTheFacetLimit() {
		assertThat(this.mvc.get().uri("/articles/facets?limit=1")).bodyJson()
			.hasPathSatisfying("$.publishers.length()", (count) -> assertThat(count).asNumber().isEqualTo(1));
		assertThat(this.mvc.get().uri("/articles/facets?limit=101")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].parameter", (name) -> assertThat(name).asString().isEqualTo("limit"));
	}

	@Test
	void answersFacetsConditionallyLikeEveryArticleAnswer() {
		MvcTestResult first = this.mvc.get().uri("/articles/facets?q=Armenia").exchange();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotNull();
		assertThat(this.mvc.get().uri("/articles/facets?q=Armenia").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/articles?q=Armenia").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

}
