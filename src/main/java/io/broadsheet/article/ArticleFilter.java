package io.broadsheet.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

import io.broadsheet.author.Author;
import io.broadsheet.author.AuthorSlug;
import io.broadsheet.search.SearchCriteria;
import io.broadsheet.search.TextQuery;

/**
 * Which articles to list: every condition given must hold.
 *
 * @param authors author ids or names, any of which must be among the article's authors
 * @param period the year, month or day of publication
 * @param from first publication date, inclusive
 * @param to last publication date, inclusive
 * @param publisher publisher name, case-insensitive
 * @param language ISO 639-1 code of the body's language, lower case
 * @param text a full-text query; the index answers when there is one
 */
public record ArticleFilter(List<String> authors, PublicationPeriod period, LocalDate from, LocalDate to,
		String publisher, String language, TextQuery text) {

	/** No condition: every article. */
	static ArticleFilter all() {
		return new ArticleFilter(List.of(), null, null, null, null, null, null);
	}

	/** Articles by one author. */
	static ArticleFilter byAuthor(String authorId) {
		return new ArticleFilter(List.of(authorId), null, null, null, null, null, null);
	}

	/** The same conditions, as the full-text index takes them. */
	SearchCriteria toCriteria() {
		LocalDate first = this.from;
		LocalDate last = this.to;
		if (this.period != null) {
			first = (first == null || this.period.first().isAfter(first)) ? this.period.first() : first;
			last = (last == null || this.period.last().isBefore(last)) ? this.period.last() : last;
		}
		return new SearchCriteria(this.text, authorIds(), first, last, this.publisher, this.language);
	}

	Specification<Article> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!this.authors.isEmpty()) {
				// A subquery, not a join: an article by two of the authors is listed
				// once.
				Subquery<String> byAuthor = query.subquery(String.class);
				Root<Article> article = byAuthor.from(Article.class);
				Join<Article, Author> author = article.join("authors");
				byAuthor.select(article.get("id")).where(author.get("id").in(authorIds()));
				predicates.add(root.get("id").in(byAuthor));
			}
			if (this.period != null) {
				predicates.add(cb.between(root.get("publishedDate"), this.period.first(), this.period.last()));
			}
			if (this.from != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("publishedDate"), this.from));
			}
			if (this.to != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("publishedDate"), this.to));
			}
			if (this.publisher != null && !this.publisher.isBlank()) {
				predicates
					.add(cb.equal(cb.lower(root.get("publisher")), this.publisher.strip().toLowerCase(Locale.ROOT)));
			}
			if (this.language != null) {
				predicates.add(cb.equal(root.get("language"), this.language));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	// Names and ids compare as slugs: "Tigran Grigoryan", "tigran grigoryan" and
	// "tigran-grigoryan" are one author. Matching is exact, so LIKE wildcards are
	// literal.
	Set<String> authorIds() {
		Set<String> ids = new LinkedHashSet<>();
		for (String author : this.authors) {
			ids.add(AuthorSlug.of(author));
		}
		return ids;
	}

}
