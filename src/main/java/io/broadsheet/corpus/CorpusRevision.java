package io.broadsheet.corpus;

import java.time.Instant;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.broadsheet.system.CorpusChanged;

/**
 * The version of the corpus this instance serves, kept in memory after each sync so that
 * answering a conditional request never touches the database. Every answer is derived
 * from the corpus, so a new revision also empties the application's caches.
 */
@Component
class CorpusRevision {

	private final CacheManager caches;

	private final ApplicationEventPublisher events;

	private volatile Snapshot current;

	CorpusRevision(CacheManager caches, ApplicationEventPublisher events) {
		this.caches = caches;
		this.events = events;
	}

	/** The current version, or {@code null} before the first sync has finished. */
	Snapshot current() {
		return this.current;
	}

	/**
	 * Serves the given version from now on, and forgets every cached answer: they were
	 * computed from the store before the sync that produced it.
	 * @param version the version
	 * @param syncedAt when the sync that produced it finished
	 */
	void update(String version, Instant syncedAt) {
		this.events.publishEvent(new CorpusChanged(version, syncedAt));
		this.current = new Snapshot(version, syncedAt);
		for (String name : this.caches.getCacheNames()) {
			Cache cache = this.caches.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		}
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
