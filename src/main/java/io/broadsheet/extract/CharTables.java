package io.broadsheet.extract;

/**
 * Character properties below U+3000 (the alphabets and the Indic scripts, no surrogates)
 * read from tables built once: the JDK answers {@link Character#toLowerCase(char)} and
 * {@link Character#isWhitespace(char)} (and {@link Character#isLetter(char)}) through its
 * character data classes for every character outside ASCII, and pages in Cyrillic, Greek
 * or accented Latin ask for nearly every letter. Same answers as the JDK's, only from an
 * array.
 */
final class CharTables {

	/** Characters below this are in the tables. */
	static final int TABLED = 0x3000;

	private static final char[] LOWER = new char[TABLED];

	private static final boolean[] WHITESPACE = new boolean[TABLED];

	private static final boolean[] LETTER = new boolean[TABLED];

	/** {@link #letterOrDigit(char)}'s answer for a letter. */
	static final int LETTER_KIND = 1;

	/** {@link #letterOrDigit(char)}'s answer for a digit. */
	static final int DIGIT_KIND = 2;

	// LETTER_KIND, DIGIT_KIND or 0: a block's words are read with one look-up a character
	private static final byte[] KIND = new byte[TABLED];

	// KIND and LOWER in one entry a character (see kindAndLower): a block's words are
	// read and hashed for the stop-word look-up with one load a character
	private static final int[] KIND_AND_LOWER = new int[TABLED];

	/**
	 * Set in {@link #kindAndLower(char)}'s entry for a character past the tables, whose
	 * lower case the entry does not hold.
	 */
	static final int UNTABLED = 1 << 24;

	static {
		for (int c = 0; c < TABLED; c++) {
			int folded = Character.toLowerCase(c);
			if (folded > Character.MAX_VALUE) {
				throw new IllegalStateException("U+" + Integer.toHexString(c) + " lower-cases outside the BMP");
			}
			LOWER[c] = (char) folded;
			WHITESPACE[c] = Character.isWhitespace(c);
			LETTER[c] = Character.isLetter(c);
			KIND[c] = (byte) (Character.isLetter(c) ? LETTER_KIND : Character.isDigit(c) ? DIGIT_KIND : 0);
			KIND_AND_LOWER[c] = (KIND[c] << 16) | LOWER[c];
		}
	}

	private CharTables() {
	}

	/** {@link Character#toLowerCase(char)}, from the table below {@link #TABLED}. */
	static char toLowerCase(char c) {
		return (c < TABLED) ? LOWER[c] : Character.toLowerCase(c);
	}

	/** {@link Character#isWhitespace(char)}, from the table below {@link #TABLED}. */
	static boolean isWhitespace(char c) {
		return (c < TABLED) ? WHITESPACE[c] : Character.isWhitespace(c);
	}

	/** {@link Character#isLetter(char)}, from the table below {@link #TABLED}. */
	static boolean isLetter(char c) {
		return (c < TABLED) ? LETTER[c] : Character.isLetter(c);
	}

	/**
	 * {@link #LETTER_KIND} for a letter ({@link Character#isLetter(char)}),
	 * {@link #DIGIT_KIND} for a digit ({@link Character#isDigit(char)}), else 0.
	 */
	static int letterOrDigit(char c) {
		if (c < TABLED) {
			return KIND[c];
		}
		return Character.isLetter(c) ? LETTER_KIND : Character.isDigit(c) ? DIGIT_KIND : 0;
	}

	/**
	 * {@link #letterOrDigit(char)} and, below {@link #TABLED},
	 * {@link Character#toLowerCase(char)} in one entry: the kind is {@link #kindOf(int)},
	 * the lower case {@link #lowerOf(int)}; a character past the tables has
	 * {@link #UNTABLED} set and no lower case in its entry.
	 */
	static int kindAndLower(char c) {
		if (c < TABLED) {
			return KIND_AND_LOWER[c];
		}
		return (letterOrDigit(c) << 16) | UNTABLED;
	}

	/** The {@link #letterOrDigit(char) kind} in a {@link #kindAndLower(char)} entry. */
	static int kindOf(int entry) {
		return (entry >>> 16) & 0xFF;
	}

	/**
	 * The lower case in a {@link #kindAndLower(char)} entry, if it holds one (no
	 * {@link #UNTABLED}), else 0.
	 */
	static char lowerOf(int entry) {
		return (char) entry;
	}

	/**
	 * {@link Character#toLowerCase(char)} of a character below {@link #TABLED}, for a
	 * caller that has checked the bound itself.
	 */
	static char lowerTabled(char c) {
		return LOWER[c];
	}

}
