package io.broadsheet.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageHighlighterTests {

	private static final List<IndexedArticle> ARTICLES = List.of(
			article("a", "en", "Lavrov in Yerevan",
					"The minister arrived on Wednesday. Talks with Lavrov continued for weeks.\n"
							+ "Negotiations on the border resumed. \"Nobody knows,\" said one negotiator."),
			article("b", "en", "Border talks resume",
					"Delegations met for a second round of talks. The border question was left open."),
			article("c", "de", "Verhandlungen in Genf",
					"Die Verhandlungen dauerten Wochen. Lavrov kam am Mittwoch an der Grenze an."),
			article("d", null, "Lavrov", "Talks talks talks. Nothing else: talks, and the border again."),
			article("e", "en", null, "Only a body here, with Lavrov and the border and talks."),
			article("f", "en", "Lavrov à Genève", "Über die Grenze, „talks“ — Lavrov 😀 spoke; the border stayed."),
			// Snippets come from the first 10,000 characters of a text.
			article("g", "en", "Long",
					"Talks went on. " + "Nothing was said of anyone. ".repeat(400)
							+ "Lavrov spoke at the border at last."),
			// A phrase at a text's start and at its end, once across a sentence break,
			// and a phrase of one word twice, whose matches overlap.
			article("h", "en", "Peace talks",
					"Peace talks began at dawn. Nobody spoke of peace; talks were short. "
							+ "They reached the border. Question after question followed the peace talks"),
			article("i", "en", "Talks, talks", "Talks talks talks, and the border question again."));

	// The snippets of every kind of query are those Lucene's own highlighter cuts with
	// the same settings, where it prepares the query again for each hit and field, from
	// offsets in the postings of bodies and titles alike: ours take a body's from its
	// table, and an index with offsets in the bodies' postings (schema 4) cuts the same.
	@ParameterizedTest(name = "a segment each: {0}")
	@ValueSource(booleans = { true, false })
	void cutsTheSnippetsLucenesHighlighterCuts(boolean segmentEach) throws IOException {
		SearchAnalyzer analyzer = new SearchAnalyzer();
		try (ByteBuffersDirectory directory = index(segmentEach, false);
				ByteBuffersDirectory withOffsets = index(segmentEach, true);
				DirectoryReader reader = DirectoryReader.open(directory);
				DirectoryReader readerWithOffsets = DirectoryReader.open(withOffsets)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			IndexSearcher searcherWithOffsets = new IndexSearcher(readerWithOffsets);
			Set<String> analyses = new TreeSet<>(List.of("en", "de", SearchAnalyzer.NEUTRAL));
			String[] fields = analyses.stream()
				.flatMap(
						(analysis) -> List.of(SearchAnalyzer.BODY + analysis, SearchAnalyzer.TITLE + analysis).stream())
				.toArray(String[]::new);
			int[] maxPassages = new int[fields.length];
			Arrays.fill(maxPassages, PageHighlighter.MAX_SNIPPETS);
			int compared = 0;
			for (String text : List.of("Lavrov", "talks border", "\"border question\"", "Lavrov OR Grenze",
					"talks -Yerevan", "-Yerevan", "negotiat*", "talks negotiat*", "resume", "Verhandlungen",
					"talks talks", "border OR talks OR Lavrov", "talks \"border question\"", "\"peace talks\"",
					"\"talks talks\"", "\"talks with Lavrov\"", "\"border talks\"", "\"Lavrov spoke\" border",
					"\"peace talks\" OR \"border question\"", "spoke", "\"at the border\"")) {
				Query query = new LuceneQueries(analyzer).text(TextQuery.parse(text), analyses);
				int[] docs = Arrays.stream(searcher.search(query, 10).scoreDocs).mapToInt((hit) -> hit.doc).toArray();
				assertThat(docs).as(text).isNotEmpty();
				assertThat(Arrays.stream(searcherWithOffsets.search(query, 10).scoreDocs)
					.mapToInt((hit) -> hit.doc)
					.toArray()).as(text).containsExactly(docs);
				PageHighlighter highlighter = new PageHighlighter(searcher, analyzer);
				// Snippets come from the offsets in the index for the fields of every
				// segment, a language met only in a later one too: the field infos
				// the highlighter is given are merged across the segments.
				for (String field : fields) {
					assertThat(highlighter.getFieldInfo(field).getIndexOptions()).as(field)
						.isEqualTo(field.startsWith(SearchAnalyzer.BODY) ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS
								: IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
				}
				Map<String, String[]> ours = highlighter.highlightFields(fields, query, docs, maxPassages);
				// The same page again reads each word's postings anew.
				assertThat(highlighter.highlightFields(fields, query, docs, maxPassages)).as(text)
					.containsExactlyInAnyOrderEntriesOf(ours);
				// And from offsets in the postings, ours cut the same.
				assertThat(new PageHighlighter(searcherWithOffsets, analyzer).highlightFields(fields, query, docs,
						maxPassages))
					.as(text)
					.containsExactlyInAnyOrderEntriesOf(ours);
				Map<String, String[]> lucenes = new UnifiedHighlighter(
						PageHighlighter.configured(searcherWithOffsets, analyzer))
					.highlightFields(fields, query, docs, maxPassages);
				for (String field : fields) {
					assertThat(ours.get(field)).as("%s in %s", text, field).containsExactly(lucenes.get(field));
					compared += nonNull(ours.get(field));
				}
			}
			assertThat(compared).isGreaterThan(20);
		}
	}

	// The articles as the index holds them, or with each body's offsets in its postings
	// instead of in its table, as schema 4 did.
	private static ByteBuffersDirectory index(boolean segmentEach, boolean offsetsInPostings) throws IOException {
		return index(ARTICLES, segmentEach, offsetsInPostings);
	}

	static ByteBuffersDirectory index(List<IndexedArticle> articles, boolean segmentEach, boolean offsetsInPostings)
			throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(new SearchAnalyzer(true)).setCodec(new SnippetSourceCodec())
					.setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (IndexedArticle article : articles) {
				Document document = ArticleDocuments.toDocument(article);
				writer.addDocument(offsetsInPostings ? withOffsetsInPostings(document) : document);
				// Matches are read per segment, and within one from hit to hit.
				if (segmentEach) {
					writer.commit();
				}
			}
		}
		return directory;
	}

	static Document withOffsetsInPostings(Document document) {
		FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
		withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		Document changed = new Document();
		for (IndexableField field : document) {
			boolean body = field.name().startsWith(SearchAnalyzer.BODY)
					&& field.fieldType().indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
			if (!field.name().equals(OffsetTable.FIELD)) {
				changed.add(body ? new Field(field.name(), field.stringValue(), withOffsets) : field);
			}
		}
		return changed;
	}

	private static int nonNull(String[] snippets) {
		return (int) Arrays.stream(snippets).filter((snippet) -> snippet != null && !snippet.equals("[]")).count();
	}

	private static IndexedArticle article(String id, String language, String title, String body) {
		return new IndexedArticle(id, "hash-" + id, title, body, List.of(), LocalDate.of(2025, 1, 1), null, language);
	}

}
