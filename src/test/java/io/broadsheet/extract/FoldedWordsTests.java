package io.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import java.util.Random;

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

	@Test
	void answersAsLucenesMapForAFullTable() {
		// Thousands of words, so that most slots where a probe may start are taken and
		// many absent words start where a key does: each word in and out of the table
		// (its case changed, a letter more or less) is answered as Lucene answers it.
		CharArrayMap<Long> lucene = new CharArrayMap<>(5000, true);
		Random random = new Random(42);
		String letters = "abcdefghijklmnopqrstuvwxyzéäöüßиокλ";
		for (int i = 0; i < 5000; i++) {
			lucene.put(word(random, letters), (long) i + 1);
		}
		FoldedWords folded = new FoldedWords(lucene);
		for (int i = 0; i < 20000; i++) {
			String word = word(random, letters);
			for (String asked : List.of(word, word.toUpperCase(Locale.ROOT), word + "s", word.substring(1))) {
				char[] buffer = ("(" + asked + ")").toCharArray();
				Long expected = lucene.get(buffer, 1, asked.length());
				assertThat(folded.get(buffer, 1, asked.length())).as(asked)
					.isEqualTo((expected != null) ? expected : 0L);
			}
		}
	}

	@Test
	void answersAWordHashedAsItWasReadAsItsCharacters() {
		// A block's reader hashes a word from CharTables' entries as it reads it, and
		// passes the hash along: the answer must be the one the word's characters give,
		// for every character below the tables' end, in and out of the table.
		CharArrayMap<Long> lucene = new CharArrayMap<>(0x3000, true);
		for (char c = 0; c < 0x3000; c += 3) {
			lucene.put(new char[] { 'q', c }, (long) c + 1);
		}
		FoldedWords folded = new FoldedWords(lucene);
		for (char c = 0; c < 0x3000; c++) {
			char[] word = { 'Q', c };
			int hash = 0;
			for (char read : word) {
				hash = 31 * hash + CharTables.lowerOf(CharTables.kindAndLower(read));
			}
			assertThat(folded.get(word, 0, 2, hash)).as("U+%04X", (int) c).isEqualTo(folded.get(word, 0, 2));
		}
		assertThat(FoldedWords.hash("ÉTÉ".toCharArray(), 0, 3)).isEqualTo(FoldedWords.hash("été".toCharArray(), 0, 3));
	}

	private static String word(Random random, String letters) {
		char[] word = new char[1 + random.nextInt(4)];
		for (int k = 0; k < word.length; k++) {
			word[k] = letters.charAt(random.nextInt(letters.length()));
		}
		return new String(word);
	}

	private static CharArrayMap<Long> lucene() {
		CharArrayMap<Long> map = new CharArrayMap<>(WORDS.size(), true);
		for (int i = 0; i < WORDS.size(); i++) {
			map.put(WORDS.get(i), 1L << i);
		}
		return map;
	}

}
