package io.broadsheet.corpus.extract;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BylineDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "By Tigran Grigoryan|Tigran Grigoryan", "By Anna Kovacs and Mark Lee|Anna Kovacs;Mark Lee",
					"by Ana Gomez, Luis Ortega and Pia Holm|Ana Gomez;Luis Ortega;Pia Holm",
					"Author: Laura Benedetti|Laura Benedetti",
					"Von Katrin Bauer und Jonas Weber|Katrin Bauer;Jonas Weber", "Par Claire Dubois|Claire Dubois",
					"Por Javier Morales y Lucía Vega|Javier Morales;Lucía Vega", "Автор: Ирина Смирнова|Ирина Смирнова",
					"BY JAMES O'HARA|James O'Hara", "By Sarah Klein in Berlin|Sarah Klein",
					"By Tom Hart, Senior Fellow|Tom Hart", "By Nina Roth · 4 March 2025 · 5 min read|Nina Roth",
					"Written by Omar Haddad|Omar Haddad", "By Mia Chen, mia.chen@example.org|Mia Chen" })
	void readsAuthorsFromBylines(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "By 2023 the relationship had reached its most critical point in decades.",
			"By the way, nobody expected this outcome.", "By Staff", "By Reuters", "By admin", "Photo by John Smith",
			"Von den 30 Teilnehmern kamen nur zwölf.", "Par ailleurs, le gouvernement a annoncé",
			"Por su parte, Madrid", "Posted by admin", "By News Desk", "By Monday Evening, the crowd had gone home." })
	void rejectsLinesThatAreNotBylines(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"(Reporting by Maria Tsvetkova in Moscow; Editing by Peter Graff)|Maria Tsvetkova",
			"Reporting by Ali Kucukgocmen and Daren Butler; Writing by Jonathan Spicer; Editing by Alex Richardson|Ali Kucukgocmen;Daren Butler;Jonathan Spicer",
			"(Additional reporting by Tom Balmforth; Writing by Lidia Kelly; Editing by Michael Perry)|Lidia Kelly" })
	void readsWritersButNotEditorsFromCreditLines(String line, String expected) {
		assertThat(BylineDetector.creditLine(line)).isEqualTo(List.of(expected.split(";")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Edited by Anna Grant", "Editor: Paul Stone", "Photo by Ivan Petrov",
			"Translated by Eva Lind", "Редактор: Олег Иванов" })
	void recognisesEditorAndPhotographerCredits(String line) {
		assertThat(BylineDetector.isEditorLine(line)).isTrue();
		assertThat(BylineDetector.byline(line)).isNull();
	}

}
