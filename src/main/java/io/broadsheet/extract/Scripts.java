package io.broadsheet.extract;

import java.lang.Character.UnicodeScript;

/**
 * The writing systems some checks treat apart, grouped as each check means them, so that
 * every caller says which group it asks about: Chinese, Japanese and Korean write a name
 * as one word ({@link #isCjk}); Chinese, Japanese, Thai and Khmer write no spaces between
 * words ({@link #isWrittenWithoutSpaces}); Chinese and Japanese alone run a sentence on
 * with so few spaces that it would pass for a headline ({@link #isChineseOrJapanese});
 * Ethiopic writes a syllable a character ({@link #isEthiopicSyllable}).
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

	// The Ethiopic syllables: U+1200 to U+135A, a row of eight for each consonant.
	private static final int ETHIOPIC_FIRST = 0x1200;

	private static final int ETHIOPIC_LAST = 0x135A;

	// The syllables of a consonant's row, and the place in it of the one that carries
	// no vowel (the sixth form, "ት" of "ምርት").
	private static final int ETHIOPIC_ROW = 8;

	private static final int ETHIOPIC_VOWELLESS = 5;

	/**
	 * Whether the character is an Ethiopic syllable (Amharic, Tigrinya): a script whose
	 * letters are syllables, each a consonant and its vowel in one character, so that a
	 * word takes half as many characters as a word of an alphabet ("ምርት", production,
	 * three).
	 */
	static boolean isEthiopicSyllable(int codePoint) {
		return codePoint >= ETHIOPIC_FIRST && codePoint <= ETHIOPIC_LAST;
	}

	/**
	 * The consonant of an Ethiopic syllable that carries no vowel (its sixth form), or -1
	 * for any other character: an ending that opens with a vowel fuses with such a last
	 * syllable into another character of its consonant's row ("ምርት" and "ምርቱ", the
	 * production), where a word that ends in a vowel takes its endings after it ("ቡና",
	 * "ቡናው"). Unicode sets each consonant's syllables in a row of eight, the vowelless
	 * one sixth.
	 */
	static int vowellessConsonant(int codePoint) {
		return (isEthiopicSyllable(codePoint) && (codePoint - ETHIOPIC_FIRST) % ETHIOPIC_ROW == ETHIOPIC_VOWELLESS)
				? (codePoint - ETHIOPIC_FIRST) / ETHIOPIC_ROW : -1;
	}

	/** The consonant's row of an Ethiopic syllable, or -1 for any other character. */
	static int ethiopicConsonant(int codePoint) {
		return isEthiopicSyllable(codePoint) ? (codePoint - ETHIOPIC_FIRST) / ETHIOPIC_ROW : -1;
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
