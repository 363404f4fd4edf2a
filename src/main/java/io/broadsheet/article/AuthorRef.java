package io.broadsheet.article;

import io.swagger.v3.oas.annotations.media.Schema;

import io.broadsheet.author.Author;

/**
 * An author as listed on an article.
 *
 * @param id the author's id, usable in {@code /authors/{id}} and {@code ?author=}
 * @param name the display name
 */
@Schema(name = "AuthorRef", requiredProperties = { "id", "name" })
public record AuthorRef(@Schema(example = "tigran-grigoryan") String id,
		@Schema(example = "Tigran Grigoryan") String name) {

	static AuthorRef from(Author author) {
		return new AuthorRef(author.getId(), author.getName());
	}

}
