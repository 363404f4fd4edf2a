package io.broadsheet.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * The read side of the article store. Pages are chosen by the timeline, the search index
 * or the store, and listed from the served version's summaries
 * ({@link ArticleSummaries}); a whole article is mapped from its entities inside a
 * transaction, so that nothing lazy escapes it.
 */
@Service
public class ArticleCatalog {

	private final ArticleRepository articles;

	private final ArticleBodyRepository bodies;

	private final ArticleIndex index;

	private final ArticleTimeline timeline;

	private final ArticleSummaries summaries;

	ArticleCatalog(ArticleRepository articles, ArticleBodyRepository bodies, ArticleIndex index,
			ArticleTimeline timeline, ArticleSummaries summaries) {
		this.articles = articles;
		this.bodies = bodies;
		this.index = index;
		this.timeline = timeline;
		this.summaries = summaries;
	}

	/**
	 * One page of the articles that match. The timeline (the default order) and the index
	 * (a text query) choose a page without the store; other orders and filters cost the
	 * store a count and a page of rows. The page is then listed from the summaries in
	 * memory; none of it costs anything when the same page was asked for since the last
	 * sync.
	 */
	@Cacheable(ArticleCacheConfiguration.PAGES)
	public Page<ArticleSummary> find(ArticleFilter filter, Pageable pageable) {
		if (filter.text() == null) {
			Optional<ArticleTimeline.IdPage> page = this.timeline.page(filter, pageable);
			if (page.isPresent()) {
				List<ArticleSummary> listed = this.summaries.of(page.get().ids(), (id) -> null);
				// All there unless a sync running now removed one: the store then says
				// what it holds.
				if (listed.size() == page.get().ids().size()) {
					return new PageImpl<>(listed, pageable, page.get().total());
				}
			}
			Page<Article> chosen = this.articles.findAll(filter.toSpecification(), pageable);
			return new PageImpl<>(this.summaries.of(chosen.map(Article::getId).getContent(), (id) -> null), pageable,
					chosen.getTotalElements());
		}
		SearchHits found = this.index.search(filter.toCriteria(), pageable);
		Map<String, List<String>> highlights = new HashMap<>();
		found.hits().forEach((hit) -> highlights.put(hit.id(), hit.highlights()));
		return new PageImpl<>(
				this.summaries.of(found.hits().stream().map(SearchHits.Hit::id).toList(), highlights::get), pageable,
				found.total());
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
	@Transactional(readOnly = true)
	public ArticleDetail get(String id) {
		Article article = this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
		String body = this.bodies.findById(id).map(ArticleBody::getBody).orElse("");
		return ArticleDetail.from(article, body);
	}

}
