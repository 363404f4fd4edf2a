package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an article ends on a whole page, when its last lines are short: a list its last
 * paragraph promises with a colon and a closing line under it (blind13's weather
 * warning), a live page's entry times (blind13's live pages, blind4's liveblog). And the
 * look-alikes that must stay out: prompts and labels ending in a colon ("Follow us on:",
 * "Share this:", "You may also like:", "Tags:") over networks, headlines and tags, a
 * video's length over its description, a ticker's times over headlines.
 */
class ArticleEndTests extends WholePageTests {

	// A whole page: a masthead and a menu over the article, a share bar, a teaser list
	// and a footer under it.
	private static String page(String end) {
		return """
				Frost closes three mountain passes overnight | The Dale Courier

				The Dale Courier

				News  Weather  Traffic  Sport  Business

				Weather

				Frost closes three mountain passes overnight

				By Lena Hartley

				Fri 4 Dec 2026 07:10 GMT

				Three mountain passes in the north of the county were closed overnight after freezing fog left a layer of ice on the higher roads.

				The county's highways team said its gritters had been out since midnight but that the temperature had fallen too far for salt to work on the steepest stretches.

				%s

				Live roads map

				Share  |  Tweet  |  Email

				More weather

				Gales expected on the coast – 2 days ago

				The driest autumn in a decade – 5 days ago

				Snow chains: are they worth it? – 1 week ago

				About us  |  Contact  |  Advertise

				Dale Courier, Market Street, Kirkby

				© 2026 Dale Courier Ltd
				"""
			.formatted(end);
	}

	@Test
	void keepsTheListALastParagraphPromisesWithAColonAndTheLineUnderIt() {
		ParsedArticle article = extract(
				page("""
						A spokesperson for the highways team said the passes would reopen once the ice had thawed and asked drivers to:

						keep to the main valley roads;

						leave twice the usual gap behind the car in front;

						carry a scraper, a blanket and a charged phone.

						The passes are expected to reopen by the afternoon."""));
		assertThat(article.body())
			.contains("asked drivers to:", "keep to the main valley roads;", "leave twice the usual gap",
					"carry a scraper, a blanket and a charged phone.",
					"The passes are expected to reopen by the afternoon.")
			.doesNotContain("Live roads map", "Share", "More weather", "Gales expected", "Market Street");
	}

	@Test
	void keepsAShortLineOpeningAListUnderTheLastParagraph() {
		ParsedArticle article = extract(
				page("""
						A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.

						Gritting depots open to the public today:

						Kirkby depot, Station Road, from 9am to 5pm.

						Hawes depot, Gayle Lane, from 10am to 4pm."""));
		assertThat(article.body())
			.contains("the ice had thawed on the higher roads.", "Gritting depots open to the public today:",
					"Kirkby depot, Station Road, from 9am to 5pm.", "Hawes depot, Gayle Lane, from 10am to 4pm.")
			.doesNotContain("Live roads map", "More weather", "Gales expected");
	}

	@Test
	void leavesPromptsAndLabelsEndingInAColonOut() {
		String lastParagraph = "A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.";
		ParsedArticle follow = extract(page(lastParagraph + """


				Follow us on:

				Facebook

				Instagram"""));
		assertThat(follow.body()).endsWith("on the higher roads.").doesNotContain("Follow us on", "Instagram");
		ParsedArticle share = extract(page(lastParagraph + """


				Share this:

				Email a friend"""));
		assertThat(share.body()).endsWith("on the higher roads.").doesNotContain("Share this", "Email a friend");
		ParsedArticle related = extract(page(lastParagraph + """


				You may also like:

				Why the valley floods every winter

				Ten walks for a frosty morning"""));
		assertThat(related.body()).endsWith("on the higher roads.")
			.doesNotContain("You may also like", "Why the valley floods", "Ten walks");
		ParsedArticle tags = extract(page(lastParagraph + """


				Tags:

				Weather, Roads, Kirkby"""));
		assertThat(tags.body()).endsWith("on the higher roads.").doesNotContain("Tags", "Weather, Roads");
	}

	@Test
	void leavesTheLinesUnderAColonOutWhenNoneEndsASentence() {
		ParsedArticle article = extract(
				page("""
						A spokesperson for the highways team said the passes would reopen once the ice had thawed and asked drivers to check its website:

						Road closures across the county tonight

						Where the gritters go first

						Webcams on the high passes"""));
		assertThat(article.body()).endsWith("asked drivers to check its website:")
			.doesNotContain("Road closures across the county", "Where the gritters go first", "Webcams");
	}

