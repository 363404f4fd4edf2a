package io.broadsheet.extract;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Tigran Grigoryan|Tigran Grigoryan", "Dr. Jane Smith|Jane Smith",
			"JOHN SMITH|John Smith", "Ludwig van Beethoven|Ludwig van Beethoven", "Jean-Luc O’Neill|Jean-Luc O’Neill",
			"J. R. Tolkien|J. R. Tolkien", "Сергей Лавров|Сергей Лавров", "Anna Müller.|Anna Müller",
			"María José Pérez|María José Pérez",
			// scripts without capitals: letters, their marks, the Persian non-joiner
			"أحمد خالد|أحمد خالد", "राहुल शर्मा|राहुल शर्मा", "สมชาย ใจดี|สมชาย ใจดี", "علی‌رضا کریمی|علی‌رضا کریمی",
			// Bengali, Tamil; Georgian's letters are lower case to Unicode, but uncased
			"তানভীর আহমেদ|তানভীর আহমেদ", "சுரேஷ் குமார்|சுரேஷ் குமார்", "ნინო ბერიძე|ნინო ბერიძე",
			// Filipino particles
			"Juan dela Cruz|Juan dela Cruz", "Maria delos Santos|Maria delos Santos",
			// "der" after another particle; compounds and initials of a person's name
			"Ursula von der Leyen|Ursula von der Leyen", "Rafael van der Vaart|Rafael van der Vaart",
			"Ahmed El-Sayed|Ahmed El-Sayed", "J.R. Moehringer|J.R. Moehringer" })
	void acceptsPersonNames(String candidate, String expected) {
		assertThat(PersonNames.clean(candidate)).isEqualTo(expected);
	}

	// review61a: a given name "Y" in capitals (Ede's "Y Moan Niê", Vietnamese, Korean) is
	// no joining "y", wherever it stands.
	@ParameterizedTest
	@ValueSource(strings = { "Nguyễn Y Vân", "Y Moan Niê", "Kim Y Jin" })
	void acceptsAGivenNameY(String candidate) {
		assertThat(PersonNames.clean(candidate)).isEqualTo(candidate);
	}

	// sign36: an initial of a script without capitals before the given name, as Tamil
	// bylines write the father's ("க. சரவணன்"); Arabic's "د." is "Dr.", no initial.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "க. சரவணன்|க. சரவணன்", "மு.க. ஸ்டாலின்|மு.க. ஸ்டாலின்",
			"எஸ். ராமகிருஷ்ணன்|எஸ். ராமகிருஷ்ணன்", "د. محمد علي|محمد علي" })
	void acceptsInitialsOfScriptsWithoutCapitals(String candidate, String expected) {
		assertThat(PersonNames.clean(candidate)).isEqualTo(expected);
	}

	// writers61: "y" right after a name's first word joins two nouns (a Spanish
	// section's name) or is Welsh's article, no particle of a name; after a given name
	// and a surname it joins the second surname.
	@ParameterizedTest
	@ValueSource(strings = { "Cultura y Ocio", "Ciencia y Tecnología", "Vida y Estilo", "Llais y Fro",
			"Salud y Bienestar", "Deportes y Motor" })
	void refusesTwoWordsJoinedByY(String candidate) {
		assertThat(PersonNames.clean(candidate)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "José Ortega y Gasset", "Santiago Ramón y Cajal", "María José y Pérez" })
	void acceptsASecondSurnameJoinedByY(String candidate) {
		assertThat(PersonNames.clean(candidate)).isEqualTo(candidate);
	}

	// sign36: a word that ends a sentence with its dot (a long one, or a short one after
	// the others: Pashto's "دی.", is), a dot alone, a Chinese name with a dot are no
	// initials.
	@ParameterizedTest
	@ValueSource(
			strings = { "அவர் வந்தார்.", "சென்னையில் மழை.", ". சரவணன்", "张. 王芳", "க", "ډېر ښه کار دی.", "சரவணன் க." })
	void refusesWordsWithADotAsInitials(String candidate) {
		assertThat(PersonNames.clean(candidate)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Staff", "Reuters", "News Staff", "CEPA Staff", "Senior Fellow", "the editors",
			"Associated Press", "Admin", "John Doe", "Prime Minister Nikol Pashinyan", "2023 the relationship",
			"Madonna", "far the largest", "Our Correspondent", "Center for European Policy Analysis",
			"A Very Long Sequence Of Capitalised Words Here", "john smith", "NATO Summit",
			// a role of a bio in any language ("bio.roles"), not a surname
			"Investigadora Principal", "Chercheuse Associée", "Jane Historian",
			// Chinese, Japanese and Korean names are one word each, not two words
			"张伟 王芳", "東京 大阪", "김민수 이서연", "أحمد 12",
			// an outlet's or an organisation's word ("byline.outlet-words"), alone or in
			// a
			// compound
			"Auto Zeitung", "Agencia Reforma", "Liberales Institut", "Riverside Newsroom", "Von Campact-Team",
			"MTB-News User Award",
			// a web address; German's article between two nouns
			"NU.nl Beeld", "Protokoll der Vorstandssitzung",
			// the label of a publication or revision date ("date.published",
			// "date.updated")
			"Letzte Aktualisierung", "Última Actualización", "Article Modifié" })
	void rejectsWhatIsNotOnePersonsName(String candidate) {
		assertThat(PersonNames.clean(candidate)).isNull();
	}

	// The candidate's words are cut as the pattern " +" cuts them: runs of spaces are one
	// cut, a part before a leading space, none after a trailing one; a tab or a no-break
	// space cuts nothing.
	@ParameterizedTest
	@ValueSource(strings = { "Jane Roe", "Jane   Roe", " Jane Roe", "  Jane Roe", "Jane Roe ", "Jane Roe   ",
			"  Jane  van der  Roe  ", "Jane", "", " ", "   ", "Jane\tRoe", "Jane\u00a0Roe", "Jane \t Roe" })
	void cutsWordsAsTheSpacesPatternDoes(String text) {
		assertThat(PersonNames.spaceSeparated(text)).containsExactly(Pattern.compile(" +").split(text));
	}

	// lang35: a name of one word, which a label vouches for: an initial glued by its dot
	// (Mongolian), a Burmese name
	@ParameterizedTest
	@ValueSource(strings = { "Б.Сарантуяа", "Ж.Бат-Эрдэнэ", "ဇော်မင်းထွန်း" })
	void acceptsOneWordNames(String candidate) {
		assertThat(PersonNames.oneWordName(candidate)).isEqualTo(candidate);
	}

	// Abbreviations and addresses with a dot, a word in capitals after an initial, a
	// Burmese sentence (its mark "။"), a Burmese word of one letter, two words
	@ParameterizedTest
	@ValueSource(strings = { "U.S.", "Б.НАТО", "J.Staff", "news.mn", "Amazon.Com", "ဖြစ်သည်။", "က",
			"Б.Сарантуяа Б.Болд", "Madonna", "ရန်ကုန်1" })
	void refusesOneWordLookAlikes(String candidate) {
		assertThat(PersonNames.oneWordName(candidate)).isNull();
	}

}
