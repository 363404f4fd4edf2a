package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round date43: a blog theme prints a post's published and updated stamps side by side
 * with no space between them, so a post never updated shows its date twice, glued, on the
 * meta line under the headline, often with the author's user name after it. The line
 * dates the post.
 */
class GluedTwinDateTests extends WholePageTests {

	private static final String TEXT = """
			The parish council met on Tuesday evening to decide what to do with the old school house, empty since the last pupils left in the summer.

			Most of the twenty residents who came wanted it kept as a meeting room for the village, with the library's books moved in from the church hall.

			The council will ask the county for a grant to mend the roof before the winter, and hopes to open the room in the spring.
			""";

	// A post's meta line: the same date twice, glued, then the author's user name.
	@Test
	void gluedTwinDateUnderTheHeadlineDatesThePost() {
		ParsedArticle article = extract("""
				Village Notes

				Home

				About

				What next for the old school house

				November 26, 2026November 26, 2026 jdoe

				""" + TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 26));
	}

	// The same in German, the day first, with the author's name after it.
	@Test
	void gluedTwinDateWrittenDayFirstDatesThePost() {
		ParsedArticle article = extract("""
				Dorfnotizen

				Startseite

				Was wird aus dem alten Schulhaus

				1. November 20261. November 2026 dorfschreiber

				""" + TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 1));
	}

	// Look-alike: two different dates glued (published, then updated) beside a user
	// name are left as they were: no date from this line.
	@Test
	void twoDifferentGluedDatesAreNoTwin() {
		ParsedArticle article = extract("""
				Village Notes

				Home

				What next for the old school house

				June 28, 2026November 26, 2026 jdoe

				""" + TEXT);
		assertThat(article.publishedDate()).isNull();
	}

}
