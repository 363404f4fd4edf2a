package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head43: a short page saved without a page-title line opens with the site's or the
 * society's name over its menus. The headline right over the text is the title, though no
 * byline or date line attests it; the name on the first line is not.
 */
class MastheadOverHeadlineTests extends WholePageTests {

	private static final String TEXT = """
			The footbridge over the canal at Millbrook Lock has reopened after six months of repairs, in time for the winter walks the club leads every Sunday.

			The old deck had rotted so badly that the council closed the bridge in May. The new one is made of recycled plastic and should last fifty years without painting.

			Members raised nearly two thousand pounds towards the handrails, and the council paid for the rest of the work.

			The first walk across it will leave the church car park at ten o'clock on Sunday.
			""";

	// A walking club's page: its name, the issue line and the menus over the headline.
	@Test
	void headlineOverTheTextIsTheTitleNotTheNameOnTheFirstLine() {
		ParsedArticle article = extract("""
				Millbrook & District Ramblers' Club

				Bulletin No. 48 – Autumn 2026

				Home

				Walks

				Membership

				Canal footbridge at Millbrook Lock reopens after repairs

				""" + TEXT);
		assertThat(article.title().value()).isEqualTo("Canal footbridge at Millbrook Lock reopens after repairs");
		assertThat(article.body()).startsWith("The footbridge over the canal").doesNotContain("Ramblers' Club");
	}

	// Look-alike: the first line is the headline itself, right over the text.
	@Test
	void headlineOnTheFirstLineStaysTheTitle() {
		ParsedArticle article = extract("""
				Canal footbridge at Millbrook Lock reopens after repairs

				""" + TEXT);
		assertThat(article.title().value()).isEqualTo("Canal footbridge at Millbrook Lock reopens after repairs");
		assertThat(article.body()).startsWith("The footbridge over the canal");
	}

	// Look-alike: the page title names the headline under the menus (head42's shape).
	@Test
	void pageTitleNamingTheHeadlineStillYields() {
		ParsedArticle article = extract("""
				Canal footbridge at Millbrook Lock reopens after repairs | Millbrook Ramblers

				Home

				Walks

				Canal footbridge at Millbrook Lock reopens after repairs

				""" + TEXT);
		assertThat(article.title().value()).isEqualTo("Canal footbridge at Millbrook Lock reopens after repairs");
		assertThat(article.body()).startsWith("The footbridge over the canal");
	}

}
