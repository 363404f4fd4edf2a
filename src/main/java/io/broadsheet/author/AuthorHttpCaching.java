package io.broadsheet.author;

import java.util.List;

import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.broadsheet.system.ConditionalRequests;
import io.broadsheet.system.CorpusAnswerCaching;

/**
 * Answers about authors change only with the corpus: {@code /authors} answers conditional
 * requests with the corpus version, and the author caches are emptied when it changes.
 */
@Configuration(proxyBeanMethods = false)
class AuthorHttpCaching {

	/** Pages of authors; bounded by {@code spring.cache.caffeine.spec}. */
	static final String PAGES = "author-pages";

	@Bean
	CorpusAnswerCaching authorAnswerCaching(ConditionalRequests conditionalRequests, CacheManager cacheManager) {
		return new CorpusAnswerCaching(conditionalRequests, cacheManager, List.of("/authors", "/authors/**"),
				List.of(PAGES));
	}

}
