package io.broadsheet.article;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import io.broadsheet.system.PageParameters;

/**
 * The orders articles can be listed in. Default: newest first, undated last; ties broken
 * by id so that pages never overlap.
 */
final class ArticleSorting {

	private static final Map<String, Sort.Order> SORTABLE = Map.of("publishedDate",
			Sort.Order.by("publishedDate").nullsLast(), "title", Sort.Order.by("title").nullsLast());

	private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("publishedDate").nullsLast());

	private static final Sort.Order TIE_BREAKER = Sort.Order.asc("id");

	private ArticleSorting() {
	}

	// With a text query, relevance too, and first by default.
	private static final Map<String, Sort.Order> SEARCH_SORTABLE = Map.of("publishedDate",
			Sort.Order.by("publishedDate").nullsLast(), "title", Sort.Order.by("title").nullsLast(), "relevance",
			Sort.Order.by("relevance"));

	private static final Sort RELEVANCE = Sort.by("relevance");

	static Pageable toPageable(Integer page, Integer size, List<String> sort) {
		return PageParameters.toPageable(page, size, sort, SORTABLE, DEFAULT_SORT, TIE_BREAKER);
	}

	/** The page of a full-text search: {@code relevance} is a key, and the default. */
	static Pageable toSearchPageable(Integer page, Integer size, List<String> sort) {
		return PageParameters.toPageable(page, size, sort, SEARCH_SORTABLE, RELEVANCE, TIE_BREAKER);
	}

}
