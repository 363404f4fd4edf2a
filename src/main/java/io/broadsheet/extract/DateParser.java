package io.broadsheet.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.EthiopicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * Finds calendar dates in a short piece of text, in numeric forms ({@code 2025-12-04},
 * {@code 04.12.2025}), the East Asian form ({@code 2025年12月4日}, {@code 2025년 12월 4일}) and
 * written forms with month names in every language the JDK's locale data knows
 * ({@code 4 December 2025}, {@code December 4, 2025}, {@code 4 декабря 2025 г.},
 * {@code 8 Sep 23}, {@code 26 september 2020}). A hand-written tokenizer rather than
 * regular expressions keeps it linear and readable.
 * <p>
 * The month names of {@link CalendarNames} are completed by a few spellings CLDR does not
 * give (no accents, {@code sept}, {@code jänner}) and by the language files' month forms
 * ({@link Languages#DATE_MONTHS}: {@code disembar}, {@code meán fómhair},
 * {@code 11-р сарын}); those win where the two disagree.
 */
final class DateParser {

	static final int MIN_YEAR = 1990;

	static final int MAX_YEAR = 2100;

	private static final Map<String, Integer> MONTHS = new HashMap<>();

	private static final Set<String> YEAR_WORDS = Languages.words(Languages.DATE_YEAR_WORDS);

	private static final Set<String> YEAR_LABELS = Languages.words(Languages.DATE_YEAR_LABELS);

	// A month label of the language files ("ga", "ta'", "د") with the months of the
	// languages that write it, as their first tokens: the label says that its own
	// language's month follows and is read before no other. Hausa's "3 ga Disamba, 2026"
	// is a date; "Android 14 GA October 2023" (general availability) and Norwegian's "11
	// ga mars" (gave) are none (review55a).
	private static final Map<String, Set<String>> MONTH_LABELS = new HashMap<>();

	// Whole names only: Hausa's short May and March ("May", "Mar") are English's.
	private static final TextStyle[] LABELLED_MONTH_STYLES = { TextStyle.FULL, TextStyle.FULL_STANDALONE };

	private static final Set<String> DAY_ENDINGS = Languages.words(Languages.DATE_DAY_ENDINGS);

	private static final Set<String> DAY_WORDS = Languages.words(Languages.DATE_DAY_WORDS);

	// The Ethiopian calendar's months (1-13) as the language files name them ("ኅዳር"),
	// and its era's words after the year, as tokens ("ዓ", ".", "ም").
	private static final Map<String, Integer> ETHIOPIC_MONTHS = new HashMap<>();

	private static final List<List<String>> ETHIOPIC_ERAS = Languages.values(Languages.DATE_ETHIOPIC_ERA)
		.stream()
		.map((era) -> tokenize(era).stream().map(Token::text).toList())
		.toList();

	private static final int ETHIOPIC_MONTH_COUNT = 13;

	// The language files' month forms of more than one token ("meán fómhair", "11-р
	// сарын", "oṣù kejìlá"), under their first token's text, longest first.
	private static final Map<String, List<MonthPhrase>> MONTH_PHRASES = new HashMap<>();

	private static final int BUDDHIST_ERA = 543;

	private static final char BURMESE_COMMA = '\u104A';

	private static final char ARABIC_COMMA = '\u060C';

	// How many tokens from its month a day may stand ("12 de diciembre", "12. Dezember").
	private static final int DAY_NEAR_MONTH = 2;

	// The Solar Hijri years of MIN_YEAR to MAX_YEAR.
	private static final int MIN_SOLAR_HIJRI_YEAR = 1368;

	private static final int MAX_SOLAR_HIJRI_YEAR = 1479;

	// The months of the Solar Hijri calendar, as Iranian pages name them (CLDR's
	// "persian" calendar; "دی" is the tenth), and as Afghan pages do (CLDR's "fa_AF":
	// the signs of the zodiac, "۱۴ قوس ۱۴۰۵"). Read only between a day and a year of the
	// calendar, as "سرطان" (cancer) and "میزان" (amount) are words too. Written here
	// with the Persian yeh; persianYeh() reads a month typed with the Arabic one, as
	// some Iranian and Afghan sites' keyboards type it ("ارديبهشت", "جدي").
	private static final Map<String, Integer> SOLAR_HIJRI_MONTHS = Map.ofEntries(Map.entry("فروردین", 1),
			Map.entry("اردیبهشت", 2), Map.entry("خرداد", 3), Map.entry("تیر", 4), Map.entry("مرداد", 5),
			Map.entry("شهریور", 6), Map.entry("مهر", 7), Map.entry("آبان", 8), Map.entry("آذر", 9), Map.entry("دی", 10),
			Map.entry("بهمن", 11), Map.entry("اسفند", 12), Map.entry("حمل", 1), Map.entry("ثور", 2),
			Map.entry("جوزا", 3), Map.entry("سرطان", 4), Map.entry("اسد", 5), Map.entry("سنبله", 6),
			Map.entry("میزان", 7), Map.entry("عقرب", 8), Map.entry("قوس", 9), Map.entry("جدی", 10),
			Map.entry("دلو", 11), Map.entry("حوت", 12));

	static {
		month(1, "january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
				"январь", "января", "янв");
		month(2, "february", "feb", "februar", "février", "fevrier", "févr", "fevr", "fév", "febrero", "febbraio",
				"fevereiro", "fev", "февраль", "февраля", "фев", "февр");
		month(3, "march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "март", "марта", "мар");
		month(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile", "апрель", "апреля", "апр");
		month(5, "may", "mai", "mayo", "maggio", "mag", "maio", "май", "мая");
		month(6, "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "июнь", "июня", "июн");
		month(7, "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "июль", "июля", "июл");
		month(8, "august", "aug", "août", "aout", "agosto", "ago", "август", "августа", "авг");
		month(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
				"сентябрь", "сентября", "сен", "сент");
		month(10, "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
				"октябрь", "октября", "окт");
		month(11, "november", "nov", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноя", "нояб");
		month(12, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
				"dezembro", "декабрь", "декабря", "дек");
		for (int number = 1; number <= 12; number++) {
			for (String form : Languages.values(Languages.DATE_MONTHS + number)) {
				List<Token> tokens = tokenize(form);
				if (tokens.size() == 1) {
					MONTHS.put(tokens.get(0).text(), number);
				}
				else {
					List<String> rest = tokens.subList(1, tokens.size()).stream().map(Token::text).toList();
					MONTH_PHRASES.computeIfAbsent(tokens.get(0).text(), (first) -> new ArrayList<>())
						.add(new MonthPhrase(rest, number));
				}
			}
		}
		MONTH_PHRASES.values().forEach((phrases) -> phrases.sort((a, b) -> b.rest().size() - a.rest().size()));
		for (String language : Languages.codes()) {
			for (String label : Languages.values(language, Languages.DATE_MONTH_LABELS)) {
				MONTH_LABELS.computeIfAbsent(label, (key) -> new HashSet<>()).addAll(monthWords(language));
			}
		}
		for (int number = 1; number <= ETHIOPIC_MONTH_COUNT; number++) {
			for (String name : Languages.values(Languages.DATE_ETHIOPIC_MONTHS + number)) {
				ETHIOPIC_MONTHS.put(name, number);
			}
		}
	}

	// The first tokens of a language's whole month names: CLDR's, in their formatting
	// and stand-alone forms, and the language file's forms (date.months.N).
	private static Set<String> monthWords(String language) {
		Locale locale = Locale.forLanguageTag(language);
		Set<String> words = new HashSet<>();
		for (int number = 1; number <= 12; number++) {
			List<String> names = new ArrayList<>(Languages.values(language, Languages.DATE_MONTHS + number));
			for (TextStyle style : LABELLED_MONTH_STYLES) {
				names.add(Month.of(number).getDisplayName(style, locale));
			}
			for (String name : names) {
				List<Token> tokens = tokenize(name);
				if (!tokens.isEmpty()) {
					words.add(tokens.get(0).text());
				}
			}
		}
		return words;
	}

	private static void month(int number, String... names) {
		for (String name : names) {
			MONTHS.put(name, number);
		}
	}

	private DateParser() {
	}

	/** Splits text into numbers, words (lower-cased) and single symbols. */
	static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c >= '0' && c <= '9') {
				int start = i;
				while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - start < 9) {
					i++;
				}
				if (isGluedYear(text, start, i, tokens)) {
					i = start + 4;
				}
				tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start));
			}
			else if (isOtherDigit(c)) {
				tokens.add(otherDigits(text, i));
				i += tokens.get(tokens.size() - 1).text().length();
			}
			else if (isWordChar(c)) {
				int start = i;
				while (i < length && isWordChar(text.charAt(i))) {
					i++;
				}
				while (isDottedAbbreviation(text, i)) {
					// "มี.ค.": one abbreviation, Thai's short March
					i++;
					while (i < length && isWordChar(text.charAt(i))) {
						i++;
					}
				}
				String word = text.substring(start, i);
				// a month in capital Roman numerals keeps its capitals: "3.XII.2026"
				tokens.add(
						new Token(Kind.WORD, (romanMonth(word) != null) ? word : word.toLowerCase(Locale.ROOT), start));
			}
			else {
				// Burmese's comma "၊" ("ဒီဇင်ဘာ ၃၊ ၂၀၂၆") and the Arabic script's "،"
				// (Urdu's "4 دسمبر، 2026") are the comma every date form skips
				tokens.add(
						new Token(Kind.SYMBOL, (c == BURMESE_COMMA || c == ARABIC_COMMA) ? "," : String.valueOf(c), i));
				i++;
			}
		}
		return tokens;
	}

	// Thai and Lao abbreviate months as letter runs divided by dots, without a space
	// ("มี.ค." is March, "ต.ค." October, as CLDR's short names): a dot between two
	// letters of those scripts joins them into one word, which CalendarNames knows.
	static boolean isDottedAbbreviation(String text, int dot) {
		return dot > 0 && dot + 1 < text.length() && text.charAt(dot) == '.' && isThaiOrLao(text.charAt(dot - 1))
				&& isThaiOrLao(text.charAt(dot + 1));
	}

	private static boolean isThaiOrLao(char c) {
		return c >= 0x0E01 && c <= 0x0EFF && isWordChar(c);
	}

	// Arabic-Indic (١٢), Persian (۱۴۰۳), Devanagari (२०२४), full-width (２０２４) digits: a
	// number as ASCII digits, one for each, so that the token keeps the width it has in
	// the text (adjacent() measures by it).
	private static Token otherDigits(String text, int start) {
		StringBuilder digits = new StringBuilder(4);
		int i = start;
		while (i < text.length() && isOtherDigit(text.charAt(i)) && i - start < 9) {
			digits.append((char) ('0' + Character.digit(text.charAt(i), 10)));
			i++;
		}
		return new Token(Kind.NUMBER, digits.toString(), start, true);
	}

	// The scripts' own digits start at U+0660 (Arabic-Indic); the full-width ones are
	// U+FF10-FF19. Latin letters with accents and the punctuation of U+2000-U+206F (curly
	// quotes, dashes), common in every page, are let go without a table look-up.
	private static boolean isOtherDigit(char c) {
		return (c >= 0x660 && c < 0x2000 || c >= 0xFF10 && c <= 0xFF19) && Character.isDigit(c);
	}

	// "19. Juni 201619. Juni 2016", "17/11/201917/11/2019": a page shows the published
	// and the modified date with nothing between them. A run of five or six digits
	// that starts with a year, right after a month or a date's separator, is the year
	// and the start of the next date. "Nov 20 20194:29 AM", "August 06, 201912:52 pm":
	// a theme that prints the time right after the year, a colon after the run, glues
	// the year to the hour.
	private static boolean isGluedYear(String text, int start, int end, List<Token> tokens) {
		int digits = end - start;
		if (digits < 5 || digits > 6 || tokens.isEmpty()
				|| !(text.startsWith("19", start) || text.startsWith("20", start))) {
			return false;
		}
		Token previous = tokens.get(tokens.size() - 1);
		return isGluedClock(text, end) || previous.is('/') || previous.is('.')
				|| previous.kind() == Kind.WORD && MONTHS.containsKey(previous.text())
				|| previous.kind() == Kind.WORD && CalendarNames.month(previous.text()) != null;
	}

	// A clock's colon and minutes right after a run of digits: "20194:29"
	private static boolean isGluedClock(String text, int end) {
		return end + 2 < text.length() && text.charAt(end) == ':' && text.charAt(end + 1) >= '0'
				&& text.charAt(end + 1) <= '9';
	}

	/**
	 * Whether the text may hold a date the parser reads: every date form has a day and a
	 * year (or a month) in digits, so two number tokens at least, which the text makes
	 * only with two runs of digits or one that the tokenizer cuts in two (a glued year
	 * such as "201619", a run longer than a token holds). Most lines fail this and need
	 * no tokens. Digits of other scripts count as ASCII digits do.
	 */
	static boolean mayHoldDate(String text) {
		int runs = 0;
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9' || isOtherDigit(c)) {
				if (run == 0 && ++runs >= 2) {
					return true;
				}
				if (++run > 4) {
					return true;
				}
			}
			else {
				run = 0;
			}
		}
		return false;
	}

	/** Every date in the tokens, left to right, not overlapping. */
	static List<Found> findAll(List<Token> tokens) {
		return findAll(tokens, NumericOrder.NOT_KNOWN);
	}

	/**
	 * Every date in the tokens, left to right, not overlapping; {@code 03/04/2021} is the
	 * 3rd of April when the page's {@code order} is day first, the 4th of March when it
	 * is month first, and no date when it is not known; {@code 03.04.2021} is the 3rd of
	 * April unless the page writes the month first.
	 */
	static List<Found> findAll(List<Token> tokens, NumericOrder order) {
		List<Found> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Found date = numeric(tokens, i, order);
			if (date == null) {
				date = dayMonthYear(tokens, i);
			}
			if (date == null) {
				date = monthDayYear(tokens, i);
			}
			if (date == null) {
				date = eastAsian(tokens, i);
			}
			if (date == null) {
				date = japaneseEra(tokens, i);
			}
			if (date == null) {
				date = yearMonthDay(tokens, i);
			}
			if (date != null) {
				found.add(date);
				i = date.lastToken() + 1;
			}
			else {
				i++;
			}
		}
		return found;
	}

	/** The first date in the text, or {@code null}. */
	static LocalDate first(String text) {
		List<Found> found = findAll(tokenize(text));
		return found.isEmpty() ? null : found.get(0).date();
	}

	/**
	 * Whether the tokens name the date, whole or as its day beside its month without a
	 * year ("on Saturday, December 12", "le samedi 12 décembre", "12 de diciembre"): an
	 * event's day as its text names it.
	 */
	static boolean namesDay(List<Token> tokens, LocalDate date) {
		if (findAll(tokens).stream().anyMatch((found) -> found.date().equals(date))) {
			return true;
		}
		for (int i = 0; i < tokens.size(); i++) {
			if (Integer.valueOf(date.getMonthValue()).equals(month(tokens.get(i)))) {
				for (int k = Math.max(0, i - DAY_NEAR_MONTH); k <= Math.min(tokens.size() - 1,
						i + DAY_NEAR_MONTH); k++) {
					if (isDayOrMonth(tokens.get(k)) && tokens.get(k).number() == date.getDayOfMonth()) {
						return true;
					}
				}
			}
		}
		return false;
	}

	static Integer month(Token token) {
		if (token.kind() != Kind.WORD) {
			return null;
		}
		Integer month = MONTHS.get(token.text());
		return (month != null) ? month : CalendarNames.month(token.text());
	}

	/** A letter of a word, or a mark that belongs to it (Devanagari vowel signs). */
	static boolean isWordChar(char c) {
		if (c < 0x80) {
			// ASCII, the commonest case: letters only, no marks, no table look-up
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		}
		if (Character.isLetter(c)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	// 2025-12-04, 2025/12/04, 2025.12.04, 04.12.2025, 04-12-2025, 12/4/2025 (when
	// unambiguous), 11/19/19, 11.14.2019
	private static Found numeric(List<Token> tokens, int i, NumericOrder order) {
		if (i + 4 >= tokens.size()) {
			return null;
		}
		Token a = tokens.get(i);
		Token s1 = tokens.get(i + 1);
		Token b = tokens.get(i + 2);
		Token s2 = tokens.get(i + 3);
		Token c = tokens.get(i + 4);
		if (a.kind() != Kind.NUMBER || b.kind() != Kind.NUMBER || c.kind() != Kind.NUMBER || s1.kind() != Kind.SYMBOL
				|| !s1.text().equals(s2.text()) || "-/.".indexOf(s1.text().charAt(0)) < 0 || !adjacent(a, s1)
				|| !adjacent(b, s2) || !(adjacent(s1, b) && adjacent(s2, c) || isSpacedDots(tokens, i))) {
			return null;
		}
		if (followedByDigitSymbol(tokens, i + 4)) {
			return null;
		}
		char separator = s1.text().charAt(0);
		LocalDate date = null;
		if (a.digits() == 4 && b.digits() <= 2 && c.digits() <= 2) {
			date = date(a.number(), b.number(), c.number());
		}
		else if (a.digits() <= 2 && b.digits() <= 2
				&& (c.digits() == 4 || c.digits() == 2 && (separator != '-' || followedByTime(tokens, i + 4)))) {
			// "11/19/19 06:56 AM EST", "02/11/23 à 16h33": a slashed date with a
			// two-digit year, read as a four-digit one is; 90-99 are the 1990s, which
			// MIN_YEAR allows ("12/25/98"). A dashed one only with its time after it
			// ("04-12-26, 10:15", a Flemish site's stamp): alone, "3-1-20" is as
			// likely a score or a code.
			int year = (c.digits() != 2) ? c.number() : ((c.number() >= MIN_YEAR % 100) ? 1900 : 2000) + c.number();
			if (separator == '/') {
				if (a.number() > 12 && b.number() <= 12) {
					date = date(year, b.number(), a.number());
				}
				else if (b.number() > 12 && a.number() <= 12) {
					date = date(year, a.number(), b.number());
				}
				else if (order == NumericOrder.DAY_FIRST || a.number() == b.number()) {
					// "08/08/2017" is the same day read either way
					date = date(year, b.number(), a.number());
				}
				else if (order == NumericOrder.MONTH_FIRST) {
					date = date(year, a.number(), b.number());
				}
				// both could be the month and the page does not say which: say nothing
				// rather than guess
			}
			else if (b.number() > 12 && a.number() <= 12 || order == NumericOrder.MONTH_FIRST && a.number() <= 12) {
				// "11.14.2019 09:00 AM": the month first, as an American page writes
				// it with dots, when the second number cannot be a month or the page's
				// other dates put the month first
				date = date(year, a.number(), b.number());
			}
			else {
				date = date(year, b.number(), a.number());
			}
		}
		return (date != null) ? new Found(date, i, i + 4) : null;
	}

	// "03. 03. 2024.", "3. 3. 2024": Serbian, Croatian, Czech and Slovak pages put a
	// space after each dot; with a four-digit year only, so that two numbered sentences
	// in a row stay no date. Hungarian writes the year first and closes the day with
	// its dot too ("2020. 06. 04. 11:27"): a year first is read only with that dot.
	private static boolean isSpacedDots(List<Token> tokens, int i) {
		Token s1 = tokens.get(i + 1);
		Token s2 = tokens.get(i + 3);
		Token c = tokens.get(i + 4);
		if (!s1.is('.') || tokens.get(i + 2).start() != s1.start() + 2 || c.start() != s2.start() + 2) {
			return false;
		}
		return c.digits() == 4 || tokens.get(i).digits() == 4 && c.digits() <= 2 && i + 5 < tokens.size()
				&& tokens.get(i + 5).is('.') && adjacent(c, tokens.get(i + 5));
	}

	// "04-12-26, 10:15", "26-09-20 12:07": a time (hours, a colon, minutes) right after
	// the date's last number, a comma between them or not.
	private static boolean followedByTime(List<Token> tokens, int last) {
		int i = skip(tokens, last + 1, ',');
		return i + 2 < tokens.size() && tokens.get(i).kind() == Kind.NUMBER && tokens.get(i).digits() <= 2
				&& tokens.get(i + 1).is(':') && tokens.get(i + 2).digits() == 2;
	}

	// Version numbers and phone numbers (1.2.2025.3, 12-04-2025-17) are not dates.
	private static boolean followedByDigitSymbol(List<Token> tokens, int last) {
		if (last + 2 < tokens.size()) {
			Token symbol = tokens.get(last + 1);
			Token next = tokens.get(last + 2);
			return (symbol.is('.') || symbol.is('-') || symbol.is('/')) && adjacent(tokens.get(last), symbol)
					&& next.kind() == Kind.NUMBER && adjacent(symbol, next);
		}
		return false;
	}

	// "2018/19", "2018/2019": a season, not a year; "October 12, 2018/0 Comments/in
	// News": a theme's meta line, whose parts a slash divides, the date and a count.
	private static boolean followedBySeason(List<Token> tokens, int last) {
		return followedByDigitSymbol(tokens, last)
				&& !(tokens.get(last + 1).is('/') && tokens.get(last + 2).digits() == 1);
	}

	private static boolean isDayOrMonth(Token token) {
		return token.digits() == 1 || token.digits() == 2;
	}

	// "日第06版", "日A4版": the day's mark glued to a page's mark, then the page's number
	// and "版", a print edition's day and page.
	private static boolean isPageAfterDay(List<Token> tokens, int day) {
		return tokens.get(day).text().startsWith("日") && day + 2 < tokens.size()
				&& tokens.get(day + 1).kind() == Kind.NUMBER && tokens.get(day + 2).text().startsWith("版");
	}

	// 2025年12月4日, 2025년 12월 4일
	private static Found eastAsian(List<Token> tokens, int i) {
		if (i + 5 >= tokens.size() || tokens.get(i).digits() != 4) {
			return null;
		}
		Token year = tokens.get(i + 1);
		Token month = tokens.get(i + 3);
		Token day = tokens.get(i + 5);
		// the day's mark may be glued to a print edition's page after it, which no space
		// sets apart ("2026年12月04日第06版", on page 6; "2026年3月5日A4版"); glued to other words
		// it opens a
		// sentence about the day ("2025年7月21日傍晚，…", that evening; "…日起施行", in force
		// from), which dates no page
		boolean chinese = year.text().equals("年") && month.text().equals("月")
				&& (day.text().equals("日") || isPageAfterDay(tokens, i + 5) || isWeekdayAfterDay(day.text()));
		boolean korean = year.text().equals("년") && month.text().equals("월") && day.text().equals("일");
		// Month and day must be numbers of one or two digits: "2025年-月-日" is no date.
		if (!(chinese || korean) || !isDayOrMonth(tokens.get(i + 2)) || !isDayOrMonth(tokens.get(i + 4))) {
			return null;
		}
		LocalDate date = date(tokens.get(i).number(), tokens.get(i + 2).number(), tokens.get(i + 4).number());
		return (date != null) ? new Found(date, i, i + 5) : null;
	}

	// "日星期五", "日金曜日": the day's mark and the weekday glued to it, as CLDR's full
	// Chinese and Japanese dates write them ("2026年12月4日星期五")
	private static boolean isWeekdayAfterDay(String word) {
		return word.length() > 1 && word.charAt(0) == '日' && CalendarNames.isWeekday(word.substring(1));
	}

	// 令和6年3月4日: a Japanese era's year, as offices and official notices write the date;
	// the era's name may end a run of kanji ("資料令和6年")
	private static Found japaneseEra(List<Token> tokens, int i) {
		if (i + 6 >= tokens.size() || tokens.get(i).kind() != Kind.WORD) {
			return null;
		}
		String word = tokens.get(i).text();
		int first = word.endsWith("令和") ? 2018 : word.endsWith("平成") ? 1988 : 0;
		Token year = tokens.get(i + 1);
		if (first == 0 || !isDayOrMonth(year) || !tokens.get(i + 2).text().equals("年")
				|| !tokens.get(i + 4).text().equals("月") || !tokens.get(i + 6).text().equals("日")
				|| !isDayOrMonth(tokens.get(i + 3)) || !isDayOrMonth(tokens.get(i + 5))) {
			return null;
		}
		LocalDate date = date(first + year.number(), tokens.get(i + 3).number(), tokens.get(i + 5).number());
		return (date != null) ? new Found(date, i, i + 6) : null;
	}

	// 4 December 2025, 4. Dezember 2025, 1er mars 2024, 4 de diciembre de 2025, 8 Sep 23
	private static Found dayMonthYear(List<Token> tokens, int i) {
		Token day = tokens.get(i);
		if (day.kind() != Kind.NUMBER || day.digits() > 2) {
			return null;
		}
		boolean hyphenated = gluedMonthHyphen(tokens, i + 1);
		int j = hyphenated ? i + 2 : (hyphenedEnding(tokens, i + 1) ? i + 3 : i + 1);
		j = skip(tokens, j, '.');
		j = skipWord(tokens, j, "st", "nd", "rd", "th", "er", "ᵉʳ", "e", "º", "o");
		j = skip(tokens, j, '.');
		j = skipWord(tokens, j, "de", "of");
		j = skipMonthLabel(tokens, j);
		if (j >= tokens.size()) {
			return null;
		}
		Integer month = month(tokens.get(j));
		Integer roman = (month == null && tokens.get(j).kind() == Kind.WORD) ? romanMonth(tokens.get(j).text()) : null;
		month = (roman != null) ? roman : month;
		if (roman != null && countsBeforeRoman(tokens, i, j)) {
			return null;
		}
		int last = j;
		if (month == null) {
			MonthName phrase = monthPhrase(tokens, j);
			if (phrase == null) {
				return solarHijri(tokens, i, j);
			}
			month = phrase.month();
			last = phrase.last();
		}
		last = secondName(tokens, last, month);
		int k = last + 1;
		// "05-Mar-24" glues its year too; a glued day and month before a spaced number
		// take a whole year only ("5-март, 2024"): "Aleja 3-Maja 17" is an address
		boolean wholeYearOnly = hyphenated && !(k < tokens.size() && tokens.get(k).is('-'));
		k = hyphenated ? skip(tokens, k, '-') : k;
		k = skip(tokens, k, '.');
		int comma = k;
		k = skip(tokens, k, ',');
		boolean afterComma = k > comma;
		k = skipWord(tokens, k, "de", "del");
		boolean labelled = k < tokens.size() && tokens.get(k).kind() == Kind.WORD
				&& YEAR_LABELS.contains(tokens.get(k).text());
		k = labelled ? k + 1 : k;
		boolean elided = isElidedCentury(tokens, k);
		k = elided ? k + 1 : k;
		if (k >= tokens.size()) {
			return null;
		}
		Token year = tokens.get(k);
		Integer y = elided ? elidedCenturyYear(year) : year(year);
		// A year's own word is followed by the whole year: "ngày 3 tháng 12, năm 25 tuổi"
		// is the year someone was 25, not 2025 (review56a)
		boolean shortYearRefused = year.digits() != 4
				&& (roman != null || wholeYearOnly || labelled || afterComma && isCountAfterComma(tokens, k));
		if (y == null || shortYearRefused || followedBySeason(tokens, k) || isTime(tokens, k)) {
			return null;
		}
		if (last == j && isHindiLookAlike(tokens.get(j), day) && isDevanagariWord(tokens, k + 1)) {
			return null;
		}
		LocalDate date = date((y > MAX_YEAR) ? buddhistEra(y, tokens.get(j)) : y, month, day.number());
		return (date != null) ? new Found(date, i, k) : null;
	}

	// "Kapitel 3 IV 2026", "Tom 2 II 2026", "Apollo 13 X 2026": with no dot after the
	// day nor after the Roman number, a word just before the day makes the day a
	// chapter's, volume's or list's number and the Roman one a part of it. A dotted
	// date ("Praha 3. XII. 2026") and a spaced one opening the line or after a comma
	// ("1 V 2025", "Warszawa, 3 XII 2026") stay dates (review59a).
	private static boolean countsBeforeRoman(List<Token> tokens, int day, int roman) {
		boolean dotted = tokens.get(day + 1).is('.') || roman + 1 < tokens.size() && tokens.get(roman + 1).is('.');
		return !dotted && day > 0 && tokens.get(day - 1).kind() == Kind.WORD;
	}

	// "3.XII.2026", "3. XII. 2026", "3 XII 2026": Polish, Czech, Slovak, Hungarian,
	// Romanian, Croatian and Italian letters, plaques and sites write the month in
	// capital Roman numerals. Read after a day and before a whole year only, and only in
	// capitals: "Pius XII", "XII. Kongress", "Radio 1. I 4 italiani" and a lower-case
	// "i" or "v" (and, in) stay no month.
	static Integer romanMonth(String word) {
		return switch (word) {
			case "I" -> 1;
			case "II" -> 2;
			case "III" -> 3;
			case "IV" -> 4;
			case "V" -> 5;
			case "VI" -> 6;
			case "VII" -> 7;
			case "VIII" -> 8;
			case "IX" -> 9;
			case "X" -> 10;
			case "XI" -> 11;
			case "XII" -> 12;
			default -> null;
		};
	}

	// "14 Feb ’20", "Feb 14, ’20": an apostrophe standing for the century, glued to a
	// two-digit year. A decade glues its ending to the digits ("’90s", "’90er"), a
	// height or a minute glues the apostrophe to a number before it ("May 6'10""): none.
	private static boolean isElidedCentury(List<Token> tokens, int k) {
		if (k + 1 >= tokens.size() || !(tokens.get(k).is('\u2019') || tokens.get(k).is('\''))
				|| tokens.get(k - 1).kind() == Kind.NUMBER && adjacent(tokens.get(k - 1), tokens.get(k))) {
			return false;
		}
		Token year = tokens.get(k + 1);
		boolean decade = k + 2 < tokens.size() && tokens.get(k + 2).kind() == Kind.WORD
				&& adjacent(year, tokens.get(k + 2));
		return year.kind() == Kind.NUMBER && year.digits() == 2 && adjacent(tokens.get(k), year) && !decade;
	}

	// The year of an elided century (review57b): ’50 to ’99 are the last century's,
	// ’98 is 1998 as "12/25/98" is, and a page's "13 mai ’68" or "9. Nov. ’89" falls
	// before MIN_YEAR and dates nothing (2068 and 2089 would be wrong dates); ’00 to
	// ’49 are this century's.
	private static Integer elidedCenturyYear(Token year) {
		return ((year.number() >= 50) ? 1900 : 2000) + year.number();
	}

	// Two digits after the month's comma and before a word count something: "3 December,
	// 15 people were hurt", "am 2. Februar, 10 Uhr" (at ten o'clock), "ngày 3 tháng 12,
	// 15
	// người" (Vietnamese, 15 people); a short year there ends the date line or comes
	// before
	// its time ("8 Sep, 23", "12 Dec, 25 10:30") (review56a).
	private static boolean isCountAfterComma(List<Token> tokens, int k) {
		return k + 1 < tokens.size() && tokens.get(k + 1).kind() == Kind.WORD;
	}

	// "5-март, 2024", "05-Mar-2024": the hyphen Kyrgyz and Kazakh set after the day (and
	// a numeric style after the month too), glued to the day and to the month's name on
	// both sides; a spaced one ("2 - 5 March") or one before a number ("2-5 March") joins
	// no day to a month
	private static boolean gluedMonthHyphen(List<Token> tokens, int i) {
		return isGluedHyphen(tokens, i) && month(tokens.get(i + 1)) != null;
	}

	// "3-an de decembro": an ordinal's ending after the day and a hyphen, glued to both
	// (Languages.DATE_DAY_ENDINGS); "3 - an" and "3-anoj" are none
	private static boolean hyphenedEnding(List<Token> tokens, int i) {
		if (!isGluedHyphen(tokens, i)) {
			return false;
		}
		Token ending = tokens.get(i + 1);
		return ending.kind() == Kind.WORD && DAY_ENDINGS.contains(ending.text());
	}

	// Token i is a hyphen with no space between it and the tokens on either side
	private static boolean isGluedHyphen(List<Token> tokens, int i) {
		if (i + 1 >= tokens.size() || !tokens.get(i).is('-')) {
			return false;
		}
		Token before = tokens.get(i - 1);
		Token hyphen = tokens.get(i);
		return before.start() + before.text().length() == hyphen.start()
				&& hyphen.start() + 1 == tokens.get(i + 1).start();
	}

	// The month a name of several tokens opening at j says ("meán fómhair", "11-р
	// сарын"), the language files' forms, or null.
	private static MonthName monthPhrase(List<Token> tokens, int j) {
		List<MonthPhrase> phrases = (j < tokens.size() && tokens.get(j).kind() != Kind.SYMBOL)
				? MONTH_PHRASES.get(tokens.get(j).text()) : null;
		if (phrases == null) {
			return null;
		}
		for (MonthPhrase phrase : phrases) {
			List<String> rest = phrase.rest();
			int last = j + rest.size();
			boolean matches = last < tokens.size();
			for (int n = 0; matches && n < rest.size(); n++) {
				matches = tokens.get(j + 1 + n).text().equals(rest.get(n));
			}
			if (matches) {
				return new MonthName(phrase.month(), last);
			}
		}
		return null;
	}

	// The same month named again after a slash, in another calendar's or language's
	// word: "24 نيسان / أبريل 2020" (the Levant's April and Egypt's), "21. juni/lipanj
	// 2020" (Bosnian and Croatian June); the last token of the month's name.
	private static int secondName(List<Token> tokens, int last, int month) {
		int k = last + 1;
		if (k + 1 < tokens.size() && tokens.get(k).is('/') && tokens.get(k + 1).kind() == Kind.WORD) {
			Integer again = month(tokens.get(k + 1));
			if (again != null && again == month) {
				return k + 1;
			}
		}
		return last;
	}

	// Devanagari's May as a letter and its vowel sign ("मे") after a day in ASCII digits:
	// Hindi web text writes "में" (in) so, and "टॉप 10 मे 2024 की फिल्में" is the top 10
	// films in 2024, its year followed by the sentence's next word; Hindi's May is "मई".
	// Marathi and Nepali write May so, and their date lines end at the year or go on
	// with a comma or a time ("प्रकाशित: 5 मे 2024, 10:30 AM"), in ASCII digits as
	// often as in their own (review34b), so only an ASCII day in a sentence is refused.
	private static boolean isHindiLookAlike(Token month, Token day) {
		return !day.otherDigits() && isLetterAndVowelSign(month.text()) && isDevanagari(month.text());
	}

	private static boolean isDevanagariWord(List<Token> tokens, int k) {
		return k < tokens.size() && tokens.get(k).kind() == Kind.WORD && isDevanagari(tokens.get(k).text());
	}

	private static boolean isDevanagari(String word) {
		return Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.DEVANAGARI;
	}

	// 2024. március 12., 2024 March 12: the year first, as Hungarian writes it; a word
	// may say it is the year, and then the day may come before the month ("2024 m. kovo
	// 12 d.", "2024. gada 12. marts")
	private static Found yearMonthDay(List<Token> tokens, int i) {
		if (tokens.get(i).digits() != 4) {
			return null;
		}
		int j = skip(tokens, i + 1, '.');
		// "2026-ж., 4-декабрь": CLDR's Kyrgyz glues the year's word with a hyphen
		j = (isGluedHyphen(tokens, j) && isYearWord(tokens.get(j + 1))) ? j + 1 : j;
		if (j + 1 < tokens.size() && tokens.get(j).is(',') && month(tokens.get(j + 1)) != null) {
			// "2026, ഡിസംബർ 4", "2026၊ ဒီဇင်ဘာ 4": a comma between the year and the
			// month, as CLDR's Malayalam and Burmese write it
			j++;
			int after = skip(tokens, skip(tokens, j + 2, '.'), ',');
			if (j + 1 < tokens.size() && isDayOrMonth(tokens.get(j + 1)) && after < tokens.size()
					&& tokens.get(after).digits() == 4) {
				return null;
			}
		}
		else if (j + 2 < tokens.size() && tokens.get(j).is(',') && isDayOrMonth(tokens.get(j + 1))
				&& month(tokens.get(j + 2)) != null) {
			// "2026၊ 4 ဒီဇင်ဘာ": or between the year and the day before the month; a year
			// after that month makes the day and month its own ("2025, 12 May 2026")
			int after = skip(tokens, j + 3, '.');
			return (after < tokens.size() && tokens.get(after).digits() == 4) ? null : yearDayMonth(tokens, i, j + 1);
		}
		if (j < tokens.size() && isYearWord(tokens.get(j))) {
			// "၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာ ၃ ရက်": a comma may close the year's phrase, as
			// Burmese's "၊" does; a year's word of one letter is an abbreviation and
			// takes its full stop first ("2024 m., kovo 12 d."): a bare one before a
			// comma is a unit, a height in metres ("Hütte (2050 m, 12. Juli)")
			int stop = skip(tokens, j + 1, '.');
			boolean abbreviation = tokens.get(j).text().length() == 1;
			j = (abbreviation && stop == j + 1) ? stop : skip(tokens, stop, ',');
			Found dayFirst = (j < tokens.size() && isDayOrMonth(tokens.get(j))) ? yearDayMonth(tokens, i, j) : null;
			if (dayFirst != null) {
				return dayFirst;
			}
			// "د ۲۰۲۶ کال د ډسمبر ۴مه": a word that says the month follows (Pashto's
			// genitive "د", of), as between a day and its month
			j = skipMonthLabel(tokens, j);
		}
		// the day after the month is cheap to check before the month is looked up
		int k = skip(tokens, j + 1, '.');
		Integer month = null;
		if (k < tokens.size() && isDayOrMonth(tokens.get(k))) {
			month = month(tokens.get(j));
		}
		if (month == null) {
			// a month of several tokens ("2026 оны 11-р сарын 30")
			MonthName phrase = monthPhrase(tokens, j);
			if (phrase == null) {
				return null;
			}
			month = phrase.month();
			k = skip(tokens, phrase.last() + 1, '.');
		}
		if (k >= tokens.size() || !isDayOrMonth(tokens.get(k)) || isTime(tokens, k) || followedByDigitSymbol(tokens, k)
				|| isLetterAndVowelSign(tokens.get(j).text())) {
			return null;
		}
		LocalDate date = date(tokens.get(i).number(), month, tokens.get(k).number());
		return (date != null) ? new Found(date, i, k) : null;
	}

	// May as a letter and its vowel sign ("मे"), after a year: Hindi often writes "में"
	// (in) so, and "2024 मे 5 बड़े बदलाव" is five changes in 2024; the languages whose
	// May it is write the day first ("5 मे 2024")
	private static boolean isLetterAndVowelSign(String word) {
		if (word.length() != 2) {
			return false;
		}
		int type = Character.getType(word.charAt(1));
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	// A word after a year that says it is one: the language files' and CLDR's.
	private static boolean isYearWord(Token token) {
		return token.kind() == Kind.WORD
				&& (YEAR_WORDS.contains(token.text()) || CalendarNames.yearWords().contains(token.text()));
	}

	// "2024. gada 12. marts": the year, its word, the day, the month; "2026-ж.,
	// 4-декабрь": the day glued to the month with a hyphen
	private static Found yearDayMonth(List<Token> tokens, int i, int j) {
		int k = gluedMonthHyphen(tokens, j + 1) ? j + 2 : skip(tokens, j + 1, '.');
		Integer month = (k < tokens.size()) ? month(tokens.get(k)) : null;
		if (month == null) {
			return null;
		}
		LocalDate date = date(tokens.get(i).number(), month, tokens.get(j).number());
		return (date != null) ? new Found(date, i, k) : null;
	}

	// December 4, 2025, Dec. 4th 2025, May 24,2025
	private static Found monthDayYear(List<Token> tokens, int i) {
		if (tokens.get(i).kind() != Kind.WORD) {
			return null;
		}
		// Every word of a line comes here: the day after it, cheap to check, is asked
		// for before the month names are looked up; a word after it is looked up only
		// as the first of a month of several tokens.
		int j = skip(tokens, i + 1, '.');
		Integer month = null;
		if (j < tokens.size() && tokens.get(j).kind() == Kind.WORD) {
			// "Oṣù Kejìlá 3, 2026": a month of several tokens, the day after it
			MonthName phrase = monthPhrase(tokens, i);
			if (phrase == null) {
				return null;
			}
			month = phrase.month();
			j = skip(tokens, phrase.last() + 1, '.');
		}
		if (j >= tokens.size() || tokens.get(j).kind() != Kind.NUMBER || tokens.get(j).digits() > 2) {
			return null;
		}
		if (month == null) {
			month = month(tokens.get(i));
		}
		if (month == null) {
			return ethiopic(tokens, i, j);
		}
		int day = tokens.get(j).number();
		int k = j + 1;
		k = skipWord(tokens, k, "st", "nd", "rd", "th");
		k = skip(tokens, k, ',');
		// "Dec 3, ’26": the apostrophe says the two digits are a year, as after a day
		// and a month (review57b)
		boolean elided = isElidedCentury(tokens, k);
		k = elided ? k + 1 : k;
		if (k >= tokens.size()) {
			return null;
		}
		Token year = tokens.get(k);
		if (year.digits() != 4 && !elided || followedBySeason(tokens, k) || isTime(tokens, k)) {
			return null;
		}
		LocalDate date = date(elided ? elidedCenturyYear(year) : year.number(), month, day);
		return (date != null) ? new Found(date, i, k) : null;
	}

	// Thai pages count years in the Buddhist era, 543 years ahead: "12 มีนาคม 2567" is
	// 2024. Only after a month named in Thai script, where a Gregorian year would be
	// written as it is.
	private static int buddhistEra(int year, Token month) {
		return (year - BUDDHIST_ERA <= MAX_YEAR
				&& Character.UnicodeScript.of(month.text().charAt(0)) == Character.UnicodeScript.THAI)
						? year - BUDDHIST_ERA : year;
	}

	// "۲۲ اسفند ۱۴۰۲": the day, a Solar Hijri month, the year (out of dayMonthYear, whose
	// common path stays small).
	private static Found solarHijri(List<Token> tokens, int i, int j) {
		Integer month = SOLAR_HIJRI_MONTHS.get(persianYeh(tokens.get(j).text()));
		int k = j + 1;
		if (month == null || k >= tokens.size() || tokens.get(k).digits() != 4 || isTime(tokens, k)) {
			return null;
		}
		LocalDate date = solarHijri(tokens.get(k).number(), month, tokens.get(i).number());
		return (date != null) ? new Found(date, i, k) : null;
	}

	// "ارديبهشت", "جدي": a word with the Arabic yeh, or its dotless final form, where
	// Persian writes its own ("اردیبهشت", "جدی").
	private static String persianYeh(String word) {
		return word.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC');
	}

	// "ኅዳር 24 ቀን 2019 ዓ.ም": an Ethiopian month, the day, the word "day", the year and
	// the era's words, as Amharic pages date (out of monthDayYear, whose common path
	// stays small). The month's name says the calendar, with the era's words or without.
	private static Found ethiopic(List<Token> tokens, int i, int j) {
		Integer month = ETHIOPIC_MONTHS.get(tokens.get(i).text());
		if (month == null) {
			return null;
		}
		int k = j + 1;
		if (k < tokens.size() && tokens.get(k).kind() == Kind.WORD && DAY_WORDS.contains(tokens.get(k).text())) {
			k++;
		}
		k = skip(tokens, k, ',');
		if (k >= tokens.size() || tokens.get(k).digits() != 4 || isTime(tokens, k)) {
			return null;
		}
		LocalDate date = ethiopic(tokens.get(k).number(), month, tokens.get(j).number());
		return (date != null) ? new Found(date, i, eraEnd(tokens, k)) : null;
	}

	// The last token of the era's words after the year at k ("2019 ዓ.ም"), or k.
	private static int eraEnd(List<Token> tokens, int k) {
		for (List<String> era : ETHIOPIC_ERAS) {
			boolean matches = k + era.size() < tokens.size();
			for (int n = 0; matches && n < era.size(); n++) {
				matches = tokens.get(k + 1 + n).text().equals(era.get(n));
			}
			if (matches) {
				return k + era.size();
			}
		}
		return k;
	}

	// The Ethiopian calendar, which ICU knows: twelve months of 30 days and a
	// thirteenth of five or six, its year 7 or 8 behind the Gregorian.
	private static LocalDate ethiopic(int year, int month, int day) {
		if (day < 1 || day > 30) {
			return null;
		}
		// "ጳጉሜን 6" of a common year is a day the month does not have
		return gregorian(new EthiopicCalendar(TimeZone.GMT_ZONE), year, month, day);
	}

	// Iranian pages date by the Solar Hijri calendar ("۲۲ اسفند ۱۴۰۲"), which ICU knows.
	private static LocalDate solarHijri(int year, int month, int day) {
		if (year < MIN_SOLAR_HIJRI_YEAR || year > MAX_SOLAR_HIJRI_YEAR || day > 31 || day < 1) {
			return null;
		}
		return gregorian(new PersianCalendar(TimeZone.GMT_ZONE), year, month, day);
	}

	// The Gregorian day of a day in another of ICU's calendars, or null for a day its
	// month
	// does not have (ICU would roll it over into the next month).
	private static LocalDate gregorian(Calendar calendar, int year, int month, int day) {
		calendar.clear();
		calendar.set(year, month - 1, day);
		if (calendar.get(Calendar.DAY_OF_MONTH) != day) {
			return null;
		}
		LocalDate date = LocalDate.ofInstant(calendar.getTime().toInstant(), ZoneOffset.UTC);
		return date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	private static Integer year(Token token) {
		if (token.digits() == 4) {
			return token.number();
		}
		if (token.digits() == 2) {
			return 2000 + token.number();
		}
		return null;
	}

	// "4 May 11:00" must not read 11 as the year.
	private static boolean isTime(List<Token> tokens, int k) {
		return k + 1 < tokens.size() && tokens.get(k + 1).is(':');
	}

	private static int skip(List<Token> tokens, int i, char symbol) {
		return (i < tokens.size() && tokens.get(i).is(symbol)) ? i + 1 : i;
	}

	// "3 ta' Diċembru": a month label of the language files, its apostrophe a symbol of
	// its own to the tokenizer ("ta'" is the word "ta" and the mark)
	private static int skipMonthLabel(List<Token> tokens, int i) {
		if (i >= tokens.size() || tokens.get(i).kind() != Kind.WORD) {
			return i;
		}
		String word = tokens.get(i).text();
		if (isOwnMonthAfter(MONTH_LABELS.get(word), tokens, i + 1)) {
			return i + 1;
		}
		boolean apostrophe = i + 1 < tokens.size() && (tokens.get(i + 1).is('\'') || tokens.get(i + 1).is('’'));
		return (apostrophe && isOwnMonthAfter(MONTH_LABELS.get(word + "'"), tokens, i + 2)) ? i + 2 : i;
	}

	// Whether the token is a month of the label's languages (null: no label).
	private static boolean isOwnMonthAfter(Set<String> months, List<Token> tokens, int i) {
		return months != null && i < tokens.size() && months.contains(tokens.get(i).text());
	}

	private static int skipWord(List<Token> tokens, int i, String... words) {
		if (i < tokens.size() && tokens.get(i).kind() == Kind.WORD) {
			for (String word : words) {
				if (tokens.get(i).text().equals(word)) {
					return i + 1;
				}
			}
		}
		return i;
	}

	private static boolean adjacent(Token left, Token right) {
		return right.start() == left.start() + left.text().length();
	}

	private static LocalDate date(int year, int month, int day) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	// A month form of the language files of more than one token: the tokens after the
	// first, and the month.
	private record MonthPhrase(List<String> rest, int month) {

	}

	// A month named at a token, and the last token of its name.
	private record MonthName(int month, int last) {

	}

	/**
	 * How a page orders the day and the month of a numeric date whose two first numbers
	 * could each be the month ("03/04/2026").
	 */
	enum NumericOrder {

		DAY_FIRST, MONTH_FIRST, NOT_KNOWN

	}

	/** A date found in text, with the token range it covers. */
	record Found(LocalDate date, int firstToken, int lastToken) {

	}

	enum Kind {

		NUMBER, WORD, SYMBOL

	}

	/**
	 * A token; a number's text is in ASCII digits, and {@code otherDigits} says it was
	 * written in another script's ("२०२४").
	 */
	record Token(Kind kind, String text, int start, boolean otherDigits) {

		Token(Kind kind, String text, int start) {
			this(kind, text, start, false);
		}

		boolean is(char symbol) {
			return this.kind == Kind.SYMBOL && this.text.length() == 1 && this.text.charAt(0) == symbol;
		}

		int digits() {
			return (this.kind == Kind.NUMBER) ? this.text.length() : 0;
		}

		int number() {
			return Integer.parseInt(this.text);
		}

	}

}
