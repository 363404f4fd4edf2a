package io.broadsheet.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import io.broadsheet.system.InvalidParameterException.ParameterError;

/**
 * Rejects requests that would otherwise fail deep inside Spring MVC, the servlet
 * container or the database with a 500 or an empty answer: query strings that are not
 * valid percent-encoded UTF-8 or that hold control characters, and {@code Accept} headers
 * that are not media types. The rejection goes through the MVC exception handlers, so it
 * is the same 400 problem as any other malformed parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

	private final HandlerExceptionResolver exceptionResolver;

	MalformedRequestFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
		this.exceptionResolver = exceptionResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<ParameterError> errors = malformedParameters(request.getQueryString());
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && !isValidAccept(accept)) {
			errors.add(new ParameterError(HttpHeaders.ACCEPT, accept, "is not a valid list of media types"));
		}
		if (errors.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		// A script on another origin must be able to read why, as for any other problem:
		// the handlers' CORS check never runs for a request stopped here, so it runs
		// here, as the handler mappings run it. A request no origin may send has had its
		// 403 problem written.
		if (CorsUtils.isCorsRequest(request)
				&& !new ProblemCorsProcessor().processRequest(WebConfiguration.CORS, request, response)) {
			return;
		}
		// The problem must be writable whatever the broken Accept header said.
		HttpServletRequest problemRequest = new HttpServletRequestWrapper(request) {

			@Override
			public String getHeader(String name) {
				return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.APPLICATION_PROBLEM_JSON_VALUE
						: super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
						? Collections.enumeration(List.of(MediaType.APPLICATION_PROBLEM_JSON_VALUE))
						: super.getHeaders(name);
			}

			// Nothing on the way to the problem may parse the broken query string: the
			// container would fail on it (format= content negotiation asks for a
			// parameter).
			@Override
			public String getParameter(String name) {
				return null;
			}

			@Override
			public String[] getParameterValues(String name) {
				return null;
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Map.of();
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.emptyEnumeration();
			}

		};
		this.exceptionResolver.resolveException(problemRequest, response, null, new InvalidParameterException(errors));
	}

	private static boolean isValidAccept(String accept) {
		try {
			MediaType.parseMediaTypes(accept);
			return true;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	static List<ParameterError> malformedParameters(String query) {
		List<ParameterError> errors = new ArrayList<>();
		if (query == null || query.isEmpty()) {
			return errors;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String rawName = (equals >= 0) ? pair.substring(0, equals) : pair;
			String rawValue = (equals >= 0) ? pair.substring(equals + 1) : "";
			String name = decode(rawName);
			if (name == null) {
				errors.add(new ParameterError(rawName, null, "name is not valid percent-encoded UTF-8"));
			}
			else {
				String value = decode(rawValue.replace('+', ' '));
				if (value == null) {
					errors.add(new ParameterError(name, rawValue, "is not valid percent-encoded UTF-8"));
				}
				else if (hasControlCharacter(value)) {
					// No filter value needs one, and PostgreSQL refuses NUL in any text.
					errors.add(new ParameterError(name, rawValue, "must not contain control characters"));
				}
			}
		}
		return errors;
	}

	private static boolean hasControlCharacter(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isISOControl(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** The decoded text, or {@code null} when the encoding is broken. */
	private static String decode(String raw) {
		if (raw.indexOf('%') < 0) {
			return raw;
		}
		ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return null;
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.put((byte) ((high << 4) + low));
				i += 2;
			}
			else {
				bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		bytes.flip();
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
