package io.broadsheet.extract;

import java.lang.Character.UnicodeScript;

/**
 * The writing systems some checks treat apart, grouped as each check means them, so that
 * every caller says which group it asks about: Chinese, Japanese and Korean write a name
 * as one word ({@link #isCjk}); Chinese, Japanese, Thai and Khmer write no spaces between
 * words ({@link #isWrittenWithoutSpaces}); Chinese and Japanese alone run a sentence on
 * with so few spaces that it would pass for a headline ({@link #isChineseOrJapanese}).
 */
final class Scripts {

	// Thai, the first of the scripts named here, starts at U+0E00: a character below it
	// is none of them, answered without the search of the Unicode script table.
	private static final int FIRST = 0x0E00;

	private Scripts() {
	}

	/** Whether the character is Han, Hiragana or Katakana: Chinese or Japanese. */
	static boolean isChineseOrJapanese(int codePoint) {
		if (codePoint < FIRST) {
			return false;
		}
		return isChineseOrJapanese(UnicodeScript.of(codePoint));
	}

	/** Whether the script is Han, Hiragana or Katakana: Chinese's or Japanese's. */
	static boolean isChineseOrJapanese(UnicodeScript script) {
		return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
	}

	/**
	 * Whether the character is Han, Hangul, Hiragana or Katakana: Chinese, Japanese or
	 * Korean, whose names are single words without spaces.
	 */
	static boolean isCjk(int codePoint) {
		if (codePoint < FIRST) {
			return false;
		}
		UnicodeScript script = UnicodeScript.of(codePoint);
		return script == UnicodeScript.HAN || script == UnicodeScript.HANGUL || script == UnicodeScript.HIRAGANA
				|| script == UnicodeScript.KATAKANA;
	}

	/**
	 * Whether the text is written in Chinese, Japanese or Korean: its first letter is.
	 */
	static boolean startsCjk(String text) {
		return !text.isEmpty() && isCjk(text.codePointAt(0));
	}

	/**
	 * How many letters of the character's script a word takes, where the script writes no
	 * space between words, or 0 where it does (or the character is none of those
	 * scripts): two Han or kana characters (Chinese, Japanese), two Burmese letters,
	 * three Thai, Lao or Khmer ones. Counted over the open sets' labelled titles and
	 * paragraphs against a dictionary's word breaks: 1.6-1.7 characters a word in Chinese
	 * and Japanese, 2.1 letters in Burmese, 3.1-3.7 in Thai, Lao and Khmer. Letters, not
	 * characters: the vowel signs and tone marks those scripts set over, under and beside
	 * a consonant are marks, and a Thai word of three letters takes four or five
	 * characters. Lao and Burmese space phrases, not words, so a headline in them is no
	 * more words than it has spaces either.
	 */
	static int lettersPerWord(int codePoint) {
		if (codePoint < FIRST) {
			return 0;
		}
		return switch (UnicodeScript.of(codePoint)) {
			case HAN, HIRAGANA, KATAKANA, MYANMAR -> 2;
			case THAI, LAO, KHMER -> 3;
			default -> 0;
		};
	}

	/**
	 * Whether the character is of a script written without spaces between words: Han,
	 * Hiragana, Katakana (Chinese, Japanese), Thai or Khmer. A word there is no run of
	 * letters between spaces, so such text is measured by its characters.
	 */
	static boolean isWrittenWithoutSpaces(int codePoint) {
		if (codePoint < FIRST) {
			return false;
		}
		UnicodeScript script = UnicodeScript.of(codePoint);
		return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
				|| script == UnicodeScript.THAI || script == UnicodeScript.KHMER;
	}

}
