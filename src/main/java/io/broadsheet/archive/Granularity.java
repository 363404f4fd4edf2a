package io.broadsheet.archive;

import java.util.Locale;

/**
 * How finely the archive groups publication dates.
 */
public enum Granularity {

	/** Calendar years: {@code 2025}. */
	YEAR,

	/** Calendar months: {@code 2025-12}. */
	MONTH,

	/** Days: {@code 2025-12-04}. */
	DAY;

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