	// review36a: a newsletter's form under the text, its short line of several words
	// ending in a colon over lines that end as sentences: its consent line tells a form,
	// no list of the article's.
	@Test
	void leavesANewsletterFormUnderAColonOut() {
		ParsedArticle article = extract(
				page("""
						A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.

						Get the morning briefing in your inbox every day:

						Enter your email address.

						By signing up you agree to our terms of use and privacy policy.

						Subscribe"""));
		assertThat(article.body()).endsWith("on the higher roads.")
			.doesNotContain("morning briefing", "Enter your email", "By signing up");
	}

	private static String livePage(String entries) {
		return """
				Live: Power cut leaves 20,000 homes without heating | Metro Wire

				Metro Wire

				Home  UK  World  Money  Sport

				LIVE

				Live: Power cut leaves 20,000 homes without heating

				Priya Shah and Tom Reed

				Last updated: 4 December 2026, 12:30 GMT

				%s

				Share this page

				Most read

				Rail fares to rise in March – 3 hours ago

				Energy bills: what changes in January – 6 hours ago

				Terms | Privacy | Cookies | Contact

				© Metro Wire 2026
				""".formatted(entries);
	}

	@Test
	void keepsALivePagesEntryTimes() {
		ParsedArticle article = extract(livePage(
				"""
						12:30

						The network operator says power has been restored to about half of the homes affected, and engineers are working on the rest.

						11:45

						A council spokesperson says two leisure centres have opened as warm spaces for anyone who needs somewhere to go this afternoon.

						10h15

						The cut began shortly after six this morning when a substation flooded during the heavy overnight rain, the operator said."""));
		assertThat(article.body()).startsWith("12:30")
			.contains("12:30\n\nThe network operator says", "11:45\n\nA council spokesperson", "10h15\n\nThe cut began")
			.doesNotContain("Share this page", "Most read");
	}

	@Test
	void leavesAVideosLengthAndATickersTimesOut() {
		ParsedArticle video = extract(livePage(
				"""
						The network operator says power has been restored to about half of the homes affected, and engineers are working on the rest.

						3:45

						Watch: engineers at the flooded substation explain how they pumped the water out before they could restore the power.

						A council spokesperson says two leisure centres have opened as warm spaces for anyone who needs somewhere to go this afternoon."""));
		assertThat(video.body()).contains("The network operator says", "Watch: engineers", "A council spokesperson")
			.doesNotContain("3:45");
		ParsedArticle ticker = extract(livePage(
				"""
						The network operator says power has been restored to about half of the homes affected, and engineers are working on the rest.

						A council spokesperson says two leisure centres have opened as warm spaces for anyone who needs somewhere to go this afternoon.

						11:20

						Rail fares to rise in March

						10:05

						Storm warning for the coast"""));
		assertThat(ticker.body()).doesNotContain("11:20", "10:05");
	}

	@Test
	void keepsAShortClosingSentenceUnderTheLastParagraph() {
		String lastParagraph = "A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.";
		ParsedArticle article = extract(page(lastParagraph + """


				The pass above Kirkby stays shut until Monday."""));
		assertThat(article.body()).endsWith("The pass above Kirkby stays shut until Monday.");
	}

	// The last paragraph introduces a quoted person by a role beside the name: read as a
	// closing bio it ended the article above it, with the list over it (blind17's flu
	// clinics, whose first clinic line is a date line) and the closing line under it.
	@Test
	void keepsALastQuoteThatSetsTheSpeakersRoleBesideTheName() {
		ParsedArticle article = extract(
				page("""
						Gritters will be out again tonight on these roads:

						Kirkby Pass, Monday 7 December, from 6pm

						Dale Top Road, Tuesday 8 December, from 6pm

						Dr Mara Quist, the council's director of highways, said: "We ask drivers to stay off the passes unless their journey is essential, and to check the roads map first."

						The pass above Kirkby stays shut until Monday."""));
		assertThat(article.body()).contains("Kirkby Pass, Monday 7 December", "Dr Mara Quist")
			.endsWith("The pass above Kirkby stays shut until Monday.");
	}

