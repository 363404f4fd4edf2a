package io.broadsheet.author;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.broadsheet.system.PageParameters;
import io.broadsheet.system.RequiresLoadedCorpus;

@RestController
@RequiresLoadedCorpus
@Tag(name = "Authors", description = "The people credited with articles")
class AuthorController {

	private final AuthorCatalog catalog;

	AuthorController(AuthorCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/authors")
	@Operation(operationId = "listAuthors", summary = "List authors",
			description = "Authors with their article count and first and last publication date, sorted by name.")
	PagedModel<AuthorSummary> list(
			@Parameter(description = "0-based page number. A page past the end is empty.",
					schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0",
							example = "0")) @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 100.",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
							defaultValue = "20")) @RequestParam(required = false) Integer size,
			@Parameter(
					description = "Sort order: `name`, `articleCount`, `firstPublished` or `lastPublished`, "
							+ "optionally with `,asc` or `,desc`.",
					array = @ArraySchema(
							schema = @Schema(type = "string", example = "articleCount,desc"))) @RequestParam(
									required = false) List<String> sort) {
		return new PagedModel<>(this.catalog.find(PageParameters.toPageable(page, size, sort, AuthorCatalog.SORTABLE,
				AuthorCatalog.DEFAULT_SORT, AuthorCatalog.TIE_BREAKER)));
	}

	@GetMapping("/authors/{id}")
	@Operation(operationId = "getAuthor", summary = "Read one author",
			description = "One author by id (the slug of the name); the display name works too.")
	AuthorSummary get(@Parameter(description = "Author id (slug) or display name.",
			example = "tigran-grigoryan") @PathVariable String id) {
		return this.catalog.get(id);
	}

}
