package io.broadsheet.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
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

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(PROBLEM.length);
		response.getBody().write(PROBLEM);
		response.flush();
	}

}
