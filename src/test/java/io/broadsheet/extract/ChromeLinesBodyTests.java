package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chrome lines around the text: a button that reads the article aloud, a share counter
 * with a rounded count, a header whose only stamp is a time before now under a menu too
 * long for the header's reading, and a small site's recent posts under the text. The
 * story's own sentences about listening, shares, hours ago or recent posts are kept.
 */
class ChromeLinesBodyTests extends WholePageTests {

	// A site with a menu of eight entries: the headline stands eleven blocks down, so its
	// byline and stamp lie past the twelve blocks the header's reading walks.
	private static String page(String header, String middle) {
		return """
				Lido to reopen after two-year repair | Wexbury Live

				Wexbury Live

				News

				Sport

				What's On

				Nostalgia

				Property

				Jobs

				Sign in

				News

				Lido to reopen after two-year repair

				%s

				Wexbury's open-air lido will reopen in May after a two-year repair of its cracked basin, the town council has announced.

				The pool, built in 1936, closed in the summer of 2024 when engineers found that water was leaking into the ground beneath it.

				%s

				Councillors agreed on Tuesday to spend a further £400,000 on new changing rooms, which will open a month after the pool itself.

				The Friends of Wexbury Lido, who raised £90,000 towards the work, said they were delighted that swimmers would be back by the summer.

				Share

				Facebook

				X

				Comments (12)

				Trending

				Bus station to close for a week

				About  Contact  Advertise  Privacy
				"""
			.formatted(header, middle);
	}

	private static final String BYLINE = """
			By Nadia Crowther, Local Democracy Reporter

			5 hours ago""";

	@Test
	void leavesADeckBylineAndRelativeStampUnderALongMenuOut() {
		ParsedArticle article = extract(
				page("The art deco pool will have heated water for the first time\n\n" + BYLINE + "\n\n1.2K shares",
						"Advertisement"));
		assertThat(article.body()).startsWith("Wexbury's open-air lido will reopen in May")
			.doesNotContain("art deco pool", "Nadia Crowther", "hours ago", "shares");
	}

	@Test
	void keepsAFirstParagraphThatTellsOfHoursAgo() {
		ParsedArticle article = extract(
				page(BYLINE + "\n\nFive hours ago, the first swimmers queued at the gate for a look at the new basin.",
						"Advertisement"));
		assertThat(article.body()).contains("Five hours ago, the first swimmers queued")
			.doesNotContain("Nadia Crowther");
	}

	@Test
	void leavesARoundedShareCountOut() {
		ParsedArticle article = extract(page(BYLINE, "3,400 shares"));
		assertThat(article.body()).contains("leaking into the ground beneath it.", "a month after the pool itself")
			.doesNotContain("3,400 shares");
	}

	@Test
	void keepsASentenceThatCountsShares() {
		ParsedArticle article = extract(
				page(BYLINE, "The council's post about the reopening drew 1.2K shares within an hour."));
		assertThat(article.body()).contains("drew 1.2K shares within an hour.");
	}

	@Test
	void leavesListenButtonsOut() {
		ParsedArticle article = extract(page(BYLINE + "\n\nListen to this article · 3 min",
				"▶ Listen to this story · 24 min · Narrated by Tom Ashby"));
		assertThat(article.body()).contains("leaking into the ground beneath it.", "a month after the pool itself")
			.doesNotContain("Listen", "Narrated");
	}

	@Test
	void leavesAGermanReadAloudButtonOut() {
		ParsedArticle article = extract("""
				Freibad öffnet nach zwei Jahren wieder | Der Talbote
				Der Talbote
				Lokales
				Freibad öffnet nach zwei Jahren wieder
				Von Katrin Obermeier
				04.12.2026, 06:00 Uhr
				Artikel anhören
				Teilen
				Das Freibad in der Weißenbacher Seestraße öffnet nach zwei Jahren Sanierung im Mai wieder seine Türen.
				Die Stadt hat nach eigenen Angaben 2,4 Millionen Euro in das neue Becken und die Umkleiden investiert.
				Vorlesen
				Der Förderverein hatte 90.000 Euro gesammelt und freut sich auf die erste Saison.
				Impressum  Datenschutz  Kontakt
				""");
		assertThat(article.body()).startsWith("Das Freibad")
			.contains("erste Saison.")
			.doesNotContain("anhören", "Vorlesen");
	}

	@Test
	void keepsAOneWordListenCrossheadBetweenParagraphs() {
		ParsedArticle article = extract(page(BYLINE, "Listen"));
		assertThat(article.body()).contains("leaking into the ground beneath it.\n\nListen\n\nCouncillors agreed");
	}

	@Test
	void leavesAListenWordOutWhereThePageShowsItsPlayer() {
		ParsedArticle article = extract(page(BYLINE + "\n\nListen to this article · 3 min", "Listen"));
		assertThat(article.body()).contains("a month after the pool itself").doesNotContain("Listen");
	}

	@Test
	void keepsSentencesAboutListening() {
		ParsedArticle article = extract(page(BYLINE,
				"Listen to the full interview with the pool's manager on the council's podcast, the mayor urged."));
		assertThat(article.body()).contains("Listen to the full interview with the pool's manager");
	}

	private static String smallSite(String end) {
		return """
				Ashcombe Village Society

				Home

				News

				Events

				Contact

				Orchard planting brings out a hundred volunteers

				Posted by Margaret Lowe

				More than a hundred volunteers turned out on Saturday to plant a community orchard on the old allotments behind the village hall.

				The society bought forty apple and pear trees with a grant from the parish council, choosing old varieties that were once grown in the village.

				Society chair Peter Grainger said: "We hope that in ten years' time every family in Ashcombe will be able to pick fruit here."

				%s
				"""
			.formatted(end);
	}

	@Test
	void leavesASmallSitesRecentPostsAndFooterOut() {
		ParsedArticle article = extract(smallSite("""
				Recent posts

				Village hall roof appeal reaches its target

				Litter pick this Saturday

				Contact us: info@ashcombe-society.org.uk

				Ashcombe Village Society is a registered charity."""));
		assertThat(article.body()).endsWith("pick fruit here.\"")
			.doesNotContain("Recent posts", "roof appeal", "Contact us", "registered charity");
	}

	@Test
	void keepsASentenceAboutRecentPosts() {
		ParsedArticle article = extract(smallSite(
				"In recent posts on its website, the society has asked for volunteers to water the trees through the summer."));
		assertThat(article.body()).contains("In recent posts on its website");
	}

}
