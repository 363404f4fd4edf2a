package io.broadsheet.author;

import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.system.PageQuery;

/**
 * The read side of authors.
 */
@Service
@Transactional(readOnly = true)
public class AuthorCatalog {

	/** The orders authors can be listed in: by name unless asked otherwise. */
	static final PageQuery.Orders ORDERS = new PageQuery.Orders(Map.of("name", Sort.Order.by("name"), "articleCount",
			Sort.Order.by("articleCount"), "firstPublished", Sort.Order.by("firstPublished").nullsLast(),
			"lastPublished", Sort.Order.by("lastPublished").nullsLast()), Sort.by("name"), Sort.Order.asc("id"));

	private final AuthorRepository authors;

	AuthorCatalog(AuthorRepository authors) {
		this.authors = authors;
	}

	/** One page of authors; cached until the next sync. */
	@Cacheable(AuthorHttpCaching.PAGES)
	public Page<AuthorSummary> find(Pageable pageable) {
		return this.authors.findAll(pageable).map(AuthorSummary::from);
	}

	/**
	 * One author, by id or by display name.
	 * @param idOrName the author's id (slug) or name
	 * @return the author
	 * @throws AuthorNotFoundException when there is no such author
	 */
	public AuthorSummary get(String idOrName) {
		return this.authors.findById(AuthorSlug.of(idOrName))
			.map(AuthorSummary::from)
			.orElseThrow(() -> new AuthorNotFoundException(idOrName));
	}

}
