package io.broadsheet.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No resource of a kind has the requested id. Spring MVC renders it as a 404 problem
 * whose title names the kind ("Article not found") and whose detail names the id.
 */
public abstract class ResourceNotFoundException extends ErrorResponseException {

	protected ResourceNotFoundException(String kind, String id) {
		super(HttpStatus.NOT_FOUND, problem(kind, id), null);
	}

	private static ProblemDetail problem(String kind, String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No " + kind.toLowerCase(java.util.Locale.ROOT) + " has the id '" + InvalidParameterException.echoed(id)
						+ "'");
		problem.setTitle(kind + " not found");
		return problem;
	}

}
