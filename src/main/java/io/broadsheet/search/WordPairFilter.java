package io.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns the terms of a body into the pairs of terms next to each other ({@code a b c}
 * becomes {@code a b} and {@code b c}), each pair one term of the word-pair field that
 * {@link WordPairQuery} reads instead of checking a two-word phrase's positions.
 * <p>
 * Two terms make a pair only when the second comes right after the first (a position
 * increment of one), as {@code ExactPhraseMatcher} requires of a phrase's words: a gap (a
 * token too long for the tokenizer) makes no pair across it. Our analysis never stacks
 * two terms at one position, which a pair of consecutive tokens relies on.
 */
final class WordPairFilter extends TokenFilter {

	/**
	 * Between the two terms of a pair: the tokenizer never puts a space inside a term, so
	 * a pair is never one term of its own, and the two halves never run together.
	 */
	static final char SEPARATOR = ' ';

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private char[] previous = new char[32];

	/** Length of the previous term, or -1 before the first one. */
	private int previousLength = -1;

	WordPairFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (this.input.incrementToken()) {
			char[] buffer = this.term.buffer();
			int length = this.term.length();
			boolean adjacent = this.previousLength >= 0 && this.increment.getPositionIncrement() == 1;
			int previousLength = this.previousLength;
			char[] previous = this.previous;
			// Keep this term as the next pair's first half before the attribute is
			// overwritten with the pair.
			char[] kept = (previous.length >= length) ? null : new char[Math.max(length, 2 * previous.length)];
			if (adjacent) {
				int pairLength = previousLength + 1 + length;
				char[] pair = this.term.resizeBuffer(pairLength);
				System.arraycopy(pair, 0, pair, previousLength + 1, length);
				System.arraycopy(previous, 0, pair, 0, previousLength);
				pair[previousLength] = SEPARATOR;
				this.term.setLength(pairLength);
				remember(kept, pair, previousLength + 1, length);
				return true;
			}
			remember(kept, buffer, 0, length);
		}
		return false;
	}

	private void remember(char[] kept, char[] from, int offset, int length) {
		if (kept != null) {
			this.previous = kept;
		}
		System.arraycopy(from, offset, this.previous, 0, length);
		this.previousLength = length;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.previousLength = -1;
		if (this.previous.length > 1024) {
			this.previous = Arrays.copyOf(this.previous, 32);
		}
	}

}
