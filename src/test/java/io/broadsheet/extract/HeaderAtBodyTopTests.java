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

}
