package io.broadsheet.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.author.Author;
import io.broadsheet.author.AuthorRepository;
import io.broadsheet.author.AuthorSlug;

/**
 * The write side of the article store, used by the corpus sync. Each call is one
 * transaction, so a sync that is killed half-way leaves whole articles behind, never
 * half-written ones.
 */
@Service
public class ArticleStore {

	private final ArticleRepository articles;

	private final ArticleBodyRepository bodies;

	private final AuthorRepository authors;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	ArticleStore(ArticleRepository articles, ArticleBodyRepository bodies, AuthorRepository authors,
			EntityManager entityManager, JdbcTemplate jdbc) {
		this.articles = articles;
		this.bodies = bodies;
		this.authors = authors;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/**
	 * Every stored article's id and content hash: what a sync compares the folder with.
	 */
	@Transactional(readOnly = true)
	public List<StoredArticle> findAllStored() {
		return this.articles.findAllStored();
	}

	/**
	 * Stores the given articles, replacing any stored under the same ids, and creates the
	 * authors not known yet.
	 * @param contents the articles to store
	 * @param ingestedAt when this sync started
	 */
	@Transactional
	public void store(Collection<ArticleContent> contents, Instant ingestedAt) {
		if (contents.isEmpty()) {
			return;
		}
		this.articles.deleteAllByIdInBatch(contents.stream().map(ArticleContent::id).toList());
		Map<String, Author> authorsById = resolveAuthors(contents);
		for (ArticleContent content : contents) {
			List<Author> byline = new ArrayList<>();
			for (String name : content.authorNames()) {
				Author author = authorsById.get(AuthorSlug.of(name));
				if (author != null && !byline.contains(author)) {
					byline.add(author);
				}
			}
			this.entityManager.persist(new Article(content, byline, ingestedAt));
			this.entityManager.persist(new ArticleBody(content.id(), content.body()));
		}
	}

	/**
	 * Replaces the file fingerprints of stored articles whose files were read again and
	 * found unchanged (touched, copied, checked out anew), so that the next sync need not
	 * read them.
	 * @param fingerprintsById the new fingerprint of each article
	 */
	@Transactional
	public void recordFileFingerprints(Map<String, String> fingerprintsById) {
		List<Object[]> rows = new ArrayList<>(fingerprintsById.size());
		fingerprintsById.forEach((id, fingerprint) -> rows.add(new Object[] { fingerprint, id }));
		this.jdbc.batchUpdate("update article set file_fingerprint = ? where id = ?", rows);
	}

	/** Removes the articles of files that are gone from the folder. */
	@Transactional
	public void delete(Collection<String> ids) {
		if (!ids.isEmpty()) {
			this.articles.deleteAllByIdInBatch(ids);
		}
	}

	/**
	 * Recounts each author's articles and publication range, and drops authors left
	 * without articles. Called once at the end of a sync that changed anything.
	 */
	@Transactional
	public void refreshAuthorStatistics() {
		this.entityManager.createNativeQuery("""
				update author set
				  article_count = (select count(*) from article_author aa where aa.author_id = author.id),
				  first_published = (select min(a.published_date) from article a
				      join article_author aa on aa.article_id = a.id where aa.author_id = author.id),
				  last_published = (select max(a.published_date) from article a
				      join article_author aa on aa.article_id = a.id where aa.author_id = author.id)
				""").executeUpdate();
		this.entityManager.createNativeQuery("delete from author where article_count = 0").executeUpdate();
	}

	private Map<String, Author> resolveAuthors(Collection<ArticleContent> contents) {
		Map<String, String> namesById = new LinkedHashMap<>();
		for (ArticleContent content : contents) {
			for (String name : content.authorNames()) {
				String id = AuthorSlug.of(name);
				if (!id.isEmpty()) {
					namesById.putIfAbsent(id, name);
				}
			}
		}
		if (namesById.isEmpty()) {
			return Map.of();
		}
		Set<String> existing = this.authors.findExistingIds(namesById.keySet());
		Map<String, Author> authorsById = new LinkedHashMap<>();
		namesById.forEach((id, name) -> {
			if (existing.contains(id)) {
				authorsById.put(id, this.entityManager.getReference(Author.class, id));
			}
			else {
				Author author = new Author(name);
				this.entityManager.persist(author);
				authorsById.put(id, author);
			}
		});
		return authorsById;
	}

}
