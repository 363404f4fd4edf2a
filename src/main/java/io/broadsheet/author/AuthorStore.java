package io.broadsheet.author;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of authors, used by the article store during a sync: the only code that
 * writes the {@code author} table. Plain JDBC batches, like the article store, and for
 * the same reason: a sync writes many rows and reads none of them back.
 */
@Service
public class AuthorStore {

	// A new author starts without articles; updateStatistics() counts them.
	private static final String INSERT_AUTHOR = "insert into author (id, name, article_count) values (:id, :name, 0)";

	private static final String UPDATE_STATISTICS = """
			update author set article_count = :articleCount, first_published = :firstPublished,
			  last_published = :lastPublished
			where id = :id
			""";

	private static final String DELETE_AUTHOR = "delete from author where id = :id";

	private final NamedParameterJdbcTemplate jdbc;

	AuthorStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The display names of the given authors: the search index keeps them with each
	 * article it indexes, and a whole article lists them.
	 * @param ids author ids
	 * @return the name of each of them that exists, by id
	 */
	// One statement, consistent by itself: no transaction (which cost more than it).
	public Map<String, String> namesOf(Collection<String> ids) {
		return ids.isEmpty() ? new HashMap<>()
				: names("select id, name from author where id in (:ids)", Map.of("ids", ids));
	}

	/**
	 * The display names of all authors, by id: listings held in memory name every author
	 * of the corpus.
	 * @return every author's name, by id
	 */
	public Map<String, String> allNames() {
		return names("select id, name from author", Map.of());
	}

	private Map<String, String> names(String sql, Map<String, ?> parameters) {
		Map<String, String> names = new HashMap<>();
		this.jdbc.query(sql, parameters, (RowCallbackHandler) (row) -> names.put(row.getString(1), row.getString(2)));
		return names;
	}

	/**
	 * Creates the authors not known yet. An author is created under the first spelling of
	 * its name seen; later spellings with the same slug name the same author.
	 * @param namesById display names by author id ({@link AuthorSlug#of(String)})
	 * @return the stored display name of each of these authors, by id: the one given for
	 * a new author, the one it was created under for a known one (the search index keeps
	 * it with each article)
	 */
	@Transactional
	public Map<String, String> createMissing(Map<String, String> namesById) {
		if (namesById.isEmpty()) {
			return Map.of();
		}
		Map<String, String> stored = new HashMap<>();
		this.jdbc.query("select id, name from author where id in (:ids)", Map.of("ids", namesById.keySet()),
				(RowCallbackHandler) (row) -> stored.put(row.getString(1), row.getString(2)));
		SqlParameterSource[] missing = namesById.entrySet()
			.stream()
			.filter((author) -> !stored.containsKey(author.getKey()))
			.map((author) -> new MapSqlParameterSource().addValue("id", author.getKey())
				.addValue("name", author.getValue()))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(INSERT_AUTHOR, missing);
		namesById.forEach(stored::putIfAbsent);
		return stored;
	}

	/**
	 * Brings every author's article count and publication range up to date, and drops the
	 * authors left without articles. Rows whose figures did not change are left alone.
	 * @param statistics the figures of every author that has articles
	 */
	@Transactional
	public void updateStatistics(Collection<AuthorStatistics> statistics) {
		Map<String, AuthorStatistics> stored = new HashMap<>();
		this.jdbc
			.query("select id, article_count, first_published, last_published from author",
					(row, rowNumber) -> new AuthorStatistics(row.getString(1), row.getInt(2),
							row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class)))
			.forEach((figures) -> stored.put(figures.authorId(), figures));
		Set<String> counted = new HashSet<>();
		List<SqlParameterSource> changed = new ArrayList<>();
		for (AuthorStatistics figures : statistics) {
			counted.add(figures.authorId());
			AuthorStatistics before = stored.get(figures.authorId());
			if (before != null && !before.equals(figures)) {
				changed.add(new MapSqlParameterSource().addValue("id", figures.authorId())
					.addValue("articleCount", figures.articleCount())
					.addValue("firstPublished", figures.firstPublished(), Types.DATE)
					.addValue("lastPublished", figures.lastPublished(), Types.DATE));
			}
		}
		this.jdbc.batchUpdate(UPDATE_STATISTICS, changed.toArray(SqlParameterSource[]::new));
		SqlParameterSource[] orphans = stored.keySet()
			.stream()
			.filter((id) -> !counted.contains(id))
			.map((id) -> new MapSqlParameterSource("id", id))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(DELETE_AUTHOR, orphans);
	}

	/**
	 * What the articles say of one author.
	 *
	 * @param authorId the author's id
	 * @param articleCount articles credited to the author
	 * @param firstPublished the earliest known publication date of those articles
	 * @param lastPublished the latest known publication date of those articles
	 */
	public record AuthorStatistics(String authorId, int articleCount, @Nullable LocalDate firstPublished,
			@Nullable LocalDate lastPublished) {

		public AuthorStatistics {
			Objects.requireNonNull(authorId, "authorId");
		}

	}

}
