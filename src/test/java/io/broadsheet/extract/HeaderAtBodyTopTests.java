package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head51: the page's header kept at the top of the body where the locator found a
 * run of text and started it too high. A consent sentence at the page's top that reads as
 * text joins the header's short lines to the article, and the finder, asked above that
 * start, took the page-title line for the headline; a name over the date line too long
 * for a writer's stopped the walk under the headline; a menu's last entries stood over a
 * headline the header took and its date line. Invented pages throughout.
 */
class HeaderAtBodyTopTests extends WholePageTests {

	// Swedish, blank lines: the page-title line with an en dash, a consent line that
	// names no cookie, its buttons and a menu over the headline and its meta lines, and
	// paragraphs long enough to read as text.
	private static final String SWEDISH = """
			Isen på Storsjön bär för första gången på tre år – Jämtlandsbladet

			Vi använder kakor för att ge dig en bättre upplevelse på sajten. Du kan ändra ditt samtycke när du vill.

			Godkänn alla

			Inställningar

			Jämtlandsbladet

			Nyheter

			Sport

			Kultur

			Åsikter

			Prenumerera

			Nyheter

			Isen på Storsjön bär för första gången på tre år

			Av Karin Ström

			Publicerad 4.12.2026 kl. 07.45

			Uppdaterad 4.12.2026 kl. 10.20

			Räddningstjänsten mätte på onsdagen fjorton centimeter kärnis utanför Frösön, och nu får skridskoåkarna ge sig ut.

			Det är första gången sedan december 2023 som isen bär så tidigt, och många har väntat länge på att få åka igen.

			– Vi vill ändå att alla tar med isdubbar och aldrig åker ensamma, säger insatsledaren Per Holm till tidningen.

			Kommunen plogar en bana på fem kilometer från Badhusparken under helgen om vädret håller i sig.

			Dela artikeln

			© 2026 Jämtlandsbladet
			""";

	@Test
	void aConsentLineOverTheHeaderNoLongerOpensTheBody() {
		ParsedArticle article = extract(SWEDISH);
		assertThat(article.title().value()).isEqualTo("Isen på Storsjön bär för första gången på tre år");
		assertThat(article.body()).startsWith("Räddningstjänsten mätte på onsdagen")
			.doesNotContain("kakor")
			.doesNotContain("Godkänn alla")
			.doesNotContain("Prenumerera")
			.doesNotContain("Karin Ström")
			.doesNotContain("Publicerad")
			.endsWith("om vädret håller i sig.");
	}

	// The same page's text without the consent line: the run starts at the text, and the
	// page-title line names the headline over its meta lines as before.
	private static final String SWEDISH_WITHOUT_CONSENT = SWEDISH.replace(
			"Vi använder kakor för att ge dig en bättre upplevelse på sajten. Du kan ändra ditt samtycke när du vill.\n\n",
			"");

	@Test
	void withoutTheConsentLineThePageReadsAsBefore() {
		ParsedArticle article = extract(SWEDISH_WITHOUT_CONSENT);
		assertThat(article.title().value()).isEqualTo("Isen på Storsjön bär för första gången på tre år");
		assertThat(article.body()).startsWith("Räddningstjänsten mätte på onsdagen")
			.doesNotContain("Karin Ström")
			.endsWith("om vädret håller i sig.");
	}

	// English, blank lines: a deck, then an office's name of five words over the
	// "Posted" line, no "By".
	private static final String OFFICE_OVER_DATE = """
			Skip to main content

			Lakeshore Water Authority

			Home

			Services

			News

			Contact

			News

			Boil-water advisory lifted for the north shore after tests come back clean

			Three days of samples showed no trace of bacteria at any of the twelve test sites.

			Lakeshore Water Authority Communications Office

			Posted December 2, 2026

			The boil-water advisory for homes and businesses on the north shore was lifted on Wednesday afternoon after three days of clean tests from every site in the network.

			Crews flushed more than forty kilometres of pipe after a main broke under Harbour Road on Saturday morning, and the authority says the break has been repaired for good.

			"We know it was an inconvenience, and we thank everyone for their patience," said operations manager Lena Fischer in a statement on Wednesday.

			Residents should run their cold taps for two minutes before drinking the water for the first time, the authority said, and throw away any ice made during the advisory.

			Share this post

			Facebook

			© 2026 Lakeshore Water Authority
			""";

