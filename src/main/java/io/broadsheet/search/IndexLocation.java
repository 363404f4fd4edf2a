package io.broadsheet.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import io.broadsheet.system.StoreUrls;

/**
 * The folder the index lives in, and whether it outlives the process.
 * <p>
 * The index is worth keeping exactly as long as the store it was built from: over a store
 * that persists, a restart with nothing changed then re-indexes nothing. So, unless
 * {@code broadsheet.search.index-path} names a folder, an H2 store in a file
 * ({@code jdbc:h2:file:./data/broadsheet}) keeps its index beside it
 * ({@code ./data/broadsheet.index}), and every other store gets a temporary folder,
 * deleted when the instance stops: an in-memory store is rebuilt at every start anyway,
 * and replicas of one PostgreSQL or of an H2 server share no disk the URL could name
 * (each would need a folder of its own; see the README).
 *
 * @param path the folder
 * @param temporary whether it was made for this process and is deleted when it stops
 */
record IndexLocation(Path path, boolean temporary) {

	/** Appended to the database's path to name the index folder beside it. */
	static final String BESIDE_STORE_SUFFIX = ".index";

	private static final String H2_PREFIX = "jdbc:h2:";

	/**
	 * Where the index of an instance with these settings lives.
	 * @param properties the search settings: an index path set there always wins
	 * @param datasourceUrl the store's JDBC URL, when one is configured
	 * @return the location; a temporary folder is created here
	 * @throws IOException when the temporary folder cannot be created
	 */
	static IndexLocation of(SearchProperties properties, @Nullable String datasourceUrl) throws IOException {
		if (properties.indexPath() != null) {
			return new IndexLocation(properties.indexPath(), false);
		}
		Path besideStore = besideFileStore(datasourceUrl);
		if (besideStore != null) {
			return new IndexLocation(besideStore, false);
		}
		return new IndexLocation(Files.createTempDirectory("broadsheet-index-"), true);
	}

	/**
	 * The index folder beside an H2 database kept in a file, or {@code null} for any
	 * other store. H2 names a file database {@code jdbc:h2:file:<path>} or, shorter,
	 * {@code jdbc:h2:<path>} with an explicit path ({@code ./}, {@code /}, {@code ~/});
	 * settings follow after {@code ;}. A store opened with {@code AUTO_SERVER=TRUE} may
	 * be shared by several processes, which must not share one index folder, so it gets
	 * none.
	 * @param datasourceUrl the JDBC URL
	 * @return the folder, or {@code null}
	 */
	static @Nullable Path besideFileStore(@Nullable String datasourceUrl) {
		if (datasourceUrl == null || !datasourceUrl.regionMatches(true, 0, H2_PREFIX, 0, H2_PREFIX.length())) {
			return null;
		}
		if (StoreUrls.isSharedByAutoServer(datasourceUrl)) {
			return null;
		}
		String database = datasourceUrl.substring(H2_PREFIX.length());
		int settings = database.indexOf(';');
		if (settings >= 0) {
			database = database.substring(0, settings);
		}
		if (database.regionMatches(true, 0, "file:", 0, 5)) {
			database = database.substring(5);
		}
		else if (!(database.startsWith("/") || database.startsWith(".") || database.startsWith("~"))) {
			// mem:, tcp:, ssl:, zip: and the other file systems: nothing beside a file
			// here.
			return null;
		}
		if (database.isBlank()) {
			return null;
		}
		if (database.equals("~") || database.startsWith("~/")) {
			database = System.getProperty("user.home") + database.substring(1);
		}
		return Path.of(database + BESIDE_STORE_SUFFIX).toAbsolutePath().normalize();
	}

}
