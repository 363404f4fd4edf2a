package io.broadsheet.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of a body's {@link OffsetTable}, in every analysis: letters outside the basic
 * plane, scripts the tokenizer cuts per character or not at all, a token longer than the
 * tokenizer keeps, gaps far wider than a byte holds, a body longer than the highlighter
 * reads with a word across its end, empty and blank bodies. The snippets must be those
 * that offsets in the postings (schema 4) gave, the text must be analysed again for the
 * same queries only, and bodies indexed on several threads at once must each get their
 * own table.
 */
class OffsetTableEdgeTests {

	/** Every language with a stemmer, and one without. */
	private static final List<String> LANGUAGES = List.of("ar", "hy", "eu", "ca", "da", "nl", "en", "et", "fi", "fr",
			"de", "el", "hi", "hu", "id", "ga", "it", "lt", "ne", "no", "nb", "pt", "ro", "ru", "sr", "es", "sv", "ta",
			"tr", "yi", "xx");

	private static final List<String> QUERIES = List.of("Lavrov", "border", "\"border talks\"", "talks",
			"Lavrov OR border", "Lavr*", "\"peace talks\" border", "東京", "서울", "aides", "xxx*", "border -Yerevan",
			"\"Lavrov spoke\"", "𝔘𝔫𝔦", "กรุงเทพมหานคร");

	private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

	@Test
	void snippetsOfEveryEdgeInEveryLanguageAreThoseOfOffsetsInThePostings() throws IOException {
		int maxLength = UnifiedHighlighter.DEFAULT_MAX_LENGTH;
		List<IndexedArticle> articles = new ArrayList<>();
		for (String language : LANGUAGES) {
			for (String body : edgeBodies(maxLength)) {
				articles.add(article("a" + articles.size(), language, body));
			}
		}
		SearchAnalyzer analyzer = new SearchAnalyzer();
		Set<String> analyses = new LinkedHashSet<>();
		LANGUAGES.forEach((language) -> analyses.add(SearchAnalyzer.analysisOf(language)));
		try (ByteBuffersDirectory tabled = PageHighlighterTests.index(articles, false, false);
				ByteBuffersDirectory inPostings = PageHighlighterTests.index(articles, false, true);
				DirectoryReader reader = DirectoryReader.open(tabled);
				DirectoryReader readerInPostings = DirectoryReader.open(inPostings)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			IndexSearcher searcherInPostings = new IndexSearcher(readerInPostings);
			assertThat(new PageHighlighter(searcher, analyzer).getMaxLength()).isEqualTo(maxLength);
			String[] fields = analyses.stream()
				.map((analysis) -> SearchAnalyzer.BODY + analysis)
				.toArray(String[]::new);
			int[] maxPassages = new int[fields.length];
			Arrays.fill(maxPassages, PageHighlighter.MAX_SNIPPETS);
			int snippets = 0;
			int marks = 0;
			for (String text : QUERIES) {
				Query query = new LuceneQueries(analyzer).text(TextQuery.parse(text), analyses);
				int[] docs = Arrays.stream(searcher.search(query, articles.size()).scoreDocs)
					.mapToInt((hit) -> hit.doc)
					.toArray();
				assertThat(docs).as(text).isNotEmpty();
				Counting counted = new Counting();
				Counting countedInPostings = new Counting();
				Map<String, String[]> ours = new PageHighlighter(searcher, counted).highlightFields(fields, query, docs,
						maxPassages);
				Map<String, String[]> schema4 = new PageHighlighter(searcherInPostings, countedInPostings)
					.highlightFields(fields, query, docs, maxPassages);
				Map<String, String[]> lucenes = new UnifiedHighlighter(
						PageHighlighter.configured(searcherInPostings, analyzer))
					.highlightFields(fields, query, docs, maxPassages);
				for (String field : fields) {
					assertThat(ours.get(field)).as("%s in %s", text, field)
						.containsExactly(schema4.get(field))
						.containsExactly(lucenes.get(field));
					for (String snippet : ours.get(field)) {
						if (snippet != null) {
							snippets++;
							marks += checkMarks(text, snippet);
						}
					}
				}
				// A body is analysed again where offsets in its postings had it analysed
				// again (a prefix query), and nowhere else.
				assertThat(counted.bodies > 0).as("%s analysed again", text).isEqualTo(text.contains("*"));
				assertThat(countedInPostings.bodies > 0).as("%s analysed again from postings", text)
					.isEqualTo(text.contains("*"));
			}
			assertThat(snippets).isGreaterThan(500);
			assertThat(marks).isGreaterThan(500);
		}
	}

