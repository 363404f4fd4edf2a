package io.broadsheet.reader;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of a bar chart of articles per month, for a template to draw as SVG: one
 * bar per month that has articles, on an axis running from the first such month to the
 * last (or a year on, when that is shorter), so that gaps in time show as gaps. Computed
 * on the server; the page needs no script to draw it.
 *
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 * @param bars one bar per month with articles, oldest first
 * @param years a label at the start of each year the axis crosses
 * @param months the counts drawn, oldest first, for the text alternative
 * @param total articles in all months
 * @param busiest the month with the most articles, {@code null} when there are none
 */
record BarChart(int width, int height, List<Bar> bars, List<YearLabel> years, List<Facet> months, long total,
		Facet busiest) {

	/** The fewest months the axis spans. */
	private static final int MIN_SLOTS = 12;

	/** Space under the bars for the year labels. */
	private static final int LABEL_HEIGHT = 16;

	/** Labels closer than this overlap: every other one is left out. */
	private static final double MIN_LABEL_GAP = 34;

	/**
	 * Draws counts per month.
	 * @param months counts keyed by {@code YYYY-MM}, in any order; zero counts are left
	 * out
	 * @param width the drawing's width
	 * @param height the drawing's height, labels included when {@code labelled}
	 * @param labelled whether to leave room for year labels under the bars
	 * @return the chart, with no bars when there are no counts
	 */
	static BarChart monthly(List<Facet> months, int width, int height, boolean labelled) {
		List<Facet> counted = months.stream()
			.filter((month) -> month.count() > 0)
			.sorted((a, b) -> a.value().compareTo(b.value()))
			.toList();
		if (counted.isEmpty()) {
			return new BarChart(width, height, List.of(), List.of(), List.of(), 0, null);
		}
		YearMonth first = YearMonth.parse(counted.get(0).value());
		YearMonth last = YearMonth.parse(counted.get(counted.size() - 1).value());
		int span = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
		// A year's width at least, so that one month is a bar and not a block.
		int slots = Math.max(span, MIN_SLOTS);
		double slot = (double) width / slots;
		double plotHeight = height - (labelled ? LABEL_HEIGHT : 0);
		long max = counted.stream().mapToLong(Facet::count).max().orElse(1);
		Map<String, Facet> byMonth = new HashMap<>();
		counted.forEach((month) -> byMonth.put(month.value(), month));
		List<Bar> bars = new ArrayList<>();
		List<YearLabel> years = new ArrayList<>();
		double lastLabel = -MIN_LABEL_GAP;
		for (int i = 0; i < span; i++) {
			YearMonth month = first.plusMonths(i);
			double x = i * slot;
			if (labelled && (i == 0 || month.getMonthValue() == 1) && x - lastLabel >= MIN_LABEL_GAP) {
				years.add(new YearLabel(round(x), Integer.toString(month.getYear())));
				lastLabel = x;
			}
			Facet count = byMonth.get(month.toString());
			if (count != null) {
				// Never thinner or lower than one unit, so a single article stays
				// visible.
				double barHeight = Math.max(1, plotHeight * count.count() / max);
				double gap = (slot > 3) ? slot * 0.15 : 0;
				bars.add(new Bar(round(x + gap / 2), round(plotHeight - barHeight), round(Math.max(1, slot - gap)),
						round(barHeight), count.value(), count.count()));
			}
		}
		Facet busiest = counted.stream().max((a, b) -> Long.compare(a.count(), b.count())).orElseThrow();
		return new BarChart(width, height, bars, years, counted, counted.stream().mapToLong(Facet::count).sum(),
				busiest);
	}

	/** The first and last month drawn, as {@code YYYY-MM}, or {@code null}. */
	public String firstMonth() {
		return this.months.isEmpty() ? null : this.months.get(0).value();
	}

	public String lastMonth() {
		return this.months.isEmpty() ? null : this.months.get(this.months.size() - 1).value();
	}

	/** The y of the axis line: the foot of the bars. */
	public double baseline() {
		return this.years.isEmpty() ? this.height : this.height - LABEL_HEIGHT;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/**
	 * One month's bar.
	 *
	 * @param x left edge
	 * @param y top edge
	 * @param width width
	 * @param height height
	 * @param period the month, {@code YYYY-MM}
	 * @param count articles in the month
	 */
	record Bar(double x, double y, double width, double height, String period, long count) {
	}

	/**
	 * A year's label on the axis.
	 *
	 * @param x where the year starts
	 * @param text the year
	 */
	record YearLabel(double x, String text) {
	}

}
