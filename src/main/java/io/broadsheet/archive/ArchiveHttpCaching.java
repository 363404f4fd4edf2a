package io.broadsheet.archive;

import java.util.List;

import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

	@Bean
	CorpusAnswerCaching archiveAnswerCaching(ConditionalRequests conditionalRequests, CacheManager cacheManager) {
		return new CorpusAnswerCaching(conditionalRequests, cacheManager, List.of("/dates"), List.of(ARCHIVES));
	}

}
