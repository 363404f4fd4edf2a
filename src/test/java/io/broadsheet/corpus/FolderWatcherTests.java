package io.broadsheet.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher on a real folder, with a sync that only remembers what it saw: events and
 * rescans each lead to a sync, a burst leads to one, and folders made after the start are
 * watched too.
 */
class FolderWatcherTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path folder;

	private final AtomicInteger syncs = new AtomicInteger();

	private final AtomicReference<String> lastSyncedLook = new AtomicReference<>();

	private FolderWatcher watcher;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.watcher != null) {
			this.watcher.close();
		}
	}

	@Test
	void rescansFindAChangeWithoutEvents() throws Exception {
		start(false, Duration.ofMillis(200), Duration.ofMillis(50));
		Files.writeString(this.folder.resolve("new.txt"), "text");
		awaitSyncs(1);
		assertThat(this.watcher.eventsActive()).isFalse();
		// Nothing changed since: no further sync.
		Thread.sleep(600);
		assertThat(this.syncs).hasValue(1);
	}

	@Test
	void aBurstOfChangesMakesOneSync() throws Exception {
		start(true, Duration.ofHours(1), Duration.ofMillis(400));
		assertThat(this.watcher.eventsActive()).isTrue();
		for (int i = 0; i < 50; i++) {
			Files.writeString(this.folder.resolve("file-" + i + ".txt"), "text " + i);
		}
		awaitSyncs(1);
		Thread.sleep(1000);
		assertThat(this.syncs).hasValue(1);
	}

	@Test
	void watchesFoldersMadeAfterTheStart() throws Exception {
		start(true, Duration.ofHours(1), Duration.ofMillis(50));
		Path section = Files.createDirectories(this.folder.resolve("section/deeper"));
		awaitSyncs(1);
		Files.writeString(section.resolve("story.txt"), "text");
		awaitSyncs(2);
	}

	@Test
	void ignoresFilesThatAreNotPartOfTheCorpus() throws Exception {
		start(true, Duration.ofHours(1), Duration.ofMillis(50));
		Files.writeString(this.folder.resolve(".story.txt.swp"), "editor state");
		Files.writeString(this.folder.resolve("notes.md"), "notes");
		Thread.sleep(800);
		assertThat(this.syncs).hasValue(0);
		Files.writeString(this.folder.resolve("story.yaml"), "title: A sidecar");
		awaitSyncs(1);
	}

	@Test
	void aSlowRescanWaitsLongerBeforeTheNextSoListingNeverHogsACore() throws Exception {
		AtomicInteger rescans = new AtomicInteger();
		this.watcher = new FolderWatcher(this.folder, false, Duration.ofMillis(20), Duration.ofMillis(10), () -> {
			rescans.incrementAndGet();
			sleep(100);
			return false;
		}, this.syncs::incrementAndGet);
		this.watcher.start();
		Thread.sleep(3000);
		// Every 20 ms plus 100 ms each would be 25 rescans; a pause of 20 times the 100
		// ms a rescan takes allows 2.
		assertThat(rescans).hasValueBetween(1, 3);
		assertThat(FolderWatcher.nextRescanDelay(Duration.ofSeconds(10), 50)).isEqualTo(10_000);
		assertThat(FolderWatcher.nextRescanDelay(Duration.ofSeconds(10), 1_500)).isEqualTo(30_000);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void start(boolean events, Duration rescanInterval, Duration debounce) {
		this.lastSyncedLook.set(look());
		this.watcher = new FolderWatcher(this.folder, events, rescanInterval, debounce,
				() -> !look().equals(this.lastSyncedLook.get()), () -> {
					this.lastSyncedLook.set(look());
					this.syncs.incrementAndGet();
				});
		this.watcher.start();
	}

	// What the service compares too: every file's path, size and time.
	private String look() {
		try (Stream<Path> files = Files.walk(this.folder)) {
			return files.map((file) -> {
				try {
					return file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).sorted().collect(Collectors.joining("\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitSyncs(int count) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (this.syncs.get() < count && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.syncs).as("syncs within %s", WAIT).hasValueGreaterThanOrEqualTo(count);
	}

}
