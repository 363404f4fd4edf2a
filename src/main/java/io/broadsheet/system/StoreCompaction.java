package io.broadsheet.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Opens an H2 store kept in files by this process without H2's background compaction.
 * <p>
 * H2's MVStore writes every change as a new chunk at the end of its file, and its
 * background writer, about once a second, rewrites chunks whose pages are partly dead
 * into new ones ({@code AUTO_COMPACT_FILL_RATE}, 90 % by default). During a sync that is
 * almost every chunk the sync has just written: each batch of new rows rewrites the
 * B-tree pages above them, so the chunks before it lose a page or two each. The rewrites
 * cost 39-63 KB of allocation per article and, since the writer holds the store's lock
 * meanwhile, the sync's store thread waited 11-31 s of a 20k sync for it (HISTORY.md,
 * ingest29 and ingest30). Chunks left wholly dead are still dropped and their space
 * reused at the next save without it (MVStore's {@code store}); what is given up is only
 * moving live pages out of partly dead chunks, so the file keeps that slack (HISTORY.md,
 * ingest30, measures how much).
 * <p>
 * The setting is one of H2's settings at open: it lives in the URL of this process's pool
 * and not in the database, so nothing of it outlives the process, and a URL that names
 * {@code AUTO_COMPACT_FILL_RATE} itself is left as it is. PostgreSQL, H2 in memory and H2
 * on a server are not ours to tune.
 */
final class StoreCompaction {

	static final String SETTING = "AUTO_COMPACT_FILL_RATE";

	private StoreCompaction() {
	}

	/**
	 * The URL that opens the same store without background compaction, if it is an H2
	 * file of this process whose URL does not set it already.
	 * @param url the store's JDBC URL, or {@code null} for Spring Boot's embedded default
	 * @return the URL to open it with, or the given one unchanged
	 */
	static @Nullable String withoutBackgroundCompaction(@Nullable String url) {
		if (!StoreUrls.isInProcessFileStore(url) || names(url, SETTING)) {
			return url;
		}
		return url + ";" + SETTING + "=0";
	}

	// H2's settings follow the database after ';', in any case, spaces allowed.
	private static boolean names(String url, String setting) {
		return url.toUpperCase(Locale.ROOT).replace(" ", "").contains(";" + setting + "=");
	}

}
