package io.broadsheet.archive;

import java.util.Locale;

/**
 * How finely the archive groups publication dates.
 */
public enum Granularity {

	YEAR, MONTH, DAY;

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
