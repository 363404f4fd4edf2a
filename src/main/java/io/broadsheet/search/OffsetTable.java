package io.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredValue;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Where each token of an article's body is in its text, kept as one stored value beside
 * the body rather than as offsets in the body's postings.
 * <p>
 * Only the snippets of a page's hits read where a body's words are, and they read a
 * match's position anyway. Offsets in the postings are written for every token of every
 * body, into the term hash while a document is inverted, then into the postings at every
 * flush and again at every merge: without them, an index build took 0.82 of the indexing
 * thread's CPU and 0.70 of the process's (index50). Here a body is indexed with positions
 * alone, and this table maps a position to the offsets its token had: the token at
 * position n is the table's n-th entry.
 * <p>
 * A table is written while the body is analysed for indexing: a {@link Recorder} at the
 * end of the body's analysis appends each token to the analysing thread's table, and the
 * document's {@link #field()}, added right after the body, hands that table to Lucene
 * when it stores the document. Lucene inverts and stores a document's fields one after
 * the other in the order they were added, so the body has been analysed by then (the
 * order {@link TokenReplay} relies on too).
 * <p>
 * Each position is one variable-length integer, and most are one byte:
 * {@code ((length << 2) | gap) + 1}, where {@code gap} (0 to 2) is how many characters
 * separate the token from the previous one's end; a gap of {@code 3} means the gap
 * follows as a zig-zag variable-length integer (any other gap, a negative one too). A
 * {@code 0} marks positions without a token (the tokenizer has the case, for a word it
 * skips; none in 3.7 million tokens of the benchmark's corpus), their number following.
 */
final class OffsetTable {

	/** The stored field of a body's table. */
	static final String FIELD = "body_offsets";

	/** Gaps below this are written in a position's first integer. */
	private static final int SHORT_GAPS = 3;

	/** Bytes of table a thread keeps between two bodies. */
	private static final int MAX_KEPT_BYTES = 64 * 1024;

	private static final FieldType STORED = stored();

	/** The table of the body last analysed on each thread, until it is stored. */
	private static final ThreadLocal<Recording> RECORDINGS = ThreadLocal.withInitial(Recording::new);

	/** The table being read, from where decoding goes on. */
	private final ByteArrayDataInput table = new ByteArrayDataInput();

	/** Positions decoded. */
	private int positions;

	/** The end offset of the last token decoded. */
	private int lastEnd;

	private int[] starts = new int[256];

	private int[] ends = new int[256];

	/**
	 * Whether a field's matches take their offsets from its table: a body indexed with
	 * positions and no offsets.
	 * @param field the field, {@code null} when no document has it
	 */
	static boolean holdsOffsetsOf(FieldInfo field) {
		return field != null && field.name.startsWith(SearchAnalyzer.BODY)
				&& field.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
	}

	/**
	 * The stored field of the table of the body added just before it to a document,
	 * analysed for indexing (with a {@link Recorder}) on the thread that indexes the
	 * document.
	 */
	static Field field() {
		return new Field(FIELD, new BytesRef(), STORED) {

			@Override
			public BytesRef binaryValue() {
				return RECORDINGS.get().take();
			}

			@Override
			public StoredValue storedValue() {
				return new StoredValue(binaryValue());
			}

		};
	}

	/**
	 * Reads another body's table, from its first position.
	 * @param bytes the table as stored
	 */
	void read(BytesRef bytes) {
		this.table.reset(bytes.bytes, bytes.offset, bytes.length);
		this.positions = 0;
		this.lastEnd = 0;
	}

	/**
	 * The start offset of the token at a position.
	 * @return -1 where the table has no token
	 */
	int startOffset(int position) {
		return decodedTo(position) ? this.starts[position] : -1;
	}

	/**
	 * The end offset of the token at a position.
	 * @return -1 where the table has no token
	 */
	int endOffset(int position) {
		return decodedTo(position) ? this.ends[position] : -1;
	}

	/**
	 * The same matches, with the offsets of their positions in this table: a match starts
	 * where its first token does and ends where its last one does, as with offsets in the
	 * postings.
	 */
	MatchesIterator offsetsOf(MatchesIterator matches) {
		return (matches != null) ? new TableMatches(matches) : null;
	}

	// Decodes positions up to the given one, each once per table.
	private boolean decodedTo(int position) {
		if (position < 0) {
			return false;
		}
		while (this.positions <= position && !this.table.eof()) {
			int entry = this.table.readVInt();
			if (entry == 0) {
				int skipped = this.table.readVInt();
				grow(this.positions + skipped);
				Arrays.fill(this.starts, this.positions, this.positions + skipped, -1);
				Arrays.fill(this.ends, this.positions, this.positions + skipped, -1);
				this.positions += skipped;
				continue;
			}
			int gap = (entry - 1) & SHORT_GAPS;
			if (gap == SHORT_GAPS) {
				gap = BitUtil.zigZagDecode(this.table.readVInt());
			}
			int start = this.lastEnd + gap;
			this.lastEnd = start + ((entry - 1) >>> 2);
			grow(this.positions + 1);
			this.starts[this.positions] = start;
			this.ends[this.positions] = this.lastEnd;
			this.positions++;
		}
		return position < this.positions && this.starts[position] >= 0;
	}

	private void grow(int size) {
		if (size > this.starts.length) {
			this.starts = ArrayUtil.grow(this.starts, size);
			this.ends = ArrayUtil.grow(this.ends, size);
		}
	}

	private static FieldType stored() {
		FieldType type = new FieldType();
		type.setStored(true);
		type.freeze();
		return type;
	}

	/**
	 * The last filter of a body's analysis for indexing: writes each token's offsets to
	 * the thread's table, which the document's {@link #field()} then stores.
	 */
	static final class Recorder extends TokenFilter {

		private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increments = addAttribute(PositionIncrementAttribute.class);

		private Recording recording;

		Recorder(TokenStream input) {
			super(input);
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.recording = RECORDINGS.get();
			this.recording.start();
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			this.recording.append(this.increments.getPositionIncrement(), this.offsets.startOffset(),
					this.offsets.endOffset());
			return true;
		}

	}

	/** One thread's table, from the start of a body's analysis until it is stored. */
	private static final class Recording extends DataOutput {

		private byte[] bytes = new byte[1024];

		private int length;

		private int lastEnd;

		/** Whether the table is of a body analysed since the last was stored. */
		private boolean fresh;

		void start() {
			if (this.bytes.length > MAX_KEPT_BYTES) {
				// One long body must not keep its table's buffer for the rest of the
				// index.
				this.bytes = new byte[1024];
			}
			this.length = 0;
			this.lastEnd = 0;
			this.fresh = true;
		}

		// No filter here stacks tokens (an increment of 0): one would have the same
		// position as the token before it, and is left out, the table keeping the first.
		void append(int increment, int start, int end) throws IOException {
			if (increment == 0) {
				return;
			}
			if (increment > 1) {
				writeVInt(0);
				writeVInt(increment - 1);
			}
			int gap = start - this.lastEnd;
			int length = end - start;
			if (gap >= 0 && gap < SHORT_GAPS) {
				writeVInt(((length << 2) | gap) + 1);
			}
			else {
				writeVInt(((length << 2) | SHORT_GAPS) + 1);
				writeZInt(gap);
			}
			this.lastEnd = end;
		}

		/**
		 * The table, once: a body stored without being analysed by a {@link Recorder}
		 * just before would otherwise take another body's table.
		 */
		BytesRef take() {
			if (!this.fresh) {
				throw new IllegalStateException("A body's table of offsets is stored without its body analysed "
						+ "for indexing just before, on the same thread");
			}
			this.fresh = false;
			return new BytesRef(this.bytes, 0, this.length);
		}

		@Override
		public void writeByte(byte b) {
			if (this.length == this.bytes.length) {
				this.bytes = ArrayUtil.grow(this.bytes, this.length + 1);
			}
			this.bytes[this.length++] = b;
		}

		@Override
		public void writeBytes(byte[] b, int offset, int length) {
			this.bytes = ArrayUtil.grow(this.bytes, this.length + length);
			System.arraycopy(b, offset, this.bytes, this.length, length);
			this.length += length;
		}

	}

	/** Matches with offsets from the table at their positions. */
	private final class TableMatches implements MatchesIterator {

		private final MatchesIterator matches;

		TableMatches(MatchesIterator matches) {
			this.matches = matches;
		}

		@Override
		public boolean next() throws IOException {
			return this.matches.next();
		}

		@Override
		public int startPosition() {
			return this.matches.startPosition();
		}

		@Override
		public int endPosition() {
			return this.matches.endPosition();
		}

		@Override
		public int startOffset() {
			return OffsetTable.this.startOffset(this.matches.startPosition());
		}

		@Override
		public int endOffset() {
			return OffsetTable.this.endOffset(this.matches.endPosition());
		}

		@Override
		public MatchesIterator getSubMatches() throws IOException {
			return offsetsOf(this.matches.getSubMatches());
		}

		@Override
		public Query getQuery() {
			return this.matches.getQuery();
		}

	}

}
