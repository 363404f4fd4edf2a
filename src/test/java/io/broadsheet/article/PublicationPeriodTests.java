package io.broadsheet.article;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PublicationPeriodTests {

	@ParameterizedTest
	@CsvSource({ "2025, 2025-01-01, 2025-12-31", "2025-12, 2025-12-01, 2025-12-31", "2024-02, 2024-02-01, 2024-02-29",
			"2025-12-04, 2025-12-04, 2025-12-04" })
	void coversTheWholeYearMonthOrDay(String text, LocalDate first, LocalDate last) {
		PublicationPeriod period = PublicationPeriod.of(text);
		assertThat(period.first()).isEqualTo(first);
		assertThat(period.last()).isEqualTo(last);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "2025-13|month must be 01-12", "2025-00|month must be 01-12",
					"2025-02-30|day must be 01-28 in 2025-02", "2025-1|must be YYYY, YYYY-MM or YYYY-MM-DD",
					"25|must be YYYY, YYYY-MM or YYYY-MM-DD", "2025-12-04T10:00|must be YYYY, YYYY-MM or YYYY-MM-DD",
					"' 2025'|must be YYYY, YYYY-MM or YYYY-MM-DD", "２０２５|must be YYYY, YYYY-MM or YYYY-MM-DD" })
	void rejectsMalformedPeriodsSayingWhy(String text, String message) {
		assertThatExceptionOfType(PublicationPeriod.InvalidPeriodException.class)
			.isThrownBy(() -> PublicationPeriod.of(text))
			.withMessage(message);
	}

}
