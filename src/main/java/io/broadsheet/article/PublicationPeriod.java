package io.broadsheet.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year, a month or a day, as the {@code date} filter takes it: {@code 2025},
 * {@code 2025-12} or {@code 2025-12-04}.
 *
 * @param text the period as written
 * @param first the first day of the period
 * @param last the last day of the period
 */
public record PublicationPeriod(String text, LocalDate first, LocalDate last) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/**
	 * Parses a period.
	 * @param text {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
	 * @return the period
	 * @throws InvalidPeriodException when the text is not one of those or not a real date
	 */
	public static PublicationPeriod of(String text) {
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			throw new InvalidPeriodException("must be YYYY, YYYY-MM or YYYY-MM-DD");
		}
		int year = Integer.parseInt(matcher.group(1));
		if (matcher.group(2) == null) {
			return new PublicationPeriod(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		int month = Integer.parseInt(matcher.group(2));
		if (month < 1 || month > 12) {
			throw new InvalidPeriodException("month must be 01-12");
		}
		YearMonth yearMonth = YearMonth.of(year, month);
		if (matcher.group(3) == null) {
			return new PublicationPeriod(text, yearMonth.atDay(1), yearMonth.atEndOfMonth());
		}
		try {
			LocalDate day = yearMonth.atDay(Integer.parseInt(matcher.group(3)));
			return new PublicationPeriod(text, day, day);
		}
		catch (DateTimeException ex) {
			throw new InvalidPeriodException("day must be 01-" + yearMonth.lengthOfMonth() + " in " + yearMonth);
		}
	}

	@Override
	public String toString() {
		return this.text;
	}

	/** A period that is not one: the message says why, in words fit for a client. */
	public static class InvalidPeriodException extends IllegalArgumentException {

		InvalidPeriodException(String message) {
			super(message);
		}

	}

}
