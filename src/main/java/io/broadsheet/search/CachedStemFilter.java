package io.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Makes the terms of a stemmed field as its chain of filters does (possessive,
 * lower-casing, folding, the Snowball stemmer), remembering what each word as the
 * tokenizer wrote it became. Building the index of 100,000 articles spent a quarter of
 * its time in the stemmer, and more in the filters before it, on a vocabulary in which a
 * few thousand words make up most of the text. Each of those filters changes one token's
 * text and nothing else, the same way every time, so a remembered word gets exactly the
 * term the chain would make of it, in one lookup; a new word goes through the chain
 * itself.
 * <p>
 * Only the analyzer that indexes uses it (one or two threads): each filter keeps a cache
 * of its own, and one per request thread would cost memory for no gain.
 */
final class CachedStemFilter extends TokenFilter {

	/**
	 * Words remembered per filter: the cache is emptied when it holds more, which bounds
	 * its memory (about 1.5 MB) and keeps the frequent words, which come back first.
	 */
	static final int MAX_CACHED = 16_384;

	private final CharArrayMap<char[]> terms = new CharArrayMap<>(1024, false);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	/** Where a new word is fed to the chain, one token at a time. */
	private final OneToken word = new OneToken();

	private final TokenStream chain;

	private final CharTermAttribute chainTerm;

	/**
	 * A filter.
	 * @param input the tokenizer's tokens
	 * @param chain the filters each token goes through, applied to the stream given
	 */
	CachedStemFilter(TokenStream input, UnaryOperator<TokenStream> chain) {
		super(input);
		this.chain = chain.apply(this.word);
		this.chainTerm = this.chain.getAttribute(CharTermAttribute.class);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		char[] made = this.terms.get(buffer, 0, length);
		if (made == null) {
			made = analyse(buffer, length);
			if (this.terms.size() >= MAX_CACHED) {
				this.terms.clear();
			}
			this.terms.put(Arrays.copyOf(buffer, length), made);
		}
		this.term.copyBuffer(made, 0, made.length);
		return true;
	}

	private char[] analyse(char[] buffer, int length) throws IOException {
		this.word.set(buffer, length);
		this.chain.reset();
		if (!this.chain.incrementToken()) {
			throw new IllegalStateException("The filters dropped a token: its term cannot be remembered");
		}
		char[] made = Arrays.copyOf(this.chainTerm.buffer(), this.chainTerm.length());
		this.chain.end();
		this.chain.close();
		return made;
	}

	/** A stream of one word, which the chain of filters reads from. */
	private static final class OneToken extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private char[] pending = new char[32];

		private int pendingLength;

		private boolean given;

		void set(char[] buffer, int length) {
			if (this.pending.length < length) {
				this.pending = new char[length];
			}
			System.arraycopy(buffer, 0, this.pending, 0, length);
			this.pendingLength = length;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.given = false;
		}

		@Override
		public boolean incrementToken() {
			if (this.given) {
				return false;
			}
			clearAttributes();
			this.term.copyBuffer(this.pending, 0, this.pendingLength);
			this.given = true;
			return true;
		}

	}

}
