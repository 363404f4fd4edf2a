package io.broadsheet.search;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.broadsheet.search.TextQuery.Group;
import io.broadsheet.search.TextQuery.Kind;
import io.broadsheet.search.TextQuery.Term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextQueryParserTests {

	@Test
	void readsWordsPhrasesExclusionsPrefixesAndAlternatives() {
		TextQuery query = TextQuery.parse("Lavrov \"South Caucasus\" -Moscow negotiat* Armenia OR Georgia");
		assertThat(query.groups()).containsExactly(group(false, new Term("Lavrov", Kind.WORD)),
				group(false, new Term("South Caucasus", Kind.PHRASE)), group(true, new Term("Moscow", Kind.WORD)),
				group(false, new Term("negotiat", Kind.PREFIX)),
				group(false, new Term("Armenia", Kind.WORD), new Term("Georgia", Kind.WORD)));
	}

	@Test
	void takesLowerCaseOrAsAWord() {
		assertThat(TextQuery.parse("war or peace").groups()).hasSize(3);
	}

	@Test
	void readsUpTo32WordsAndPhrasesAndSaysSoBeyond() {
		String words = IntStream.rangeClosed(1, 30).mapToObj((i) -> "word" + i).collect(Collectors.joining(" "));
		assertThat(TextQuery.parse(words + " \"a phrase\" last").groups()).hasSize(32);
		// Each alternative of OR counts: it is looked for as often as a word.
		assertThat(TextQuery.parse(words + " one OR two").groups()).hasSize(31);
		assertThatExceptionOfType(QuerySyntaxException.class)
			.isThrownBy(() -> TextQuery.parse(words + " one two OR three"))
			.withMessage("too many words: at most 32 words and phrases, this query has 33 at position 0");
	}

	@Test
	void excludesAPhrase() {
		assertThat(TextQuery.parse("Armenia -\"peace treaty\"").groups().get(1))
			.isEqualTo(group(true, new Term("peace treaty", Kind.PHRASE)));
	}

	@Test
	void leavesOutPunctuationThatIsNoWord() {
		assertThat(TextQuery.parse("Armenia & Azerbaijan").groups()).hasSize(2);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			Armenia "South              | 8  | unclosed quote
			OR Armenia                  | 0  | OR needs a term before it
			Armenia OR                  | 8  | OR needs a term after it
			Armenia OR OR Georgia       | 11 | OR needs a term after it
			Armenia - Georgia           | 8  | '-' must be followed
			Armenia -Russia OR Georgia  | 8  | an excluded term cannot be one of the alternatives of OR
			Armenia OR -Georgia         | 11 | an excluded term cannot be one of the alternatives of OR
			a*                          | 1  | '*' needs at least 2 characters before it
			Arm*nia                     | 3  | '*' may only end a word
			Armenia ""                  | 8  | empty phrase
			"South Caucasus"Armenia     | 16 | a closing quote must be followed by a space
			&& !!                       | 0  | no words to search for
			`   `                       | 0  | empty query
			""")
	void reportsWhatItCannotReadWithThePosition(String text, int position, String problem) {
		assertThatExceptionOfType(QuerySyntaxException.class).isThrownBy(() -> TextQuery.parse(text))
			.satisfies((ex) -> assertThat(ex.getPosition()).isEqualTo(position))
			.withMessageStartingWith(problem)
			.withMessageEndingWith("at position " + position);
	}

	private static Group group(boolean excluded, Term... alternatives) {
		return new Group(List.of(alternatives), excluded);
	}

}
