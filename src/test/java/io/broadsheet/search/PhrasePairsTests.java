package io.broadsheet.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasePairsTests {

	// Stems ("talks", "talked"), a possessive, a word the tokenizer splits, an accent
	// folded, stop words: what a body's terms go through before their pairs are hashed.
	private static final List<String> WORDS = List.of("talks", "talk", "talked", "border", "the", "of", "Lavrov's",
			"Lavrov", "e-mail", "café", "cafe", "question", "open", "Running", "runs", "a");

	private static final Set<String> ANALYSES = new TreeSet<>(List.of("en", "de", SearchAnalyzer.NEUTRAL));

	// Every phrase of two and three words of the vocabulary (and each word alone) finds
	// the same articles with the same scores with the prefilter as without, over random
	// bodies in three analyses, several segments, and bucket counts down to eight, where
	// pairs that differ share buckets all the time.
	@ParameterizedTest(name = "{0} buckets")
	@ValueSource(ints = { 8, 64, PhrasePairs.DEFAULT_BUCKETS })
	void findsWhatThePhraseAloneFinds(int buckets) throws IOException {
		PhrasePairs pairs = new PhrasePairs(buckets);
		Random random = new Random(buckets);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			index(directory, pairs, random);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				LuceneQueries queries = new LuceneQueries(new SearchAnalyzer(), pairs);
				List<String> phrases = new ArrayList<>(WORDS);
				for (String first : WORDS) {
					for (String second : WORDS) {
						phrases.add("\"" + first + " " + second + "\"");
						if (random.nextInt(4) == 0) {
							phrases.add(
									"\"" + first + " " + second + " " + WORDS.get(random.nextInt(WORDS.size())) + "\"");
						}
					}
				}
				phrases.add("\"talks the border\" -cafe");
				phrases.add("\"border question\" OR \"question open\"");
				int matched = 0;
				for (String text : phrases) {
					SearchCriteria criteria = new SearchCriteria(TextQuery.parse(text), Set.of(), null, null, null,
							null);
					ScoreDoc[] expected = searcher.search(queries.toQuery(criteria, ANALYSES, false), 1000).scoreDocs;
					ScoreDoc[] found = searcher.search(queries.toQuery(criteria, ANALYSES, true), 1000).scoreDocs;
					assertThat(found).as(text).hasSameSizeAs(expected);
					for (int i = 0; i < expected.length; i++) {
						assertThat(found[i].doc).as(text).isEqualTo(expected[i].doc);
						assertThat(Float.floatToIntBits(found[i].score)).as(text)
							.isEqualTo(Float.floatToIntBits(expected[i].score));
					}
					matched += (expected.length > 0) ? 1 : 0;
				}
				// Not a vacuous comparison: most phrases occur somewhere.
				assertThat(matched).isGreaterThan(phrases.size() / 2);
			}
		}
	}

	// With enough buckets the prefilter leaves out articles that hold the words apart:
	// the positions it saves reading.
	@Test
	void leavesOutArticlesWithTheWordsApart() throws IOException {
		PhrasePairs pairs = new PhrasePairs(PhrasePairs.DEFAULT_BUCKETS);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer(pairs)))) {
				writer.addDocument(ArticleDocuments.toDocument(article("1", "en", "Talks at the border went on.")));
				writer.addDocument(ArticleDocuments.toDocument(article("2", "en", "The border; then talks.")));
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query phrase = new PhraseQuery(SearchAnalyzer.BODY + "en", "talk", "at", "the", "border");
				Query filtered = pairs.prefiltered(phrase);
				assertThat(filtered).isInstanceOf(BooleanQuery.class);
				BooleanQuery.Builder filterOnly = new BooleanQuery.Builder();
				for (BooleanClause clause : ((BooleanQuery) filtered).clauses()) {
					if (clause.getOccur() == Occur.FILTER) {
						filterOnly.add(clause.getQuery(), Occur.FILTER);
					}
				}
				assertThat(searcher.count(filterOnly.build())).isOne();
				assertThat(searcher.count(filtered)).isOne();
				assertThat(searcher.count(new TermQuery(new Term(SearchAnalyzer.BODY + "en", "talk")))).isEqualTo(2);
			}
		}
	}

	// A phrase whose words need not be side by side, or a single word, is left as it is.
	@Test
	void leavesOtherQueriesAlone() {
		PhrasePairs pairs = new PhrasePairs(PhrasePairs.DEFAULT_BUCKETS);
		Query sloppy = new PhraseQuery(1, SearchAnalyzer.BODY + "en", "talk", "border");
		assertThat(pairs.prefiltered(sloppy)).isSameAs(sloppy);
		Query word = new TermQuery(new Term(SearchAnalyzer.BODY + "en", "talk"));
		assertThat(pairs.prefiltered(word)).isSameAs(word);
		Query gap = new PhraseQuery.Builder().add(new Term(SearchAnalyzer.BODY + "en", "talk"), 0)
			.add(new Term(SearchAnalyzer.BODY + "en", "border"), 2)
			.build();
		assertThat(pairs.prefiltered(gap)).isSameAs(gap);
	}

	private static void index(ByteBuffersDirectory directory, PhrasePairs pairs, Random random) throws IOException {
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(new SearchAnalyzer(pairs)).setMergePolicy(NoMergePolicy.INSTANCE))) {
			String[] languages = { "en", "de", null };
			for (int i = 0; i < 300; i++) {
				StringBuilder body = new StringBuilder();
				int length = 2 + random.nextInt(12);
				for (int w = 0; w < length; w++) {
					body.append(WORDS.get(random.nextInt(WORDS.size()))).append((random.nextInt(8) == 0) ? ". " : " ");
				}
				writer.addDocument(ArticleDocuments
					.toDocument(article(Integer.toString(i), languages[i % languages.length], body.toString())));
				if (i % 100 == 99) {
					writer.commit();
				}
			}
		}
	}

	private static IndexedArticle article(String id, String language, String body) {
		return new IndexedArticle(id, "hash-" + id, null, body, List.of(), LocalDate.of(2025, 1, 1), null, language);
	}

}
