package io.broadsheet.archive;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One period of the archive that has articles.
 *
 * @param period the year ({@code 2025}), month ({@code 2025-12}) or day
 * ({@code 2025-12-04})
 * @param articleCount articles published in the period
 * @param articles the query that lists them
 */
@Schema(name = "ArchiveBucket", requiredProperties = { "period", "articleCount", "articles" })
public record ArchiveBucket(@Schema(example = "2025-12") String period, @Schema(example = "1") long articleCount,
		@Schema(example = "/articles?date=2025-12") String articles) {

	static ArchiveBucket of(String period, long count) {
		return new ArchiveBucket(period, count, "/articles?date=" + period);
	}

}
