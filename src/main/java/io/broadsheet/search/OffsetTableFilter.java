package io.broadsheet.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.BytesRefBuilder;

/** THROWAWAY (index50): each token's offsets, as vInts of gap and length, per thread. */
final class OffsetTableFilter extends TokenFilter {

	static final ThreadLocal<BytesRefBuilder> TABLE = ThreadLocal.withInitial(BytesRefBuilder::new);

	private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

	private BytesRefBuilder table;

	private int lastEnd;

	OffsetTableFilter(TokenStream input) {
		super(input);
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.table = TABLE.get();
		this.table.clear();
		this.lastEnd = 0;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		int start = this.offsets.startOffset();
		int end = this.offsets.endOffset();
		writeVInt(start - this.lastEnd);
		writeVInt(end - start);
		this.lastEnd = end;
		return true;
	}

	private void writeVInt(int value) {
		int i = value;
		while ((i & ~0x7F) != 0) {
			this.table.append((byte) ((i & 0x7F) | 0x80));
			i >>>= 7;
		}
		this.table.append((byte) i);
	}

}
