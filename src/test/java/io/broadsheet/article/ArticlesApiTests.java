package io.broadsheet.article;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.support.BundledCorpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article endpoints over the bundled corpus, as a client sees them.
 */
@BroadsheetIntegrationTest
@Tag("database")
class ArticlesApiTests {

	private static final String LAVROV_VISIT = "000_a9e816bf096b0a86";

	private static final String HISTORY = "002_62ce8fa616d42fc4";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsEveryBundledArticleInOnePage() {
		assertThat(this.mvc.get().uri("/articles")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.content.length()",
					(count) -> assertThat(count).asNumber().isEqualTo(BundledCorpus.articleFiles()))
			.hasPathSatisfying("$.page.totalElements",
					(total) -> assertThat(total).asNumber().isEqualTo(BundledCorpus.articleFiles()))
			.hasPathSatisfying("$.page.size", (size) -> assertThat(size).asNumber().isEqualTo(20))
			.hasPathSatisfying("$.page.number", (number) -> assertThat(number).asNumber().isEqualTo(0));
	}

	@Test
	void listsNewestFirstWithUndatedLastAndNoBody() {
		assertThat(this.mvc.get().uri("/articles")).bodyJson()
			.hasPathSatisfying("$.content[0].id", (id) -> assertThat(id).asString().isEqualTo(HISTORY))
			.hasPathSatisfying("$.content[0].publishedDate",
					(date) -> assertThat(date).asString().isEqualTo("2025-12-04"))
			.doesNotHavePath("$.content[0].body");
	}

	@Test
	void findsArticlesByAuthorNameInAnyCase() {
		assertThat(this.mvc.get().uri("/articles?author=tigran grigoryan")).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly(LAVROV_VISIT);
	}

	@Test
	void findsArticlesByAuthorSlug() {
		assertThat(this.mvc.get().uri("/articles?author=tigran-grigoryan")).bodyJson()
			.extractingPath("$.content[*].authors[*].name")
			.asArray()
			.containsExactly("Tigran Grigoryan");
	}

	@Test
	void findsArticlesByAnyOfSeveralAuthors() {
		assertThat(this.mvc.get().uri("/articles?author=Tigran Grigoryan&author=nobody-at-all")).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly(LAVROV_VISIT);
	}

