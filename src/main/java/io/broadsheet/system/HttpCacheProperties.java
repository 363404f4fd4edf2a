package io.broadsheet.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How HTTP caches may keep the answers derived from the corpus.
 *
 * @param cacheMaxAge how long clients and shared caches may reuse an answer without
 * asking again ({@code Cache-Control: max-age}); answers only change with the corpus.
 * Formerly {@code broadsheet.corpus.cache-max-age}, which is still read when this is not
 * set.
 */
@ConfigurationProperties("broadsheet.http")
public record HttpCacheProperties(@DefaultValue("60s") Duration cacheMaxAge) {

}
