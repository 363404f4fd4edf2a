package io.broadsheet.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names in every language the JDK's locale data (CLDR) knows, full and
 * abbreviated, in their formatting forms ({@code декабря}) and stand-alone forms
 * ({@code декабрь}), lower-cased. Read once, at first use.
 * <p>
 * A word that names different months in different languages ({@code listopad} is November
 * in Polish and October in Croatian) is left out: it cannot say which month it is; unless
 * only one of them has a language file ({@link Languages}), whose month it then is. Words
 * shorter than three letters are left out too: as abbreviations they are more often
 * something else, unless they are a month's whole name in a script without capitals
 * (Hindi's May, "मई"; Nepali's, a letter and its vowel sign, "मे").
 */
final class CalendarNames {

	private static final int MIN_MONTH_LETTERS = 3;

	private static final TextStyle[] WHOLE_NAMES = { TextStyle.FULL, TextStyle.FULL_STANDALONE };

	// The regional and script locales whose whole month names are not their language's,
	// one of each set that shares the same names (ar-IQ stands for the Levant's ar-JO,
	// ar-LB, ar-PS and ar-SY, ar-DZ for ar-TN), as a scan of every locale of JDK 17's
	// locale data (CLDR 39) and JDK 25's (CLDR 47) found them. The scan loads some 800
	// locales' data, about 3 s of CPU at every start; the names are still the JDK's, and
	// CalendarNamesTests checks each locale here still names its months its own way.
	static final List<String> REGIONAL_MONTHS = List.of("ar-DZ", "ar-IQ", "ar-MA", "ar-MR", "az-Cyrl", "bal-Latn",
			"bs-Cyrl", "de-AT", "es-PE", "fa-AF", "ff-Adlm", "hi-Latn", "kok-Latn", "ks-Deva", "kxv-Deva", "kxv-Orya",
			"kxv-Telu", "pa-Arab", "sd-Deva", "shi-Latn", "sr-BA", "sr-Latn", "uz-Arab", "uz-Cyrl", "vai-Latn", "yo-BJ",
			"yue-Hans", "zh-HK", "zh-Latn");

	private static final Map<String, Integer> MONTHS;

	private static final Set<String> WEEKDAYS;

	// The words CLDR writes right after the year in the year-first date patterns of the
	// languages with a language file: Kyrgyz "y-'ж'., d-MMMM" ("2026-ж., 4-декабрь"),
	// Kazakh "y 'ж'. d MMMM", Lithuanian "y 'm'. MMMM d 'd'.".
	private static final Set<String> YEAR_WORDS;

	private static final FormatStyle[] DATE_STYLES = { FormatStyle.FULL, FormatStyle.LONG, FormatStyle.MEDIUM };

	// The whole weekday names, lower-cased, that only languages writing a numeric date
	// day first use (Vietnamese "thứ năm"): a weekday that opens "Thứ năm, 2/11/2023"
	// says how to read the date, where the page's text may not tell its language. Whole
	// full names of four letters or more: the words and short forms of the hundreds of
	// locales the JDK knows include "on", "a", "is", "ann" and "don".
	private static final Set<String> DAY_FIRST_WEEKDAYS;

	private static final int MIN_DAY_FIRST_WEEKDAY = 4;

	private static final List<String> WEEKDAY_PREFIXES = Languages.values(Languages.DATE_WEEKDAY_PREFIXES);

	private static final int MIN_PREFIXED_WEEKDAY = 5;

	// A day-first weekday's name has at most so many words.
	private static final int MAX_WEEKDAY_WORDS = 3;

