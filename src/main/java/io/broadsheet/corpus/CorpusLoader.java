package io.broadsheet.corpus;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Syncs the corpus once at startup. Spring Boot reports the application ready (and
 * readiness {@code UP}) only after every runner has returned, so no traffic is accepted
 * before the articles are in.
 */
@Component
class CorpusLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

	private final CorpusSync sync;

	private final CorpusSource source;

	private final CorpusVersionRepository versions;

	private final CorpusRevision revision;

	private final Clock clock;

	private final AtomicReference<CorpusReport> lastReport = new AtomicReference<>();

	CorpusLoader(CorpusSync sync, CorpusSource source, CorpusVersionRepository versions, CorpusRevision revision,
			Clock clock) {
		this.sync = sync;
		this.source = source;
		this.versions = versions;
		this.revision = revision;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		CorpusReport running = CorpusReport.running(this.source.location(), this.clock.instant());
		this.lastReport.set(running);
		try {
			this.lastReport.set(this.sync.sync());
			// The stored version, not one computed here: every replica then sends the
			// same
			// validators, and Last-Modified survives restarts that change nothing.
			this.versions.findById(CorpusVersion.SINGLETON_ID)
				.ifPresent((version) -> this.revision.update(version.getVersion(), version.getSyncedAt()));
		}
		catch (Exception ex) {
			this.lastReport.set(running.failed(this.clock.instant()));
			log.error("Sync of corpus {} failed", this.source.location(), ex);
			throw ex;
		}
	}

	/** The report of the last sync, or of the one under way. */
	CorpusReport lastReport() {
		return this.lastReport.get();
	}

}
