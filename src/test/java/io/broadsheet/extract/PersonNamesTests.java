package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Tigran Grigoryan|Tigran Grigoryan", "Dr. Jane Smith|Jane Smith", "JOHN SMITH|John Smith",
					"Ludwig van Beethoven|Ludwig van Beethoven", "Jean-Luc O’Neill|Jean-Luc O’Neill",
					"J. R. Tolkien|J. R. Tolkien", "Сергей Лавров|Сергей Лавров", "Anna Müller.|Anna Müller",
					"María José Pérez|María José Pérez" })
	void acceptsPersonNames(String candidate, String expected) {
		assertThat(PersonNames.clean(candidate)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Staff", "Reuters", "News Staff", "CEPA Staff", "Senior Fellow", "the editors",
			"Associated Press", "Admin", "John Doe", "Prime Minister Nikol Pashinyan", "2023 the relationship",
			"Madonna", "far the largest", "Our Correspondent", "Center for European Policy Analysis",
			"A Very Long Sequence Of Capitalised Words Here", "john smith", "NATO Summit" })
	void rejectsWhatIsNotOnePersonsName(String candidate) {
		assertThat(PersonNames.clean(candidate)).isNull();
	}

}