	static {
		// The languages with a language file, whose pages the extractor is written for,
		// apart from the rest: a name in one of them outranks another month of the same
		// spelling in a language without one (Malay's March "mac" is Basaa's short
		// February, Portuguese October's "out" Morisyen's August). Two languages of the
		// same side that disagree leave the word out ("listopad": Polish November,
		// Croatian October).
		Set<String> served = Languages.codes();
		Map<String, Integer> known = new HashMap<>();
		Map<String, Integer> other = new HashMap<>();
		Set<String> ambiguousKnown = new HashSet<>();
		Set<String> ambiguousOther = new HashSet<>();
		Set<String> weekdays = new HashSet<>();
		Set<String> dayFirstWeekdays = new HashSet<>();
		Set<String> otherWeekdays = new HashSet<>();
		TextStyle[] styles = { TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE };
		for (Locale locale : languages()) {
			boolean hasFile = served.contains(locale.getLanguage());
			Map<String, Integer> names = hasFile ? known : other;
			Set<String> ambiguous = hasFile ? ambiguousKnown : ambiguousOther;
			Set<String> weekdaysByOrder = writesDayFirst(locale) ? dayFirstWeekdays : otherWeekdays;
			for (TextStyle style : styles) {
				for (Month month : Month.values()) {
					String word = singleWord(month.getDisplayName(style, locale));
					addMonth(names, ambiguous, word, month, style);
				}
				for (DayOfWeek day : DayOfWeek.values()) {
					String name = day.getDisplayName(style, locale);
					weekdays.addAll(letterRuns(name));
					if (style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE) {
						weekdaysByOrder.add(name.toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		// A region's own names of the months, where they are not its language's: the
		// Levant's "نيسان" and the Maghreb's "أفريل" (April; Arabic's own is "أبريل"),
		// Algeria's "جوان" (June). Whole names only: a region's abbreviations are
		// more often other words ("مار", "نوم"). Weekdays are the language's.
		for (String tag : REGIONAL_MONTHS) {
			Locale locale = Locale.forLanguageTag(tag);
			Locale language = Locale.forLanguageTag(locale.getLanguage());
			boolean hasFile = served.contains(locale.getLanguage());
			Map<String, Integer> names = hasFile ? known : other;
			Set<String> ambiguous = hasFile ? ambiguousKnown : ambiguousOther;
			for (TextStyle style : WHOLE_NAMES) {
				for (Month month : Month.values()) {
					String name = month.getDisplayName(style, locale);
					String word = name.equals(month.getDisplayName(style, language)) ? null : singleWord(name);
					addMonth(names, ambiguous, word, month, style);
				}
			}
		}
		Map<String, Integer> months = new HashMap<>(other);
		months.keySet().removeAll(ambiguousOther);
		months.putAll(known);
		months.keySet().removeAll(ambiguousKnown);
		MONTHS = Collections.unmodifiableMap(months);
		WEEKDAYS = Collections.unmodifiableSet(weekdays);
		dayFirstWeekdays.removeAll(otherWeekdays);
		dayFirstWeekdays.removeIf((name) -> name.codePointCount(0, name.length()) < MIN_DAY_FIRST_WEEKDAY);
		DAY_FIRST_WEEKDAYS = Collections.unmodifiableSet(dayFirstWeekdays);
		Set<String> yearWords = new HashSet<>();
		for (String language : served) {
			for (FormatStyle style : DATE_STYLES) {
				String word = yearWord(DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
						IsoChronology.INSTANCE, Locale.forLanguageTag(language)));
				if (word != null) {
					yearWords.add(word);
				}
			}
		}
		YEAR_WORDS = Collections.unmodifiableSet(yearWords);
	}

	// The word quoted right after the year, spaces or a hyphen between them, in a
	// pattern that writes the year before the month; none where the year comes after
	// the month ("d MMMM y 'г'.": Russian's day-first dates are read without it).
	private static String yearWord(String pattern) {
		int year = -1;
		int month = -1;
		boolean quoted = false;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == 'y' && year < 0) {
				year = i;
			}
			else if (!quoted && c == 'M' && month < 0) {
				month = i;
			}
		}
		if (year < 0 || month < year) {
			return null;
		}
		int i = year;
		while (i < pattern.length() && pattern.charAt(i) == 'y') {
			i++;
		}
		while (i < pattern.length() && (pattern.charAt(i) == ' ' || pattern.charAt(i) == '-')) {
			i++;
		}
		int close = (i < pattern.length() && pattern.charAt(i) == '\'') ? pattern.indexOf('\'', i + 1) : -1;
		List<String> runs = (close > i + 1) ? letterRuns(pattern.substring(i + 1, close)) : List.of();
		return (runs.size() == 1) ? runs.get(0) : null;
	}

	private CalendarNames() {
	}

	// A month's word, unless too short to be sure of; a word already naming another
	// month is ambiguous.
	private static void addMonth(Map<String, Integer> names, Set<String> ambiguous, String word, Month month,
			TextStyle style) {
		if (word != null
				&& (word.codePointCount(0, word.length()) >= MIN_MONTH_LETTERS || isWholeShortName(style, word))) {
			Integer seen = names.putIfAbsent(word, month.getValue());
			if (seen != null && seen != month.getValue()) {
				ambiguous.add(word);
			}
		}
	}

	/** The month (1-12) a lower-cased word names in some language, or {@code null}. */
	static Integer month(String word) {
		return MONTHS.get(word);
	}

	/**
	 * The words CLDR writes right after a year in the year-first date patterns of the
	 * languages with a language file, lower-cased ("ж", "m", "gada", "оны").
	 */
	static Set<String> yearWords() {
		return YEAR_WORDS;
	}

	/** Whether the lower-cased word is part of a weekday's name in some language. */
	static boolean isWeekday(String word) {
		return WEEKDAYS.contains(word);
	}

	/**
	 * Whether the lower-cased word is a weekday's name with a prefix a language glues to
	 * it ({@link Languages#DATE_WEEKDAY_PREFIXES}): "ngolwesine", on Thursday, in Zulu
	 * and Xhosa. The name must be of {@value #MIN_PREFIXED_WEEKDAY} letters or more, as
	 * the short forms and parts of the JDK's hundreds of weekday names include "mso" and
	 * "son".
	 */
	static boolean isPrefixedWeekday(String word) {
		for (String prefix : WEEKDAY_PREFIXES) {
			if (word.length() >= prefix.length() + MIN_PREFIXED_WEEKDAY && word.startsWith(prefix)
					&& WEEKDAYS.contains(word.substring(prefix.length()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the line opens with the whole name of a weekday that only languages writing
	 * a numeric date day first use (CLDR's short date pattern, "dd/MM/y" rather than
	 * "M/d/yy" or "y/M/d"), followed by no more letters: "Thứ năm, 2/11/2023".
	 */
	static boolean opensWithDayFirstWeekday(String line) {
		int words = 0;
		for (int i = 0; i <= line.length() && words < MAX_WEEKDAY_WORDS; i++) {
			if (i == line.length() || !DateParser.isWordChar(line.charAt(i))) {
				if (i > 0 && DateParser.isWordChar(line.charAt(i - 1))) {
					words++;
					if (DAY_FIRST_WEEKDAYS.contains(line.substring(0, i).toLowerCase(Locale.ROOT))) {
						return true;
					}
				}
				if (i == line.length() || line.charAt(i) != ' ') {
					return false;
				}
			}
		}
		return false;
	}

	// Whether the language's short date pattern puts the day before the month.
	static boolean writesDayFirst(Locale locale) {
		String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
				IsoChronology.INSTANCE, locale);
		int day = pattern.indexOf('d');
		int month = pattern.indexOf('M');
		return day >= 0 && month >= 0 && day < month;
	}

	/** Every month name known, with its month: for tests and for the date parser. */
	static Map<String, Integer> months() {
		return MONTHS;
	}

	// A month's whole name of two letters in a script without capitals is no
	// abbreviation: Hindi's May "मई", Punjabi's "ਮਈ", Chinese "一月". Two Latin letters
	// ("me", "ut", "du") are words of other languages more often than months.
	private static boolean isWholeShortName(TextStyle style, String word) {
		return (style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE) && word.length() == 2
				&& Texts.isCaseless(word.charAt(0))
				&& (Texts.isCaseless(word.charAt(1)) || isVowelSign(word.charAt(1)));
	}

	// A vowel sign after the consonant it belongs to: May is a letter and its sign in
	// Nepali and Marathi ("मे"), Bengali ("মে") and Burmese ("မေ").
	private static boolean isVowelSign(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	// One locale per language: regional variants rarely name months differently.
	private static List<Locale> languages() {
		Set<String> seen = new HashSet<>();
		List<Locale> locales = new ArrayList<>();
		for (Locale locale : Locale.getAvailableLocales()) {
			String language = locale.getLanguage();
			if (!language.isEmpty() && seen.add(language)) {
				locales.add(Locale.forLanguageTag(language));
			}
		}
		return locales;
	}

	// "Dec." -> "dec", "มี.ค." -> "มี.ค" (letter runs a dot joins, as the tokenizer
	// reads them: DateParser.isDottedAbbreviation); names with digits ("1月") or of
	// several words are not single words the tokenizer could match.
	private static String singleWord(String name) {
		List<String> runs = letterRuns(name);
		if (runs.size() != 1) {
			return dottedAbbreviation(name);
		}
		for (int i = 0; i < name.length(); i++) {
			if (Character.isDigit(name.charAt(i))) {
				return null;
			}
		}
		return runs.get(0);
	}

	// The name without its closing dot, when the tokenizer reads it as one word.
	private static String dottedAbbreviation(String name) {
		String stripped = name.strip();
		stripped = stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
		List<DateParser.Token> tokens = DateParser.tokenize(stripped);
		return (tokens.size() == 1 && tokens.get(0).kind() == DateParser.Kind.WORD
				&& tokens.get(0).text().indexOf('.') > 0) ? tokens.get(0).text() : null;
	}

	/**
	 * The runs of letters (with their combining marks) in a name, lower-cased, as
	 * {@link DateParser#tokenize} cuts words.
	 */
	static List<String> letterRuns(String name) {
		List<String> runs = new ArrayList<>(2);
		int i = 0;
		while (i < name.length()) {
			if (DateParser.isWordChar(name.charAt(i))) {
				int start = i;
				while (i < name.length() && DateParser.isWordChar(name.charAt(i))) {
					i++;
				}
				runs.add(name.substring(start, i).toLowerCase(Locale.ROOT));
			}
			else {
				i++;
			}
		}
		return runs;
	}

}
