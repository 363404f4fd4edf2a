package io.broadsheet.archive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.broadsheet.system.RequiresLoadedCorpus;

@RestController
@RequiresLoadedCorpus
@Tag(name = "Archive", description = "How many articles were published when")
class ArchiveController {

	private final ArchiveQueries queries;

	ArchiveController(ArchiveQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/dates")
	@Operation(operationId = "listDates", summary = "Count articles per year, month or day",
			description = "Only periods that have articles, oldest first, each with a link to its articles.")
	Archive dates(
			@Parameter(description = "Size of the periods.",
					schema = @Schema(type = "string", allowableValues = { "year", "month", "day" },
							defaultValue = "month", example = "month")) @RequestParam(
									defaultValue = "month") Granularity granularity) {
		return this.queries.archive(granularity);
	}

}
