package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boxes for the reader set right under an article, a heading the language files name
 * ("Have your say", "Your rights", "If you are affected", "How to get a refund") over a
 * few short lines (blind14's consultation and flight delay, blind13's breach, blind11's
 * recall): the box leaves the body, the article's text above stays. And the look-alikes
 * that must stay: an article's own last section under a crosshead, a "How to" crosshead
 * over a reporter's paragraph, the heading's words quoted in a sentence, a box heading
 * over more lines than a box holds.
 */
class ReaderBoxBodyTests extends WholePageTests {

	private static String page(String tail) {
		return """
				Carrow Evening News

				Home | News | Sport | Business

				Two village halls could close under council savings plan

				By Nadia Brook

				3 December 2026

				Two village halls could close next year under plans to save the district council more than £300,000, it has been announced.

				The council says the halls at Upper Carrow and Fenby are the least used in the district, with fewer than twenty bookings a month between them.

				Councillor Ruth Adair, who leads on communities, said: "Nobody wants to lose a hall, but we have to make choices that protect the services people use most."

				%s
				"""
			.formatted(tail);
	}

	@Test
	void leavesAHaveYourSayBoxOut() {
		ParsedArticle article = extract(page("""
				A petition against the closures had more than 1,500 signatures by Tuesday evening, its organisers said.

				Have your say

				The consultation is open until 20 January. Fill in the survey online or at the town hall."""));
		assertThat(article.body()).startsWith("Two village halls could close")
			.endsWith("its organisers said.")
			.doesNotContain("Have your say", "The consultation is open");
	}

	@Test
	void leavesARightsBoxOfSeveralLinesOut() {
		ParsedArticle article = extract(page("""
				A final decision on both halls will be made by the full council in March, after the consultation closes.

				Your rights

				If a booking you have paid for is cancelled, you are entitled to a full refund.

				Keep your receipt and booking reference.

				Groups can ask to move to another hall at no extra cost."""));
		assertThat(article.body()).endsWith("after the consultation closes.")
			.doesNotContain("Your rights", "entitled to a full refund", "Keep your receipt", "Groups can ask");
	}

	@Test
	void leavesAHowToBoxOfContactLinesOut() {
		ParsedArticle article = extract(page("""
				A final decision on both halls will be made by the full council in March, after the consultation closes.

				How to get a refund

				Phone: 0800 014 2290 (Mon-Fri, 9am-5pm)

				Online: carrow.example/halls

				You do not need your original receipt."""));
		assertThat(article.body()).endsWith("after the consultation closes.")
			.doesNotContain("How to get a refund", "Phone: 0800", "original receipt");
	}

	@Test
	void keepsTheArticlesOwnLastSectionUnderACrosshead() {
		ParsedArticle article = extract(
				page("""
						A final decision on both halls will be made by the full council in March, after the consultation closes.

						What happens next

						The council's cabinet will read the responses in February and put a final plan to the full council, which is expected to vote on it at its meeting on 12 March."""));
		assertThat(article.body()).contains("What happens next", "The council's cabinet will read the responses");
	}

	@Test
	void keepsTheArticlesOwnFactBoxAndProsAndCons() {
		for (String heading : new String[] { "Key facts", "At a glance", "Need to know", "Cons" }) {
			ParsedArticle article = extract(
					page("""
							A final decision on both halls will be made by the full council in March, after the consultation closes.

							%s

							The two halls host 40 clubs and about 1,200 visits a week.

							Their repairs would cost £2.1m over ten years.

							The council saves £180,000 a year by closing them."""
						.formatted(heading)));
			assertThat(article.body()).as(heading).contains(heading, "host 40 clubs", "closing them.");
		}
	}

	@Test
	void leavesAFactBoxSaidToTheReaderOut() {
		ParsedArticle article = extract(page("""
				A final decision on both halls will be made by the full council in March, after the consultation closes.

				Need to know

				Phone: 0800 014 2290 (Mon-Fri, 9am-5pm)

				You can also email halls@carrow.example."""));
		assertThat(article.body()).endsWith("after the consultation closes.")
			.doesNotContain("Need to know", "Phone: 0800");
	}

