package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head52: a page saved without a page-title line whose located run starts under a
 * box of prices between the text's paragraphs, the lead above it joined to the article
 * afterwards. The headline was sought from the run under the box, whose few paragraphs
 * name the story less than its lead, and the deck under it (a long line without a full
 * stop, nearer the byline) was taken for the title. Sought again from the lead, the
 * headline above the deck is found. Invented pages throughout.
 */
class HeadlineOverDeckAboveBoxTests extends WholePageTests {

	private static final String TOP = """
			Skip to content

			Valley Orchard News

			Subscribe

			Sign in

			Apples

			""";

	private static final String HEADLINE = """
			Cider growers to get 9 cents more a kilo for the 2027 harvest

			""";

	private static final String DECK = """
			The growers' union says record exports to Asia have cleared its cold stores for the first time in years

			""";

	private static final String META_AND_TEXT = """
			By Tomas Berrigan, Orchard Editor

			November 28, 2026

			Hollin Valley cider apple growers selling fruit through the Valley Growers' Union will get 9 cents a kilo more for next autumn's crop, union chair Petra Lindqvist told members at Hollin Town Hall.

			The rise, the largest in twelve years, follows record 2026 exports to Japan, Korea and Taiwan, up 46 per cent, with every tonne in the Ashby and Hollin cold stores sold.

			"Record demand, record prices, empty stores," said Lindqvist, whose family farms 40 hectares of Dabinett and Kingston Black trees near Ashby.

			2027 HARVEST PRICES (per kilo)

			Bittersweet, full tannin: $0.62

			Sharp, high acid: $0.58

			Sweet, low acid: $0.51

			Dessert, mixed grades: $0.40

			Growers will also be paid within 30 days of the day they deliver instead of 45, which is a change that many of the members had asked for at each of the last two meetings.

			Not all of them were pleased with the news. Some of the larger growers said that the price was still behind what the mills across the border were paying for the same fruit, and a motion to look again at the formula was passed by only a few votes.

			All of the fruit must be brought to one of the union's two depots between the first of September and the middle of November if it is to be paid at the new prices.

			Related

			Frost outlook: a late spring could mean a smaller crop

			Orchard open days return to the Hollin valley

			Sections

			News

			Crops

			Orchards

			Markets

			Machinery

			Weather

			Opinion

			Subscribe

			Newsletters

			About us

			Contact us

			Terms of use

			Privacy policy

			© 2026 Valley Orchard News
			""";

	@Test
	void theHeadlineOverADeckIsTheTitleWhereTheLeadAboveABoxStartsTheArticle() {
		ParsedArticle article = extract(TOP + HEADLINE + DECK + META_AND_TEXT);
		assertThat(article.title().value()).isEqualTo("Cider growers to get 9 cents more a kilo for the 2027 harvest");
		assertThat(article.body()).startsWith("Hollin Valley cider apple growers")
			.contains("Growers will also be paid within 30 days")
			.doesNotContain("2027 HARVEST PRICES");
	}

	// Near miss: no deck, the headline right over its byline; the section's word over
	// it stays a label (passes on the base too).
	@Test
	void theHeadlineOverItsBylineStaysTheTitleWhereTheLeadAboveABoxStartsTheArticle() {
		ParsedArticle article = extract(TOP + HEADLINE + META_AND_TEXT);
		assertThat(article.title().value()).isEqualTo("Cider growers to get 9 cents more a kilo for the 2027 harvest");
	}

}
