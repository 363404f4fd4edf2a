package io.broadsheet.reader;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.support.BundledCorpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader pages over the bundled corpus, in the one shared application context: what a
 * person sees, and that the API's rules still hold beside them.
 */
@BroadsheetIntegrationTest
class ReaderPagesTests {

	private static final String LAVROV = "000_a9e816bf096b0a86";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void homePageListsEveryArticleWithFacetsAndATimeline() {
		Document page = html(this.mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange());
		assertThat(page.select("ol.articles > li"))
			.hasSize(Math.min(BundledCorpus.articleFiles(), ReaderQuery.PAGE_SIZE));
		assertThat(page.select("ol.articles h3 a").eachAttr("href")).contains("/read/articles/" + LAVROV);
		assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
		assertThat(page.select("section[aria-labelledby=facet-authors] a").eachText())
			.anySatisfy((text) -> assertThat(text).startsWith("Tigran Grigoryan"));
		assertThat(page.select("section[aria-labelledby=facet-authors] a").eachAttr("href"))
			.contains("/?author=tigran-grigoryan");
		assertThat(page.select("section.timeline svg rect.bar").eachAttr("data-period")).containsExactly("2025-06",
				"2025-12");
		assertThat(page.select("section.timeline table tbody tr")).hasSize(2);
	}

	@Test
	void aFacetLinkNarrowsTheListAsTheApiDoes() {
		Document page = html(this.mvc.get().uri("/?author=tigran-grigoryan").exchange());
		assertThat(page.select("ol.articles > li")).hasSize(1);
		assertThat(page.select("section[aria-labelledby=facet-authors] a[aria-current]").eachAttr("href"))
			.containsExactly("/");
		Document byYear = html(this.mvc.get().uri("/?date=2025&sort=oldest").exchange());
		assertThat(byYear.select("ol.articles h3 a").eachAttr("href"))
			.containsExactly("/read/articles/004_aa2b845cab8e237c", "/read/articles/002_62ce8fa616d42fc4");
		assertThat(byYear.select("section[aria-labelledby=facet-months] a").eachAttr("href"))
			.containsExactly("/?date=2025-06&sort=oldest", "/?date=2025-12&sort=oldest");
	}

	@Test
	void facetsCountWhatTheApiCountsForTheSameQuery() throws Exception {
		String json = this.mvc.get()
			.uri("/articles/facets?q=Armenia&limit=100")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.getResponse()
			.getContentAsString();
		JsonNode api = JsonMapper.builder().build().readTree(json);
		Document page = html(this.mvc.get().uri("/?q=Armenia").exchange());
		List<String> apiAuthors = new ArrayList<>();
		api.get("authors").forEach((author) -> apiAuthors.add(author.get("name").asText() + " " + author.get("count")));
		assertThat(page.select("section[aria-labelledby=facet-authors] a").eachText()).isEqualTo(apiAuthors);
		List<String> apiLanguages = new ArrayList<>();
		api.get("languages").forEach((language) -> apiLanguages.add(language.get("code").asText()));
		assertThat(apiLanguages).isNotEmpty();
		assertThat(page.select("section[aria-labelledby=facet-languages] a").eachAttr("href"))
			.containsExactlyElementsOf(apiLanguages.stream().map((code) -> "/?q=Armenia&language=" + code).toList());
		long timelineTotal = page.select("section.timeline table tbody tr td:eq(1)")
			.eachText()
			.stream()
			.mapToLong(Long::parseLong)
			.sum();
		long apiMonthsTotal = 0;
		for (JsonNode month : api.get("months")) {
			apiMonthsTotal += month.get("count").asLong();
		}
		assertThat(timelineTotal).isEqualTo(apiMonthsTotal).isPositive();
	}

	@Test
	void aLanguageFacetNarrowsTheListAndCanBeRemoved() {
		Document english = html(this.mvc.get().uri("/?language=en").exchange());
		assertThat(english.select("section[aria-labelledby=facet-languages] a[aria-current]").eachText())
			.singleElement()
			.asString()
			.startsWith("English (en)");
		assertThat(english.select("p.chosen").text()).contains("in English (en)");
		assertThat(english.select("p.chosen a.remove").eachAttr("href")).containsExactly("/");
	}

