package io.broadsheet.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Answers computed from the store ({@code @Cacheable} pages of articles and authors, the
 * archive counts) are kept in memory until the corpus changes: they cannot change in
 * between, and the corpus module clears every cache when a sync finishes. The caches and
 * their bounds are Spring Boot's {@code spring.cache.*} settings (Caffeine);
 * {@code spring.cache.type=none} turns caching off.
 * <p>
 * The caching advice wraps the transactional one, so that a hit opens no transaction and
 * borrows no connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)
class CachingConfiguration {

}
