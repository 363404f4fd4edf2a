package io.broadsheet.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;

import io.broadsheet.search.QuerySyntaxException;
import io.broadsheet.search.TextQuery;
import io.broadsheet.system.InvalidParameterException;

/**
 * The query parameters of {@code GET /articles}. Filters combine with AND.
 *
 * @param q a full-text query
 * @param author author ids or display names; several mean any of them
 * @param date a year, month or day the article was published in
 * @param from first publication date, inclusive
 * @param to last publication date, inclusive
 * @param publisher publisher name, case-insensitive
 * @param language ISO 639-1 code of the article's language
 * @param page 0-based page number
 * @param size page size
 * @param sort sort order entries
 */
public record ArticleQuery(@Parameter(description = """
		Full-text search over title and body: words (all must match), `"a phrase"`, `-word` (must not \
		match), `word*` (prefix), `a OR b`. Case- and accent-insensitive, stemmed in each article's \
		language. With `q` the default order is relevance (a title match above a body match) and each \
		summary carries `highlights`.""", schema = @Schema(type = "string", example = "Lavrov")) String q, @Parameter(
		description = "Author id (slug) or display name, case- and accent-insensitive. "
				+ "Repeat the parameter to match any of several authors.",
		array = @ArraySchema(schema = @Schema(type = "string", example = "Tigran Grigoryan"))) List<String> author,
		@Parameter(description = "Published within this year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD).",
				schema = @Schema(type = "string", pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
						example = "2025-12")) String date,
		@Parameter(description = "Published on or after this day (inclusive).",
				schema = @Schema(type = "string", format = "date", example = "2025-12-01")) @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@Parameter(description = "Published on or before this day (inclusive).",
				schema = @Schema(type = "string", format = "date", example = "2025-12-31")) @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) LocalDate to,
		@Parameter(description = "Publisher name, case-insensitive exact match.",
				schema = @Schema(type = "string", example = "News.Az")) String publisher,
		@Parameter(
				description = "Language of the article, an ISO 639-1 code (`en`, `de`); "
						+ "articles whose language is unknown match no code.",
				schema = @Schema(type = "string", pattern = "^[a-zA-Z]{2}$", example = "en")) String language,
		@Parameter(description = "0-based page number. A page past the end is empty.",
				schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0",
						example = "0")) Integer page,
		@Parameter(description = "Page size, 1 to 100.",
				schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
						defaultValue = "20", example = "20")) Integer size,
		@Parameter(
				description = "Sort order: `publishedDate` or `title`, optionally followed by `,asc` or `,desc`, "
						+ "or, with `q`, `relevance` (best first). Default: `relevance` with `q`, otherwise "
						+ "newest first, undated last. Ties are broken by id.",
				array = @ArraySchema(
						schema = @Schema(type = "string", example = "publishedDate,desc"))) List<String> sort) {

	private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-zA-Z]{2}");

	/**
	 * Declared by hand, without annotations on its parameters. Spring binds the query
	 * through this constructor on every request and reads each parameter's annotations;
	 * the JDK parses a constructor's parameter annotations anew on each read, and the
	 * OpenAPI ones above are large (measured: a quarter of the CPU time of a
	 * {@code /articles} request). Left implicit, the constructor would inherit every
	 * component annotation. Spring still finds {@code @DateTimeFormat} on the fields,
	 * whose annotations the JDK caches, and springdoc reads the fields too.
	 * @param q a full-text query
	 * @param author author ids or display names
	 * @param date the year, month or day of publication
	 * @param from first publication date, inclusive
	 * @param to last publication date, inclusive
	 * @param publisher publisher name
	 * @param language an ISO 639-1 code
	 * @param page 0-based page number
	 * @param size page size
	 * @param sort sort order entries
	 */
	public ArticleQuery(String q, List<String> author, String date, LocalDate from, LocalDate to, String publisher,
			String language, Integer page, Integer size, List<String> sort) {
		this.q = q;
		this.author = author;
		this.date = date;
		this.from = from;
		this.to = to;
		this.publisher = publisher;
		this.language = language;
		this.page = page;
		this.size = size;
		this.sort = sort;
	}

	/** The filters, checked for consistency. */
	public ArticleFilter toFilter() {
		PublicationPeriod period = null;
		if (this.date != null) {
			try {
				period = PublicationPeriod.of(this.date);
			}
			catch (PublicationPeriod.InvalidPeriodException ex) {
				throw new InvalidParameterException("date", this.date, ex.getMessage());
			}
		}
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			throw new InvalidParameterException("from", this.from, "must not be after to (" + this.to + ")");
		}
		return new ArticleFilter((this.author != null) ? this.author : List.of(), period, this.from, this.to,
				this.publisher, languageCode(), text());
	}

	/** The page asked for, checked against the limits. */
	public Pageable toPageable() {
		return hasText() ? ArticleSorting.toSearchPageable(this.page, this.size, this.sort)
				: ArticleSorting.toPageable(this.page, this.size, this.sort);
	}

	// An empty or blank q is no query, as an empty search box asks for everything.
	private boolean hasText() {
		return this.q != null && !this.q.isBlank();
	}

	private TextQuery text() {
		if (!hasText()) {
			return null;
		}
		try {
			return TextQuery.parse(this.q);
		}
		catch (QuerySyntaxException ex) {
			throw new InvalidParameterException("q", this.q, ex.getMessage());
		}
	}

	private String languageCode() {
		if (this.language == null || this.language.isBlank()) {
			return null;
		}
		if (!LANGUAGE_CODE.matcher(this.language.strip()).matches()) {
			throw new InvalidParameterException("language", this.language, "must be an ISO 639-1 code of two letters");
		}
		return this.language.strip().toLowerCase(Locale.ROOT);
	}

}
