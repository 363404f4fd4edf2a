package io.broadsheet.archive;

import java.util.List;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.broadsheet.system.CacheBudget;
import io.broadsheet.system.ConditionalRequests;
import io.broadsheet.system.CorpusAnswerCaching;

/**
 * The archive counts change only with the corpus: {@code /dates} answers conditional
 * requests with the corpus version, and the cached counts are emptied when it changes.
 */
@Configuration(proxyBeanMethods = false)
class ArchiveHttpCaching {

	/** The counts per period, one entry per granularity. */
	static final String ARCHIVES = "archives";

	// Share of the caches' budget, relative to the other caches' (the whole answers' 8):
	// three entries at most, the daily one the largest.
	private static final int ARCHIVES_SHARE = 1;

	/** A period's record and the list's slot besides its strings. */
	private static final int BUCKET_OBJECTS = 40;

	@Bean
	CorpusAnswerCaching archiveAnswerCaching(ConditionalRequests conditionalRequests, CacheManager cacheManager) {
		return new CorpusAnswerCaching(conditionalRequests, cacheManager, List.of("/dates"), List.of(ARCHIVES));
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> archiveCaches(CacheBudget budget) {
		return (caches) -> caches.registerCustomCache(ARCHIVES,
				budget.cache(ARCHIVES, ARCHIVES_SHARE, (key, archive) -> weigh((Archive) archive)));
	}

	/** About what a cached archive keeps in the heap. */
	static int weigh(Archive archive) {
		int bytes = 100;
		for (ArchiveBucket bucket : archive.content()) {
			bytes += BUCKET_OBJECTS + CacheBudget.bytesOf(bucket.period()) + CacheBudget.bytesOf(bucket.articles());
		}
		return bytes;
	}

}
