package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teaser lists under a label that names the list's subject (page39): "Related coverage",
 * "Latest travel news", "More in Harbour News" over three other stories' headlines or
 * more, between the paragraphs or under them (dev's WIRED, National Review and Washington
 * Examiner pages, blind13's cricket report, blind14's council page, blind15's road
 * closure). And the look-alikes that stay: a list the article introduces under a heading
 * of its own, with a colon or with items that end a sentence, and two short lines under
 * such a heading.
 */
class ListLabelBodyTests extends WholePageTests {

	static final String HEADER = """
			Carrow Evening News

			Home | News | Sport | Business

			Ferry service to the islands will run through the winter

			By Nadia Brook

			3 December 2026

			""";

	static final String TEXT = """
			The ferry between Carrow and the outer islands will keep running through the winter for the first time in a decade, the operator said on Thursday.

			The service had stopped every November because too few passengers used it, leaving islanders with a single supply boat each week until the spring.

			Harbour master Owen Tully said: "People on the islands have asked for this for years, and the new boat is big enough to make it pay."

			""";

	private static final String MORE_TEXT = """

			Tickets will cost the same as in the summer, and islanders will keep their discount of a third on every crossing.

			The first winter sailing leaves Carrow at 7am on Monday 14 December, the operator said.
			""";

	@Test
	void leavesALabelledListBetweenTheParagraphsOut() {
		ParsedArticle article = extract(HEADER + TEXT + """
				Related coverage

				Council to vote on new harbour car park

				Island school reopens after storm repairs

				Lifeboat crew honoured for night rescue
				""" + MORE_TEXT);
		assertThat(article.body()).startsWith("The ferry between Carrow")
			.contains("Owen Tully said", "Tickets will cost the same")
			.endsWith("the operator said.")
			.doesNotContain("Related coverage", "harbour car park", "Island school", "Lifeboat crew");
	}

	@Test
	void leavesALabelledListUnderTheTextOut() {
		ParsedArticle article = extract(HEADER + TEXT + MORE_TEXT + """

				Latest travel news

				Roadworks on the coast road will close it at night

				Car park prices to rise at the station in April

				New bus route links the harbour and the hospital
				""");
		assertThat(article.body()).endsWith("the operator said.")
			.doesNotContain("Latest travel news", "Roadworks", "Car park prices", "New bus route");
	}

	// "More ways to help" heads a list the article introduces: its items end a sentence.
	@Test
	void keepsAListOfSentencesUnderALabelOfItsOwn() {
		ParsedArticle article = extract(HEADER + TEXT + """
				More ways to help

				Bring a warm coat to the drop-in centre on Harbour Street.

				Give an hour a week to drive islanders to the ferry.

				Ask the council for a winter parking permit for a neighbour.
				""" + MORE_TEXT);
		assertThat(article.body()).contains("More ways to help", "Bring a warm coat", "Give an hour",
				"Ask the council for a winter");
	}

	// The colon of a list the article introduces makes its heading no label.
	@Test
	void keepsAListUnderAHeadingWithAColon() {
		ParsedArticle article = extract(HEADER + TEXT + """
				More sailings added this winter:

				Carrow to Innis Mor on Mondays and Thursdays

				Carrow to Innis Beag on Tuesdays and Fridays

				Innis Mor to Innis Beag every Saturday morning
				""" + MORE_TEXT);
		assertThat(article.body()).contains("Carrow to Innis Mor on Mondays", "Carrow to Innis Beag on Tuesdays",
				"Innis Mor to Innis Beag every Saturday");
	}

	// Two short lines under a heading are as often the article's own.
	@Test
	void keepsTwoLinesUnderALabel() {
		ParsedArticle article = extract(HEADER + TEXT + """
				More winter sailings

				Extra boats to Innis Mor on Saturdays

				A night crossing for the new year
				""" + MORE_TEXT);
		assertThat(article.body()).contains("More winter sailings", "Extra boats to Innis Mor",
				"A night crossing for the new year");
	}

	// review39a: a label naming the text's own facts ("More details", "Latest figures")
	// heads the article's list, headline-shaped as its lines are.
	@Test
	void keepsTheTextsOwnDetailsUnderALabel() {
		ParsedArticle article = extract(HEADER + TEXT + """
				More details

				The winter boat will sail on weekdays only

				Islanders will keep their discount on every crossing

				Bicycles and dogs will travel free of charge
				""" + MORE_TEXT);
		assertThat(article.body()).contains("More details", "The winter boat will sail on weekdays",
				"Islanders will keep their discount on every", "Bicycles and dogs will travel free");
	}

}
