package io.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A cheap necessary condition for a phrase in a body: every two terms side by side in a
 * body are hashed into one of a fixed number of buckets, and the article's buckets are
 * indexed as terms of one field ({@link ArticleDocuments#PHRASE_PAIRS}) that keeps only
 * which articles hold them (no frequencies, positions or norms). An article where a
 * phrase occurs holds the bucket of each of its pairs, so a phrase query that also
 * requires those buckets ({@link #prefiltered}) matches the same articles with the same
 * scores, and reads positions only in the articles that hold every bucket, instead of in
 * every article that holds all its words (85 % of the generated articles for a common
 * word).
 * <p>
 * Bounded, unlike a field of the pairs themselves (search16: +13 % index and about 3.5
 * times the indexing CPU, from millions of distinct terms): at most {@link #buckets}
 * terms, each article's buckets deduplicated before Lucene sees them.
 * <p>
 * The pairs are of the terms the body field was just analysed into (after folding and
 * stemming), recorded by a {@link Recorder} at the end of the body's analysis and given
 * to the pair field, analysed next on the same thread (Lucene inverts a document's fields
 * one after the other, in the order they were added). Should a field be analysed out of
 * that order, the article gets more buckets than its own, never fewer: the condition
 * stays necessary.
 */
final class PhrasePairs {

	/**
	 * Buckets of the index: at 100k generated articles (about 900 distinct pairs each),
	 * TODO measured.
	 */
	static final int DEFAULT_BUCKETS = 4096;

	private final int buckets;

	private final ThreadLocal<Collected> collected;

	PhrasePairs() {
		this(DEFAULT_BUCKETS);
	}

	/**
	 * Pairs hashed into the given number of buckets: the index and its queries must agree
	 * on it.
	 * @param buckets a power of two
	 */
	PhrasePairs(int buckets) {
		if (buckets < 1 || Integer.bitCount(buckets) != 1) {
			throw new IllegalArgumentException("buckets must be a power of two: " + buckets);
		}
		this.buckets = buckets;
		this.collected = ThreadLocal.withInitial(() -> new Collected(buckets));
	}

	int buckets() {
		return this.buckets;
	}

	/**
	 * The phrase query required to hold the buckets of its pairs, or the query itself
	 * when it is not a phrase of words side by side (a single word, a phrase with slop).
	 * Filters only: the score is the phrase's.
	 */
	Query prefiltered(Query query) {
		if (!(query instanceof PhraseQuery phrase) || phrase.getSlop() != 0) {
			return query;
		}
		Term[] terms = phrase.getTerms();
		int[] positions = phrase.getPositions();
		int[] required = new int[terms.length * terms.length];
		int count = 0;
		for (int i = 0; i < terms.length; i++) {
			for (int j = 0; j < terms.length; j++) {
				if (positions[j] - positions[i] == 1) {
					required[count++] = bucket(hash(terms[i].text()), hash(terms[j].text()));
				}
			}
		}
		if (count == 0) {
			return query;
		}
		int[] distinct = Arrays.stream(required, 0, count).distinct().toArray();
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
		for (int bucket : distinct) {
			filtered.add(new TermQuery(new Term(ArticleDocuments.PHRASE_PAIRS, term(bucket))), Occur.FILTER);
		}
		return filtered.build();
	}

	/**
	 * The filter that records the pairs of the terms going through it, on this thread.
	 */
	TokenFilter recorder(TokenStream terms) {
		return new Recorder(terms, this.collected.get(), this);
	}

	/** The buckets recorded on this thread since the last, as terms (then forgotten). */
	Tokenizer recorded() {
		return new Buckets(this.collected.get());
	}

	// The same value for the same characters whether they come from a query's term or
	// from a token's buffer.
	static int hash(CharSequence text) {
		int hash = 0;
		for (int i = 0; i < text.length(); i++) {
			hash = 31 * hash + text.charAt(i);
		}
		return hash;
	}

	static int hash(char[] buffer, int length) {
		int hash = 0;
		for (int i = 0; i < length; i++) {
			hash = 31 * hash + buffer[i];
		}
		return hash;
	}

	int bucket(int left, int right) {
		// Murmur3's finalizer: every bit of both words moves the bucket.
		int mixed = left * 0x9E3779B1 + right;
		mixed ^= mixed >>> 16;
		mixed *= 0x85EBCA6B;
		mixed ^= mixed >>> 13;
		mixed *= 0xC2B2AE35;
		mixed ^= mixed >>> 16;
		return mixed & (this.buckets - 1);
	}

	static String term(int bucket) {
		return Integer.toString(bucket, Character.MAX_RADIX);
	}

	/** The distinct buckets of the pairs recorded on one thread since the last taken. */
	private static final class Collected {

		private final long[] seen;

		private int[] buckets = new int[1024];

		private int count;

		Collected(int buckets) {
			this.seen = new long[Math.max(1, buckets >>> 6)];
		}

		void add(int bucket) {
			long bit = 1L << bucket;
			int word = bucket >>> 6;
			if ((this.seen[word] & bit) == 0) {
				this.seen[word] |= bit;
				if (this.count == this.buckets.length) {
					this.buckets = Arrays.copyOf(this.buckets, 2 * this.count);
				}
				this.buckets[this.count++] = bucket;
			}
		}

		void clear() {
			for (int i = 0; i < this.count; i++) {
				this.seen[this.buckets[i] >>> 6] = 0;
			}
			this.count = 0;
		}

	}

	/**
	 * Records the bucket of each two terms at positions side by side. Terms at one
	 * position (none here: no filter of the chain adds a token) are each paired with
	 * every term of the position before.
	 */
	private static final class Recorder extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final Collected collected;

		private final PhrasePairs pairs;

		private int[] previous = new int[4];

		private int previousCount;

		private int[] current = new int[4];

		private int currentCount;

		Recorder(TokenStream in, Collected collected, PhrasePairs pairs) {
			super(in);
			this.collected = collected;
			this.pairs = pairs;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			int hash = hash(this.term.buffer(), this.term.length());
			int step = this.increment.getPositionIncrement();
			if (step > 0) {
				int[] swap = this.previous;
				this.previous = this.current;
				this.previousCount = (step == 1) ? this.currentCount : 0;
				this.current = swap;
				this.currentCount = 0;
			}
			for (int i = 0; i < this.previousCount; i++) {
				this.collected.add(this.pairs.bucket(this.previous[i], hash));
			}
			if (this.currentCount == this.current.length) {
				this.current = Arrays.copyOf(this.current, 2 * this.currentCount);
			}
			this.current[this.currentCount++] = hash;
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.previousCount = 0;
			this.currentCount = 0;
		}

	}

	/** The recorded buckets as terms, one token each. */
	private static final class Buckets extends Tokenizer {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final Collected collected;

		private int next;

		Buckets(Collected collected) {
			this.collected = collected;
		}

		@Override
		public boolean incrementToken() {
			if (this.next == this.collected.count) {
				return false;
			}
			clearAttributes();
			int bucket = this.collected.buckets[this.next++];
			char[] buffer = this.term.resizeBuffer(8);
			int length = 0;
			// Integer.toString(bucket, 36) without a String per token.
			do {
				buffer[length++] = Character.forDigit(bucket % Character.MAX_RADIX, Character.MAX_RADIX);
				bucket /= Character.MAX_RADIX;
			}
			while (bucket > 0);
			for (int i = 0, j = length - 1; i < j; i++, j--) {
				char swap = buffer[i];
				buffer[i] = buffer[j];
				buffer[j] = swap;
			}
			this.term.setLength(length);
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.next = 0;
		}

		@Override
		public void end() throws IOException {
			super.end();
			this.collected.clear();
		}

	}

}
