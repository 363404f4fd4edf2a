package io.broadsheet.corpus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestProgressTests {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private final MutableClock clock = new MutableClock();

	private final IngestProgress progress = new IngestProgress("/data", 10_000, 100L * 1024 * 1024, this.clock, START);

	@Test
	void logsNothingWithinTheFirstInterval() {
		this.clock.now = START.plusSeconds(4);
		assertThat(this.progress.advance(500, 5L * 1024 * 1024)).isNull();
	}

	@Test
	void logsFilesRateElapsedAndTimeLeftOncePerInterval() {
		this.clock.now = START.plusSeconds(5);
		assertThat(this.progress.advance(2_500, 25L * 1024 * 1024)).isEqualTo(
				"Corpus /data: 2,500 of 10,000 files (25%), 25.0 of 100.0 MB at 5.0 MB/s, 5.0s elapsed, about 15s left");
		this.clock.now = START.plusSeconds(8);
		assertThat(this.progress.advance(500, 5L * 1024 * 1024)).isNull();
		this.clock.now = START.plusSeconds(10);
		assertThat(this.progress.advance(2_000, 35L * 1024 * 1024)).isEqualTo(
				"Corpus /data: 5,000 of 10,000 files (50%), 65.0 of 100.0 MB at 8.0 MB/s, 10s elapsed, about 4.4s left");
	}

	@Test
	void summarisesTheAverageThroughput() {
		this.progress.advance(10_000, 100L * 1024 * 1024);
		assertThat(this.progress.throughput(START.plusSeconds(20))).isEqualTo("100.0 MB at 5.0 MB/s");
	}

	@Test
	void leavesTheLastWordToTheSummary() {
		this.clock.now = START.plusSeconds(60);
		assertThat(this.progress.advance(10_000, 100L * 1024 * 1024)).isNull();
	}

	@Test
	void formatsSizesForPeople() {
		assertThat(IngestProgress.size(41_000)).isEqualTo("41 KB");
		assertThat(IngestProgress.size(51L * 1024 * 1024 + 100_000)).isEqualTo("51.1 MB");
	}

	@Test
	void formatsDurationsForPeople() {
		assertThat(IngestProgress.format(Duration.ofMillis(400))).isEqualTo("0.4s");
		assertThat(IngestProgress.format(Duration.ofMillis(2640))).isEqualTo("2.6s");
		assertThat(IngestProgress.format(Duration.ofSeconds(45))).isEqualTo("45s");
		assertThat(IngestProgress.format(Duration.ofSeconds(185))).isEqualTo("3m 05s");
		assertThat(IngestProgress.format(Duration.ofMinutes(62))).isEqualTo("1h 02m");
	}

	private static final class MutableClock extends Clock {

		Instant now = START;

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
