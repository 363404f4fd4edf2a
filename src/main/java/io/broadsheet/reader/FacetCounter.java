package io.broadsheet.reader;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import io.broadsheet.archive.ArchiveQueries;
import io.broadsheet.archive.Granularity;
import io.broadsheet.article.ArticleCatalog;
import io.broadsheet.article.ArticleQuery;
import io.broadsheet.article.ArticleSummary;
import io.broadsheet.author.AuthorCatalog;
import io.broadsheet.author.AuthorSummary;

/**
 * Counts the facets of the home page with the services the API already has, until
 * {@code GET /articles/facets} (issue 12) counts them in the search index. Then
 * {@link #count} becomes one call to that service, and the scan below goes.
 * <p>
 * Counts are exact or absent, never estimated: over the whole corpus the author and
 * archive catalogs answer; over a filtered list the matching summaries are read page by
 * page (each page cached like any API page) when there are at most {@link #SCAN_LIMIT} of
 * them, and beyond that the lists say they were not counted.
 */
@Component
class FacetCounter {

	/** Most matching articles read to count facets: 20 pages of 100. */
	static final int SCAN_LIMIT = 2_000;

	private static final int SCAN_PAGE_SIZE = 100;

	/** Longest author and publisher lists, as the API's facets will give. */
	static final int TOP = 20;

	private final ArticleCatalog articles;

	private final AuthorCatalog authors;

	private final ArchiveQueries archive;

	FacetCounter(ArticleCatalog articles, AuthorCatalog authors, ArchiveQueries archive) {
		this.articles = articles;
		this.authors = authors;
		this.archive = archive;
	}

	/**
	 * The facets of the articles a query matches.
	 * @param query the reader's query
	 * @param matching how many articles it matches
	 * @return the facet lists
	 */
	Facets count(ReaderQuery query, long matching) {
		if (!query.isFiltered()) {
			return wholeCorpus(matching);
		}
		if (matching > SCAN_LIMIT) {
			return Facets.none("Facets are counted for up to " + SCAN_LIMIT + " matching articles; narrow the list to "
					+ "see them.");
		}
		Counts counts = new Counts();
		scan(query, matching, counts);
		return counts.toFacets(null);
	}

	/**
	 * Articles per month of one author, for the author page's sparkline.
	 * @param author the author
	 * @return counts keyed by {@code YYYY-MM}, oldest first, empty when too many to read
	 */
	List<Facet> monthsOf(AuthorSummary author) {
		if (author.articleCount() > SCAN_LIMIT) {
			return List.of();
		}
		Counts counts = new Counts();
		ReaderQuery byAuthor = new ReaderQuery(null, List.of(author.id()), null, null, null, null, 1);
		scan(byAuthor, author.articleCount(), counts);
		return counts.months();
	}

	// Over the whole corpus the catalogs give exact counts at any size; only publishers
	// need the articles themselves.
	private Facets wholeCorpus(long total) {
		List<Facet> authors = this.authors
			.find(PageRequest.of(0, TOP, Sort.by(Sort.Order.desc("articleCount"), Sort.Order.asc("name"))))
			.map((author) -> new Facet(author.id(), author.name(), author.articleCount()))
			.getContent();
		List<Facet> years = this.archive.archive(Granularity.YEAR)
			.content()
			.stream()
			.map((bucket) -> new Facet(bucket.period(), bucket.period(), bucket.articleCount()))
			.sorted(Comparator.comparing(Facet::value).reversed())
			.toList();
		List<Facet> months = this.archive.archive(Granularity.MONTH)
			.content()
			.stream()
			.map((bucket) -> new Facet(bucket.period(), monthLabel(bucket.period()), bucket.articleCount()))
			.toList();
		List<Facet> publishers = List.of();
		String note = null;
		if (total <= SCAN_LIMIT) {
			Counts counts = new Counts();
			scan(new ReaderQuery(null, null, null, null, null, null, 1), total, counts);
			publishers = counts.publishers();
		}
		else {
			note = "Publishers are counted for up to " + SCAN_LIMIT + " articles; choose an author or a year to "
					+ "see them.";
		}
		return new Facets(authors, years, months, publishers, List.of(), note);
	}

	private void scan(ReaderQuery query, long matching, Consumer<ArticleSummary> counts) {
		for (int page = 0; (long) page * SCAN_PAGE_SIZE < matching; page++) {
			ArticleQuery articleQuery = query.toArticleQuery();
			Page<ArticleSummary> summaries = this.articles.find(articleQuery.toFilter(),
					articleQuery.toPageable(query.toPageQuery(page, SCAN_PAGE_SIZE)));
			summaries.forEach(counts);
			if (!summaries.hasNext()) {
				break;
			}
		}
	}

	static String monthLabel(String period) {
		YearMonth month = YearMonth.parse(period);
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
	}

	/** Tallies of the values of the summaries read. */
	private static final class Counts implements Consumer<ArticleSummary> {

		private final Map<String, Facet> authors = new HashMap<>();

		private final Map<String, Long> years = new HashMap<>();

		private final Map<String, Long> months = new HashMap<>();

		private final Map<String, Facet> publishers = new HashMap<>();

		@Override
		public void accept(ArticleSummary article) {
			article.authors()
				.forEach((author) -> this.authors.merge(author.id(), new Facet(author.id(), author.name(), 1),
						(a, b) -> new Facet(a.value(), a.label(), a.count() + 1)));
			if (article.publishedDate() != null) {
				this.years.merge(Integer.toString(article.publishedDate().getYear()), 1L, Long::sum);
				this.months.merge(YearMonth.from(article.publishedDate()).toString(), 1L, Long::sum);
			}
			if (article.publisher() != null) {
				// Publishers filter case-insensitively, so they count that way too.
				String key = article.publisher().toLowerCase(Locale.ROOT);
				this.publishers.merge(key, new Facet(article.publisher(), article.publisher(), 1),
						(a, b) -> new Facet(a.value(), a.label(), a.count() + 1));
			}
		}

		List<Facet> months() {
			return this.months.entrySet()
				.stream()
				.map((entry) -> new Facet(entry.getKey(), monthLabel(entry.getKey()), entry.getValue()))
				.sorted(Comparator.comparing(Facet::value))
				.toList();
		}

		List<Facet> publishers() {
			return top(this.publishers.values().stream().toList());
		}

		Facets toFacets(String note) {
			List<Facet> years = this.years.entrySet()
				.stream()
				.map((entry) -> new Facet(entry.getKey(), entry.getKey(), entry.getValue()))
				.sorted(Comparator.comparing(Facet::value).reversed())
				.toList();
			return new Facets(top(this.authors.values().stream().toList()), years, months(), publishers(), List.of(),
					note);
		}

		// Most articles first, then by name, as the API's facets will be ordered.
		private static List<Facet> top(List<Facet> facets) {
			return facets.stream()
				.sorted(Comparator.comparingLong(Facet::count).reversed().thenComparing(Facet::label))
				.limit(TOP)
				.toList();
		}

	}

}
