package io.broadsheet.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which articles a search or a facet count covers: every condition given must hold.
 *
 * @param text the full-text query, or {@code null} for every article
 * @param authorIds author ids, any of which must be among the article's authors; empty
 * for any
 * @param from first publication date, inclusive, or {@code null}
 * @param to last publication date, inclusive, or {@code null}
 * @param publisher the publisher, compared case-insensitively, or {@code null}
 * @param language an ISO 639-1 code, or {@code null}
 */
public record SearchCriteria(TextQuery text, Set<String> authorIds, LocalDate from, LocalDate to, String publisher,
		String language) {

	public SearchCriteria {
		authorIds = Set.copyOf(authorIds);
	}

}
