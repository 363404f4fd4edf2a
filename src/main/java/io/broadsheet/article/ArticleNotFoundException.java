package io.broadsheet.article;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No article has the requested id. Rendered as a 404 problem.
 */
class ArticleNotFoundException extends ErrorResponseException {

	ArticleNotFoundException(String id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No article has the id '" + id + "'");
		problem.setTitle("Article not found");
		return problem;
	}

}
