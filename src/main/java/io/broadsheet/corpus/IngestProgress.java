package io.broadsheet.corpus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells an operator how far a long sync has got, so that a 100,000-file ingest does not
 * look like a hang: files done of the total, megabytes per second, time elapsed and an
 * estimate of the time left. It logs at most once per interval (time-based, whatever the
 * number of files), and never for a sync that finishes within the first interval.
 * <p>
 * Not thread-safe: one thread at a time calls {@link #advance}, the one that writes the
 * sync's batches.
 */
final class IngestProgress {

	/** How often, at most, a sync logs its progress. */
	static final Duration INTERVAL = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

	private static final double MEGABYTE = 1024 * 1024;

	private final String location;

	private final int totalFiles;

	private final long totalBytes;

	private final Clock clock;

	private final Duration interval;

	private final Instant startedAt;

	private Instant lastLogged;

	private long bytesWhenLastLogged;

	private int files;

	private long bytes;

	IngestProgress(String location, int totalFiles, long totalBytes, Clock clock, Instant startedAt) {
		this(location, totalFiles, totalBytes, clock, startedAt, INTERVAL);
	}

	IngestProgress(String location, int totalFiles, long totalBytes, Clock clock, Instant startedAt,
			Duration interval) {
		this.location = location;
		this.totalFiles = totalFiles;
		this.totalBytes = totalBytes;
		this.clock = clock;
		this.startedAt = startedAt;
		this.lastLogged = startedAt;
		this.interval = interval;
	}

	/** Logs what the sync is about to read. */
	void start() {
		log.info(String.format(Locale.ROOT, "Corpus %s: syncing %,d files (%s)", this.location, this.totalFiles,
				size(this.totalBytes)));
	}

	/**
	 * Records files read and parsed (or skipped), and logs a progress line when the last
	 * one is at least an interval old and files remain.
	 * @param files files done since the last call
	 * @param bytes their size in bytes
	 * @return the line logged, or {@code null}
	 */
	String advance(int files, long bytes) {
		this.files += files;
		this.bytes += bytes;
		Instant now = this.clock.instant();
		if (this.files >= this.totalFiles || Duration.between(this.lastLogged, now).compareTo(this.interval) < 0) {
			return null;
		}
		String line = describe(now);
		this.lastLogged = now;
		this.bytesWhenLastLogged = this.bytes;
		log.info(line);
		return line;
	}

	/**
	 * A line such as {@code Corpus /data: 2,500 of 10,000 files (25%), 12.5 of 50.0 MB at
	 * 4.2 MB/s, 3s elapsed, about 9s left}. The rate and the time left are those since
	 * the last line, so that a slow start (a cold JIT, a cold disk cache) is soon
	 * forgotten.
	 */
	String describe(Instant now) {
		Duration elapsed = Duration.between(this.startedAt, now);
		double windowSeconds = Math.max(Duration.between(this.lastLogged, now).toMillis(), 1) / 1000.0;
		double bytesPerSecond = (this.bytes - this.bytesWhenLastLogged) / windowSeconds;
		String left = (bytesPerSecond > 0) ? "about "
				+ format(Duration.ofMillis((long) ((this.totalBytes - this.bytes) / bytesPerSecond * 1000))) + " left"
				: "time left unknown";
		return String.format(Locale.ROOT, "Corpus %s: %,d of %,d files (%d%%), %s, %s elapsed, %s", this.location,
				this.files, this.totalFiles, (int) (100L * this.files / Math.max(this.totalFiles, 1)),
				String.format(Locale.ROOT, "%.1f of %.1f MB at %.1f MB/s", this.bytes / MEGABYTE,
						this.totalBytes / MEGABYTE, bytesPerSecond / MEGABYTE),
				format(elapsed), left);
	}

	/** For the summary: {@code 51.0 MB at 1.3 MB/s}, the average over the whole sync. */
	String throughput(Instant now) {
		double seconds = Math.max(Duration.between(this.startedAt, now).toMillis(), 1) / 1000.0;
		return size(this.bytes) + " at " + size((long) (this.bytes / seconds)) + "/s";
	}

	// 41 KB, 51.0 MB
	static String size(long bytes) {
		if (bytes < MEGABYTE) {
			return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / MEGABYTE);
	}

	// 2.6s, 45s, 3m 05s, 1h 02m
	static String format(Duration duration) {
		long millis = Math.max(0, duration.toMillis());
		if (millis < 9_950) {
			return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
		}
		long seconds = (millis + 500) / 1000;
		if (seconds < 60) {
			return seconds + "s";
		}
		if (seconds < 3600) {
			return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
		}
		return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, (seconds % 3600) / 60);
	}

}
