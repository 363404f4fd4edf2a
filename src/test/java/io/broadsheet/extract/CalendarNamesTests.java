package io.broadsheet.extract;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regional month names are read from a short list of locales instead of a scan of
 * every locale at each start; the list must still hold every way of naming the months
 * that the JDK's locale data has, or a Levantine or Serbian Latin date goes unread.
 */
class CalendarNamesTests {

	@Test
	void readsTheLevantsAndTheMaghrebsOwnMonthNames() {
		assertThat(CalendarNames.month("نيسان")).isEqualTo(4);
		assertThat(CalendarNames.month("جوان")).isEqualTo(6);
		assertThat(CalendarNames.month("أبريل")).isEqualTo(4);
	}

	@Test
	void everyLocaleWhoseMonthsAreNamedOtherwiseIsReadThroughOneOfTheList() {
		Set<String> listed = new HashSet<>();
		for (String tag : CalendarNames.REGIONAL_MONTHS) {
			listed.add(names(Locale.forLanguageTag(tag)));
		}
		List<String> missing = new ArrayList<>();
		for (Locale locale : Locale.getAvailableLocales()) {
			Locale language = Locale.forLanguageTag(locale.getLanguage());
			if (locale.getLanguage().isEmpty() || locale.equals(language)) {
				continue;
			}
			String names = names(locale);
			if (!names.equals(names(language)) && !listed.contains(names)) {
				missing.add(locale.toLanguageTag());
			}
		}
		assertThat(missing).as("locales whose month names no locale of CalendarNames.REGIONAL_MONTHS gives").isEmpty();
	}

	@Test
	void everyListedLocaleAvailableHereNamesItsMonthsItsOwnWay() {
		Set<Locale> available = new HashSet<>(Arrays.asList(Locale.getAvailableLocales()));
		for (String tag : CalendarNames.REGIONAL_MONTHS) {
			Locale locale = Locale.forLanguageTag(tag);
			if (available.contains(locale)) {
				assertThat(names(locale)).as(tag).isNotEqualTo(names(Locale.forLanguageTag(locale.getLanguage())));
			}
		}
	}

	// The language and its whole month names, formatting and stand-alone.
	private static String names(Locale locale) {
		StringBuilder names = new StringBuilder(locale.getLanguage()).append(':');
		for (TextStyle style : new TextStyle[] { TextStyle.FULL, TextStyle.FULL_STANDALONE }) {
			for (Month month : Month.values()) {
				names.append(month.getDisplayName(style, locale)).append('|');
			}
		}
		return names.toString();
	}

}
