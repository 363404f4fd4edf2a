package io.broadsheet.extract;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hang guard judges the task's CPU time, so a busy machine cannot fail it, and still
 * ends a task that works forever or waits forever.
 */
class HangGuardTests {

	private static final Duration SMALL_BOUND = Duration.ofMillis(300);

	@Test
	void taskSpinningPastTheCpuBoundFails() {
		assertThatThrownBy(() -> HangGuard.run(SMALL_BOUND, Duration.ofMinutes(1), HangGuardTests::spin))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("hang")
			.hasMessageContaining("of CPU");
	}

	// What a wall-clock guard of the same bound fails: time that is not the task's work.
	@Test
	void taskSleepingLongerThanTheCpuBoundPasses() {
		String result = HangGuard.run(SMALL_BOUND, Duration.ofMinutes(1), () -> {
			Thread.sleep(SMALL_BOUND.multipliedBy(3).toMillis());
			return "slept";
		});
		assertThat(result).isEqualTo("slept");
	}

	@Test
	void taskWaitingPastTheWallBackstopFails() {
		assertThatThrownBy(() -> HangGuard.run(Duration.ofMinutes(1), SMALL_BOUND, () -> {
			Thread.sleep(Duration.ofMinutes(1).toMillis());
			return "woke";
		})).isInstanceOf(AssertionError.class).hasMessageContaining("hang");
	}

	@Test
	void taskExceptionReachesTheTest() {
		assertThatThrownBy(() -> HangGuard.run(() -> {
			throw new IllegalStateException("broken");
		})).isInstanceOf(IllegalStateException.class).hasMessage("broken");
	}

	// Stops when the guard interrupts it, so the test leaves no thread burning CPU.
	private static Long spin() {
		long count = 0;
		while (!Thread.currentThread().isInterrupted()) {
			count++;
		}
		return count;
	}

}
