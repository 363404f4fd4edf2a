package io.broadsheet.article;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.broadsheet.system.ConditionalRequests;
import io.broadsheet.system.CorpusChanged;

/**
 * Answers about articles change only with the corpus: {@code /articles} answers
 * conditional requests with the corpus version, and the article caches are emptied when
 * it changes.
 */
@Component
class ArticleHttpCaching implements WebMvcConfigurer {

	private final ConditionalRequests conditionalRequests;

	ArticleHttpCaching(ConditionalRequests conditionalRequests) {
		this.conditionalRequests = conditionalRequests;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.conditionalRequests.interceptor()).addPathPatterns("/articles", "/articles/**");
	}

	/**
	 * Frees the answers computed from the previous version. Their keys hold that version,
	 * so none would be served again; emptying the caches gives their memory back now.
	 */
	@EventListener
	@CacheEvict(cacheNames = { ArticleCacheConfiguration.PAGES, ArticleCacheConfiguration.ARTICLES }, allEntries = true)
	void corpusChanged(CorpusChanged changed) {
		// The annotation does the work.
	}

}
