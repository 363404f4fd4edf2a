package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BioDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Emil Avdaliani is a professor of international relations at the European University in Tbilisi.|Emil Avdaliani",
			"Amin Bagheri is a Research Fellow at the International Studies Association in Tehran.|Amin Bagheri",
			"Laura Keller is a senior analyst at the Institute for Security Studies.|Laura Keller",
			"Jonas Weber ist Politikwissenschaftler an der Universität Wien.|Jonas Weber",
			"Claire Dubois est chercheuse associée à l’IFRI.|Claire Dubois",
			"Javier Morales es periodista y analista político.|Javier Morales",
			"Ирина Смирнова — политолог, эксперт Валдайского клуба.|Ирина Смирнова",
			"Tom Hart, a former diplomat, writes about the Caucasus.|Tom Hart",
			"Nina Holt, a health reporter at the Dale Courier, covers hospitals. She said she has never owned a car.|Nina Holt",
			"Jo Park is a professor of law who told the inquiry she would stay on.|Jo Park",
			// a verb of saying in a book's title or after an auxiliary is the bio's own
			// (review40a)
			"Amira Haddad, a journalist based in Beirut, is the author of \"What the River Said\", a book about the Litani.|Amira Haddad",
			"Tom Reyes, a freelance reporter, has told stories from the Sahel for the Courier since 2015.|Tom Reyes" })
	void readsNameFromBioSentence(String paragraph, String name) {
		assertThat(BioDetector.bioName(paragraph)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Russia is a difficult partner for Armenia and has been for years.",
			"Prime Minister Nikol Pashinyan is a former journalist.", "The country is a member of the CSTO.",
			"Armenia’s Prime Minister is a reformer, analysts say.", "Emil Avdaliani is happy to pay." })
	void rejectsSentencesThatAreNotBios(String paragraph) {
		assertThat(BioDetector.bioName(paragraph)).isNull();
	}

	// A role set beside the name, then what the person said: a quote's introduction in
	// the text, however often it stands last ("Dr Anita Rao, the board's director …,
	// said: …").
	@ParameterizedTest
	@ValueSource(strings = {
			"Dr Mara Quist, the trust's director of nursing, said: \"Winter is always the hardest time for our wards.\"",
			"Leo Brandt, a professor of economics at Tamsin University, told the committee the figures were wrong.",
			"Ruth Amsel \u2014 a senior analyst at the Harbour Institute \u2014 explained that prices would fall.",
			"Ola Berg, a researcher at the Fjord Institute, also told the panel the data were thin." })
	void rejectsAQuotesIntroductionThatSetsTheRoleBesideTheName(String paragraph) {
		assertThat(BioDetector.bioName(paragraph)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "About the author:", "About the Authors", "Über den Autor", "Об авторе",
			"À propos de l’auteur", "Sobre el autor" })
	void recognisesAboutTheAuthorHeadings(String line) {
		assertThat(BioDetector.isAboutHeading(line)).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = "About the author: Amin Bagheri is a Research Fellow.|Amin Bagheri is a Research Fellow.")
	void readsTextAfterInlineAboutLabel(String line, String expected) {
		assertThat(BioDetector.afterAboutLabel(line)).isEqualTo(expected);
	}

}