	@Test
	void keepsAHowToCrossheadOverTheReportersParagraph() {
		ParsedArticle article = extract(
				page("""
						A final decision on both halls will be made by the full council in March, after the consultation closes.

						How to save a hall

						Campaigners in Fenby say the hall could be run by a trust of volunteers, as the one in nearby Marston has been since 2019, and have asked the council for a year to raise the money."""));
		assertThat(article.body()).contains("How to save a hall", "Campaigners in Fenby say");
	}

	@Test
	void keepsTheHeadingsWordsQuotedInASentence() {
		ParsedArticle article = extract(
				page("""
						Residents were urged to "have your say" before the consultation closes on 20 January, and more than 400 had done so by Monday.

						The consultation is open online and at the town hall."""));
		assertThat(article.body()).contains("have your say", "The consultation is open online");
	}

	@Test
	void keepsAHeadingOverMoreLinesThanABoxHolds() {
		ParsedArticle article = extract(page("""
				A final decision on both halls will be made by the full council in March, after the consultation closes.

				Key facts

				The halls were built in 1954 and 1961 with money raised by villagers.

				Upper Carrow's hall hosts a toddler group, a choir and a monthly market.

				Fenby's hall was used as a polling station at the last election.

				Both halls need new roofs within five years, the council's survey found.

				The council spends about £40,000 a year on each hall's running costs.

				Parish councils in both villages have asked to take the halls over.

				A trust in Marston has run its hall without council money since 2019."""));
		assertThat(article.body()).contains("Key facts", "Marston has run its hall");
	}

	@Test
	void leavesAnOutlookBoxOfShortStatementsOut() {
		ParsedArticle article = extract(page("""
				A final decision on both halls will be made by the full council in March, after the consultation closes.

				What happens next

				The consultation closes on 20 January.

				The full council votes on 12 March."""));
		assertThat(article.body()).endsWith("after the consultation closes.")
			.doesNotContain("What happens next", "The consultation closes on 20 January", "votes on 12 March");
	}

	// One short line under the heading is as often the article's last sentence.
	@Test
	void keepsAnOutlookHeadingOverOneShortLine() {
		ParsedArticle article = extract(page("""
				A final decision on both halls will be made by the full council in March, after the consultation closes.

				What's next

				The full council votes on 12 March."""));
		assertThat(article.body()).contains("What's next", "The full council votes on 12 March.");
	}

	@Test
	void leavesAQuestionsBoxOfQuestionAndAnswerLinesOutWithTheColumnistsNote() {
		ParsedArticle article = extract(page("""
				A final decision on both halls will be made by the full council in March, after the consultation closes.

				Your questions

				Q: Can our group still book the hall for the summer fete? – Jean, Fenby

				A: Yes, bookings made before January will be honoured.

				Nadia Brook has covered the district for ten years. Send your questions to halls@carrow.example"""));
		assertThat(article.body()).endsWith("after the consultation closes.")
			.doesNotContain("Your questions", "Q: Can our group", "A: Yes", "Send your questions");
	}

	// A reader's question answered in the column's own paragraph is the column's text
	// (blind11's gardening column).
	@Test
	void keepsAReadersQuestionAnsweredInAParagraph() {
		ParsedArticle article = extract(
				page("""
						A final decision on both halls will be made by the full council in March, after the consultation closes.

						Your questions

						"Our choir has rehearsed in the Fenby hall for thirty years. Where will we go?" – Alan, Fenby

						The council says it will offer every regular group a room in the library or the school at the same price for two years, and the choir's leader has already been to see the school hall, which holds about eighty people."""));
		assertThat(article.body()).contains("Your questions", "Where will we go?", "offer every regular group");
	}

	// A paragraph of running text under the heading is the article's, though it says
	// "you" and a thank-you line follows (blind10's release post).
	@Test
	void keepsAnOutlookSectionOfRunningTextSaidToTheReader() {
		ParsedArticle article = extract(
				page("""
						A final decision on both halls will be made by the full council in March, after the consultation closes.

						What's next

						The council will publish every response in February, and several of you have already asked to speak at the March meeting, which will be held in Fenby's hall.

						Thank you to everyone who wrote to us about the halls.

						Read the full consultation report"""));
		assertThat(article.body()).contains("What's next", "several of you have already asked");
	}

}
