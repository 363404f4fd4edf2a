package io.broadsheet.system;

import java.util.List;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How one module caches the answers it derives from the corpus, which change only with
 * it: its paths answer conditional requests with the corpus version
 * ({@link ConditionalRequests}), and its caches are emptied when the corpus changes. Each
 * such module declares one bean of this type, naming its own paths and caches, so that no
 * module knows another's.
 */
public final class CorpusAnswerCaching implements WebMvcConfigurer {

	private final ConditionalRequests conditionalRequests;

	private final CacheManager cacheManager;

	private final List<String> paths;

	private final List<String> cacheNames;

	/**
	 * Caching of one module's answers.
	 * @param conditionalRequests the interceptor that answers conditional requests
	 * @param cacheManager where the module's caches live
	 * @param paths the module's path patterns ({@code /authors}, {@code /authors/**})
	 * @param cacheNames the module's caches of answers
	 */
	public CorpusAnswerCaching(ConditionalRequests conditionalRequests, CacheManager cacheManager, List<String> paths,
			List<String> cacheNames) {
		this.conditionalRequests = conditionalRequests;
		this.cacheManager = cacheManager;
		this.paths = List.copyOf(paths);
		this.cacheNames = List.copyOf(cacheNames);
	}

	/** The module's path patterns. */
	public List<String> paths() {
		return this.paths;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.conditionalRequests.interceptor()).addPathPatterns(this.paths);
	}

	/**
	 * Frees the answers computed from the previous version. Their keys hold that version
	 * (see {@code CachingConfiguration}), so none would be served again; emptying the
	 * caches gives their memory back now.
	 * @param changed the version now served
	 */
	@EventListener
	public void corpusChanged(CorpusChanged changed) {
		for (String name : this.cacheNames) {
			Cache cache = this.cacheManager.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		}
	}

}
