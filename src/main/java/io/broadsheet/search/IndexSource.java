package io.broadsheet.search;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what the index is built from out of the article store. The store is the source of
 * truth and the index only derives from it, so this reads the tables directly rather than
 * through the article module's services, which themselves search through the index.
 */
@Component
class IndexSource {

	private final NamedParameterJdbcTemplate jdbc;

	IndexSource(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/** The id and content hash of every stored article. */
	Map<String, String> contentHashes() {
		Map<String, String> hashes = new HashMap<>();
		this.jdbc.getJdbcOperations()
			.query("select id, content_hash from article",
					(RowCallbackHandler) (row) -> hashes.put(row.getString("id"), row.getString("content_hash")));
		return hashes;
	}

	/**
	 * The articles with the given ids, in no particular order; ids no longer stored are
	 * left out.
	 */
	List<IndexedArticle> load(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = Map.of("ids", ids);
		Map<String, List<IndexedArticle.Author>> authors = new HashMap<>();
		this.jdbc.query("""
				select aa.article_id, au.id, au.name from article_author aa join author au on au.id = aa.author_id
				where aa.article_id in (:ids) order by aa.article_id, aa.position""", parameters,
				(RowCallbackHandler) (row) -> authors.computeIfAbsent(row.getString(1), (id) -> new ArrayList<>())
					.add(new IndexedArticle.Author(row.getString(2), row.getString(3))));
		return this.jdbc.query("""
				select a.id, a.content_hash, a.title, a.published_date, a.publisher, a.language, b.body
				from article a join article_body b on b.article_id = a.id where a.id in (:ids)""", parameters,
				(row, rowNumber) -> {
					Date published = row.getDate("published_date");
					String id = row.getString("id");
					return new IndexedArticle(id, row.getString("content_hash"), row.getString("title"),
							row.getString("body"), authors.getOrDefault(id, List.of()),
							(published != null) ? published.toLocalDate() : null, row.getString("publisher"),
							row.getString("language"));
				});
	}

}
