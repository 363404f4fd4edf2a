package io.broadsheet.article;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.broadsheet.author.AuthorCatalog;
import io.broadsheet.search.Facets;
import io.broadsheet.system.InvalidParameterException;
import io.broadsheet.system.PageQuery;
import io.broadsheet.system.RequiresLoadedCorpus;
import io.broadsheet.system.SortKeys;

@RestController
@RequiresLoadedCorpus
@Tag(name = "Articles", description = "The articles of the corpus: search, page and read them")
class ArticleController {

	private static final int DEFAULT_FACET_LIMIT = 20;

	private static final int MAX_FACET_LIMIT = 100;

	// The sort parameter as each operation takes it: the keys differ by collection.
	private static final String LIST_SORT = "Sort order: `publishedDate` or `title`, optionally followed by `,asc` or "
			+ "`,desc`, or, with `q`, `relevance` (best first). Default: `relevance` with `q`, otherwise newest first, "
			+ "undated last. Ties are broken by id.";

	private static final String AUTHOR_SORT = "Sort order: `publishedDate` or `title`, optionally with `,asc` or "
			+ "`,desc`.";

	private static final String SORT_EXAMPLE = "publishedDate,desc";

	private final ArticleCatalog catalog;

	private final AuthorCatalog authors;

	ArticleController(ArticleCatalog catalog, AuthorCatalog authors) {
		this.catalog = catalog;
		this.authors = authors;
	}

	@GetMapping("/articles")
	@Operation(operationId = "listArticles", summary = "List articles",
			description = "One page of article summaries (no body), found by full-text search (`q`) and "
					+ "filtered by author, date, publisher and language. Filters combine with AND; an unknown "
					+ "author or an empty period gives an empty page. A `q` the parser cannot read is a 400 "
					+ "naming the position.")
	@SortKeys(description = LIST_SORT, example = SORT_EXAMPLE)
	PagedModel<ArticleSummary> list(@ParameterObject ArticleQuery query, @Valid @ParameterObject PageQuery paging) {
		return new PagedModel<>(this.catalog.find(query.toFilter(), query.toPageable(paging)));
	}

	@GetMapping("/articles/facets")
	@Operation(operationId = "getArticleFacets",
			summary = "Count matching articles by author, period, publisher, " + "language",
			description = "Takes the parameters of `/articles` (paging and sorting are ignored) and "
					+ "counts the whole matching set by author, year, month, publisher and language, each list by "
					+ "count descending. Try `q=Armenia`.")
	@SortKeys(description = LIST_SORT, example = SORT_EXAMPLE)
	Facets facets(@ParameterObject ArticleQuery query,
			// Bound and not used, so that the query string of a list works here as it is.
			@ParameterObject PageQuery ignoredPaging,
			@Parameter(description = "Most values per facet, 1 to " + MAX_FACET_LIMIT + ".",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
							defaultValue = "20")) @RequestParam(required = false) Integer limit) {
		if (limit != null && (limit < 1 || limit > MAX_FACET_LIMIT)) {
			throw new InvalidParameterException("limit", limit, "must be between 1 and " + MAX_FACET_LIMIT);
		}
		return this.catalog.facets(query.toFilter(), (limit != null) ? limit : DEFAULT_FACET_LIMIT);
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
	@SortKeys(description = AUTHOR_SORT, example = SORT_EXAMPLE)
	PagedModel<ArticleSummary> byAuthor(
			@Parameter(description = "Author id (slug).", example = "tigran-grigoryan") @PathVariable String id,
			@Valid @ParameterObject PageQuery paging) {
		String authorId = this.authors.get(id).id();
		return new PagedModel<>(
				this.catalog.find(ArticleFilter.byAuthor(authorId), paging.toPageable(ArticleSorting.BY_DATE)));
	}

}
