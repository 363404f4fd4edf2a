package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round dates61: the dates CLDR writes in every language with a language file, as a site
 * that formats its dates with the locale's own patterns shows them (the JDK's localized
 * FULL, LONG and MEDIUM dates and date-times), each read as a date line. The year-first
 * forms were not: Kyrgyz "2026-ж., 4-декабрь" (blind38's komuz maker), Kazakh "2026 ж. 4
 * желтоқсан" (a year's word CLDR writes after the year), Malayalam and Burmese "2026,
 * ഡിസംബർ 4" (a comma after the year), Urdu "4 دسمبر، 2026" (the Arabic comma) and the
 * full Chinese and Japanese "2026年12月4日星期五" (the weekday glued to the day's mark).
 */
class CldrDateFormsOfEveryLanguageTests extends WholePageTests {

	// Days of the first half of the month and of the second, up to 12 and above it.
	private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 3, 9),
			LocalDate.of(2026, 7, 23), LocalDate.of(2026, 2, 17));

	private static final FormatStyle[] STYLES = { FormatStyle.FULL, FormatStyle.LONG, FormatStyle.MEDIUM };

	// The forms still not read, on JDK 17's locale data (CLDR 39) or JDK 25's (CLDR 47),
	// and why: "date" is the style's date, "time" its date and time.
	private static final Map<String, Set<String>> NOT_READ = Map.ofEntries(
			// a slashed numeric date alone, its order unknown ("04/12/2026"): none, as
			// any such line
			Map.entry("ar", Set.of("MEDIUM date", "MEDIUM time")),
			// a month's abbreviation with the script's own mark after it: Amharic "ፌብ",
			// Hebrew "בדצמ׳" (the preposition glued on), Hindi "दिस॰"
			Map.entry("am", Set.of("MEDIUM date", "MEDIUM time")),
			Map.entry("he", Set.of("MEDIUM date", "MEDIUM time")),
			Map.entry("hi", Set.of("MEDIUM date", "MEDIUM time")),
			// an abbreviation another language's month shares: Croatian "srp", Polish
			// "lip"; Burmese's of two letters, "ဒီ"
			Map.entry("hr", Set.of("MEDIUM date", "MEDIUM time")),
			Map.entry("pl", Set.of("MEDIUM date", "MEDIUM time")),
			Map.entry("my", Set.of("MEDIUM date", "MEDIUM time")),
			// words between the date and the clock no language file lists: Greek " - "
			// and
			// "π.μ.", Albanian "në" and "e paradites", Filipino "nang", Hausa "da"
			Map.entry("el", Set.of("FULL time", "LONG time", "MEDIUM time")),
			Map.entry("sq", Set.of("FULL time", "LONG time", "MEDIUM time")),
			Map.entry("tl", Set.of("FULL time", "LONG time")), Map.entry("ha", Set.of("LONG time")),
			// Esperanto's "2026-decembro-04" and "10-a horo kaj 30"
			Map.entry("eo", Set.of("FULL time", "LONG date", "LONG time", "MEDIUM date", "MEDIUM time")),
			// Basque's "2026(e)ko abenduakren 4(a)": the month with a case ending glued
			Map.entry("eu", Set.of("FULL date", "FULL time", "LONG date", "LONG time", "MEDIUM date", "MEDIUM time")),
			// an era's word before the year: Thai "ค.ศ. 2026", Lao "AD 2026", and Lao's
			// clock words
			Map.entry("th", Set.of("FULL date", "FULL time", "LONG date", "LONG time")),
			Map.entry("lo", Set.of("FULL date", "FULL time", "LONG time")),
			// the weekday after the day, behind a comma: Mongolian "сарын 4, баасан
			// гараг",
			// Telugu "4, డిసెంబర్ 2026, శుక్రవారం" (a comma after the day too)
			Map.entry("mn", Set.of("FULL date", "FULL time")), Map.entry("te", Set.of("FULL date", "FULL time")),
			// Pashto's "د 2026 د دسمبر 4": the genitive before the year
			Map.entry("ps", Set.of("FULL date", "FULL time", "LONG date", "LONG time")),
			// Somali's months of several words ("Bisha Laba iyo Tobnaad")
			Map.entry("so", Set.of("FULL date", "FULL time", "LONG date", "LONG time")),
			// Vietnamese "4 thg 12, 2026", Yoruba "4 12 2026": numbers with a word or a
			// space between them
			Map.entry("vi", Set.of("MEDIUM date", "MEDIUM time")),
			Map.entry("yo", Set.of("MEDIUM date", "MEDIUM time")));

	@Test
	void everyLanguagesOwnDateFormsAreReadAsDateLines() {
		List<String> unread = new ArrayList<>();
		int read = 0;
		for (String language : new TreeSet<>(Languages.codes())) {
			Locale locale = Locale.forLanguageTag(language);
			for (FormatStyle style : STYLES) {
				for (boolean withTime : new boolean[] { false, true }) {
					String form = style + (withTime ? " time" : " date");
					if (NOT_READ.getOrDefault(language, Set.of()).contains(form)) {
						continue;
					}
					DateTimeFormatter formatter = (withTime ? DateTimeFormatter.ofLocalizedDateTime(style)
							: DateTimeFormatter.ofLocalizedDate(style))
						.withLocale(locale);
					for (LocalDate date : DATES) {
						String line = asOnPage(formatter.format(date.atTime(10, 30).atZone(ZoneOffset.UTC)));
						DateLineDetector.DateLine dateLine = DateLineDetector.detect(line);
						if (dateLine == null || !date.equals(dateLine.date())) {
							unread.add(language + " " + form + ": " + line);
						}
						else {
							read++;
						}
					}
				}
			}
		}
		assertThat(unread).isEmpty();
		assertThat(read).isGreaterThan(1800);
	}

	// The line as the extractor reads it from a page: its no-break spaces (CLDR 47's
	// "2026\u202Fж.") are spaces, its direction marks gone.
	private static String asOnPage(String line) {
		return TextDecoder.decode(line.getBytes(StandardCharsets.UTF_8)).strip();
	}

	@Test
	void aKyrgyzYearFirstDateLineDatesThePageAndLeavesTheBody() {
		ParsedArticle article = extract("""
				Нарындык уста 500-комузун жасап бүттү — Ала-Тоо Кабар
				Башкы бет
				Жаңылыктар
				Маданият
				Нарындык уста 500-комузун жасап бүттү
				Автор: Айгүл Токтосунова
				2026-ж., 4-декабрь, 10:30
				Нарын шаарындагы комуз устасы өзүнүн 500-комузун жасап бүттү.
				Уста комуздарды өрүк жыгачынан жасайт. Бир комузду жасоо үчүн ага эки жумадай убакыт керек.
				Ал бул өнөрдү атасынан 1998-жылы үйрөнгөн. Азыр анын устаканасында үч шакирт иштейт.
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(article.body()).startsWith("Нарын шаарындагы").doesNotContain("2026-ж.");
	}

	@Test
	void aKazakhYearFirstDateLineDatesThePage() {
		ParsedArticle article = extract("""
				Жаңалықтар

				Қоғам

				Мәдениет

				Шымкентте жаңа кітапхана ашылды

				2026 ж. 17 ақпан, 09:15

				Шымкент қаласында үш қабатты жаңа кітапхана оқырмандарға есігін ашты.

				Кітапханада балалар бөлімі мен жиырма мың кітап бар, деп хабарлады қала әкімдігі.

				Ғимарат екі жыл бойы салынды және оған облыс бюджетінен қаржы бөлінді.
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(article.body()).startsWith("Шымкент қаласында");
	}

	@Test
	void anUrduDateLineWithTheArabicCommaDatesThePage() {
		ParsedArticle article = extract("""
				صفحہ اول

				پاکستان

				لاہور میں نئی لائبریری کا افتتاح

				جمعہ، 4 دسمبر، 2026

				لاہور میں شہر کی سب سے بڑی پبلک لائبریری کا افتتاح کر دیا گیا ہے۔

				لائبریری میں بچوں کے لیے الگ حصہ اور بیس ہزار کتابیں موجود ہیں۔

				شہریوں نے نئی لائبریری کے قیام کا خیرمقدم کیا ہے۔
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	// Look-alikes: a year with a comma before a count and a month's word in running
	// text is no year-first date; a height in metres before a day and month stays none.
	@Test
	void aYearBeforeACommaInASentenceIsNoYearFirstDate() {
		assertThat(DateParser.findAll(DateParser.tokenize("In 2026, 14 schools closed for the winter."))).isEmpty();
		assertThat(DateParser.findAll(DateParser.tokenize("Hütte (2050 m, 12. Juli)"))).isEmpty();
	}

	// review61b: a year before a comma and a day and month that take their own year is
	// no year-first date: the later year is the date's ("2025, 12 May 2026").
	@Test
	void aDayAndMonthWithTheirOwnYearAfterAYearAndACommaAreThatYearsDate() {
		assertThat(DateParser.first("Reports 2025, 12 May 2026")).isEqualTo(LocalDate.of(2026, 5, 12));
		assertThat(DateParser.first("Dec 2025, 4 January 2026")).isEqualTo(LocalDate.of(2026, 1, 4));
		assertThat(DateParser.first("Season 2025, May 4, 2026")).isEqualTo(LocalDate.of(2026, 5, 4));
		assertThat(DateParser.first("2026၊ 4 ဒီဇင်ဘာ")).isEqualTo(LocalDate.of(2026, 12, 4));
	}

}
