package io.broadsheet.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

	private final ArticleTimeline timeline;

	ArticleCatalog(ArticleRepository articles, ArticleBodyRepository bodies, ArticleIndex index,
			ArticleTimeline timeline) {
		this.articles = articles;
		this.bodies = bodies;
		this.index = index;
		this.timeline = timeline;
	}

	/**
	 * One page of the articles that match. Costs at most three statements: the count, the
	 * page, and one batch of the page's authors; two when the timeline or the index
	 * chooses the page; none when the same page was asked for since the last sync.
	 */
	@Cacheable(ArticleCacheConfiguration.PAGES)
	public Page<ArticleSummary> find(ArticleFilter filter, Pageable pageable) {
		if (filter.text() == null) {
			Optional<ArticleTimeline.IdPage> page = this.timeline.page(filter, pageable);
			if (page.isPresent()) {
				List<ArticleSummary> summaries = summaries(page.get().ids(), (id) -> null);
				// All there unless a sync running now removed one: the store then says
				// what it holds.
				if (summaries.size() == page.get().ids().size()) {
					return new PageImpl<>(summaries, pageable, page.get().total());
				}
			}
			return this.articles.findAll(filter.toSpecification(), pageable).map(ArticleSummary::from);
		}
		// The index finds and orders the page; the store supplies what is listed of it.
		SearchHits found = this.index.search(filter.toCriteria(), pageable);
		Map<String, List<String>> highlights = new HashMap<>();
		found.hits().forEach((hit) -> highlights.put(hit.id(), hit.highlights()));
		return new PageImpl<>(summaries(found.hits().stream().map(SearchHits.Hit::id).toList(), highlights::get),
				pageable, found.total());
	}

	// The summaries of the given articles, in the given order, with their highlights
	// (none without a text query): one statement plus one batch of authors. An id no
	// longer stored (removed since the page was chosen) is left out.
	private List<ArticleSummary> summaries(List<String> ids, Function<String, List<String>> highlights) {
		Map<String, Article> byId = new HashMap<>();
		this.articles.findAllById(ids).forEach((article) -> byId.put(article.getId(), article));
		List<ArticleSummary> page = new ArrayList<>(ids.size());
		for (String id : ids) {
			Article article = byId.get(id);
			if (article != null) {
				page.add(ArticleSummary.from(article, highlights.apply(id)));
			}
		}
		return page;
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
