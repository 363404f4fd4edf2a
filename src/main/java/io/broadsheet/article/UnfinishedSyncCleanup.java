package io.broadsheet.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds and removes what a sync that did not finish may have left in the article tables,
 * for the corpus module to call at a start after such a sync.
 * <p>
 * The rule is by time: a sync stores every article with its own start as
 * {@code ingested_at}, and records its end as the corpus version's {@code synced_at} only
 * once it has finished. An article stored after the last recorded end was stored by a
 * sync that did not finish. On a store that can keep part of a transaction after a crash
 * (the embedded H2 does, rarely), such an article may be whole or not: without its body,
 * its byline, or its place in an index. Its fingerprint would still match its file, so
 * the next sync would trust it without reading the file, and serve it broken until the
 * file changed. Removing every such article is the simplest rule that is always right:
 * the next sync finds their files not stored and stores them again, whole. It costs the
 * re-extraction of what one unfinished sync wrote, and nothing on a start after a sync
 * that finished. The older articles such a sync touched were ones it was replacing or
 * removing, because their files had changed or gone: the next sync reads or removes them
 * anyway, whatever part of them is left.
 * <p>
 * Rows that lost their article (a body or a byline whose article row is gone) and
 * articles that lost their body are removed too, whenever they were written: the schema
 * would let a body block the insert of its article's next version on its primary key.
 */
@Service
public class UnfinishedSyncCleanup {

	private static final String COUNT_STORED_AFTER = "select count(*) from article where ingested_at > :after";

	private static final String COUNT_ARTICLES = "select count(*) from article";

	private static final String COUNT_BODIES = "select count(*) from article_body";

	private static final String COUNT_BYLINES = "select count(*) from article_author";

	// Bodies and bylines go with their article (on delete cascade).
	private static final String DELETE_STORED_AFTER = "delete from article where ingested_at > :after";

	private static final String DELETE_ALL = "delete from article";

	private static final String DELETE_WITHOUT_BODY = """
			delete from article a where not exists (select 1 from article_body b where b.article_id = a.id)
			""";

	private static final String DELETE_ORPHAN_BODIES = """
			delete from article_body b where not exists (select 1 from article a where a.id = b.article_id)
			""";

	private static final String DELETE_ORPHAN_BYLINES = """
			delete from article_author l where not exists (select 1 from article a where a.id = l.article_id)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	UnfinishedSyncCleanup(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the article tables show a sync that did not finish: articles stored after
	 * the last sync that did, bodies and articles counted differently, or rows of any
	 * kind when no sync ever finished. One pass over the articles' rows (no index holds
	 * their time); the other counts are the tables' own.
	 * @param lastFinishedSync when the last sync that finished ended, or {@code null} if
	 * none did
	 * @return what was found
	 */
	@Transactional(readOnly = true)
	public Findings inspect(@Nullable Instant lastFinishedSync) {
		long articles = count(COUNT_ARTICLES, Map.of());
		long storedAfter = (lastFinishedSync != null)
				? count(COUNT_STORED_AFTER, Map.of("after", utc(lastFinishedSync))) : articles;
		long bodies = count(COUNT_BODIES, Map.of());
		long bylines = (lastFinishedSync != null) ? 0 : count(COUNT_BYLINES, Map.of());
		return new Findings(storedAfter, articles, bodies, bylines);
	}

	/**
	 * Removes the articles stored after the last sync that finished, the articles without
	 * a body, and the bodies and bylines without an article, in one transaction. Authors
	 * are the author module's: a recount of their statistics drops those left without
	 * articles.
	 * @param lastFinishedSync when the last sync that finished ended, or {@code null} if
	 * none did: then every article goes
	 * @return how many rows of each kind went
	 */
	@Transactional
	public Removed remove(@Nullable Instant lastFinishedSync) {
		int storedAfter = (lastFinishedSync != null)
				? this.jdbc.update(DELETE_STORED_AFTER, Map.of("after", utc(lastFinishedSync)))
				: this.jdbc.update(DELETE_ALL, Map.of());
		int withoutBody = this.jdbc.update(DELETE_WITHOUT_BODY, Map.of());
		int orphanBodies = this.jdbc.update(DELETE_ORPHAN_BODIES, Map.of());
		int orphanBylines = this.jdbc.update(DELETE_ORPHAN_BYLINES, Map.of());
		return new Removed(storedAfter, withoutBody, orphanBodies, orphanBylines);
	}

	private long count(String sql, Map<String, ?> parameters) {
		Long count = this.jdbc.queryForObject(sql, parameters, Long.class);
		return (count != null) ? count : 0;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * What the article tables show of the last sync.
	 *
	 * @param storedAfter articles stored after the last sync that finished (all of them
	 * when none did)
	 * @param articles articles stored
	 * @param bodies bodies stored
	 * @param bylines byline rows stored, counted only when no sync finished: a store
	 * emptied by a start that was stopped half-way may hold nothing else
	 */
	public record Findings(long storedAfter, long articles, long bodies, long bylines) {

		/** Whether a sync that did not finish left its marks. */
		public boolean unfinished() {
			return this.storedAfter > 0 || this.articles != this.bodies || this.bylines > 0;
		}

	}

	/**
	 * What {@link #remove(Instant)} removed.
	 *
	 * @param storedAfter articles stored after the last sync that finished
	 * @param withoutBody older articles that had lost their body
	 * @param orphanBodies bodies without an article
	 * @param orphanBylines byline rows without an article
	 */
	public record Removed(int storedAfter, int withoutBody, int orphanBodies, int orphanBylines) {

		/** Articles removed, for the next sync to store again from their files. */
		public int articles() {
			return this.storedAfter + this.withoutBody;
		}

	}

}
