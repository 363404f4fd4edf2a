package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body's end on two invented pages (tail55). Right under the share buttons that close
 * the article, a list label naming one of the page's own sections ("More Walks" under the
 * menu's "Walks", "More Heritage" under the kicker "HERITAGE") is a teaser list's over
 * one headline, with the paper's name-and-address line under it; a label of words the
 * page's menu does not hold ("More to explore", "More Walks" on a page without such a
 * section) is as often the text's own closing crosshead and stays. And a one-sentence
 * closing paragraph under the paragraph that closes a list the text promised with its
 * colon is the text's, over a media contact line; a site's bidding there is not.
 */
class SectionLabelUnderShareLineAndLineOverContactTests extends WholePageTests {

	private static String gazettePage(String menu, String tail) {
		return """
				Skip to content
				Lochaber Gazette
				Subscribe
				%s
				Volunteers reopen the old drove road over the Corrieyairack
				By Iain Cameron
				04/12/2026
				Volunteers have reopened a nine-mile stretch of the old drove road over the Corrieyairack Pass after two summers of work.
				The group cleared fallen rock, rebuilt three stone culverts and marked the route with new posts between Melgarve and Fort Augustus.
				"People walked cattle over here for centuries, and now anyone with good boots can follow them," said group leader Ewan Grant.
				The estate that owns the land has agreed to keep the route open all year.
				The next work party meets in March.
				%s
				© Lochaber Gazette 2026
				"""
			.formatted(menu, tail);
	}

	private static final String MENU_WITH_WALKS = """
			News
			Sport
			Walks
			Heritage
			WALKS""";

	private static final String MENU_WITHOUT_WALKS = """
			News
			Sport
			Business
			NEWS""";

	@Test
	void leavesALabelNamingTheMenusSectionOverOneTeaserAndTheAddressLineOut() {
		ParsedArticle article = extract(gazettePage(MENU_WITH_WALKS, """
				Share
				More Walks
				Ben Nevis path repairs finished before winter
				Lochaber Gazette, High Street, Fort William PH33 6AA"""));
		assertThat(article.body()).startsWith("Volunteers have reopened")
			.endsWith("The next work party meets in March.")
			.doesNotContain("More Walks")
			.doesNotContain("Ben Nevis")
			.doesNotContain("High Street");
	}

	@Test
	void leavesALabelNamingTheKickersSectionOverOneTeaserOut() {
		ParsedArticle article = extract(gazettePage(MENU_WITHOUT_WALKS.replace("NEWS", "HERITAGE"), """
				Share
				More Heritage
				Glenfinnan church bell rings again after a century
				Lochaber Gazette, Fort William"""));
		assertThat(article.body()).startsWith("Volunteers have reopened")
			.endsWith("The next work party meets in March.")
			.doesNotContain("More Heritage")
			.doesNotContain("Glenfinnan");
	}

	// The text's closing crosshead under the share buttons, and its lines under it, stay.
	private void assertCrossheadStays(String menu, String crosshead, String lines) {
		ParsedArticle article = extract(gazettePage(menu, "Share\n" + crosshead + "\n" + lines));
		assertThat(article.body()).contains("The next work party meets in March.\n\n" + crosshead + "\n\n")
			.endsWith(lines.replace("\n", "\n\n"));
	}

	@Test
	void keepsTheTextsClosingCrossheadWhoseWordsNoMenuHolds() {
		assertCrossheadStays(MENU_WITH_WALKS, "More to explore",
				"The group hopes to clear the old road south of Laggan next summer");
	}

	@Test
	void keepsASectionShapedCrossheadOnAPageWhoseMenuHasNoSuchSection() {
		assertCrossheadStays(MENU_WITHOUT_WALKS, "More Walks",
				"The group will lead three guided walks on the road in the spring");
	}

	@Test
	void keepsASectionNamedCrossheadOverALineWithoutAStopAndAParagraph() {
		assertCrossheadStays(MENU_WITH_WALKS, "More Walks", """
				The group will lead guided walks on the road in the spring
				The ranger service will take bookings from January.""");
	}

	// review55d: a crosshead naming the menu's section over one last line without a stop
	// is the text's; the site's list stands over two lines at least
	@Test
	void keepsASectionNamedCrossheadOverOneLastLineWithoutAStop() {
		assertCrossheadStays(MENU_WITH_WALKS, "More walks",
				"The group will hold an open day at Melgarve in the spring");
	}

	private static String councilPage(String closing) {
		return """
				Skip to main content

				Kaihiku District Council

				Services

				Roads and footpaths

				Water

				Building consents

				Parks and reserves

				News

				Home

				News

				Media releases

				Media release

				Kaihiku Gorge cycle trail opens its last section

				Communications Team

				Thursday 3 December 2026

				The last eleven kilometres of the Kaihiku Gorge cycle trail are open, completing a ride of 84 kilometres from the coast to the lakes.

				The section was built over two years by the council with the regional trust, local hapū and the landowners along the river.

				Deputy Mayor Aroha Wiremu said the trail would bring riders through towns they had once driven past. "People will stop for a coffee, a pie and a swim in the river. That is worth more to these towns than any sign on the highway."

				Along the new section riders will find:

				two swing bridges over the Kaihiku River, each wide enough to carry a farm quad bike

				a shelter, a water tank and a bike repair stand at the old ferry landing below Tahora

				signs telling the story of the gorge's gold mining days and of the hapū who lived there

				The trail will be opened officially with a group ride from Tahora on 19 December, with the mayor leading the riders and a barbecue at the domain afterwards for everyone who takes part.

				%s

				For media enquiries please contact media@kaihiku.govt.nz

				Was this page helpful?

				Yes

				No
				"""
			.formatted(closing);
	}

	@Test
	void keepsAOneSentenceLastParagraphOverAMediaContactLineUnderTheParagraphClosingAList() {
		ParsedArticle article = extract(councilPage("Local cafes expect busier winter trade from visiting riders."));
		assertThat(article.body()).startsWith("The last eleven kilometres")
			.contains("signs telling the story of the gorge's gold mining days and of the hapū who lived there")
			.endsWith("Local cafes expect busier winter trade from visiting riders.")
			.doesNotContain("media@kaihiku.govt.nz");
	}

	@Test
	void stillLeavesASitesBiddingOverTheMediaContactLineOut() {
		ParsedArticle article = extract(councilPage("Sign up to our newsletter for council news every week."));
		assertThat(article.body()).startsWith("The last eleven kilometres")
			.endsWith("for everyone who takes part.")
			.doesNotContain("Sign up")
			.doesNotContain("media@kaihiku.govt.nz");
	}

}
