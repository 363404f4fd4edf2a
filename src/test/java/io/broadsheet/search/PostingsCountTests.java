package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostingsCountTests {

	private static final String[] WORDS = { "talks", "minister", "border", "trade", "river", "summit" };

	// Articles in two analyses (each has the fields of its own only), a word often in
	// both an article's title and its body, over several segments: the count from the
	// document frequencies is the one Lucene gets by visiting every match.
	@Test
	void countsAWordInTitlesAndBodiesAsVisitingEveryMatchDoes() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			write(directory, 3000, 700, false);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(3);
				IndexSearcher searcher = new IndexSearcher(reader);
				List<Query> queries = new ArrayList<>();
				for (String word : WORDS) {
					queries.add(new TermQuery(new Term("body_en", word)));
					queries.add(inEveryField(word));
				}
				queries.add(inEveryField("absent"));
				for (Query query : queries) {
					Query rewritten = searcher.rewrite(query);
					assertThat(PostingsCount.of(reader, rewritten)).as("%s", query).isEqualTo(searcher.count(query));
				}
			}
		}
	}

	// Two common words in OR: counting apart would read the second word's postings once
	// to count and once more to rank, so they are left to be counted as they are ranked.
	@Test
	void leavesWordsOfManyArticlesEachToBeCountedAsTheyAreRanked() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			write(directory, 600, 200, false);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query either = new BooleanQuery.Builder().add(inEveryField("talks"), Occur.SHOULD)
					.add(inEveryField("river"), Occur.SHOULD)
					.build();
				assertThat(PostingsCount.of(reader, searcher.rewrite(either))).isEqualTo(-1);
			}
		}
	}

	// What the postings do not tell: a filter, an exclusion, two required words, a
	// phrase;
	// and any query once an article is deleted, since the document frequencies
	// still count it.
	@Test
	void tellsNothingOfQueriesBeyondWordsInShouldClausesNorOfAReaderWithDeletions() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			write(directory, 600, 200, true);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.hasDeletions()).isTrue();
				IndexSearcher searcher = new IndexSearcher(reader);
				assertThat(PostingsCount.of(reader, searcher.rewrite(inEveryField("talks")))).isEqualTo(-1);
			}
		}
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			write(directory, 600, 200, false);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				assertThat(PostingsCount.of(reader, searcher.rewrite(inEveryField("talks")))).isPositive();
				for (Query query : List.of(
						new BooleanQuery.Builder().add(inEveryField("talks"), Occur.MUST)
							.add(new TermQuery(new Term("body_en", "river")), Occur.FILTER)
							.build(),
						new BooleanQuery.Builder().add(inEveryField("talks"), Occur.MUST)
							.add(inEveryField("river"), Occur.MUST_NOT)
							.build(),
						new BooleanQuery.Builder().add(inEveryField("talks"), Occur.MUST)
							.add(inEveryField("river"), Occur.MUST)
							.build(),
						new PhraseQuery("body_en", "talks", "river"))) {
					assertThat(PostingsCount.of(reader, searcher.rewrite(query))).as("%s", query).isEqualTo(-1);
				}
			}
		}
	}

	// The word in the title (boosted) and body of both analyses, as LuceneQueries asks.
	private static Query inEveryField(String word) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String analysis : List.of("en", "de")) {
			query.add(new BoostQuery(new TermQuery(new Term("title_" + analysis, word)), LuceneQueries.TITLE_BOOST),
					Occur.SHOULD);
			query.add(new TermQuery(new Term("body_" + analysis, word)), Occur.SHOULD);
		}
		return query.build();
	}

	// A tenth of the articles in a second analysis; titles of one word, often one no
	// body has, bodies of a few words, so that a word is in most bodies and in some of
	// their titles. With deletions, every tenth article is deleted after its segment is
	// written.
	private static void write(ByteBuffersDirectory directory, int count, int perSegment, boolean deletions)
			throws IOException {
		Random random = new Random(31);
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (int i = 0; i < count; i++) {
				String analysis = (i % 10 == 0) ? "de" : "en";
				Document document = new Document();
				document.add(new StringField("id", "article-" + i, Field.Store.NO));
				String title = (random.nextInt(3) == 0) ? text(random, 1) : "headline" + random.nextInt(20);
				document.add(new TextField("title_" + analysis, title, Field.Store.NO));
				document.add(new TextField("body_" + analysis, text(random, 4 + random.nextInt(8)), Field.Store.NO));
				writer.addDocument(document);
				if (i % perSegment == perSegment - 1) {
					writer.commit();
				}
			}
			if (deletions) {
				for (int i = 0; i < count; i += 10) {
					writer.deleteDocuments(new Term("id", "article-" + i));
				}
			}
		}
	}

	private static String text(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
		}
		return text.toString();
	}

}
