package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round title52: the headline found again from the article's own start. The locator's run
 * starts under a box of prices (its heading in capitals over four short lines), and the
 * run is moved up to the lead above the box; the finder had weighed the lines over the
 * byline against the words of the text under the box, which names nothing of the
 * headline, so the deck right over the byline won. Asked again from the lead, whose words
 * the headline names, the finder takes the headline over its deck. Invented pages. Round
 * head52 wrote the same rule and tested it on a page of the same shape
 * (HeadlineOverDeckAboveBoxTests); the rule is kept once, and so are its tests (read52).
 */
class HeadlineFoundAgainFromTheLeadTests extends WholePageTests {

	// A farm weekly's price story: headline, deck, byline, date, three paragraphs of
	// lead, the prices box, three paragraphs more, a related list and the sections menu.
	private static final String PRICES = """
			Skip to content

			Valley Grower

			Subscribe

			Sign in

			Orchards

			Apple growers to be paid 9 cents more a kilo for next autumn's harvest

			The packing co-operative says a record export season has left its cold stores empty

			By Tomas Lindqvist, Orchards Editor

			November 28, 2026

			Okanagan apple growers who sell their fruit in bins will be paid 9 cents a kilo more for next autumn's harvest, the Similkameen Packers' Co-operative announced at its annual meeting in Keremeos.

			The rise, the largest in more than ten years, follows a season in which shipments to Taiwan and Vietnam grew by nearly a quarter and the co-operative sold every bin it held in storage.

			"For the first time since I joined the board, we have more buyers than apples," said the co-operative's chair, Ruth Okafor, who farms 30 hectares near Cawston.

			2027 GROWER PRICES (per kilo)

			Dessert, class one: $0.84

			Dessert, class two: $0.61

			Juice, firm: $0.22

			Juice, soft: $0.15

			Members will also receive their payments within 30 days of delivery rather than 45, a change they had asked for at the last two meetings.

			Not all members were pleased. Several larger orchards said buyers across the border were still offering more for the same classes, and a motion asking the board to look again at the price was put to a vote and narrowly lost.

			Bins must be delivered to the co-operative's north or south sheds between August 20 and October 31 to qualify for the new rates.

			Related

			Frost outlook: a late cold snap could thin the blossom

			Cider makers open their barns for the harvest weekend

			Sections

			News

			Crops

			Orchards

			Vineyards

			Markets

			Machinery

			Weather

			Opinion

			Events

			Classifieds

			Subscribe

			Digital edition
			""";

	@Test
	void theHeadlineOverItsDeckIsFoundFromTheLeadAboveTheBox() {
		ParsedArticle article = extract(PRICES);
		assertThat(article.title().value())
			.isEqualTo("Apple growers to be paid 9 cents more a kilo for next autumn's harvest");
		assertThat(article.body()).startsWith("Okanagan apple growers who sell their fruit in bins")
			.contains("Members will also receive their payments within 30 days")
			.doesNotContain("2027 GROWER PRICES");
	}

	// The same page with no deck: found again from the lead, the headline is the one
	// found first, and the lines over it (the section's name, the menu) stay out.
	@Test
	void aHeadlineWithNoDeckIsFoundAgainTheSame() {
		ParsedArticle article = extract(PRICES
			.replace("The packing co-operative says a record export season has left its cold stores empty\n\n", ""));
		assertThat(article.title().value())
			.isEqualTo("Apple growers to be paid 9 cents more a kilo for next autumn's harvest");
		assertThat(article.body()).startsWith("Okanagan apple growers who sell their fruit in bins");
	}

	// review52c, a near miss: the headline names the text under the box (the payments,
	// the motion lost) and the deck right over the byline sums up the lead. Found again
	// from the lead, whose words the deck holds, the headline over it stays the title:
	// the lead moves the finder's judgement, not which of the two lines is the deck.
	@Test
	void aHeadlineNamingTheTextUnderTheBoxStaysOverADeckThatSumsUpTheLead() {
		ParsedArticle article = extract(PRICES
			.replace("Apple growers to be paid 9 cents more a kilo for next autumn's harvest",
					"Members to get payments within 30 days as board rejects motion on price")
			.replace("The packing co-operative says a record export season has left its cold stores empty",
					"Okanagan apple growers who sell fruit in bins will be paid 9 cents a kilo more next autumn"));
		assertThat(article.title().value())
			.isEqualTo("Members to get payments within 30 days as board rejects motion on price");
		assertThat(article.body()).startsWith("Okanagan apple growers who sell their fruit in bins");
	}

}
