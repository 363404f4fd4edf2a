package io.broadsheet.author;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No author has the requested id. Rendered as a 404 problem.
 */
public class AuthorNotFoundException extends ErrorResponseException {

	AuthorNotFoundException(String id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No author has the id '" + id + "'");
		problem.setTitle("Author not found");
		return problem;
	}

}
