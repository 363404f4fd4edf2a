package io.broadsheet.system;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The version of the corpus this instance serves, kept in memory so that answering a
 * conditional request or looking up a cached answer never touches the database. The
 * {@code corpus} module sets it once the listeners of a {@link CorpusChanged} have run;
 * every other module reads it.
 */
@Component
public class ServedCorpus {

	private volatile CorpusChanged current;

	private final AtomicLong generation = new AtomicLong();

	/** The version served now, or {@code null} before the first sync has finished. */
	public CorpusChanged current() {
		return this.current;
	}

	/**
	 * How many times this instance has moved to a version, which never repeats, unlike a
	 * version: a folder changed and changed back has its old version again.
	 */
	public long generation() {
		return this.generation.get();
	}

	/**
	 * Serves the given version from now on.
	 * @param changed the version and when the sync that produced it finished
	 */
	public void serve(CorpusChanged changed) {
		// The generation first: a request that already carries the new version's ETag
		// must not find an answer cached under the previous generation.
		this.generation.incrementAndGet();
		this.current = changed;
	}

}
