package io.broadsheet.extract;

import java.util.List;

import org.apache.lucene.analysis.CharArrayMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast stop-word table must answer exactly as the Lucene map it copies: same words,
 * same case folding, in every script, for a word anywhere in a buffer.
 */
class FoldedWordsTests {

	private static final List<String> WORDS = List.of("the", "der", "и", "été", "ΚΑΙ", "ﬁ", "𐐨𐐩", "straße",
			"İstanbul", "a");

	private static final CharArrayMap<Long> LUCENE = lucene();

	private static final FoldedWords FOLDED = new FoldedWords(LUCENE);

	@ParameterizedTest
	@ValueSource(strings = { "the", "The", "THE", "tHe", "der", "DER", "и", "И", "été", "ÉTÉ", "Été", "και", "ΚΑΙ", "ﬁ",
			"𐐨𐐩", "𐐀𐐁", "straße", "STRASSE", "Straße", "istanbul", "i̇stanbul", "İstanbul", "a", "A", "", "th",
			"thee", "ete", "and", "𐐨" })
	void answersAsLucenesCaseIgnoringMapDoes(String word) {
		String padded = "«" + word + "»";
		char[] buffer = padded.toCharArray();
		Long expected = LUCENE.get(buffer, 1, word.length());
		assertThat(FOLDED.get(buffer, 1, word.length())).isEqualTo((expected != null) ? expected : 0L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The", "И", "ÉTÉ", "ΚΑΙ", "𐐀𐐁" })
	void findsStopWordsWhateverTheirCase(String word) {
		assertThat(FOLDED.get(word.toCharArray(), 0, word.length())).isNotZero();
	}

	@Test
	void foldsEveryCharacterOfItsTableAsLuceneDoes() {
		// Words of one character, upper and lower case, of every character below U+3000
		// (those folded from a table): both maps must hold and find the same.
		CharArrayMap<Long> lucene = new CharArrayMap<>(0x3000, true);
		for (char c = 0; c < 0x3000; c++) {
			lucene.put(new char[] { 'x', c }, (long) c + 1);
		}
		FoldedWords folded = new FoldedWords(lucene);
		for (char c = 0; c < 0x3000; c++) {
			char[] word = { 'X', c };
			Long expected = lucene.get(word, 0, 2);
			assertThat(folded.get(word, 0, 2)).as("U+%04X", (int) c).isEqualTo((expected != null) ? expected : 0L);
		}
	}

	private static CharArrayMap<Long> lucene() {
		CharArrayMap<Long> map = new CharArrayMap<>(WORDS.size(), true);
		for (int i = 0; i < WORDS.size(); i++) {
			map.put(WORDS.get(i), 1L << i);
		}
		return map;
	}

}
