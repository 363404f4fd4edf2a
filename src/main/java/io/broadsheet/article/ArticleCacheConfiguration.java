package io.broadsheet.article;

import java.util.List;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;

import io.broadsheet.search.Facets;
import io.broadsheet.system.CacheBudget;

/**
 * The article module's caches: whole articles, pages of summaries and facets, each
 * weighed by the bytes its entries keep and holding its share of the caches' budget
 * ({@link CacheBudget}).
 */
@Configuration(proxyBeanMethods = false)
class ArticleCacheConfiguration {

	/** Whole articles, by id. */
	static final String ARTICLES = "articles";

	/** Pages of article summaries. */
	static final String PAGES = "article-pages";

	/** How the matches of a query divide up. */
	static final String FACETS = "article-facets";

	// Shares of the budget, relative to the other caches' (the whole answers' 8): an
	// article is read with two statements, a page listed from memory unless it is a
	// search, facets are counted over every match but asked for far less often.
	private static final int ARTICLES_SHARE = 5;

	private static final int PAGES_SHARE = 4;

	private static final int FACETS_SHARE = 1;

	/** The records, lists and dates of an article besides its strings. */
	private static final int ARTICLE_OBJECTS = 400;

	/** The page, its pageable and its list besides the summaries. */
	private static final int PAGE_OBJECTS = 200;

	/** A summary's record, byline list and date besides its strings. */
	private static final int SUMMARY_OBJECTS = 120;

	/**
	 * One counted value of the facets besides its strings: its record and the list's
	 * slot.
	 */
	private static final int FACET_OBJECTS = 40;

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> articleCaches(CacheBudget budget) {
		return (caches) -> {
			caches.registerCustomCache(ARTICLES,
					budget.cache(ARTICLES, ARTICLES_SHARE, (key, article) -> weigh((ArticleDetail) article)));
			caches.registerCustomCache(PAGES,
					budget.cache(PAGES, PAGES_SHARE, (key, page) -> weighPage((Page<?>) page)));
			caches.registerCustomCache(FACETS,
					budget.cache(FACETS, FACETS_SHARE, (key, facets) -> weigh((Facets) facets)));
		};
	}

	/** About what a cached article keeps in the heap; its authors are shared. */
	static int weigh(ArticleDetail article) {
		return ARTICLE_OBJECTS + CacheBudget.bytesOf(article.id()) + CacheBudget.bytesOf(article.title())
				+ CacheBudget.bytesOf(article.url()) + CacheBudget.bytesOf(article.body())
				+ CacheBudget.bytesOf(article.sourceFile()) + 8 * article.authors().size();
	}

	/**
	 * About what a cached page of summaries keeps in the heap: each summary's id, title,
	 * excerpt and snippets are its own, its authors, publisher and language shared with
	 * the served summaries.
	 */
	static int weighPage(Page<?> page) {
		int bytes = PAGE_OBJECTS;
		for (Object item : page.getContent()) {
			ArticleSummary summary = (ArticleSummary) item;
			bytes += SUMMARY_OBJECTS + CacheBudget.bytesOf(summary.id()) + CacheBudget.bytesOf(summary.title())
					+ CacheBudget.bytesOf(summary.excerpt()) + CacheBudget.bytesOf(summary.highlights())
					+ 4 * summary.authors().size();
		}
		return bytes;
	}

	/** About what cached facets keep in the heap. */
	static int weigh(Facets facets) {
		int bytes = PAGE_OBJECTS;
		for (List<?> counts : List.of(facets.authors(), facets.years(), facets.months(), facets.publishers(),
				facets.languages())) {
			bytes += FACET_OBJECTS * counts.size();
			for (Object count : counts) {
				bytes += facetBytes(count);
			}
		}
		return bytes;
	}

	private static int facetBytes(Object count) {
		if (count instanceof Facets.AuthorCount author) {
			return CacheBudget.bytesOf(author.id()) + CacheBudget.bytesOf(author.name());
		}
		if (count instanceof Facets.PeriodCount period) {
			return CacheBudget.bytesOf(period.period());
		}
		if (count instanceof Facets.PublisherCount publisher) {
			return CacheBudget.bytesOf(publisher.name());
		}
		return (count instanceof Facets.LanguageCount language) ? CacheBudget.bytesOf(language.code()) : 0;
	}

}
