package io.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;

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

	/**
	 * The term is the word as its unstemmed copy writes it (lower-cased and folded): the
	 * stemmer left it alone, and the term tells every prefix of the word.
	 */
	static final byte SAME = 0;

	/**
	 * The term is shorter than the word as written and begins it ({@code negoti} of
	 * {@code negotiations}): it tells the prefixes up to its own length, not longer ones.
	 */
	static final byte BEGINS = 1;

	/**
	 * The term does not begin the word as written ({@code happi} of {@code happy},
	 * {@code take} of {@code taking}): a prefix of the term need not be one of the word.
	 */
	static final byte APART = 2;

	/**
	 * Words the arrays start with room for: they grow up to {@link #MAX_CACHED}, so that
	 * the filter of a field few articles are written in stays small.
	 */
	private static final int INITIAL_CAPACITY = 1024;

	/** Open addressing, at most half full: slots hold a word's number plus one. */
	private int[] slots = new int[2 * INITIAL_CAPACITY];

	/**
	 * The words as written, one after the other in one array, so that a lookup compares
	 * with characters next to each other instead of following a reference per word (a
	 * {@code CharArrayMap} here took a tenth of the indexing thread's CPU).
	 */
	private char[] words = new char[8 * INITIAL_CAPACITY];

	/** Where each word ends in {@link #words}; it starts where the one before ends. */
	private int[] wordEnds = new int[INITIAL_CAPACITY];

	private int[] hashes = new int[INITIAL_CAPACITY];

	/** The term the chain made of each word. */
	private char[][] terms = new char[INITIAL_CAPACITY][];

	/** The hash of each word's term ({@link #termHash}). */
	private int[] termHashes = new int[INITIAL_CAPACITY];

	/**
	 * How each word's term stands to the word as its unstemmed copy writes it
	 * ({@link #SAME}, {@link #BEGINS}, {@link #APART}); {@link #SAME} for all when there
	 * is no copy's chain.
	 */
	private byte[] shapes = new byte[INITIAL_CAPACITY];

	private int count;

	/** How many times the cache was emptied: a word's number is valid within one. */
	private int generation;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	/** Where a new word is fed to the chain, one token at a time. */
	private final OneToken word = new OneToken();

	private final TokenStream chain;

	private final CharTermAttribute chainTerm;

	/** Where a new word is fed to the unstemmed copy's chain; {@code null} without. */
	private final OneToken unstemmedWord;

	private final TokenStream unstemmedChain;

	private final CharTermAttribute unstemmedTerm;

	private final WordListener listener;

	/**
	 * A filter.
	 * @param input the tokenizer's tokens
	 * @param chain the filters each token goes through, applied to the stream given
	 */
	CachedStemFilter(TokenStream input, UnaryOperator<TokenStream> chain) {
		this(input, chain, null, null);
	}

	/**
	 * A filter that also tells which word each token is, and how its term stands to the
	 * word as the field's unstemmed copy writes it.
	 * @param input the tokenizer's tokens
	 * @param chain the filters each token goes through, applied to the stream given
	 * @param unstemmed the filters of the field's unstemmed copy, or {@code null}
	 * @param listener told of each token's word, or {@code null}
	 */
	CachedStemFilter(TokenStream input, UnaryOperator<TokenStream> chain, UnaryOperator<TokenStream> unstemmed,
			WordListener listener) {
		super(input);
		this.chain = chain.apply(this.word);
		this.chainTerm = this.chain.getAttribute(CharTermAttribute.class);
		this.unstemmedWord = (unstemmed != null) ? new OneToken() : null;
		this.unstemmedChain = (unstemmed != null) ? unstemmed.apply(this.unstemmedWord) : null;
		this.unstemmedTerm = (unstemmed != null) ? this.unstemmedChain.getAttribute(CharTermAttribute.class) : null;
		this.listener = listener;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		int hash = termHash(buffer, length);
		int mask = this.slots.length - 1;
		int slot = (hash ^ (hash >>> 15)) & mask;
		int number;
		while (true) {
			int held = this.slots[slot];
			if (held == 0) {
				number = remember(buffer, length, hash);
				break;
			}
			if (this.hashes[held - 1] == hash && sameWord(held - 1, buffer, length)) {
				number = held - 1;
				break;
			}
			slot = (slot + 1) & mask;
		}
		char[] made = this.terms[number];
		this.term.copyBuffer(made, 0, made.length);
		if (this.listener != null) {
			this.listener.word(number, this.generation, made, this.termHashes[number], this.shapes[number]);
		}
		return true;
	}

	/** The hash of a word or term: any two equal ones share it. */
	static int termHash(char[] term, int length) {
		int hash = 0;
		for (int i = 0; i < length; i++) {
			hash = 31 * hash + term[i];
		}
		return hash;
	}

	private boolean sameWord(int number, char[] buffer, int length) {
		int start = (number == 0) ? 0 : this.wordEnds[number - 1];
		return this.wordEnds[number] - start == length
				&& Arrays.equals(this.words, start, start + length, buffer, 0, length);
	}

	// A new word: through the chain, then into the table (emptied first when full).
	private int remember(char[] buffer, int length, int hash) throws IOException {
		char[] made = analyse(buffer, length);
		byte shape = (this.unstemmedChain != null) ? shapeOf(made, buffer, length) : SAME;
		if (this.count == MAX_CACHED) {
			Arrays.fill(this.slots, 0);
			Arrays.fill(this.terms, null);
			this.count = 0;
			this.generation++;
			// A few long words must not keep a large array for the rest of the index.
			if (this.words.length > 8 * MAX_CACHED) {
				this.words = new char[8 * MAX_CACHED];
			}
		}
		else if (this.count == this.wordEnds.length) {
			grow();
		}
		int start = (this.count == 0) ? 0 : this.wordEnds[this.count - 1];
		if (start + length > this.words.length) {
			this.words = Arrays.copyOf(this.words, Math.max(2 * this.words.length, start + length));
		}
		System.arraycopy(buffer, 0, this.words, start, length);
		int number = this.count++;
		this.wordEnds[number] = start + length;
		this.hashes[number] = hash;
		this.terms[number] = made;
		this.termHashes[number] = termHash(made, made.length);
		this.shapes[number] = shape;
		place(number);
		return number;
	}

	private void place(int number) {
		int mask = this.slots.length - 1;
		int hash = this.hashes[number];
		int slot = (hash ^ (hash >>> 15)) & mask;
		while (this.slots[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		this.slots[slot] = number + 1;
	}

	private void grow() {
		int capacity = Math.min(MAX_CACHED, 2 * this.wordEnds.length);
		this.wordEnds = Arrays.copyOf(this.wordEnds, capacity);
		this.hashes = Arrays.copyOf(this.hashes, capacity);
		this.terms = Arrays.copyOf(this.terms, capacity);
		this.termHashes = Arrays.copyOf(this.termHashes, capacity);
		this.shapes = Arrays.copyOf(this.shapes, capacity);
		this.slots = new int[2 * capacity];
		for (int number = 0; number < this.count; number++) {
			place(number);
		}
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

	// How the term stands to the word as the unstemmed copy's chain writes it.
	private byte shapeOf(char[] term, char[] buffer, int length) throws IOException {
		this.unstemmedWord.set(buffer, length);
		this.unstemmedChain.reset();
		if (!this.unstemmedChain.incrementToken()) {
			throw new IllegalStateException("The filters dropped a token: its copy cannot be known");
		}
		char[] written = this.unstemmedTerm.buffer();
		int writtenLength = this.unstemmedTerm.length();
		byte shape = (term.length > writtenLength || !Arrays.equals(term, 0, term.length, written, 0, term.length))
				? APART : (term.length == writtenLength) ? SAME : BEGINS;
		this.unstemmedChain.end();
		this.unstemmedChain.close();
		return shape;
	}

	/** Told which word each token is, as the filter gives it. */
	interface WordListener {

		/**
		 * The token just given is this word as written.
		 * @param number the word's number, below {@link #MAX_CACHED}: two tokens with the
		 * same number and generation are the same word
		 * @param generation how many times the cache was emptied before
		 * @param term the token's term, never changed afterwards (to be read, not
		 * written)
		 * @param termHash its {@link #termHash}
		 * @param shape how the term stands to the word as the unstemmed copy writes it:
		 * {@link #SAME}, {@link #BEGINS} or {@link #APART}
		 */
		void word(int number, int generation, char[] term, int termHash, byte shape);

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
