package io.broadsheet.search;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Gives a body's word-pair field ({@link SearchAnalyzer#PAIRS}) the terms its body field
 * was just analysed into, instead of tokenizing, folding and stemming the body again: the
 * pair field would otherwise cost the indexing a second analysis of every body.
 * <p>
 * As {@link TokenReplay} does for the unstemmed copy: while the body field is analysed, a
 * reader keeps its text and a {@link Recorder} at the end of its chain keeps every term
 * and position increment; the pair field, inverted next on the same thread, compares its
 * text with the recorded one and replays the terms when they are equal. Otherwise (a
 * field analysed on its own, or in another order) it analyses the text itself with the
 * body's chain, so its terms are always the body's.
 */
final class PairReplay {

	/** Characters of text a recording keeps between two bodies when it is done. */
	private static final int MAX_KEPT_CAPACITY = 64 * 1024;

	private final ThreadLocal<Recording> recordings = ThreadLocal.withInitial(Recording::new);

	/** The reader of a body's text, which keeps a copy of what it reads. */
	Reader recording(Reader text) {
		Recording recording = this.recordings.get();
		recording.clear();
		return new RecordingReader(text, recording);
	}

	/** Records the terms of the body being read through {@link #recording}. */
	TokenStream recorder(TokenStream terms) {
		return new Recorder(terms, this.recordings);
	}

	/**
	 * The terms of a pair field, before pairing.
	 * @param chain the body's filters after its tokenizer, for a text that was not
	 * recorded
	 */
	Tokenizer replay(UnaryOperator<TokenStream> chain) {
		return new Replay(this.recordings, chain);
	}

	/** The text and terms of the last body analysed on one thread. */
	private static final class Recording {

		private char[] text = new char[1024];

		private int textLength;

		private char[] terms = new char[1024];

		private int termsLength;

		/** Per term: where it ends in {@link #terms}, then its position increment. */
		private int[] tokens = new int[2 * 256];

		private int tokenCount;

		private boolean complete;

		void clear() {
			this.textLength = 0;
			this.termsLength = 0;
			this.tokenCount = 0;
			this.complete = false;
		}

		void appendText(char[] chars, int offset, int length) {
			if (this.textLength + length > this.text.length) {
				this.text = Arrays.copyOf(this.text, Math.max(this.text.length * 2, this.textLength + length));
			}
			System.arraycopy(chars, offset, this.text, this.textLength, length);
			this.textLength += length;
		}

		void appendTerm(char[] term, int length, int positionIncrement) {
			if (this.termsLength + length > this.terms.length) {
				this.terms = Arrays.copyOf(this.terms, Math.max(this.terms.length * 2, this.termsLength + length));
			}
			System.arraycopy(term, 0, this.terms, this.termsLength, length);
			this.termsLength += length;
			if (2 * (this.tokenCount + 1) > this.tokens.length) {
				this.tokens = Arrays.copyOf(this.tokens, this.tokens.length * 2);
			}
			int at = 2 * this.tokenCount++;
			this.tokens[at] = this.termsLength;
			this.tokens[at + 1] = positionIncrement;
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
				this.tokens = new int[2 * 256];
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

	/** Passes the body's terms on unchanged, keeping a copy of each. */
	private static final class Recorder extends TokenFilter {

		private final ThreadLocal<Recording> recordings;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private Recording recording;

		Recorder(TokenStream terms, ThreadLocal<Recording> recordings) {
			super(terms);
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
			this.recording.appendTerm(this.term.buffer(), this.term.length(), this.increment.getPositionIncrement());
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			// Every term was read: the text is whole too.
			this.recording.complete = true;
		}

	}

	/**
	 * The recorded terms of the same text, or, when the recording is of another text, the
	 * terms of the body's chain run over it.
	 */
	private static final class Replay extends Tokenizer {

		private final ThreadLocal<Recording> recordings;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final StandardTokenizer fallbackTokenizer = new StandardTokenizer();

		private final TokenStream fallback;

		private final CharTermAttribute fallbackTerm;

		private final PositionIncrementAttribute fallbackIncrement;

		private char[] text = new char[1024];

		private int textLength;

		private Recording recording;

		private boolean replaying;

		private int next;

		Replay(ThreadLocal<Recording> recordings, UnaryOperator<TokenStream> chain) {
			this.recordings = recordings;
			this.fallback = chain.apply(this.fallbackTokenizer);
			this.fallbackTerm = this.fallback.addAttribute(CharTermAttribute.class);
			this.fallbackIncrement = this.fallback.addAttribute(PositionIncrementAttribute.class);
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
			this.replaying = this.recording.holds(this.text, this.textLength);
			this.next = 0;
			if (!this.replaying) {
				this.fallbackTokenizer.setReader(new CharArrayReader(this.text, 0, this.textLength));
				this.fallback.reset();
			}
		}

		@Override
		public boolean incrementToken() throws IOException {
			clearAttributes();
			if (!this.replaying) {
				if (!this.fallback.incrementToken()) {
					return false;
				}
				this.term.copyBuffer(this.fallbackTerm.buffer(), 0, this.fallbackTerm.length());
				this.increment.setPositionIncrement(this.fallbackIncrement.getPositionIncrement());
				return true;
			}
			if (this.next == this.recording.tokenCount) {
				return false;
			}
			int at = 2 * this.next;
			int start = (this.next == 0) ? 0 : this.recording.tokens[at - 2];
			this.term.copyBuffer(this.recording.terms, start, this.recording.tokens[at] - start);
			this.increment.setPositionIncrement(this.recording.tokens[at + 1]);
			this.next++;
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			if (!this.replaying) {
				this.fallback.end();
			}
		}

		@Override
		public void close() throws IOException {
			super.close();
			if (!this.replaying) {
				this.fallback.close();
			}
			else {
				this.recording.release();
			}
			this.replaying = false;
			if (this.text.length > MAX_KEPT_CAPACITY) {
				this.text = new char[1024];
			}
		}

	}

}
