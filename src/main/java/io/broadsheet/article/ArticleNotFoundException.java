package io.broadsheet.article;

import io.broadsheet.system.ResourceNotFoundException;

/**
 * No article has the requested id. Rendered as a 404 problem.
 */
class ArticleNotFoundException extends ResourceNotFoundException {

	ArticleNotFoundException(String id) {
		super("Article", id);
	}

}
