package io.broadsheet.article;

import java.util.List;

import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.broadsheet.system.ConditionalRequests;
import io.broadsheet.system.CorpusAnswerCaching;

/**
 * Answers about articles change only with the corpus: {@code /articles} answers
 * conditional requests with the corpus version, and the article caches are emptied when
 * it changes.
 */
@Configuration(proxyBeanMethods = false)
class ArticleHttpCaching {

	@Bean
	CorpusAnswerCaching articleAnswerCaching(ConditionalRequests conditionalRequests, CacheManager cacheManager) {
		return new CorpusAnswerCaching(conditionalRequests, cacheManager, List.of("/articles", "/articles/**"), List
			.of(ArticleCacheConfiguration.PAGES, ArticleCacheConfiguration.ARTICLES, ArticleCacheConfiguration.FACETS));
	}

}