	@Test
	void unknownAuthorGivesAnEmptyPageNotAnError() {
		assertThat(this.mvc.get().uri("/articles?author=Nobody Known")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content")
			.asArray()
			.isEmpty();
	}

	@Test
	void likeWildcardsInAuthorMatchLiterally() {
		for (String wildcard : new String[] { "%", "_", "%25", "tigran%", "t_gran-grigoryan" }) {
			assertThat(this.mvc.get().uri("/articles").param("author", wildcard)).hasStatusOk()
				.bodyJson()
				.extractingPath("$.content")
				.asArray()
				.as(wildcard)
				.isEmpty();
		}
	}

	@Test
	void findsArticlesByDayMonthYearAndRange() {
		for (String query : new String[] { "date=2025-12-04", "date=2025-12", "from=2025-12-01&to=2025-12-31" }) {
			assertThat(this.mvc.get().uri("/articles?" + query)).bodyJson()
				.extractingPath("$.content[*].id")
				.asArray()
				.as(query)
				.containsExactly(HISTORY);
		}
		assertThat(this.mvc.get().uri("/articles?date=2025")).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.contains(HISTORY);
	}

	@Test
	void combinesFiltersWithAnd() {
		assertThat(this.mvc.get().uri("/articles?author=tigran-grigoryan&date=2025-12")).bodyJson()
			.extractingPath("$.content")
			.asArray()
			.isEmpty();
	}

	@Test
	void pagesThroughTheCorpusWithoutRepeats() {
		assertThat(this.mvc.get().uri("/articles?size=2&page=2")).bodyJson()
			.hasPathSatisfying("$.content.length()", (count) -> assertThat(count).asNumber().isEqualTo(1))
			.hasPathSatisfying("$.page.totalPages", (pages) -> assertThat(pages).asNumber().isEqualTo(3));
		assertThat(this.mvc.get().uri("/articles?page=99")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content")
			.asArray()
			.isEmpty();
	}

	@Test
	void sortsByTitle() {
		assertThat(this.mvc.get().uri("/articles?sort=title,desc&size=1")).bodyJson()
			.hasPathSatisfying("$.content[0].title", (title) -> assertThat(title).asString().startsWith("The history"));
	}

	@Test
	void readsOneArticleWithBodyAndProvenance() {
		assertThat(this.mvc.get().uri("/articles/" + LAVROV_VISIT)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.title",
					(title) -> assertThat(title).asString()
						.isEqualTo("Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival"))
			.hasPathSatisfying("$.body",
					(body) -> assertThat(body).asString().startsWith("Russian Foreign Minister Sergey Lavrov paid"))
			.hasPathSatisfying("$.sourceFile", (file) -> assertThat(file).asString().isEqualTo(LAVROV_VISIT + ".txt"))
			.hasPathSatisfying("$.provenance.title.source", (source) -> assertThat(source).asString().isEqualTo("text"))
			.hasPathSatisfying("$.provenance.title.line", (line) -> assertThat(line).asNumber().isEqualTo(1))
			.hasPathSatisfying("$.provenance.authors.line", (line) -> assertThat(line).asNumber().isEqualTo(3));
	}

	@Test
	void marksDerivedTitlesAndTheLineOfEachFoundValue() {
		assertThat(this.mvc.get().uri("/articles/" + HISTORY)).bodyJson()
			.hasPathSatisfying("$.provenance.title.source",
					(source) -> assertThat(source).asString().isEqualTo("derived"))
			.hasPathSatisfying("$.provenance.publishedDate.source",
					(source) -> assertThat(source).asString().isEqualTo("text"))
			.hasPathSatisfying("$.provenance.publishedDate.line", (line) -> assertThat(line).asNumber().isEqualTo(1))
			.hasPathSatisfying("$.body", (body) -> assertThat(body).asString().doesNotContain("16 px"));
	}

	@Test
	void unknownArticleIsAProblem404() {
		assertThat(this.mvc.get().uri("/articles/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("nope"))
			.hasPathSatisfying("$.instance", (instance) -> assertThat(instance).asString().isEqualTo("/articles/nope"));
	}

	@Test
	void malformedDateIsAProblem400NamingTheParameter() {
		assertThat(this.mvc.get().uri("/articles?date=2025-13")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].parameter",
					(parameter) -> assertThat(parameter).asString().isEqualTo("date"))
			.hasPathSatisfying("$.errors[0].rejectedValue",
					(value) -> assertThat(value).asString().isEqualTo("2025-13"))
			.hasPathSatisfying("$.errors[0].message",
					(message) -> assertThat(message).asString().isEqualTo("month must be 01-12"));
	}

	@Test
	void rejectsMalformedParametersWithTheirNames() {
		String[][] cases = { { "date=2025-02-30", "date" }, { "date=25", "date" },
				{ "from=2025-12-31&to=2025-12-01", "from" }, { "from=yesterday", "from" }, { "page=-1", "page" },
				{ "page=abc", "page" }, { "size=0", "size" }, { "size=101", "size" }, { "sort=wordCount", "sort" },
				{ "sort=title,sideways", "sort" } };
		for (String[] testCase : cases) {
			assertThat(this.mvc.get().uri("/articles?" + testCase[0])).as(testCase[0])
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.errors[*].parameter")
				.asArray()
				.as(testCase[0])
				.containsExactly(testCase[1]);
		}
	}

	@Test
	void reportsEveryMalformedPagingParameterAtOnce() {
		// A value that does not convert no longer hides another one out of range.
		assertThat(this.mvc.get().uri("/articles?page=abc&size=0")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].message")
			.asArray()
			.containsExactly("must be a whole number", "must be between 1 and 100");
	}

	@Test
	void rejectsAParameterThatTakesOneValueGivenTwice() {
		// Spring's binding kept the first page silently and joined two q values into one.
		for (String query : new String[] { "page=1&page=2", "q=Lavrov&q=Armenia", "from=2025-01-01&from=2025-02-01" }) {
			assertThat(this.mvc.get().uri("/articles?" + query)).as(query)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.errors[0].message")
				.asString()
				.isEqualTo("must be given once, not 2 times");
		}
	}

	@Test
	void takesABlankNumberOrDateAsNotGiven() {
		assertThat(this.mvc.get().uri("/articles").param("page", " ").param("size", "").param("from", " "))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.size")
			.isEqualTo(20);
	}

	@Test
	void readsRepeatedAndCommaSeparatedAuthorsAlike() {
		assertThat(this.mvc.get().uri("/articles?author=tigran-grigoryan,nobody-at-all")).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/articles?author=tigran-grigoryan&author=nobody-at-all")).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(1);
	}

	@Test
	void listsAnAuthorsArticlesUnderTheAuthor() {
		assertThat(this.mvc.get().uri("/authors/tigran-grigoryan/articles")).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly(LAVROV_VISIT);
		assertThat(this.mvc.get().uri("/authors/nobody/articles")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
