package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text stored as bytes reads back, through one page's buffer, as the same text stored
 * as a string reads back through Lucene's own visitor: whole, or cut to the highlighter's
 * length, whatever came before it in the buffer.
 */
class StoredTextTests {

	@Test
	void readsBackWhatAStoredStringReadsBack() throws IOException {
		List<String> texts = texts();
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig().setCodec(new SnippetSourceCodec()).setMaxBufferedDocs(40))) {
				for (String text : texts) {
					Document document = new Document();
					document.add(new StoredField("string", text));
					document.add(StoredText.field("bytes", text));
					writer.addDocument(document);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				// The cut at every length around a pair of surrogates (an emoji is two
				// characters, four bytes), and at the highlighter's own length.
				for (int maxLength : new int[] { 1, 2, 3, 4, 5, 7, 11, 50, 333, UnifiedHighlighter.DEFAULT_MAX_LENGTH,
						Integer.MAX_VALUE - 1 }) {
					List<CharSequence[]> lucenes = new Loader(searcher, maxLength, false).load("string");
					List<CharSequence[]> ours = new Loader(searcher, maxLength, true).load("bytes");
					assertThat(ours).hasSameSizeAs(texts);
					for (int doc = 0; doc < texts.size(); doc++) {
						assertThat(ours.get(doc)[0].toString()).as("text %d cut to %d", doc, maxLength)
							.isEqualTo(lucenes.get(doc)[0].toString());
					}
				}
			}
		}
	}

	// Empty, one character, ASCII, accents, Cyrillic, CJK, emoji, a lone surrogate, and
	// bodies longer than the highlighter reads, short after long in the page's buffer.
	private static List<String> texts() {
		Random random = new Random(7);
		String[] words = { "Lavrov", "Müller", "Ереван", "東京", "😀", "a", "\ud83d", "&amp;", "négociations" };
		List<String> texts = new ArrayList<>(List.of("", "x", "😀", "é", "\ud83dx", "a😀b", "😀".repeat(6000)));
		for (int i = 0; i < 200; i++) {
			int length = (i % 5 == 0) ? 10_000 + random.nextInt(40_000) : random.nextInt(400);
			StringBuilder text = new StringBuilder();
			while (text.length() < length) {
				text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? ' ' : '\n');
			}
			texts.add(text.toString());
		}
		return texts;
	}

	/** Loads the stored values of every document as a highlighter does, in one call. */
	private static final class Loader extends UnifiedHighlighter {

		private final boolean bytes;

		private final StoredText.PageBuffer buffer = new StoredText.PageBuffer();

		Loader(IndexSearcher searcher, int maxLength, boolean bytes) {
			super(UnifiedHighlighter.builder(searcher, new SearchAnalyzer()).withMaxLength(maxLength));
			this.bytes = bytes;
		}

		@Override
		protected LimitedStoredFieldVisitor newLimitedStoredFieldsVisitor(String[] fields) {
			return this.bytes ? new PageHighlighter.StoredTextVisitor(fields, getMaxLength(), this.buffer)
					: super.newLimitedStoredFieldsVisitor(fields);
		}

		List<CharSequence[]> load(String field) throws IOException {
			int maxDoc = getIndexSearcher().getIndexReader().maxDoc();
			return loadFieldValues(new String[] { field }, DocIdSetIterator.all(maxDoc), Integer.MAX_VALUE);
		}

	}

}
