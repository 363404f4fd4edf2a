package io.broadsheet.author;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.broadsheet.system.ConditionalRequests;
import io.broadsheet.system.CorpusChanged;

/**
 * Answers about authors change only with the corpus: {@code /authors} answers conditional
 * requests with the corpus version, and the author caches are emptied when it changes.
 */
@Component
class AuthorHttpCaching implements WebMvcConfigurer {

	/** Pages of authors; bounded by {@code spring.cache.caffeine.spec}. */
	static final String PAGES = "author-pages";

	private final ConditionalRequests conditionalRequests;

	AuthorHttpCaching(ConditionalRequests conditionalRequests) {
		this.conditionalRequests = conditionalRequests;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.conditionalRequests.interceptor()).addPathPatterns("/authors", "/authors/**");
	}

	/**
	 * Frees the answers computed from the previous version. Their keys hold that version,
	 * so none would be served again; emptying the caches gives their memory back now.
	 */
	@EventListener
	@CacheEvict(cacheNames = { PAGES }, allEntries = true)
	void corpusChanged(CorpusChanged changed) {
		// The annotation does the work.
	}

}