	@Test
	void anOfficesNameOverTheDateLineLeavesWithTheHeader() {
		ParsedArticle article = extract(OFFICE_OVER_DATE);
		assertThat(article.body()).startsWith("The boil-water advisory for homes and businesses")
			.doesNotContain("Three days of samples")
			.doesNotContain("Communications Office")
			.doesNotContain("Posted December 2, 2026");
	}

	// English, blank lines: a menu's last entries over a headline of one word the finder
	// does not take (the site's name is the title) and its "Posted" line.
	private static final String MENU_OVER_HEADER = """
			Skip to main content

			The Millbrook Ledger

			News

			Sports

			Obituaries

			Milestones

			E-Edition

			Milestones

			Anniversaries

			Kowalczyk

			Posted Nov 30, 2026

			Photo by Harbor Portrait Studio

			Walter and Irene Kowalczyk of Millbrook will celebrate their 60th wedding anniversary on Dec. 12, 2026, with a dinner for family at the Riverside Inn.

			They were married on Dec. 12, 1966, at St. Casimir's Church in Millbrook. The Rev. Anton Nowak officiated at the ceremony.

			Walter retired in 2004 after 38 years at the Millbrook paper mill. Irene taught piano to three generations of children in town.

			They have four children, eleven grandchildren and two great-grandchildren.

			Submit your announcement

			Copyright 2026 The Millbrook Ledger
			""";

	@Test
	void aMenusLastEntriesOverTheHeadersDateLineLeaveTheBody() {
		ParsedArticle article = extract(MENU_OVER_HEADER);
		assertThat(article.body()).startsWith("Walter and Irene Kowalczyk of Millbrook")
			.doesNotContain("Milestones")
			.doesNotContain("E-Edition")
			.doesNotContain("Anniversaries");
	}

	// A crosshead-like short line opening the body with no meta line under it: the
	// article's own first line, kept.
	private static final String SHORT_LINES_WITHOUT_META = """
			The Millbrook Ledger

			Recipes

			Grandma's apple cake, the way the bakery made it

			Serves eight

			This is the cake the Main Street bakery sold every autumn until it closed, and the family that ran it has shared the recipe with us.

			Mix the butter and sugar until pale, then beat in the eggs one at a time and fold in the flour with the cinnamon and a pinch of salt.

			Lay the apple slices on top in rings and bake for forty minutes, until a skewer comes out clean and the top is golden brown.

			Let it cool in the tin for ten minutes before turning it out, and serve it warm with cream or a scoop of vanilla ice cream.

			Copyright 2026 The Millbrook Ledger
			""";

	@Test
	void shortLinesOverTheTextWithNoMetaLineUnderThemStay() {
		ParsedArticle article = extract(SHORT_LINES_WITHOUT_META);
		assertThat(article.body()).contains("Serves eight").contains("This is the cake the Main Street bakery");
	}

	// review51d: German, an office's name in title case (its short words left small)
	// over the "Veröffentlicht" line under a deck: it leaves with the header.
	private static final String GERMAN_OFFICE_OVER_DATE = """
			Zum Inhalt springen

			Stadtwerke Lindau

			Startseite

			Aktuelles

			Kontakt

			Trinkwasser im Ortsteil Reutin wieder ohne Einschränkungen nutzbar

			Die Proben aller zwölf Messstellen waren an drei Tagen in Folge einwandfrei.

			Pressestelle der Stadtwerke Lindau am Bodensee

			Veröffentlicht am 3. Dezember 2026

			Das Abkochgebot für die Haushalte im Ortsteil Reutin ist seit Mittwochnachmittag aufgehoben, nachdem alle Proben drei Tage lang ohne Befund geblieben sind.

			Nach dem Rohrbruch in der Bregenzer Straße hatten Techniker mehr als vierzig Kilometer Leitung gespült und den Schaden vollständig behoben.

			„Wir wissen, dass das für viele Familien eine Belastung war, und danken allen für ihre Geduld“, sagte Betriebsleiterin Lena Fischer am Mittwoch.

			Die Stadtwerke empfehlen, das kalte Wasser vor dem ersten Trinken zwei Minuten laufen zu lassen und Eiswürfel aus den letzten Tagen wegzuwerfen.

			Beitrag teilen

			© 2026 Stadtwerke Lindau
			""";

