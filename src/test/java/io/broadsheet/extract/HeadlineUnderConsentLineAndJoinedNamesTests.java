package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round title51: two headlines blind28 missed. A short article under a consent line whose
 * words name no "cookie" (the locator starts at the consent sentence, and the finder took
 * the page-title line whole, its site's name after the dash with it): the line further
 * down that the page title names, with its byline and date under it and the text after
 * them, is the headline though the consent sentence stands above it. And a wedding
 * announcement's headline, the two families' names joined by a hyphen over its date line,
 * which no one-word line could be (the site's name over the menu was taken). Invented
 * pages throughout.
 */
class HeadlineUnderConsentLineAndJoinedNamesTests extends WholePageTests {

	// Swedish, blank lines, a page-title line with an en dash, a consent line saying
	// "kakor", no paragraph of two hundred characters.
	private static final String CONSENT = """
			Isbanan på torget öppnar på lördag – Älvdalens Tidning

			Vi använder kakor för att ge dig en bättre upplevelse. Du kan ändra ditt samtycke när som helst.

			Godkänn alla

			Inställningar

			Älvdalens Tidning

			Nyheter

			Sport

			Kultur

			Nyheter

			Isbanan på torget öppnar på lördag

			Av Karin Holm

			Publicerad 3.12.2026 kl. 09:10

			Kommunen spolar isbanan på torget under veckan. På lördag klockan tio öppnar den för alla som vill åka skridskor i centrum.

			I år har banan fått ny belysning och en uppvärmd paviljong där besökarna kan låna skridskor och hjälmar gratis under hela vintern.

			– Vi hoppas på kyla och många besökare, säger fritidschefen Olle Berg.

			Läs också: Skidspåren vid Kyrkberget dras i helgen

			Banan sköts av föreningen Älvdalens IK, som spolar den varje kväll när temperaturen tillåter det och skottar bort snön på morgonen.

			Banan är öppen varje dag till klockan nio på kvällen.

			Dela artikeln

			© 2026 Älvdalens Tidning
			""";

	@Test
	void theHeadlineThePageTitleNamesOverItsBylineIsTheTitleUnderAConsentLine() {
		ParsedArticle article = extract(CONSENT);
		assertThat(article.title().value()).isEqualTo("Isbanan på torget öppnar på lördag");
		assertThat(article.body()).contains("Kommunen spolar isbanan på torget under veckan.")
			.endsWith("Banan är öppen varje dag till klockan nio på kvällen.");
	}

	// The consent line over the text's paragraphs with no headline line of their own, and
	// under them one most-read teaser the page title names, its date under it and no
	// paragraphs after: a teaser, not the article's headline, so the finder keeps the
	// page-title line it found, as before.
	private static final String TEASER_UNDER_TEXT = """
			Isbanan på torget öppnar på lördag – Älvdalens Tidning

			Vi använder kakor för att ge dig en bättre upplevelse. Du kan ändra ditt samtycke när som helst.

			Godkänn alla

			Kommunen spolar isbanan på torget under veckan. På lördag klockan tio öppnar den för alla som vill åka skridskor i centrum.

			I år har banan fått ny belysning och en uppvärmd paviljong där besökarna kan låna skridskor och hjälmar gratis under hela vintern.

			– Vi hoppas på kyla och många besökare, säger fritidschefen Olle Berg.

			Banan sköts av föreningen Älvdalens IK, som spolar den varje kväll när temperaturen tillåter det och skottar bort snön på morgonen.

			Mest läst

			Isbanan på torget öppnar på lördag

			3.12.2026

			© 2026 Älvdalens Tidning
			""";

	@Test
	void aMostReadTeaserWithItsDateUnderTheTextIsNoHeadline() {
		ParsedArticle article = extract(TEASER_UNDER_TEXT);
		assertThat(article.title().value()).isEqualTo("Isbanan på torget öppnar på lördag – Älvdalens Tidning");
		assertThat(article.body()).contains("Kommunen spolar isbanan på torget under veckan.");
	}

	// review51d: the text's paragraphs under the page-title line, no headline line of
	// their own, and under them an earlier story of the same name with its byline, its
	// date line and paragraphs of its own: the sentences above it are the text's, not a
	// consent line's, so the finder keeps the page-title line and the body its text.
	private static final String EARLIER_STORY_UNDER_TEXT = """
			Ferry service to resume Monday – Island Times

			The island's ferry will run to its normal timetable again from Monday after two weeks of cancellations caused by low tides, the operator said on Friday.

			The channel at the harbour was dredged over the past week so the boats can dock safely even at low water, and the first sailing leaves at 6.40 a.m.

			"We're glad that residents and visitors can plan their trips again," the operator's manager said in a short statement.

			Extra early-morning and late-evening sailings are planned over the holidays and can be booked from today.

			Ferry service to resume Monday

			By Staff Reporter

			November 20, 2026

			The operator said last month that the dredging work would take two weeks and that normal service could resume in early December.

			Islanders had complained that the cancellations left them without a way to reach hospital appointments on the mainland.

			© 2026 Island Times
			""";

	@Test
	void anEarlierStoryOfTheSameNameUnderTheTextIsNoHeadline() {
		assertThat(extract(EARLIER_STORY_UNDER_TEXT).body()).startsWith("The island's ferry will run")
			.contains("can be booked from today.");
	}

	// An engagement announcement, no blank lines: the site's name, a menu, the section,
	// the two names joined, the date line, a photo credit, the text.
	private static final String JOINED = """
			Skip to main content
			The Millbrook Courier
			News
			Sports
			Obituaries
			Celebrations
			Engagements
			Lindqvist-Moreau
			Posted Dec 1, 2026
			Photo by Harbor Light Studio
			Sofia Ann Lindqvist and Julien Paul Moreau announce their engagement and coming marriage.
			The bride-to-be is the daughter of Erik and Maria Lindqvist of Millbrook. The future groom is the son of Paul and Anne Moreau of Portland.
			The couple met at Westfield College, where both studied biology.
			A June wedding is planned at Grace Lutheran Church in Millbrook.
			Submit your announcement
			Copyright 2026 The Millbrook Courier
			""";

	@Test
	void twoFamiliesNamesJoinedOverTheDateLineAreTheHeadline() {
		ParsedArticle article = extract(JOINED);
		assertThat(article.title().value()).isEqualTo("Lindqvist-Moreau");
	}

	// The same page under a joined link the text does not name ("Weekend-Edition"): no
	// headline.
	private static final String JOINED_LINK = JOINED.replace("Lindqvist-Moreau", "Weekend-Edition");

	@Test
	void aJoinedWordTheTextDoesNotNameIsNoHeadline() {
		ParsedArticle article = extract(JOINED_LINK);
		String title = (article.title() != null) ? article.title().value() : null;
		assertThat(title).isNotEqualTo("Weekend-Edition");
	}

	// Review51a's look-alike: no headline line over the text, which opens under the
	// page-title line and the menu, and a list of the latest news under it whose first
	// teaser is the article's own, its byline, date and blurb under it, the next teasers'
	// blurbs after. The text's paragraphs above are no consent line: the teaser is no
	// headline, and the body ends with the text (on main's head it ran on into the
	// list, to the teaser's blurb).
	private static final String OWN_TEASER_UNDER_TEXT = """
			Fährpreise im Hafen steigen im Januar – Hafenbote

			Hafenbote

			Nachrichten

			Sport

			Die Preise für die Hafenfähren steigen im Januar um zehn Prozent, wie der Verkehrsverbund am Dienstag mitteilte. Grund seien höhere Kosten für Treibstoff und Personal.

			Eine Einzelfahrt für Erwachsene kostet dann drei Euro dreißig statt drei Euro, Kinder und Rentner fahren bis zum Sommer zum alten Preis.

			Der Verkehrsverbund sagte, es sei die erste Erhöhung seit vier Jahren, das Geld fließe in zwei neue Fähren, die 2028 in Dienst gehen sollen.

			Pendlerverbände kritisierten den Zeitpunkt, viele Familien litten in diesem Winter ohnehin unter höheren Mieten und Lebensmittelpreisen.

			Neueste Nachrichten

			Fährpreise im Hafen steigen im Januar

			Von Markus Eller

			2. Dezember 2026

			Die Preise für die Hafenfähren steigen im Januar um zehn Prozent, wie der Verkehrsverbund am Dienstag mitteilte, wegen Treibstoff.

			Neuer Spielplatz im Uferpark eröffnet

			1. Dezember 2026

			Kinder im Uferpark haben einen neuen Spielplatz, nachdem die Stadt die Arbeiten am lange erwarteten Spielbereich am Montag abgeschlossen hat.

			Sturmwarnung für das Wochenende

			30. November 2026

			Meteorologen warnen vor starkem Wind und Regen an der Küste ab Freitagnacht, mit Böen von bis zu neunzig Kilometern pro Stunde.

			© 2026 Hafenbote
			""";

	@Test
	void theArticlesOwnTeaserInALatestNewsListUnderItsTextIsNoHeadline() {
		ParsedArticle article = extract(OWN_TEASER_UNDER_TEXT);
		assertThat(article.body()).contains("Die Preise für die Hafenfähren steigen im Januar um zehn Prozent")
			.endsWith("unter höheren Mieten und Lebensmittelpreisen.")
			.doesNotContain("Neuer Spielplatz");
	}

}
