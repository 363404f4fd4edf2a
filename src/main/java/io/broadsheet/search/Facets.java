package io.broadsheet.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the articles that match a query divide up, each list by count descending, ties in
 * the order of their keys.
 *
 * @param total how many articles match
 * @param authors articles per author
 * @param years articles per publication year; undated articles are not counted
 * @param months articles per publication month
 * @param publishers articles per publisher; those of unknown publisher are not counted
 * @param languages articles per language; those of unknown language are not counted
 */
@Schema(name = "Facets", requiredProperties = { "total", "authors", "years", "months", "publishers", "languages" })
public record Facets(@Schema(example = "2") long total, List<AuthorCount> authors, List<PeriodCount> years,
		List<PeriodCount> months, List<PublisherCount> publishers, List<LanguageCount> languages) {

	/**
	 * Articles by one author.
	 *
	 * @param id the author id
	 * @param name the display name
	 * @param count matching articles
	 */
	@Schema(name = "AuthorCount", requiredProperties = { "id", "name", "count" })
	public record AuthorCount(@Schema(example = "tigran-grigoryan") String id,
			@Schema(example = "Tigran Grigoryan") String name, @Schema(example = "1") long count) {

	}

	/**
	 * Articles of one year ({@code 2025}) or month ({@code 2025-12}).
	 *
	 * @param period the year or month
	 * @param count matching articles
	 */
	@Schema(name = "PeriodCount", requiredProperties = { "period", "count" })
	public record PeriodCount(@Schema(example = "2025") String period, @Schema(example = "2") long count) {

	}

	/**
	 * Articles of one publisher.
	 *
	 * @param name the publisher
	 * @param count matching articles
	 */
	@Schema(name = "PublisherCount", requiredProperties = { "name", "count" })
	public record PublisherCount(@Schema(example = "News.Az") String name, @Schema(example = "1") long count) {

	}

	/**
	 * Articles in one language.
	 *
	 * @param code the ISO 639-1 code
	 * @param count matching articles
	 */
	@Schema(name = "LanguageCount", requiredProperties = { "code", "count" })
	public record LanguageCount(@Schema(example = "en") String code, @Schema(example = "5") long count) {

	}

}