	@Test
	void searchListsTheMatchingArticlesBestFirstWithTheMatchedWordsMarked() {
		Document page = html(this.mvc.get().uri("/?q=Lavrov").exchange());
		assertThat(page.select("ol.articles > li")).isNotEmpty();
		assertThat(page.select("ol.articles > li h3").first().text())
			.isEqualTo("Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival");
		assertThat(page.select("ol.articles > li").first().select("mark").text()).containsIgnoringCase("lavrov");
		assertThat(page.select("input[name=q]").attr("value")).isEqualTo("Lavrov");
		assertThat(page.select("nav.sort [aria-current=true]").text()).isEqualTo("relevance");
	}

	@Test
	void articlePageShowsTheBodyAndWhereEachFieldCameFrom() {
		Document page = html(this.mvc.get().uri("/read/articles/{id}", LAVROV).exchange());
		assertThat(page.select("h1").text())
			.isEqualTo("Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival");
		assertThat(page.select("article .meta a").attr("href")).isEqualTo("/read/authors/tigran-grigoryan");
		assertThat(page.select("article .body p").size()).isGreaterThan(5);
		assertThat(page.select("aside.provenance dd").eachText()).first()
			.asString()
			.contains("Read from line 1 of " + LAVROV + ".txt");
		assertThat(page.select("aside.provenance dd.unknown").text()).contains("Not found in the text");
	}

	@Test
	void anArticlesOwnTextIsMarkedWithItsLanguageAndDirection() {
		// The page around it stays English; a screen reader speaks what is marked in the
		// language marked, and an Arabic or Hebrew article runs right to left.
		Document page = html(this.mvc.get().uri("/read/articles/{id}", LAVROV).exchange());
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("article h1").attr("lang")).isEqualTo("en");
		assertThat(page.select("article h1").attr("dir")).isEqualTo("auto");
		assertThat(page.select("article .body").attr("lang")).isEqualTo("en");
		assertThat(page.select("article .body p").eachAttr("dir")).containsOnly("auto");
		Document home = html(this.mvc.get().uri("/").exchange());
		assertThat(home.select("ol.articles h3 a").eachAttr("lang")).hasSize(home.select("ol.articles h3 a").size())
			.containsOnly("en");
		assertThat(home.select("ol.articles .excerpt").eachAttr("dir")).containsOnly("auto");
	}

	@Test
	void authorPageListsTheirArticlesWithASparkline() {
		Document page = html(this.mvc.get().uri("/read/authors/emil-avdaliani").exchange());
		assertThat(page.select("h1").text()).isEqualTo("Emil Avdaliani");
		assertThat(page.select("ol.articles > li")).hasSize(1);
		assertThat(page.select("section.sparkline svg rect.bar").eachAttr("data-period")).containsExactly("2025-06");
		assertThat(page.select("section.sparkline svg title").first().text())
			.isEqualTo("Articles by Emil Avdaliani per month");
	}

	@Test
	void unknownArticlesAndAuthorsAreHtml404Pages() {
		for (String path : new String[] { "/read/articles/nope", "/read/authors/nobody" }) {
			MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
			assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
			assertThat(parse(result).select("h1").text()).endsWith("not found");
		}
	}

	@Test
	void malformedReaderParametersAreHtml400PagesNamingTheParameter() {
		MvcTestResult result = this.mvc.get().uri("/?page=zero").accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(result).bodyText().contains("<code>page</code>").contains("must be a whole number");
		assertThat(this.mvc.get().uri("/?date=2025-13").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("month must be 01-12");
	}

	@Test
	void readerPagesAreHtmlOnlySoJsonClientsKeepTheApiProblems() {
		assertThat(this.mvc.get().uri("/read/articles/nope").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_ACCEPTABLE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/articles/nope").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.post().uri("/")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void readerPagesMayLoadTheirStylesheetAndNothingElse() {
		assertThat(this.mvc.get().uri("/")).hasHeader("Content-Security-Policy",
				ReaderWebConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(this.mvc.get().uri("/read/articles/nope")).hasHeader("Content-Security-Policy",
				ReaderWebConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(this.mvc.get().uri("/articles")).hasHeader("Content-Security-Policy",
				"default-src 'none'; frame-ancestors 'none'");
		assertThat(this.mvc.get().uri("/reader/reader.css")).hasStatusOk().hasContentTypeCompatibleWith("text/css");
		Document page = html(this.mvc.get().uri("/").exchange());
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("link[href^=http], img[src^=http]")).isEmpty();
	}

	private static Document html(MvcTestResult result) {
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		return parse(result);
	}

	private static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
