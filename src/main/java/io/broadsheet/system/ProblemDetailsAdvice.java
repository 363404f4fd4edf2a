package io.broadsheet.system;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.accept.ParameterContentNegotiationStrategy;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.broadsheet.system.InvalidParameterException.ParameterError;

/**
 * The one place where exceptions become RFC 9457 problems. Spring's own exceptions (404,
 * 405, 406, ...) are handled by the base class; this adds parameter errors as an
 * {@code errors} array and makes sure nothing internal (stack traces, class names, SQL)
 * reaches a client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	/**
	 * The detail of every 5xx problem, wherever it is raised: nothing about the cause
	 * reaches the client.
	 */
	static final String SERVER_FAILURE_DETAIL = "The server failed to answer this request; the failure has been logged.";

	/**
	 * The type of every problem: its status and title say what kind it is. Spring leaves
	 * {@code type} out, which RFC 9457 reads as the same; it is written out so that every
	 * problem has the same shape, also those Tomcat answers itself.
	 */
	static final URI ABOUT_BLANK = URI.create("about:blank");

	/** Until the first sync has finished, endpoints that serve the corpus say so. */
	static final String CORPUS_LOADING_DETAIL = "The corpus is still loading; try again in a few seconds.";

	/** The database cannot be reached: nothing about why reaches the client. */
	static final String STORE_UNAVAILABLE_DETAIL = "The article store is unavailable; try again in a few seconds.";

	/**
	 * When to try again after a 503: a small corpus loads, and a restarted database comes
	 * back, within seconds; a client retrying sooner only adds load.
	 */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/**
	 * The {@code Cache-Control} of every problem. An error describes one request at one
	 * moment (a malformed parameter, an article the next sync of the live folder may
	 * add), never a representation of the resource, so no cache may keep it: RFC 9111
	 * 4.2.2 lets a cache keep a 404 or 405 without being told, and the corpus answers'
	 * {@code public, max-age} would let it keep a 400 too. For the same reason errors
	 * carry no validator ({@link ConditionalRequests} writes them only on answers).
	 */
	static final String NO_STORE = CacheControl.noStore().getHeaderValue();

	private final ContentNegotiationManager contentNegotiation;

	ProblemDetailsAdvice(@Qualifier("mvcContentNegotiationManager") ContentNegotiationManager contentNegotiation) {
		this.contentNegotiation = contentNegotiation;
	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> handleInvalidParameter(InvalidParameterException ex, WebRequest request) {
		return badRequest(ex, ex.getErrors(), request);
	}

	@ExceptionHandler(CorpusLoadingGate.CorpusLoadingException.class)
	ResponseEntity<Object> handleCorpusLoading(CorpusLoadingGate.CorpusLoadingException ex, WebRequest request) {
		return serviceUnavailable(ex, CORPUS_LOADING_DETAIL, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		if (StoreOutage.isCausedBy(ex)) {
			// Expected while the database is down or restarting, and not a bug: one line,
			// no stack trace, and the client is told to come back.
			log.warn("Store unavailable on {}: {}", describe(request), StoreOutage.describe(ex));
			return serviceUnavailable(ex, STORE_UNAVAILABLE_DETAIL, request);
		}
		log.error("Unexpected failure on {}", describe(request), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				SERVER_FAILURE_DETAIL);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ParameterError> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			String message = error.isBindingFailure() ? conversionMessage(error.unwrap(TypeMismatchException.class))
					: error.getDefaultMessage();
			errors.add(new ParameterError(error.getField(), error.getRejectedValue(), message));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new ParameterError(error.getObjectName(), null, error.getDefaultMessage())));
		return badRequest(ex, errors, request);
	}

	// Allow as OPTIONS answers it: Spring names only the mapped methods here, but also
	// answers HEAD wherever GET is mapped, and OPTIONS everywhere.
	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Set<HttpMethod> allowed = new LinkedHashSet<>();
		if (ex.getSupportedHttpMethods() != null) {
			allowed.addAll(ex.getSupportedHttpMethods());
		}
		if (allowed.contains(HttpMethod.GET)) {
			allowed.add(HttpMethod.HEAD);
		}
		allowed.add(HttpMethod.OPTIONS);
		HttpHeaders allowHeaders = new HttpHeaders();
		allowHeaders.putAll(headers);
		allowHeaders.setAllow(allowed);
		return super.handleHttpRequestMethodNotSupported(ex, allowHeaders, status, request);
	}

	// A format= value that names no representation at all is a malformed parameter, not
	// an unacceptable one: say which values exist. A known one that this resource does
	// not serve (format=csv on /authors) stays a 406.
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ParameterContentNegotiationStrategy formats = this.contentNegotiation
			.getStrategy(ParameterContentNegotiationStrategy.class);
		if (formats != null) {
			String value = request.getParameter(formats.getParameterName());
			Set<String> known = new TreeSet<>(formats.getMediaTypes().keySet());
			if (value != null && !value.isEmpty() && !known.contains(value.toLowerCase(Locale.ROOT))) {
				return badRequest(ex, List.of(new ParameterError(formats.getParameterName(), value,
						"must be one of " + String.join(", ", known))), request);
			}
		}
		return super.handleHttpMediaTypeNotAcceptable(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return badRequest(ex, List.of(new ParameterError(ex.getPropertyName(), ex.getValue(), conversionMessage(ex))),
				request);
	}

	// Every problem is sent as application/problem+json whatever the client said it
	// accepts: a preset content type skips content negotiation, so an odd Accept header
	// never turns an error into an empty answer.
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.putAll(headers);
		if (body == null && ex instanceof ErrorResponse errorResponse) {
			// Spring's own exceptions (404, 405, 406, ...) carry their problem.
			body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		if (body instanceof ProblemDetail problem) {
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			if (problem.getType() == null) {
				problem.setType(ABOUT_BLANK);
			}
			if (problem.getInstance() == null && request instanceof NativeWebRequest nativeRequest
					&& nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
				problem.setInstance(safeUri(servletRequest.getRequestURI()));
			}
		}
		problemHeaders.setCacheControl(NO_STORE);
		return super.handleExceptionInternal(ex, body, problemHeaders, statusCode, request);
	}

	private ResponseEntity<Object> serviceUnavailable(Exception ex, String detail, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	private static URI safeUri(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private ResponseEntity<Object> badRequest(Exception ex, List<ParameterError> errors, WebRequest request) {
		List<ParameterError> echoed = errors.stream()
			// The name too: an unknown parameter's is the client's.
			.map((error) -> new ParameterError(InvalidParameterException.echoed(error.parameter()),
					truncate(error.rejectedValue()), error.message()))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				echoed.stream()
					.map((error) -> error.parameter() + " " + error.message())
					.collect(Collectors.joining("; ")));
		problem.setProperty("errors", echoed);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	private static String conversionMessage(TypeMismatchException ex) {
		if (ex == null) {
			return "is malformed";
		}
		// The exception itself is Spring's wording; a client message can only be a cause.
		return InvalidParameterException.conversionMessage(ex.getRequiredType(), ex.getCause());
	}

	private static Object truncate(Object value) {
		if (value instanceof String text) {
			return InvalidParameterException.echoed(text);
		}
		if (value != null && !(value instanceof Number)) {
			return InvalidParameterException.echoed(String.valueOf(value));
		}
		return value;
	}

	private static String describe(WebRequest request) {
		return request.getDescription(false);
	}

}
