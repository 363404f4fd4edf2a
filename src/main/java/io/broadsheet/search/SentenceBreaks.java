package io.broadsheet.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Where snippets may start and end: at the start of each sentence (after {@code .},
 * {@code !}, {@code ?} or {@code …} and any closing quotes or brackets, followed by a
 * space; right after {@code 。！？}) and of each line.
 * <p>
 * The JDK's sentence instance finds a boundary before an offset by scanning forward from
 * far back; the highlighter asks that of every match, and it took a third of a search's
 * CPU. This one looks only at the characters around the boundary it finds, and passes
 * over a character that cannot come right before a boundary (a letter, a digit, most
 * punctuation) with one table look-up: that test on every character scanned was 13 % of a
 * search's CPU.
 */
final class SentenceBreaks extends BreakIterator {

	/**
	 * For each ASCII character, whether a boundary may follow it: only a space, a closing
	 * mark or a full-width terminator can come right before one (see
	 * {@link #isBoundaryAt(int)}).
	 */
	private static final boolean[] ASCII_MAY_PRECEDE_BOUNDARY = new boolean[128];

	/**
	 * For each ASCII character, whether it is part of a word: neither a space, nor a
	 * closing mark, nor a terminator. A single space after such a character is never
	 * followed by a boundary.
	 */
	private static final boolean[] ASCII_IN_WORD = new boolean[128];

	static {
		for (char c = 0; c < ASCII_MAY_PRECEDE_BOUNDARY.length; c++) {
			ASCII_MAY_PRECEDE_BOUNDARY[c] = mayPrecedeBoundarySlowly(c);
			ASCII_IN_WORD[c] = !isSpace(c) && !isClosing(c) && !isTerminator(c);
		}
	}

	private String text = "";

	/** The text as {@link #getText()} answers it, made once per text. */
	private CharacterIterator textIterator;

	private int current;

	@Override
	public int first() {
		this.current = 0;
		return 0;
	}

	@Override
	public int last() {
		this.current = this.text.length();
		return this.current;
	}

	@Override
	public int next(int n) {
		int result = this.current;
		for (int i = 0; i < n && result != DONE; i++) {
			result = next();
		}
		for (int i = 0; i > n && result != DONE; i--) {
			result = previous();
		}
		return result;
	}

	@Override
	public int next() {
		return following(this.current);
	}

	@Override
	public int previous() {
		return preceding(this.current);
	}

	@Override
	public int following(int offset) {
		check(offset);
		int length = this.text.length();
		for (int i = offset + 1; i < length; i++) {
			if (mayPrecedeBoundary(i) && isBoundaryAt(i)) {
				this.current = i;
				return i;
			}
		}
		if (offset < length) {
			this.current = length;
			return length;
		}
		return DONE;
	}

	@Override
	public int preceding(int offset) {
		check(offset);
		for (int i = offset - 1; i > 0; i--) {
			if (mayPrecedeBoundary(i) && isBoundaryAt(i)) {
				this.current = i;
				return i;
			}
		}
		if (offset > 0) {
			this.current = 0;
			return 0;
		}
		return DONE;
	}

	@Override
	public boolean isBoundary(int offset) {
		check(offset);
		return isBoundaryAt(offset);
	}

	@Override
	public int current() {
		return this.current;
	}

	@Override
	public CharacterIterator getText() {
		// Lucene's length-goal iterator asks for it at every snippet, for its length.
		if (this.textIterator == null) {
			this.textIterator = new StringCharacterIterator(this.text);
		}
		return this.textIterator;
	}

	@Override
	public void setText(String text) {
		this.text = text;
		this.textIterator = null;
		this.current = 0;
	}

	@Override
	public void setText(CharacterIterator text) {
		StringBuilder chars = new StringBuilder(text.getEndIndex() - text.getBeginIndex());
		for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
			chars.append(c);
		}
		setText(chars.toString());
	}

	private void check(int offset) {
		if (offset < 0 || offset > this.text.length()) {
			throw new IllegalArgumentException("offset " + offset + " outside 0.." + this.text.length());
		}
	}

	// A sentence starts at a character that is not a space, after spaces that follow
	// the end of a sentence or hold a line break, or right after a full-width
	// terminator (Chinese and Japanese put no space after one).
	private boolean isBoundaryAt(int offset) {
		if (offset == 0 || offset == this.text.length()) {
			return true;
		}
		char next = this.text.charAt(offset);
		if (isSpace(next)) {
			return false;
		}
		int end = offset - 1;
		if (!isSpace(this.text.charAt(end))) {
			// Closing marks stay with the sentence they close: 「明天呢？」
			if (isClosing(next)) {
				return false;
			}
			while (end >= 0 && isClosing(this.text.charAt(end))) {
				end--;
			}
			return end >= 0 && isFullWidthTerminator(this.text.charAt(end));
		}
		while (end >= 0 && isSpace(this.text.charAt(end))) {
			char space = this.text.charAt(end);
			if (isLineBreak(space)) {
				return true;
			}
			end--;
		}
		while (end >= 0 && isClosing(this.text.charAt(end))) {
			end--;
		}
		return end >= 0 && (isTerminator(this.text.charAt(end)) || isFullWidthTerminator(this.text.charAt(end)));
	}

	// A quick test before isBoundaryAt(offset): false where that is false. Most of the
	// characters it passes are the single spaces between two words, which the
	// boundary test walked back over one at a time: a third of the breaks' CPU.
	private boolean mayPrecedeBoundary(int offset) {
		char before = this.text.charAt(offset - 1);
		if (!mayPrecedeBoundary(before)) {
			return false;
		}
		if (before != ' ' || offset < 2) {
			return true;
		}
		char word = this.text.charAt(offset - 2);
		return word >= ASCII_IN_WORD.length || !ASCII_IN_WORD[word];
	}

	private static boolean mayPrecedeBoundary(char c) {
		return (c < ASCII_MAY_PRECEDE_BOUNDARY.length) ? ASCII_MAY_PRECEDE_BOUNDARY[c] : mayPrecedeBoundarySlowly(c);
	}

	private static boolean mayPrecedeBoundarySlowly(char c) {
		return isSpace(c) || isClosing(c) || isFullWidthTerminator(c);
	}

	// Lucene's highlighter would cut at a paragraph separator between the values of a
	// field; within an article's text it is a line break as well.
	private static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
	}

	// A no-break space after a full stop is common in scraped pages.
	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean isFullWidthTerminator(char c) {
		return c == '。' || c == '！' || c == '？';
	}

	private static boolean isTerminator(char c) {
		return switch (c) {
			case '.', '!', '?', '…', '؟', '।' -> true;
			default -> false;
		};
	}

	private static boolean isClosing(char c) {
		return switch (c) {
			case '"', '\'', ')', ']', '»', '”', '’', '」', '』' -> true;
			default -> false;
		};
	}

}
