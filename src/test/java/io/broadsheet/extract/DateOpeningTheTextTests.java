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

	private static String page(String lead) {
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
				"""
			.formatted(lead);
	}

	private static final String SENTENCE = "Am Abend des Reformationstags spielen drei Organisten aus der Region in der Stadtkirche Werke von Bach, Reger und Buxtehude, jeder eine Stunde lang.";

	private LocalDate dateOf(String lead) {
		ParsedArticle article = extract(page(lead));
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

}
