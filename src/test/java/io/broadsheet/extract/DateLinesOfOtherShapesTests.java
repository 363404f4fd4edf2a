package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round date45: date lines under the headline in shapes the detector did not read — a
 * year glued to its clock ("Nov 20 20264:29 AM"), Pashto's year-first genitive date ("د
 * ۲۰۲۶ کال د ډسمبر ۴مه"), Albanian's "Publikuar më:" before a slashed date, and a slashed
 * date with a two-digit year alone under a Welsh byline ("03/12/26"), read day first
 * because the page's language writes it so and left unread where nothing tells the order.
 */
class DateLinesOfOtherShapesTests extends WholePageTests {

	private static final String ENGLISH_TEXT = """
			The parish council met on Tuesday evening to decide what to do with the old school house, empty since the last pupils left in the summer.

			Most of the twenty residents who came wanted it kept as a meeting room for the village, with the library's books moved in from the church hall.

			The council will ask the county for a grant to mend the roof before the winter, and hopes to open the room in the spring.
			""";

	private static final String PASHTO_TEXT = """
			د کندهار په ښار کې د ژمي په پیل سره د لرګیو بیه دوه چنده شوې او ډېرې کورنۍ وايي چې د کور ګرمولو لپاره پیسې نه لري.

			د ښار د بازار دوکاندارانو وویل چې لرګي له لرې سیمو راځي او د لارې لګښت زیات شوی دی.

			ښاروالۍ ویلي چې په راتلونکې اونۍ کې به بې وزلو کورنیو ته وړیا لرګي ووېشي او د بیو څارنه به وکړي.
			""";

	private static final String ALBANIAN_TEXT = """
			Bashkia e Korçës ka hapur një park të ri për fëmijët pranë liqenit, me lojëra dhe stola të rinj për prindërit.

			Parku do të jetë i hapur çdo ditë nga ora tetë e mëngjesit deri në ora dhjetë të mbrëmjes, tha kryetari i bashkisë.

			Disa prindër kërkuan që të vendosen edhe më shumë drita, sepse në dimër errësohet herët.
			""";

	private static final String WELSH_TEXT = """
			Mae llyfrgell y dref wedi agor ystafell newydd i blant ar ôl blwyddyn o waith, yn ôl y cyngor sy'n ei rhedeg.

			Mae'r ystafell ar agor bob dydd Sadwrn, ac mae gwirfoddolwyr yn darllen straeon i'r plant bob bore.

			“Rydyn ni'n falch iawn o weld cymaint o deuluoedd yn dod yma,” meddai'r llyfrgellydd, Elin Huws.
			""";

	// A theme that prints the time right after the year, glued: the year and the hour.
	@Test
	void yearGluedToItsClockDatesThePost() {
		ParsedArticle article = extract("""
				Village Notes

				Home

				What next for the old school house

				Published Fri, Nov 20 20264:29 AM EST

				""" + ENGLISH_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 20));
	}

	// The same with a six-digit run: the year and a two-digit hour.
	@Test
	void yearGluedToATwoDigitHourDatesThePost() {
		ParsedArticle article = extract("""
				Village Notes

				Home

				What next for the old school house

				August 06, 202612:52 pm

				""" + ENGLISH_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 8, 6));
	}

	// Look-alike: a case number with a clock after it names no month: no date.
	@Test
	void caseNumberBeforeAClockIsNoDate() {
		ParsedArticle article = extract("""
				Village Notes

				Home

				What next for the old school house

				Case 20264:15

				""" + ENGLISH_TEXT);
		assertThat(article.publishedDate()).isNull();
	}

	// review45a's look-alikes: a count, a phone number or a product code glued to a
	// clock names no month: no date.
	@Test
	void countsAndCodesBeforeAClockAreNoDate() {
		assertThat(DateParser.first("Views 20194:29")).isNull();
		assertThat(DateParser.first("Call 20194:29 today")).isNull();
		assertThat(DateParser.first("SKU 202612:30")).isNull();
		assertThat(DateParser.first("Score: 20194:29")).isNull();
	}

	// Pashto: the year, "کال" (year), "د" (of), the month, the day with "مه".
	@Test
	void pashtoYearFirstGenitiveDateDatesThePage() {
		ParsedArticle article = extract("""
				ټولنه

				کندهار کې د لرګیو بیه دوه چنده شوه

				راپور: محمد ولي احمدي

				د ۲۰۲۶ کال د ډسمبر ۴مه

				""" + PASHTO_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	// Look-alike: the year and its word with no month and day after them: no date.
	@Test
	void pashtoYearWithoutMonthIsNoDate() {
		ParsedArticle article = extract("""
				ټولنه

				کندهار کې د لرګیو بیه دوه چنده شوه

				راپور: محمد ولي احمدي

				د ۲۰۲۶ کال د ژمي ۴ ورځې

				""" + PASHTO_TEXT);
		assertThat(article.publishedDate()).isNull();
	}

	// Albanian: "më" (on) after the label, before a slashed date the language writes
	// day first.
	@Test
	void albanianPublikuarMeLabelDatesThePage() {
		ParsedArticle article = extract("""
				Lajme

				Korça hap një park të ri për fëmijët

				Nga Besa Hoxha

				Publikuar më: 03/12/2026 10:40

				""" + ALBANIAN_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	// Welsh: a two-digit year alone under a bare name and its role, day first as Welsh
	// writes it.
	@Test
	void welshShortSlashedDateUnderTheBylineDatesThePage() {
		ParsedArticle article = extract("""
				Newyddion

				Ystafell newydd i blant yn llyfrgell y dref

				Elin Morgan

				Gohebydd

				03/12/26

				""" + WELSH_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	// Look-alike: the same line on an English page, whose dates and language tell no
	// order: no date rather than a guess.
	@Test
	void shortSlashedDateWithNoOrderToldIsNoDate() {
		ParsedArticle article = extract("""
				Village Notes

				What next for the old school house

				Ruth Evans

				Reporter

				03/12/26

				""" + ENGLISH_TEXT);
		assertThat(article.publishedDate()).isNull();
	}

}
