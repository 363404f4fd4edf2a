package io.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of an article in the index, and how an article becomes a document.
 */
final class ArticleDocuments {

	/** The article id: a stored keyword, and doc values to break ties in any order. */
	static final String ID = "id";

	/** The content hash of the stored article: what catching up compares. */
	static final String HASH = "hash";

	/** Author ids, one keyword each. */
	static final String AUTHOR = "author";

	/** Author id and name, for the author facet. */
	static final String AUTHOR_FACET = "author_facet";

	/** Publication date as an epoch day: points to filter, doc values to sort. */
	static final String PUBLISHED = "published";

	/** Publication month ({@code 2025-12}), for the year and month facets. */
	static final String MONTH = "month";

	/** Publisher, lower-cased, to filter. */
	static final String PUBLISHER = "publisher";

	/** Publisher as written, for the facet. */
	static final String PUBLISHER_FACET = "publisher_facet";

	/** ISO 639-1 code, to filter and for the facet; absent when unknown. */
	static final String LANGUAGE = "language";

	/** The title, for sorting by title. */
	static final String TITLE_SORT = "title_sort";

	/** Between an author's id and name in {@link #AUTHOR_FACET}; in neither. */
	static final char AUTHOR_SEPARATOR = '\u001f';

	/**
	 * The unstemmed copy of a text field. Only prefix queries read it, and they match
	 * without scoring, so it keeps which articles hold a word and nothing else: no
	 * frequencies, positions or norms to write for a second copy of every body.
	 */
	private static final FieldType UNSTEMMED_TEXT = unstemmedText();

	/**
	 * A title: stored, and each term's offsets kept in the postings, so that highlighting
	 * reads where the matches are instead of analysing the text again.
	 */
	private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

	/**
	 * A body: stored, with positions and no offsets; where its tokens are is stored
	 * beside it, in its {@link OffsetTable}.
	 */
	private static final FieldType BODY_TEXT = bodyText();

	/** Lucene refuses longer terms in doc values. */
	private static final int MAX_SORT_KEY_BYTES = 1024;

	/**
	 * Each analysis's text fields, named once rather than joined again for every document
	 * (a tenth of what building a document allocated, IndexingCpuBench). A few dozen at
	 * most: one per analysis {@link SearchAnalyzer#analysisOf} gives.
	 */
	private static final Map<String, TextFields> TEXT_FIELDS = new ConcurrentHashMap<>();

	private ArticleDocuments() {
	}

	static Document toDocument(IndexedArticle article) {
		Document document = new Document();
		document.add(new StringField(ID, article.id(), Field.Store.YES));
		document.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
		document.add(new BinaryDocValuesField(HASH, new BytesRef(article.contentHash())));
		TextFields fields = TEXT_FIELDS.computeIfAbsent(SearchAnalyzer.analysisOf(article.language()), TextFields::of);
		if (article.title() != null) {
			document.add(new Field(fields.title(), article.title(), HIGHLIGHTED_TEXT));
			if (fields.titleUnstemmed() != null) {
				document.add(new Field(fields.titleUnstemmed(), article.title(), UNSTEMMED_TEXT));
			}
			document.add(new SortedDocValuesField(TITLE_SORT, sortKey(article.title())));
		}
		// Stored for highlighting, and read only for the hits of a page. Its table of
		// offsets follows it: Lucene stores the table after analysing the body.
		document.add(new Field(fields.body(), article.body(), BODY_TEXT));
		document.add(OffsetTable.field());
		if (fields.bodyUnstemmed() != null) {
			document.add(new Field(fields.bodyUnstemmed(), article.body(), UNSTEMMED_TEXT));
		}
		for (IndexedArticle.Author author : article.authors()) {
			document.add(new StringField(AUTHOR, author.id(), Field.Store.NO));
			document.add(new SortedSetDocValuesField(AUTHOR_FACET,
					new BytesRef(author.id() + AUTHOR_SEPARATOR + author.name())));
		}
		if (article.publishedDate() != null) {
			long day = article.publishedDate().toEpochDay();
			document.add(new LongPoint(PUBLISHED, day));
			document.add(new NumericDocValuesField(PUBLISHED, day));
			document
				.add(new SortedDocValuesField(MONTH, new BytesRef(YearMonth.from(article.publishedDate()).toString())));
		}
		if (article.publisher() != null && !article.publisher().isBlank()) {
			document.add(new StringField(PUBLISHER, key(article.publisher()), Field.Store.NO));
			document.add(new SortedDocValuesField(PUBLISHER_FACET, new BytesRef(article.publisher())));
		}
		if (article.language() != null) {
			String code = article.language().toLowerCase(Locale.ROOT);
			document.add(new StringField(LANGUAGE, code, Field.Store.NO));
			document.add(new SortedDocValuesField(LANGUAGE, new BytesRef(code)));
		}
		return document;
	}

	private static FieldType highlightedText() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static FieldType bodyText() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
		type.freeze();
		return type;
	}

	private static FieldType unstemmedText() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	/** A publisher as the filter compares it: case-insensitive, spaces around ignored. */
	static String key(String publisher) {
		return publisher.strip().toLowerCase(Locale.ROOT);
	}

	private static BytesRef sortKey(String title) {
		byte[] bytes = title.getBytes(StandardCharsets.UTF_8);
		return new BytesRef(bytes, 0, Math.min(bytes.length, MAX_SORT_KEY_BYTES));
	}

	/**
	 * The names of one analysis's text fields.
	 *
	 * @param title the title's field
	 * @param titleUnstemmed its unstemmed copy, {@code null} when the analysis does not
	 * stem
	 * @param body the body's field
	 * @param bodyUnstemmed its unstemmed copy, {@code null} when the analysis does not
	 * stem
	 */
	private record TextFields(String title, String titleUnstemmed, String body, String bodyUnstemmed) {

		static TextFields of(String analysis) {
			String title = SearchAnalyzer.TITLE + analysis;
			String body = SearchAnalyzer.BODY + analysis;
			boolean stems = SearchAnalyzer.stems(analysis);
			return new TextFields(title, stems ? title + SearchAnalyzer.UNSTEMMED : null, body,
					stems ? body + SearchAnalyzer.UNSTEMMED : null);
		}

	}

}
