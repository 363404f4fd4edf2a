package io.broadsheet.xml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class XmlCharactersTests {

	// Escapes are Java's, written out by the test: \\uXXXX below stands for one char.
	@ParameterizedTest(name = "[{index}] {0} -> first illegal at {1}, kept {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			plain text                     | -1 | plain text
			"tab\\u0009, lines\\u000A\\u000D" | -1 | "tab\\u0009, lines\\u000A\\u000D"
			"a pair \\uD83D\\uDE00 is one"    | -1 | "a pair \\uD83D\\uDE00 is one"
			"bell \\u0007 here"             |  5 | "bell  here"
			"\\u0000 first"                 |  0 | " first"
			"non\\uFFFEcharacter\\uFFFF"     |  3 | noncharacter
			"lone high \\uD800 alone"       | 10 | "lone high  alone"
			"lone low \\uDC00 alone"        |  9 | "lone low  alone"
			"high at the end \\uD83D"       | 16 | "high at the end "
			"dropped before a low \\uFFFE\\uDC00 half" | 21 | "dropped before a low  half"
			"\\uFFFD the last legal one"    | -1 | "\\uFFFD the last legal one"
			""")
	void findsAndDropsWhatXmlCannotHold(String escaped, int firstIllegal, String escapedKept) {
		String text = unescape(escaped);
		assertThat(XmlCharacters.firstIllegal(text)).isEqualTo(firstIllegal);
		assertThat(XmlCharacters.withoutIllegal(text)).isEqualTo(unescape(escapedKept));
	}

	private static String unescape(String escaped) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < escaped.length(); i++) {
			if (escaped.startsWith("\\u", i)) {
				text.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
				i += 5;
			}
			else {
				text.append(escaped.charAt(i));
			}
		}
		return text.toString();
	}

}
