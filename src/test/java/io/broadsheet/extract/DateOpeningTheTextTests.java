package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page with no date line whose text opens with its date: first, closed by a dash or a
 * stop ("27.1.2022 - Bei der Erinnerung …", "31. Oktober 2023. Dragqueens sind …"), or in
 * brackets after the place's comma ("Karlsruhe, (12.11.2021). Traditionell …"); a press
 * release's dateline without the dash {@link DateLineDetector#dateline(String)} reads
 * (dev's three such pages gave no date). The look-alikes: a history teaser's date closed
 * by a colon, a comment's stamp with a clock after the dash, an ambiguous slashed date.
 */
class DateOpeningTheTextTests extends WholePageTests {

	private static String page(String lead, String footer) {
		return """
				Evangelische Kirche Mittelbaden

				Startseite

				Gemeinden

				Termine

				Kontakt

				Orgelnacht zum Reformationstag

				Drei Organisten spielen in der Stadtkirche bis Mitternacht

				%s

				Der Eintritt ist frei, um eine Spende für die Sanierung der Orgelpfeifen wird gebeten. Die Kirche ist ab 19 Uhr geöffnet, Getränke gibt es im Gemeindesaal.

				Die Orgel wurde zuletzt vor vierzig Jahren überholt. Der Förderverein hat seitdem mehr als die Hälfte der nötigen Summe gesammelt.

				Impressum

				Datenschutz

				%s
				"""
			.formatted(lead, footer);
	}

	private static String page(String lead) {
		return page(lead, "© 2026 Evangelische Kirche Mittelbaden");
	}

	private static final String SENTENCE = "Am Abend des Reformationstags spielen drei Organisten aus der Region in der Stadtkirche Werke von Bach, Reger und Buxtehude, jeder eine Stunde lang.";

	private LocalDate dateOf(String lead) {
		return dateOfPage(page(lead));
	}

	private LocalDate dateOfPage(String page) {
		ParsedArticle article = extract(page);
		return (article.publishedDate() != null) ? article.publishedDate().value() : null;
	}

	@Test
	void readsTheDateInBracketsAfterThePlace() {
		assertThat(dateOf("Offenburg, (29.10.2026). " + SENTENCE)).isEqualTo(LocalDate.of(2026, 10, 29));
	}

	@Test
	void readsTheDateOpeningTheTextBeforeADash() {
		assertThat(dateOf("29.10.2026 - " + SENTENCE)).isEqualTo(LocalDate.of(2026, 10, 29));
	}

	@Test
	void readsTheDateOpeningTheTextBeforeAStop() {
		assertThat(dateOf("29. Oktober 2026. " + SENTENCE)).isEqualTo(LocalDate.of(2026, 10, 29));
	}

	// A teaser's or a history piece's date closed by a colon is the event's.
	@Test
	void leavesADateClosedByAColonUnread() {
		assertThat(dateOf("31. Oktober 1517: " + SENTENCE)).isNull();
	}

	// A timeline's entries open with their own days: none of them dates the page.
	@Test
	void leavesATimelinesDatesUnread() {
		assertThat(dateOf(
				"29.10.2026 - " + SENTENCE + "\n\n30.10.2026 - Am Morgen danach räumen die Helfer die Kirche auf."))
			.isNull();
	}

	// A comment's stamp: a clock after the dash, no sentence's capital.
	@Test
	void leavesACommentStampUnread() {
		assertThat(DateLineDetector.openingDate("06.11.26 - 13:53 von Peter Sommer zu Orgelnacht")).isNull();
	}

	// A slashed date that reads either way names no day.
	@Test
	void leavesAnAmbiguousSlashedDateUnread() {
		assertThat(DateLineDetector.openingDate("03/04/2026 - " + SENTENCE)).isNull();
	}

	// A place's comma without brackets and without a dash is no dateline this reads; a
	// date inside the sentence is the text's own.
	@Test
	void leavesADateInsideTheSentenceUnread() {
		assertThat(DateLineDetector.openingDate("Am 29.10.2026 spielen drei Organisten. " + SENTENCE)).isNull();
		assertThat(DateLineDetector.openingDate("Offenburg, Kirche (29.10.2026) " + SENTENCE)).isNull();
	}

	// review55f: the years the page names outside its text bound the opening date. A
	// history piece's or an anniversary's date a decade and more before the footer's
	// year is the event's, not the page's.
	@Test
	void leavesAHistoricalDateOpeningTheTextUnread() {
		assertThat(dateOf("12. März 1998. " + SENTENCE)).isNull();
		assertThat(dateOfPage(page("On 12 March 1998. " + SENTENCE))).isNull();
		assertThat(dateOfPage(page(
				"1 January 2010 - The law that banned smoking in pubs came into force.\n\n"
						+ "Landlords had feared for their trade, yet most of them now say the ban changed little.",
				"© 2026 The Valley Courier")))
			.isNull();
	}

	// An event announced: its day lies after every year the page names.
	@Test
	void leavesAnAnnouncedEventsDateUnread() {
		assertThat(dateOfPage(page("14 March 2027 - Doors open at seven for the spring organ night in the town church.",
				"© 2026 The Valley Courier")))
			.isNull();
		assertThat(dateOfPage(page("14 mars 2027. Les portes ouvrent à dix-neuf heures pour la nuit de l'orgue.",
				"© 2026 Le Courrier de la Vallée")))
			.isNull();
	}

	// A page that names no year outside its text gives no bound: null over a guess.
	@Test
	void leavesTheDateUnreadWhereThePageNamesNoOtherYear() {
		assertThat(dateOfPage(page("29.10.2026 - " + SENTENCE, "Kontakt und Anfahrt"))).isNull();
	}

	// A year list or a footer running a few years on still bounds a dated release.
	@Test
	void readsTheDateUnderAFooterAFewYearsOn() {
		assertThat(dateOfPage(page("29.10.2021 - " + SENTENCE, "© 2026 Evangelische Kirche Mittelbaden")))
			.isEqualTo(LocalDate.of(2021, 10, 29));
	}

	// A diary's or a timeline's next entry further down than the next paragraph.
	@Test
	void leavesADiarysDatesUnreadWhenTheNextEntryStandsFurtherDown() {
		assertThat(dateOf("29.10.2026 - " + SENTENCE + "\n\nDie Helfer bauen die Stühle auf und kochen Tee.\n\n"
				+ "30.10.2026 - Am Morgen danach räumen die Helfer die Kirche auf."))
			.isNull();
	}

}
