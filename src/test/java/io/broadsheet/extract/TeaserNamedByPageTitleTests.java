package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round review42b: the page title's own line yields to a lower line it names only above
 * the text. A teaser under the text that the title happens to name ("Council approves
 * cuts" in "More from News") leaves the article where it stood: the site name over the
 * menus stays out of the body.
 */
class TeaserNamedByPageTitleTests extends WholePageTests {

	private static final String PAGE = """
			%s | Daily Post

			Daily Post

			Home

			News

			%s

			By Helen Ward

			3 December 2026

			Councillors voted 31 to 18 on Wednesday night to approve £4m of cuts to next year's budget, after a five-hour meeting interrupted twice by protesters in the public gallery.

			The cuts fall hardest on libraries and youth services, which lose a fifth of their funding between them. The council leader said there was no other way to balance the books.

			"Nobody came into politics to do this," she said. "But the law says we must set a balanced budget, and this is the least bad one."

			Opposition councillors said reserves should have been used instead.

			More from News

			Library hours: Council approves cuts to six branches

			%s

			Youth clubs plan protest march
			""";

	// No headline line over the byline, the title's words again as a teaser under the
	// text: the body starts with the text.
	@Test
	void teaserUnderTheTextTheTitleNamesLeavesTheBodyAlone() {
		ParsedArticle article = extract(PAGE.formatted("Council approves cuts", "", "Council approves cuts"));
		assertThat(article.title().value()).isEqualTo("Council approves cuts");
		assertThat(article.body()).startsWith("Councillors voted 31 to 18").doesNotContain("Daily Post");
	}

	// Look-alike that held: the headline the title names under the menus, above the
	// byline, is still the headline (head42).
	@Test
	void headlineUnderTheMenusStillYields() {
		ParsedArticle article = extract(
				PAGE.formatted("Mayor resigns over budget row", "Mayor resigns over budget row", "Bus fares rise"));
		assertThat(article.title().value()).isEqualTo("Mayor resigns over budget row");
		assertThat(article.body()).startsWith("Councillors voted 31 to 18");
	}

}
