package io.broadsheet.article;

import java.util.Map;

import org.springframework.data.domain.Sort;

import io.broadsheet.system.PageQuery;

/**
 * The orders articles can be listed in. Default: newest first, undated last; ties broken
 * by id so that pages never overlap.
 */
final class ArticleSorting {

	private static final Sort.Order TIE_BREAKER = Sort.Order.asc("id");

	/** Orders of a list without a text query. */
	static final PageQuery.Orders BY_DATE = new PageQuery.Orders(
			Map.of("publishedDate", Sort.Order.by("publishedDate").nullsLast(), "title",
					Sort.Order.by("title").nullsLast()),
			Sort.by(Sort.Order.desc("publishedDate").nullsLast()), TIE_BREAKER);

	/** Orders of a full-text search: {@code relevance} is a key too, and the default. */
	static final PageQuery.Orders SEARCH = new PageQuery.Orders(
			Map.of("publishedDate", Sort.Order.by("publishedDate").nullsLast(), "title",
					Sort.Order.by("title").nullsLast(), "relevance", Sort.Order.by("relevance")),
			Sort.by("relevance"), TIE_BREAKER);

	private ArticleSorting() {
	}

}
