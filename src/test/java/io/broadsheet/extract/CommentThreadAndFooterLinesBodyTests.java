package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body's end (tail53): a comments heading without a count ends the body where a
 * comment's stamp stands under it, though the last comment is one long sentence; a site's
 * credit for its making ("Website by …"), an organisation's name over its street address,
 * and a standing statement under its heading ("Acknowledgement of Country") are strong
 * tail markers. And look-alikes that stay as they were: the text's own crosshead
 * "Discussion" over its paragraphs, a short last sentence opening "Designed by" with a
 * clause after the name, a short last sentence opening with an address, the heading
 * "Acknowledgement of Country" as a crosshead of a story about the ceremony.
 */
class CommentThreadAndFooterLinesBodyTests extends WholePageTests {

	private static String islandPage(String under) {
		return """
				Tristan Harbour Gazette
				Home
				News
				Fishing
				Notices
				Crayfish season opens with record first catch
				By Moira Glass, Editor
				Thursday 3rd December 2026
				The crayfish season opened on Monday with the largest first day's catch since the island's cannery reopened, the fishing company said.
				Eleven boats went out at first light and landed just over four tonnes by the afternoon, helped by calm seas and a light westerly wind.
				The company's manager, Arne Lavarello, said the quota for the season had been set at the same level as last year after the autumn survey.
				%s
				"""
			.formatted(under);
	}

	@Test
	void endsTheBodyAtACommentsHeadingOverACommentsStamp() {
		ParsedArticle article = extract(islandPage("""
				Comments
				Lisa Repetto
				4 December 2026 at 10:41
				Well done to all the crews!
				Gerald Swain
				4 December 2026 at 18:02
				My grandfather worked the first boats from the old jetty and he would have loved to see this day.
				Tristan Harbour Gazette, Jetty Road, Edinburgh of the Seven Seas"""));
		assertThat(article.body()).endsWith("after the autumn survey.")
			.doesNotContain("Lisa Repetto")
			.doesNotContain("My grandfather")
			.doesNotContain("Jetty Road");
	}

	@Test
	void keepsTheTextsOwnCrossheadWithoutAStampUnderIt() {
		ParsedArticle article = extract(islandPage(
				"""
						Discussion
						Skippers said they would meet the company before Christmas to talk about the price paid for each kilogram of tails.
						The island council will publish the figures for the first month in its January notices."""));
		assertThat(article.body()).contains("Skippers said they would meet the company")
			.endsWith("in its January notices.");
	}

	private static String clubPage(String last) {
		return """
				Lowfield Bowls Club
				Home
				Fixtures
				Results
				Join
				Contact
				Club news
				New clubhouse roof finished before winter
				by Neil Harker, Club Secretary
				The new roof on the clubhouse was finished last week, two weeks before the first frosts, after a summer of fund-raising by members.
				The work was paid for by a grant from the district council and by the club's own summer raffle, which raised more than expected.
				Members thanked the builders, Pennock and Sons, who gave their time on two Saturdays to finish the guttering.
				%s
				"""
			.formatted(last);
	}

	@Test
	void endsTheBodyAtASitesCredit() {
		ParsedArticle article = extract(clubPage("Website by a junior member"));
		assertThat(article.body()).endsWith("to finish the guttering.").doesNotContain("Website by");
	}

	@Test
	void keepsAShortLastSentenceOpeningWithTheCreditsWords() {
		ParsedArticle article = extract(clubPage("Designed by Ruth Mwangi, it opens in May."));
		assertThat(article.body()).endsWith("Designed by Ruth Mwangi, it opens in May.");
	}

	private static String districtPage(String last) {
		return """
				Maple Hollow School District | Band heads to state finals
				Maple Hollow School District
				Schools
				Families
				Staff
				Calendar
				Band heads to state finals
				11-30-2026
				Communications Office
				The Maple Hollow High School marching band has qualified for the state finals for the first time in twelve years.
				The band placed second at the regional contest in Ames on Saturday with a show built around music from the 1940s.
				Director Luis Ortega said the students had practised every evening since August, often in the school's parking lot.
				%s
				"""
			.formatted(last);
	}

	@Test
	void endsTheBodyAtAnOrganisationsNameOverItsStreetAddress() {
		ParsedArticle article = extract(districtPage("""
				The finals will be held in Cedar Rapids on Saturday, December 12.
				Maple Hollow School District
				240 N. Orchard Street
				Maple Hollow, IA
				Nondiscrimination Statement"""));
		assertThat(article.body()).endsWith("on Saturday, December 12.")
			.doesNotContain("Orchard Street")
			.doesNotContain("Nondiscrimination");
	}

