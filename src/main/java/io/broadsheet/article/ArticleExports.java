package io.broadsheet.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.search.ArticleIndex;
import io.broadsheet.system.InvalidParameterException;
import io.broadsheet.system.InvalidParameterException.ParameterError;
import io.broadsheet.system.PageQuery;

/**
 * Every article that matches an {@code /articles} query, for exports and feeds: the same
 * filters ({@link ArticleQuery#toFilter()}) and the same orders as the pages, but read
 * from one cursor in chunks, so that memory stays the same whatever the number of
 * articles, and the first chunk goes out before the last is read. Each chunk's authors
 * load in one statement (the batch fetch size) and, when asked for, its bodies in
 * another; the chunk is then handed on and forgotten. With a text query the index chooses
 * the articles and their order, as it does for the pages, and the store is read in chunks
 * of those ids.
 */
@Service
public class ArticleExports {

	/**
	 * Articles read, mapped and handed on at a time. The same as
	 * {@code hibernate.default_batch_fetch_size}, so a chunk's authors are one statement.
	 */
	static final int CHUNK_SIZE = 100;

	private static final int NO_LIMIT = Integer.MAX_VALUE;

	private final EntityManager entityManager;

	private final ArticleIndex index;

	private final DataSource dataSource;

	ArticleExports(EntityManager entityManager, ArticleIndex index, DataSource dataSource) {
		this.entityManager = entityManager;
		this.index = index;
		this.dataSource = dataSource;
	}

	/**
	 * The articles an export of this query holds: every one that matches, in the query's
	 * order (as its pages: newest first by default, or best first with a text query).
	 * @param query the filters
	 * @param paging the order; {@code page} and {@code size} are refused, since an export
	 * is the whole matching set
	 * @return the selection, to read with {@link #forEach}
	 * @throws InvalidParameterException when a parameter is malformed or does not apply
	 */
	public Selection matching(ArticleQuery query, PageQuery paging) {
		ArticleFilter filter = query.toFilter();
		refuse(List.of(new Refusal("page", paging.page()), new Refusal("size", paging.size())),
				"does not apply to an export, which is the whole matching set");
		return new Selection(filter, query.toPageable(paging).getSort(), NO_LIMIT);
	}

	/**
	 * The articles a feed of this query holds: the newest that match, newest first,
	 * undated last.
	 * @param query the filters
	 * @param paging refused when it asks for anything ({@code page}, {@code size} or
	 * {@code sort}), since a feed is always the newest articles
	 * @param limit how many articles at most
	 * @return the selection, to read with {@link #forEach}
	 * @throws InvalidParameterException when a parameter is malformed or does not apply
	 */
	public Selection newest(ArticleQuery query, PageQuery paging, int limit) {
		ArticleFilter filter = query.toFilter();
		refuse(List.of(new Refusal("page", paging.page()), new Refusal("size", paging.size()),
				new Refusal("sort", (paging.sort() != null && !paging.sort().isEmpty()) ? paging.sort() : null)),
				"does not apply to a feed, which is always the " + limit + " newest articles");
		return new Selection(filter, ArticleSorting.BY_DATE.parse(null), limit);
	}

	/**
	 * Hands every article of the selection to {@code each}, in order. Runs in one
	 * read-only transaction; an exception from {@code each} (a client that went away)
	 * ends it and gives its connection back.
	 * @param selection what to read
	 * @param withBodies whether each article carries its body; otherwise {@code body} is
	 * {@code null}
	 * @param each what to do with each article
	 * @throws IOException when {@code each} throws it
	 */
	@Transactional(readOnly = true)
	public void forEach(Selection selection, boolean withBodies, ArticleConsumer each) throws IOException {
		read(selection.filter, selection.sort, selection.limit, withBodies, each);
	}

	private void read(ArticleFilter filter, Sort sort, int limit, boolean withBodies, ArticleConsumer each)
			throws IOException {
		if (filter.text() != null) {
			readMatches(this.index.matchingIds(filter.toCriteria(), sort, limit), withBodies, each);
			return;
		}
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Article> criteria = builder.createQuery(Article.class);
		Root<Article> root = criteria.from(Article.class);
		Predicate matches = filter.toSpecification().toPredicate(root, criteria, builder);
		if (matches != null) {
			criteria.where(matches);
		}
		criteria.orderBy(QueryUtils.toOrders(sort, root, builder));
		TypedQuery<Article> query = this.entityManager.createQuery(criteria)
			// A cursor: PostgreSQL sends rows as they are read instead of all at once; H2
			// does when its session runs lazily (below).
			.setHint(HibernateHints.HINT_FETCH_SIZE, CHUNK_SIZE)
			.setHint(HibernateHints.HINT_READ_ONLY, true);
		if (limit != NO_LIMIT) {
			query.setMaxResults(limit);
		}
		List<Article> chunk = new ArrayList<>(CHUNK_SIZE);
		// H2 would otherwise read the whole result before the first row (LazyH2Session).
		try (LazyH2Session lazily = LazyH2Session.open(this.entityManager, this.dataSource);
				Stream<Article> articles = query.getResultStream()) {
			Iterator<Article> iterator = articles.iterator();
			while (iterator.hasNext()) {
				chunk.add(iterator.next());
				if (chunk.size() == CHUNK_SIZE || !iterator.hasNext()) {
					handOn(chunk, withBodies, each);
					chunk.clear();
				}
			}
		}
	}

