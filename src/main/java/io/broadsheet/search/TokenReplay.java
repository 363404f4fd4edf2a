package io.broadsheet.search;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Tokenizes a text once for both of its fields: the stemmed field ({@code body.en}) and
 * its unstemmed copy ({@code body.en.plain}). Building the index spent about a fifth of
 * its time in the tokenizer, half of it splitting every title and body a second time for
 * the copy.
 * <p>
 * While the stemmed field is analysed, a {@link Recorder} right after the tokenizer keeps
 * the text it was given and every token as the tokenizer made it. The copy, analysed next
 * on the same thread (Lucene inverts a document's fields one after the other, in the
 * order they were added), then gets its tokens from a {@link Replay} instead of a
 * tokenizer, followed by the same filters as before. The replay first compares its text
 * with the recorded one; when they differ (a field analysed on its own, or in another
 * order) it tokenizes the text itself, so the terms are always those of a
 * {@link StandardTokenizer}.
 * <p>
 * The copy keeps only which words a document holds ({@code IndexOptions.DOCS}: no
 * frequencies, positions, offsets or norms), so a replay gives each word as written once,
 * at its first occurrence: the index holds the same postings, and the copy's analysis and
 * inversion see about half the tokens of an article's body. The fallback tokenizer gives
 * every token, as the query side's analysis does.
 * <p>
 * A body's copy keeps fewer words still ({@link #replayChanged}): only those the stemmer
 * changed. A prefix of a word the stemmer left alone is a prefix of its term, which the
 * stemmed field holds, so {@link StemmedPrefixQuery} finds it there; and the stems that
 * begin none of the words of the article they were made from ({@code take} of
 * {@code taking} alone) go to a third field ({@link #replayStemsApart}), so that the
 * query knows where a stem's prefix is no prefix of a word. On text like the benchmark's
 * (words the English stemmer leaves alone) the copy held about 529 words an article, and
 * about a third of the indexing thread's CPU; a real article's copy keeps about half its
 * distinct words.
 */
final class TokenReplay {

	/** Characters of text a recording keeps between two fields when it is done. */
	private static final int MAX_KEPT_CAPACITY = 64 * 1024;

	private final ThreadLocal<Recording> recordings = ThreadLocal.withInitial(Recording::new);

	private final AtomicLong replayed = new AtomicLong();

	/** The reader of a stemmed field's text, which keeps a copy of what it reads. */
	Reader recording(Reader text) {
		Recording recording = this.recordings.get();
		recording.clear();
		return new RecordingReader(text, recording);
	}

	/**
	 * Records the tokens of the stemmed field being read through {@link #recording}. The
	 * recorder is also a {@link CachedStemFilter.WordListener}: told which word each
	 * token is, it saves a replay from finding the distinct words by their text.
	 */
	Recorder recorder(Tokenizer tokenizer) {
		return new Recorder(tokenizer, this.recordings);
	}

	/** The tokens of an unstemmed copy that keeps every word. */
	Tokenizer replay() {
		return new Replay(this.recordings, this.replayed, Mode.EVERY_WORD, null);
	}

	/**
	 * The tokens of an unstemmed copy that keeps the words the stemmer changed, each
	 * once; it finds the stems apart for {@link #replayStemsApart}, which must be the
	 * next field analysed. Without a recording of the same text, every token.
	 */
	Tokenizer replayChanged() {
		return new Replay(this.recordings, this.replayed, Mode.CHANGED_WORDS, null);
	}

	/**
	 * The stems apart that the copy just replayed found: the terms of the stemmed field
	 * that begin none of the words they were made from in this text. When the copy was
	 * not replayed (and so kept every word), every term of the stemmed field instead,
	 * which tells a prefix query to trust the copy alone.
	 * @param stemming the stemmed field's filters, for a text tokenized afresh
	 */
	Tokenizer replayStemsApart(UnaryOperator<TokenStream> stemming) {
		return new Replay(this.recordings, this.replayed, Mode.STEMS_APART, stemming);
	}

	/** How many fields got their tokens from a recording, rather than a tokenizer. */
	long replayed() {
		return this.replayed.get();
	}

	/** The text and tokens of the last stemmed field analysed on one thread. */
	private static final class Recording {

		private char[] text = new char[1024];

		private int textLength;

		private char[] terms = new char[1024];

		private int termsLength;

		private int[] tokens = new int[3 * 256];

		private int tokenCount;

		private boolean complete;

		/** The number of each token's word ({@link CachedStemFilter.WordListener}). */
		private int[] words = new int[256];

		private int wordCount;

		/**
		 * The cache generation of every number in {@link #words}, -1 before the first.
		 */
		private int wordGeneration;

		/** Whether every token's word number is of one generation. */
		private boolean wordsValid;

		/** Each token's term ({@link CachedStemFilter.WordListener}). */
		private char[][] wordTerms = new char[256][];

		private int[] termHashes = new int[256];

		/** How each token's term stands to the word as the copy writes it. */
		private byte[] shapes = new byte[256];

		/** The tokens whose terms are the stems apart, once the copy found them. */
		private int[] apart = new int[16];

		private int apartCount;

		/** Whether {@link #apart} holds this text's stems apart. */
		private boolean apartKnown;

		void clear() {
			this.textLength = 0;
			this.termsLength = 0;
			this.tokenCount = 0;
			this.complete = false;
			this.wordCount = 0;
			this.wordGeneration = -1;
			this.wordsValid = true;
			this.apartCount = 0;
			this.apartKnown = false;
		}

		void appendWord(int number, int generation, char[] term, int termHash, byte shape) {
			if (this.wordGeneration != generation) {
				// The cache was emptied within this text: numbers before and after
				// are not comparable.
				this.wordsValid &= this.wordGeneration == -1;
				this.wordGeneration = generation;
			}
			if (this.wordCount == this.words.length) {
				this.words = Arrays.copyOf(this.words, this.words.length * 2);
				this.wordTerms = Arrays.copyOf(this.wordTerms, this.words.length);
				this.termHashes = Arrays.copyOf(this.termHashes, this.words.length);
				this.shapes = Arrays.copyOf(this.shapes, this.words.length);
			}
			this.wordTerms[this.wordCount] = term;
			this.termHashes[this.wordCount] = termHash;
			this.shapes[this.wordCount] = shape;
			this.words[this.wordCount++] = number;
		}

		/** Whether each token has its term and shape. */
		boolean shapesEachWord() {
			return this.wordCount == this.tokenCount;
		}

		void appendApart(int token) {
			if (this.apartCount == this.apart.length) {
				this.apart = Arrays.copyOf(this.apart, this.apart.length * 2);
			}
			this.apart[this.apartCount++] = token;
		}

		/** Whether each token has its word's number, all of one cache generation. */
		boolean numbersEachWord() {
			return this.wordsValid && this.wordCount == this.tokenCount;
		}

		void appendText(char[] chars, int offset, int length) {
			if (this.textLength + length > this.text.length) {
				this.text = Arrays.copyOf(this.text, Math.max(this.text.length * 2, this.textLength + length));
			}
			System.arraycopy(chars, offset, this.text, this.textLength, length);
			this.textLength += length;
		}

		void appendToken(char[] term, int length, int startOffset, int endOffset) {
			if (this.termsLength + length > this.terms.length) {
				this.terms = Arrays.copyOf(this.terms, Math.max(this.terms.length * 2, this.termsLength + length));
			}
			System.arraycopy(term, 0, this.terms, this.termsLength, length);
			this.termsLength += length;
			if (3 * (this.tokenCount + 1) > this.tokens.length) {
				this.tokens = Arrays.copyOf(this.tokens, this.tokens.length * 2);
			}
			int at = 3 * this.tokenCount++;
			this.tokens[at] = this.termsLength;
			this.tokens[at + 1] = startOffset;
			this.tokens[at + 2] = endOffset;
		}

		boolean holds(char[] chars, int length) {
			return this.complete && Arrays.equals(this.text, 0, this.textLength, chars, 0, length);
		}

		// One long article must not keep its buffers for the rest of the index.
		void release() {
			clear();
			if (this.text.length > MAX_KEPT_CAPACITY) {
				this.text = new char[1024];
			}
			if (this.terms.length > MAX_KEPT_CAPACITY) {
				this.terms = new char[1024];
			}
			if (this.tokens.length > MAX_KEPT_CAPACITY) {
				this.tokens = new int[3 * 256];
			}
			if (this.words.length > MAX_KEPT_CAPACITY) {
				this.words = new int[256];
				this.wordTerms = new char[256][];
				this.termHashes = new int[256];
				this.shapes = new byte[256];
			}
			if (this.apart.length > MAX_KEPT_CAPACITY) {
				this.apart = new int[16];
			}
		}

	}

	private static final class RecordingReader extends Reader {

		private final Reader text;

		private final Recording recording;

		RecordingReader(Reader text, Recording recording) {
			this.text = text;
			this.recording = recording;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int read = this.text.read(buffer, offset, length);
			if (read > 0) {
				this.recording.appendText(buffer, offset, read);
			}
			return read;
		}

		@Override
		public void close() throws IOException {
			this.text.close();
		}

	}

	/**
	 * Passes the tokenizer's tokens on unchanged, keeping a copy of each, and the number
	 * of its word when the filter after it tells.
	 */
	static final class Recorder extends TokenFilter implements CachedStemFilter.WordListener {

		private final ThreadLocal<Recording> recordings;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private Recording recording;

		Recorder(Tokenizer tokenizer, ThreadLocal<Recording> recordings) {
			super(tokenizer);
			this.recordings = recordings;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.recording = this.recordings.get();
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			this.recording.appendToken(this.term.buffer(), this.term.length(), this.offset.startOffset(),
					this.offset.endOffset());
			return true;
		}

		@Override
		public void word(int number, int generation, char[] term, int termHash, byte shape) {
			this.recording.appendWord(number, generation, term, termHash, shape);
		}

		@Override
		public void end() throws IOException {
			super.end();
			// Every token was read: the text is whole too.
			this.recording.complete = true;
		}

	}

	/** What a replay gives. */
	private enum Mode {

		/** Each word as written, once. */
		EVERY_WORD,

		/** Each word the stemmer changed, once; it finds the stems apart too. */
		CHANGED_WORDS,

		/** The stems apart the copy before found. */
		STEMS_APART

	}

	/**
	 * The recorded tokens of the same text, or, when the recording is of another text,
	 * the tokens of a tokenizer of its own.
	 */
	private static final class Replay extends Tokenizer {

		private final ThreadLocal<Recording> recordings;

		private final AtomicLong replayed;

		private final Mode mode;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final StandardTokenizer fallback = new StandardTokenizer();

		/**
		 * The fallback tokenizer, and for the stems apart the stemmed field's filters.
		 */
		private final TokenStream fallbackStream;

		private final CharTermAttribute fallbackTerm = this.fallback.addAttribute(CharTermAttribute.class);

		private final OffsetAttribute fallbackOffset = this.fallback.addAttribute(OffsetAttribute.class);

		private char[] text = new char[1024];

		private int textLength;

		private Recording recording;

		private boolean replaying;

		/** The recorded tokens to give, each word once: indexes into the recording. */
		private int[] distinct = new int[256];

		/**
		 * How many tokens to give: of {@link #distinct}, or of the recording's stems
		 * apart.
		 */
		private int distinctCount;

		/** Open addressing over the recording's tokens, finding the words seen before. */
		private int[] seen = new int[512];

		/**
		 * Open addressing over the terms of the words whose terms do not begin them: a
		 * token's index plus one, and whether a word of the text that its term begins has
		 * it too.
		 */
		private int[] apartSlots = new int[32];

		private boolean[] begun = new boolean[32];

		/**
		 * By word number ({@link CachedStemFilter}), the last replay that gave the word:
		 * the words seen before, without hashing or comparing their text.
		 */
		private final int[] lastGiven = new int[CachedStemFilter.MAX_CACHED];

		/** This replay's mark in {@link #lastGiven}. */
		private int replayMark;

		private int next;

		Replay(ThreadLocal<Recording> recordings, AtomicLong replayed, Mode mode, UnaryOperator<TokenStream> stemming) {
			this.recordings = recordings;
			this.replayed = replayed;
			this.mode = mode;
			this.fallbackStream = (stemming != null) ? stemming.apply(this.fallback) : this.fallback;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.textLength = 0;
			for (int read = this.input.read(this.text, 0, this.text.length); read != -1; read = this.input
				.read(this.text, this.textLength, this.text.length - this.textLength)) {
				this.textLength += read;
				if (this.textLength == this.text.length) {
					this.text = Arrays.copyOf(this.text, this.text.length * 2);
				}
			}
			this.recording = this.recordings.get();
			this.replaying = this.recording.holds(this.text, this.textLength) && switch (this.mode) {
				case EVERY_WORD -> true;
				case CHANGED_WORDS -> this.recording.shapesEachWord();
				case STEMS_APART -> this.recording.apartKnown;
			};
			this.next = 0;
			if (this.replaying) {
				this.replayed.incrementAndGet();
				if (this.mode == Mode.STEMS_APART) {
					this.distinctCount = this.recording.apartCount;
				}
				else {
					findDistinct();
					if (this.mode == Mode.CHANGED_WORDS) {
						findStemsApart();
						keepChanged();
					}
				}
			}
			else {
				this.fallback.setReader(new CharArrayReader(this.text, 0, this.textLength));
				this.fallbackStream.reset();
			}
		}

		@Override
		public boolean incrementToken() throws IOException {
			clearAttributes();
			if (!this.replaying) {
				if (!this.fallbackStream.incrementToken()) {
					return false;
				}
				this.term.copyBuffer(this.fallbackTerm.buffer(), 0, this.fallbackTerm.length());
				this.offset.setOffset(correctOffset(this.fallbackOffset.startOffset()),
						correctOffset(this.fallbackOffset.endOffset()));
				return true;
			}
			if (this.next == this.distinctCount) {
				return false;
			}
			int token = (this.mode == Mode.STEMS_APART) ? this.recording.apart[this.next++]
					: this.distinct[this.next++];
			if (this.mode == Mode.STEMS_APART) {
				char[] stem = this.recording.wordTerms[token];
				this.term.copyBuffer(stem, 0, stem.length);
			}
			else {
				int termStart = termStart(token);
				this.term.copyBuffer(this.recording.terms, termStart, this.recording.tokens[3 * token] - termStart);
			}
			int at = 3 * token;
			this.offset.setOffset(correctOffset(this.recording.tokens[at + 1]),
					correctOffset(this.recording.tokens[at + 2]));
			return true;
		}

		// The first occurrence of each word the recording holds, in the text's order.
		private void findDistinct() {
			int tokens = this.recording.tokenCount;
			if (this.distinct.length < tokens || this.distinct.length > MAX_KEPT_CAPACITY) {
				this.distinct = new int[Math.max(256, tokens)];
			}
			if (this.recording.numbersEachWord()) {
				findDistinctByNumber(tokens);
				return;
			}
			int slots = Integer.highestOneBit(Math.max(16, tokens * 2) - 1) << 1;
			if (this.seen.length < slots || this.seen.length > MAX_KEPT_CAPACITY) {
				this.seen = new int[slots];
			}
			else {
				Arrays.fill(this.seen, 0, this.seen.length, 0);
			}
			int mask = this.seen.length - 1;
			char[] terms = this.recording.terms;
			this.distinctCount = 0;
			int start = 0;
			for (int token = 0; token < tokens; token++) {
				int end = this.recording.tokens[3 * token];
				int hash = 0;
				for (int i = start; i < end; i++) {
					hash = 31 * hash + terms[i];
				}
				// Slots hold a token's index plus one; zero is empty.
				int slot = (hash ^ (hash >>> 16)) & mask;
				while (this.seen[slot] != 0 && !sameWord(this.seen[slot] - 1, start, end)) {
					slot = (slot + 1) & mask;
				}
				if (this.seen[slot] == 0) {
					this.seen[slot] = token + 1;
					this.distinct[this.distinctCount++] = token;
				}
				start = end;
			}
		}

		private void findDistinctByNumber(int tokens) {
			if (++this.replayMark == Integer.MAX_VALUE) {
				Arrays.fill(this.lastGiven, 0);
				this.replayMark = 1;
			}
			int mark = this.replayMark;
			int[] words = this.recording.words;
			int[] lastGiven = this.lastGiven;
			int count = 0;
			for (int token = 0; token < tokens; token++) {
				int word = words[token];
				if (lastGiven[word] != mark) {
					lastGiven[word] = mark;
					this.distinct[count++] = token;
				}
			}
			this.distinctCount = count;
		}

		// The terms of the distinct words whose terms do not begin them, less those that
		// begin another word of the text: a prefix query cannot trust these stems alone.
		private void findStemsApart() {
			Recording recorded = this.recording;
			byte[] shapes = recorded.shapes;
			int apartWords = 0;
			for (int i = 0; i < this.distinctCount; i++) {
				apartWords += (shapes[this.distinct[i]] == CachedStemFilter.APART) ? 1 : 0;
			}
			recorded.apartKnown = true;
			if (apartWords == 0) {
				return;
			}
			int slots = Integer.highestOneBit(Math.max(16, apartWords * 2) - 1) << 1;
			if (this.apartSlots.length < slots || this.apartSlots.length > MAX_KEPT_CAPACITY) {
				this.apartSlots = new int[slots];
				this.begun = new boolean[slots];
			}
			else {
				Arrays.fill(this.apartSlots, 0);
				Arrays.fill(this.begun, false);
			}
			int mask = this.apartSlots.length - 1;
			for (int i = 0; i < this.distinctCount; i++) {
				int token = this.distinct[i];
				if (shapes[token] == CachedStemFilter.APART) {
					int slot = slotOfTerm(token, mask);
					if (this.apartSlots[slot] == 0) {
						this.apartSlots[slot] = token + 1;
					}
				}
			}
			for (int i = 0; i < this.distinctCount; i++) {
				int token = this.distinct[i];
				if (shapes[token] != CachedStemFilter.APART) {
					int slot = slotOfTerm(token, mask);
					if (this.apartSlots[slot] != 0) {
						this.begun[slot] = true;
					}
				}
			}
			// In the text's order, as Lucene wants the offsets: each term at the word
			// that put it in the table.
			for (int i = 0; i < this.distinctCount; i++) {
				int token = this.distinct[i];
				if (shapes[token] == CachedStemFilter.APART) {
					int slot = slotOfTerm(token, mask);
					if (this.apartSlots[slot] == token + 1 && !this.begun[slot]) {
						recorded.appendApart(token);
					}
				}
			}
		}

		// The slot of a token's term among the terms apart: where it is, or the empty
		// one where it would go.
		private int slotOfTerm(int token, int mask) {
			int hash = this.recording.termHashes[token];
			char[] term = this.recording.wordTerms[token];
			int slot = (hash ^ (hash >>> 16)) & mask;
			while (this.apartSlots[slot] != 0
					&& !Arrays.equals(this.recording.wordTerms[this.apartSlots[slot] - 1], term)) {
				slot = (slot + 1) & mask;
			}
			return slot;
		}

		// Of the distinct words, those the stemmer changed: a prefix of another is one
		// of its term.
		private void keepChanged() {
			byte[] shapes = this.recording.shapes;
			int kept = 0;
			for (int i = 0; i < this.distinctCount; i++) {
				int token = this.distinct[i];
				if (shapes[token] != CachedStemFilter.SAME) {
					this.distinct[kept++] = token;
				}
			}
			this.distinctCount = kept;
		}

		private boolean sameWord(int token, int start, int end) {
			int otherStart = termStart(token);
			return Arrays.equals(this.recording.terms, otherStart, this.recording.tokens[3 * token],
					this.recording.terms, start, end);
		}

		private int termStart(int token) {
			return (token == 0) ? 0 : this.recording.tokens[3 * (token - 1)];
		}

		@Override
		public void end() throws IOException {
			super.end();
			if (!this.replaying) {
				this.fallbackStream.end();
			}
			int finalOffset = correctOffset(this.textLength);
			this.offset.setOffset(finalOffset, finalOffset);
		}

		@Override
		public void close() throws IOException {
			super.close();
			if (!this.replaying) {
				this.fallbackStream.close();
			}
			else if (this.mode != Mode.CHANGED_WORDS) {
				// The stems apart come next from the same recording.
				this.recording.release();
			}
			this.replaying = false;
			if (this.text.length > MAX_KEPT_CAPACITY) {
				this.text = new char[1024];
			}
		}

	}

}
