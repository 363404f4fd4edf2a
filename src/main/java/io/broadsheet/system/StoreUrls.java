package io.broadsheet.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the store's JDBC URL says about where the database runs, in one place: the request
 * threads are sized by it ({@link TomcatConfiguration}) and only a store in a file that
 * only this process uses is repaired after an interrupted sync
 * ({@code corpus.CorpusRepair}).
 */
public final class StoreUrls {

	private StoreUrls() {
	}

	/**
	 * Whether a JDBC URL opens an H2 database inside this process: in memory or in a
	 * file, also with {@code AUTO_SERVER=TRUE} (the process that opens it first serves it
	 * from memory); not {@code tcp:} or {@code ssl:}, nor any other database.
	 * @param url the store's JDBC URL, or {@code null} for Spring Boot's embedded default
	 * @return whether requests have no database to wait for
	 */
	public static boolean isInProcess(@Nullable String url) {
		if (url == null) {
			return true;
		}
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
	}

	/**
	 * Whether a JDBC URL opens an H2 database in a file that only this process uses: one
	 * that outlives the process. Not with {@code AUTO_SERVER=TRUE}, where the process
	 * that opens it first serves it to others, which may be syncing into it: the lock
	 * that keeps syncs apart on H2 is this JVM's own ({@code corpus.CorpusSyncLock}).
	 * @param url the store's JDBC URL, or {@code null} for Spring Boot's embedded default
	 * (in memory)
	 * @return whether the store is an H2 file only this process opens
	 */
	public static boolean isInProcessFile(@Nullable String url) {
		return isInProcessFileStore(url) && !isSharedByAutoServer(url);
	}

	/**
	 * Whether a JDBC URL opens an H2 database that this process keeps in files, also one
	 * it serves to other processes ({@code AUTO_SERVER=TRUE}): its pages are held in this
	 * JVM's heap until H2 writes them to the file.
	 * @param url the store's JDBC URL, or {@code null} for Spring Boot's embedded default
	 * (in memory)
	 * @return whether the store is an H2 file opened in this process
	 */
	public static boolean isInProcessFileStore(@Nullable String url) {
		return url != null && isInProcess(url) && !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
	}

	/**
	 * Whether a JDBC URL opens H2 with {@code AUTO_SERVER=TRUE}: the process that opens
	 * the database first serves it to the others that open it, so several processes may
	 * use it at once (settings follow the database after {@code ;}, spaces allowed).
	 * @param url a JDBC URL
	 * @return whether other processes may use the store too
	 */
	public static boolean isSharedByAutoServer(String url) {
		return url.toLowerCase(Locale.ROOT).replace(" ", "").contains(";auto_server=true");
	}

}
