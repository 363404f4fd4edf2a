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
 * CPU. This one looks only at the characters around the boundary it finds.
 */
final class SentenceBreaks extends BreakIterator {

	private String text = "";

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
		for (int i = offset + 1; i <= this.text.length(); i++) {
			if (isBoundaryAt(i)) {
				this.current = i;
				return i;
			}
		}
		return DONE;
	}

	@Override
	public int preceding(int offset) {
		check(offset);
		for (int i = offset - 1; i >= 0; i--) {
			if (isBoundaryAt(i)) {
				this.current = i;
				return i;
			}
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
		return new StringCharacterIterator(this.text);
	}

	@Override
	public void setText(String text) {
		this.text = text;
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
			if (space == '\n' || space == '\r') {
				return true;
			}
			end--;
		}
		while (end >= 0 && isClosing(this.text.charAt(end))) {
			end--;
		}
		return end >= 0 && (isTerminator(this.text.charAt(end)) || isFullWidthTerminator(this.text.charAt(end)));
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