	@Test
	void keepsTheTextsLastLineOpeningWithAnAddress() {
		ParsedArticle article = extract(districtPage("""
				The finals will be held in Cedar Rapids on Saturday, December 12.
				240 N. Orchard Street is the band's new home."""));
		assertThat(article.body()).endsWith("240 N. Orchard Street is the band's new home.");
	}

	private static String councilPage(String middle) {
		return """
				Wirra Plains Shire Council
				Media release
				Wirra Plains Shire Council
				Library van to visit outlying towns
				Media and Communications Team
				The council's new library van will begin visiting six towns without a branch library from Monday, the council said.
				%s
				The van carries about 2,000 books and will stop for two hours in each town every fortnight.
				Residents can reserve books online and collect them from the van at its next stop.
				Media enquiries: media@wirraplains.example.au
				Subscribe to council news
				Acknowledgement of Country
				Wirra Plains Shire Council acknowledges the Traditional Custodians of the land on which we live and work.
				© Wirra Plains Shire Council 2026
				"""
			.formatted(middle);
	}

	@Test
	void endsTheBodyAboveAStandingStatementAndTheContactLine() {
		ParsedArticle article = extract(
				councilPage("Mayor Dana Kerr said the van would bring the library to families who could not travel."));
		assertThat(article.body()).endsWith("at its next stop.")
			.doesNotContain("Acknowledgement of Country")
			.doesNotContain("Traditional Custodians")
			.doesNotContain("Media enquiries");
	}

	@Test
	void keepsTheHeadingAsACrossheadOfTheText() {
		ParsedArticle article = extract(councilPage(
				"""
						Acknowledgement of Country
						The launch at Wirra town hall opened with an Acknowledgement of Country given by elder Aunty May Collins, who blessed the van."""));
		assertThat(article.body()).contains("given by elder Aunty May Collins").contains("at its next stop.");
	}

	// review53c's look-alikes: the text's own lines in the shapes of the markers above.

	@Test
	void keepsTheTextsCrossheadOverADateWithoutAClockTimeInEnglishAndGerman() {
		ParsedArticle article = extract(islandPage(
				"""
						Discussion
						3 December 2026
						The island council spent an hour on the price paid for each kilogram of tails before agreeing to meet the company again.
						Skippers said they would wait for the January figures before deciding whether to sell to the cannery."""));
		assertThat(article.body()).contains("The island council spent an hour").endsWith("to sell to the cannery.");
		ParsedArticle german = extract(islandPage(
				"""
						Diskussion
						3. Dezember 2026
						Im Inselrat wurde am Donnerstag eine Stunde lang über den Preis für die Langusten gestritten, bevor ein neues Treffen beschlossen wurde.
						Die Fischer wollen die Zahlen für Januar abwarten, bevor sie über den Verkauf an die Konservenfabrik entscheiden."""));
		assertThat(german.body()).contains("Im Inselrat wurde am Donnerstag")
			.endsWith("an die Konservenfabrik entscheiden.");
	}

	@Test
	void endsTheBodyAtACommentsHeadingOverACommentersNameAndADateAlone() {
		ParsedArticle article = extract(islandPage("""
				Comments
				Lisa Repetto
				4 December 2026
				My grandfather worked the first boats from the old jetty and he would have loved to see this day.
				Tristan Harbour Gazette, Jetty Road, Edinburgh of the Seven Seas"""));
		assertThat(article.body()).endsWith("after the autumn survey.").doesNotContain("My grandfather");
	}

	@Test
	void keepsAVenueAndItsAddressUnderTheTextsLeadIn() {
		ParsedArticle article = extract(districtPage("""
				The finals will be held in Cedar Rapids on Saturday, December 12.
				Families can watch the band's send-off at:
				Maple Hollow High School
				240 N. Orchard Street"""));
		assertThat(article.body()).endsWith("240 N. Orchard Street").contains("Maple Hollow High School");
	}

	@Test
	void keepsAListOfDropOffAddressesUnderTheTextsLeadIn() {
		ParsedArticle article = extract(districtPage("""
				Donations of instruments for the junior band can be left at two drop-off points:
				Maple Hollow Public Library
				45 Mill Road
				St Mark's Church Hall
				2 Station Street"""));
		assertThat(article.body()).contains("45 Mill Road").endsWith("2 Station Street");
	}

