package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round open59: two date lines in numbers only that blind36 left unread. A month in
 * capital Roman numerals ("3.XII.2026"), read where the parser reads a day, a month and a
 * year, and with it the writer's bare name over the line, trusted next to a date line;
 * and an ambiguous slashed date ("04/12/2026") on an article in a script that leaves no
 * space between words, whose short paragraphs are no running text: its language, which
 * the script names, orders the date as CLDR's short pattern for it does (Lao and Khmer
 * day first).
 */
class RomanMonthAndUnspacedLanguageOrderTests extends WholePageTests {

	// A Polish site's English edition: the writer's name alone over the Roman date line
	// (the base: no date, no writer).
	@Test
	void romanMonthDatesAPolishSitesPageAndItsWriter() {
		ParsedArticle article = extract(
				"""
						Skip to content
						Krakow Courier
						News
						Business
						Culture
						Sport
						Culture
						Zakopane's woodcarvers open a workshop for the village's children
						Agnieszka Nowak
						3.XII.2026
						Zakopane's last three woodcarvers have opened a workshop where the village's children can learn the craft on Saturday mornings.
						The workshop, in a former sawmill on the edge of the village, has twelve benches and a stove the carvers rebuilt themselves.
						"When we were boys every house had a carver in it, and now there are three of us left," said Jan Gąsienica, who is 71.
						The children carve spoons first, then small animals, before they are given a chisel for the patterns on the lintels.
						The workshop is open to anyone from the age of ten, and the first course of ten lessons is already full.
						Share this article
						""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly("Agnieszka Nowak");
	}

	// A Czech town's page, the month between spaced dots (the base: no date).
	@Test
	void romanMonthBetweenSpacedDotsDatesACzechPage() {
		ParsedArticle article = extract(
				"""
						Zpravodaj města Telč

						Obec

						Úřad

						Kultura

						Sport

						Kontakty

						V Telči se po dvaceti letech opět otevřela kovárna na náměstí

						Petra Dvořáková

						3. XII. 2026

						Stará kovárna na náměstí v Telči se po dvaceti letech opět otevřela. Kovář Josef Novák v ní bude kovat podkovy i zábradlí.

						Město kovárnu koupilo před třemi lety a opravilo střechu, výheň i dílnu. Náklady byly přes dva miliony korun.

						„Chtěli jsme, aby se sem řemeslo vrátilo, a lidé se sem chodí dívat každý den,“ řekl starosta města.

						Kovárna bude otevřená pro veřejnost každou sobotu od devíti do dvanácti hodin.

						Sdílet
						""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	// A Lao article: four short paragraphs, each closed by a full stop, too few spaced
	// words to be running text; the date under the byline is the 4th of December, as
	// Lao writes the day first (the base: no date).
	@Test
	void laoArticlesSlashedDateIsReadDayFirst() {
		ParsedArticle article = extract("""
				ວັດທະນະທຳ

				ແມ່ຍິງບ້ານນາຊາຍ ເປີດໂຮງຕ່ຳແຜ່ໃໝ່

				ຂຽນໂດຍ: ນາງ ສີດາ ວົງສະຫວັນ

				04/12/2026

				ກຸ່ມແມ່ຍິງບ້ານນາຊາຍ ແຂວງຫຼວງພະບາງ ໄດ້ເປີດໂຮງຕ່ຳແຜ່ໃໝ່ ເພື່ອສອນເດັກນ້ອຍໃນບ້ານ.

				ໂຮງຕ່ຳແຜ່ມີກີ່ຕ່ຳແຜ່ 20 ກີ່ ແລະ ເປີດທຸກວັນເສົາ.

				ນາງ ຄຳໃສ ອາຍຸ 68 ປີ ກ່າວວ່າ "ພວກເຮົາຢາກໃຫ້ລູກຫຼານຮູ້ຈັກລາຍແຜ່ຂອງບ້ານ".

				ປັດຈຸບັນມີເດັກນ້ອຍມາຮຽນ 25 ຄົນ.

				ແບ່ງປັນ
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	// A Khmer article of the same shape, its paragraphs closed by the Khmer full stop
	// (the base: no date).
	@Test
	void khmerArticlesSlashedDateIsReadDayFirst() {
		ParsedArticle article = extract("""
				វប្បធម៌

				សិប្បករ​ត្បាញ​សូត្រ​ភូមិ​កោះ​ដាច់​បើក​សាលា​ថ្មី

				ដោយ៖ សុខ ចាន់ធី

				04/12/2026

				សិប្បករ​ត្បាញ​សូត្រ​នៅ​ភូមិ​កោះ​ដាច់ បាន​បើក​សាលា​ថ្មី​មួយ​សម្រាប់​កុមារ​ក្នុង​ភូមិ។

				សាលា​នេះ​មាន​កី​ត្បាញ ១៥ ហើយ​បើក​រៀង​រាល់​ថ្ងៃ​សៅរ៍។

				លោកស្រី ស្រី ពៅ អាយុ ៦៥ ឆ្នាំ​បាន​និយាយ​ថា "យើង​ចង់​ឱ្យ​កូន​ចៅ​ចេះ​ត្បាញ"។

				បច្ចុប្បន្ន​មាន​កុមារ ៣០ នាក់​មក​រៀន។

				ចែករំលែក
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	// Look-alike: an English article of the same short shape; English writes the date
	// both ways, so the date stays unread.
	@Test
	void englishArticlesSlashedDateStaysUnread() {
		ParsedArticle article = extract("""
				Culture

				Village weavers open a new workshop

				Written by: Sarah Miles

				04/12/2026

				The weavers of Nether Wallop have opened a new workshop for the village's children.

				It has twenty looms and opens every Saturday.

				"We want them to know the village's patterns," said Ann Carter, 68.

				Twenty-five children now come to learn.

				Share
				""");
		assertThat(article.publishedDate()).isNull();
	}

	// review59a: an English page of short lines whose only closed sentence is a French
	// cookie notice: its language orders no date (the base read the 4th of December).
	@Test
	void aCookieNoticeInAnotherLanguageOrdersNoDateOnAnEnglishPage() {
		ParsedArticle article = extract("""
				Nous utilisons des cookies pour améliorer votre expérience sur notre site.
				Accepter
				Culture
				Village weavers open a new workshop
				Written by: Sarah Miles
				04/12/2026
				Twenty looms, every Saturday
				Photo: Ann Carter
				Share
				""");
		assertThat(article.publishedDate()).isNull();
	}

	// review59a: a Burmese short article, its paragraphs closed by the Burmese full stop,
	// still read day first.
	@Test
	void burmeseArticlesSlashedDateIsReadDayFirst() {
		ParsedArticle article = extract("""
				ယဉ်ကျေးမှု
				ရက်ကန်းသည်များ အလုပ်ရုံသစ် ဖွင့်လှစ်
				04/12/2026
				ရွာရှိ ရက်ကန်းသည်များသည် ကလေးများအတွက် အလုပ်ရုံသစ်တစ်ခု ဖွင့်လှစ်ခဲ့သည်။
				အလုပ်ရုံတွင် ရက်ကန်းစင် ၂၀ ရှိပြီး စနေနေ့တိုင်း ဖွင့်သည်။
				မျှဝေပါ
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	// review59a: a Polish page whose only line of a day, a Roman number and a year is a
	// chapter's ("Rozdział 3 IV 2026"): no date (the base read the 3rd of April).
	@Test
	void aChaptersRomanNumberDatesNoPolishPage() {
		ParsedArticle article = extract(
				"""
						Kronika
						Warsztat rzeźbiarzy w Zakopanem
						Anna Nowak
						Rozdział 3 IV 2026
						Rzeźbiarze otworzyli warsztat dla dzieci ze wsi, w dawnym tartaku na skraju wsi, gdzie dzieci uczą się w soboty rano.
						Warsztat ma dwanaście stołów i piec, który rzeźbiarze odbudowali sami, a pierwszy kurs jest już pełny.
						""");
		assertThat(article.publishedDate()).isNull();
	}

}
