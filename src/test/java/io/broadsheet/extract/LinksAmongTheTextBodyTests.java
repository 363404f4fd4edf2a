package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's links and ad slots set between the paragraphs (blind25's motoring site, Irish
 * radio station and tackle shop, dev's motorcycle magazine and news site with its live
 * video): an ad slot's `Advert` label, a programme's or a video's link after its label
 * ("Listen: …", "Watch live: …") and a shop's button ("Shop soft plastics", "Buy now")
 * all leave the body, and the text goes on under them. And the look-alikes that must
 * stay: a sentence that opens with "Listen:", a sentence about shops, a line with a
 * figure after a shop verb, a sentence naming an advert.
 */
class LinksAmongTheTextBodyTests extends WholePageTests {

	private static String page(String middle) {
		return """
				Harbour footbridge to close for three weeks of repairs | Kestrel Bay Today

				Skip to content

				Kestrel Bay Today

				News

				Sport

				What's On

				Harbour footbridge to close for three weeks of repairs

				By Niamh Corrigan

				3 December 2026

				The footbridge across Kestrel Bay harbour will close from Monday while engineers replace rusted sections of its handrails and deck.

				Walkers will be sent along the quay road, which adds about ten minutes to the walk from the station to the town centre.

				%s

				The council said the bridge would reopen before the start of the spring ferry timetable.

				Share this article

				Most read

				Ferry fares rise in January

				Library hours cut
				"""
			.formatted(middle);
	}

	@Test
	void leavesAnAdvertLabelBetweenParagraphsOut() {
		ParsedArticle article = extract(page("Advert"));
		assertThat(article.body()).doesNotContain("Advert").endsWith("spring ferry timetable.");
	}

	@Test
	void leavesAListenTeaserBetweenParagraphsOut() {
		ParsedArticle article = extract(page("Listen: Engineers explain the repairs on Harbour Hour"));
		assertThat(article.body()).doesNotContain("Listen:", "Harbour Hour").endsWith("spring ferry timetable.");
	}

	@Test
	void leavesAWatchLiveTeaserBetweenParagraphsOut() {
		ParsedArticle article = extract(page("Watch live: Council meeting on the harbour budget"));
		assertThat(article.body()).doesNotContain("Watch live", "harbour budget").endsWith("spring ferry timetable.");
	}

	@Test
	void leavesAShopButtonBetweenParagraphsOut() {
		ParsedArticle article = extract(page("Shop walking boots"));
		assertThat(article.body()).doesNotContain("Shop walking boots").endsWith("spring ferry timetable.");
	}

	@Test
	void keepsASentenceOpeningWithListen() {
		ParsedArticle article = extract(
				page("Listen: the council has heard every objection and will not delay the work."));
		assertThat(article.body()).contains("Listen: the council has heard every objection");
	}

	@Test
	void keepsASentenceAboutShopsAndALineWithAFigure() {
		ParsedArticle article = extract(page("""
				Shop owners on the quay said they expected more passing trade.

				Buy 2 tickets"""));
		assertThat(article.body()).contains("Shop owners on the quay said", "Buy 2 tickets");
	}

	@Test
	void keepsASentenceNamingAnAdvert() {
		ParsedArticle article = extract(page("An advert for the diversion will run in the weekend paper."));
		assertThat(article.body()).contains("An advert for the diversion will run");
	}

}
