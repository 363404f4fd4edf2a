package io.broadsheet.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on errors it raises before Spring sees the request (an invalid
 * character in the request line, a malformed percent-encoding): a problem document
 * instead of Tomcat's HTML page, with no server details.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus httpStatus = HttpStatus.resolve(status);
		String title = (httpStatus != null) ? httpStatus.getReasonPhrase() : "Error";
		String detail = (status >= 500) ? ProblemDetailsAdvice.SERVER_FAILURE_DETAIL
				: "The request could not be understood.";
		String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
				+ detail + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("X-Content-Type-Options", "nosniff");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is committed: nothing more to say.
		}
		response.getCoyoteResponse().action(ActionCode.CLOSE, null);
	}

}
