package io.broadsheet.author;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An author with the extent of their work in the corpus.
 *
 * @param id the author's id (slug of the name)
 * @param name the display name
 * @param articleCount how many articles credit the author
 * @param firstPublished the earliest known publication date, {@code null} when none is
 * known
 * @param lastPublished the latest known publication date, {@code null} when none is known
 */
@Schema(name = "AuthorSummary", requiredProperties = { "id", "name", "articleCount" })
public record AuthorSummary(@Schema(example = "tigran-grigoryan") String id,
		@Schema(example = "Tigran Grigoryan") String name, @Schema(example = "1") int articleCount,
		@Schema(example = "2025-06-05") LocalDate firstPublished,
		@Schema(example = "2025-06-05") LocalDate lastPublished) {

	static AuthorSummary from(Author author) {
		return new AuthorSummary(author.getId(), author.getName(), author.getArticleCount(), author.getFirstPublished(),
				author.getLastPublished());
	}

}
