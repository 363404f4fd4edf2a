package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A block's words are read and hashed for the stop-word look-up in one pass: each word's
 * bits must be those its characters give when looked up alone, in every script, with
 * digits in a word, characters past the case tables and surrogate pairs.
 */
class ParagraphWordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "The council and the mayor said that it was over.",
			"THE COUNCIL AND THE MAYOR: ÉTÉ été, и И, και ΚΑΙ, der DER Straße",
			"In 2024 the 3rd round and the2nd x3y were 10am of the day",
			"語の and 日本語 the ｔｈｅ ＴＨＥ and 𐐀𐐁 the 𐐨𐐩 and ﬁ of İstanbul", "— the — and… «of» (in) [to] \"a\" 'an' ’s",
			"" })
	void looksUpEachWordAsItsCharactersGive(String text) {
		char[] chars = text.toCharArray();
		Paragraph.Words words = new Paragraph(text, 1).words(chars, Integer.MAX_VALUE);
		List<int[]> runs = runs(chars, true);
		assertThat(words.count()).isEqualTo(runs.size());
		for (int k = 0; k < runs.size(); k++) {
			int[] run = runs.get(k);
			assertThat(words.start(k)).isEqualTo(run[0]);
			assertThat(words.end(k)).isEqualTo(run[1]);
			assertThat(words.bits(k)).as(text.substring(run[0], run[1]))
				.isEqualTo(StopWords.bitsOf(chars, run[0], run[1] - run[0]));
		}
		List<int[]> densityWords = runs(chars, false);
		assertThat(words.densityWords()).isEqualTo(densityWords.size());
		for (int k = 0; k < densityWords.size(); k++) {
			int[] word = densityWords.get(k);
			assertThat(words.densityBits(k)).as(text.substring(word[0], word[1]))
				.isEqualTo(StopWords.bitsOf(chars, word[0], word[1] - word[0]));
		}
	}

	// The runs of letters, or of letters and digits, told character by character.
	private static List<int[]> runs(char[] chars, boolean lettersOnly) {
		List<int[]> runs = new ArrayList<>();
		int from = -1;
		for (int i = 0; i <= chars.length; i++) {
			boolean in = i < chars.length
					&& (Character.isLetter(chars[i]) || !lettersOnly && Character.isDigit(chars[i]));
			if (in && from < 0) {
				from = i;
			}
			else if (!in && from >= 0) {
				runs.add(new int[] { from, i });
				from = -1;
			}
		}
		return runs;
	}

}