	@Test
	void keepsACreditsWordsInAFactBoxUnderTheTextsLeadIn() {
		ParsedArticle article = extract(clubPage("""
				The new roof at a glance:
				Designed by Pennock and Sons
				Powered by twelve solar panels
				Finished in November 2026"""));
		assertThat(article.body()).contains("Designed by Pennock and Sons").endsWith("Finished in November 2026");
	}

	@Test
	void keepsTheHeadingAsTheTextsLastCrosshead() {
		ParsedArticle article = extract(councilPage("Mayor Dana Kerr said the van would bring the library to families.")
			.replace(
					"""
							Media enquiries: media@wirraplains.example.au
							Subscribe to council news
							Acknowledgement of Country
							Wirra Plains Shire Council acknowledges the Traditional Custodians of the land on which we live and work.
							""",
					"""
							Acknowledgement of Country
							The first stop, at Wirra town hall, opened with an Acknowledgement of Country given by elder Aunty May Collins, who blessed the van.
							"""));
		assertThat(article.body()).endsWith("who blessed the van.");
	}

	// meta54: a commenter's name with its surname's initial, a bare slashed date as the
	// stamp (whichever order the page reads it in), or a time ago under the name: each
	// stopped the search for the comment's stamp, so a thread whose last comment is one
	// long sentence stayed in the body (base fdd481fe: all four kept it).
	@Test
	void endsTheBodyAtACommentsHeadingOverANameWithAnInitialOrABareSlashedStamp() {
		for (String stamp : List.of("Sarah N.\n4 December 2026 at 10:41", "Sarah Nkosi\n02/12/2026",
				"Sarah N.\n02/12/2026", "Sarah N.\n2 hours ago")) {
			ParsedArticle article = extract(islandPage("Comments\n" + stamp + """

					My grandfather worked the first boats from the old jetty and he would have loved to see this day.
					Tristan Harbour Gazette, Jetty Road, Edinburgh of the Seven Seas"""));
			assertThat(article.body()).as(stamp)
				.endsWith("after the autumn survey.")
				.doesNotContain("My grandfather")
				.doesNotContain("Sarah");
		}
	}

	// meta54's near-miss: a bare slashed date right under the text's own crosshead, no
	// name over it and no minute, dates the text's section: kept.
	@Test
	void keepsTheTextsCrossheadOverABareSlashedDate() {
		ParsedArticle article = extract(islandPage(
				"""
						Discussion
						03/12/2026
						The island council spent an hour on the price paid for each kilogram of tails before agreeing to meet the company again.
						Skippers said they would wait for the January figures before deciding whether to sell to the cannery."""));
		assertThat(article.body()).contains("The island council spent an hour").endsWith("to sell to the cannery.");
	}

	// review54b: under a comments word standing as the text's crosshead, a bare slashed
	// date or a time ago under a line that is no commenter's name (its words in lower
	// case: the text's own timeline, in English or French) or under a letter's signature
	// with its town dates the text, which stays (main 44c52fe9: each cut the body at the
	// heading; base fdd481fe kept them).
	@Test
	void keepsTheTextsCrossheadOverItsTimelinesSlashedDateOrATimeAgo() {
		for (String under : List.of("Discussion\nCouncil meeting\n02/12/2026",
				"Discussion\nSkippers' meeting\n2 days ago", "Réagir\nConseil municipal\n02/12/2026",
				"Reader comments\nSarah N., Leeds\n02/12/2026")) {
			ParsedArticle article = extract(islandPage(
					under + """

							The island council spent an hour on the price paid for each kilogram of tails before agreeing to meet the company again.
							Skippers said they would wait for the January figures before deciding whether to sell to the cannery."""));
			assertThat(article.body()).as(under)
				.contains("The island council spent an hour")
				.endsWith("to sell to the cannery.");
		}
	}

	// review54b's near-miss: a commenter's name written as initials and a surname over a
	// bare slashed stamp still heads the thread.
	@Test
	void endsTheBodyAtACommentsHeadingOverInitialsAndASurname() {
		ParsedArticle article = extract(islandPage("""
				Comments
				J. K. Okello
				02/12/2026
				My grandfather worked the first boats from the old jetty and he would have loved to see this day.
				Tristan Harbour Gazette, Jetty Road, Edinburgh of the Seven Seas"""));
		assertThat(article.body()).endsWith("after the autumn survey.").doesNotContain("My grandfather");
	}

}
