package io.broadsheet.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A body is indexed with positions and no offsets, and its table of offsets is stored
 * beside it: the table's entry at a position must be the offsets the query side's
 * analysis gives the token at that position, for every token of every body, as offsets in
 * the postings would be.
 */
class OffsetTableTests {

	private static final List<IndexedArticle> ARTICLES = List.of(
			article("a", "en",
					"Negotiations resumed on Wednesday. Lavrov’s aides, the ministers' talks:\n\n"
							+ "U.S.-led   talks,  2025-06-05 — e-mail x " + "a".repeat(300) + " Müller's café."),
			article("b", "fr", "Les négociations ont repris mercredi à Genève, « sans condition »."),
			article("c", null, "Переговоры возобновились 😀 в среду; 日本語の文章も。 Then English again."),
			article("d", "de", ""), article("e", "en", "  Spaces\tand\u00a0odd\u2028breaks  " + "word ".repeat(2000)));

	@Test
	void eachBodysTableHoldsTheOffsetsOfItsTokensAtTheirPositions() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); Analyzer searching = new SearchAnalyzer()) {
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(new SearchAnalyzer(true)).setCodec(new SnippetSourceCodec()))) {
				for (IndexedArticle article : ARTICLES) {
					writer.addDocument(ArticleDocuments.toDocument(article));
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
				OffsetTable table = new OffsetTable();
				int tokens = 0;
				for (int doc = 0; doc < ARTICLES.size(); doc++) {
					IndexedArticle article = ARTICLES.get(doc);
					String body = SearchAnalyzer.BODY + SearchAnalyzer.analysisOf(article.language());
					assertThat(OffsetTable.holdsOffsetsOf(fields.fieldInfo(body))).as(body).isTrue();
					Document stored = reader.storedFields().document(doc);
					table.read(stored.getBinaryValue(OffsetTable.FIELD));
					List<int[]> expected = tokens(searching, body, article.body());
					for (int[] token : expected) {
						assertThat(new int[] { token[0], table.startOffset(token[0]), table.endOffset(token[0]) })
							.as("%s at %d", body, token[0])
							.containsExactly(token);
					}
					assertThat(table.startOffset(expected.size())).isEqualTo(-1);
					tokens += expected.size();
					// The positions the table is read at are those of the postings.
					assertThat(positionsInPostings(reader, doc, body))
						.containsExactlyElementsOf(expected.stream().map((token) -> token[0]).toList());
				}
				assertThat(tokens).isGreaterThan(2000);
				// Titles keep their offsets in the postings.
				assertThat(fields.fieldInfo("title.en").getIndexOptions())
					.isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
				assertThat(OffsetTable.holdsOffsetsOf(fields.fieldInfo("title.en"))).isFalse();
				assertThat(OffsetTable.holdsOffsetsOf(fields.fieldInfo("body.en.plain"))).isFalse();
			}
		}
	}

	// Whatever a tokenizer gives: positions it skips, a token stacked on another, gaps
	// of any size, even backwards, long tokens.
	@Test
	void skippedPositionsStackedTokensAndAnyGapAreKept() throws IOException {
		int[][] given = { { 1, 0, 3 }, { 1, 4, 9 }, { 3, 11, 12 }, { 0, 11, 20 }, { 1, 500, 700 }, { 1, 690, 695 },
				{ 1, 695, 695 }, { 130, 100000, 100001 } };
		OffsetTable table = new OffsetTable();
		table.read(record(given));
		int position = -1;
		for (int[] token : given) {
			if (token[0] == 0) {
				continue;
			}
			for (int skipped = position + 1; skipped < position + token[0]; skipped++) {
				assertThat(table.startOffset(skipped)).as("skipped %d", skipped).isEqualTo(-1);
				assertThat(table.endOffset(skipped)).isEqualTo(-1);
			}
			position += token[0];
			assertThat(new int[] { table.startOffset(position), table.endOffset(position) }).as("at %d", position)
				.containsExactly(token[1], token[2]);
		}
		// The stacked token's position keeps the first token's offsets.
		assertThat(table.endOffset(4)).isEqualTo(12);
		assertThat(table.startOffset(position + 1)).isEqualTo(-1);
		assertThat(table.startOffset(-1)).isEqualTo(-1);
		// Read again from the start, asked backwards.
		table.read(record(given));
		assertThat(table.startOffset(1)).isEqualTo(4);
		assertThat(table.startOffset(0)).isZero();
	}

	@Test
	void mostTokensTakeOneByte() throws IOException {
		// Words of up to 31 characters one or two characters apart.
		assertThat(record(new int[][] { { 1, 0, 31 }, { 1, 32, 35 }, { 1, 37, 40 } }).length).isEqualTo(3);
	}

	// A table stored without its body analysed just before, on the indexing thread,
	// would be another body's: it is refused.
	@Test
	void aTableIsStoredOnlyRightAfterItsBodysAnalysis() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer(true)))) {
			writer.addDocument(ArticleDocuments.toDocument(ARTICLES.get(0)));
			Document withoutBody = new Document();
			withoutBody.add(OffsetTable.field());
			assertThatIllegalStateException().isThrownBy(() -> writer.addDocument(withoutBody));
			// Nor with a body analysed for searching, which records nothing.
			try (IndexWriter searching = new IndexWriter(new ByteBuffersDirectory(),
					new IndexWriterConfig(new SearchAnalyzer()))) {
				assertThatIllegalStateException()
					.isThrownBy(() -> searching.addDocument(ArticleDocuments.toDocument(ARTICLES.get(1))));
			}
		}
	}

	// A table as the recorder writes it from tokens of position increment, start and end.
	private static BytesRef record(int[][] tokens) throws IOException {
		try (TokenStream recorded = new OffsetTable.Recorder(new GivenTokens(tokens))) {
			recorded.reset();
			while (recorded.incrementToken()) {
				// recorded
			}
			recorded.end();
		}
		return BytesRef.deepCopyOf(OffsetTable.field().binaryValue());
	}

	// Position, start and end of each token, as the query side's analysis makes them.
	static List<int[]> tokens(Analyzer analyzer, String field, String text) throws IOException {
		List<int[]> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increments = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increments.getPositionIncrement();
				tokens.add(new int[] { position, offsets.startOffset(), offsets.endOffset() });
			}
			stream.end();
		}
		return tokens;
	}

	static List<Integer> positionsInPostings(DirectoryReader reader, int doc, String field) throws IOException {
		List<Integer> positions = new ArrayList<>();
		Terms terms = reader.leaves().get(0).reader().terms(field);
		if (terms == null) {
			return positions;
		}
		TermsEnum words = terms.iterator();
		while (words.next() != null) {
			PostingsEnum postings = words.postings(null, PostingsEnum.POSITIONS);
			if (postings.advance(doc) == doc) {
				for (int i = 0; i < postings.freq(); i++) {
					positions.add(postings.nextPosition());
				}
			}
		}
		positions.sort(null);
		return positions;
	}

	private static IndexedArticle article(String id, String language, String body) {
		return new IndexedArticle(id, "hash-" + id, "Title " + id, body, List.of(), LocalDate.of(2025, 1, 1), null,
				language);
	}

	/** Tokens of given position increments and offsets. */
	private static final class GivenTokens extends TokenStream {

		private final int[][] tokens;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increments = addAttribute(PositionIncrementAttribute.class);

		private int next;

		GivenTokens(int[][] tokens) {
			this.tokens = tokens;
		}

		@Override
		public boolean incrementToken() {
			if (this.next == this.tokens.length) {
				return false;
			}
			clearAttributes();
			int[] token = this.tokens[this.next++];
			this.term.append("t");
			this.increments.setPositionIncrement(token[0]);
			this.offsets.setOffset(token[1], token[2]);
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.next = 0;
		}

	}

}
