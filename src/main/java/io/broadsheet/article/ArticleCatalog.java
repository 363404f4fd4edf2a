package io.broadsheet.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.author.AuthorStore;
import io.broadsheet.extract.Source;
import io.broadsheet.search.ArticleIndex;
import io.broadsheet.search.Facets;
import io.broadsheet.search.SearchHits;

/**
 * The read side of the article store. Pages are chosen by the timeline, the search index
 * or the store, and listed from the served version's summaries
 * ({@link ArticleSummaries}); a whole article is read with plain JDBC in one read-only
 * transaction.
 */
@Service
public class ArticleCatalog {

	private static final String DETAIL = """
			select a.title, a.title_source, a.title_line, a.authors_source, a.authors_line,
			  a.published_date, a.published_date_source, a.published_date_line,
			  a.publisher, a.publisher_source, a.publisher_line, a.url, a.url_source, a.url_line,
			  a.word_count, a.source_file, a.language, b.body
			from article a left join article_body b on b.article_id = a.id
			where a.id = :id""";

	// The authors' names are the author module's (AuthorStore).
	private static final String BYLINE = "select author_id from article_author where article_id = :id order by position";

	private final ArticleRepository articles;

	private final JdbcClient jdbc;

	private final AuthorStore authors;

	private final ArticleIndex index;

	private final ArticleTimeline timeline;

	private final ArticleSummaries summaries;

	ArticleCatalog(ArticleRepository articles, JdbcClient jdbc, AuthorStore authors, ArticleIndex index,
			ArticleTimeline timeline, ArticleSummaries summaries) {
		this.articles = articles;
		this.jdbc = jdbc;
		this.authors = authors;
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

	/**
	 * One whole article: three statements (its byline, its authors' names, the article
	 * with its body) in one transaction, read with plain JDBC: loading the entities
	 * through Hibernate cost about as much again as the statements themselves.
	 */
	@Cacheable(ArticleCacheConfiguration.ARTICLES)
	@Transactional(readOnly = true)
	public ArticleDetail get(String id) {
		List<String> byline = this.jdbc.sql(BYLINE).param("id", id).query(String.class).list();
		Map<String, String> names = this.authors.namesOf(byline);
		List<AuthorRef> authors = byline.stream()
			.filter(names::containsKey)
			.map((author) -> new AuthorRef(author, names.get(author)))
			.toList();
		return this.jdbc.sql(DETAIL)
			.param("id", id)
			.query((row, number) -> new ArticleDetail(id, row.getString("title"), authors,
					row.getObject("published_date", LocalDate.class), row.getString("publisher"), row.getString("url"),
					row.getInt("word_count"), Objects.requireNonNullElse(row.getString("body"), ""),
					row.getString("source_file"),
					new ArticleDetail.Provenance(origin(row, "title"), origin(row, "authors"),
							origin(row, "published_date"), origin(row, "publisher"), origin(row, "url")),
					row.getString("language")))
			.optional()
			.orElseThrow(() -> new ArticleNotFoundException(id));
	}

	// A field's origin from its two columns, as the entity maps them (FieldOrigin).
	private static ArticleDetail.Origin origin(ResultSet row, String field) throws SQLException {
		String source = row.getString(field + "_source");
		int line = row.getInt(field + "_line");
		Integer known = row.wasNull() ? null : line;
		return ArticleDetail.Origin.from(new FieldOrigin((source != null) ? Source.valueOf(source) : null, known));
	}

}
