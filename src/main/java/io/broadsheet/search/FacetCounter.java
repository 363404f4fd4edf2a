package io.broadsheet.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matching articles by author, month, publisher and language in one pass over
 * the doc values. Each segment counts by ordinal into an array; only the values with a
 * count are looked up, once per segment.
 */
final class FacetCounter implements Collector {

	final Map<String, Long> authors = new HashMap<>();

	final Map<String, Long> months = new HashMap<>();

	final Map<String, Long> publishers = new HashMap<>();

	final Map<String, Long> languages = new HashMap<>();

	long total;

	private Runnable flushSegment = () -> {
	};

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		this.flushSegment.run();
		SortedSetDocValues authorValues = DocValues.getSortedSet(context.reader(), ArticleDocuments.AUTHOR_FACET);
		SortedDocValues monthValues = DocValues.getSorted(context.reader(), ArticleDocuments.MONTH);
		SortedDocValues publisherValues = DocValues.getSorted(context.reader(), ArticleDocuments.PUBLISHER_FACET);
		SortedDocValues languageValues = DocValues.getSorted(context.reader(), ArticleDocuments.LANGUAGE);
		long[] authorCounts = new long[Math.toIntExact(authorValues.getValueCount())];
		long[] monthCounts = new long[monthValues.getValueCount()];
		long[] publisherCounts = new long[publisherValues.getValueCount()];
		long[] languageCounts = new long[languageValues.getValueCount()];
		this.flushSegment = () -> {
			add(authorCounts, this.authors, (ord) -> lookup(authorValues, ord));
			add(monthCounts, this.months, (ord) -> lookup(monthValues, ord));
			add(publisherCounts, this.publishers, (ord) -> lookup(publisherValues, ord));
			add(languageCounts, this.languages, (ord) -> lookup(languageValues, ord));
		};
		return new LeafCollector() {

			@Override
			public void setScorer(Scorable scorer) {
			}

			@Override
			public void collect(int doc) throws IOException {
				FacetCounter.this.total++;
				if (authorValues.advanceExact(doc)) {
					for (int i = 0; i < authorValues.docValueCount(); i++) {
						authorCounts[(int) authorValues.nextOrd()]++;
					}
				}
				count(monthValues, doc, monthCounts);
				count(publisherValues, doc, publisherCounts);
				count(languageValues, doc, languageCounts);
			}

		};
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	/** Adds the last segment's counts; call once the search is done. */
	void finish() {
		this.flushSegment.run();
		this.flushSegment = () -> {
		};
	}

	/** The values with the highest counts, ties in value order. */
	static <T> List<T> top(Map<String, Long> counts, int limit, BiFunction<String, Long, T> entry) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map((count) -> entry.apply(count.getKey(), count.getValue()))
			.toList();
	}

	private static void count(SortedDocValues values, int doc, long[] counts) throws IOException {
		if (values.advanceExact(doc)) {
			counts[values.ordValue()]++;
		}
	}

	private static void add(long[] counts, Map<String, Long> totals, OrdLookup lookup) {
		for (int ord = 0; ord < counts.length; ord++) {
			if (counts[ord] > 0) {
				totals.merge(lookup.apply(ord), counts[ord], Long::sum);
			}
		}
	}

	private static String lookup(SortedDocValues values, int ord) {
		try {
			return values.lookupOrd(ord).utf8ToString();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String lookup(SortedSetDocValues values, long ord) {
		try {
			return values.lookupOrd(ord).utf8ToString();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A manager for one sequential search: the searcher runs no threads of its own. */
	static CollectorManager<FacetCounter, FacetCounter> manager() {
		return new CollectorManager<>() {

			@Override
			public FacetCounter newCollector() {
				return new FacetCounter();
			}

			@Override
			public FacetCounter reduce(Collection<FacetCounter> collectors) {
				FacetCounter merged = new FacetCounter();
				for (FacetCounter counter : collectors) {
					counter.finish();
					merged.total += counter.total;
					counter.authors.forEach((key, count) -> merged.authors.merge(key, count, Long::sum));
					counter.months.forEach((key, count) -> merged.months.merge(key, count, Long::sum));
					counter.publishers.forEach((key, count) -> merged.publishers.merge(key, count, Long::sum));
					counter.languages.forEach((key, count) -> merged.languages.merge(key, count, Long::sum));
				}
				return merged;
			}

		};
	}

	@FunctionalInterface
	private interface OrdLookup {

		String apply(int ord);

	}

}
