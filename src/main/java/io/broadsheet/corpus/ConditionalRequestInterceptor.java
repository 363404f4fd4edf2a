package io.broadsheet.corpus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets HTTP caches do their job: every answer about articles only changes when the corpus
 * does, so its {@code ETag} and {@code Last-Modified} are the corpus version's. A request
 * whose {@code If-None-Match} or {@code If-Modified-Since} still holds gets a 304 before
 * the controller runs, so no query is made.
 */
class ConditionalRequestInterceptor implements HandlerInterceptor {

	private final CorpusRevision revision;

	private final CacheControl cacheControl;

	ConditionalRequestInterceptor(CorpusRevision revision, CacheControl cacheControl) {
		this.revision = revision;
		this.cacheControl = cacheControl;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CorpusRevision.Snapshot snapshot = this.revision.current();
		String method = request.getMethod();
		if (snapshot == null || !("GET".equals(method) || "HEAD".equals(method))) {
			return true;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl.getHeaderValue());
		// Sets ETag and Last-Modified, and answers 304 when the client's copy is current.
		boolean notModified = new ServletWebRequest(request, response).checkNotModified(snapshot.etag(),
				snapshot.syncedAt().toEpochMilli());
		return !notModified;
	}

}
