package io.broadsheet.extract;

import java.util.List;

import org.apache.lucene.analysis.CharArrayMap;
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

	private static CharArrayMap<Long> lucene() {
		CharArrayMap<Long> map = new CharArrayMap<>(WORDS.size(), true);
		for (int i = 0; i < WORDS.size(); i++) {
			map.put(WORDS.get(i), 1L << i);
		}
		return map;
	}

}
