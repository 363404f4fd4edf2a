package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line set in capitals between two paragraphs, a sentence's worth of words without its
 * stop, is another story's headline as a link or an app's prompt: it leaves the body. A
 * crosshead in capitals (a few words, or a line that ends with the colon of what it
 * introduces), a note written all in capitals and a slogan quoted from its first
 * character to its last stay.
 */
class CapitalsTeaserBodyTests extends WholePageTests {

	private static String page(String middle) {
		return """
				Bakery chain posts higher profits as bread prices rise – Market Desk

				Market Desk

				Markets

				Companies

				Bakery chain posts higher profits as bread prices rise

				By Nora Whitcombe

				November 30, 2026

				Hearth & Crust, the bakery chain with 240 shops across the north, reported third-quarter profits on Monday that beat analysts' estimates, as higher prices for bread made up for fewer customers.

				The chain earned $41 million in the quarter, up from $33 million a year earlier, while sales rose 4 percent to $612 million over the same months.

				%s

				Chief executive Owen Marsh said the company would open twelve more shops next year, most of them in railway stations and hospitals.

				Shares of Hearth & Crust rose 6 percent in early trading on Monday, and are up 22 percent since the start of the year.

				Share this:

				Facebook

				Email

				Market Desk is published by Ledger Media Ltd.
				"""
			.formatted(middle);
	}

	@Test
	void leavesAnotherStorysHeadlineInCapitalsBetweenParagraphsOut() {
		ParsedArticle article = extract(page("MILL OWNER SAYS FLOUR SHORTAGE WILL LAST INTO THE SPRING"));
		assertThat(article.body()).contains("over the same months.", "hospitals.").doesNotContain("FLOUR SHORTAGE");
	}

	@Test
	void leavesAnAppPromptInCapitalsBetweenParagraphsOut() {
		ParsedArticle article = extract(page("GET MARKET DESK ON YOUR PHONE BY TAPPING HERE"));
		assertThat(article.body()).contains("over the same months.", "hospitals.").doesNotContain("TAPPING HERE");
	}

	@Test
	void keepsAShortCrossheadInCapitals() {
		ParsedArticle article = extract(page("NEW SHOPS AHEAD"));
		assertThat(article.body()).contains("NEW SHOPS AHEAD");
	}

	@Test
	void keepsACrossheadInCapitalsThatEndsWithAColon() {
		ParsedArticle article = extract(page("HERE IS WHAT THE COMPANY SAID ABOUT NEXT YEAR:"));
		assertThat(article.body()).contains("HERE IS WHAT THE COMPANY SAID ABOUT NEXT YEAR:");
	}

	@Test
	void keepsANoteWrittenInCapitals() {
		ParsedArticle article = extract(page("""
				THE SHOP ON STATION ROAD WILL CLOSE AT NOON ON FRIDAY

				ALL OTHER SHOPS WILL KEEP THEIR USUAL OPENING HOURS THIS WEEK"""));
		assertThat(article.body()).contains("STATION ROAD WILL CLOSE", "USUAL OPENING HOURS");
	}

	@Test
	void keepsASloganInCapitalsQuotedFromEndToEnd() {
		ParsedArticle article = extract(page("\u201cSAVE OUR BAKERY, SAVE OUR HIGH STREET, SAVE OUR TOWN\u201d"));
		ParsedArticle chant = extract(page("\"WE WANT BREAD WE CAN AFFORD AND JOBS WE CAN KEEP\""));
		assertThat(article.body()).contains("SAVE OUR HIGH STREET, SAVE OUR TOWN");
		assertThat(chant.body()).contains("WE WANT BREAD WE CAN AFFORD AND JOBS WE CAN KEEP");
	}

	@Test
	void leavesAHeadlineInCapitalsWithAQuotedWordOut() {
		ParsedArticle article = extract(page("MILLER 'PROUD' OF WORKERS WHO KEPT THE OVENS RUNNING ALL WINTER"));
		assertThat(article.body()).contains("hospitals.").doesNotContain("OVENS RUNNING");
	}

}
