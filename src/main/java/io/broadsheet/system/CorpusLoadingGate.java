package io.broadsheet.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers {@code 503} on the endpoints marked {@link RequiresLoadedCorpus} until this
 * instance serves a corpus, which it learns from the first {@link CorpusChanged}. The
 * server accepts connections while the startup sync still runs (readiness is what tells a
 * load balancer to wait), and a client calling it directly must not be told that there
 * are no articles.
 */
@Component
class CorpusLoadingGate implements HandlerInterceptor {

	private volatile boolean loaded;

	@EventListener
	void onCorpusChanged(CorpusChanged event) {
		this.loaded = true;
	}

	/** Whether a corpus is served: the gate stays open from then on. */
	boolean isLoaded() {
		return this.loaded;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!this.loaded && handler instanceof HandlerMethod method && requiresCorpus(method)) {
			throw new CorpusLoadingException();
		}
		return true;
	}

	private static boolean requiresCorpus(HandlerMethod method) {
		return method.hasMethodAnnotation(RequiresLoadedCorpus.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RequiresLoadedCorpus.class);
	}

	/** The corpus is not loaded yet: a 503 the client should retry. */
	static class CorpusLoadingException extends RuntimeException {

		CorpusLoadingException() {
			super("The corpus is still loading", null, false, false);
		}

	}

}
