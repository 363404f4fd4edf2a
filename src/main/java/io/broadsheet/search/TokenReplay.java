package io.broadsheet.search;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

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

	/** Records the tokens of the stemmed field being read through {@link #recording}. */
	TokenStream recorder(Tokenizer tokenizer) {
		return new Recorder(tokenizer, this.recordings);
	}

	/** The tokens of the unstemmed copy. */
	Tokenizer replay() {
		return new Replay(this.recordings, this.replayed);
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

	/** Passes the tokenizer's tokens on unchanged, keeping a copy of each. */
	private static final class Recorder extends TokenFilter {

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
		public void end() throws IOException {
			super.end();
			// Every token was read: the text is whole too.
			this.recording.complete = true;
		}

	}

	/**
	 * The recorded tokens of the same text, or, when the recording is of another text,
	 * the tokens of a tokenizer of its own.
	 */
	private static final class Replay extends Tokenizer {

		private final ThreadLocal<Recording> recordings;

		private final AtomicLong replayed;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final StandardTokenizer fallback = new StandardTokenizer();

		private final CharTermAttribute fallbackTerm = this.fallback.addAttribute(CharTermAttribute.class);

		private final OffsetAttribute fallbackOffset = this.fallback.addAttribute(OffsetAttribute.class);

		private char[] text = new char[1024];

		private int textLength;

		private Recording recording;

		private boolean replaying;

		private int next;

		private int termStart;

		Replay(ThreadLocal<Recording> recordings, AtomicLong replayed) {
			this.recordings = recordings;
			this.replayed = replayed;
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
			this.termStart = 0;
			if (this.replaying) {
				this.replayed.incrementAndGet();
			}
			else {
				this.fallback.setReader(new CharArrayReader(this.text, 0, this.textLength));
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
				this.offset.setOffset(correctOffset(this.fallbackOffset.startOffset()),
						correctOffset(this.fallbackOffset.endOffset()));
				return true;
			}
			if (this.next == this.recording.tokenCount) {
				return false;
			}
			int at = 3 * this.next++;
			int termEnd = this.recording.tokens[at];
			this.term.copyBuffer(this.recording.terms, this.termStart, termEnd - this.termStart);
			this.termStart = termEnd;
			this.offset.setOffset(correctOffset(this.recording.tokens[at + 1]),
					correctOffset(this.recording.tokens[at + 2]));
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			if (!this.replaying) {
				this.fallback.end();
			}
			int finalOffset = correctOffset(this.textLength);
			this.offset.setOffset(finalOffset, finalOffset);
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
