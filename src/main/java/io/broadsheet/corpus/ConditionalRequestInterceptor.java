package io.broadsheet.corpus;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

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
		boolean notModified = new ServletWebRequest(request, response)
			.checkNotModified(etag(snapshot, representation(request)), snapshot.syncedAt().toEpochMilli());
		return !notModified;
	}

	/**
	 * The validator of this representation of the version: the version's own for JSON,
	 * and one per other representation of the same URL (CSV, Atom, ...), since a client
	 * holding the JSON must not be told its copy of the CSV is current.
	 */
	static String etag(CorpusRevision.Snapshot snapshot, MediaType representation) {
		if (representation == null) {
			return snapshot.etag();
		}
		String suffix = representation.getSubtype().replaceAll("[^A-Za-z0-9]+", "-");
		return "W/\"" + snapshot.version() + "-" + suffix + "\"";
	}

	// A handler that declares exactly one media type it produces (an export, a feed)
	// answers in that one; the JSON handlers declare none.
	private static MediaType representation(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) instanceof Set<?> types
				&& types.size() == 1 && types.iterator().next() instanceof MediaType type) {
			return type;
		}
		return null;
	}

}
