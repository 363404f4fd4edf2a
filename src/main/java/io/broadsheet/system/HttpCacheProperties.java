package io.broadsheet.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How HTTP caches may keep the answers derived from the corpus.
 *
 * @param cacheMaxAge how long clients and shared caches may reuse an answer without
 * asking again ({@code Cache-Control: max-age}); answers only change with the corpus.
 * Formerly {@code broadsheet.corpus.cache-max-age}, which is still read when this is not
 * set.
 * @param responseCacheSize how many bytes of whole answers the service keeps to send
 * again ({@code ResponseCachingFilter}), instead of its share of the caches' budget
 * ({@link CacheBudget}, the default); {@code 0} keeps none
 */
@ConfigurationProperties("broadsheet.http")
public record HttpCacheProperties(@DefaultValue("60s") Duration cacheMaxAge, DataSize responseCacheSize) {

}
