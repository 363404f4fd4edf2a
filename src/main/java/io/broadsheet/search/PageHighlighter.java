package io.broadsheet.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The snippets of one page of hits, in one pass over the page.
 * <p>
 * Titles are indexed with the offsets of their terms, and bodies with a table of them
 * beside their text ({@link OffsetTable}), so the snippets of a word or phrase query come
 * straight from the index: no article is analysed again at query time. (Analysing each
 * hit's body again took 60 % of a search's CPU.) A prefix query still analyses the hits'
 * text, because its words are only known per article.
 * <p>
 * Where the matches come from the index, the query is prepared for matching once per page
 * ({@link PageMatches}), not once per hit and field as Lucene's highlighter does.
 */
final class PageHighlighter extends UnifiedHighlighter {

	/** Snippets per article. */
	static final int MAX_SNIPPETS = 3;

	/** Characters a snippet aims at. */
	private static final int SNIPPET_LENGTH = 160;

	/** The text query prepared for matching, made at the first hit that needs it. */
	private final PageMatches matches;

	/** The searched reader's fields, merged across its segments. */
	private final FieldInfos fieldInfos;

	PageHighlighter(IndexSearcher searcher, Analyzer analyzer) {
		this(searcher, analyzer, FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
	}

	/**
	 * A highlighter given the reader's merged fields, which the caller keeps for as long
	 * as the reader: Lucene's merges every segment's fields again for each highlighter,
	 * one per page (2 % of a search's CPU over two segments, SearchCpuBench).
	 * @param searcher the searcher of the page's hits
	 * @param analyzer how the fields were analysed
	 * @param fieldInfos the fields of the searcher's reader, merged across its segments
	 */
	PageHighlighter(IndexSearcher searcher, Analyzer analyzer, FieldInfos fieldInfos) {
		super(configured(searcher, analyzer));
		this.matches = new PageMatches(searcher.getIndexReader(),
				(field) -> OffsetTable.holdsOffsetsOf(fieldInfos.fieldInfo(field)));
		this.fieldInfos = fieldInfos;
	}

	@Override
	protected FieldInfo getFieldInfo(String field) {
		return this.fieldInfos.fieldInfo(field);
	}

	/**
	 * How snippets are cut: Lucene's highlighter with this builder cuts the same ones.
	 */
	static UnifiedHighlighter.Builder configured(IndexSearcher searcher, Analyzer analyzer) {
		return UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new SnippetFormatter())
			.withScorer(new PassageScoring())
			.withMaxNoHighlightPassages(0)
			// A prefix query looks in the unstemmed copy of a field ("negotiat*" would
			// not match the stem "negoti"); its matches are shown in the field itself.
			.withMaskedFieldsFunc(ArticleDocuments.TextFields::unstemmedCopiesOf)
			.withBreakIterator(
					() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), SNIPPET_LENGTH, 0.5f));
	}

	/**
	 * A body's offsets are in its {@link OffsetTable}, read at the positions of its
	 * matches: to Lucene, as good as offsets in the postings, so that it never analyses a
	 * body again (which made a search 5 times as costly, index50). It still analyses
	 * where it would with offsets in the postings: for a prefix query.
	 */
	@Override
	protected OffsetSource getOffsetSource(String field) {
		return OffsetTable.holdsOffsetsOf(getFieldInfo(field)) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
	}

	@Override
	protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
		if (offsetSource == OffsetSource.POSTINGS && OffsetTable.holdsOffsetsOf(getFieldInfo(components.getField()))
				&& !PageMatches.serves(components)) {
			// Lucene's own would look for offsets in the postings: the matches are found
			// by analysing the text, as for a field without offsets.
			return super.getOffsetStrategy(OffsetSource.ANALYSIS, components);
		}
		if (offsetSource == OffsetSource.POSTINGS && PageMatches.serves(components)) {
			return new PostingsOffsetStrategy(components) {

				@Override
				protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int doc,
						List<OffsetsEnum> results) throws IOException {
					if (!PageHighlighter.this.matches.add(this.components, leafReader, doc, results)) {
						super.createOffsetsEnumsWeightMatcher(leafReader, doc, results);
					}
				}

			};
		}
		return super.getOffsetStrategy(offsetSource, components);
	}

	/**
	 * The texts of a batch of hits, as Lucene's reads them, and with each hit's body the
	 * table of its offsets, for {@link PageMatches}: one visit of a hit's stored fields.
	 */
	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
			throws IOException {
		this.matches.clearOffsetTables();
		if (Arrays.stream(fields).noneMatch((field) -> OffsetTable.holdsOffsetsOf(getFieldInfo(field)))) {
			return super.loadFieldValues(fields, docs, cacheCharsThreshold);
		}
		List<CharSequence[]> texts = new ArrayList<>();
		StoredFields storedFields = this.searcher.storedFields();
		int chars = 0;
		do {
			int doc = docs.nextDoc();
			if (doc == DocIdSetIterator.NO_MORE_DOCS) {
				break;
			}
			TextsAndTable visitor = new TextsAndTable(fields, getMaxLength());
			storedFields.document(doc, visitor);
			texts.add(visitor.texts);
			if (visitor.table != null) {
				this.matches.addOffsetTable(doc, visitor.table);
			}
			for (CharSequence text : visitor.texts) {
				chars += (text != null) ? text.length() : 0;
			}
		}
		while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
		return texts;
	}

	/**
	 * The field's highlighter with the sentence breaks alone. Lucene's wraps them in a
	 * {@code SplittingBreakIterator} that cuts at the separator it puts between the
	 * values of a multi-valued field, and every break asked of it goes through that
	 * wrapper; an article's title and body are single values, and a paragraph separator
	 * in them is a line break to {@link SentenceBreaks} already.
	 */
	@Override
	protected FieldHighlighter newFieldHighlighter(String field, FieldOffsetStrategy fieldOffsetStrategy,
			BreakIterator splittingBreaks, PassageScorer passageScorer, int maxPassages, int maxNoHighlightPassages,
			PassageFormatter passageFormatter, Comparator<Passage> passageSortComparator) {
		return super.newFieldHighlighter(field, fieldOffsetStrategy, getBreakIterator(field), passageScorer,
				maxPassages, maxNoHighlightPassages, passageFormatter, passageSortComparator);
	}

	/**
	 * Snippets for each hit: from its body, or from its title when only the title
	 * matched.
	 * @param text the text query, without filters
	 * @param hits the page's hits, each with the text fields its document has
	 * @return the snippets of each hit, in the order of the hits; empty where nothing
	 * matched
	 */
	List<List<String>> highlight(Query text, List<HitFields> hits) throws IOException {
		List<List<String>> highlights = new ArrayList<>(Collections.nCopies(hits.size(), List.of()));
		// Bodies first, then the titles of the hits whose body gave none: finding the
		// matches of a field costs about as much in a title as in a body, and most hits
		// have theirs in the body.
		highlightField(text, hits, 0, highlights);
		highlightField(text, hits, 1, highlights);
		return highlights;
	}

	// Snippets from each hit's text field at the given position in its fields, for the
	// hits that have none yet.
	private void highlightField(Query text, List<HitFields> hits, int fieldPosition, List<List<String>> highlights)
			throws IOException {
		List<Integer> positions = new ArrayList<>();
		Set<String> fields = new LinkedHashSet<>();
		for (int i = 0; i < hits.size(); i++) {
			List<String> textFields = hits.get(i).textFields();
			if (highlights.get(i).isEmpty() && fieldPosition < textFields.size()) {
				positions.add(i);
				fields.add(textFields.get(fieldPosition));
			}
		}
		if (positions.isEmpty()) {
			return;
		}
		int[] docs = positions.stream().mapToInt((i) -> hits.get(i).doc()).toArray();
		String[] fieldNames = fields.toArray(String[]::new);
		int[] maxSnippets = new int[fieldNames.length];
		Arrays.fill(maxSnippets, MAX_SNIPPETS);
		Map<String, Object[]> snippets = highlightFieldsAsObjects(fieldNames, text, docs, maxSnippets);
		for (int k = 0; k < positions.size(); k++) {
			int position = positions.get(k);
			String field = hits.get(position).textFields().get(fieldPosition);
			if (snippets.get(field)[k] instanceof List<?> list && !list.isEmpty()) {
				highlights.set(position, list.stream().map(String.class::cast).toList());
			}
		}
	}

	/**
	 * A hit's texts to highlight, cut at the highlighter's most characters as Lucene's
	 * own visitor cuts them, and its body's table of offsets. A title and a body are one
	 * value each: Lucene's would join several with a separator.
	 */
	private static final class TextsAndTable extends StoredFieldVisitor {

		/** The fields to highlight, sorted. */
		private final String[] fields;

		private final int maxLength;

		private final CharSequence[] texts;

		private BytesRef table;

		TextsAndTable(String[] fields, int maxLength) {
			this.fields = fields;
			this.maxLength = maxLength;
			this.texts = new CharSequence[fields.length];
		}

		@Override
		public Status needsField(FieldInfo field) {
			return (field.name.equals(OffsetTable.FIELD) || Arrays.binarySearch(this.fields, field.name) >= 0)
					? Status.YES : Status.NO;
		}

		@Override
		public void stringField(FieldInfo field, String value) {
			int at = Arrays.binarySearch(this.fields, field.name);
			if (this.texts[at] == null) {
				this.texts[at] = value.substring(0, Math.min(this.maxLength, value.length()));
			}
		}

		@Override
		public void binaryField(FieldInfo field, byte[] value) {
			this.table = new BytesRef(value);
		}

	}

	/**
	 * A hit and the text fields its document holds.
	 *
	 * @param doc the document, in the searcher's numbering
	 * @param textFields its body field, then its title field: the order snippets are
	 * looked for in
	 */
	record HitFields(int doc, List<String> textFields) {

	}

}
