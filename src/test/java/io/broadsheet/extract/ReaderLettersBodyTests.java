package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' letters under the text (blind37's Durban page: "Letters" over two letters,
 * each signed on its own line with a name, a town and a date): they end the body, in any
 * language, as a comment thread does. And the look-alikes that stay (box60): a letter the
 * story quotes, the story going on under its signature; a signature without a date.
 */
class ReaderLettersBodyTests extends WholePageTests {

	private static String page(String under) {
		return """
				Coastal Mercury
				News
				Durban
				Letters
				Lifestyle
				Rickshaw pullers get new beaded headdresses for the summer season
				By Sipho Dlamini
				2026/12/03 06:45
				The rickshaw pullers on the beachfront will start the summer season with new headdresses, the first new set in more than ten years.
				Twelve beadworkers from Inanda made the headdresses over four months, each with horns, beads and painted gourds in the old style.
				The season runs until the end of the school holidays.
				%s
				Coastal Mercury
				Contact us
				Advertise
				© 2026 Mercury Coast Media
				"""
			.formatted(under);
	}

	@Test
	void endsTheBodyAtReadersLetters() {
		ParsedArticle article = extract(
				page("""
						Letters
						Rickshaws belong on the beachfront. My father took me for a ride in 1971 and I took my daughter last year.
						Thandeka Zulu, Umhlanga, 3 December 2026
						Pay the pullers properly before buying hats.
						R. Naidoo, Chatsworth, 3 December 2026"""));
		assertThat(article.body()).endsWith("the end of the school holidays.")
			.doesNotContain("Rickshaws belong", "Thandeka Zulu", "Pay the pullers", "Naidoo");
	}

	@Test
	void endsTheBodyAtGermanAndFrenchReadersLetters() {
		String german = """
				Leserbriefe
				Die Fähre ist das Beste an unserer Stadt. Hoffentlich bleibt der Takt so.
				Hans Müller, Meersburg, 4. Dezember 2026""";
		String french = """
				Courrier des lecteurs
				Enfin une bonne nouvelle pour le front de mer.
				Jean Dupont, Saint-Denis, 4 décembre 2026
				Il faudrait aussi penser aux conducteurs.
				Marie Lefèvre, Le Port, 4 décembre 2026""";
		for (String letters : new String[] { german, french }) {
			ParsedArticle article = extract(page(letters));
			assertThat(article.body()).as(letters)
				.endsWith("the end of the school holidays.")
				.doesNotContain("Müller", "Dupont", "Lefèvre", "Die Fähre", "Enfin");
		}
	}

	// a letter the story quotes: the story goes on under its signature
	@Test
	void keepsALetterTheStoryQuotes() {
		ParsedArticle article = extract(
				page("""
						The letter
						Please keep the rickshaws. They are the first thing my children ask to see.
						Thandeka Zulu, Umhlanga, 3 December 2026
						The city's tourism office said the letter was one of more than two hundred it had received since the headdresses were announced in October."""));
		assertThat(article.body()).contains("Please keep the rickshaws", "Thandeka Zulu, Umhlanga")
			.endsWith("announced in October.");
	}

	// a signature without a date is no letter's under the text this rule reads
	@Test
	void keepsLinesSignedWithoutADate() {
		ParsedArticle article = extract(page("""
				In their words
				Rickshaws belong on the beachfront.
				Thandeka Zulu, Umhlanga"""));
		assertThat(article.body()).contains("Twelve beadworkers", "Rickshaws belong on the beachfront.");
	}

}
