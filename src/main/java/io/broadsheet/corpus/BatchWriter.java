package io.broadsheet.corpus;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Stores the sync's batches on a thread of its own, one at a time and in the order they
 * are handed over, so that the sync reads and parses the next batch while the database
 * writes the last one. Writing is single-threaded (one transaction per batch), so without
 * this every other core idles while a batch is written.
 * <p>
 * At most one batch is written while the next is parsed: memory stays bounded to two
 * batches, and a failed write stops the sync at the next hand-over, as it did when the
 * sync wrote batches itself. {@link #close()} waits for the last write, so that nothing
 * is written after the sync (and its lock) is over.
 */
final class BatchWriter implements AutoCloseable {

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "corpus-store");
		thread.setDaemon(true);
		return thread;
	});

	private Future<?> writing = CompletableFuture.completedFuture(null);

	/**
	 * Waits for the previous batch to be written, then starts writing this one.
	 * @param write writes one batch
	 * @throws RuntimeException what the previous write threw
	 */
	void submit(Runnable write) {
		awaitWritten();
		this.writing = this.executor.submit(write);
	}

	/**
	 * Waits until the last batch handed over is written.
	 * @throws RuntimeException what that write threw
	 */
	void awaitWritten() {
		try {
			this.writing.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a batch to be stored", ex);
		}
	}

	/** Waits for the write under way, if any, and stops the thread. */
	@Override
	public void close() {
		this.executor.shutdown();
		boolean interrupted = false;
		while (!this.executor.isTerminated()) {
			try {
				this.executor.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
