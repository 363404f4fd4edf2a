package io.broadsheet.archive;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.broadsheet.system.ConditionalRequests;
import io.broadsheet.system.CorpusChanged;

/**
 * The archive counts change only with the corpus: {@code /dates} answers conditional
 * requests with the corpus version, and the cached counts are emptied when it changes.
 */
@Component
class ArchiveHttpCaching implements WebMvcConfigurer {

	/** The counts per period, one entry per granularity. */
	static final String ARCHIVES = "archives";

	private final ConditionalRequests conditionalRequests;

	ArchiveHttpCaching(ConditionalRequests conditionalRequests) {
		this.conditionalRequests = conditionalRequests;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.conditionalRequests.interceptor()).addPathPatterns("/dates");
	}

	/**
	 * Frees the answers computed from the previous version. Their keys hold that version,
	 * so none would be served again; emptying the caches gives their memory back now.
	 */
	@EventListener
	@CacheEvict(cacheNames = { ARCHIVES }, allEntries = true)
	void corpusChanged(CorpusChanged changed) {
		// The annotation does the work.
	}

}
