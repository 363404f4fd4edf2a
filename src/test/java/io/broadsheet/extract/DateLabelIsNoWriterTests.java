package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round mend52: a date's label written in capitals before its date under the headline
 * ("Release Date: March 20, 2026") reads as a name of two words followed by a date, the
 * shape of a dated byline, but it names the date, no writer (review52a's press release).
 * A writer's name of the same shape ("Jane Date: March 20, 2026") stays a writer. A label
 * the tables lacked is data: a German forum's "Letzter Beitrag:" (last post).
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

	// A German forum's list of other threads under the post dates each thread's last
	// post: the label (de date.other-event-labels) is no writer, and its date not the
	// page's.
	@Test
	void forumsLastPostLabelIsNoWriter() {
		ParsedArticle article = extract(
				"""
						Handy-Forum
						Startseite
						Foren
						Suche
						Neues Update für ältere Smartphones verteilt
						Der Hersteller hat am Dienstag ein Update für mehrere ältere Modelle freigegeben, das vor allem die Akkulaufzeit verbessern soll.
						Nutzer berichten, dass die Installation etwa zwanzig Minuten dauert und danach ein Neustart nötig ist.
						Wer das Update nicht automatisch erhält, kann es in den Einstellungen von Hand suchen lassen.
						Ähnliche Themen
						Akku hält nach Update nur noch einen Tag
						Von handyfan im Forum Allgemeines
						Antworten: 4
						Letzter Beitrag: 12.05.2021, 18:40
						""");
		assertThat(article.authorNames()).isEmpty();
		assertThat(article.publishedDate()).isNull();
	}

}
