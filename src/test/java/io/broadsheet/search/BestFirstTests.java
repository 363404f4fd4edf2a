package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
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
			List<Integer> ids = new ArrayList<>();
			for (int i = 0; i < 600; i++) {
				ids.add(i);
			}
			Collections.shuffle(ids, random);
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
				for (int i = 0; i < ids.size(); i++) {
					Document document = new Document();
					document.add(new SortedDocValuesField(ArticleDocuments.ID,
							new BytesRef(String.format("article-%04d", ids.get(i)))));
					StringBuilder text = new StringBuilder();
					for (int words = 1 + random.nextInt(3); words > 0; words--) {
						text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
					}
					document.add(new TextField("body", text.toString(), Field.Store.NO));
					writer.addDocument(document);
					if (i % 97 == 96) {
						writer.commit();
					}
				}
			}
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

	private static List<Integer> docs(ScoreDoc[] hits) {
		List<Integer> docs = new ArrayList<>();
		for (ScoreDoc hit : hits) {
			docs.add(hit.doc);
		}
		return docs;
	}

}
