package io.broadsheet.export;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.broadsheet.system.CorpusChanged;

/**
 * When the corpus this instance serves last changed: the {@code updated} of every feed,
 * the same instant as the {@code Last-Modified} of every answer.
 */
@Component
class CorpusTime {

	private volatile Instant lastChanged;

	@EventListener
	void on(CorpusChanged changed) {
		this.lastChanged = changed.changedAt();
	}

	/** The time, or {@code null} before the first sync has finished. */
	Instant lastChanged() {
		return this.lastChanged;
	}

}
