package io.broadsheet.corpus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Syncs the corpus at startup, and again whenever {@link LiveCorpus} sees it change.
 * Spring Boot reports the application ready (and readiness {@code UP}) only after every
 * runner has returned, so no traffic is accepted before the articles are in. Replicas
 * sharing one database take turns through {@link CorpusSyncLock}: one syncs while the
 * others wait, not ready, and then find nothing left to do.
 */
@Component
class CorpusLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

	private final CorpusSync sync;

	private final CorpusSyncLock lock;

	private final CorpusRepair repair;

	private final CorpusLocation corpus;

	private final CorpusRevision revision;

	private final Clock clock;

	private final CorpusMetrics metrics;

	private final AtomicReference<CorpusReport> lastReport = new AtomicReference<>();

	private volatile String lastLookDigest;

	CorpusLoader(CorpusSync sync, CorpusSyncLock lock, CorpusRepair repair, CorpusLocation corpus,
			CorpusRevision revision, Clock clock, CorpusMetrics metrics) {
		this.sync = sync;
		this.lock = lock;
		this.repair = repair;
		this.corpus = corpus;
		this.revision = revision;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		CorpusReport running = CorpusReport.running(this.corpus.location(), this.clock.instant());
		this.lastReport.set(running);
		try {
			// A persistent store that a previous sync completed serves what it holds
			// while this one runs (or waits for another replica's); an empty store serves
			// nothing (503) until this sync has finished. So does a store repaired
			// after a sync that did not finish: it lacks that sync's articles until this
			// one has stored them again, and what was served meanwhile would be kept
			// under the version this sync may well record again.
			boolean repaired = this.lock.callExclusively(this.repair::repairIfUnfinished);
			if (!repaired) {
				this.revision.refresh();
			}
			CorpusSync.Outcome outcome = this.lock.callExclusively(() -> this.sync.sync(null));
			completed(outcome, CorpusReport.STARTUP);
		}
		catch (Exception ex) {
			CorpusReport failed = running.failed(this.clock.instant());
			this.lastReport.set(failed);
			this.metrics.failed(Duration.ofMillis(failed.durationMillis()));
			log.error("Sync of corpus {} failed", this.corpus.location(), ex);
			throw ex;
		}
	}

	/**
	 * Syncs the folder again while serving, leaving out the files still being written.
	 * The report of the previous sync stays in place until this one completes.
	 * @param earlierLook the fingerprints of a look taken a moment before
	 * @return what the sync did
	 * @throws Exception when the folder cannot be listed or the store written; the
	 * articles served stay as they were
	 */
	CorpusSync.Outcome resync(Map<String, String> earlierLook) throws Exception {
		Instant startedAt = this.clock.instant();
		try {
			CorpusSync.Outcome outcome = this.lock.callExclusively(() -> this.sync.sync(earlierLook));
			completed(outcome, CorpusReport.CHANGE);
			return outcome;
		}
		catch (Exception ex) {
			this.metrics.failed(Duration.between(startedAt, this.clock.instant()));
			throw ex;
		}
	}

	private void completed(CorpusSync.Outcome outcome, String trigger) {
		CorpusReport report = outcome.report().triggeredBy(trigger);
		this.lastReport.set(report);
		this.lastLookDigest = outcome.lookDigest();
		this.revision.refresh();
		this.metrics.completed(report);
	}

	/**
	 * {@link CorpusScan#digest()} of the look the last completed sync took, or
	 * {@code null} before the first.
	 */
	String lastLookDigest() {
		return this.lastLookDigest;
	}

	/** The report of the last sync, or of the one under way. */
	CorpusReport lastReport() {
		return this.lastReport.get();
	}

}
