package io.broadsheet.article;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.author.AuthorSlug;

/**
 * The write side of the article store, used by the corpus sync. Each call is one
 * transaction, so a sync that is killed half-way leaves whole articles behind, never
 * half-written ones.
 * <p>
 * Writes go through plain JDBC batches rather than JPA: a full sync inserts every row
 * once and never reads it back, so Hibernate's persistence context, dirty checking and
 * entity copies were most of the cost of a sync. Nothing here touches the
 * {@code EntityManager}, so no persistence context can hold stale copies of what these
 * statements change; the read side ({@link ArticleCatalog}) loads fresh entities in its
 * own transactions. The SQL is plain enough to run unchanged on H2 and PostgreSQL.
 */
@Service
public class ArticleStore {

	private static final String INSERT_ARTICLE = """
			insert into article (id, source_file, content_hash, file_fingerprint, title, title_source, title_line,
			  authors_source, authors_line, published_date, published_date_source, published_date_line,
			  publisher, publisher_source, publisher_line, url, url_source, url_line,
			  excerpt, word_count, ingested_at, language)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_BODY = "insert into article_body (article_id, body) values (?, ?)";

	private static final String INSERT_AUTHOR_LINK = "insert into article_author (article_id, position, author_id) values (?, ?, ?)";

	// A new author starts without articles; refreshAuthorStatistics() counts them.
	private static final String INSERT_AUTHOR = "insert into author (id, name, article_count) values (?, ?, 0)";

	// Bodies and author links go with their article (on delete cascade).
	private static final String DELETE_ARTICLE = "delete from article where id = ?";

	private final ArticleRepository articles;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate namedJdbc;

	ArticleStore(ArticleRepository articles, JdbcTemplate jdbc) {
		this.articles = articles;
		this.jdbc = jdbc;
		this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
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
	 * authors not known yet. A byline keeps its order; a name credited twice in one
	 * byline is linked once.
	 * @param contents the articles to store
	 * @param ingestedAt when this sync started
	 */
	@Transactional
	public void store(Collection<ArticleContent> contents, Instant ingestedAt) {
		if (contents.isEmpty()) {
			return;
		}
		deleteAll(contents.stream().map(ArticleContent::id).toList());
		// Authors are created once, under the first spelling seen; later spellings with
		// the same slug link to the same author.
		Map<String, String> namesById = new LinkedHashMap<>();
		List<AuthorLink> links = new ArrayList<>();
		for (ArticleContent content : contents) {
			Set<String> byline = new HashSet<>();
			for (String name : content.authorNames()) {
				String authorId = AuthorSlug.of(name);
				if (!authorId.isEmpty() && byline.add(authorId)) {
					namesById.putIfAbsent(authorId, name);
					links.add(new AuthorLink(content.id(), byline.size() - 1, authorId));
				}
			}
		}
		createMissingAuthors(namesById);
		List<ArticleContent> rows = List.copyOf(contents);
		OffsetDateTime ingested = OffsetDateTime.ofInstant(ingestedAt, ZoneOffset.UTC);
		this.jdbc.batchUpdate(INSERT_ARTICLE, rows, rows.size(), (ps, content) -> setArticle(ps, content, ingested));
		this.jdbc.batchUpdate(INSERT_BODY, rows, rows.size(), (ps, content) -> {
			ps.setString(1, content.id());
			ps.setString(2, content.body());
		});
		this.jdbc.batchUpdate(INSERT_AUTHOR_LINK, links, links.size(), (ps, link) -> {
			ps.setString(1, link.articleId());
			ps.setInt(2, link.position());
			ps.setString(3, link.authorId());
		});
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
		deleteAll(ids);
	}

	/**
	 * Recounts each author's articles and publication range, and drops authors left
	 * without articles. Called once at the end of a sync that changed anything.
	 */
	@Transactional
	public void refreshAuthorStatistics() {
		// One grouped pass over the links instead of three correlated subqueries per
		// author, and rows whose figures did not change are left alone. Standard MERGE,
		// which H2 2.x and PostgreSQL 15 both run.
		this.jdbc.update("""
				merge into author using (
				    select aa.author_id, count(*) as article_count,
				      min(a.published_date) as first_published, max(a.published_date) as last_published
				    from article_author aa join article a on a.id = aa.article_id
				    group by aa.author_id) counted
				  on author.id = counted.author_id
				when matched and (author.article_count <> counted.article_count
				    or author.first_published is distinct from counted.first_published
				    or author.last_published is distinct from counted.last_published) then
				  update set article_count = counted.article_count,
				    first_published = counted.first_published, last_published = counted.last_published
				""");
		this.jdbc.update(
				"delete from author where not exists (select 1 from article_author aa where aa.author_id = author.id)");
	}

	private void deleteAll(Collection<String> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.batchUpdate(DELETE_ARTICLE, ids, ids.size(), (ps, id) -> ps.setString(1, id));
		}
	}

	private void createMissingAuthors(Map<String, String> namesById) {
		if (namesById.isEmpty()) {
			return;
		}
		Set<String> existing = new HashSet<>(this.namedJdbc.queryForList("select id from author where id in (:ids)",
				Map.of("ids", namesById.keySet()), String.class));
		List<Map.Entry<String, String>> missing = namesById.entrySet()
			.stream()
			.filter((author) -> !existing.contains(author.getKey()))
			.toList();
		this.jdbc.batchUpdate(INSERT_AUTHOR, missing, missing.size(), (ps, author) -> {
			ps.setString(1, author.getKey());
			ps.setString(2, author.getValue());
		});
	}

	private static void setArticle(PreparedStatement ps, ArticleContent content, OffsetDateTime ingestedAt)
			throws SQLException {
		ps.setString(1, content.id());
		ps.setString(2, content.sourceFile());
		ps.setString(3, content.contentHash());
		ps.setString(4, content.fileFingerprint());
		ps.setString(5, content.title().value());
		setOrigin(ps, 6, content.title().origin());
		setOrigin(ps, 8, content.authorsOrigin());
		ps.setObject(10, content.publishedDate().value(), Types.DATE);
		setOrigin(ps, 11, content.publishedDate().origin());
		ps.setString(13, content.publisher().value());
		setOrigin(ps, 14, content.publisher().origin());
		ps.setString(16, content.url().value());
		setOrigin(ps, 17, content.url().origin());
		ps.setString(19, Excerpts.of(content.body()));
		ps.setInt(20, Excerpts.wordCount(content.body()));
		ps.setObject(21, ingestedAt, Types.TIMESTAMP_WITH_TIMEZONE);
		ps.setString(22, content.language());
	}

	private static void setOrigin(PreparedStatement ps, int index, FieldOrigin origin) throws SQLException {
		ps.setString(index, (origin.source() != null) ? origin.source().name() : null);
		ps.setObject(index + 1, origin.line(), Types.INTEGER);
	}

	private record AuthorLink(String articleId, int position, String authorId) {

	}

}