	// A club's footer of three parts set apart by middle dots under readers' comments:
	// longer than a short line, it stopped the walk up from the page's end, and the
	// comments above it stayed in the body (blind17's chess congress).
	@Test
	void leavesCommentsOverAFootersSeparatedLineOut() {
		String club = """
				Kirkby Chess Club

				Home  News  Juniors  Contact

				Maya Chen wins the under-14 title at the Kirkby congress

				Graham Pellow

				2026-11-30

				A record 164 young players from 31 schools took part in the twelfth Kirkby Junior Chess Congress at St Aidan's School on Saturday and Sunday.

				The under-14 section was won by eleven-year-old Maya Chen of Hollins Park Primary, who scored five points from five games and beat two players rated far above her.

				The club would like to thank the forty volunteer arbiters, parents and helpers, and the school for the use of its hall over the weekend.

				Comments

				Sue Redfern – 2026-11-30 19:22

				Well done Maya, and well done to all the volunteers!

				Ravi Patel – 2026-12-01 08:10

				A superbly run event as always.

				Kirkby Chess Club · Meets Tuesdays 7pm at the Quaker Hall · Registered charity no. 1109876
				""";
		ParsedArticle article = extract(club);
		assertThat(article.body()).endsWith("for the use of its hall over the weekend.")
			.doesNotContain("Well done Maya", "Registered charity");
	}

	// The same page whose last paragraph lists three things with middle dots in a
	// sentence: it ends one, and stays the article's.
	@Test
	void keepsALastSentenceThatSetsItsPartsApartWithDots() {
		String page = page(
				"""
						The passes reopen in this order · Kirkby Pass on Monday · Dale Top Road on Tuesday · the old drovers' road last of all.""");
		assertThat(extract(page).body()).contains("the old drovers' road last of all.");
	}

	// A writer's bio under the text opens with the name and a copula: it still ends the
	// article, though it says the writer told something.
	@Test
	void leavesAWritersBioThatMentionsSpeakingOut() {
		String lastParagraph = "A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.";
		ParsedArticle article = extract(page(lastParagraph
				+ """


						Lena Hartley is the Courier's transport reporter. She told readers about every closed road this winter."""));
		assertThat(article.body()).endsWith("on the higher roads.");
	}

	@Test
	void leavesPromptsNotesAndCopyrightLinesUnderTheLastParagraphOut() {
		String lastParagraph = "A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.";
		for (String line : new String[] { "Did you drive over the pass? Tell us at roads@example.com.",
				"Stay up to date with the Courier. Subscribe to our newsletter.",
				"You can read our weather guide here every morning.",
				"This interview has been edited for length and clarity.",
				"The writer travelled as a guest of the county tourist board.",
				"Text and images \u00a9 2026 Dale Courier Ltd, all rights kept.",
				"Thanks for reading the Courier today!" }) {
			ParsedArticle article = extract(page(lastParagraph + "\n\n" + line));
			assertThat(article.body()).as(line).endsWith("on the higher roads.");
		}
	}

	@Test
	void leavesSiteLinesUnderTheLastParagraphOutByTheirWordsOrShape() {
		String lastParagraph = "A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.";
		for (String line : new String[] { "Join the readers panel of the Courier this winter.",
				"Watch the highways team at work on the pass.",
				"Get the Dale Courier delivered straight to your inbox.",
				"If you are curious, read the Courier privacy notice.", "Teile diesen Beitrag mit deinen Freunden.",
				"Klicken Sie auf die Karte für alle Sperrungen.", "Pressefotos der Pässe finden Sie hier zum Download.",
				"Das Gespräch führte Lena Hartley am Freitag.", "Ja, ich möchte die Dale Courier unterstützen.",
				"Partagez cet article avec vos amis et voisins.", "Sprawdź regulamin i politykę prywatności serwisu.",
				"Frost Lines, the band's third album, is out now on Dale Records.",
				"Lena Hartley, Dale Courier Radio News, Kirkby.", "The Anchor, 4 Quay Street, Kirkby DL1 2AB.",
				"Road reports every hour at https://roads.example.org today." }) {
			ParsedArticle article = extract(page(lastParagraph + "\n\n" + line));
			assertThat(article.body()).as(line).endsWith("on the higher roads.");
		}
	}

	@Test
	void leavesRightsLinesDisclaimersAndPromptsOfMoreLanguagesOut() {
		String lastParagraph = "A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.";
		for (String line : new String[] { "Maps are for illustration purposes only.",
				"This guide is general information and not financial advice.",
				"Corrections and clarifications are listed on this page.",
				"Sigue las noticias de la comarca en nuestro canal de WhatsApp.",
				"Riproduzione riservata, tutti i diritti sono riservati.",
				"Todos os direitos reservados ao grupo editorial do jornal.",
				"Ver mais notícias da serra no nosso site.", "Lees het volledige verhaal in de krant van zaterdag.",
				"Bizi sosyal medyada takip etmeyi unutmayın." }) {
			ParsedArticle article = extract(page(lastParagraph + "\n\n" + line));
			assertThat(article.body()).as(line).endsWith("on the higher roads.");
		}
	}