	// Tables recorded on several threads through one writer, each flushing now and then:
	// every document's table is its own body's.
	@Test
	void bodiesIndexedOnSeveralThreadsAtOnceEachGetTheirOwnTable() throws Exception {
		Map<String, IndexedArticle> articles = new HashMap<>();
		Random random = new Random(51);
		for (int i = 0; i < 800; i++) {
			IndexedArticle article = article("r" + i, LANGUAGES.get(i % LANGUAGES.size()), randomBody(random));
			articles.put(article.id(), article);
		}
		List<IndexedArticle> all = new ArrayList<>(articles.values());
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); Analyzer searching = new SearchAnalyzer()) {
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(new SearchAnalyzer(true)).setCodec(new SnippetSourceCodec())
						.setRAMBufferSizeMB(1))) {
				ExecutorService threads = Executors.newFixedThreadPool(4);
				try {
					List<Future<?>> added = new ArrayList<>();
					for (int thread = 0; thread < 4; thread++) {
						List<IndexedArticle> share = all.subList(thread * 200, (thread + 1) * 200);
						added.add(threads.submit(() -> {
							for (IndexedArticle article : share) {
								writer.addDocument(ArticleDocuments.toDocument(article));
							}
							return null;
						}));
					}
					for (Future<?> done : added) {
						done.get();
					}
				}
				finally {
					threads.shutdownNow();
				}
				writer.forceMerge(1);
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.maxDoc()).isEqualTo(all.size());
				OffsetTable table = new OffsetTable();
				for (int doc = 0; doc < reader.maxDoc(); doc++) {
					Document stored = reader.storedFields().document(doc);
					IndexedArticle article = articles.get(stored.get(ArticleDocuments.ID));
					String body = SearchAnalyzer.BODY + SearchAnalyzer.analysisOf(article.language());
					table.read(stored.getBinaryValue(OffsetTable.FIELD));
					List<int[]> expected = OffsetTableTests.tokens(searching, body, article.body());
					for (int[] token : expected) {
						assertThat(new int[] { token[0], table.startOffset(token[0]), table.endOffset(token[0]) })
							.as("%s at %d", article.id(), token[0])
							.containsExactly(token);
					}
					assertThat(table.startOffset(expected.size())).as(article.id()).isEqualTo(-1);
					assertThat(OffsetTableTests.positionsInPostings(reader, doc, body)).as(article.id())
						.containsExactlyElementsOf(expected.stream().map((token) -> token[0]).toList());
				}
			}
		}
	}

	// The bodies that stress a table, each with the words the queries look for.
	private static List<String> edgeBodies(int maxLength) {
		String beforeTheEnd = "Peace talks. " + "Nothing was said of anyone. ".repeat((maxLength - 40) / 28);
		beforeTheEnd += " ".repeat(maxLength - 3 - beforeTheEnd.length());
		return List.of("Lavrov’s aides met for border talks. Peace talks at the border resumed; Lavrov spoke.",
				"😀Lavrov 𝔘𝔫𝔦 Lavrov𝔘 日本語の東京で Lavrov 서울 에서 border กรุงเทพมหานคร Lavrov 𠀀𠀁 talks 😀😀",
				// Gaps of two and three bytes within the text the highlighter reads, and
				// one
				// far beyond it.
				"x".repeat(600) + " Lavrov " + "y".repeat(255) + "z talks\n\n\t\u00a0\u2028" + " ".repeat(1000)
						+ "border talks, Lavrov spoke" + " ".repeat(8000) + "aides Lavrov" + " ".repeat(70_000)
						+ "border talks, Lavrov spoke " + "\u3000".repeat(300) + "東京 aides",
				// A word across the highlighter's end, matches before and after it.
				beforeTheEnd + "Lavrov border talks. " + "Lavrov spoke at the border. ".repeat(50), "", "   \n\n \t ",
				"— … !!! ??? «» Lavrov");
	}

	// A body of words of any length, any gap, in several scripts.
	private static String randomBody(Random random) {
		String[] words = { "Lavrov", "border", "talks", "東京", "😀", "𝔘𝔫𝔦", "서울", "Müller's", "café", "ünïcödé",
				"q".repeat(300), "Verhandlungen", "переговоры", "a", "I.B.M.", "2025-06-05", "e-mail" };
		String[] gaps = { " ", " ", " ", ", ", ". ", "\n\n", " — ", "   ", " ".repeat(300), "\t" };
		StringBuilder body = new StringBuilder();
		int length = random.nextInt(400);
		for (int i = 0; i < length; i++) {
			body.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
		}
		return body.toString();
	}

	// Each mark holds a whole token the query looked for; returns how many marks.
	private static int checkMarks(String text, String snippet) {
		Matcher mark = MARK.matcher(snippet);
		int marks = 0;
		while (mark.find()) {
			String marked = mark.group(1);
			assertThat(marked).as("%s marked in %s", text, snippet).isNotBlank().doesNotContain("<", ">");
			if ("Lavrov".equals(text)) {
				assertThat(marked).as(snippet).matches("Lavrov(’s)?");
			}
			if ("\"border talks\"".equals(text)) {
				assertThat(marked).as(snippet).isIn("border", "talks", "border talks");
			}
			marks++;
		}
		return marks;
	}

	private static IndexedArticle article(String id, String language, String body) {
		return new IndexedArticle(id, "hash-" + id, null, body, List.of(), LocalDate.of(2025, 1, 1), null, language);
	}

	/** The query side's analysis, counting the bodies it analyses. */
	private static final class Counting extends DelegatingAnalyzerWrapper {

		private final SearchAnalyzer analyzer = new SearchAnalyzer();

		private int bodies;

		Counting() {
			super(PER_FIELD_REUSE_STRATEGY);
		}

		@Override
		protected Analyzer getWrappedAnalyzer(String fieldName) {
			if (fieldName.startsWith(SearchAnalyzer.BODY)) {
				this.bodies++;
			}
			return this.analyzer;
		}

	}

}
