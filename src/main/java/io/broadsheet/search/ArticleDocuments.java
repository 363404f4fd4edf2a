package io.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
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
	 * The unstemmed copy of a text field, and a body's stems apart. Only prefix queries
	 * read them, and they match without scoring, so they keep which articles hold a word
	 * and nothing else: no frequencies, positions or norms to write for a second copy of
	 * every body.
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

	private ArticleDocuments() {
	}

	static Document toDocument(IndexedArticle article) {
		Document document = new Document();
		document.add(new StringField(ID, article.id(), Field.Store.YES));
		document.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
		document.add(new BinaryDocValuesField(HASH, new BytesRef(article.contentHash())));
		TextFields fields = TextFields.of(SearchAnalyzer.analysisOf(article.language()));
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
			// The words the stemmer changed, then the stems that begin none of their
			// words: both from the body's tokens, analysed just before (TokenReplay).
			document.add(new Field(fields.bodyUnstemmed(), article.body(), UNSTEMMED_TEXT));
			document.add(new Field(fields.bodyStemsApart(), article.body(), UNSTEMMED_TEXT));
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
	 * The names of one analysis's text fields: the one place that says which fields an
	 * article of that analysis is indexed in, which of them a text query reads and where
	 * its snippets are looked for. Named once per analysis rather than joined again for
	 * every document (a tenth of what building a document allocated, IndexingCpuBench)
	 * and every query.
	 */
	static final class TextFields {

		/**
		 * Each analysis's fields. A few dozen at most: one per analysis
		 * {@link SearchAnalyzer#analysisOf} gives.
		 */
		private static final Map<String, TextFields> BY_ANALYSIS = new ConcurrentHashMap<>();

		private final String title;

		private final String titleUnstemmed;

		private final String body;

		private final String bodyUnstemmed;

		private final String bodyStemsApart;

		/** The title's unstemmed copy, if any, as the highlighter is told of it. */
		private final Set<String> titleCopies;

		/** The body's unstemmed copy, if any, as the highlighter is told of it. */
		private final Set<String> bodyCopies;

		/** Where a titled article's snippets are looked for: its body, then its title. */
		private final List<String> snippetFieldsTitled;

		/** Where an untitled article's snippets are looked for: its body. */
		private final List<String> snippetFieldsUntitled;

		private TextFields(String analysis) {
			this.title = SearchAnalyzer.TITLE + analysis;
			this.body = SearchAnalyzer.BODY + analysis;
			boolean stems = SearchAnalyzer.stems(analysis);
			this.titleUnstemmed = stems ? this.title + SearchAnalyzer.UNSTEMMED : null;
			this.bodyUnstemmed = stems ? this.body + SearchAnalyzer.UNSTEMMED : null;
			this.bodyStemsApart = stems ? this.body + SearchAnalyzer.STEMS_APART : null;
			this.titleCopies = stems ? Set.of(this.titleUnstemmed) : Set.of();
			this.bodyCopies = stems ? Set.of(this.bodyUnstemmed) : Set.of();
			this.snippetFieldsTitled = List.of(this.body, this.title);
			this.snippetFieldsUntitled = List.of(this.body);
		}

		/**
		 * The fields of an analysis.
		 * @param analysis as {@link SearchAnalyzer#analysisOf} gives it
		 * @return its fields
		 */
		static TextFields of(String analysis) {
			return BY_ANALYSIS.computeIfAbsent(analysis, TextFields::new);
		}

		/**
		 * The unstemmed copy of a title or body field: where a prefix query in that field
		 * looks, and so what the highlighter shows in the field itself.
		 * @param field any field
		 * @return the copy, none for a field of an analysis that does not stem or for any
		 * other field
		 */
		static Set<String> unstemmedCopiesOf(String field) {
			String analysis = SearchAnalyzer.analysisOfField(field);
			if (analysis == null || !SearchAnalyzer.stems(analysis)) {
				return Set.of();
			}
			TextFields fields = of(analysis);
			return field.equals(fields.title) ? fields.titleCopies
					: field.equals(fields.body) ? fields.bodyCopies : Set.of();
		}

		/** The title's field. */
		String title() {
			return this.title;
		}

		/** Its unstemmed copy, {@code null} when the analysis does not stem. */
		String titleUnstemmed() {
			return this.titleUnstemmed;
		}

		/** The body's field. */
		String body() {
			return this.body;
		}

		/**
		 * Its unstemmed copy, {@code null} when the analysis does not stem: the words the
		 * stemmer changed, each once.
		 */
		String bodyUnstemmed() {
			return this.bodyUnstemmed;
		}

		/**
		 * Its stems that begin none of the article's words they were made from,
		 * {@code null} when the analysis does not stem.
		 */
		String bodyStemsApart() {
			return this.bodyStemsApart;
		}

		/**
		 * The query of the articles with a word that begins with a prefix in one of these
		 * fields. A title's is looked for in its unstemmed copy ({@code negotiat*} would
		 * not match the stem {@code negoti}); a body's in its stems and the words they do
		 * not tell ({@link StemmedPrefixQuery}); a field that is not stemmed is searched
		 * itself.
		 * @param field {@link #title()} or {@link #body()}
		 * @param prefix lower-cased and folded as the copy's words are
		 * @return the query, which scores every article it matches alike
		 */
		Query prefixQuery(String field, BytesRef prefix) {
			if (field.equals(this.title) && this.titleUnstemmed != null) {
				return new PrefixQuery(new Term(this.titleUnstemmed, prefix));
			}
			if (field.equals(this.body) && this.bodyUnstemmed != null) {
				return new StemmedPrefixQuery(this.body, this.bodyUnstemmed, this.bodyStemsApart, prefix);
			}
			return new PrefixQuery(new Term(field, prefix));
		}

		/**
		 * Where an article's snippets are looked for, in that order.
		 * @param titled whether the article has a title
		 * @return its body's field, then its title's if it has one
		 */
		List<String> snippetFields(boolean titled) {
			return titled ? this.snippetFieldsTitled : this.snippetFieldsUntitled;
		}

	}

}
