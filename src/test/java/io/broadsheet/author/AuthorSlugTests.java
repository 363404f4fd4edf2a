package io.broadsheet.author;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorSlugTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Tigran Grigoryan|tigran-grigoryan", "tigran grigoryan|tigran-grigoryan",
					"tigran-grigoryan|tigran-grigoryan", "  Emil   Avdaliani |emil-avdaliani",
					"José Díaz-Ñúñez|jose-diaz-nunez", "Jürgen Müller|jurgen-muller", "Иван Петров|ivan-petrov",
					"O’Brien, Seán|o-brien-sean", "%|''", "_|''", "Anne-Marie d'Arc|anne-marie-d-arc" })
	void makesUrlSafeAsciiIdsFromNames(String name, String slug) {
		assertThat(AuthorSlug.of(name)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource({ "Tigran Grigoryan", "Иван Петров", "José Díaz" })
	void slugsAreTheirOwnSlug(String name) {
		String slug = AuthorSlug.of(name);
		assertThat(AuthorSlug.of(slug)).isEqualTo(slug);
	}

}
