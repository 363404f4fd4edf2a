package io.broadsheet.corpus;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.broadsheet.system.StoreUrls;

/**
 * Has an H2 store kept in files by this process write what a sync stored out to its file
 * after each batch, so that the heap does not hold it.
 * <p>
 * H2's MVStore keeps the pages changed since its last save in the heap and saves them in
 * the background about once a second, as one chunk. A sync stores batches faster than
 * that: between two saves the changed pages pile up, and the chunk written from them is
 * large, so the collector meets humongous allocations and, at {@code -Xmx256m}, full
 * compactions (HISTORY.md, gc21). {@code CHECKPOINT} saves at once, so each chunk holds
 * one batch. Measured alone at 20k articles it took only a few of those compactions away;
 * the smaller batches of {@link CorpusProperties#batchSize()} did most of it (HISTORY.md,
 * ingest26). On any other store (PostgreSQL, H2 in memory or on a server) it does
 * nothing: their memory is not this heap's, or cannot be written out.
 */
@Component
class StoreSaves {

	private static final Logger log = LoggerFactory.getLogger(StoreSaves.class);

	private final DataSource dataSource;

	private final boolean fileStore;

	// A store that refuses once will likely refuse every batch: one warning is enough.
	private volatile boolean warned;

	/**
	 * Saves into the given store.
	 * @param dataSource the store
	 * @param url its JDBC URL, or {@code null} for Spring Boot's embedded default (in
	 * memory)
	 */
	StoreSaves(DataSource dataSource, @Value("${spring.datasource.url:#{null}}") @Nullable String url) {
		this.dataSource = dataSource;
		this.fileStore = StoreUrls.isInProcessFileStore(url);
	}

	/**
	 * Writes what the batch just committed stored out to the store's file, if the store
	 * is an H2 file of this process. A failure is logged and not thrown: the batch is
	 * committed either way, and H2 saves it in the background as before.
	 */
	void afterBatch() {
		if (!this.fileStore) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CHECKPOINT");
		}
		catch (SQLException | RuntimeException ex) {
			if (!this.warned) {
				this.warned = true;
				log.warn("Could not have the store write a stored batch to its file; it does so in the background "
						+ "instead, with more memory held meanwhile", ex);
			}
		}
	}

}
