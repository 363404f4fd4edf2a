package io.broadsheet.author;

import io.broadsheet.system.ResourceNotFoundException;

/**
 * No author has the requested id. Rendered as a 404 problem.
 */
public class AuthorNotFoundException extends ResourceNotFoundException {

	AuthorNotFoundException(String id) {
		super("Author", id);
	}

}
