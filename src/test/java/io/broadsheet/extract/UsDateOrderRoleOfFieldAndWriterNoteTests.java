package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round meta51: the writers and dates blind27 and blind28 missed, written again as
 * invented pages. A slashed date that could be read either way, on a page whose clock's
 * zone or address is American; a writer's role of a field after the byline's comma ("Head
 * of …"); a closing note on the writer named by the word for the writer ("The author is
 * …").
 */
class UsDateOrderRoleOfFieldAndWriterNoteTests extends WholePageTests {

	private static final String LIBRARY_TEXT = """
			The Maple Grove public library will open on Sunday afternoons from January, after the city council agreed to pay for two more part-time staff.

			Library director Ruth Okafor said the branch had been asked for Sunday hours at every public meeting for three years.

			"Families tell us the weekend is the only time they can come together," she said.

			The library will be open from 1 p.m. to 5 p.m. on Sundays, and the children's room will hold a story time at 2 p.m.
			""";

	private static String libraryPage(String dateLine, String footer) {
		return """
				Skip to Main Content
				City of Maple Grove
				Residents
				Departments
				News
				Library to open on Sunday afternoons from January
				""" + dateLine + "\n" + """
				By Dana Whitlock
				""" + LIBRARY_TEXT + footer;
	}

	// A city's news page: a bare "11/05/2026" under the headline, the city's address with
	// a state's code and a ZIP code in the footer. Read month first (the base: none).
	@Test
	void slashedDateOnAPageWithAnAmericanAddressIsReadMonthFirst() {
		ParsedArticle article = extract(libraryPage("11/05/2026", """
				City of Maple Grove
				12800 Arbor Lakes Parkway, Maple Grove, MN 55369
				Phone: 763-555-0100
				"""));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 5));
	}

	// The stamp's own clock in an American zone: "10/02/2026 4:15 PM CST" (the base:
	// none).
	@Test
	void slashedDateWithAClockInAnAmericanZoneIsReadMonthFirst() {
		ParsedArticle article = extract(libraryPage("10/02/2026 4:15 PM CST", """
				City of Maple Grove
				"""));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 10, 2));
	}

	// Look-alike: no zone and no address; nothing on the page tells the order, so no
	// date.
	@Test
	void slashedDateWithNoCueStaysUnread() {
		ParsedArticle article = extract(libraryPage("11/05/2026", """
				City of Maple Grove
				Arbor Lakes Parkway
				"""));
		assertThat(article.publishedDate()).isNull();
	}

	// Look-alike: a clock in another zone ("07:30 GMT") tells nothing either.
	@Test
	void slashedDateWithAClockInAnotherZoneStaysUnread() {
		ParsedArticle article = extract(libraryPage("11/05/2026 07:30 GMT", """
				City of Maple Grove
				"""));
		assertThat(article.publishedDate()).isNull();
	}

	// Look-alike: the page's other dates write the day first ("21/10/2026" in a list of
	// other news): they decide before the address does.
	@Test
	void pagesOwnDayFirstDatesWinOverTheAddress() {
		ParsedArticle article = extract(libraryPage("04/11/2026", """
				More news
				Leaf collection starts in every ward
				21/10/2026
				12800 Arbor Lakes Parkway, Maple Grove, MN 55369
				"""));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 4));
	}

	// "by Imelda Crake, Head of Asian Art": the role of a field after the comma is the
	// writer's job, no second writer; the base read no writer on the line.
	@Test
	void roleOfAFieldAfterTheCommaIsTheWritersJob() {
		assertThat(BylineDetector.byline("by Imelda Crake, Head of Asian Art")).containsExactly("Imelda Crake");
		assertThat(BylineDetector.byline("By Tomasz Wren, Director of the Wine and Spirits Department"))
			.containsExactly("Tomasz Wren");
	}

	// An auction house's news page, no date anywhere: the writer under the headline.
	@Test
	void auctionHousesWriterWithARoleOfAFieldIsFound() {
		ParsedArticle article = extract(
				"""
						Skip to content

						Pellow & Crake Auctioneers

						Buy

						Sell

						Departments

						Asian Art

						Ceramics

						Silver

						News

						Ming dynasty jar found in a garden shed heads to the saleroom

						by Imelda Crake, Head of Asian Art

						A blue and white jar that spent forty years holding garden twine in a shed in Devon will be offered in our Asian Art sale in the spring.

						The owner's father bought it at a village fete in the 1970s for a few shillings, and nobody in the family thought it was anything special.

						Our specialists date it to the early fifteenth century, and it still has its original cover, which is rare for jars of this kind.

						The sale will be held in our Exeter rooms and online, and the jar will be on view for a week before it.

						Register to bid

						Privacy
						""");
		assertThat(article.authorNames()).containsExactly("Imelda Crake");
	}

	// Look-alikes: a role of a field that runs on as a sentence after another comma names
	// no job; two writers after a comma stay two.
	@Test
	void roleOfAFieldRunningOnOrASecondWriterIsNotCut() {
		assertThat(BylineDetector.byline("by Imelda Crake, Head of Asian Art, who said the jar would sell")).isNull();
		assertThat(BylineDetector.byline("By Imelda Crake, Tomasz Wren and Ruth Okafor"))
			.containsExactly("Imelda Crake", "Tomasz Wren", "Ruth Okafor");
	}

	private static final String OPINION_HEAD = """
			The Valley Observer

			Opinion

			Our rivers need more than clean-up days

			Hamid Sadiq

			04.12.2026

			Every spring volunteers pull tyres and plastic from the river, and every autumn the river is full again.

			Clean-up days make good photographs, but they do nothing about the factories upstream that pour their waste in at night.

			The rules are already on the books. What is missing is anyone to check that they are followed, and fines large enough to matter.

			""";

	// An op-ed's closing note on its writer, named by the word for the writer: it leaves
	// the body with the site's lines under it (the base kept it as the text's last line).
	@Test
	void closingNoteOnTheWriterLeavesTheBody() {
		ParsedArticle article = extract(OPINION_HEAD + """
				The author is a hydrologist and teaches at the Valley Institute of Technology.

				Email: hamid.s@example.com

				More Opinions

				Bus fares and the poor

				03.12.2026
				""");
		assertThat(article.body()).endsWith("fines large enough to matter.");
	}

	// Look-alike: a review's paragraph that opens so, with the text going on under it, is
	// the text's own.
	@Test
	void paragraphOnTheAuthorWithTheTextGoingOnStays() {
		ParsedArticle article = extract(OPINION_HEAD
				+ """
						The author is at her best when she writes about the river she grew up beside, and the chapters on the mills are the strongest in the book.

						Her account of the flood of 1968, told through the letters of a mill worker's daughter, will stay with readers for a long time.

						Few books this year have made me want to walk along a river's banks again, and this one did.
						""");
		assertThat(article.body()).contains("The author is at her best");
		assertThat(article.body()).endsWith("and this one did.");
	}

	// Review51a's look-alikes: a British and an Irish story that name a US clock or
	// address in their own sentences write "04/11/2026" day first; nothing on the page
	// but the text says American, so no date (main's head read 11 April).
	private static String storyWithUsSentence(String sentence) {
		return """
				The Leeds Weekly
				News
				Students to show their harbour project at a Boston science fair
				04/11/2026
				By Harriet Cole
				Three students from a Leeds sixth form have won a place at an international science fair next spring with a project on cleaner harbours.
				"""
				+ sentence + "\n"
				+ """
						Their project measured plastics in the water at six piers over a year, using a sensor they built themselves from cheap parts.
						The school is now raising money to pay for the trip, and local businesses have already given more than half of what is needed.
						Share
						""";
	}

	@Test
	void aUsClockOrAddressInTheTextsOwnSentencesOrdersNothing() {
		ParsedArticle clock = extract(storyWithUsSentence(
				"The judges will announce the winners at 10:00 AM ET, which is three in the afternoon here, on the fair's website."));
		assertThat(clock.publishedDate()).isNull();
		ParsedArticle address = extract(storyWithUsSentence(
				"Families who want to send messages of support can write to the fair's office at 1 Science Park, Boston, MA 02114."));
		assertThat(address.publishedDate()).isNull();
	}

	private static final String REVIEW_HEAD = """
			The Valley Observer

			Books

			A river's life, told through its mills

			Hamid Sadiq

			04.12.2026

			Every chapter of this history of the Calder valley starts at a mill, and most end at one too, usually after a fire or a flood has closed it.

			The book is strongest when it leaves the ledgers behind and follows the families who worked the looms, generation after generation.

			""";

	private static final String REVIEW_FOOT = """

			Share this review

			More Books

			Bus fares and the poor

			03.12.2026
			""";

	// Review51a's look-alikes: a review's or a letter's last line on the writer, no note
	// on who the writer is, ends the text with the site's lines under it (main's head
	// dropped it); a note that names what the writer is, with its article, still leaves.
	@Test
	void lastLineOnTheWritersWorkStaysTheText() {
		assertThat(extract(REVIEW_HEAD + "The author is at her best when she writes about the river she grew up beside."
				+ REVIEW_FOOT)
			.body()).endsWith("the river she grew up beside.");
		assertThat(
				extract(REVIEW_HEAD + "The writer is wrong: the rules have been on the books for years." + REVIEW_FOOT)
					.body())
			.endsWith("on the books for years.");
		assertThat(
				extract(REVIEW_HEAD + "Die Autorin ist am stärksten, wenn sie über den Fluss ihrer Kindheit schreibt."
						+ REVIEW_FOOT)
					.body())
			.endsWith("Fluss ihrer Kindheit schreibt.");
	}

	@Test
	void noteOnWhatTheWriterIsLeavesTheBody() {
		assertThat(extract(
				REVIEW_HEAD + "Die Autorin ist eine Historikerin und lehrt an der Universität Kassel." + REVIEW_FOOT)
			.body()).endsWith("generation after generation.");
	}

}
