package io.broadsheet.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Lets HTTP caches do their job for answers derived from the corpus: they only change
 * when the corpus does, so their {@code ETag} and {@code Last-Modified} are the served
 * corpus version's. A request whose {@code If-None-Match} or {@code If-Modified-Since}
 * still holds gets a 304 before the controller runs, so no query is made. Each module
 * registers {@link #interceptor()} for its own paths.
 * <p>
 * The validators and {@code Cache-Control} are written only on an answer its handler
 * gave, or on a 304: never on an error, which describes the request, not a representation
 * a cache could keep or revalidate (the errors' own {@code no-store} is
 * {@code ProblemDetailsAdvice}'s). {@code If-None-Match: *} asks whether any current
 * representation exists (RFC 9110 13.1.2), which only the handler knows: an unknown
 * article or a malformed parameter stays a 404 or 400, and anything the handler answers
 * becomes a 304 before its body is written.
 */
@Component
public class ConditionalRequests {

	// What the interceptor found before the handler ran, for the answer it gives.
	private static final String VALIDATORS = ConditionalRequests.class.getName() + ".validators";

	private final HandlerInterceptor interceptor;

	ConditionalRequests(ServedCorpus served, HttpCacheProperties properties) {
		CacheControl cacheControl = CacheControl.maxAge(Duration.ofSeconds(properties.cacheMaxAge().toSeconds()))
			.cachePublic();
		this.interceptor = new Interceptor(served, cacheControl.getHeaderValue());
	}

	/** The interceptor to register for paths whose answers derive from the corpus. */
	public HandlerInterceptor interceptor() {
		return this.interceptor;
	}

	/**
	 * Puts {@link AfterTheHandler} before every return value handler of the controllers:
	 * the one point every answer a handler gives passes, JSON, feeds and streamed exports
	 * alike, and that no exception handler's answer does.
	 * @return the post-processor
	 */
	@Bean
	static BeanPostProcessor validatorsAfterTheHandler() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getReturnValueHandlers() != null) {
					adapter.setReturnValueHandlers(List.of(new AfterTheHandler(adapter.getReturnValueHandlers())));
				}
				return bean;
			}

		};
	}

	/**
	 * The validators of the served corpus version for one request.
	 *
	 * @param etag the representation's weak validator
	 * @param lastModified when the corpus last changed, in epoch milliseconds
	 * @param cacheControl how long caches may keep the answer
	 * @param anyRepresentation whether the client asked {@code If-None-Match: *}
	 */
	private record Validators(String etag, long lastModified, String cacheControl, boolean anyRepresentation) {

		void writeTo(HttpServletResponse response) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
			response.setHeader(HttpHeaders.ETAG, this.etag);
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, this.lastModified);
		}

	}

	private static final class Interceptor implements HandlerInterceptor {

		private final ServedCorpus served;

		private final String cacheControl;

		Interceptor(ServedCorpus served, String cacheControl) {
			this.served = served;
			this.cacheControl = cacheControl;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			CorpusChanged current = this.served.current();
			String method = request.getMethod();
			if (current == null || request.getDispatcherType() != DispatcherType.REQUEST
					|| !("GET".equals(method) || "HEAD".equals(method))) {
				return true;
			}
			Validators validators = new Validators(etag(current, representation(request)),
					current.changedAt().toEpochMilli(), this.cacheControl, asksForAnyRepresentation(request));
			if (!validators.anyRepresentation()
					// Without the response, Spring only evaluates the conditions (RFC
					// 9110
					// 13.2.2 order) and writes nothing: the headers are ours to write.
					&& new ServletWebRequest(request).checkNotModified(validators.etag(), validators.lastModified())) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				validators.writeTo(response);
				return false;
			}
			request.setAttribute(VALIDATORS, validators);
			return true;
		}

		// Spring reads "*" as matching only for unsafe methods (If-Match), so that a GET
		// with it would always get the whole answer.
		private static boolean asksForAnyRepresentation(HttpServletRequest request) {
			for (String value : Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH))) {
				if ("*".equals(value.strip())) {
					return true;
				}
			}
			return false;
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

	/**
	 * Runs when a handler has answered, before its answer is written: writes the
	 * validators the interceptor found, or, for {@code If-None-Match: *}, answers 304 in
	 * place of the body (a streamed export then reads nothing).
	 */
	static final class AfterTheHandler implements HandlerMethodReturnValueHandler {

		private final HandlerMethodReturnValueHandlerComposite handlers;

		AfterTheHandler(List<HandlerMethodReturnValueHandler> handlers) {
			this.handlers = new HandlerMethodReturnValueHandlerComposite().addHandlers(new ArrayList<>(handlers));
		}

		@Override
		public boolean supportsReturnType(MethodParameter returnType) {
			return this.handlers.supportsReturnType(returnType);
		}

		@Override
		public void handleReturnValue(Object returnValue, MethodParameter returnType,
				ModelAndViewContainer mavContainer, NativeWebRequest webRequest) throws Exception {
			HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
			HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
			Validators validators = (request != null && request.getAttribute(VALIDATORS) instanceof Validators found)
					? found : null;
			if (validators != null && response != null && isSuccess(returnValue)) {
				request.removeAttribute(VALIDATORS);
				validators.writeTo(response);
				if (validators.anyRepresentation()) {
					response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
					mavContainer.setRequestHandled(true);
					return;
				}
			}
			this.handlers.handleReturnValue(returnValue, returnType, mavContainer, webRequest);
		}

		// Every handler on the corpus paths answers 200; an entity could say otherwise.
		private static boolean isSuccess(Object returnValue) {
			return !(returnValue instanceof ResponseEntity<?> entity) || entity.getStatusCode().is2xxSuccessful();
		}

	}

}