	@Test
	void anOfficesNameInGermanOverTheDateLineLeavesWithTheHeader() {
		ParsedArticle article = extract(GERMAN_OFFICE_OVER_DATE);
		assertThat(article.body()).startsWith("Das Abkochgebot für die Haushalte")
			.doesNotContain("Pressestelle")
			.doesNotContain("Veröffentlicht");
	}

	// review51d: a live report's first entry heading in sentence case, of more than four
	// words, over its stamp under the deck: the text's, no office's name. It stays (its
	// stamp, the page's only date line, is read for the date and leaves, as before).
	private static final String LIVE_ENTRY_OVER_STAMP = """
			Skip to main content

			Harbour County Herald

			News

			Weather

			Live: wildfire near Pine Valley forces evacuations

			Crews are fighting the fire on three fronts as winds pick up through the afternoon.

			Evacuation order widened to all Pine Valley homes

			December 3, 2026, 10:45 a.m.

			The sheriff's office widened the evacuation order on Thursday morning to every home in Pine Valley as the fire crossed the county road near the reservoir.

			Residents were told to leave by the east road and to go to the shelter at the high school, where the Red Cross has set up beds and a kitchen for the night.

			Crews have dropped more than forty loads of retardant on the ridge since dawn, the fire chief said, and more aircraft are on their way from the coast.

			The fire has burned about 2,300 acres and is five percent contained, according to the state forestry agency's latest update.

			Share this story

			© 2026 Harbour County Herald
			""";

	@Test
	void aLiveReportsFirstEntryHeadingOverItsStampStays() {
		assertThat(extract(LIVE_ENTRY_OVER_STAMP).body())
			.contains("Evacuation order widened to all Pine Valley homes\n\nThe sheriff's office");
	}

	// review51d: French, the page-title line over a consent line that names no cookie
	// ("traceurs"), its buttons and a menu: the headline the page title names, over its
	// byline and date line, is the title, and the body starts under them.
	private static final String FRENCH = """
			Le bac de l'île d'Yeu reprend ses rotations normales lundi – Le Courrier Vendéen

			Nous utilisons des traceurs pour mesurer l'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.

			Tout accepter

			Paramétrer

			Le Courrier Vendéen

			Actualités

			Sports

			Culture

			S'abonner

			Actualités

			Le bac de l'île d'Yeu reprend ses rotations normales lundi

			Par Claire Moreau

			Publié le 4 décembre 2026 à 08h15

			Après deux semaines d'annulations dues aux faibles coefficients de marée, le bac de l'île d'Yeu reprendra ses rotations normales à partir de lundi, a annoncé la compagnie.

			Le chenal du port de Fromentine a été dragué ces derniers jours pour que les navires puissent accoster en toute sécurité, même à marée basse.

			« Nous sommes heureux que les habitants et les visiteurs puissent à nouveau organiser leurs trajets », a déclaré le directeur Yann Guérin vendredi.

			Des départs supplémentaires sont prévus pendant les fêtes, tôt le matin et tard le soir, et peuvent être réservés dès aujourd'hui.

			Partager l'article

			© 2026 Le Courrier Vendéen
			""";

	@Test
	void aFrenchConsentLineOverTheHeaderNoLongerOpensTheBody() {
		ParsedArticle article = extract(FRENCH);
		assertThat(article.title().value()).isEqualTo("Le bac de l'île d'Yeu reprend ses rotations normales lundi");
		assertThat(article.body()).startsWith("Après deux semaines d'annulations")
			.doesNotContain("traceurs")
			.doesNotContain("Claire Moreau");
	}

}
