package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' letters under the text (blind37's Durban page: "Letters" over two letters,
 * each signed on its own line with a name, a town and a date): they end the body, in any
 * language, as a comment thread does. And the look-alikes that stay (box60): a letter the
 * story quotes, the story going on under its signature; a signature without a date.
 * Signed over two lines, or one letter under the files' heading of readers' letters
 * (box61).
 */
class ReaderLettersBodyTests extends WholePageTests {

	private static String page(String under) {
		return """
				Harbour Herald
				Home
				Town
				Letters
				Sport
				Town
				Ferry to the island runs every half hour again from Monday
				By Ellen Marsh
				03/12/2026 07:10
				The ferry between the harbour and the island will run every thirty minutes again from Monday, after both boats came back from the yard.
				The council had cut the timetable in October while the engines of both boats were rebuilt and no spare boat could be hired in.
				Commuters welcomed the change.
				%s
				Harbour Herald
				Contact us
				Advertise
				© 2026 Harbour Herald Ltd
				"""
			.formatted(under);
	}

	@Test
	void endsTheBodyAtReadersLetters() {
		ParsedArticle article = extract(page("""
				Letters
				The ferry is the best thing about living here. My mother crossed on it every day for forty years.
				Gwen Pascoe, Newlyn, 3 December 2026
				Keep the early boat for the fishermen.
				R. Trewin, Mousehole, 3 December 2026"""));
		assertThat(article.body()).endsWith("Commuters welcomed the change.")
			.doesNotContain("The ferry is the best", "Gwen Pascoe", "Keep the early boat", "Trewin");
	}

	@Test
	void endsTheBodyAtGermanAndFrenchReadersLetters() {
		String german = """
				Leserbriefe
				Die Fähre ist das Beste an unserer Stadt. Hoffentlich bleibt der Takt so.
				Hans Müller, Meersburg, 4. Dezember 2026
				Endlich wieder pünktlich zur Arbeit.
				Eva Brandt, Hagnau, 4. Dezember 2026""";
		String french = """
				Courrier des lecteurs
				Enfin une bonne nouvelle pour le front de mer.
				Jean Dupont, Saint-Denis, 4 décembre 2026
				Il faudrait aussi penser aux conducteurs.
				Marie Lefèvre, Le Port, 4 décembre 2026""";
		for (String letters : new String[] { german, french }) {
			ParsedArticle article = extract(page(letters));
			assertThat(article.body()).as(letters)
				.endsWith("Commuters welcomed the change.")
				.doesNotContain("Müller", "Brandt", "Dupont", "Lefèvre", "Die Fähre", "Enfin");
		}
	}

	// a letter the story quotes: the story goes on under its signature
	@Test
	void keepsALetterTheStoryQuotes() {
		ParsedArticle article = extract(
				page("""
						The letter
						Please keep the late boat. It is the only way home after a shift.
						Gwen Pascoe, Newlyn, 3 December 2026
						The council said the letter was one of more than two hundred it had received since the cut to the timetable was announced in October."""));
		assertThat(article.body()).contains("Please keep the late boat", "Gwen Pascoe, Newlyn")
			.endsWith("announced in October.");
	}

	// a signature without a date is no letter's under the text this rule reads
	@Test
	void keepsLinesSignedWithoutADate() {
		ParsedArticle article = extract(page("""
				In their words
				The ferry is the best thing about living here.
				Gwen Pascoe, Newlyn"""));
		assertThat(article.body()).contains("The council had cut the timetable",
				"The ferry is the best thing about living here.");
	}

	// letters signed after a dash (review60a)
	@Test
	void endsTheBodyAtLettersSignedAfterADash() {
		ParsedArticle article = extract(page("""
				Your letters
				The ferry is the best thing about living here.
				— Gwen Pascoe, Newlyn, 3 December 2026
				Keep the early boat for the fishermen.
				— R. Trewin, Mousehole, 3 December 2026"""));
		assertThat(article.body()).endsWith("Commuters welcomed the change.")
			.doesNotContain("Your letters", "The ferry is the best", "Pascoe", "Trewin");
	}

	// a single letter signed under a heading at the story's end is one the story quotes
	// (review60a)
	@Test
	void keepsASingleLetterAtTheStoryEnd() {
		ParsedArticle letter = extract(page("""
				The letter
				Dear Ellen, the late boat is the only way home after a shift.
				Please keep it running.
				Gwen Pascoe, Newlyn, 3 December 2026"""));
		assertThat(letter.body()).contains("The letter", "Please keep it running.");
		// signed over two lines (box61)
		ParsedArticle twoLines = extract(page("""
				The letter
				Dear Ellen, the late boat is the only way home after a shift.
				Please keep it running.
				Gwen Pascoe
				Newlyn, 3 December 2026"""));
		assertThat(twoLines.body()).contains("The letter", "Please keep it running.");
	}

	// a signature over two lines, the name on one and the town and date on the next,
	// in English, German and French (box61)
	@ParameterizedTest
	@ValueSource(strings = {
			"Letters|The ferry is the best thing about living here.|Gwen Pascoe|Newlyn, 3 December 2026|Keep the early boat for the fishermen.|R. Trewin|Mousehole, 3 December 2026",
			"Leserbriefe|Die Fähre ist das Beste an unserer Stadt.|Hans Müller|Meersburg, 4. Dezember 2026|Endlich wieder pünktlich zur Arbeit.|Eva Brandt|Hagnau, 4. Dezember 2026",
			"Courrier des lecteurs|Enfin une bonne nouvelle pour le front de mer.|Jean Dupont|Saint-Denis, 4 décembre 2026|Il faudrait aussi penser aux conducteurs.|Marie Lefèvre|Le Port, 4 décembre 2026" })
	void endsTheBodyAtLettersSignedOverTwoLines(String letters) {
		String[] lines = letters.split("\\|");
		ParsedArticle article = extract(page(String.join("\n", lines)));
		assertThat(article.body()).as(lines[0])
			.endsWith("Commuters welcomed the change.")
			.doesNotContain(lines[0], lines[1], lines[2], lines[4], lines[5]);
	}

	// one letter under the files' heading of readers' letters is a reader's, however it
	// is signed (box61); under other words the story quotes it (see below)
	@ParameterizedTest
	@ValueSource(strings = {
			"Letters|Dear editor, the late boat is the only way home after a shift.|Please keep it running.|Gwen Pascoe, Newlyn, 3 December 2026",
			"Letters|Dear editor, the late boat is the only way home after a shift.|Please keep it running.|Gwen Pascoe|Newlyn, 3 December 2026",
			"Leserbrief|Das späte Boot ist der einzige Weg nach Hause nach der Schicht.|Bitte lassen Sie es fahren.|Hans Müller|Meersburg, 4. Dezember 2026",
			"Courrier des lecteurs|Le dernier bateau est le seul moyen de rentrer après le travail.|Gardez-le, s'il vous plaît.|Jean Dupont, Saint-Denis, 4 décembre 2026" })
	void endsTheBodyAtASingleLetterUnderAHeadingOfReadersLetters(String letter) {
		String[] lines = letter.split("\\|");
		assertThat(extract(page(String.join("\n", lines))).body()).as(lines[0])
			.endsWith("Commuters welcomed the change.")
			.doesNotContain(lines[1], lines[2]);
	}

}
