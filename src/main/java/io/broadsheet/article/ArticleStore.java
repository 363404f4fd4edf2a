package io.broadsheet.article;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.broadsheet.author.AuthorSlug;
import io.broadsheet.author.AuthorStore;
import io.broadsheet.author.AuthorStore.AuthorStatistics;
import io.broadsheet.search.ArticleIndex;
import io.broadsheet.search.IndexedArticle;

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
 * Authors are the author module's: it creates them and keeps their figures
 * ({@link AuthorStore}); this class only links articles to them.
 */
@Service
public class ArticleStore {

	private static final String INSERT_ARTICLE = """
			insert into article (id, source_file, content_hash, file_fingerprint, title, title_source, title_line,
			  authors_source, authors_line, published_date, published_date_source, published_date_line,
			  publisher, publisher_source, publisher_line, url, url_source, url_line,
			  excerpt, word_count, ingested_at, language)
			values (:id, :sourceFile, :contentHash, :fileFingerprint, :title, :titleSource, :titleLine,
			  :authorsSource, :authorsLine, :publishedDate, :publishedDateSource, :publishedDateLine,
			  :publisher, :publisherSource, :publisherLine, :url, :urlSource, :urlLine,
			  :excerpt, :wordCount, :ingestedAt, :language)
			""";

	private static final String INSERT_BODY = "insert into article_body (article_id, body) values (:id, :body)";

	private static final String INSERT_AUTHOR_LINK = """
			insert into article_author (article_id, position, author_id) values (:articleId, :position, :authorId)
			""";

	// Bodies and author links go with their article (on delete cascade).
	private static final String DELETE_ARTICLE = "delete from article where id = :id";

	private static final String STORED_IDS = "select id from article where id in (:ids)";

	private static final int MAX_IDS_PER_QUERY = 1000;

	private static final String STORED = "select id, source_file, content_hash, file_fingerprint from article";

	private static final String UPDATE_FINGERPRINT = "update article set file_fingerprint = :fingerprint where id = :id";

	private static final String COUNT_PER_AUTHOR = """
			select aa.author_id, count(*) as article_count,
			  min(a.published_date) as first_published, max(a.published_date) as last_published
			from article_author aa join article a on a.id = aa.article_id
			group by aa.author_id
			""";

	private final AuthorStore authors;

	private final NamedParameterJdbcTemplate jdbc;

	/** Absent in slices of the application that have no search index. */
	private final ObjectProvider<ArticleIndex> index;

	ArticleStore(AuthorStore authors, NamedParameterJdbcTemplate jdbc, ObjectProvider<ArticleIndex> index) {
		this.authors = authors;
		this.jdbc = jdbc;
		this.index = index;
	}

	/**
	 * Every stored article's id and content hash: what a sync compares the folder with.
	 */
	@Transactional(readOnly = true)
	public List<StoredArticle> findAllStored() {
		return this.jdbc.query(STORED, (row, rowNumber) -> new StoredArticle(row.getString(1), row.getString(2),
				row.getString(3), row.getString(4)));
	}

	/**
	 * Stores the given articles, replacing any stored under the same ids, and has the
	 * author module create the authors not known yet. A byline keeps its order; a name
	 * credited twice in one byline is linked once. Once the transaction has committed,
	 * the articles go to the search index as stored, so that it is built during the sync
	 * rather than read back from the store after it
	 * ({@link ArticleIndex#indexCommitted}).
	 * @param contents the articles to store
	 * @param ingestedAt when this sync started
	 */
	@Transactional
	public void store(Collection<IngestedArticle> contents, Instant ingestedAt) {
		if (contents.isEmpty()) {
			return;
		}
		deleteAll(storedAmong(contents.stream().map(IngestedArticle::id).toList()));
		// Authors are created once, under the first spelling seen; later spellings with
		// the same slug link to the same author.
		Map<String, String> namesById = new LinkedHashMap<>();
		List<SqlParameterSource> links = new ArrayList<>();
		List<List<String>> bylines = new ArrayList<>(contents.size());
		for (IngestedArticle content : contents) {
			Set<String> byline = new LinkedHashSet<>();
			for (String name : content.authorNames()) {
				String authorId = AuthorSlug.of(name);
				if (!authorId.isEmpty() && byline.add(authorId)) {
					namesById.putIfAbsent(authorId, name);
					links.add(new MapSqlParameterSource().addValue("articleId", content.id())
						.addValue("position", byline.size() - 1)
						.addValue("authorId", authorId));
				}
			}
			bylines.add(List.copyOf(byline));
		}
		Map<String, String> storedNames = this.authors.createMissing(namesById);
		OffsetDateTime ingested = OffsetDateTime.ofInstant(ingestedAt, ZoneOffset.UTC);
		this.jdbc.batchUpdate(INSERT_ARTICLE,
				contents.stream().map((content) -> articleRow(content, ingested)).toArray(SqlParameterSource[]::new));
		this.jdbc.batchUpdate(INSERT_BODY, contents.stream()
			.map((content) -> new MapSqlParameterSource().addValue("id", content.id()).addValue("body", content.body()))
			.toArray(SqlParameterSource[]::new));
		this.jdbc.batchUpdate(INSERT_AUTHOR_LINK, links.toArray(SqlParameterSource[]::new));
		indexOnceCommitted(contents, bylines, storedNames);
	}

