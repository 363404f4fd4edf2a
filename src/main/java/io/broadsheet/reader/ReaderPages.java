package io.broadsheet.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

import io.broadsheet.article.ArticleCatalog;
import io.broadsheet.article.ArticleDetail;
import io.broadsheet.article.ArticleFilter;
import io.broadsheet.article.ArticleQuery;
import io.broadsheet.article.ArticleSummary;
import io.broadsheet.author.AuthorCatalog;
import io.broadsheet.author.AuthorSummary;

/**
 * What each reader page shows, gathered from the services the API uses, so that the page
 * and the API never disagree.
 */
@Service
class ReaderPages {

	static final int TIMELINE_WIDTH = 720;

	static final int TIMELINE_HEIGHT = 136;

	static final int SPARKLINE_WIDTH = 240;

	static final int SPARKLINE_HEIGHT = 40;

	/**
	 * Every value of a facet: the timeline and the sparkline draw every month, and the
	 * lists are cut to {@link Facets#TOP} once ordered.
	 */
	private static final int EVERY_VALUE = Integer.MAX_VALUE;

	private final ArticleCatalog articles;

	private final AuthorCatalog authors;

	ReaderPages(ArticleCatalog articles, AuthorCatalog authors) {
		this.articles = articles;
		this.authors = authors;
	}

	HomePage home(ReaderQuery query) {
		ArticleQuery articleQuery = query.toArticleQuery();
		ArticleFilter filter = articleQuery.toFilter();
		Page<ArticleSummary> page = this.articles.find(filter, articleQuery.toPageable(query.toPageQuery()));
		// The same counts as GET /articles/facets with the same parameters.
		Facets facets = Facets.of(this.articles.facets(filter, EVERY_VALUE));
		BarChart timeline = BarChart.monthly(facets.months(), TIMELINE_WIDTH, TIMELINE_HEIGHT, true);
		return new HomePage(query, page, facets, timeline);
	}

	ArticlePage article(String id) {
		ArticleDetail article = this.articles.get(id);
		return new ArticlePage(article, paragraphs(article.body()), Provenance.of(article));
	}

	AuthorPage author(String id, int page) {
		AuthorSummary author = this.authors.get(id);
		ReaderQuery byAuthor = new ReaderQuery(null, List.of(author.id()), null, null, null, null, page);
		ArticleQuery articleQuery = byAuthor.toArticleQuery();
		ArticleFilter filter = articleQuery.toFilter();
		Page<ArticleSummary> articles = this.articles.find(filter, articleQuery.toPageable(byAuthor.toPageQuery()));
		List<Facet> months = Facets.months(this.articles.facets(filter, EVERY_VALUE));
		BarChart sparkline = BarChart.monthly(months, SPARKLINE_WIDTH, SPARKLINE_HEIGHT, false);
		return new AuthorPage(author, articles, sparkline);
	}

	// The body's paragraphs are separated by a blank line (see the API); each becomes a
	// <p>, its text escaped by the template.
	static List<String> paragraphs(String body) {
		List<String> paragraphs = new ArrayList<>();
		Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter((p) -> !p.isEmpty()).forEach(paragraphs::add);
		return paragraphs;
	}

	/**
	 * The home page: a list of articles and what narrows it.
	 *
	 * @param query what was asked for
	 * @param articles the page of articles
	 * @param facets the facet lists
	 * @param timeline articles per month over the list
	 */
	record HomePage(ReaderQuery query, Page<ArticleSummary> articles, Facets facets, BarChart timeline) {
	}

	/**
	 * One article.
	 *
	 * @param article the article
	 * @param paragraphs its body, one entry per paragraph
	 * @param provenance where each field came from, in reading order
	 */
	record ArticlePage(ArticleDetail article, List<String> paragraphs, List<Provenance> provenance) {

		/**
		 * The original address when it is a web address, to link to; {@code null} for
		 * anything else a file might hold ({@code javascript:}, {@code data:}), which is
		 * shown as text only.
		 * @return the address to link to, or {@code null}
		 */
		public String webUrl() {
			String url = this.article.url();
			if (url == null) {
				return null;
			}
			String scheme = url.strip().toLowerCase(java.util.Locale.ROOT);
			return (scheme.startsWith("https://") || scheme.startsWith("http://")) ? url.strip() : null;
		}

	}

	/**
	 * An author and one page of their articles.
	 *
	 * @param author the author
	 * @param articles the page of articles
	 * @param sparkline their articles per month
	 */
	record AuthorPage(AuthorSummary author, Page<ArticleSummary> articles, BarChart sparkline) {
	}

}
