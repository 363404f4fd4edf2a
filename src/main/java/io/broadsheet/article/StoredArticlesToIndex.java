package io.broadsheet.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.author.AuthorStore;
import io.broadsheet.search.ArticlesToIndex;
import io.broadsheet.search.IndexedArticle;

/**
 * What the search index is built from, read from this module's tables: the index may not
 * read them itself, and must not go through {@link ArticleCatalog}, which searches
 * through the index.
 */
@Component
public class StoredArticlesToIndex implements ArticlesToIndex {

	private static final String LOAD_ARTICLES = """
			select a.id, a.content_hash, a.title, coalesce(b.body, '') as body, a.published_date, a.publisher, a.language
			from article a left join article_body b on b.article_id = a.id
			where a.id in (:ids)
			""";

	// In byline order: the index keeps the authors as the article lists them.
	private static final String LOAD_AUTHOR_LINKS = """
			select article_id, author_id from article_author
			where article_id in (:ids)
			order by article_id, position
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final AuthorStore authors;

	StoredArticlesToIndex(NamedParameterJdbcTemplate jdbc, AuthorStore authors) {
		this.jdbc = jdbc;
		this.authors = authors;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachContentHash(BiConsumer<String, String> consumer) {
		this.jdbc.getJdbcOperations()
			.query("select id, content_hash from article",
					(RowCallbackHandler) (row) -> consumer.accept(row.getString("id"), row.getString("content_hash")));
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndexedArticle> load(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// Plain JDBC, three statements per batch: loading Article entities (and their
		// authors through the persistence context) cost a building index about a tenth of
		// its time in Hibernate, for fields read once and thrown away. The names are the
		// author module's, asked for once per batch.
		Map<String, List<String>> authorIdsByArticle = new HashMap<>();
		this.jdbc.query(LOAD_AUTHOR_LINKS, Map.of("ids", ids),
				(RowCallbackHandler) (row) -> authorIdsByArticle
					.computeIfAbsent(row.getString(1), (id) -> new ArrayList<>())
					.add(row.getString(2)));
		Map<String, String> names = this.authors
			.namesOf(authorIdsByArticle.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		Map<String, List<IndexedArticle.Author>> authorsById = new HashMap<>();
		authorIdsByArticle.forEach((articleId, authorIds) -> authorsById.put(articleId,
				authorIds.stream()
					.map((authorId) -> new IndexedArticle.Author(authorId, names.get(authorId)))
					.toList()));
		List<IndexedArticle> loaded = new ArrayList<>(ids.size());
		this.jdbc.query(LOAD_ARTICLES, Map.of("ids", ids), (RowCallbackHandler) (row) -> {
			String id = row.getString(1);
			loaded.add(new IndexedArticle(id, row.getString(2), row.getString(3), row.getString(4),
					authorsById.getOrDefault(id, List.of()), row.getObject(5, LocalDate.class), row.getString(6),
					row.getString(7)));
		});
		return loaded;
	}

}
