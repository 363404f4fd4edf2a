package io.broadsheet.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.author.Author;
import io.broadsheet.search.ArticlesToIndex;
import io.broadsheet.search.IndexedArticle;

/**
 * What the search index is built from, read from this module's tables: the index may not
 * read them itself, and must not go through {@link ArticleCatalog}, which searches
 * through the index.
 */
@Component
public class StoredArticlesToIndex implements ArticlesToIndex {

	private final NamedParameterJdbcTemplate jdbc;

	private final ArticleRepository articles;

	StoredArticlesToIndex(NamedParameterJdbcTemplate jdbc, ArticleRepository articles) {
		this.jdbc = jdbc;
		this.articles = articles;
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
		Map<String, String> bodies = new HashMap<>();
		this.jdbc.query("select article_id, body from article_body where article_id in (:ids)", Map.of("ids", ids),
				(RowCallbackHandler) (row) -> bodies.put(row.getString(1), row.getString(2)));
		List<IndexedArticle> loaded = new ArrayList<>();
		for (Article article : this.articles.findAllById(ids)) {
			List<IndexedArticle.Author> authors = new ArrayList<>();
			for (Author author : article.getAuthors()) {
				authors.add(new IndexedArticle.Author(author.getId(), author.getName()));
			}
			loaded.add(new IndexedArticle(article.getId(), article.getContentHash(), article.getTitle(),
					bodies.getOrDefault(article.getId(), ""), authors, article.getPublishedDate(),
					article.getPublisher(), article.getLanguage()));
		}
		return loaded;
	}

}
