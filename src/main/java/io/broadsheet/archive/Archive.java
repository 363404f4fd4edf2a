package io.broadsheet.archive;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Publication counts per period, oldest first, and how many articles have no known date.
 *
 * @param granularity year, month or day
 * @param content the periods that have articles, oldest first
 * @param undated articles whose publication date is unknown
 */
@Schema(name = "Archive", requiredProperties = { "granularity", "content", "undated" })
public record Archive(@Schema(allowableValues = {
		"year", "month", "day" }, example = "month") String granularity, List<ArchiveBucket> content,
		@Schema(example = "3") long undated){
}
