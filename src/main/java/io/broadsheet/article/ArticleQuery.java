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
import io.broadsheet.system.PageQuery;

/**
 * The filters of {@code GET /articles}; they combine with AND. The page, its size and
 * order are a {@link PageQuery} beside it.
 *
 * @param q a full-text query
 * @param author author ids or display names; several mean any of them
 * @param date a year, month or day the article was published in
 * @param from first publication date, inclusive
 * @param to last publication date, inclusive
 * @param publisher publisher name, case-insensitive
 * @param language ISO 639-1 code of the article's language
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
				schema = @Schema(type = "string", pattern = "^[a-zA-Z]{2}$", example = "en")) String language) {

	private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-zA-Z]{2}");

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

	/**
	 * The page asked for, in an order articles can be listed in: with a text query,
	 * relevance is one, and the default.
	 * @param paging the page, size and order asked for
	 * @return the page request
	 * @throws InvalidParameterException naming a sort key articles cannot be listed by
	 */
	public Pageable toPageable(PageQuery paging) {
		return paging.toPageable(hasText() ? ArticleSorting.SEARCH : ArticleSorting.BY_DATE);
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
