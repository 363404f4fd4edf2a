package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

	// Digits of other scripts (Arabic-Indic, Persian, Devanagari, full-width), the year
	// first with a month name (Hungarian), the Buddhist era after a Thai month and the
	// Solar Hijri calendar of Iranian pages. date57: a Solar Hijri month typed with the
	// Arabic yeh, Hungarian's numeric date with a space after each dot and the day's dot
	// closing it, an apostrophe standing for a two-digit year's century. review57b: ’98
	// is 1998, the apostrophe after a month and a day too; Korean's spaced date.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "الثلاثاء ١٢ مارس ٢٠٢٤|2024-03-12", "१२ मार्च २०२४, १४:३०|2024-03-12",
			"２０２４年３月１２日|2024-03-12", "12.03.۲۰۲۴|2024-03-12", "2024. március 12. 14:30|2024-03-12",
			"2024 March 12|2024-03-12", "12 มีนาคม 2567 14:30 น.|2024-03-12", "12 มีนาคม 2024|2024-03-12",
			"سه‌شنبه ۲۲ اسفند ۱۴۰۲ - ۱۴:۳۰|2024-03-12", "1 فروردین 1403|2024-03-20", "۱ دی ۱۴۰۲|2023-12-22",
			"تاریخ انتشار: ۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹|2020-05-10", "۵ شهريور ۱۴۰۳|2024-08-26",
			"۱ فروردين ۱۴۰۳|2024-03-20", "Olvasói szavazás 2020. 06. 04. 11:27|2020-06-04",
			"Frissítve: 2026. 12. 03.|2026-12-03", "veröffentlicht am 14 Feb ’20 · Kategorien: Social Media|2020-02-14",
			"Posted 3 Dec '26 by admin|2026-12-03", "Published 14 Feb ’98|1998-02-14",
			"Posted Dec 3, '26 by admin|2026-12-03", "Published Feb. 14th, ’20|2020-02-14",
			"입력 2020. 06. 04. 11:27|2020-06-04", "٢١ ارديبهشت ١٣٩٩|2020-05-10" })
	void readsOtherDigitsCalendarsAndOrders(String line, LocalDate expected) {
		assertThat(DateParser.mayHoldDate(line)).isTrue();
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// A word after the year that says it is one (date.year-words): the month then the day
	// (Lithuanian, Armenian), or the day then the month (Latvian, Georgian, Kazakh).
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2024 m. kovo 12 d. 14:30|2024-03-12", "2024 թ. մարտի 12|2024-03-12",
			"2024. gada 12. marts|2024-03-12", "2024 წლის 12 მარტი|2024-03-12", "2024 жылғы 12 наурыз|2024-03-12" })
	void readsTheYearFirstAfterItsWord(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// Round newlang35: Basque's year with "-ko" and month in the genitive, Esperanto's
	// day as "3-an", Haitian Creole's months (CLDR has none), Galician's weekday and "de"
	// (CLDR's); a hyphen and an ending spaced or unknown join no day to a month.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "2026ko abenduaren 2a, 09:15|2026-12-02", "2021eko martxoaren 15a|2021-03-15",
					"3-an de decembro 2026|2026-12-03", "Madi 1e desanm 2026|2026-12-01", "12 janvye 2025|2025-01-12",
					"Mércores, 2 de decembro de 2026, 08:40|2026-12-02", "3 - an de decembro 2026|",
					"3-anoj de decembro 2026|" })
	void readsTheDateFormsOfRoundNewlang35(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// A month name of a language with a file outranks another month of the same spelling
	// in a language without one: Malay's March "Mac" is Basaa's short February, and
	// Portuguese October's "out" Morisyen's August. Two served languages that disagree
	// still leave the word out (Polish "listopad" is November, Croatian October).
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12 Mac 2024, 2:30 petang|2024-03-12", "12 out 2024|2024-10-12" })
	void readsAServedLanguagesMonthOverAnotherLanguagesSpelling(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
		assertThat(DateParser.first("12 listopad 2024")).isNull();
	}

	// date40: the Solar Hijri months as Afghan pages name them (the signs of the zodiac,
	// "جدی" with the Arabic yeh too), converted as Iran's are; the months as Moroccan and
	// Algerian pages write them, from the French.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "شنبه ۱۴ قوس ۱۴۰۵ - ۱۰:۳۰|2026-12-05", "۱ حمل ۱۴۰۳|2024-03-20", "۱۰ جدی ۱۴۰۲|2023-12-31",
					"۱۰ جدي ۱۴۰۲|2023-12-31", "۱۵ میزان ۱۴۰۳|2024-10-06", "سه‌شنبه ۲۲ اسفند ۱۴۰۲|2024-03-12",
					"الجمعة 4 دجنبر 2026 - 10:30|2026-12-04", "1 ماي 2024|2024-05-01", "3 يوليوز 2024|2024-07-03",
					"15 غشت 2025|2025-08-15", "20 شتنبر 2024|2024-09-20", "5 نونبر 2024|2024-11-05",
					"14 جويلية 2024|2024-07-14", "15 أوت 2024|2024-08-15" })
	void readsTheAfghanAndMaghrebMonths(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// The Afghan months are words too ("سرطان", cancer; "میزان", amount): read only
	// between a day and a year of the calendar, whose day the month has (Hut 1402, as
	// Esfand, has 29); a Maghreb month without its day or year is none.
	@ParameterizedTest
	@ValueSource(strings = { "سرطان ۱۴۰۲", "۱۲ میزان", "۳ سرطان ۲۰۲۴", "۳۰ حوت ۱۴۰۲", "میزان ۱۴۰۳ تن گندم", "ماي 2024",
			"4 دجنبر" })
	void readsNoAfghanOrMaghrebDateWithoutItsDayAndYear(String line) {
		assertThat(DateParser.findAll(DateParser.tokenize(line))).isEmpty();
	}

	// A Buddhist year needs a Thai month; a Solar Hijri day must be one of its month's
	// (Esfand 1402 has 29); a year first needs a day after its month, not an hour.
	// date57: a Hungarian year first needs the day's closing dot (a year ending a
	// sentence, then numbered points); a class year after a name, a month's year
	// without a day, seasons, a Solar Hijri month without its year are none.
	// review57b: an elided century's ’50-’89 (a year a page recalls), a decade
	// ("’90s", "’90er"), a height after a name that is a month; section numbers and an
	// address; an Arabic "دي" (a name's "De", or "this") with no Solar Hijri year.
	@ParameterizedTest
	@ValueSource(strings = { "12 March 2567", "30 اسفند ۱۴۰۲", "2024 March 12:30", "۱۴۰۲ ۱۲", "2020. 6. 4",
			"Az év 2019. 3. 4 pont következik", "By Maya Okafor '28 and Ben Liu '27", "Class of ’20", "Feb ’20 issue",
			"the ’20 and ’21 seasons", "۲۱ ارديبهشت", "He was born on 4 July ’76 in Ohio",
			"Les événements du 13 mai ’68 à Paris", "Die Mauer fiel am 9. Nov. ’89",
			"Throwback playlist 5 May ’90s hits", "Playlist vom 5. Mai ’90er-Abend", "May 5 ’90s night",
			"F | Darius May 6'10\" | 230 lbs", "2. 3. 4. pont", "192. 168. 1. 1.", "سجل 3 دي ماريا 2014",
			"الحلقة 5 دي 2020" })
	void readsNoDateWhereTheCalendarDoesNotSaySo(String line) {
		assertThat(DateParser.findAll(DateParser.tokenize(line))).isEmpty();
	}

	// open59: a month in capital Roman numerals between a day and a whole year, as
	// Polish, Czech, Hungarian, Romanian, Croatian and Italian letters and plaques write
	// it, with dots, spaced dots or spaces (review59a: spaced where the day opens the
	// line or follows a comma, dotted after a word too).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "3.XII.2026|2026-12-03", "Koniaków, 3.XII.2026 r.|2026-12-03", "Praha 3. XII. 2026|2026-12-03",
					"Bratislava 15. IV. 2026|2026-04-15", "1 V 2025|2025-05-01", "Zagreb, 28. IX. 2024.|2024-09-28",
					"Roma, 7.I.2026|2026-01-07", "30.XI.2025, 10:15|2025-11-30", "Warszawa, 3 XII 2026|2026-12-03",
					"Brno 3. XII 2026|2026-12-03", "03.XII.2026|2026-12-03", "1. I. 2026|2026-01-01" })
	void readsAMonthInRomanNumerals(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// open59: what a Roman month must leave alone: a pope's or a king's number, a
	// congress's, a chapter's before a page, a lower-case "i" (and), a Roman number
	// before a count or a two-digit year, and a 31st of a 30-day month. review59a: a
	// Roman number spaced after a chapter's, volume's, season's or list's number is
	// part of it, whatever year follows (German, Polish, English, Italian, Czech).
	@ParameterizedTest
	@ValueSource(strings = { "Pius XII 1958", "XII. Kongress 2026", "Henry VIII 1509", "Radio 1. I 4 italiani",
			"Kapitel 3 IV 12", "3 i 2026 roku", "rozdział 3 xii 2026", "31.IV.2026", "3.XIII.2026", "Mano I. 71.",
			"Kapitel 3 IV 2026", "Tom 2 II 2026", "Rozdział 3 IV 2026", "Chapter 5 X 2026", "Stagione 3 IV 2026",
			"Apollo 13 X 2026", "Etapa 3 III 2026", "Tabulka 1 X 2026" })
	void readsNoRomanMonthOutsideADate(String line) {
		assertThat(DateParser.findAll(DateParser.tokenize(line))).isEmpty();
	}

	// A line shaped like an East Asian date with no numbers for month or day once threw,
	// and the whole file lost its metadata.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "2025年-月-日", "发布 2025年-月-日 12:00", "2025 년 - 월 - 일", "2025年123月4日" })
	void readsNoDateFromEastAsianFormsWithoutMonthAndDay(String line) {
		assertThat(DateParser.findAll(DateParser.tokenize(line))).isEmpty();
	}

	// review39b: a day's mark glued to a print edition's page is read ("日第06版",
	// "日A4版"); glued to other words it opens a sentence about that day ("日傍晚", that
	// evening; "日起施行", in force from), read as no date, as before asia39.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "（原载《南湖日报》2026年11月29日第03版）; 2026-11-29", "（原載《南港時報》2026年3月5日A4版）; 2026-03-05",
			"2025年7月21日傍晚，一场暴雨让城区多处积水。; ", "2027年1月1日起施行。; ", "2026年3月5日第3次会议召开。; " })
	void readsAGluedChineseDayOnlyBeforeAPrintEditionsPage(String line, LocalDate expected) {
		List<DateParser.Found> dates = DateParser.findAll(DateParser.tokenize(line));
		assertThat(dates.isEmpty() ? null : dates.get(0).date()).isEqualTo(expected);
	}

	// Round lang33's languages: their own digits (Devanagari, Myanmar, Lao, Eastern
	// Arabic, Telugu, Kannada, Malayalam, Gurmukhi), CLDR's month names as their sites
	// write them, May as a letter and its vowel sign (Nepali, Bengali, Burmese) and the
	// hyphen Kyrgyz sets between the day and the month.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "५ मार्च २०२४|2024-03-05", "၅ မတ် ၂၀၂၄|2024-03-05", "໕ ມີນາ ໒໐໒໔|2024-03-05",
			"۵ مارچ ۲۰۲۴|2024-03-05", "౫ మార్చి ౨౦౨౪|2024-03-05", "೫ ಮಾರ್ಚ್ ೨೦೨೪|2024-03-05",
			"൫ മാർച്ച് ൨൦൨൪|2024-03-05", "੫ ਮਾਰਚ ੨੦੨੪|2024-03-05", "5 Márta 2024|2024-03-05",
			"5 Samhain 2024|2024-11-05", "5. mart 2024. u 14:30|2024-03-05", "5-март, 2024|2024-03-05",
			"05 Март 2024|2024-03-05", "5 Maarso 2024|2024-03-05", "5 Maris 2024|2024-03-05",
			"5 Ẹrẹ̀nà 2024|2024-03-05", "Mashi 5, 2024|2024-03-05", "५ मे २०२४|2024-05-05", "৫ মে ২০২৪|2024-05-05",
			"၅ မေ ၂၀၂၄|2024-05-05", "05 ಮೇ 2024|2024-05-05", "05-Mar-2024|2024-03-05", "05-Mar-24|2024-03-05" })
	void readsTheDatesOfMoreLanguages(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// Round month34: the language files' month forms (date.months) CLDR does not give:
	// Irish months of two words, Somali and Hausa news spellings, Yoruba's counted months
	// and CLDR's "month of" names, Zulu's with their prefixes, Burmese months glued to
	// the word "month", Mongolian's counted ones, Tajik's before "соли" (of the year,
	// date.year-labels).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "4 Meán Fómhair 2026|2026-09-04", "Dé Luain, 5 Deireadh Fómhair 2026|2026-10-05",
					"2 Disembar 2026|2026-12-02", "5 Janaayo 2026|2026-01-05", "5 Luulyo 2026|2026-07-05",
					"Litinin, 5 Fabrairu 2026|2026-02-05", "5 Afrilu 2026|2026-04-05",
					"Ọjọ́ Ìṣẹ́gun, 1 Oṣù Kejìlá 2026|2026-12-01", "5 Oṣù Karùn-ún 2026|2026-05-05",
					"4 Oṣù Ọ̀pẹ̀ 2026|2026-12-04", "uNovemba 4, 2026|2026-11-04", "4 kuDisemba 2026|2026-12-04",
					"4 u-Agasti 2026|2026-08-04", "၂၀၂၄ ခုနှစ် မတ်လ ၅ ရက်|2024-03-05",
					"2026 оны 11-р сарын 30, 11:40|2026-11-30", "2026 оны арван хоёрдугаар сарын 4|2026-12-04",
					"1 декабри соли 2026, 09:15|2026-12-01", "5 марти 2024|2024-03-05",
					// date36: Hebrew's month after the day, glued to "ב" (in)
					"יום שלישי, 10 במרץ 2026, 09:30|2026-03-10", "2 בדצמבר 2026|2026-12-02" })
	void readsTheMonthFormsOfTheLanguageFiles(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// meta58: a comma may close a year's phrase before the month, as Burmese's "၊" does
	// ("၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာ ၃ ရက်", year 2026, December 3rd), in CLDR's month or the
	// file's glued one; a year's word and comma before no month read nothing (a height
	// in metres, "m" being Lithuanian's year word).
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာ ၃ ရက်|2026-12-03", "၂၀၂၅ ခုနှစ်၊ မတ်လ ၅ ရက်|2025-03-05",
			"2026 ခုနှစ်, ဇူလိုင် 14 ရက်|2026-07-14", "Poncione Val Piana (2659 m, Bedretto, TI)|" })
	void readsAYearsPhraseClosedByAComma(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// review58a: a year's word of one letter (Lithuanian's "m.", Armenian's "թ.") closes
	// its phrase with a comma only after its full stop; a bare "m" before a comma is a
	// height in metres, and the day and month after it are no date of that "year" (the
	// page's own date, later on the line, is read). The comma after a whole year's word
	// still reads, and a count or a word after it reads nothing.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Hütte (2050 m, 12. Juli)|", "Rifugio (2045 m, 3 agosto 2024)|2024-08-03",
					"Simplon Hospiz (2000 m, 3. März 2024 geöffnet)|2024-03-03", "2000 m, March 5, 2024|2024-03-05",
					"Vilnius, 2024 m., gruodžio 5 d.|2024-12-05", "2024 թ., դեկտեմբերի 3|2024-12-03",
					"2024 წლის, 3 დეკემბერი|2024-12-03", "၂၀၂၆ခုနှစ်၊ဒီဇင်ဘာ၃ရက်|2026-12-03",
					"ဗုဒ္ဓဟူးနေ့၊ ၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာလ ၃ ရက်နေ့|2026-12-03", "၂၀၂၄ ခုနှစ်၊ လူဦးရေ ၅ သန်း|",
					"2024 жылғы, 5 млн теңге|", "2024. gada, 12 mēnešu laikā|", "2024 оны, 3 сарын хугацаанд 5 удаа|" })
	void readsNoHeightInMetresAsAYearsPhrase(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// Every form a language file lists reads as its own month, and no CLDR name of a
	// served language says another month for it.
	@Test
	void readsEveryMonthFormOfTheLanguageFilesAsItsMonth() {
		for (int month = 1; month <= 12; month++) {
			for (String form : Languages.values(Languages.DATE_MONTHS + month)) {
				assertThat(DateParser.first("5 " + form + " 2026")).as(form).isEqualTo(LocalDate.of(2026, month, 5));
				Integer cldr = CalendarNames.month(form);
				assertThat(cldr == null || cldr == month).as(form).isTrue();
			}
		}
	}

	// A month form's words without the month, or without their number: "i mí Mheán
	// Fómhair" (in September), the word "month" alone (Yoruba "Oṣù"), a counted thing
	// that is no month ("11-р анги", the eleventh grade), the year's label without a
	// month before it, a lone second word.
	@ParameterizedTest
	@ValueSource(strings = { "i mí Mheán Fómhair seo chugainn", "Dé Luain 4 Fómhair 2026", "5 Oṣù 2026",
			"2026 оны 11-р анги 30", "5 соли 2026", "5 u 2026", "Meán 4 Fómhair 2026",
			// "in May 2026" without its day, Hebrew's "the director" (הבמאי) beside
			// numbers
			"במאי 2026", "הבמאי 5 2026" })
	void readsNoDateFromMonthFormLookAlikes(String line) {
		assertThat(DateParser.first(line)).isNull();
	}

	// lang35: Maltese "ta'" between the day and the month (date.month-labels), Pashto's
	// December with the retroflex "ډ", Burmese's comma "၊" after the day of a month-first
	// date. lang56: Hausa's "watan" (the month of) after its "ga", the month's own
	// words as date.months gives them; Filipino's "ng" (of) after an ordinal day and
	// formal Malay's "haribulan" (day of the month), date.month-labels; Vietnamese's
	// long date, "tháng" (month) and the month's number, "năm" (year) before the year.
	// Each reads no date without its rule.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Il-Ħamis, 3 ta' Diċembru 2026, 11:20|2026-12-03", "L-Erbgħa, 2 ta’ Diċembru 2026|2026-12-02",
					"۲ ډسمبر ۲۰۲۶|2026-12-02", "ဒီဇင်ဘာ ၃၊ ၂၀၂၆|2026-12-03", "ဒီဇင်ဘာ 3၊ 2026|2026-12-03",
					"3 ga watan Disamba, 2026|2026-12-03", "Litinin, 3 ga watan Disamba, 2026|2026-12-03",
					"ranar 12 ga watan Yuni 2026|2026-06-12", "3 ga watan Fabrairu, 2026|2026-02-03",
					"Ika-3 ng Disyembre, 2026|2026-12-03", "ika-15 ng Mayo 2026|2026-05-15",
					"3 haribulan Disember 2026|2026-12-03", "bertarikh 21 haribulan Mac 2026|2026-03-21",
					"ngày 3 tháng 12 năm 2026|2026-12-03", "Thứ Năm, ngày 03 tháng 12 năm 2026|2026-12-03",
					"ngày 05 tháng 01 năm 2026|2026-01-05", "3 tháng 12, 2026|2026-12-03" })
	void readsTheDayMonthWordsAndCommasOfMoreLanguages(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// The month label without a month after it ("3 ta' kull xahar", on the third of each
	// month), "ta" without its apostrophe before a month, the comma alone: no date. And
	// lang56's words before no month of their language ("the third of last month",
	// "three of the children", "three months 12 patients") or before another
	// language's month (review55a); Indonesian's and Malay's "bulan" (month), which
	// after a number counts months and is no label; Vietnamese's month without a day
	// or a year.
	@ParameterizedTest
	@ValueSource(strings = { "3 ta' kull xahar 2026", "3 ta Diċembru 2026", "3 ta' 12 2026", "ဒီဇင်ဘာ၊ ၂၀၂၆",
			"3 ga watan da ya gabata 2026", "3 ga watan December 2026", "a watan Disamba 2026",
			"3 ng mga bata noong Mayo 2026", "Team 3 ng December 2026", "3 haribulan lepas 2026",
			"3 haribulan December 2026", "selama 3 bulan Desember 2026 hingga Februari 2027",
			"Sau 3 tháng 12 bệnh nhân đã xuất viện", "Dự án kéo dài 3 tháng 12 ngày", "tháng 12 năm 2026" })
	void readsNoDateFromTheirLookAlikes(String line) {
		assertThat(DateParser.first(line)).isNull();
	}

	// review56a: two digits after the month's comma and before a word count something
	// ("on 3 December, 15 people were hurt", German's "2. Februar, 10 Uhr", at ten; a
	// time's hour and its word, "10am", Vietnamese's "15 giờ 30", 15:30), in
	// lang56's languages as in English and German; and after Vietnamese's "năm" (year)
	// two digits are an age ("năm 25 tuổi", the year he was 25), no year.
	@ParameterizedTest
	@ValueSource(strings = { "On 3 December, 15 people were hurt in the crash", "am 2. Februar, 10 Uhr",
			"3 décembre, 15 personnes ont été blessées", "Ngày 3 tháng 12, 15 người đã bị thương",
			"3 ga watan Disamba, 15 sun mutu", "Ika-3 ng Disyembre, 15 katao ang sugatan",
			"3 haribulan Disember, 15 orang cedera", "Sinh ngày 3 tháng 12, năm 25 tuổi anh lên Hà Nội",
			"Vào ngày 12 tháng 3 năm 25 tuổi, cô ấy đã rời quê", "Thứ Năm, 3 tháng 12, 15 giờ 30",
			"Thursday 3 December, 10am" })
	void readsNoTwoDigitYearThatCountsAfterTheMonthsCommaOrIsAnAgeAfterTheYearWord(String line) {
		assertThat(DateParser.first(line)).isNull();
	}

	// The near misses: a short year that ends the date line or comes before its time, and
	// a whole year after the comma or the year's word.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Posted 8 Sep, 23|2023-09-08", "12 Dec, 25 10:30 AM|2025-12-12",
					"Updated 3 December, 2026 at 10:15|2026-12-03", "ngày 3 tháng 12, năm 2026|2026-12-03",
					"8 Sep 23|2023-09-08" })
	void stillReadsAShortYearEndingItsLineOrBeforeItsTime(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// Devanagari's May as a letter and its vowel sign ("मे") after a day in ASCII digits
	// and before a year the sentence goes on after is Hindi's "में" (in) written without
	// its dot: "टॉप 10 मे 2024 की फिल्में" (the top 10 films in 2024). In Devanagari
	// digits it stays May (Nepali, Marathi), and so does a Marathi date line in ASCII
	// digits that ends at the year or goes on with a comma or a time (review34b), as do
	// Hindi's May "मई" and the other scripts' ("05 ಮೇ 2024").
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "टॉप 10 मे 2024 की फिल्में|", "IPL 10 मे 2024 तक|", "१० मे २०२४|2024-05-10",
					"10 मई 2024|2024-05-10", "05 ಮೇ 2024|2024-05-05", "10 মে 2024|2024-05-10",
					"'प्रकाशित: 5 मे 2024, 10:30 AM'|2024-05-05", "अपडेटेड: 12 मे 2025|2025-05-12" })
	void readsDevanagarisShortMayOnlyAfterADayInItsDigits(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// Hindi's "में" (in) is no May, nor its common spelling without the dot ("2024 मे 5
	// बड़े बदलाव", five changes in 2024); a hyphen with spaces around it joins no day to
	// a month, and a glued one takes no house number for a year ("Aleja 3-Maja 17").
	@ParameterizedTest
	@ValueSource(strings = { "2024 में 5 लोग", "5 - март 2024", "5-й март 2024", "2024 मे 5 बड़े बदलाव",
			"IPL 2024 मे 5 रिकॉर्ड", "Aleja 3-Maja 17, Kraków", "Boulevard 5-Mai 12", "Won 3-Mar 12 points" })
	void readsNoDateFromLookAlikes(String line) {
		assertThat(DateParser.first(line)).isNull();
	}

	// A dashed date with a two-digit year is read with its time after it, day first as
	// the dashed date with four digits is (a Flemish site's "04-12-26, 10:15").
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "04-12-26, 10:15|2026-12-04", "26-09-20 12:07|2020-09-26",
			"Gepubliceerd: 4-12-26, 10:15|2026-12-04" })
	void readsADashedDateWithATwoDigitYearBeforeItsTime(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).isEqualTo(expected);
	}

	// Without a time after it, a dashed triple of small numbers is a score, a code or a
	// phone number's part, no date.
	@ParameterizedTest
	@ValueSource(strings = { "04-12-26", "Tel. 04-12-26", "Record 10-12-20 this season",
			"06-10-20-CARLOS-ALESANDRI.mp3", "04-12-26, 10" })
	void readsNoDateFromADashedTripleWithoutATime(String line) {
		assertThat(DateParser.first(line)).isNull();
	}

}
