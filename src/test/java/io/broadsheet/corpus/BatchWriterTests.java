package io.broadsheet.corpus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BatchWriterTests {

	@Test
	void writesBatchesInOrderOneAtATime() {
		List<Integer> written = new CopyOnWriteArrayList<>();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		try (BatchWriter writer = new BatchWriter()) {
			for (int i = 0; i < 20; i++) {
				int batch = i;
				writer.submit(() -> {
					mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
					sleep(2);
					written.add(batch);
					running.decrementAndGet();
				});
			}
			writer.awaitWritten();
			assertThat(written).hasSize(20).isSorted();
		}
		assertThat(mostAtOnce).hasValue(1);
	}

	@Test
	void returnsFromTheHandOverWhileTheWriteRuns() {
		// The write waits for the sync thread: a hand-over that waited for the write
		// would hang here for ten seconds and fail.
		CountDownLatch parsed = new CountDownLatch(1);
		AtomicBoolean written = new AtomicBoolean();
		try (BatchWriter writer = new BatchWriter()) {
			writer.submit(() -> written.set(await(parsed)));
			parsed.countDown();
			writer.awaitWritten();
		}
		assertThat(written).isTrue();
	}

	@Test
	void aFailedWriteFailsTheNextHandOverAndNothingIsWrittenAfterIt() {
		AtomicBoolean laterWritten = new AtomicBoolean();
		try (BatchWriter writer = new BatchWriter()) {
			writer.submit(() -> {
				throw new IllegalStateException("disk full");
			});
			assertThatIllegalStateException().isThrownBy(() -> writer.submit(() -> laterWritten.set(true)))
				.withMessage("disk full");
		}
		assertThat(laterWritten).isFalse();
	}

	@Test
	void closeWaitsForTheWriteUnderWay() {
		AtomicBoolean finished = new AtomicBoolean();
		try (BatchWriter writer = new BatchWriter()) {
			writer.submit(() -> {
				sleep(200);
				finished.set(true);
			});
		}
		assertThat(finished).isTrue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
