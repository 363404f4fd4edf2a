package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's first paragraphs above a box the located run starts under (blind13's
 * hospital data story over a chart's placeholder and its source, the wildlife sighting
 * over a short list under its heading): the run starts at the lead and the box is marked
 * to leave the body. And the look-alikes that must not join: teasers' blurbs above the
 * headline, a one-paragraph deck, a summary that the text below says again, a list the
 * article introduces with a colon.
 */
class LeadAboveBoxTests {

	private static final String HEADER = """
			Carrow Record

			News | Transport | Data

			Bus journeys in Carrow are the fewest in the county

			By Nadia Brook

			3 December 2026

			""";

	private static final String TEXT = """

			The council said the figures reflected a shortfall in its transport budget, with about twenty routes each week that had to be cut or run less often than before.

			Council leader Anna Pike said: "Nobody wanted these cuts. We are asking the county for more money, and we will restore the evening routes as soon as we can afford to."
			""";

	private static final String LEAD = """
			Passengers in Carrow made fewer bus journeys per head than anywhere else in the county last year, council figures show.

			Only 31 trips were made for each resident in the year to October, against a county average of 58 trips.

			""";

	// The page's blocks, the run located at the first block of TEXT, and the headline's
	// block.
	private static ArticleLocator.Located lookBack(String page, String runStartsWith, String headline) {
		List<Paragraph> paragraphs = Paragraphs.split(page.split("\n", -1), 0);
		int start = indexOf(paragraphs, runStartsWith);
		ArticleLocator.Kind[] kinds = ArticleLocator.classify(paragraphs)[0];
		ArticleLocator.Located located = new ArticleLocator.Located(start, paragraphs.size(),
				new boolean[paragraphs.size()], kinds);
		return ArticleLocator.withLeadAboveBox(paragraphs, located, indexOf(paragraphs, headline));
	}

	// the first block that opens so (ShortAsidesTests asks it too)
	static int indexOf(List<Paragraph> paragraphs, String opening) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).text().startsWith(opening)) {
				return i;
			}
		}
		throw new AssertionError(opening);
	}

	@Test
	void startsAtTheLeadAboveAChartPlaceholderAndLeavesTheChartOut() {
		String page = HEADER + LEAD + """
				[Chart: bus journeys per resident, by town, year to October 2026]

				Source: county council transport statistics
				""" + TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "Passengers in Carrow"));
		assertThat(located.boxStart()).isEqualTo(indexOfText(page, "[Chart:"));
		assertThat(located.boxEnd()).isEqualTo(indexOfText(page, "The council said"));
	}

	@Test
	void startsAtTheLeadAboveAShortListUnderItsHeading() {
		String page = HEADER + LEAD + """
				Recent closures on the network

				Mill Lane – 12 November

				Station Road – 20 November

				Market Square – today
				""" + TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "Passengers in Carrow"));
		assertThat(located.boxStart()).isEqualTo(indexOfText(page, "Recent closures"));
		assertThat(located.boxEnd()).isEqualTo(indexOfText(page, "The council said"));
	}

	@Test
	void keepsACrossheadUnderAPhotosCaptionInTheBody() {
		String page = HEADER + LEAD + """
				A bus at the station on Monday evening. (Photo: Jane Roe)

				Evening routes
				""" + TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "Passengers in Carrow"));
		assertThat(located.boxStart()).isEqualTo(indexOfText(page, "A bus at the station"));
		assertThat(located.boxEnd()).isEqualTo(indexOfText(page, "Evening routes"));
	}

	@Test
	void leavesTeasersAboveTheHeadlineOut() {
		String page = """
				Carrow Record

				News | Transport | Data

				""" + LEAD + """
				Bus journeys in Carrow are the fewest in the county
				""" + TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "The council said"));
		assertThat(located.boxEnd()).isEqualTo(located.boxStart());
	}

	@Test
	void leavesAOneParagraphDeckAboveABoxOut() {
		String page = HEADER
				+ """
						Passengers in Carrow made fewer bus journeys per head than anywhere else in the county last year, council figures show, and the evening routes lost almost half of their passengers.

						[Chart: bus journeys per resident, by town, year to October 2026]
						"""
				+ TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "The council said"));
	}

	// A wire story's lead is one paragraph, shorter than two, that opens with its
	// dateline
	// (page40: a Reuters markets report over a "FILE PHOTO:" caption).
	@Test
	void startsAtAOneParagraphLeadThatOpensWithADateline() {
		String page = HEADER
				+ """
						CARROW (Newswire) - Passengers in Carrow made fewer bus journeys per head than anywhere else in the county last year, council figures show.

						FILE PHOTO: A bus leaves the station in Carrow, November 18, 2026. NEWSWIRE/Jane Roe
						"""
				+ TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "CARROW (Newswire)"));
		assertThat(located.boxStart()).isEqualTo(indexOfText(page, "FILE PHOTO:"));
	}

	// A deck's own words before a dash open in lower case: no dateline, no lead.
	@Test
	void leavesAOneParagraphDeckWithADashAboveABoxOut() {
		String page = HEADER
				+ """
						Bus journeys fell again - passengers in Carrow made fewer trips per head than anywhere else in the county.

						FILE PHOTO: A bus leaves the station in Carrow, November 18, 2026. NEWSWIRE/Jane Roe
						"""
				+ TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "The council said"));
	}

	@Test
	void leavesASummaryTheTextSaysAgainOut() {
		String page = HEADER + """
				Key Points

				The council said the figures reflected a shortfall in its transport budget this year.

				Only 31 trips were made for each resident in the year to October, against a county average of 58 trips.

				A bus at the station on Monday.

				Photo: Jane Roe
				""" + TEXT;
		ArticleLocator.Located located = lookBack(page,
				"The council said the figures reflected a shortfall in its transport budget, with",
				"Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(
				indexOfText(page, "The council said the figures reflected a shortfall in its transport budget, with"));
	}

	@Test
	void leavesAListTheArticleIntroducesInTheText() {
		String page = HEADER + LEAD + """
				The routes cut were:

				Mill Lane night bus

				Station Road evening shuttle
				""" + TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "The council said"));
	}

	// body49: a box of twelve lines (a heading over eleven rows), more than the six a box
	// was looked past before, between the lead and the text.
	@Test
	void startsAtTheLeadAboveABoxOfTwelveLines() {
		String page = HEADER + LEAD + """
				Routes cut this year
				""" + routes(11) + TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "Passengers in Carrow"));
		assertThat(located.boxStart()).isEqualTo(indexOfText(page, "Routes cut this year"));
		assertThat(located.boxEnd()).isEqualTo(indexOfText(page, "The council said"));
	}

	// A deck of one paragraph over the same long box stays out.
	@Test
	void leavesAOneParagraphDeckAboveABoxOfTwelveLinesOut() {
		String page = HEADER + """
				Only 31 trips were made for each resident in the year to October, against a county average of 58 trips.

				Routes cut this year
				""" + routes(11) + TEXT;
		ArticleLocator.Located located = lookBack(page, "The council said", "Bus journeys in Carrow");
		assertThat(located.start()).isEqualTo(indexOfText(page, "The council said"));
	}

	// So many short lines, each a route's number and its stops.
	private static String routes(int count) {
		StringBuilder lines = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			lines.append("\nRoute ").append(i).append(": Mill Lane – Station Road\n");
		}
		return lines.toString();
	}

	private static int indexOfText(String page, String opening) {
		return indexOf(Paragraphs.split(page.split("\n", -1), 0), opening);
	}

}
