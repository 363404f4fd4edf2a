package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round review55c: a story about cookies whose lead names them, right under its byline
 * and date line. The locator reads every block under a thousand characters that names a
 * cookie as a banner's, so the run started under the lead; on a short page whose lead
 * stands below the reader's header reach (twelve blocks) the body started there and the
 * lead was lost, with or without a consent notice over the menu (head55's section left
 * it). A site's notice in the same place, in a notice's words, stays out. Invented pages
 * throughout.
 */
class CookieLeadUnderBylineTests extends WholePageTests {

	private static final String LEAD = "Guides in Braemore sold more than 1,500 cookies at a Christmas stall on Saturday and raised £2,400 for a new minibus.";

	// A consent notice over its button, the site's name and a six-line menu, the
	// headline, a byline, a date line and the lead at the thirteenth block.
	private static final String COOKIE_STORY = """
			This site uses cookies so that it works well for you. Carry on browsing if you are happy with that.
			Got it
			Strathdon Gazette
			Front page
			Local
			Hill farming
			Shinty
			What's on
			Letters
			Guides' Christmas stall raises money for a minibus
			By Morag Lindsay, Community Reporter
			2026-12-01
			%s
			The troop had baked for a fortnight in the village hall kitchen, with flour and butter given by the shop.
			"We sold out before the pipe band had finished playing," said leader Fiona Grant.
			The minibus will take the guides to camps and competitions, which parents drive them to now.
			A garage in Ballater has offered to service the minibus free for its first year.
			The troop hopes to collect the minibus before the spring camp in April.
			Share: Facebook | WhatsApp | X
			More news
			Curling club opens its new rink
			Strathdon Gazette © 2026
			""".formatted(LEAD);

	@Test
	void aLeadNamingCookiesUnderTheBylineOpensTheBody() {
		ParsedArticle article = extract(COOKIE_STORY);
		assertThat(article.title().value()).isEqualTo("Guides' Christmas stall raises money for a minibus");
		assertThat(article.body()).startsWith(LEAD)
			.doesNotContain("This site uses cookies")
			.endsWith("before the spring camp in April.");
	}

	@Test
	void aLeadNamingCookiesUnderTheBylineOpensTheBodyOfAPageWithBlankLines() {
		ParsedArticle article = extract(COOKIE_STORY.replace("\n", "\n\n"));
		assertThat(article.body()).startsWith(LEAD).doesNotContain("This site uses cookies");
	}

	@Test
	void aLeadNamingCookiesUnderTheBylineOfAPageWithoutANoticeOpensTheBody() {
		String page = COOKIE_STORY.replace(
				"This site uses cookies so that it works well for you. Carry on browsing if you are happy with that.\nGot it\n",
				"Skip to content\nSearch\nSubscribe\n");
		assertThat(extract(page).body()).startsWith(LEAD);
	}

	// The near miss: the site's notice, in a notice's words, between the date line and
	// the text is no lead.
	@Test
	void aConsentNoticeUnderTheDateLineStaysOut() {
		String page = COOKIE_STORY.replace(LEAD,
				"We use cookies to give you a better visit. By continuing you agree to our use of cookies.");
		assertThat(extract(page).body()).startsWith("The troop had baked for a fortnight in the village hall kitchen")
			.doesNotContain("We use cookies");
	}

	// Near misses of head55's credit after a byline label's article: crossheads of the
	// text's shaped like one, after its paragraphs, stay in the body.
	@Test
	void crossheadsShapedLikeAGroupsCreditAmongTheTextStay() {
		String page = """
				Gemeindeblatt Oberau
				Start
				Aktuelles
				Vereine
				Kontakt
				Neuigkeiten aus der Gemeinde im Dezember
				Veröffentlicht am 2. Dezember 2026
				Das Rathaus bleibt vom 24. Dezember bis zum 2. Januar geschlossen, in dringenden Fällen hilft der Bereitschaftsdienst.
				Die Straßenbeleuchtung in der Bergstraße wird in der zweiten Dezemberwoche erneuert.
				Von der Feuerwehr
				Die Freiwillige Feuerwehr sucht neue Mitglieder und lädt am 12. Dezember zum Tag der offenen Tür ins Gerätehaus ein.
				By the Book Club
				Der Lesekreis trifft sich am 14. Dezember in der Bücherei und liest eine Geistergeschichte aus einem Leuchtturm.
				Von der Polizei
				Die Polizei bittet Radfahrer, im Winter mit Licht zu fahren, und kontrolliert in den nächsten Wochen an der Schule.
				Teilen
				""";
		assertThat(extract(page).body()).contains("Von der Feuerwehr")
			.contains("By the Book Club")
			.contains("Von der Polizei");
	}

}