	// The articles the index chose, in its order, a chunk at a time. One that a sync
	// removed since the index was read is left out, as it would be from a page.
	private void readMatches(List<String> ids, boolean withBodies, ArticleConsumer each) throws IOException {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		for (int from = 0; from < ids.size(); from += CHUNK_SIZE) {
			List<String> chunkIds = ids.subList(from, Math.min(from + CHUNK_SIZE, ids.size()));
			CriteriaQuery<Article> criteria = builder.createQuery(Article.class);
			Root<Article> root = criteria.from(Article.class);
			criteria.where(root.get("id").in(chunkIds));
			Map<String, Article> found = this.entityManager.createQuery(criteria)
				.setHint(HibernateHints.HINT_READ_ONLY, true)
				.getResultList()
				.stream()
				.collect(Collectors.toMap(Article::getId, Function.identity()));
			List<Article> chunk = new ArrayList<>(chunkIds.size());
			for (String id : chunkIds) {
				Article article = found.get(id);
				if (article != null) {
					chunk.add(article);
				}
			}
			handOn(chunk, withBodies, each);
		}
	}

	// The chunk's entities are dropped from the persistence context once mapped: it
	// would otherwise hold every article read so far.
	private void handOn(List<Article> chunk, boolean withBodies, ArticleConsumer each) throws IOException {
		Map<String, String> bodies = withBodies ? bodiesOf(chunk) : Map.of();
		List<ArticleDetail> details = new ArrayList<>(chunk.size());
		List<String> excerpts = new ArrayList<>(chunk.size());
		for (Article article : chunk) {
			details.add(ArticleDetail.from(article, withBodies ? bodies.getOrDefault(article.getId(), "") : null));
			excerpts.add(article.getExcerpt());
		}
		this.entityManager.clear();
		for (int i = 0; i < details.size(); i++) {
			each.accept(details.get(i), excerpts.get(i));
		}
	}

	private Map<String, String> bodiesOf(List<Article> chunk) {
		List<String> ids = chunk.stream().map(Article::getId).toList();
		Map<String, String> bodies = new HashMap<>();
		// A criteria query like the articles' own: a query string would have Hibernate's
		// HQL
		// parser start up cold on the first export (see ArticleRepository).
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<ArticleBody> criteria = builder.createQuery(ArticleBody.class);
		Root<ArticleBody> root = criteria.from(ArticleBody.class);
		criteria.where(root.get("articleId").in(ids));
		this.entityManager.createQuery(criteria)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultList()
			.forEach((body) -> bodies.put(body.getArticleId(), body.getBody()));
		return bodies;
	}

	private static void refuse(List<Refusal> refusals, String reason) {
		List<ParameterError> errors = refusals.stream()
			.filter((refusal) -> refusal.value() != null)
			.map((refusal) -> new ParameterError(refusal.parameter(), refusal.value(), reason))
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidParameterException(errors);
		}
	}

	private record Refusal(String parameter, Object value) {
	}

	/**
	 * Which articles to read and in what order, checked: reading it cannot fail on a
	 * parameter, so an export can start writing before it starts reading.
	 */
	public static final class Selection {

		private final ArticleFilter filter;

		private final Sort sort;

		private final int limit;

		private Selection(ArticleFilter filter, Sort sort, int limit) {
			this.filter = filter;
			this.sort = sort;
			this.limit = limit;
		}

	}

	/**
	 * Receives the articles of an export one at a time.
	 */
	@FunctionalInterface
	public interface ArticleConsumer {

		/**
		 * Takes one article.
		 * @param article the article; its {@code body} is {@code null} unless bodies were
		 * asked for
		 * @param excerpt the opening of its body, as in its summary
		 * @throws IOException when it cannot be written
		 */
		void accept(ArticleDetail article, String excerpt) throws IOException;

	}

}
