package io.broadsheet.article;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the article store. Maps entities to API records inside the
 * transaction, so that nothing lazy escapes it.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

	private final ArticleRepository articles;

	private final ArticleBodyRepository bodies;

	ArticleCatalog(ArticleRepository articles, ArticleBodyRepository bodies) {
		this.articles = articles;
		this.bodies = bodies;
	}

	/**
	 * One page of the articles that match. Costs at most three statements: the count, the
	 * page, and one batch of the page's authors; none when the same page was asked for
	 * since the last sync.
	 */
	@Cacheable("article-pages")
	public Page<ArticleSummary> find(ArticleFilter filter, Pageable pageable) {
		return this.articles.findAll(filter.toSpecification(), pageable).map(ArticleSummary::from);
	}

	@Cacheable(ArticleCacheConfiguration.ARTICLES)
	public ArticleDetail get(String id) {
		Article article = this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
		String body = this.bodies.findById(id).map(ArticleBody::getBody).orElse("");
		return ArticleDetail.from(article, body);
	}

}
