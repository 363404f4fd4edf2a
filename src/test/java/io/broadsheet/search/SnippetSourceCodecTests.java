package io.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets are cut from the stored text: whatever the codec writes must read back as the
 * same text, for any size of article, after merges, and from an index opened again from
 * disk (where Lucene finds the codec by its name).
 */
class SnippetSourceCodecTests {

	@TempDir
	Path folder;

	@Test
	void readsBackEveryStoredTextAsWrittenAfterReopeningAndMerging() throws IOException {
		List<String> bodies = bodies();
		try (Directory directory = FSDirectory.open(this.folder)) {
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig().setCodec(new SnippetSourceCodec()).setMaxBufferedDocs(50))) {
				for (int i = 0; i < bodies.size(); i++) {
					Document document = new Document();
					document.add(new StringField("id", Integer.toString(i), Field.Store.YES));
					document.add(new StoredField("body", bodies.get(i)));
					writer.addDocument(document);
				}
				writer.commit();
				assertStored(directory, bodies);
				// Merging copies stored fields chunk by chunk; the merged segment must
				// read the same.
				writer.forceMerge(1);
				writer.commit();
			}
			assertStored(directory, bodies);
			for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
				assertThat(segment.info.getCodec().getName()).isEqualTo(SnippetSourceCodec.NAME);
			}
		}
		// What opening an index written earlier relies on.
		assertThat(Codec.forName(SnippetSourceCodec.NAME)).isInstanceOf(SnippetSourceCodec.class);
	}

	private static void assertStored(Directory directory, List<String> bodies) throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			assertThat(reader.maxDoc()).isEqualTo(bodies.size());
			StoredFields stored = reader.storedFields();
			// Out of order, as a page of hits reads them.
			for (int doc = reader.maxDoc() - 1; doc >= 0; doc -= 3) {
				Document document = stored.document(doc);
				assertThat(bodies.get(Integer.parseInt(document.get("id")))).isEqualTo(document.get("body"));
			}
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				Document document = stored.document(doc);
				assertThat(bodies.get(Integer.parseInt(document.get("id")))).isEqualTo(document.get("body"));
			}
		}
	}

	// Empty, short, multi-byte, and longer than two chunks (which Lucene writes in
	// slices), in a random order.
	private static List<String> bodies() {
		Random random = new Random(42);
		String[] words = { "Lavrov", "Yerevan", "Müller", "Ереван", "東京", "😀", "negotiations", "&amp;" };
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			int length = switch (i % 10) {
				case 0 -> 0;
				case 1 -> 200_000 + random.nextInt(50_000);
				default -> random.nextInt(12_000);
			};
			StringBuilder body = new StringBuilder();
			while (body.length() < length) {
				body.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? ' ' : '\n');
			}
			bodies.add(body.toString());
		}
		return bodies;
	}

}
