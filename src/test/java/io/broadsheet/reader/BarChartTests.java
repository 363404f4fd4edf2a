package io.broadsheet.reader;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTests {

	@Test
	void drawsOneBarPerMonthWithArticlesAndLeavesEmptyMonthsAsGaps() {
		BarChart chart = BarChart.monthly(List.of(month("2025-12", 1), month("2025-06", 4), month("2025-07", 0)), 720,
				136, true);
		assertThat(chart.bars()).extracting(BarChart.Bar::period).containsExactly("2025-06", "2025-12");
		// The axis spans a year at least: December's bar starts six of twelve slots in.
		assertThat(chart.bars().get(1).x()).isGreaterThan(6 * 720 / 12.0).isLessThan(7 * 720 / 12.0);
		BarChart decades = BarChart.monthly(List.of(month("2000-01", 1), month("2019-12", 1)), 720, 136, true);
		assertThat(decades.bars().get(1).x()).isGreaterThanOrEqualTo(239 * 720 / 240.0).isLessThan(720);
		assertThat(chart.total()).isEqualTo(5);
		assertThat(chart.busiest().value()).isEqualTo("2025-06");
		assertThat(chart.firstMonth()).isEqualTo("2025-06");
		assertThat(chart.lastMonth()).isEqualTo("2025-12");
	}

	@Test
	void barHeightsAreProportionalAndTheSmallestStaysVisible() {
		BarChart chart = BarChart.monthly(List.of(month("2024-01", 1000), month("2024-02", 1)), 100, 116, true);
		assertThat(chart.baseline()).isEqualTo(100);
		assertThat(chart.bars().get(0).height()).isEqualTo(100);
		assertThat(chart.bars().get(1).height()).isEqualTo(1);
		assertThat(chart.bars().get(1).y()).isEqualTo(99);
	}

	@Test
	void labelsEachYearTheAxisCrossesWithoutOverlap() {
		BarChart chart = BarChart.monthly(List.of(month("2023-11", 1), month("2025-02", 1)), 720, 136, true);
		assertThat(chart.years()).extracting(BarChart.YearLabel::text).containsExactly("2023", "2024", "2025");
		BarChart crowded = BarChart.monthly(List.of(month("1990-01", 1), month("2025-12", 1)), 240, 40, true);
		for (int i = 1; i < crowded.years().size(); i++) {
			assertThat(crowded.years().get(i).x() - crowded.years().get(i - 1).x()).isGreaterThanOrEqualTo(34);
		}
		assertThat(BarChart.monthly(List.of(month("2025-01", 1)), 240, 40, false).years()).isEmpty();
	}

	@Test
	void noCountsNoBars() {
		assertThat(BarChart.monthly(List.of(), 720, 136, true).bars()).isEmpty();
	}

	private static Facet month(String period, long count) {
		return new Facet(period, period, count);
	}

}
