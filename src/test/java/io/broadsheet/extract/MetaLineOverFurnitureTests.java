package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round date46: a site's meta line beside the headline (a source's or a section's name
 * beside the date, read only where no date line stands apart) dates the page when the
 * text starts under it past a row of share buttons or a photo's caption, which are not
 * counted as blocks between them; and its view count after empty dashes ("Friday, 4
 * December 2026 00:00 - - 312") does not refuse it.
 */
class MetaLineOverFurnitureTests extends WholePageTests {

	private static final String TEXT = """
			The parish council met on Tuesday evening to decide what to do with the old school house, empty since the last pupils left in the summer.

			Most of the twenty residents who came wanted it kept as a meeting room for the village, with the library's books moved in from the church hall.

			The council will ask the county for a grant to mend the roof before the winter, and hopes to open the room in the spring.
			""";

	// A writer, a role and a source's three words glued to the date (more names than a
	// date line holds anywhere), then four share buttons over the text.
	@Test
	void metaLineOverAShareRowDatesThePage() {
		ParsedArticle article = extract("""
				Watch

				What next for the old school house

				Ruth Evans

				Reporter

				Dunmore Valley Courier3 December 2026

				Reblog

				Share

				Tweet

				Share

				""" + TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	// A section's name before the date over the headline, a byline and a photo's
	// caption between the headline and the text.
	@Test
	void sectionAndDateOverHeadlineBylineAndCaptionDatesThePage() {
		ParsedArticle article = extract("""
				Search

				schools December 3, 2026

				What next for the old school house

				By Ruth Evans

				The school house in the snow. Photo: Tom Price/Valley Courier

				""" + TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	// Look-alike: the same meta line over an author's box of four lines (a name, a
	// link's words, an address, a button) that are no share buttons: the text starts
	// too far under it, no date rather than a guess.
	@Test
	void metaLineOverAnAuthorBoxIsNoDate() {
		ParsedArticle article = extract("""
				Watch

				What next for the old school house

				Dunmore Valley Courier3 December 2026

				von Ruth Evans

				About

				Author page of

				ruth.evans@valleycourier.example

				Close

				""" + TEXT);
		assertThat(article.publishedDate()).isNull();
	}

	// A Sri Lankan paper's date line: the date, a midnight time, two empty fields and
	// a view count, on a page without blank lines.
	@Test
	void viewCountAfterEmptyDashesDoesNotRefuseTheDateLine() {
		ParsedArticle article = extract(
				"""
						The Valley Courier
						Home
						News
						Front Page
						Business
						Opinion
						Sports
						Subscribe
						Business
						What next for the old school house
						By Ruth Evans
						Friday, 4 December 2026 00:00 - - 312
						Print
						Share
						The parish council met on Tuesday evening to decide what to do with the old school house, empty since the last pupils left in the summer.
						Most of the twenty residents who came wanted it kept as a meeting room for the village, with the library's books moved in from the church hall.
						The council will ask the county for a grant to mend the roof before the winter, and hopes to open the room in the spring.
						Comments
						Related Stories
						Bridge to close for repairs
						Library opens on Sundays
						Copyright © 2026 The Valley Courier
						""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	// Look-alikes: a range's second year, a count after a comma, a number opening an
	// address after the date: no date line beside the headline.
	@Test
	void numbersThatAreNoCountAfterTheDateStayRefused() {
		assertThat(DateLineDetector.detectBesideHeadline("Friday, 4 December 2026 - 2027")).isNull();
		assertThat(DateLineDetector.detectBesideHeadline("4 December 2026, 312 pages")).isNull();
		assertThat(DateLineDetector.detectBesideHeadline("4 December 2026 312 Main Street")).isNull();
		assertThat(DateLineDetector.detectBesideHeadline("4 December 2026 00:00 - 312 - 14")).isNull();
	}

	// A teaser list's stamps with counts, under a "Recent Posts" heading at the foot of
	// the page, stay refused: the page keeps no date.
	@Test
	void listStampsWithCountsAreNoPublicationDate() {
		ParsedArticle article = extract("""
				Valley Courier

				What next for the old school house

				""" + TEXT + """

				Recent Posts

				Bridge to close for repairs

				December 5, 2026 - 1204

				Library opens on Sundays

				December 5, 2026 - 388

				Market moves to the square

				December 4, 2026 - 97
				""");
		assertThat(article.publishedDate()).isNull();
	}

}
