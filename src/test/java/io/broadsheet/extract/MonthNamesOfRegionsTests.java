package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round date47: a region's own month names, which the JDK's locale data (CLDR) gives for
 * a country and not for its language — the Levant's "نيسان" (April), the Maghreb's "جوان"
 * (June) — read as months; the same month named again after a slash ("24 نيسان / أبريل
 * 2026") read as one month; and German "Artikel vom" labelling an article's own date
 * under its writer's box.
 */
class MonthNamesOfRegionsTests extends WholePageTests {

	private static final String ARABIC_TEXT = """
			قالت البلدية إن العمل في الحديقة الجديدة قرب النهر سينتهي قبل بداية الصيف، وإنها ستفتح أبوابها للعائلات كل يوم من الصباح حتى المساء.

			وأضاف رئيس البلدية أن الحديقة ستضم ملاعب للأطفال ومقاعد جديدة وممرات للدراجات، وأن الأشجار القديمة ستبقى في مكانها.

			وطلب بعض السكان زيادة الإنارة في الممرات لأن الظلام يحل مبكرا في الشتاء، ووعدت البلدية بدراسة الطلب.
			""";

	private static final String GERMAN_TEXT = """
			Die Gemeinde hat am Dienstagabend beschlossen, das alte Schulhaus am Dorfplatz nicht zu verkaufen, sondern als Treffpunkt für die Vereine zu nutzen.

			Die meisten der zwanzig Bürgerinnen und Bürger, die zur Sitzung gekommen waren, wünschten sich dort auch einen Raum für die Bücherei.

			Bevor der Raum im Frühjahr öffnen kann, muss allerdings das Dach repariert werden, wofür die Gemeinde Geld beim Land beantragen will.
			""";

	// The Levant's April and Egypt's, joined by a slash, under the headline.
	@Test
	void levantineMonthWithItsSecondNameDatesThePost() {
		ParsedArticle article = extract("""
				الرئيسية

				أخبار محلية

				حديقة جديدة على ضفة النهر

				تم نشره الجمعة 24 نيسان / أبريل 2026 09:22 مساءً

				""" + ARABIC_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 4, 24));
	}

	// An Algerian page's June.
	@Test
	void maghrebMonthDatesThePost() {
		ParsedArticle article = extract("""
				الرئيسية

				أخبار محلية

				حديقة جديدة على ضفة النهر

				الخميس 4 جوان 2026

				""" + ARABIC_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 6, 4));
	}

	// Look-alike: a Moroccan page's July, which ar.properties already names and the
	// region's locale data names the same month: read as before.
	@Test
	void moroccanMonthDatesThePost() {
		ParsedArticle article = extract("""
				الرئيسية

				أخبار محلية

				حديقة جديدة على ضفة النهر

				الخميس 2 يوليوز 2026 - 10:15

				""" + ARABIC_TEXT);
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 7, 2));
	}

	// "Artikel vom" is a publication date's label, as "Veröffentlicht am" is.
	@Test
	void artikelVomLabelsThePublicationDate() {
		DateLineDetector.DateLine line = DateLineDetector.detect("Artikel vom 31.10.26");
		assertThat(line).isNotNull();
		assertThat(line.label()).isEqualTo(DateLineDetector.Label.PUBLISHED);
		assertThat(line.date()).isEqualTo(LocalDate.of(2026, 10, 31));
	}

	// Look-alike: "Artikel vom" under the writer's box, a teaser further down with
	// another writer's date: the article's date stays the one under its headline.
	@Test
	void artikelVomDatesThePostOverATeasersDate() {
		ParsedArticle article = extract("""
				Gemeindezeitung

				Startseite

				Das alte Schulhaus bleibt der Gemeinde

				Das Schulhaus am Dorfplatz (© 2019 Gemeinde)

				Anna Berger

				Anna schreibt seit zehn Jahren über die Gemeinde und ihre Vereine.

				Artikel vom 31.10.26

				""" + GERMAN_TEXT + """

				Neue Bänke für den Spielplatz am Bach

				Max Huber | 22.11.25

				Der Spielplatz am Bach bekommt neue Bänke, die der Verein gespendet hat, und einen Zaun zur Straße hin.
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 10, 31));
	}

	// Look-alike: a car maker's name that is the Levant's April, before a model year in a
	// sentence, is no date.
	@Test
	void carMakerBeforeAModelYearIsNoDate() {
		assertThat(DateParser.first("وصلت سيارة نيسان 2026 الجديدة إلى الأسواق")).isNull();
	}

	// Look-alike: two different months after a slash are a range, not one month's two
	// names: no date is read from the first one's year.
	@Test
	void twoDifferentMonthsAfterASlashAreNoSecondName() {
		assertThat(DateParser.first("24 نيسان / أيار 2026")).isNull();
		assertThat(DateParser.first("21. juni/juli 2026")).isNull();
	}

	// Look-alike: a language's own month is still read where a region has its own word.
	@Test
	void languagesOwnMonthStillReads() {
		assertThat(DateParser.first("الجمعة 24 أبريل 2026")).isEqualTo(LocalDate.of(2026, 4, 24));
		assertThat(DateParser.first("15. Januar 2026")).isEqualTo(LocalDate.of(2026, 1, 15));
	}

}
