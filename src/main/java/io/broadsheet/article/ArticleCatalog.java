package io.broadsheet.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.search.ArticleIndex;
import io.broadsheet.search.Facets;
import io.broadsheet.search.SearchHits;

/**
 * The read side of the article store. Maps entities to API records inside the
 * transaction, so that nothing lazy escapes it.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

	private final ArticleRepository articles;

	private final ArticleBodyRepository bodies;

	private final ArticleIndex index;

	ArticleCatalog(ArticleRepository articles, ArticleBodyRepository bodies, ArticleIndex index) {
		this.articles = articles;
		this.bodies = bodies;
		this.index = index;
	}

	/**
	 * One page of the articles that match. Costs at most three statements: the count, the
	 * page, and one batch of the page's authors; none when the same page was asked for
	 * since the last sync.
	 */
	@Cacheable(ArticleCacheConfiguration.PAGES)
	public Page<ArticleSummary> find(ArticleFilter filter, Pageable pageable) {
		if (filter.text() == null) {
			return this.articles.findAll(filter.toSpecification(), pageable).map(ArticleSummary::from);
		}
		// The index finds and orders the page; the store supplies what is listed of it,
		// in one statement plus one batch of authors.
		SearchHits found = this.index.search(filter.toCriteria(), pageable);
		Map<String, Article> byId = new HashMap<>();
		this.articles.findAllById(found.hits().stream().map(SearchHits.Hit::id).toList())
			.forEach((article) -> byId.put(article.getId(), article));
		List<ArticleSummary> page = new ArrayList<>();
		for (SearchHits.Hit hit : found.hits()) {
			Article article = byId.get(hit.id());
			if (article != null) {
				page.add(ArticleSummary.from(article, hit.highlights()));
			}
		}
		return new PageImpl<>(page, pageable, found.total());
	}

	/**
	 * How the matching articles divide up by author, year, month, publisher and language;
	 * counted by the index over the whole matching set.
	 */
	@Cacheable("article-facets")
	public Facets facets(ArticleFilter filter, int limit) {
		return this.index.facets(filter.toCriteria(), limit);
	}

	@Cacheable(ArticleCacheConfiguration.ARTICLES)
	public ArticleDetail get(String id) {
		Article article = this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
		String body = this.bodies.findById(id).map(ArticleBody::getBody).orElse("");
		return ArticleDetail.from(article, body);
	}

}
