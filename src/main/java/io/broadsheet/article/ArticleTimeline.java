package io.broadsheet.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.broadsheet.search.SearchCriteria;
import io.broadsheet.system.CacheBudget;
import io.broadsheet.system.CorpusChanged;
import io.broadsheet.system.CorpusMemory;

/**
 * The article list in its default order (newest first, undated last, ties broken by id)
 * for the corpus version this instance serves, held in memory: the ids in order, each
 * one's publication day, and each author's articles as positions in that order. A page of
 * the whole list, of an author's articles or of a date range is then a slice, and the
 * store reads only the page's rows.
 * <p>
 * Without it the store walked past every article before the page ({@code OFFSET}): the
 * cost of a page grew with its number, and a reader paging deep into 100k articles cost
 * the database thousands of rows a request. At 100k articles the timeline holds about 8
 * MB. It is rebuilt from the store whenever the served version changes, in the order the
 * store itself sorts, so that both paths list the same articles in the same order; the
 * orders and filters it does not hold (by title, oldest first, by publisher or language)
 * go to the store.
 */
@Component
class ArticleTimeline {

	/**
	 * The default order, as {@link ArticleSorting#BY_DATE} with its tie-breaker gives it.
	 */
	private static final Sort NEWEST_FIRST = ArticleSorting.BY_DATE.byDefault()
		.and(Sort.by(ArticleSorting.BY_DATE.tieBreaker()));

	/** A publication day no dated article has: undated articles, last in the order. */
	private static final int UNDATED = Integer.MIN_VALUE;

	private final JdbcClient jdbc;

	/** {@code null} until the first version is served: the store answers meanwhile. */
	private volatile Snapshot snapshot;

	private final ApplicationEventPublisher events;

	ArticleTimeline(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@EventListener
	void onCorpusChanged(CorpusChanged changed) {
		Snapshot loaded = load();
		this.snapshot = loaded;
		// The answer caches give way to the timeline: a larger corpus leaves them less.
		this.events.publishEvent(new CorpusMemory("article timeline", loaded.bytes()));
	}

	/**
	 * The ids of one page of the articles that match, newest first, and how many match.
	 * @param filter which articles
	 * @param pageable the page; its order must be the default one
	 * @return the page, or empty when the timeline cannot answer: another order, a
	 * publisher, language or text condition, or no version served yet
	 */
	Optional<IdPage> page(ArticleFilter filter, Pageable pageable) {
		Snapshot current = this.snapshot;
		if (current == null || !pageable.getSort().equals(NEWEST_FIRST) || filter.text() != null
				|| (filter.publisher() != null && !filter.publisher().isBlank()) || filter.language() != null) {
			return Optional.empty();
		}
		SearchCriteria range = filter.toCriteria();
		int[] positions = filter.authors().isEmpty() ? null : current.positionsOf(filter.authorIds());
		int size = (positions != null) ? positions.length : current.ids.length;
		int start = (range.to() != null) ? current.firstOnOrBefore(positions, size, range.to()) : 0;
		int end = (range.from() != null) ? current.firstBefore(positions, size, range.from())
				: (range.to() != null) ? current.firstUndated(positions, size) : size;
		long total = Math.max(0, end - start);
		List<String> ids = new ArrayList<>(pageable.getPageSize());
		long first = start + pageable.getOffset();
		for (long i = first; i < end && i < first + pageable.getPageSize(); i++) {
			int position = (positions != null) ? positions[(int) i] : (int) i;
			ids.add(current.ids[position]);
		}
		return Optional.of(new IdPage(ids, total));
	}

	private Snapshot load() {
		List<String> ids = new ArrayList<>();
		List<Integer> days = new ArrayList<>();
		this.jdbc.sql("select id, published_date from article order by published_date desc nulls last, id")
			.query((row) -> {
				ids.add(row.getString(1));
				LocalDate day = row.getObject(2, LocalDate.class);
				days.add((day != null) ? (int) day.toEpochDay() : UNDATED);
			});
		Map<String, Integer> positionOf = new HashMap<>(ids.size() * 2);
		for (int i = 0; i < ids.size(); i++) {
			positionOf.put(ids.get(i), i);
		}
		Map<String, List<Integer>> byAuthor = new HashMap<>();
		this.jdbc.sql("select author_id, article_id from article_author").query((row) -> {
			Integer position = positionOf.get(row.getString(2));
			if (position != null) {
				byAuthor.computeIfAbsent(row.getString(1), (author) -> new ArrayList<>()).add(position);
			}
		});
		Map<String, int[]> positions = new HashMap<>(byAuthor.size() * 2);
		byAuthor.forEach((author, list) -> positions.put(author,
				list.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
		return new Snapshot(ids.toArray(String[]::new), days.stream().mapToInt(Integer::intValue).toArray(), positions);
	}

	/**
	 * One page of ids, and how many articles match in all.
	 *
	 * @param ids the page's article ids, in order
	 * @param total articles that match
	 */
	record IdPage(List<String> ids, long total) {

	}

	/**
	 * The timeline of one corpus version.
	 *
	 * @param ids article ids, newest first
	 * @param days each article's publication day, {@link #UNDATED} for none; descending
	 * @param byAuthor each author's articles, as ascending positions in {@code ids}
	 */
	private record Snapshot(String[] ids, int[] days, Map<String, int[]> byAuthor) {

		/**
		 * About what the timeline keeps in the heap: ids, days, each author's positions.
		 */
		long bytes() {
			long bytes = 32L + 4L * this.ids.length + 4L * this.days.length;
			for (String id : this.ids) {
				bytes += CacheBudget.bytesOf(id);
			}
			for (Map.Entry<String, int[]> author : this.byAuthor.entrySet()) {
				// The map's node and slot, the key, the array.
				bytes += 48 + CacheBudget.bytesOf(author.getKey()) + 16 + 4L * author.getValue().length;
			}
			return bytes;
		}

		// The articles of any of the authors, in order; an article of two of them once.
		int[] positionsOf(Set<String> authors) {
			if (authors.size() == 1) {
				return this.byAuthor.getOrDefault(authors.iterator().next(), new int[0]);
			}
			return authors.stream()
				.map((author) -> this.byAuthor.getOrDefault(author, new int[0]))
				.flatMapToInt(Arrays::stream)
				.sorted()
				.distinct()
				.toArray();
		}

		// Days descend along the order, so each bound is found by bisection.
		int firstOnOrBefore(int[] positions, int size, LocalDate day) {
			return firstWhere(positions, size, epochDay(day), true);
		}

		int firstBefore(int[] positions, int size, LocalDate day) {
			return firstWhere(positions, size, epochDay(day) - 1, true);
		}

		// A bound far outside any article's day ('+6000000-01-01' parses) is clamped,
		// not wrapped around; undated stays below every bound.
		private static int epochDay(LocalDate day) {
			return (int) Math.max(UNDATED + 2L, Math.min(Integer.MAX_VALUE, day.toEpochDay()));
		}

		int firstUndated(int[] positions, int size) {
			return firstWhere(positions, size, UNDATED, false);
		}

		// The first index whose day is at most the bound (or, for undated, is undated).
		private int firstWhere(int[] positions, int size, int bound, boolean dated) {
			int low = 0;
			int high = size;
			while (low < high) {
				int middle = (low + high) >>> 1;
				int day = this.days[(positions != null) ? positions[middle] : middle];
				boolean reached = dated ? day <= bound : day == UNDATED;
				if (reached) {
					high = middle;
				}
				else {
					low = middle + 1;
				}
			}
			return low;
		}

	}

}
