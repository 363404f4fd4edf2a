package io.broadsheet.author;

import java.util.List;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;

import io.broadsheet.system.CacheBudget;
import io.broadsheet.system.ConditionalRequests;
import io.broadsheet.system.CorpusAnswerCaching;

/**
 * Answers about authors change only with the corpus: {@code /authors} answers conditional
 * requests with the corpus version, and the author caches are emptied when it changes.
 */
@Configuration(proxyBeanMethods = false)
class AuthorHttpCaching {

	/** Pages of authors; weighed in bytes, with its share of the caches' budget. */
	static final String PAGES = "author-pages";

	// Share of the caches' budget, relative to the other caches' (the whole answers' 8):
	// the list of authors is asked for far less than the articles.
	private static final int PAGES_SHARE = 1;

	/** The page, its pageable and its list besides the summaries. */
	private static final int PAGE_OBJECTS = 200;

	/** An author's record and dates besides its strings. */
	private static final int SUMMARY_OBJECTS = 80;

	@Bean
	CorpusAnswerCaching authorAnswerCaching(ConditionalRequests conditionalRequests, CacheManager cacheManager) {
		return new CorpusAnswerCaching(conditionalRequests, cacheManager, List.of("/authors", "/authors/**"),
				List.of(PAGES));
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> authorCaches(CacheBudget budget) {
		return (caches) -> caches.registerCustomCache(PAGES,
				budget.cache(PAGES, PAGES_SHARE, (key, page) -> weigh((Page<?>) page)));
	}

	/** About what a cached page of authors keeps in the heap. */
	static int weigh(Page<?> page) {
		int bytes = PAGE_OBJECTS;
		for (Object item : page.getContent()) {
			AuthorSummary author = (AuthorSummary) item;
			bytes += SUMMARY_OBJECTS + CacheBudget.bytesOf(author.id()) + CacheBudget.bytesOf(author.name());
		}
		return bytes;
	}

}
