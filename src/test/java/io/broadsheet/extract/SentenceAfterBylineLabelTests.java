package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round meta57: a sentence that opens with a preposition which is also a byline's label
 * ("By", "Par", "Door", "Di", "Av", "Von") before a feast's or a time's two capitalised
 * words, and runs on after them in lower case to its full stop, is no byline: main read
 * the feast as the writer ("By Christmas Eve the stall had sold every wreath it made."
 * named "Christmas Eve"). A byline's words after the name are a place, a date or a time
 * with its figures, a surname a particle opens, and no full stop closes them.
 */
class SentenceAfterBylineLabelTests extends WholePageTests {

	// Each named the feast or the time as the writer on main.
	@ParameterizedTest
	@ValueSource(strings = { "By Christmas Eve the stall had sold every wreath it made.",
			"By Boxing Day snow lay across the whole county.", "By New Year the council expects the bridge to reopen.",
			"By Labor Day the pool will close for the season.",
			"Par Saint Valentin les fleuristes étaient déjà débordés.",
			"Door Koningsdag Avond waren alle terrassen vol.", "Di Natale Scorso si ricordano ancora le code.",
			"Av Midsommar Afton var alla stugor uthyrda.", "Von Ostern Montag an bleibt die Brücke gesperrt." })
	void aSentenceRunningOnAfterTheLabelsCapitalisedWordsNamesNoOne(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	// Near misses, read as before: a place after the name (byline.place-words), a date
	// and time with figures, a name alone with its full stop, a role after a comma.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "By Kate Mercer in London and Arjun Desai in Mumbai.|Kate Mercer, Arjun Desai",
					"By Chris Doyle at Marsh Lane.|Chris Doyle",
					"By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.|Louis Jacobson",
					"Von Moritz Bachmann publiziert am 25. September 2018|Moritz Bachmann",
					"By Tatyana Turner.|Tatyana Turner", "By Tom Hale, staff writer|Tom Hale",
					"Par Sophie Martin et Pierre-Yves Le Gall|Sophie Martin, Pierre-Yves Le Gall" })
	void aBylinesWordsAfterTheNameAreNoSentence(String line, String names) {
		assertThat(BylineDetector.byline(line)).isEqualTo(List.of(names.split(", ")));
	}

	// review57c: a byline whose name is followed by its outlet in lower case, after the
	// languages' "with" or "for" (byline.place-words, byline.writer-places), ends with a
	// full stop and runs on three words: main's head read it as a sentence and named no
	// one, in Dutch, Italian, French, German, Spanish and Czech.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Door Anna Bakker voor de redactie.|Anna Bakker",
			"Door Anna de Vries voor de redactie.|Anna de Vries", "Di Mario Rossi per il nostro giornale.|Mario Rossi",
			"Par Jean Dupont avec l'AFP et Reuters.|Jean Dupont",
			"Von Anna Schmidt mit Material von dpa und Reuters.|Anna Schmidt",
			"Par Jean Dupont, avec la rédaction.|Jean Dupont",
			"Por María López con información de agencias.|María López",
			"Di Mario Rossi con la collaborazione della redazione.|Mario Rossi",
			"Door Anna Bakker met medewerking van de redactie.|Anna Bakker",
			"Autor: Jan Novák pro naši redakci zpráv.|Jan Novák" })
	void aBylinesOutletAfterTheLanguagesWithOrForIsNoSentence(String line, String names) {
		assertThat(BylineDetector.byline(line)).isEqualTo(List.of(names.split(", ")));
	}

	// Whole pages with no byline, the sentence in the text (main: the feast as the
	// writer), in English, French and Dutch.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Egg prices climb ahead of the holiday|4 April 2026|Shoppers in Marlow found egg prices up by a third on Saturday as farms struggled to keep up with demand.|By Christmas Eve the stall had sold every wreath it made.|Traders said the rise would not last beyond the end of the month.",
			"Les fleuristes de Rennes manquent de roses|14 février 2026|Les fleuristes du centre de Rennes ont reçu deux fois moins de roses que l'an dernier, à cause du froid en Espagne.|Par Saint Valentin les fleuristes étaient déjà débordés dès le matin.|Certains ont proposé des tulipes à la place des roses.",
			"Terrassen in Utrecht open tot middernacht|27 april 2026|De gemeente Utrecht liet de terrassen in de binnenstad dit jaar een uur langer open.|Door Koningsdag Avond waren alle terrassen aan de Oudegracht vol.|Volgend jaar wil de gemeente dezelfde regel houden." })
	void aPageWhoseTextHasTheSentenceHasNoWriter(String headline, String date, String first, String sentence,
			String last) {
		ParsedArticle article = extract(String.join("\n\n", "Local", headline, date, first, sentence, last, "Share"));
		assertThat(article.title().value()).isEqualTo(headline);
		assertThat(article.authors()).isNull();
		assertThat(article.body()).contains(sentence);
	}

}
