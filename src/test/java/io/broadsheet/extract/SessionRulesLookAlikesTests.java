package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Look-alikes of session 46's rules on pages they were not written for (review46a): a
 * name glued to a word that repeats its first word with "MORE" in capitals further on (a
 * Scottish or Irish surname, a list of names, a bio glued to a byline, a heading glued to
 * its paragraph) keeps its sentence; an update word over a release's number ("Update
 * 2.15") stays a heading of the text; a box that opens the comments under a short last
 * paragraph is no box between the article's text. Each rule's own case is checked beside
 * them, so the guards cut no more than the look-alikes.
 */
class SessionRulesLookAlikesTests extends WholePageTests {

	private static String harborPage(String first) {
		return """
				Harbor town votes to widen the ferry pier | Coast Wire
				Coast Wire
				News
				Politics
				Harbor town votes to widen the ferry pier
				By Nora Whitcombe
				November 30, 2026
				%s
				The council approved the plan by seven votes to two on Monday night, after residents said the ferry had grown too busy for the pier it was built for in 1958.
				Work on the pier will start in March and should be finished before the summer season, the town's engineer told the meeting.
				Share this:
				Facebook
				© 2026 Coast Wire
				"""
			.formatted(first);
	}

	// "Donald McDonald", "Gerald FitzGerald": the surname's tail repeats the first name,
	// and a quote says "MORE" in capitals; the sentence went from the name to the quote.
	@Test
	void keepsASurnameThatRepeatsTheFirstNameBeforeAQuotedMore() {
		String mcdonald = "Council leader Donald McDonald said the town had waited long enough for the work, and told the meeting the harbor \"needs MORE boats, not fewer\" if the island economy is to grow again.";
		String fitzgerald = "Gerald FitzGerald said the vote was the right one. \"We want MORE visitors and MORE trade on the quay,\" the harbor master added after the meeting ended late on Monday night.";
		assertThat(extract(harborPage(mcdonald)).body()).contains(mcdonald);
		assertThat(extract(harborPage(fitzgerald)).body()).contains(fitzgerald);
	}

	// A scraped list of names with one glued to its repeat, a bio glued to a name, a
	// heading glued to its paragraph, and a link's "VIEW MORE" / "SEE MORE" / "MORE" at
	// the paragraph's end: the sentence goes on after the repeat, so no card stands.
	@Test
	void keepsASentenceThatGoesOnAfterANameGluedToItsRepeat() {
		for (String first : new String[] {
				"Voting for the plan were Anna LeeAnna Lee, Tom Hart and Ben Ross; voting against were Mary Cole and Sam Price, who said the town could not afford it. VIEW MORE",
				"The plan was drawn up by engineer John SmithJohn is a keen sailor who has worked on harbors across the state for twenty years, and he said the pier would last another century. SEE MORE",
				"Coach Mark MarkhamMark my words, this town will want MORE from the ferry than a wider pier, the former rugby coach joked during the public comments at the meeting on Monday.",
				"New HarborNew harbor fees will rise by ten percent in April, the council also agreed, and the money will pay for dredging and a new ticket office. MORE" }) {
			assertThat(extract(harborPage(first)).body()).contains(first);
		}
	}

	// The card the rule was written for, its full name ending glued to its first
	// headline or right before its button, is still cut.
	@Test
	void stillCutsACardWhoseFullNameEndsGluedToItsHeadlines() {
		assertThat(extract(harborPage(
				"Rep. Dana WhitfieldDana Marie WhitfieldLawmakers split over coastal fund Ferry fares to rise in spring MORE (D-Ore.) said on Tuesday that the vote would bring more visitors to the coast."))
			.body()).startsWith("Rep. Dana Whitfield (D-Ore.) said on Tuesday that the vote");
		assertThat(extract(harborPage(
				"Sen. Maria CostaMaria Costa MORE (D) said on Tuesday that the vote would bring more visitors and more trade to the coast."))
			.body()).startsWith("Sen. Maria Costa (D) said on Tuesday that the vote");
	}

	private static String patchPage(String stamp) {
		return """
				Patch notes: what changes in the winter update | Game Desk
				Game Desk
				News
				Reviews
				Guides
				Patch notes: what changes in the winter update
				By Sam Ortiz
				December 3, 2026
				%s
				The winter update rebalances the three starting classes, adds a snowbound map to the ranked rotation and fixes the crash that hit players on older consoles when they opened the inventory during a match.
				Players will also get a free cosmetic pack for logging in before the end of the month, the studio said.
				© 2026 Game Desk
				"""
			.formatted(stamp);
	}

	// "Update 2.15", "Updated 1.45": a release's number under the byline, a heading of
	// the text; read as a clock-only stamp it left the body.
	@Test
	void keepsAnUpdateWordOverAReleaseNumber() {
		assertThat(extract(patchPage("Update 2.15")).body()).startsWith("Update 2.15");
		assertThat(extract(patchPage("Updated 1.45")).body()).startsWith("Updated 1.45");
		assertThat(extract(patchPage("Doors open at 19:30")).body()).startsWith("Doors open at 19:30");
	}

	// A clock's stamp with a filler or a colon, dotted or not, still leaves the body.
	@Test
	void stillDropsAClockStampWithAFillerOrAColon() {
		for (String stamp : new String[] { "Updated at 10:30", "Updated: 9.45pm", "Modifica alle 10.30",
				"Laatste update: 12:40" }) {
			assertThat(extract(patchPage(stamp)).body()).startsWith("The winter update rebalances");
		}
	}

	private static final String FERRY_HEAD = """
			Ferry timetable to add late sailing on Fridays | Island Courier
			Island Courier
			Home
			News
			Sport
			Community
			News
			Ferry timetable to add late sailing on Fridays
			By Morag Henderson
			Thursday, 3 December 2026
			The island ferry operator will add a late sailing from the mainland on Friday evenings from January, after a petition signed by more than 900 islanders asked for a way home after work and evening events.
			The new crossing will leave the mainland pier at 10.15pm and reach the island an hour later.
			Advertisement
			""";

	private static final String FERRY_TAIL = """
			Share this article
			Facebook
			Twitter
			More news
			Pier cafe wins award
			© 2026 Island Courier
			""";

	// "Advertisement" / "Comments" under a short last paragraph: the readers' comments
	// under it were kept as the article's text.
	@Test
	void leavesCommentsUnderAnAdLabelOut() {
		ParsedArticle article = extract(FERRY_HEAD
				+ """
						Comments
						This is great news for those of us who work on the mainland and have had to leave every party early for years.
						Hopefully they will add a Saturday sailing next, the last boat on a Saturday is far too early for anyone.
						"""
				+ FERRY_TAIL);
		assertThat(article.body()).endsWith("reach the island an hour later.").doesNotContain("This is great news");
	}

	// The box the rule was written for, a read-also teaser under the ad's label, is
	// still looked past.
	@Test
	void stillKeepsTheTextUnderAnAdLabelAndATeaser() {
		ParsedArticle article = extract(FERRY_HEAD
				+ """
						Read also: Harbour wall repairs to start in spring
						"People have missed weddings and hospital visits because the last boat left too early," said Catriona MacLeod, who organised the petition.
						The operator said it would review the sailing's passenger numbers after six months before deciding whether to keep it.
						"""
				+ FERRY_TAIL);
		assertThat(article.body()).contains("\"People have missed weddings")
			.endsWith("before deciding whether to keep it.");
	}

}
