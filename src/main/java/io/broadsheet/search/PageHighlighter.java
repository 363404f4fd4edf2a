package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets of one page of hits, in one pass over the page.
 * <p>
 * Titles and bodies are indexed with the offsets of their terms, so the snippets of a
 * word or phrase query come straight from the index: no article is analysed again at
 * query time. (Analysing each hit's body again took 60 % of a search's CPU.) A prefix
 * query still analyses the hits' text, because its words are only known per article.
 */
final class PageHighlighter extends UnifiedHighlighter {

	/** Snippets per article. */
	static final int MAX_SNIPPETS = 3;

	/** Characters a snippet aims at. */
	private static final int SNIPPET_LENGTH = 160;

	PageHighlighter(IndexSearcher searcher, Analyzer analyzer) {
		super(UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new SnippetFormatter())
			.withMaxNoHighlightPassages(0)
			// A prefix query looks in the unstemmed copy of a field ("negotiat*" would
			// not
			// match the stem "negoti"); its matches are shown in the field itself.
			.withMaskedFieldsFunc((field) -> SearchAnalyzer.stems(SearchAnalyzer.analysisOfField(field))
					? Set.of(field + SearchAnalyzer.UNSTEMMED) : Set.of())
			.withBreakIterator(
					() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), SNIPPET_LENGTH, 0.5f)));
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
		// Bodies first, titles then only for the hits whose body had nothing to show:
		// most hits match in the body, and each field highlighted costs a pass over the
		// query's matches in each document.
		int maxFields = hits.stream().mapToInt((hit) -> hit.textFields().size()).max().orElse(0);
		for (int rank = 0; rank < maxFields; rank++) {
			List<Integer> pending = new ArrayList<>();
			for (int i = 0; i < hits.size(); i++) {
				if (highlights.get(i).isEmpty() && hits.get(i).textFields().size() > rank) {
					pending.add(i);
				}
			}
			if (pending.isEmpty()) {
				break;
			}
			highlightField(text, hits, rank, pending, highlights);
		}
		return highlights;
	}

	// Highlights the field of the given rank (0 the body, 1 the title) in the pending
	// hits.
	private void highlightField(Query text, List<HitFields> hits, int rank, List<Integer> pending,
			List<List<String>> highlights) throws IOException {
		Set<String> fields = new LinkedHashSet<>();
		for (int i : pending) {
			fields.add(hits.get(i).textFields().get(rank));
		}
		String[] fieldNames = fields.toArray(String[]::new);
		int[] docs = pending.stream().mapToInt((i) -> hits.get(i).doc()).toArray();
		int[] maxSnippets = new int[fieldNames.length];
		Arrays.fill(maxSnippets, MAX_SNIPPETS);
		Map<String, Object[]> snippets = highlightFieldsAsObjects(fieldNames, text, docs, maxSnippets);
		for (int position = 0; position < pending.size(); position++) {
			int hit = pending.get(position);
			if (snippets.get(hits.get(hit).textFields().get(rank))[position] instanceof List<?> list
					&& !list.isEmpty()) {
				highlights.set(hit, list.stream().map(String.class::cast).toList());
			}
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
