package io.broadsheet.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, with a refusal that is a problem document like every other 4xx:
 * Spring's own answers a preflight for a method no origin may use ({@code DELETE}) with
 * the text {@code Invalid CORS request} and no content type.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	/** What every refused cross-origin request is told. */
	static final String DETAIL = "Other origins may only send GET, HEAD and OPTIONS requests, with any headers.";

	private static final byte[] PROBLEM = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
			+ "\"detail\":\"" + DETAIL + "\"}")
		.getBytes(StandardCharsets.UTF_8);

	/**
	 * A preflight let through is answered with the {@code Allow} of the methods served.
	 * No handler answers a preflight, so the servlet's default OPTIONS answer would
	 * otherwise add an {@code Allow} naming every method it knows (POST, PUT, DELETE,
	 * TRACE, PATCH), none of which any path here takes.
	 */
	@Override
	public boolean processRequest(@Nullable CorsConfiguration config, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean allowed = super.processRequest(config, request, response);
		if (allowed && CorsUtils.isPreFlightRequest(request)) {
			response.setHeader(HttpHeaders.ALLOW, WebConfiguration.ALLOW);
		}
		return allowed;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(PROBLEM.length);
		response.getBody().write(PROBLEM);
		response.flush();
	}

}
