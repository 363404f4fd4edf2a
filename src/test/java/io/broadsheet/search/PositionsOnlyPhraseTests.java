package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionsOnlyPhraseTests {

	private static final String[] WORDS = { "talks", "minister", "border", "trade", "river", "the" };

	/** Indexed as titles and bodies are: with positions and offsets. */
	private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

	static {
		WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		WITH_OFFSETS.freeze();
	}

	// Every word is in far more than 128 articles of each segment (the postings Lucene
	// then opens for TOP_SCORES differ from those for COMPLETE), repeated within an
	// article, in segments with deletions.
	@Test
	void findsScoresAndCountsAsThePhraseItself() throws IOException {
		Random random = new Random(30);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
				.setMergePolicy(NoMergePolicy.INSTANCE);
			try (IndexWriter writer = new IndexWriter(directory, config)) {
				for (int i = 0; i < 1500; i++) {
					Document document = new Document();
					document.add(new SortedDocValuesField(ArticleDocuments.ID, new BytesRef("%05d".formatted(i))));
					document.add(new Field("title", text(random, 1 + random.nextInt(4)), WITH_OFFSETS));
					document.add(new Field("body", text(random, 5 + random.nextInt(150)), WITH_OFFSETS));
					writer.addDocument(document);
					if (i % 500 == 499) {
						writer.deleteDocuments(new Term("body", WORDS[i % WORDS.length]),
								new Term("title", WORDS[(i + 1) % WORDS.length]));
						writer.commit();
					}
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(2);
				IndexSearcher searcher = new IndexSearcher(reader);
				int phrases = 0;
				for (String first : WORDS) {
					for (String second : WORDS) {
						for (String third : new String[] { null, WORDS[(first.length() + second.length()) % 6] }) {
							PhraseQuery body = phrase("body", first, second, third);
							PhraseQuery title = phrase("title", first, second, third);
							Query plain = new BooleanQuery.Builder().add(new BoostQuery(title, 3f), Occur.SHOULD)
								.add(body, Occur.SHOULD)
								.build();
							Query positionsOnly = new BooleanQuery.Builder()
								.add(new BoostQuery(PositionsOnlyPhrase.of(title), 3f), Occur.SHOULD)
								.add(PositionsOnlyPhrase.of(body), Occur.SHOULD)
								.build();
							for (int wanted : new int[] { 1, 20, 2000 }) {
								BestFirst.Page expected = searcher.search(new DocumentAtATime(plain),
										new BestFirst(wanted, BestFirst.idOrder(reader)));
								BestFirst.Page page = searcher.search(new DocumentAtATime(positionsOnly),
										new BestFirst(wanted, BestFirst.idOrder(reader)));
								assertThat(page.total()).as("%s, %d", plain, wanted).isEqualTo(expected.total());
								assertThat(hits(page.hits())).as("%s, %d", plain, wanted)
									.isEqualTo(hits(expected.hits()));
							}
							assertThat(searcher.count(positionsOnly)).isEqualTo(searcher.count(plain));
							phrases += (searcher.count(plain) > 0) ? 1 : 0;
						}
					}
				}
				assertThat(phrases).as("phrases found").isGreaterThan(30);
			}
		}
	}

	@Test
	void readsAScoredPhraseThroughThePostingsOfTopScores() throws IOException {
		List<ScoreMode> asked = new ArrayList<>();
		PhraseQuery recording = new PhraseQuery("body", "border", "talks") {

			@Override
			public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
				asked.add(scoreMode);
				return super.createWeight(searcher, scoreMode, boost);
			}

		};
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
				Document document = new Document();
				document.add(new Field("body", "border talks", WITH_OFFSETS));
				writer.addDocument(document);
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query query = new PositionsOnlyPhrase(recording);
				searcher.createWeight(query, ScoreMode.COMPLETE, 1f);
				searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
			}
		}
		assertThat(asked).containsExactly(ScoreMode.TOP_SCORES, ScoreMode.COMPLETE_NO_SCORES);
	}

	@Test
	void leavesAWordAlone() {
		Query word = new TermQuery(new Term("body", "border"));
		assertThat(PositionsOnlyPhrase.of(word)).isSameAs(word);
	}

	private static PhraseQuery phrase(String field, String first, String second, String third) {
		return (third != null) ? new PhraseQuery(field, first, second, third) : new PhraseQuery(field, first, second);
	}

	private static String text(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
		}
		return text.toString();
	}

	// The hits in order with their scores' bits: the same hits and the same scores.
	private static List<String> hits(ScoreDoc[] hits) {
		List<String> found = new ArrayList<>();
		for (ScoreDoc hit : hits) {
			found.add(hit.doc + ":" + Float.floatToIntBits(hit.score));
		}
		return found;
	}

}
