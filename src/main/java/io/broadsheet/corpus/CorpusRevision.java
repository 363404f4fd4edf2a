package io.broadsheet.corpus;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The version of the corpus this instance serves, kept in memory after each sync so that
 * answering a conditional request never touches the database.
 */
@Component
class CorpusRevision {

	private volatile Snapshot current;

	/** The current version, or {@code null} before the first sync has finished. */
	Snapshot current() {
		return this.current;
	}

	void update(String version, Instant syncedAt) {
		this.current = new Snapshot(version, syncedAt);
	}

	/**
	 * One version of the corpus.
	 *
	 * @param version a hash over every article's id and content
	 * @param syncedAt when the sync that produced it finished
	 */
	record Snapshot(String version, Instant syncedAt) {

		/** A weak validator: gzip may change the bytes, never the meaning. */
		String etag() {
			return "W/\"" + this.version + "\"";
		}

	}

}
