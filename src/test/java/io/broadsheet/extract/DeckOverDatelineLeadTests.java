package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round deck55: a deck (a press release's subheadline) right under the headline and over
 * a lead that opens with a dateline ("BOISE, Idaho, Dec. 3, 2026 /Wirehouse/ -- …"). No
 * byline or date line attests the header there, so the walk under the headline kept the
 * deck as the body's first paragraph; the dateline marks the text's start as a meta line
 * would, and over dev and the 32 open sets no label keeps the line right above such a
 * lead. Invented pages.
 */
class DeckOverDatelineLeadTests extends WholePageTests {

	private static final String RELEASE = """
			Newsroom

			Press releases

			Contact

			HARVEST VALLEY CO-OP TO OPEN A COLD STORE FOR ITS ONION GROWERS

			The new store will hold a third of the valley's crop through the winter months

			%s Harvest Valley Co-op today announced plans to build a cold store for onions on its site east of Boise, the first of its kind in the county.

			The store will hold up to 40,000 tonnes of onions at a steady temperature, so that the co-op's members can sell their crop into the spring rather than all at once after the harvest.

			Building work is due to start in March, and the co-op expects the store to take its first onions from next year's harvest in September.

			"Our growers have been asking for this for ten years, and now the numbers work," said the co-op's chair, Dolores Ybarra.

			About Harvest Valley Co-op

			Harvest Valley Co-op is owned by 212 farming families in southwestern Idaho.
			""";

	@Test
	void aDeckOverALeadOpeningWithADatelineLeavesTheBody() {
		ParsedArticle article = extract(RELEASE.formatted("BOISE, Idaho, Dec. 3, 2026 /Wirehouse/ --"));
		assertThat(article.title().value())
			.isEqualTo("HARVEST VALLEY CO-OP TO OPEN A COLD STORE FOR ITS ONION GROWERS");
		assertThat(article.body()).startsWith("BOISE, Idaho, Dec. 3, 2026 /Wirehouse/ -- Harvest Valley Co-op today")
			.doesNotContain("through the winter months");
	}

	@Test
	void aDeckOverALeadWhoseDashFollowsNoDatelineStays() {
		// the same words before the dash, capitalised but no place set in capitals: no
		// dateline, nothing attests the header, and the line under the headline stays
		ParsedArticle article = extract(RELEASE.formatted("Boise Onion Growers --"));
		assertThat(article.body()).startsWith("The new store will hold a third of the valley's crop");
	}

	private static final String WIRE_STORY = """
			Valley Wire

			Home

			Business

			Local

			Carson City to make its buses free from July

			%s

			CARSON CITY, Nev. (Valley Wire) — The vote makes Carson City the largest town in the state to scrap bus fares, officials said after the meeting.

			The move follows two years of talks between the city and the company that runs its buses, and will cost about $1 million a year.

			Officials said the first free routes would run from the transit centre to the hospital and the college from July.

			"This is about getting people to work and to the doctor," the mayor, Teresa Alvarez, told reporters on Monday.

			Share

			Related

			Contact us
			""";

	// review55e: a block ending with its stop over the datelined paragraph is as often
	// the
	// story's own lead, one sentence or two, as a wire sets it over the dateline: it
	// stays
	@Test
	void aLeadEndingWithItsStopOverADatelinedParagraphStays() {
		for (String lead : new String[] {
				"The city council voted 5-2 on Tuesday to make every city bus free to ride from July.",
				"The city council voted 5-2 on Tuesday to make every city bus free to ride from July. It is the largest such plan in the state." }) {
			ParsedArticle article = extract(WIRE_STORY.formatted(lead));
			assertThat(article.body()).as(lead)
				.startsWith("The city council voted 5-2 on Tuesday")
				.contains("CARSON CITY, Nev. (Valley Wire) — The vote makes");
		}
	}

	@Test
	void aSubheadlineWithoutAStopOverTheSameDatelinedParagraphLeaves() {
		ParsedArticle article = extract(
				WIRE_STORY.formatted("Riders will pay nothing on every city route under a plan backed by the council"));
		assertThat(article.body()).startsWith("CARSON CITY, Nev. (Valley Wire) — The vote makes")
			.doesNotContain("Riders will pay nothing");
	}

}
