package io.broadsheet.system;

import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Lets HTTP caches do their job for answers derived from the corpus: they only change
 * when the corpus does, so their {@code ETag} and {@code Last-Modified} are the served
 * corpus version's. A request whose {@code If-None-Match} or {@code If-Modified-Since}
 * still holds gets a 304 before the controller runs, so no query is made. Each module
 * registers {@link #interceptor()} for its own paths.
 */
@Component
public class ConditionalRequests {

	private final HandlerInterceptor interceptor;

	ConditionalRequests(ServedCorpus served, HttpCacheProperties properties) {
		CacheControl cacheControl = CacheControl.maxAge(Duration.ofSeconds(properties.cacheMaxAge().toSeconds()))
			.cachePublic();
		this.interceptor = new Interceptor(served, cacheControl);
	}

	/** The interceptor to register for paths whose answers derive from the corpus. */
	public HandlerInterceptor interceptor() {
		return this.interceptor;
	}

	private static final class Interceptor implements HandlerInterceptor {

		private final ServedCorpus served;

		private final CacheControl cacheControl;

		Interceptor(ServedCorpus served, CacheControl cacheControl) {
			this.served = served;
			this.cacheControl = cacheControl;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			CorpusChanged current = this.served.current();
			String method = request.getMethod();
			if (current == null || !("GET".equals(method) || "HEAD".equals(method))) {
				return true;
			}
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl.getHeaderValue());
			// A weak validator: gzip may change the bytes, never the meaning. Sets ETag
			// and Last-Modified, and answers 304 when the client's copy is current.
			boolean notModified = new ServletWebRequest(request, response)
				.checkNotModified(etag(current, representation(request)), current.changedAt().toEpochMilli());
			return !notModified;
		}

		// The version's own validator for JSON, and one per other representation of the
		// same URL (CSV, Atom, ...), since a client holding the JSON must not be told its
		// copy of the CSV is current.
		private static String etag(CorpusChanged current, MediaType representation) {
			if (representation == null) {
				return "W/\"" + current.version() + "\"";
			}
			String suffix = representation.getSubtype().replaceAll("[^A-Za-z0-9]+", "-");
			return "W/\"" + current.version() + "-" + suffix + "\"";
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

}