	@Test
	void keepsClosingSentencesThatOnlyLookLikeSiteLines() {
		String lastParagraph = "A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.";
		for (String line : new String[] { "Shares in the gritting contractor rose 3% on Friday.",
				"Followers of the hill race gathered at the foot of the pass.",
				"Youth teams from Kirkby were sent home before the first match.",
				"Plus de deux cents conducteurs sont restés bloqués dans la nuit.",
				"The council said the privacy of the drivers had been protected.",
				"The pass above Kirkby stays shut until Monday, the police said.",
				"The drivers' rights were reserved for a later hearing.",
				"Lees was named the county's new highways chief." }) {
			ParsedArticle article = extract(page(lastParagraph + "\n\n" + line));
			assertThat(article.body()).as(line).endsWith(line);
		}
	}

	// blind16's parish row, blind15's planning row: the text's last lines under a
	// closing quote, the first of two sentences sparse in stop words, the run stopping
	// above them.
	@Test
	void keepsTheLastFewClosingLinesUnderTheLastParagraph() {
		String quote = "\"We have asked for this for years, and the gritters cannot reach the top in time,\" said Cllr Ann Pell of the pass committee.";
		ParsedArticle article = extract(page(quote + """


				About 40 drivers queued. Several spent hours stuck.

				The pass above Kirkby stays shut until Monday, police said."""));
		assertThat(article.body()).contains("About 40 drivers queued. Several spent hours stuck.")
			.endsWith("The pass above Kirkby stays shut until Monday, police said.");
	}

	// blind5's wire story: the closing line over the agency's credit line, which signs
	// the text and is no paragraph of it.
	@Test
	void keepsAClosingLineOverAWritersCreditLine() {
		String lastParagraph = "A spokesperson for the highways team said the passes would reopen once the ice had thawed on the higher roads.";
		ParsedArticle article = extract(page(lastParagraph + """


				Shares in the gritting contractor rose 3% on Friday.

				Reporting by Lena Hartley in Kirkby and Sam Okoro in Dale; Editing by Ruth Adams and Tom Reid"""));
		assertThat(article.body()).endsWith("Shares in the gritting contractor rose 3% on Friday.")
			.doesNotContain("Reporting by");
	}

	// Look-alikes: a quote that is the article's real end over a footer's sentences, and
	// a closing-shaped line over a long line of the site's, stay out.
	@Test
	void leavesLinesOverTextAndAFootersSentencesOut() {
		String quote = "\"We have asked for this for years, and the gritters cannot reach the top in time,\" said Cllr Ann Pell of the pass committee.";
		ParsedArticle real = extract(page(quote + """


				The Dale Courier is run by volunteers. Contact us: news@dale.example.org"""));
		assertThat(real.body()).endsWith("said Cllr Ann Pell of the pass committee.").doesNotContain("volunteers");
		ParsedArticle over = extract(page(
				quote + """


						Drivers can find the gritting routes below.

						Gritting routes, road closures and the times of the next runs for every pass in the dales, updated hourly"""));
		assertThat(over.body()).endsWith("said Cllr Ann Pell of the pass committee.")
			.doesNotContain("gritting routes below", "updated hourly");
	}

	@Test
	void leavesABiosNextSentenceOut() {
		String bio = "Lena Hartley is a reporter and columnist at the Dale Courier, where she has covered the county's roads since 2019.";
		String line = "She loves to walk the fells, bake bread and collect old maps of the county.";
		ParsedArticle article = extract(page(bio + "\n\n" + line));
		assertThat(article.body()).doesNotContain(line);
	}

	// review40a: "Report by X" ends the body under the text (box40), but between the
	// paragraphs the same words are the text's crosshead over what a group's report
	// found, and stay.
	@Test
	void keepsAReportByCrossheadBetweenTheParagraphs() {
		ParsedArticle article = extract(
				page("""
						Report by Fell Roads Watch

						The campaign group Fell Roads Watch said in a report on Thursday that the passes had been gritted too late on four nights out of five last winter."""));
		assertThat(article.body()).contains("Report by Fell Roads Watch", "gritted too late on four nights");
	}

	@Test
	void endsTheBodyAtAReportByLineUnderTheText() {
		ParsedArticle article = extract(
				page("""
						The passes are expected to reopen once the afternoon sun has reached the higher roads and the ice has gone.

						Report by Rosa Kettle"""));
		assertThat(article.body()).contains("the ice has gone.").doesNotContain("Report by Rosa Kettle");
	}

}
