package io.broadsheet.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordPairQueryTests {

	// Few words, repeated, stemmed to one term ("talks", "talk"), possessives and
	// punctuation: phrases that occur several times in one body, overlap ("talks talks
	// talks"), span a sentence's end, or stand in another word's stem.
	private static final String[] WORDS = { "talks", "talk", "minister", "Minister's", "border", "trade", "river",
			"the", "of", "e-mail", "café", "Cafe" };

	@Test
	void matchesAndScoresEveryTwoWordPhraseAsThePhrase() throws IOException {
		Random random = new Random(16);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(new SearchAnalyzer(true)).setMergePolicy(NoMergePolicy.INSTANCE))) {
				for (int i = 0; i < 400; i++) {
					String language = (i % 3 == 0) ? null : "en";
					writer.addDocument(ArticleDocuments.toDocument(
							new IndexedArticle("a" + i, "h" + i, text(random, 4), text(random, 5 + random.nextInt(60)),
									List.of(), LocalDate.of(2025, 1, 1), null, language)));
					if (i % 90 == 89) {
						writer.commit();
					}
				}
				writer.commit();
				// A segment written before the pair field: the phrase itself searches it.
				FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
				withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
				for (int i = 0; i < 60; i++) {
					Document document = new Document();
					document.add(new Field(SearchAnalyzer.BODY + "en", text(random, 30), withOffsets));
					writer.addDocument(document);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(3);
				IndexSearcher searcher = new IndexSearcher(reader);
				QueryBuilder builder = new QueryBuilder(new SearchAnalyzer());
				int pairQueries = 0;
				for (String analysis : List.of("en", SearchAnalyzer.NEUTRAL)) {
					String field = SearchAnalyzer.BODY + analysis;
					for (String first : WORDS) {
						for (String second : WORDS) {
							Query query = builder.createPhraseQuery(field, first + " " + second);
							if (!(query instanceof PhraseQuery phrase)) {
								continue;
							}
							Query pair = WordPairQuery.of(phrase);
							if (pair instanceof WordPairQuery) {
								pairQueries++;
							}
							TopDocs expected = searcher.search(phrase, reader.maxDoc());
							TopDocs actual = searcher.search(pair, reader.maxDoc());
							assertThat(actual.totalHits).as(phrase.toString()).isEqualTo(expected.totalHits);
							assertThat(hits(actual)).as(phrase.toString()).isEqualTo(hits(expected));
							assertThat(searcher.count(pair)).as(phrase.toString()).isEqualTo(searcher.count(phrase));
						}
					}
				}
				// Three-word phrases ("e-mail" and another) stay phrases.
				assertThat(pairQueries).isGreaterThan(200).isLessThan(2 * WORDS.length * WORDS.length);
			}
		}
	}

	@Test
	void somePhrasesMatchAndOthersDoNot() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer(true)))) {
				writer.addDocument(ArticleDocuments.toDocument(new IndexedArticle("a", "h", null,
						"The minister's talks on trade. Border talks, talks talks.", List.of(), null, null, "en")));
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				QueryBuilder builder = new QueryBuilder(new SearchAnalyzer());
				assertThat(count(searcher, builder, "minister talk")).isEqualTo(1);
				assertThat(count(searcher, builder, "trade border")).isEqualTo(1);
				assertThat(count(searcher, builder, "talks talk")).isEqualTo(1);
				assertThat(count(searcher, builder, "talks minister")).isZero();
				assertThat(count(searcher, builder, "the talks")).isZero();
			}
		}
	}

	// The indexing analyzer replays the body's terms for its pairs (or analyses a text it
	// did not record): the pairs and their frequencies are those of analysing it anew.
	@Test
	void indexesThePairsOfAFreshAnalysis() throws IOException {
		Random random = new Random(61);
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			documents.add(ArticleDocuments.toDocument(new IndexedArticle("a" + i, "h" + i, text(random, 3),
					text(random, 1 + random.nextInt(80)), List.of(), null, null, (i % 2 == 0) ? "en" : "fr")));
		}
		Document alone = new Document();
		FieldType pairsType = new FieldType(TextField.TYPE_NOT_STORED);
		pairsType.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		pairsType.setOmitNorms(true);
		alone.add(new Field(SearchAnalyzer.BODY + "en" + SearchAnalyzer.PAIRS, text(random, 50), pairsType));
		documents.add(alone);
		List<String> replayed = pairs(new SearchAnalyzer(true), documents);
		assertThat(replayed).isEqualTo(pairs(new SearchAnalyzer(false), documents))
			.contains("body.en.pairs:minist talk", "body.en.pairs:talk talk");
		assertThat(replayed).anyMatch((pair) -> pair.startsWith("body.fr.pairs:"));
	}

	private static List<String> pairs(SearchAnalyzer analyzer, List<Document> documents) throws IOException {
		List<String> pairs = new ArrayList<>();
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				writer.addDocuments(documents);
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
					if (!field.name.endsWith(SearchAnalyzer.PAIRS)) {
						continue;
					}
					for (LeafReaderContext leaf : reader.leaves()) {
						TermsEnum terms = leaf.reader().terms(field.name).iterator();
						for (BytesRef term = terms.next(); term != null; term = terms.next()) {
							pairs.add(field.name + ":" + term.utf8ToString());
							PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
							for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings
								.nextDoc()) {
								pairs.add(doc + "x" + postings.freq());
							}
						}
					}
				}
			}
		}
		return pairs;
	}

	private static int count(IndexSearcher searcher, QueryBuilder builder, String phrase) throws IOException {
		Query query = WordPairQuery.of((PhraseQuery) builder.createPhraseQuery(SearchAnalyzer.BODY + "en", phrase));
		assertThat(query).isInstanceOf(WordPairQuery.class);
		return searcher.count(query);
	}

	private static List<String> hits(TopDocs docs) {
		List<String> hits = new ArrayList<>();
		for (ScoreDoc hit : docs.scoreDocs) {
			hits.add(hit.doc + ":" + Float.floatToIntBits(hit.score));
		}
		return hits;
	}

	private static String text(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(WORDS[random.nextInt(WORDS.length)]).append((random.nextInt(8) == 0) ? ". " : " ");
		}
		return text.toString();
	}

}
