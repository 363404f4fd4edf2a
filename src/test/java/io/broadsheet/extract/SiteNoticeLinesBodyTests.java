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

	@Test
	void keepsALastParagraphThatTellsOfAnothersNotice() {
		// review46b: a finance, a health and a court report's last paragraph quotes a
		// legal notice's phrase; no word of the site's own pieces stands before it
		for (String last : new String[] {
				"The brewery said the tasting notes on its new app were for informational purposes only and that drinkers should ask staff about allergens.",
				"Two of the app makers said their services were clearly labelled as being for general information only and were not meant to replace a doctor.",
				"The tribunal rejected the argument that every leaflet carried a notice saying it does not constitute legal advice, and ordered costs of £24,000." }) {
			ParsedArticle article = extract(page(last + """


					More news

					Sheffield bottle shop wins small business award

					Barley prices fall after a dry harvest

					© 2026 Pennine Ale Media"""));
			assertThat(article.body()).endsWith(last);
		}
	}

	@Test
	void keepsACrossheadThatOpensWithMoreNews() {
		ParsedArticle article = extract(
				page("""
						More news from the brewery

						The brewery also plans to open a bottle shop beside the taproom next spring, selling beers from other Yorkshire brewers.

						Its first taproom will close for two weeks in January while the kitchen is rebuilt.

						© 2026 Pennine Ale Media"""));
		assertThat(article.body()).contains("More news from the brewery").endsWith("while the kitchen is rebuilt.");
	}

	@Test
	void keepsAParagraphThatNamesAPictureByTheRiver() {
		ParsedArticle article = extract(
				page("""
						The picture by the river was taken in 1921 by a local chemist and shows the old brewhouse that burned down in 1947

						It was found in a box of papers donated to the town museum last year.

						© 2026 Pennine Ale Media"""));
		assertThat(article.body()).contains("The picture by the river was taken in 1921");
	}

}
