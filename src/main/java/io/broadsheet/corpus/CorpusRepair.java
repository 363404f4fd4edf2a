package io.broadsheet.corpus;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.broadsheet.article.ArticleStore;
import io.broadsheet.article.UnfinishedSyncCleanup;
import io.broadsheet.article.UnfinishedSyncCleanup.Findings;
import io.broadsheet.article.UnfinishedSyncCleanup.Removed;
import io.broadsheet.system.StoreUrls;

/**
 * Repairs an embedded H2 store at a start after a sync that did not finish (the process
 * was killed, or stopped with the sync under way), before anything is served from it.
 * <p>
 * H2 can recover from a crash with part of the transaction in flight kept: a body without
 * its article, a row its index misses. Indexes out of step are rebuilt
 * ({@link EmbeddedStoreIndexes}); the articles of the unfinished sync and rows that lost
 * their article are removed ({@link UnfinishedSyncCleanup}, which says why by time), so
 * that the sync that follows stores them again from their files; authors left without
 * articles are dropped. When an index that backs a constraint is out of step, which only
 * dropping the constraint could rebuild, the store is emptied instead and the sync
 * rebuilds it from the folder: in file mode it holds nothing the folder does not.
 * <p>
 * Only a store whose engine runs in this process and outlives it is concerned: an
 * in-memory one starts empty, and PostgreSQL keeps a transaction whole or not at all, so
 * an unfinished sync leaves whole articles there (and replicas' clocks need not agree,
 * which the rule by time relies on).
 */
@Component
class CorpusRepair {

	private static final Logger log = LoggerFactory.getLogger(CorpusRepair.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final UnfinishedSyncCleanup cleanup;

	private final ArticleStore store;

	private final CorpusLocation corpus;

	private final String flywayTable;

	CorpusRepair(DataSource dataSource, JdbcClient jdbc, UnfinishedSyncCleanup cleanup, ArticleStore store,
			CorpusLocation corpus, @Value("${spring.flyway.table:flyway_schema_history}") String flywayTable) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.cleanup = cleanup;
		this.store = store;
		this.corpus = corpus;
		this.flywayTable = flywayTable;
	}

	/**
	 * Repairs the store if the last sync into it did not finish.
	 * @return whether it did: the store then holds less than the last finished sync left,
	 * until the next sync has stored it again
	 * @throws SQLException when the store cannot be read or repaired
	 */
	boolean repairIfUnfinished() throws SQLException {
		if (!embeddedFileStore()) {
			return false;
		}
		Instant lastFinished = lastFinishedSync();
		Findings findings = this.cleanup.inspect(lastFinished);
		if (!findings.unfinished()) {
			return false;
		}
		log.warn(String.format(Locale.ROOT,
				"The last sync of corpus %s did not finish: %,d articles stored after the last one that did (%s), "
						+ "%,d articles and %,d bodies; repairing the store",
				this.corpus.location(), findings.storedAfter(), (lastFinished != null) ? lastFinished : "none did",
				findings.articles(), findings.bodies()));
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			EmbeddedStoreIndexes indexes = new EmbeddedStoreIndexes(connection,
					Set.of(this.flywayTable.toLowerCase(Locale.ROOT)));
			indexes.finishInterruptedRebuilds();
			EmbeddedStoreIndexes.Walk walk = indexes.walk();
			if (!walk.rebuildable()) {
				// The version goes first: a start stopped half-way through leaves rows
				// and no finished sync, which the next start repairs again.
				this.jdbc.sql("delete from corpus_version").update();
				indexes.emptyTables();
				log.warn(
						"Emptied the store: of {} indexes, these are out of step with their tables and back "
								+ "constraints, so cannot be rebuilt alone: {}; the sync stores every article again",
						walk.walked(), walk.outOfStep());
				return true;
			}
			for (EmbeddedStoreIndexes.Index index : walk.outOfStep()) {
				indexes.rebuild(index);
			}
			log.warn("Walked {} indexes: {} out of step with their tables, rebuilt {}", walk.walked(),
					walk.outOfStep().size(), walk.outOfStep());
		}
		Removed removed = this.cleanup.remove(lastFinished);
		this.store.refreshAuthorStatistics();
		log.warn(String.format(Locale.ROOT,
				"Repaired the store: removed %,d articles to be stored again (%,d stored by the unfinished sync, "
						+ "%,d without their body), %,d bodies and %,d byline rows without their article",
				removed.articles(), removed.storedAfter(), removed.withoutBody(), removed.orphanBodies(),
				removed.orphanBylines()));
		return true;
	}

	private @Nullable Instant lastFinishedSync() {
		return this.jdbc.sql("select synced_at from corpus_version where id = :id")
			.param("id", CorpusVersion.SINGLETON_ID)
			.query((row, number) -> row.getObject(1, OffsetDateTime.class).toInstant())
			.optional()
			.orElse(null);
	}

	private boolean embeddedFileStore() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			return StoreUrls.isInProcessFile(connection.getMetaData().getURL());
		}
	}

}
