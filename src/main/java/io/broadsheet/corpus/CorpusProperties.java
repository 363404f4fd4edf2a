package io.broadsheet.corpus;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the article files are, how to read them, and how changes to them are noticed.
 *
 * @param path the corpus: a folder on disk, read recursively for {@code *.txt} files, or
 * a {@code classpath:} location. Defaults to the five bundled articles.
 * @param maxFileSize files larger than this are skipped, with the reason reported
 * @param batchSize articles written per transaction during a sync. On an H2 file store
 * each batch is then written out to the file ({@link StoreSaves}): the store's pages a
 * batch changed are held in the heap until then, so a smaller batch makes smaller saves
 * and buffers for them (HISTORY.md, ingest26)
 * @param trustFileTimes whether a sync takes a file whose size and modification time (and
 * its sidecar's) have not changed since it was last read as unchanged without reading it;
 * {@code false} reads and hashes every file on every sync
 * @param watch how changes to the folder are picked up while serving
 */
@ConfigurationProperties("broadsheet.corpus")
public record CorpusProperties(@DefaultValue("classpath:corpus") String path, @DefaultValue("5MB") DataSize maxFileSize,
		@DefaultValue("100") int batchSize, @DefaultValue("true") boolean trustFileTimes, @DefaultValue Watch watch) {

	public CorpusProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("broadsheet.corpus.batch-size must be at least 1");
		}
	}

	/**
	 * Live reload: new, changed and removed files are synced while the service runs. A
	 * {@code classpath:} corpus is never watched.
	 *
	 * @param enabled whether the folder is watched at all; {@code false} reads it only at
	 * startup
	 * @param events whether to use the file system's change events where the platform
	 * gives them (inotify on Linux); the periodic rescan runs either way
	 * @param rescanInterval how often the folder is listed to find changes that gave no
	 * event (network file systems, a lost event); the longest a change waits without
	 * events
	 * @param debounce how long a burst of changes must pause before it is synced, so that
	 * copying many files makes one sync
	 * @param settleTime the time between two looks at a file: one whose size or
	 * modification time changed in between is still being written and waits for the next
	 * sync
	 * @param versionCheckInterval how often this instance asks the database whether
	 * another replica synced a new version of the corpus; zero turns it off
	 */
	public record Watch(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean events,
			@DefaultValue("10s") Duration rescanInterval, @DefaultValue("500ms") Duration debounce,
			@DefaultValue("1s") Duration settleTime, @DefaultValue("2s") Duration versionCheckInterval) {

		public Watch {
			if (rescanInterval.isNegative() || rescanInterval.isZero()) {
				throw new IllegalArgumentException("broadsheet.corpus.watch.rescan-interval must be positive");
			}
			if (debounce.isNegative() || settleTime.isNegative() || versionCheckInterval.isNegative()) {
				throw new IllegalArgumentException("broadsheet.corpus.watch durations must not be negative");
			}
		}

	}

}
