package io.broadsheet.article;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cache of whole articles. Unlike pages, whose size is bounded by the page size, an
 * article is as long as its file (up to {@code broadsheet.corpus.max-file-size}), so this
 * cache is bounded by the text it holds rather than by a number of entries.
 */
@Configuration(proxyBeanMethods = false)
class ArticleCacheConfiguration {

	/** Whole articles, by id. */
	static final String ARTICLES = "articles";

	/** Pages of article summaries; bounded by {@code spring.cache.caffeine.spec}. */
	static final String PAGES = "article-pages";

	/** Characters of body text kept at most: 16 M, 16 to 32 MB of heap. */
	private static final long MAX_CACHED_CHARACTERS = 16L * 1024 * 1024;

	/** What an article costs besides its body: metadata, provenance, authors. */
	private static final int METADATA_CHARACTERS = 2_000;

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> articleCache() {
		return (caches) -> caches.registerCustomCache(ARTICLES, Caffeine.newBuilder()
			.maximumWeight(MAX_CACHED_CHARACTERS)
			.weigher((Object id, Object article) -> METADATA_CHARACTERS + ((ArticleDetail) article).body().length())
			.recordStats()
			.build());
	}

}
