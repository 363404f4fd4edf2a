package io.broadsheet.search;

import java.io.IOException;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with the stored fields (an article's id, title and body) kept
 * uncompressed, so that reading a hit's text for its snippets is one copy of its bytes.
 * <p>
 * The stored text is read only to cut snippets from, twenty hits at a time. Lucene's
 * default (its fast mode, LZ4 with a preset dictionary) compresses about 80 KB of
 * documents together, ten 8 KB sub-blocks sharing the dictionary, so reading one
 * article's body decompressed the dictionary and the sub-blocks around it: a third of a
 * search's CPU at 10k articles
 * ({@code src/bench/results/profiles/search-10k-inprocess-before.txt}). Chunks of about
 * one article compressed alone with plain LZ4 still took a fifth; uncompressed, a hit's
 * bytes are read straight from the mapped file. The price is disk: the stored fields take
 * about 1.6 times as much (the whole index at 10k articles 78 MB instead of 55).
 * <p>
 * Lucene finds a segment's codec by its name ({@value #NAME}) through the service file
 * {@code META-INF/services/org.apache.lucene.codecs.Codec}: never rename it, or indexes
 * written with it can no longer be opened (and are then rebuilt from the store).
 */
public final class SnippetSourceCodec extends FilterCodec {

	/** The name written into every segment. */
	static final String NAME = "BroadsheetSnippetSource1";

	/**
	 * Bytes of documents in one chunk. Any document is read alone within its chunk, so
	 * this only sets how often a chunk starts, and with it the size of the index of chunk
	 * starts.
	 */
	private static final int CHUNK_BYTES = 60 * 1024;

	/** Most documents in one chunk, whose lengths are decoded when it is first read. */
	private static final int MAX_DOCS_PER_CHUNK = 128;

	/** Chunks per block of the index of where each chunk starts (Lucene's default). */
	private static final int BLOCK_SHIFT = 10;

	private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
			"BroadsheetStoredFieldsUncompressed", Uncompressed.MODE, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);

	/** Used by Lucene's service loader to read segments written with this codec. */
	public SnippetSourceCodec() {
		super(NAME, new Lucene912Codec());
	}

	@Override
	public StoredFieldsFormat storedFieldsFormat() {
		return this.storedFields;
	}

	/**
	 * Chunks written as they are: reading one document of a chunk skips to it and copies
	 * its bytes, touching no other document's.
	 */
	static final class Uncompressed {

		static final CompressionMode MODE = new CompressionMode() {

			@Override
			public Compressor newCompressor() {
				return new Compressor() {

					@Override
					public void compress(ByteBuffersDataInput chunk, DataOutput out) throws IOException {
						out.copyBytes(chunk, chunk.length());
					}

					@Override
					public void close() {
					}

				};
			}

			@Override
			public Decompressor newDecompressor() {
				return new Decompressor() {

					@Override
					public void decompress(DataInput chunk, int chunkLength, int offset, int length, BytesRef bytes)
							throws IOException {
						chunk.skipBytes(offset);
						bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
						chunk.readBytes(bytes.bytes, 0, length);
						bytes.offset = 0;
						bytes.length = length;
					}

					@Override
					public Decompressor clone() {
						// Keeps no state between calls.
						return this;
					}

				};
			}

			@Override
			public String toString() {
				return "Uncompressed";
			}

		};

		private Uncompressed() {
		}

	}

}