	// What StoredArticlesToIndex would read back from these rows, built from what was
	// just written. Handed over only after the commit: the index never holds an article
	// the store could still roll back.
	private void indexOnceCommitted(Collection<IngestedArticle> contents, List<List<String>> bylines,
			Map<String, String> authorNames) {
		ArticleIndex searchIndex = this.index.getIfAvailable();
		if (searchIndex == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		List<IndexedArticle> indexed = new ArrayList<>(contents.size());
		int article = 0;
		for (IngestedArticle content : contents) {
			List<IndexedArticle.Author> authors = bylines.get(article++)
				.stream()
				.map((authorId) -> new IndexedArticle.Author(authorId, authorNames.get(authorId)))
				.toList();
			indexed.add(new IndexedArticle(content.id(), content.contentHash(), content.title().value(), content.body(),
					authors, content.publishedDate().value(), content.publisher().value(), content.language()));
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				searchIndex.indexCommitted(indexed);
			}
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
		this.jdbc.batchUpdate(UPDATE_FINGERPRINT,
				fingerprintsById.entrySet()
					.stream()
					.map((entry) -> new MapSqlParameterSource().addValue("fingerprint", entry.getValue())
						.addValue("id", entry.getKey()))
					.toArray(SqlParameterSource[]::new));
	}

	/** Removes the articles of files that are gone from the folder. */
	@Transactional
	public void delete(Collection<String> ids) {
		deleteAll(ids);
	}

	/**
	 * Recounts each author's articles and publication range, and has the author module
	 * keep the figures and drop authors left without articles. Called once at the end of
	 * a sync that changed anything.
	 */
	@Transactional
	public void refreshAuthorStatistics() {
		// One grouped pass over the links instead of three correlated subqueries per
		// author.
		List<AuthorStatistics> statistics = this.jdbc.query(COUNT_PER_AUTHOR,
				(row, rowNumber) -> new AuthorStatistics(row.getString(1), row.getInt(2),
						row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class)));
		this.authors.updateStatistics(statistics);
	}

	// Only the articles stored before need deleting: a full ingest replaces none, and one
	// query that finds none costs less than a delete per article that finds nothing.
	// Asked in slices, as PostgreSQL takes at most 65,535 parameters in a statement.
	private List<String> storedAmong(List<String> ids) {
		List<String> stored = new ArrayList<>();
		for (int start = 0; start < ids.size(); start += MAX_IDS_PER_QUERY) {
			List<String> slice = ids.subList(start, Math.min(ids.size(), start + MAX_IDS_PER_QUERY));
			stored.addAll(this.jdbc.queryForList(STORED_IDS, new MapSqlParameterSource("ids", slice), String.class));
		}
		return stored;
	}

	private void deleteAll(Collection<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(DELETE_ARTICLE,
				ids.stream().map((id) -> new MapSqlParameterSource("id", id)).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource articleRow(IngestedArticle content, OffsetDateTime ingestedAt) {
		MapSqlParameterSource row = new MapSqlParameterSource().addValue("id", content.id())
			.addValue("sourceFile", content.sourceFile())
			.addValue("contentHash", content.contentHash())
			.addValue("fileFingerprint", content.fileFingerprint(), Types.VARCHAR)
			.addValue("title", content.title().value(), Types.VARCHAR)
			.addValue("publishedDate", content.publishedDate().value(), Types.DATE)
			.addValue("publisher", content.publisher().value(), Types.VARCHAR)
			.addValue("url", content.url().value(), Types.VARCHAR)
			.addValue("excerpt", Excerpts.of(content.body()))
			.addValue("wordCount", content.wordCount())
			.addValue("ingestedAt", ingestedAt, Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("language", content.language(), Types.VARCHAR);
		addOrigin(row, "title", content.title().origin());
		addOrigin(row, "authors", content.authorsOrigin());
		addOrigin(row, "publishedDate", content.publishedDate().origin());
		addOrigin(row, "publisher", content.publisher().origin());
		addOrigin(row, "url", content.url().origin());
		return row;
	}

	// Null values carry their SQL type, so that no driver has to ask the database for it.
	private static void addOrigin(MapSqlParameterSource row, String field, FieldOrigin origin) {
		row.addValue(field + "Source", (origin.source() != null) ? origin.source().name() : null, Types.VARCHAR);
		row.addValue(field + "Line", origin.line(), Types.INTEGER);
	}

}
