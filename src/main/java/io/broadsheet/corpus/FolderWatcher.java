package io.broadsheet.corpus;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices changes in a folder tree and runs a sync for each burst of them, one sync at a
 * time. Two ways of noticing, as tools such as Watchman and webpack's watcher do: the
 * file system's change events where the platform gives them (every folder of the tree is
 * registered, new ones as they appear), and a periodic rescan that asks whether the
 * folder still looks as it did at the last sync, for file systems that give no events
 * (network mounts) and for events lost to an overflow. Events are debounced: a sync
 * starts once they have paused for the debounce time, so that copying a thousand files
 * makes one sync, not a thousand.
 */
final class FolderWatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

	// A rescan lists and stats every file: about a second of CPU for 100,000 files. The
	// next one waits at least this many times as long as the last one took, so that
	// rescanning a large folder never takes more than a twentieth of a core, whatever the
	// configured interval.
	private static final int RESCAN_PAUSE_FACTOR = 20;

	private final Path root;

	private final boolean useEvents;

	private final Duration rescanInterval;

	private final Duration debounce;

	private final BooleanSupplier changedSinceLastSync;

	private final Runnable sync;

	// Rescans and the debounce timer: short tasks.
	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor((task) -> daemon(task, "corpus-watch"));

	// Syncs, one at a time, apart from the timer so that a long sync delays no rescan.
	private final ExecutorService syncs = Executors.newSingleThreadExecutor((task) -> daemon(task, "corpus-sync"));

	private final AtomicBoolean syncQueued = new AtomicBoolean();

	private final AtomicBoolean syncRunning = new AtomicBoolean();

	private final Map<WatchKey, Path> watchedFolders = new ConcurrentHashMap<>();

	private ScheduledFuture<?> pendingSync;

	private WatchService watchService;

	private Thread eventThread;

	private volatile boolean eventsActive;

	private volatile boolean rescanFailing;

	/**
	 * Watches a folder; nothing starts before {@code start}.
	 * @param root the folder, watched with every folder below it
	 * @param useEvents whether to ask the file system for change events
	 * @param rescanInterval how often to ask {@code changedSinceLastSync}
	 * @param debounce how long events must pause before a sync starts
	 * @param changedSinceLastSync whether the folder looks different from what the last
	 * sync saw
	 * @param sync the sync to run
	 */
	FolderWatcher(Path root, boolean useEvents, Duration rescanInterval, Duration debounce,
			BooleanSupplier changedSinceLastSync, Runnable sync) {
		this.root = root;
		this.useEvents = useEvents;
		this.rescanInterval = rescanInterval;
		this.debounce = debounce;
		this.changedSinceLastSync = changedSinceLastSync;
		this.sync = sync;
	}

	/** Starts watching. */
	void start() {
		if (this.useEvents) {
			try {
				this.watchService = this.root.getFileSystem().newWatchService();
				registerTree(this.root);
				this.eventThread = daemon(this::takeEvents, "corpus-watch-events");
				this.eventThread.start();
				this.eventsActive = true;
			}
			catch (IOException | UnsupportedOperationException ex) {
				log.info("No file system events for {} ({}); rescanning every {} instead", this.root, ex.toString(),
						this.rescanInterval);
				closeWatchService();
			}
		}
		scheduleRescan(this.rescanInterval.toMillis());
	}

	private void scheduleRescan(long delayMillis) {
		try {
			this.scheduler.schedule(() -> {
				long started = System.nanoTime();
				try {
					rescan();
				}
				finally {
					long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
					scheduleRescan(nextRescanDelay(this.rescanInterval, took));
				}
			}, delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// Closing.
		}
	}

	/**
	 * How long to wait before the next rescan: the configured interval, or longer when
	 * the last rescan was slow.
	 * @param interval the configured rescan interval
	 * @param lastRescanMillis how long the last rescan took
	 * @return the delay in milliseconds
	 */
	static long nextRescanDelay(Duration interval, long lastRescanMillis) {
		return Math.max(interval.toMillis(), lastRescanMillis * RESCAN_PAUSE_FACTOR);
	}

	/** Whether changes are noticed by events (besides the rescan). */
	boolean eventsActive() {
		return this.eventsActive;
	}

	/**
	 * Runs a sync once no further request has come for the debounce time. A request while
	 * a sync runs makes one more sync after it; many make one.
	 */
	synchronized void requestSync() {
		if (this.pendingSync != null) {
			this.pendingSync.cancel(false);
		}
		try {
			this.pendingSync = this.scheduler.schedule(this::queueSync, this.debounce.toMillis(),
					TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// Closing.
		}
	}

	private void queueSync() {
		if (!this.syncQueued.compareAndSet(false, true)) {
			return;
		}
		try {
			this.syncs.execute(() -> {
				this.syncQueued.set(false);
				this.syncRunning.set(true);
				try {
					this.sync.run();
				}
				catch (RuntimeException ex) {
					log.error("Sync of the changed corpus folder {} failed; the next rescan tries again", this.root,
							ex);
				}
				finally {
					this.syncRunning.set(false);
				}
			});
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			this.syncQueued.set(false);
		}
	}

	// While a sync is queued or running, the folder is bound to look different from the
	// last sync's look: asking then would only queue a sync with nothing to do.
	private void rescan() {
		if (this.syncQueued.get() || this.syncRunning.get()) {
			return;
		}
		try {
			boolean changed = this.changedSinceLastSync.getAsBoolean();
			if (this.rescanFailing) {
				log.info("The corpus folder {} can be read again", this.root);
				this.rescanFailing = false;
			}
			if (changed) {
				log.debug("Rescan of {} found changes", this.root);
				queueSync();
			}
		}
		catch (RuntimeException ex) {
			// Once while it lasts (an unmounted volume), not at every rescan.
			if (!this.rescanFailing) {
				log.warn("Could not rescan the corpus folder {}: {}; still serving the last sync", this.root,
						ex.toString());
				this.rescanFailing = true;
			}
		}
	}

	private void takeEvents() {
		while (true) {
			WatchKey key;
			try {
				key = this.watchService.take();
			}
			catch (InterruptedException | ClosedWatchServiceException ex) {
				return;
			}
			Path folder = this.watchedFolders.get(key);
			boolean relevant = false;
			for (WatchEvent<?> event : key.pollEvents()) {
				// Events were lost: only a sync can tell what changed.
				if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
					relevant = true;
					continue;
				}
				Path name = (Path) event.context();
				Path child = folder.resolve(name);
				if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
						&& Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) && !isHidden(name)) {
					// A folder moved in may hold files already: the sync finds them.
					registerTree(child);
					relevant = true;
				}
				else if (isCorpusFile(name)) {
					relevant = true;
				}
			}
			if (!key.reset()) {
				// The folder itself is gone, with whatever it held.
				this.watchedFolders.remove(key);
				relevant = true;
			}
			if (relevant) {
				requestSync();
			}
		}
	}

	private void registerTree(Path start) {
		try {
			Files.walkFileTree(start, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					if (!dir.equals(FolderWatcher.this.root) && isHidden(dir.getFileName())) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					register(dir);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			log.warn("Could not watch {}: {}; the rescan still finds its changes", start, ex.toString());
		}
	}

	private void register(Path dir) {
		try {
			WatchKey key = dir.register(this.watchService, StandardWatchEventKinds.ENTRY_CREATE,
					StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
			this.watchedFolders.put(key, dir);
		}
		catch (IOException | ClosedWatchServiceException ex) {
			// Unreadable, or gone already: the rescan covers it.
			log.debug("Could not watch {}: {}", dir, ex.toString());
		}
	}

	// The same files the scan reads: articles and their sidecars, hidden ones left out.
	private static boolean isCorpusFile(Path name) {
		String fileName = name.toString().toLowerCase(Locale.ROOT);
		return !isHidden(name)
				&& (fileName.endsWith(".txt") || fileName.endsWith(".yaml") || fileName.endsWith(".yml"));
	}

	private static boolean isHidden(Path name) {
		return name != null && name.toString().startsWith(".");
	}

	@Override
	public void close() throws InterruptedException {
		this.eventsActive = false;
		this.scheduler.shutdownNow();
		closeWatchService();
		if (this.eventThread != null) {
			this.eventThread.join(TimeUnit.SECONDS.toMillis(5));
		}
		// A sync cut short is safe (the next one finishes its work), but one that is
		// about to finish should be allowed to.
		this.syncs.shutdown();
		if (!this.syncs.awaitTermination(10, TimeUnit.SECONDS)) {
			this.syncs.shutdownNow();
		}
	}

	private void closeWatchService() {
		if (this.watchService != null) {
			try {
				this.watchService.close();
			}
			catch (IOException ex) {
				log.debug("Could not close the watch service", ex);
			}
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
