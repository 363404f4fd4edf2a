package io.broadsheet.system;

import com.github.benmanes.caffeine.cache.Caffeine;
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

/**
 * Answers computed from the store ({@code @Cacheable} pages of articles and authors, the
 * archive counts) are kept in memory until the corpus changes: they cannot change in
 * between. Each module empties its own caches on {@link CorpusChanged}. The caches and
 * their bounds are Spring Boot's {@code spring.cache.*} settings (Caffeine);
 * {@code spring.cache.type=none} turns caching off.
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
	 * The whole answers {@link ResponseCachingFilter} keeps, bounded by their bytes
	 * ({@code broadsheet.http.response-cache-size}); none when that is 0.
	 */
	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> responseCache(HttpCacheProperties properties) {
		long bytes = properties.responseCacheSize().toBytes();
		return (caches) -> {
			if (bytes > 0) {
				caches.registerCustomCache(ResponseCachingFilter.CACHE, Caffeine.newBuilder()
					.maximumWeight(bytes)
					.weigher((Object key, Object answer) -> ((ResponseCachingFilter.CachedResponse) answer).weight())
					.recordStats()
					.build());
			}
		};
	}

}
