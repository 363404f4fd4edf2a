package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round mend52: a date's label written in capitals before its date under the headline
 * ("Release Date: March 20, 2026") reads as a name of two words followed by a date, the
 * shape of a dated byline, but it names the date, no writer (review52a's press release).
 * A writer's name of the same shape ("Jane Date: March 20, 2026") stays a writer.
 */
class DateLabelIsNoWriterTests extends WholePageTests {

	private static String releasePage(String dateLine) {
		return """
				Harbourside District Council
				Home
				Services
				Contact
				Ferry timetable changes for the spring season
				""" + dateLine + """
				The island ferry will run two extra crossings on weekdays from April, the council said on Friday.
				The first boat will leave the harbour at 6.15 a.m., forty minutes earlier than in the winter timetable.
				Season tickets bought before the change remain valid, and the fares will not rise this year.
				Share
				""";
	}

	@Test
	void releaseDateLabelBeforeItsDateIsNoWriter() {
		ParsedArticle article = extract(releasePage("Release Date: March 20, 2026\n"));
		assertThat(article.authorNames()).doesNotContain("Release Date").isEmpty();
	}

	@Test
	void writersNameBeforeTheDateStaysAWriter() {
		ParsedArticle article = extract(releasePage("Jane Date: March 20, 2026\n"));
		assertThat(article.authorNames()).containsExactly("Jane Date");
	}

}
