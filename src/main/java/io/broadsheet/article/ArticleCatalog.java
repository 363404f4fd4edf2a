package io.broadsheet.article;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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

import io.broadsheet.author.AuthorStore;
import io.broadsheet.extract.Source;
import io.broadsheet.search.ArticleIndex;
import io.broadsheet.search.Facets;
import io.broadsheet.search.SearchHits;

/**
 * The read side of the article store. Pages are chosen by the timeline, the search index
 * or the store, and listed from the served version's summaries
 * ({@link ArticleSummaries}); a whole article is read with plain JDBC in two statements
 * and no transaction.
 */
@Service
public class ArticleCatalog {

	// The byline comes in the same row, as an array in position order, so that one
	// statement reads a consistent article without a transaction. array_agg(... order
	// by ...) is the same in H2 and PostgreSQL. It is read by column number (detailOf):
	// H2
	// looks a label up in a map it builds for each result set, upper-casing the label on
	// every call, 3.5 % of the allocation of a mixed long-tail load (JFR).
	private static final String DETAIL = """
			select a.title, a.title_source, a.title_line, a.authors_source, a.authors_line,
			  a.published_date, a.published_date_source, a.published_date_line,
			  a.publisher, a.publisher_source, a.publisher_line, a.url, a.url_source, a.url_line,
			  a.word_count, a.source_file, a.language, b.body,
			  (select array_agg(aa.author_id order by aa.position) from article_author aa
			   where aa.article_id = a.id) as byline
			from article a left join article_body b on b.article_id = a.id
			where a.id = :id""";

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
	@Cacheable(ArticleCacheConfiguration.FACETS)
	public Facets facets(ArticleFilter filter, int limit) {
		return this.index.facets(filter.toCriteria(), limit);
	}

	/**
	 * One whole article, read with plain JDBC in two statements and no transaction: the
	 * article with its body and byline, then its authors' names (the author module's).
	 * Loading the entities through Hibernate cost about as much again as the statements,
	 * and a read-only transaction around three statements a tenth of the request. An
	 * author removed by a sync between the two is left out, as it would be a moment
	 * later.
	 */
	@Cacheable(ArticleCacheConfiguration.ARTICLES)
	public ArticleDetail get(String id) {
		Unnamed read = this.jdbc.sql(DETAIL)
			.param("id", id)
			.query((row, number) -> detailOf(id, row))
			.optional()
			.orElseThrow(() -> new ArticleNotFoundException(id));
		Map<String, String> names = this.authors.namesOf(read.byline());
		return read.article()
			.withAuthors(read.byline()
				.stream()
				.filter(names::containsKey)
				.map((author) -> new AuthorRef(author, names.get(author)))
				.toList());
	}

	// The columns of DETAIL, by number.
	private static Unnamed detailOf(String id, ResultSet row) throws SQLException {
		ArticleDetail.Provenance provenance = new ArticleDetail.Provenance(origin(row, 2), origin(row, 4),
				origin(row, 7), origin(row, 10), origin(row, 13));
		ArticleDetail article = new ArticleDetail(id, row.getString(1), List.of(), row.getObject(6, LocalDate.class),
				row.getString(9), row.getString(12), row.getInt(15), Objects.requireNonNullElse(row.getString(18), ""),
				row.getString(16), provenance, row.getString(17));
		return new Unnamed(article, byline(row.getArray(19)));
	}

	private static List<String> byline(Array ids) throws SQLException {
		if (ids == null) {
			return List.of();
		}
		try {
			List<String> byline = new ArrayList<>();
			for (Object author : (Object[]) ids.getArray()) {
				byline.add((String) author);
			}
			return byline;
		}
		finally {
			ids.free();
		}
	}

	// A field's origin from its two columns, as the entity maps them (FieldOrigin): its
	// source at the given column of DETAIL, its line at the next.
	private static ArticleDetail.Origin origin(ResultSet row, int sourceColumn) throws SQLException {
		String source = row.getString(sourceColumn);
		int line = row.getInt(sourceColumn + 1);
		Integer known = row.wasNull() ? null : line;
		return ArticleDetail.Origin.from(new FieldOrigin((source != null) ? Source.valueOf(source) : null, known));
	}

	/**
	 * An article as its row reads, before its authors are named.
	 *
	 * @param article the article, with no authors yet
	 * @param byline its authors' ids, in byline order
	 */
	private record Unnamed(ArticleDetail article, List<String> byline) {
	}

}
