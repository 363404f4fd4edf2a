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
