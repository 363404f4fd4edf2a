package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date parser's cheap check: a line it says holds no date is never parsed, so it must
 * never turn away a line the parser reads a date from, in any language or form.
 */
class DateParserTests {

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "4 December 2025; true", "December 4, 2025; true", "4. Dezember 2025; true",
			"1er mars 2024; true", "4 de diciembre de 2025; true", "8 Sep 23; true", "2025-12-04; true",
			"04.12.2025; true", "2025年12月4日; true", "2025년 12월 4일; true", "19. Juni 201619; true", "Juni 201619; true",
			"5 comments; false", "Top 10 films; false", "© 2024 The Planetary Press; false", "Share 12; false",
			"Dezember 2025; false", "4 декабря; false", "No digits at all; false" })
	void mayHoldDateOnlyTurnsAwayLinesWithoutOne(String line, boolean mayHoldDate) {
		assertThat(DateParser.mayHoldDate(line)).isEqualTo(mayHoldDate);
		if (!mayHoldDate) {
			assertThat(DateParser.findAll(DateParser.tokenize(line))).isEmpty();
		}
		else if (!line.startsWith("Juni")) {
			assertThat(DateParser.findAll(DateParser.tokenize(line))).isNotEmpty();
		}
	}

	// A line shaped like an East Asian date with no numbers for month or day once threw,
	// and the whole file lost its metadata.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "2025年-月-日", "发布 2025年-月-日 12:00", "2025 년 - 월 - 일", "2025年123月4日" })
	void readsNoDateFromEastAsianFormsWithoutMonthAndDay(String line) {
		assertThat(DateParser.findAll(DateParser.tokenize(line))).isEmpty();
	}

}
