package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's own lines kept among or after the text (blind23's beer magazine, law firm and
 * Zambian daily): a "More news" heading over two other stories' headlines under the text,
 * a legal notice said without a "Disclaimer:" label over the writer's bio, and a caption
 * ending in "Picture by X" on a page without blank lines; all leave the body. And the
 * look-alikes that must stay: a last paragraph that names no notice, a sentence that
 * names a picture (ArticleBodyTests keeps a "More ways to help" list of the article's).
 */
class SiteNoticeLinesBodyTests extends WholePageTests {

	private static String page(String tail) {
		return """
				Pennine Ale

				News | Reviews | Breweries | Events

				News

				Halifax brewery opens a second taproom in the old wool exchange

				Words by Ruth Mallory

				2nd December 2026

				Calder Valley Brewing has opened a second taproom in the old wool exchange in Halifax, three years after its first bar opened beside the brewery.

				The brewery said the new bar would seat 120 people and pour twelve of its beers, with food from local traders at weekends.

				"The building was empty for ten years and we wanted it to feel like a pub again," said founder Tom Greaves.

				%s
				"""
			.formatted(tail);
	}

	@Test
	void leavesAMoreNewsHeadingOverTwoHeadlinesOut() {
		ParsedArticle article = extract(page("""
				The taproom will open from noon to 11pm every day except Monday.

				More news

				Sheffield bottle shop wins small business award

				Barley prices fall after a dry harvest"""));
		assertThat(article.body()).endsWith("every day except Monday.")
			.doesNotContain("More news", "Sheffield bottle shop", "Barley prices");
	}

	@Test
	void leavesALegalNoticeWithoutALabelOut() {
		ParsedArticle article = extract(page("""
				The taproom will open from noon to 11pm every day except Monday.

				This article is for general information only and does not constitute legal advice.

				About the author

				Ruth Mallory is a writer for Pennine Ale and covers breweries across Yorkshire.

				© 2026 Pennine Ale Media"""));
		assertThat(article.body()).endsWith("every day except Monday.")
			.doesNotContain("general information only", "About the author");
	}

	@Test
	void keepsALastParagraphThatNamesNoNotice() {
		ParsedArticle article = extract(
				page("""
						The taproom will open from noon to 11pm every day except Monday. Information about opening hours is on the brewery's website.

						About the author

						Ruth Mallory is a writer for Pennine Ale and covers breweries across Yorkshire."""));
		assertThat(article.body()).endsWith("Information about opening hours is on the brewery's website.");
	}

	private static String pageWithoutBlankLines(String caption) {
		return """
				Copperbelt Daily
				Home
				News
				Business
				Sport
				Bakers raise the price of a loaf for the second time this year
				By Mwansa Tembo in Ndola
				Published on December 2, 2026
				%s
				Bakers in Ndola and Kitwe have raised the price of a standard loaf of bread by two kwacha, the second rise this year, blaming the cost of flour and fuel.
				A check at shops in Ndola yesterday found the loaf selling at K28, up from K26 last week and K22 in January.
				"We have held the price for as long as we could, but flour has gone up three times since June," said a baker in Masala township.
				Consumer groups said families would switch to cheaper staples ahead of the festive season.
				Advertisement
				Leave a comment
				"""
			.formatted(caption);
	}

	@Test
	void leavesACaptionEndingInPictureByOut() {
		ParsedArticle article = extract(pageWithoutBlankLines(
				"A baker at Masala market in Ndola loads loaves into a van. Picture by Chanda Mulenga"));
		assertThat(article.body()).startsWith("Bakers in Ndola and Kitwe")
			.doesNotContain("Picture by", "loads loaves into a van");
	}

	@Test
	void keepsASentenceThatNamesAPicture() {
		ParsedArticle article = extract(pageWithoutBlankLines(
				"A baker at Masala market said customers now ask which picture by the till shows the old prices."));
		assertThat(article.body()).startsWith("A baker at Masala market said");
	}

}
