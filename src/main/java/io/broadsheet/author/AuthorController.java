package io.broadsheet.author;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.broadsheet.system.PageQuery;
import io.broadsheet.system.RequiresLoadedCorpus;
import io.broadsheet.system.SortKeys;

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
	@SortKeys(description = "Sort order: `name`, `articleCount`, `firstPublished` or `lastPublished`, "
			+ "optionally with `,asc` or `,desc`.", example = "articleCount,desc")
	PagedModel<AuthorSummary> list(@Valid @ParameterObject PageQuery paging) {
		return new PagedModel<>(this.catalog.find(paging.toPageable(AuthorCatalog.ORDERS)));
	}

	@GetMapping("/authors/{id}")
	@Operation(operationId = "getAuthor", summary = "Read one author",
			description = "One author by id (the slug of the name); the display name works too.")
	AuthorSummary get(@Parameter(description = "Author id (slug) or display name.",
			example = "tigran-grigoryan") @PathVariable String id) {
		return this.catalog.get(id);
	}

}
