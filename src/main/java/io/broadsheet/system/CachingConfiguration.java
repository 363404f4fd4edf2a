package io.broadsheet.system;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.cache.interceptor.SimpleKeyGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Answers computed from the store ({@code @Cacheable} pages of articles and authors, the
 * archive counts) are kept in memory until the corpus changes: they cannot change in
 * between. Each module empties its own caches on {@link CorpusChanged}. The caches are
 * Caffeine's, each weighed in bytes and bounded by its share of one budget
 * ({@link CacheBudget}, {@code broadsheet.cache.*}); {@code spring.cache.type=none} turns
 * caching off.
 * <p>
 * Every key includes the served corpus version (its generation, which never repeats).
 * Emptying a cache alone would race with a request that read the store just before a sync
 * committed and stores its answer just after the cache was emptied: that stale answer
 * would then be served until the next sync. Under a versioned key it is never looked up
 * again.
 * <p>
 * The caching advice wraps the transactional one, so that a hit opens no transaction and
 * borrows no connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)
class CachingConfiguration implements CachingConfigurer {

	/**
	 * The whole answers' share of the caches' budget, relative to the modules' caches
	 * (articles 5, their pages 4, facets, author pages and archives 1 each): 40 %.
	 */
	static final int RESPONSE_SHARE = 8;

	private final ObjectProvider<ServedCorpus> served;

	// A provider: caching configurers are created early, before most beans.
	CachingConfiguration(ObjectProvider<ServedCorpus> served) {
		this.served = served;
	}

	@Override
	public KeyGenerator keyGenerator() {
		return (target, method, params) -> new SimpleKey(this.served.getObject().generation(),
				SimpleKeyGenerator.generateKey(params));
	}

	/**
	 * The whole answers {@link ResponseCachingFilter} keeps, bounded by their bytes:
	 * their share of the caches' budget, or {@code broadsheet.http.response-cache-size}
	 * when that is set (none when it is 0).
	 * <p>
	 * The largest share: a whole answer kept saves all of a request's work, where a page
	 * or an article kept as objects still has to be written, and under the benchmark's
	 * long tail every object cache's hit had first missed here.
	 */
	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> responseCache(HttpCacheProperties properties, CacheBudget budget) {
		Weigher<Object, Object> weigher = (Object key, Object answer) -> ((ResponseCachingFilter.CachedResponse) answer)
			.weight();
		DataSize fixed = properties.responseCacheSize();
		return (caches) -> {
			if (fixed == null) {
				caches.registerCustomCache(ResponseCachingFilter.CACHE,
						budget.cache(ResponseCachingFilter.CACHE, RESPONSE_SHARE, weigher));
			}
			else if (fixed.toBytes() > 0) {
				caches.registerCustomCache(ResponseCachingFilter.CACHE,
						Caffeine.newBuilder().maximumWeight(fixed.toBytes()).weigher(weigher).recordStats().build());
			}
		};
	}

}
