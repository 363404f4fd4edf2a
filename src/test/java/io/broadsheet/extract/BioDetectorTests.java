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
			"Tom Hart, a former diplomat, writes about the Caucasus.|Tom Hart" })
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
