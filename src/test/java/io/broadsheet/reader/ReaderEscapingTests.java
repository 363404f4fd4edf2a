package io.broadsheet.reader;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.broadsheet.article.ArticleCatalog;
import io.broadsheet.article.ArticleDetail;
import io.broadsheet.article.ArticleSummary;
import io.broadsheet.article.AuthorRef;
import io.broadsheet.author.AuthorCatalog;
import io.broadsheet.author.AuthorSummary;
import io.broadsheet.search.Facets;
import io.broadsheet.system.ConditionalRequests;
import io.broadsheet.system.HttpCacheProperties;
import io.broadsheet.system.ServedCorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

/**
 * Scraped text is hostile text: a title, body, author or address holding markup must
 * reach the reader as text, never as markup. The catalogs are stand-ins here because no
 * real corpus file should have to carry these values for every test run.
 */
// The corpus module's web configuration (ETag interceptor for API paths) needs the whole
// corpus module, and does nothing for the reader's paths.
@WebMvcTest(controllers = ReaderController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.broadsheet\\.corpus\\..*"))
// The modules' HTTP caching registers interceptors in every MVC slice: give it what it
// needs.
@Import({ ReaderPages.class, ConditionalRequests.class, ServedCorpus.class })
@EnableConfigurationProperties(HttpCacheProperties.class)
class ReaderEscapingTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String IMAGE = "<img src=x onerror=alert(2)>";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ArticleCatalog articles;

	@MockitoBean
	private AuthorCatalog authors;

	private final AuthorRef author = new AuthorRef("x-script", "\"><b>X</b>" + SCRIPT);

	@BeforeEach
	void hostileCorpus() {
		ArticleSummary summary = new ArticleSummary("evil", SCRIPT + " title", List.of(this.author),
				LocalDate.of(2025, 1, 2), IMAGE, "excerpt " + SCRIPT, 3, "en", null);
		given(this.articles.find(any(), any())).willReturn(new PageImpl<>(List.of(summary), PageRequest.of(0, 20), 1));
		given(this.articles.get("evil")).willReturn(new ArticleDetail("evil", SCRIPT, List.of(this.author), null, IMAGE,
				"javascript:alert(3)", 3, "first " + SCRIPT + "\n\nsecond " + IMAGE, "evil.txt",
				new ArticleDetail.Provenance(null, null, null, null, null), "en"));
		given(this.authors.get("x-script"))
			.willReturn(new AuthorSummary("x-script", this.author.name(), 1, LocalDate.of(2025, 1, 2), null));
		given(this.articles.facets(any(), anyInt()))
			.willReturn(new Facets(1, List.of(new Facets.AuthorCount("x-script", this.author.name(), 1)),
					List.of(new Facets.PeriodCount("2025", 1)), List.of(new Facets.PeriodCount("2025-01", 1)),
					List.of(new Facets.PublisherCount(IMAGE, 1)), List.of(new Facets.LanguageCount("en", 1))));
	}

	@Test
	void hostileTextOnTheHomePageIsShownAsText() {
		Document page = page(this.mvc.get().uri("/?q={q}", SCRIPT).exchange());
		assertThat(page.select("input[name=q]").attr("value")).isEqualTo(SCRIPT);
		assertNoInjectedMarkup(page(this.mvc.get().uri("/?publisher={p}", IMAGE).exchange()));
		Document home = page(this.mvc.get().uri("/").exchange());
		assertNoInjectedMarkup(home);
		assertThat(home.select("ol.articles h3").text()).isEqualTo(SCRIPT + " title");
		assertThat(home.select("ol.articles .excerpt").text()).isEqualTo("excerpt " + SCRIPT);
	}

	@Test
	void hostileTextInAnArticleIsShownAsTextAndItsAddressIsNotALink() {
		Document page = page(this.mvc.get().uri("/read/articles/evil").exchange());
		assertNoInjectedMarkup(page);
		assertThat(page.select("h1").text()).isEqualTo(SCRIPT);
		assertThat(page.select("article .body p").eachText()).containsExactly("first " + SCRIPT, "second " + IMAGE);
		assertThat(page.select("a[href^=javascript]")).isEmpty();
		assertThat(page.select(".source").text()).contains("javascript:alert(3)");
	}

	@Test
	void hostileTextOnAnAuthorPageIsShownAsText() {
		Document page = page(this.mvc.get().uri("/read/authors/x-script").exchange());
		assertNoInjectedMarkup(page);
		assertThat(page.select("h1").text()).isEqualTo(this.author.name());
	}

	private static void assertNoInjectedMarkup(Document page) {
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("img")).isEmpty();
		assertThat(page.select("b")).isEmpty();
		assertThat(page.select("[onerror]")).isEmpty();
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
