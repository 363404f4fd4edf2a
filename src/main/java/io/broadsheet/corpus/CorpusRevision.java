package io.broadsheet.corpus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.broadsheet.system.CorpusChanged;
import io.broadsheet.system.ServedCorpus;

/**
 * Moves this instance to a new version of the corpus: announces it with
 * {@link CorpusChanged}, so that every module drops what it derived from the previous
 * one, and then serves it ({@link ServedCorpus}: {@code ETag}, {@code Last-Modified},
 * cache keys). The version is the one stored in the database, not one computed here:
 * every replica then sends the same validators, and {@code Last-Modified} survives
 * restarts that change nothing.
 */
@Component
class CorpusRevision {

	private final ApplicationEventPublisher events;

	private final ServedCorpus served;

	private final JdbcClient jdbc;

	CorpusRevision(ApplicationEventPublisher events, ServedCorpus served, JdbcClient jdbc) {
		this.events = events;
		this.served = served;
		this.jdbc = jdbc;
	}

	/** The version served now, or {@code null} before the first sync has finished. */
	CorpusChanged current() {
		return this.served.current();
	}

	/**
	 * Serves the version stored in the database if it is not the one served already:
	 * after a sync here, or when another replica's sync has committed one. A plain JDBC
	 * read of one row, cheap enough to repeat every few seconds.
	 * @return whether the served version changed
	 */
	synchronized boolean refresh() {
		Optional<CorpusChanged> stored = this.jdbc.sql("select version, synced_at from corpus_version where id = :id")
			.param("id", CorpusVersion.SINGLETON_ID)
			.query((row, number) -> new CorpusChanged(row.getString("version"),
					row.getObject("synced_at", OffsetDateTime.class).toInstant()))
			.optional();
		if (stored.isEmpty()) {
			return false;
		}
		CorpusChanged current = this.served.current();
		if (current != null && current.version().equals(stored.get().version())) {
			return false;
		}
		update(stored.get().version(), stored.get().changedAt());
		return true;
	}

	/**
	 * Serves the given version from now on. The listeners run first, so that no answer
	 * carries the new validators while a module still holds what it derived from the old
	 * version.
	 * @param version the version
	 * @param syncedAt when the sync that produced it finished
	 */
	synchronized void update(String version, Instant syncedAt) {
		CorpusChanged changed = new CorpusChanged(version, syncedAt);
		this.events.publishEvent(changed);
		this.served.serve(changed);
	}

}
