package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round date57: the only date line of a page, written in a form of its language the
 * parser did not read — a Solar Hijri month typed with the Arabic yeh (an Iranian news
 * site's "تاریخ انتشار: ۲۱ ارديبهشت ۱۳۹۹"), Hungarian's numeric date with a space after
 * each dot ("2020. 06. 04. 11:27"), a blog's two-digit year after an apostrophe
 * ("veröffentlicht am 14 Feb ’20"). Each of dev's three such pages gave no date. The
 * look-alike: a student's class year after the writer's name dates nothing.
 */
class DateFormsOfTheirLanguagesTests extends WholePageTests {

	@Test
	void solarHijriMonthWithTheArabicYehDatesThePage() {
		ParsedArticle article = extract(
				"""
						خبرگزاری شهر

						صفحه اصلی

						سیاسی

						اجتماعی

						بازگشایی کتابخانه مرکزی شهر پس از دو ماه

						تاریخ انتشار: ۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹

						کتابخانه مرکزی شهر پس از دو ماه تعطیلی از روز شنبه دوباره به روی مراجعه‌کنندگان باز می‌شود.

						مدیر کتابخانه گفت که ساعات کار تا اطلاع ثانوی کوتاه‌تر خواهد بود و مراجعه‌کنندگان باید از ماسک استفاده کنند.

						به گفته او، بخش کودکان و سالن مطالعه هنوز بسته می‌ماند و کتاب‌ها را می‌توان از پیش به صورت اینترنتی رزرو کرد.
						""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2020, 5, 10));
	}

	@Test
	void hungarianSpacedNumericDateDatesThePage() {
		ParsedArticle article = extract(
				"""
						Somogyi Hírlap

						Kaposvár

						Balaton

						Megyei hírek

						Újra kinyit a városi könyvtár két hónap után

						2020. 06. 04. 11:27

						A városi könyvtár szombattól újra fogadja az olvasókat, miután két hónapig zárva tartott a járvány miatt.

						Az igazgató szerint a nyitvatartási idő egyelőre rövidebb lesz, és az olvasóknak maszkot kell viselniük az épületben.

						A gyermekrészleg és az olvasóterem egyelőre zárva marad, a könyveket azonban előre lehet foglalni az interneten.
						""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2020, 6, 4));
	}

	@Test
	void apostropheYearOnTheMetaLineDatesThePost() {
		ParsedArticle article = extract(
				"""
						Werkstattnotizen

						Blog

						Über mich

						Kontakt

						Mein erstes Jahr als Selbständige: was ich gelernt habe

						veröffentlicht am 14 Feb ’20 | Kategorien: Selbständigkeit | Jetzt kommentieren

						Vor einem Jahr habe ich meine feste Stelle gekündigt und mich mit einer kleinen Schreinerwerkstatt selbständig gemacht.

						Das Wichtigste, was ich gelernt habe: Ohne klare Preise und schriftliche Angebote verliert man schnell den Überblick.

						Im zweiten Jahr möchte ich einen Lehrling einstellen und die Werkstatt an zwei Tagen in der Woche für Kurse öffnen.
						""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2020, 2, 14));
	}

	// Look-alike: a student paper's byline with the writers' class years, and no date.
	@Test
	void classYearsAfterTheWritersDateNothing() {
		ParsedArticle article = extract(
				"""
						The Campus Courier

						News

						Sports

						Opinion

						Library extends its hours for the exam weeks

						By Maya Okafor ’28 and Ben Liu ’27, Staff Writers

						The main library will stay open until two in the morning from Monday until the last day of exams, the dean of students announced.

						Students asked for the longer hours in a petition signed by more than eight hundred people last term.

						The café on the ground floor will keep its usual hours, but vending machines on the second floor will be restocked every night.
						""");
		assertThat(article.publishedDate()).isNull();
	}

	// review57b: an apostrophe's ’99 is 1999, not 2099.
	@Test
	void apostropheYearOfTheLastCenturyDatesThePostInIt() {
		ParsedArticle article = extract("""
				Old Town Notes

				Home

				Archive

				About

				Remembering the night the lights went out on the east side

				Posted 3 Dec ’99 by admin | 4 Comments

				It was a cold night, and the whole of the east side lost power just after eight in the evening.

				Neighbours brought candles and soup to the older residents of the street until the power came back.

				We collected some of your memories of that night below; send us yours and we will add them.
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(1999, 12, 3));
	}

	// review57b look-alike: a decade's apostrophe ("’90er", the nineties) on the meta
	// line dates nothing, where 2090 was read.
	@Test
	void decadeAfterTheApostropheDatesNothing() {
		ParsedArticle article = extract(
				"""
						Kleine Werkstatt

						Blog

						Über mich

						Kontakt

						Unsere Lieblingsplatten der Neunziger

						Playlist vom 5 Mai ’90er-Abend | Kategorien: Musik | Jetzt kommentieren

						Wir haben für den Abend eine Liste der Platten zusammengestellt, die uns in der Werkstatt seit Jahren begleiten.

						Dazu gehören einige Klassiker, aber auch ein paar Entdeckungen aus den Plattenkisten eines Flohmarkts in Leipzig.

						Wer mag, kann uns seine eigenen Vorschläge in den Kommentaren schreiben.
						""");
		assertThat(article.publishedDate()).isNull();
	}

}
