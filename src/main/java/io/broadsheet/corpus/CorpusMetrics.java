package io.broadsheet.corpus;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters for the corpus sync, scraped at {@code /actuator/prometheus} when
 * that is enabled:
 * <ul>
 * <li>{@code broadsheet.corpus.files} (counter): article files handled by syncs, tagged
 * {@code outcome} = {@code added}, {@code updated}, {@code unchanged} (together: the
 * ingested ones), {@code skipped} or {@code removed};</li>
 * <li>{@code broadsheet.corpus.sync} (timer): how long syncs took, tagged {@code state} =
 * {@code completed} or {@code failed};</li>
 * <li>{@code broadsheet.corpus.articles} (gauge): articles served after the last
 * sync.</li>
 * </ul>
 */
@Component
class CorpusMetrics {

	private final MeterRegistry registry;

	private final AtomicInteger articles = new AtomicInteger();

	CorpusMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("broadsheet.corpus.articles", this.articles, AtomicInteger::get)
			.description("Articles served after the last corpus sync")
			.register(registry);
	}

	/** Records a sync that ran to its end. */
	void completed(CorpusReport report) {
		files("added", report.added());
		files("updated", report.updated());
		files("unchanged", report.unchanged());
		files("skipped", report.skipped().size());
		files("removed", report.removed());
		this.articles.set(report.ingested());
		sync("completed", Duration.ofMillis(report.durationMillis()));
	}

	/** Records a sync that stopped with an error. */
	void failed(Duration duration) {
		sync("failed", duration);
	}

	private void files(String outcome, int count) {
		Counter.builder("broadsheet.corpus.files")
			.description("Article files handled by corpus syncs, by outcome")
			.baseUnit("files")
			.tag("outcome", outcome)
			.register(this.registry)
			.increment(count);
	}

	private void sync(String state, Duration duration) {
		Timer.builder("broadsheet.corpus.sync")
			.description("Duration of corpus syncs")
			.tag("state", state)
			.register(this.registry)
			.record(duration);
	}

}
