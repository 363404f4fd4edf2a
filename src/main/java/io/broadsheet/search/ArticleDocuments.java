package io.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.apache.lucene.util.BytesRefBuilder;

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
	 * A title or body: stored, and each term's offsets kept in the postings, so that
	 * highlighting reads where the matches are instead of analysing the text again.
	 */
	private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

	/** Lucene refuses longer terms in doc values. */
	private static final int MAX_SORT_KEY_BYTES = 1024;

	private ArticleDocuments() {
	}

	/** One article's document; {@link Builder} makes documents one after another. */
	static Document toDocument(IndexedArticle article) {
		return new Builder().document(article);
	}

	private static FieldType highlightedText() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
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
	 * Makes the documents of articles indexed one after another on one thread, from the
	 * same {@link Document} and fields, each given the next article's values: Lucene
	 * reads a document only while it is added, and reusing them is its own advice for
	 * fast indexing. A document made is valid until the next is made.
	 */
	static final class Builder {

		private final Document document = new Document();

		private final StringField id = new StringField(ID, "", Field.Store.YES);

		private final BytesRefBuilder idBytes = new BytesRefBuilder();

		private final SortedDocValuesField idValue = new SortedDocValuesField(ID, new BytesRef());

		private final BytesRefBuilder hashBytes = new BytesRefBuilder();

		private final BinaryDocValuesField hash = new BinaryDocValuesField(HASH, new BytesRef());

		private final SortedDocValuesField titleSort = new SortedDocValuesField(TITLE_SORT, new BytesRef());

		/** The title and body fields of each analysis met so far. */
		private final Map<String, TextFields> texts = new HashMap<>();

		/** The author fields, two per author, for as many authors as an article had. */
		private final List<StringField> authors = new ArrayList<>();

		private final List<SortedSetDocValuesField> authorFacets = new ArrayList<>();

		private final List<BytesRefBuilder> authorFacetBytes = new ArrayList<>();

		private final LongPoint published = new LongPoint(PUBLISHED, 0);

		private final NumericDocValuesField publishedValue = new NumericDocValuesField(PUBLISHED, 0);

		private final BytesRefBuilder monthBytes = new BytesRefBuilder();

		private final SortedDocValuesField month = new SortedDocValuesField(MONTH, new BytesRef());

		private final StringField publisher = new StringField(PUBLISHER, "", Field.Store.NO);

		private final BytesRefBuilder publisherBytes = new BytesRefBuilder();

		private final SortedDocValuesField publisherFacet = new SortedDocValuesField(PUBLISHER_FACET, new BytesRef());

		private final StringField language = new StringField(LANGUAGE, "", Field.Store.NO);

		private final BytesRefBuilder languageBytes = new BytesRefBuilder();

		private final SortedDocValuesField languageValue = new SortedDocValuesField(LANGUAGE, new BytesRef());

		/**
		 * The article's document, in place of the one made before.
		 * @param article the article
		 * @return its document, valid until this builder makes the next
		 */
		Document document(IndexedArticle article) {
			Document document = this.document;
			document.clear();
			this.id.setStringValue(article.id());
			document.add(this.id);
			document.add(with(this.idValue, this.idBytes, article.id()));
			document.add(with(this.hash, this.hashBytes, article.contentHash()));
			String analysis = SearchAnalyzer.analysisOf(article.language());
			TextFields text = this.texts.computeIfAbsent(analysis, TextFields::new);
			if (article.title() != null) {
				text.title.setStringValue(article.title());
				document.add(text.title);
				if (text.titleUnstemmed != null) {
					text.titleUnstemmed.setStringValue(article.title());
					document.add(text.titleUnstemmed);
				}
				this.titleSort.setBytesValue(sortKey(article.title()));
				document.add(this.titleSort);
			}
			// Stored for highlighting, read only for the hits of a page.
			text.body.setStringValue(article.body());
			document.add(text.body);
			if (text.bodyUnstemmed != null) {
				text.bodyUnstemmed.setStringValue(article.body());
				document.add(text.bodyUnstemmed);
			}
			List<IndexedArticle.Author> authors = article.authors();
			for (int i = 0; i < authors.size(); i++) {
				if (i == this.authors.size()) {
					this.authors.add(new StringField(AUTHOR, "", Field.Store.NO));
					this.authorFacets.add(new SortedSetDocValuesField(AUTHOR_FACET, new BytesRef()));
					this.authorFacetBytes.add(new BytesRefBuilder());
				}
				IndexedArticle.Author author = authors.get(i);
				StringField keyword = this.authors.get(i);
				keyword.setStringValue(author.id());
				document.add(keyword);
				document.add(with(this.authorFacets.get(i), this.authorFacetBytes.get(i),
						author.id() + AUTHOR_SEPARATOR + author.name()));
			}
			if (article.publishedDate() != null) {
				long day = article.publishedDate().toEpochDay();
				this.published.setLongValue(day);
				document.add(this.published);
				this.publishedValue.setLongValue(day);
				document.add(this.publishedValue);
				document.add(with(this.month, this.monthBytes, YearMonth.from(article.publishedDate()).toString()));
			}
			if (article.publisher() != null && !article.publisher().isBlank()) {
				this.publisher.setStringValue(key(article.publisher()));
				document.add(this.publisher);
				document.add(with(this.publisherFacet, this.publisherBytes, article.publisher()));
			}
			if (article.language() != null) {
				String code = article.language().toLowerCase(Locale.ROOT);
				this.language.setStringValue(code);
				document.add(this.language);
				document.add(with(this.languageValue, this.languageBytes, code));
			}
			return document;
		}

		// The text's UTF-8 bytes, written over the field's previous value.
		private static Field with(Field field, BytesRefBuilder bytes, String text) {
			bytes.copyChars(text);
			field.setBytesValue(bytes.get());
			return field;
		}

	}

	/**
	 * The title and body fields of one analysis, and their unstemmed copies if it stems.
	 */
	private static final class TextFields {

		private final Field title;

		private final Field titleUnstemmed;

		private final Field body;

		private final Field bodyUnstemmed;

		TextFields(String analysis) {
			boolean stems = SearchAnalyzer.stems(analysis);
			this.title = new Field(SearchAnalyzer.TITLE + analysis, "", HIGHLIGHTED_TEXT);
			this.titleUnstemmed = stems
					? new Field(SearchAnalyzer.TITLE + analysis + SearchAnalyzer.UNSTEMMED, "", UNSTEMMED_TEXT) : null;
			this.body = new Field(SearchAnalyzer.BODY + analysis, "", HIGHLIGHTED_TEXT);
			this.bodyUnstemmed = stems
					? new Field(SearchAnalyzer.BODY + analysis + SearchAnalyzer.UNSTEMMED, "", UNSTEMMED_TEXT) : null;
		}

	}

}
