package io.broadsheet.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A hang guard for the extractor's tests: runs a task on a thread of its own and fails
 * when that thread has used more CPU time than a bound.
 * <p>
 * CPU time and not wall-clock time, because a wall-clock guard judges the machine: with
 * eight builds on two cores an input that needs two seconds of CPU can wait thirty
 * seconds for them, and the guard failed for no fault of the code. The thread's own CPU
 * time counts only the work the input causes, so the bound can sit far above what any
 * input needs and still catch a loop that never ends. A task that waits without working
 * (a deadlock, a blocked read) uses no CPU, so a much larger wall-clock backstop ends
 * that too. The task runs on its own daemon thread so that a hang fails the test instead
 * of wedging the suite; like JUnit's {@code assertTimeoutPreemptively} the guard can only
 * interrupt that thread, not stop it.
 */
final class HangGuard {

	/** Far above any hostile input's need: the slowest takes a few seconds of CPU. */
	static final Duration CPU_BOUND = Duration.ofSeconds(30);

	/** Ends a task that waits without using CPU; long enough for any load. */
	static final Duration WALL_BACKSTOP = Duration.ofMinutes(10);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final long POLL_MILLIS = 20;

	private HangGuard() {
	}

	static <T> T run(Callable<T> task) {
		return run(CPU_BOUND, WALL_BACKSTOP, task);
	}

	static <T> T run(Duration cpuBound, Callable<T> task) {
		return run(cpuBound, WALL_BACKSTOP, task);
	}

	static <T> T run(Duration cpuBound, Duration wallBackstop, Callable<T> task) {
		FutureTask<T> future = new FutureTask<>(task);
		Thread worker = new Thread(future, "hang-guard");
		worker.setDaemon(true);
		long wallStart = System.nanoTime();
		worker.start();
		try {
			while (true) {
				try {
					return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				}
				catch (TimeoutException ex) {
					// -1 when the JVM cannot measure it: then only the backstop guards.
					long cpu = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(worker.getId()) : -1;
					long wall = System.nanoTime() - wallStart;
					if (cpu > cpuBound.toNanos() || wall > wallBackstop.toNanos()) {
						worker.interrupt();
						throw new AssertionError("hang: %d ms of CPU in %d ms of wall time, bounds %d and %d ms"
							.formatted(cpu / 1_000_000, wall / 1_000_000, cpuBound.toMillis(),
									wallBackstop.toMillis()));
					}
				}
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new AssertionError("the task threw", ex.getCause());
		}
		catch (InterruptedException ex) {
			worker.interrupt();
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while guarding the task", ex);
		}
	}

}
