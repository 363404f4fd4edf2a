package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BestFirstTests {

	private static final String[] WORDS = { "talks", "minister", "border", "trade", "river" };

	// Few words in short texts give many equal scores, within and across segments, in
	// any id order: the ties are what the id must decide as Lucene's sort does.
	@Test
	void ranksAndCountsAsLucenesSortByScoreThenId() throws IOException {
		Random random = new Random(12);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			write(directory, random, 600, 97, (document) -> {
				StringBuilder text = new StringBuilder();
				for (int words = 1 + random.nextInt(3); words > 0; words--) {
					text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
				}
				document.add(new TextField("body", text.toString(), Field.Store.NO));
			});
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(3);
				IndexSearcher searcher = new IndexSearcher(reader);
				List<Query> queries = new ArrayList<>(List.of(new MatchAllDocsQuery()));
				for (String word : WORDS) {
					queries.add(new TermQuery(new Term("body", word)));
					queries.add(new BooleanQuery.Builder().add(new TermQuery(new Term("body", word)), Occur.SHOULD)
						.add(new TermQuery(new Term("body", WORDS[(word.length() + 1) % WORDS.length])), Occur.SHOULD)
						.build());
				}
				for (Query query : queries) {
					for (int wanted : new int[] { 1, 7, 20, 140, 1000 }) {
						TopFieldDocs expected = searcher.search(query,
								new TopFieldCollectorManager(BestFirst.SORT, wanted, Integer.MAX_VALUE));
						BestFirst.Page page = searcher.search(query, new BestFirst(wanted, BestFirst.idOrder(reader)));
						assertThat(page.total()).as("%s, %d", query, wanted).isEqualTo(expected.totalHits.value);
						assertThat(docs(page.hits())).as("%s, %d", query, wanted).isEqualTo(docs(expected.scoreDocs));
						BestFirst.Page oneByOne = searcher.search(new DocumentAtATime(query),
								new BestFirst(wanted, BestFirst.idOrder(reader)));
						assertThat(oneByOne.total()).as("%s, %d", query, wanted).isEqualTo(expected.totalHits.value);
						assertThat(docs(oneByOne.hits())).as("%s, %d", query, wanted)
							.isEqualTo(docs(expected.scoreDocs));
					}
				}
			}
		}
	}

	// Titles and bodies as the index has them, a word in a title weighing three times one
	// in a body, segments with many blocks of postings per word: the pages, scores and
	// totals must be Lucene's, though most matches are counted unscored.
	@Test
	void skipsScoringMatchesThatCannotEnterYetRanksAndCountsTheSame() throws IOException {
		Random random = new Random(17);
		String[] vocabulary = vocabulary();
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			writeTitled(directory, random, vocabulary);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				IndexSearcher searcher = new IndexSearcher(reader);
				List<Query> queries = new ArrayList<>();
				for (int i = 0; i < 6; i++) {
					// One of the common words, which most articles have.
					String word = vocabulary[random.nextInt(10)];
					String other = vocabulary[random.nextInt(vocabulary.length)];
					Query one = inTitleOrBody(word);
					Query two = inTitleOrBody(other);
					queries.add(one);
					queries.add(new BooleanQuery.Builder().add(one, Occur.MUST).add(two, Occur.MUST).build());
					queries.add(new BooleanQuery.Builder().add(one, Occur.SHOULD).add(two, Occur.SHOULD).build());
					queries.add(new BooleanQuery.Builder().add(one, Occur.MUST).add(two, Occur.MUST_NOT).build());
					queries.add(new BooleanQuery.Builder().add(one, Occur.MUST)
						.add(new TermQuery(new Term("title", other)), Occur.FILTER)
						.build());
					queries.add(
							inTitleOrBody(new PhraseQuery("title", word, other), new PhraseQuery("body", word, other)));
				}
				long total = 0;
				long scored = 0;
				long oneWordTotal = 0;
				long oneWordCollected = 0;
				for (int q = 0; q < queries.size(); q++) {
					Query query = queries.get(q);
					Query rewritten = searcher.rewrite(query);
					long counted = PostingsCount.of(reader, rewritten);
					if (q % 6 == 0) {
						// A word alone (the first of each six) has its total counted
						// apart.
						assertThat(counted).as("%s", query).isPositive();
					}
					for (int wanted : new int[] { 1, 20, 60, 1000 }) {
						TopFieldDocs expected = searcher.search(query,
								new TopFieldCollectorManager(BestFirst.SORT, wanted, Integer.MAX_VALUE));
						BestFirst.Page page = searcher.search(new DocumentAtATime(query),
								new BestFirst(wanted, BestFirst.idOrder(reader)));
						// Told the total, it ranks skipping what cannot enter the page.
						BestFirst.Page skipping = searcher.search(rewritten,
								new BestFirst(wanted, BestFirst.idOrder(reader), true));
						assertThat(page.total()).as("%s, %d", query, wanted).isEqualTo(expected.totalHits.value);
						assertThat(docs(page.hits())).as("%s, %d", query, wanted).isEqualTo(docs(expected.scoreDocs));
						assertThat(docs(skipping.hits())).as("%s, %d", query, wanted)
							.isEqualTo(docs(expected.scoreDocs));
						for (int i = 0; i < page.hits().length; i++) {
							assertThat(page.hits()[i].score)
								.isEqualTo((Float) ((FieldDoc) expected.scoreDocs[i]).fields[0]);
							assertThat(skipping.hits()[i].score).isEqualTo(page.hits()[i].score);
						}
						if (counted >= 0) {
							assertThat(counted).as("%s", query).isEqualTo(expected.totalHits.value);
						}
						if (wanted == 20) {
							total += page.total();
							scored += page.scored();
							if (counted >= 0) {
								oneWordTotal += counted;
								oneWordCollected += skipping.total();
							}
						}
					}
				}
				assertThat(scored).isLessThan(total / 2);
				assertThat(oneWordCollected).isLessThan(oneWordTotal / 4);
			}
		}
	}

	// Articles with ids in shuffled order, a segment every so many (never merged), their
	// text fields given by fields.
	private static void write(ByteBuffersDirectory directory, Random random, int count, int perSegment,
			Consumer<Document> fields) throws IOException {
		List<Integer> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(i);
		}
		Collections.shuffle(ids, random);
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (int i = 0; i < ids.size(); i++) {
				Document document = new Document();
				document.add(new SortedDocValuesField(ArticleDocuments.ID,
						new BytesRef(String.format("article-%05d", ids.get(i)))));
				fields.accept(document);
				writer.addDocument(document);
				if (i % perSegment == perSegment - 1) {
					writer.commit();
				}
			}
		}
	}

	private static String[] vocabulary() {
		String[] vocabulary = new String[40];
		for (int i = 0; i < vocabulary.length; i++) {
			vocabulary[i] = "w" + i;
		}
		return vocabulary;
	}

	// 30,000 articles in two segments, each a short title and a body of a few dozen
	// words.
	private static void writeTitled(ByteBuffersDirectory directory, Random random, String[] vocabulary)
			throws IOException {
		write(directory, random, 30000, 15000, (document) -> {
			document.add(new TextField("title", words(random, vocabulary, 1 + random.nextInt(3), 1), Field.Store.NO));
			document
				.add(new TextField("body", words(random, vocabulary, 20 + random.nextInt(80), 2.5), Field.Store.NO));
		});
	}

	private static Query inTitleOrBody(String word) {
		return inTitleOrBody(new TermQuery(new Term("title", word)), new TermQuery(new Term("body", word)));
	}

	private static Query inTitleOrBody(Query title, Query body) {
		return new BooleanQuery.Builder().add(new BoostQuery(title, LuceneQueries.TITLE_BOOST), Occur.SHOULD)
			.add(body, Occur.SHOULD)
			.build();
	}

	// Skewed, some words far more common than others, as in any language's bodies;
	// titles name their subject, in a few words of any rank.
	private static String words(Random random, String[] vocabulary, int count, double skew) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			double skewed = Math.pow(random.nextDouble(), skew);
			text.append(vocabulary[(int) (skewed * vocabulary.length)]).append(' ');
		}
		return text.toString();
	}

	private static List<Integer> docs(ScoreDoc[] hits) {
		List<Integer> docs = new ArrayList<>();
		for (ScoreDoc hit : hits) {
			docs.add(hit.doc);
		}
		return docs;
	}

}
