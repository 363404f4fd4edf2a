package io.broadsheet.article;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.broadsheet.author.AuthorCatalog;
import io.broadsheet.system.RequiresLoadedCorpus;

@RestController
@RequiresLoadedCorpus
@Tag(name = "Articles", description = "The articles of the corpus: search, page and read them")
class ArticleController {

	private final ArticleCatalog catalog;

	private final AuthorCatalog authors;

	ArticleController(ArticleCatalog catalog, AuthorCatalog authors) {
		this.catalog = catalog;
		this.authors = authors;
	}

	@GetMapping("/articles")
	@Operation(operationId = "listArticles", summary = "List articles",
			description = "One page of article summaries (no body), filtered by author, date and publisher. "
					+ "Filters combine with AND; an unknown author or an empty period gives an empty page.")
	PagedModel<ArticleSummary> list(@ParameterObject ArticleQuery query) {
		return new PagedModel<>(this.catalog.find(query.toFilter(), query.toPageable()));
	}

	@GetMapping("/articles/{id}")
	@Operation(operationId = "getArticle", summary = "Read one article",
			description = "The article with its clean body, its source file and the provenance of each metadata field.")
	ArticleDetail get(@Parameter(description = "Article id: the file's name without `.txt`.",
			example = "000_a9e816bf096b0a86") @PathVariable String id) {
		return this.catalog.get(id);
	}

	@GetMapping("/authors/{id}/articles")
	@Operation(operationId = "listArticlesByAuthor", summary = "List one author's articles",
			description = "The same as `/articles?author={id}`, but a 404 when no such author exists.")
	PagedModel<ArticleSummary> byAuthor(
			@Parameter(description = "Author id (slug).", example = "tigran-grigoryan") @PathVariable String id,
			@Parameter(description = "0-based page number.",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 100.",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
							defaultValue = "20")) @RequestParam(required = false) Integer size,
			@Parameter(description = "Sort order: `publishedDate` or `title`, optionally with `,asc` or `,desc`.",
					array = @ArraySchema(
							schema = @Schema(type = "string", example = "publishedDate,desc"))) @RequestParam(
									required = false) List<String> sort) {
		String authorId = this.authors.get(id).id();
		return new PagedModel<>(
				this.catalog.find(ArticleFilter.byAuthor(authorId), ArticleSorting.toPageable(page, size, sort)));
	}

}
