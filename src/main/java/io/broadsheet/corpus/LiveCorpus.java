package io.broadsheet.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.broadsheet.system.CorpusChanged;

/**
 * Keeps the served corpus current without a restart. Once the startup sync is done, it
 * watches the corpus folder ({@link FolderWatcher}) and syncs each burst of changes,
 * leaving files still being written for a later sync; and it asks the database every few
 * seconds whether another replica has synced a new version, so that this one serves it
 * (and empties its caches) too. Readiness is untouched: the articles already served stay
 * served while a later sync runs.
 */
@Component
class LiveCorpus implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LiveCorpus.class);

	private final CorpusLocation corpus;

	private final CorpusProperties.Watch properties;

	private final CorpusLoader loader;

	private final CorpusRevision revision;

	private volatile FolderWatcher watcher;

	private volatile String notWatchedReason = "not started yet";

	private ScheduledExecutorService versionChecks;

	private volatile boolean versionCheckFailing;

	LiveCorpus(CorpusLocation corpus, CorpusProperties properties, CorpusLoader loader, CorpusRevision revision) {
		this.corpus = corpus;
		this.properties = properties.watch();
		this.loader = loader;
		this.revision = revision;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		long checkInterval = this.properties.versionCheckInterval().toMillis();
		if (checkInterval > 0 && this.versionChecks == null) {
			this.versionChecks = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "corpus-version-check");
				thread.setDaemon(true);
				return thread;
			});
			this.versionChecks.scheduleWithFixedDelay(this::checkVersion, checkInterval, checkInterval,
					TimeUnit.MILLISECONDS);
		}
		if (this.watcher != null) {
			return;
		}
		if (!this.properties.enabled()) {
			this.notWatchedReason = "watching is turned off (broadsheet.corpus.watch.enabled=false)";
		}
		else if (!(this.corpus instanceof FolderCorpusLocation folder)) {
			this.notWatchedReason = "a classpath: corpus is not watched; it cannot change while the service runs";
		}
		else {
			FolderWatcher started = new FolderWatcher(folder.root(), this.properties.events(),
					this.properties.rescanInterval(), this.properties.debounce(), this::changedSinceLastSync,
					this::syncChanges);
			started.start();
			this.watcher = started;
			this.notWatchedReason = null;
			log.info("Watching corpus {} for changes ({}, rescan every {})", this.corpus.location(),
					started.eventsActive() ? "file system events" : "polling", this.properties.rescanInterval());
		}
	}

	/** How the corpus is watched, for {@code GET /corpus}. */
	CorpusWatch status() {
		FolderWatcher current = this.watcher;
		String mode = (current != null) ? (current.eventsActive() ? "events" : "polling") : "off";
		CorpusChanged served = this.revision.current();
		return new CorpusWatch(mode, this.notWatchedReason, this.properties.rescanInterval().toMillis(),
				this.properties.debounce().toMillis(), this.properties.settleTime().toMillis(),
				this.properties.versionCheckInterval().toMillis(), (served != null) ? served.version() : null,
				(served != null) ? served.changedAt() : null);
	}

	private boolean changedSinceLastSync() {
		String last = this.loader.lastLookDigest();
		try {
			return last == null || !last.equals(this.corpus.scan().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// Two looks a settle time apart: a file whose size or time changed in between is
	// still being written, and is left for the next sync.
	private void syncChanges() {
		try {
			Map<String, String> firstLook = this.corpus.scan().fingerprints();
			Thread.sleep(this.properties.settleTime().toMillis());
			CorpusSync.Outcome outcome = this.loader.resync(firstLook);
			if (outcome.unsettled() > 0) {
				log.info("{} files are still being written; syncing them once they settle", outcome.unsettled());
				FolderWatcher current = this.watcher;
				if (current != null) {
					current.requestSync();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Sync of corpus " + this.corpus.location() + " failed", ex);
		}
	}

	private void checkVersion() {
		try {
			if (this.revision.refresh()) {
				log.info("Serving corpus version {}, found in the store", this.revision.current().version());
			}
			if (this.versionCheckFailing) {
				log.info("Checking the corpus version works again");
				this.versionCheckFailing = false;
			}
		}
		catch (RuntimeException ex) {
			// Once per outage, not every few seconds.
			if (!this.versionCheckFailing) {
				log.warn("Could not check the stored corpus version: {}", ex.toString());
				this.versionCheckFailing = true;
			}
		}
	}

	@Override
	public synchronized void destroy() throws InterruptedException {
		if (this.versionChecks != null) {
			this.versionChecks.shutdownNow();
		}
		if (this.watcher != null) {
			this.watcher.close();
		}
	}

}
