package io.broadsheet.corpus;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Syncs the corpus once at startup. Spring Boot reports the application ready (and
 * readiness {@code UP}) only after every runner has returned, so no traffic is accepted
 * before the articles are in. Replicas sharing one database take turns through
 * {@link CorpusSyncLock}: one syncs while the others wait, not ready, and then find
 * nothing left to do.
 */
@Component
class CorpusLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

	private final CorpusSync sync;

	private final CorpusSyncLock lock;

	private final CorpusSource source;

	private final CorpusVersionRepository versions;

	private final CorpusRevision revision;

	private final Clock clock;

	private final CorpusMetrics metrics;

	private final AtomicReference<CorpusReport> lastReport = new AtomicReference<>();

	CorpusLoader(CorpusSync sync, CorpusSyncLock lock, CorpusSource source, CorpusVersionRepository versions,
			CorpusRevision revision, Clock clock, CorpusMetrics metrics) {
		this.sync = sync;
		this.lock = lock;
		this.source = source;
		this.versions = versions;
		this.revision = revision;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		CorpusReport running = CorpusReport.running(this.source.location(), this.clock.instant());
		this.lastReport.set(running);
		try {
			// A persistent store that a previous sync completed serves what it holds
			// while
			// this one runs (or waits for another replica's); an empty store serves
			// nothing
			// (503) until this sync has finished.
			serveStoredVersion();
			CorpusReport report = this.lock.callExclusively(this.sync::sync);
			this.lastReport.set(report);
			serveStoredVersion();
			this.metrics.completed(report);
		}
		catch (Exception ex) {
			CorpusReport failed = running.failed(this.clock.instant());
			this.lastReport.set(failed);
			this.metrics.failed(Duration.ofMillis(failed.durationMillis()));
			log.error("Sync of corpus {} failed", this.source.location(), ex);
			throw ex;
		}
	}

	// The stored version, not one computed here: every replica then sends the same
	// validators, and Last-Modified survives restarts that change nothing.
	private void serveStoredVersion() {
		this.versions.findById(CorpusVersion.SINGLETON_ID)
			.ifPresent((version) -> this.revision.update(version.getVersion(), version.getSyncedAt()));
	}

	/** The report of the last sync, or of the one under way. */
	CorpusReport lastReport() {
		return this.lastReport.get();
	}

}
