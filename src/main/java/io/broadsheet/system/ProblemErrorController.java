package io.broadsheet.system;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that happen outside Spring MVC (rejected by the servlet container, or
 * thrown by a filter) with the same problem shape as everything else, instead of Spring
 * Boot's default error JSON. Replaces Boot's {@code BasicErrorController}.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(ProblemDetailsAdvice.ABOUT_BLANK);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			try {
				problem.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				// a path the container let through but URI rejects: leave instance out
			}
		}
		if (status.is5xxServerError()) {
			problem.setDetail(ProblemDetailsAdvice.SERVER_FAILURE_DETAIL);
		}
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			// Only Tomcat's refusal of TRACE gets here (Spring MVC answers the others),
			// with an Allow of Tomcat's that names POST, PUT and DELETE: every path of
			// this read-only service takes what OPTIONS says. Set on the response itself,
			// so that it replaces Tomcat's rather than adding a second one.
			response.setHeader(HttpHeaders.ALLOW, WebConfiguration.ALLOW);
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CACHE_CONTROL, ProblemDetailsAdvice.NO_STORE)
			.body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && status.isError()) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
