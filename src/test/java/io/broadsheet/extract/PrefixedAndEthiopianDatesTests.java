package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round date48: date lines the parser did not read, so that they dated no page and stayed
 * in the body — an Amharic date in the Ethiopian calendar ("ጥቅምት 10 ቀን 2019 ዓ.ም", read as
 * its Gregorian day), a Xhosa or Zulu weekday with "ngo-" glued to it ("ngoMvulo, 7
 * kuDisemba 2026"), a Zulu month by its own name ("4 kuZibandlela 2026") and a Yoruba
 * month of two words before the day ("Oṣù Kejìlá 3, 2026").
 */
class PrefixedAndEthiopianDatesTests extends WholePageTests {

	private static final String AMHARIC_TEXT = """
			የከተማው አስተዳደር በመርካቶ አካባቢ አዲስ የገበያ ማዕከል ዛሬ ከፍቶ ለነጋዴዎች አስረክቧል።

			ማዕከሉ ከሦስት መቶ በላይ ሱቆችና ለገዢዎች የመኪና ማቆሚያ ቦታ እንዳለው ተገልጿል።

			ግንባታው ሁለት ዓመት የፈጀ ሲሆን ነጋዴዎቹ በሚቀጥለው ሳምንት ሥራ ይጀምራሉ ተብሏል።
			""";

	private static final String XHOSA_TEXT = """
			Abahlali baseNgcobo bafumene iklinikhi entsha evulwe nguMphathiswa wezeMpilo ngale veki.

			Iklinikhi iza kuvulwa yonke imihla ukusuka ngentsimbi yesixhenxe kusasa ukuya ngentsimbi yesixhenxe ngokuhlwa.

			Oogqirha abathathu kunye noonesi abalishumi baza kusebenza kule klinikhi entsha.
			""";

	private static final String ZULU_TEXT = """
			Abalimi basendaweni yaseNkandla bathole ugandaganda omusha ozobasiza ukulima amasimu abo.

			Umkhandlu uthe ugandaganda uzosetshenziswa yibo bonke abalimi bendawo ngokushintshana.

			Abalimi bathi lokhu kuzobasiza kakhulu ngoba bebeqasha ugandaganda ngemali eningi.
			""";

	private static final String YORUBA_TEXT = """
			Ìjọba ìpínlẹ̀ Ọ̀yọ́ ṣí ilé ìwòsàn tuntun kan ní ìlú Ìséyìn ní àná, àwọn ará ìlú sì péjọ láti wò ó.

			Àwọn dókítà mẹ́fà àti àwọn nọ́ọ̀sì ogún ni yóò máa ṣiṣẹ́ níbẹ̀ ní gbogbo ọjọ́.

			Ọba ìlú náà dúpẹ́ lọ́wọ́ ìjọba fún iṣẹ́ rere tí wọ́n ṣe fún àwọn ará ìlú.
			""";

	// The Ethiopian calendar's Tikimt 10, 2019, is 20 October 2026; its line leaves the
	// body with the byline over it.
	@Test
	void ethiopianDateLineDatesThePostAndLeavesTheBody() {
		ParsedArticle article = extract("""
				ዜና

				በመርካቶ አዲስ የገበያ ማዕከል ተከፈተ

				ዘጋቢ፦ ሰላማዊት ተስፋዬ

				ጥቅምት 10 ቀን 2019 ዓ.ም

				""" + AMHARIC_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 10, 20));
		assertThat(article.body()).doesNotContain("ጥቅምት").startsWith("የከተማው አስተዳደር");
	}

	// The calendar's days: the thirteenth month has six days in a year before a
	// Gregorian leap year only, and the era's words are part of the date.
	@Test
	void ethiopianDaysAreTheCalendars() {
		assertThat(DateParser.first("ኅዳር 24 ቀን 2019 ዓ.ም.")).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(DateParser.first("ህዳር 24 2019")).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(DateParser.first("ጳጉሜን 6 ቀን 2019 ዓ.ም")).isEqualTo(LocalDate.of(2027, 9, 11));
		assertThat(DateParser.first("ጳጉሜን 6 ቀን 2018 ዓ.ም")).isNull();
		assertThat(DateParser.first("ጥር 31 ቀን 2019 ዓ.ም")).isNull();
	}

	// Look-alike: an Ethiopian month with a year and no day, in a sentence, is no date.
	@Test
	void ethiopianMonthWithoutADayIsNoDate() {
		assertThat(DateParser.first("ግንባታው በሰኔ 2019 ይጠናቀቃል ተብሏል።")).isNull();
		assertThat(DateParser.first("ሰኔ 2019")).isNull();
	}

	// Xhosa's Monday with "ngo-" (on) glued to it, over a month with the locative's
	// "ku-": the line is the page's date, not a sentence.
	@Test
	void prefixedWeekdayLineDatesThePostAndLeavesTheBody() {
		ParsedArticle article = extract("""
				Impilo

				Iklinikhi entsha ivuliwe eNgcobo

				ngoMvulo, 7 kuDisemba 2026

				""" + XHOSA_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(article.body()).doesNotContain("ngoMvulo,").startsWith("Abahlali baseNgcobo");
	}

	// Look-alike: "ngo-" glued to a weekday's short form ("ngomso", tomorrow) is a word,
	// and the line a sentence's start, as before.
	@Test
	void prefixOnAShortFormIsNoWeekday() {
		assertThat(DateLineDetector.detect("ngomso 7 kuDisemba 2026")).isNull();
	}

	// Zulu's own name of December ("uZibandlela"), with the locative's "ku-".
	@Test
	void zuluMonthByItsOwnNameDatesThePost() {
		ParsedArticle article = extract("""
				Izindaba

				Abalimi baseNkandla bathola ugandaganda omusha

				Umbhali: Thandeka Ngcobo

				4 kuZibandlela 2026

				""" + ZULU_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(article.body()).doesNotContain("kuZibandlela").startsWith("Abalimi basendaweni");
	}

	// Look-alike: a Zulu month by its own name in a sentence of the text does not date
	// the page, whose date line names CLDR's month.
	@Test
	void zuluMonthInTheTextDoesNotDateThePost() {
		ParsedArticle article = extract("""
				Izindaba

				Abalimi baseNkandla bathola ugandaganda omusha

				Umbhali: Thandeka Ngcobo

				2 Disemba 2026

				""" + ZULU_TEXT + """

				Ugandaganda wesibili uzofika kusukela ngomhlaka 5 kuMasingana 2027, kusho umkhandlu.
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	// Yoruba's counted month of two words ("month twelve") before the day, as English
	// writes "December 3, 2026", under a weekday.
	@Test
	void yorubaMonthOfTwoWordsBeforeTheDayDatesThePost() {
		ParsedArticle article = extract("""
				Ìròyìn

				Ilé ìwòsàn tuntun ṣí ní Ìséyìn

				Láti ọwọ́ Adéwálé Ògúndípè

				Ọjọ́bọ̀, Oṣù Kejìlá 3, 2026

				""" + YORUBA_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(article.body()).doesNotContain("Oṣù Kejìlá").startsWith("Ìjọba ìpínlẹ̀");
	}

	// Look-alike: the day before the month of two words reads as before.
	@Test
	void yorubaDayBeforeTheMonthStillReads() {
		assertThat(DateParser.first("4 Oṣù Kejìlá 2026, 10:30")).isEqualTo(LocalDate.of(2026, 12, 4));
	}

}
