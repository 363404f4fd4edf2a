package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of scraped articles in other languages that the blind multilingual set
 * ({@code multilingual-blind/} under the test resources) showed the extractor missing,
 * each reduced to the few lines that show it.
 */
class ArticleShapesTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	private ParsedArticle extract(String text) {
		return this.extractor.extract(text.getBytes(StandardCharsets.UTF_8), null);
	}

	@Test
	void leavesTheMenuWordsAndTheHeadlineOfAScriptWithoutCapitalsOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						חדשות

						ערים

						הגשם הראשון של העונה הציף רחובות רבים בחיפה

						הגשם הראשון של העונה ירד הלילה בצפון הארץ והציף רחובות רבים בחיפה ובקריות. כוחות הכיבוי חילצו כמה נהגים שנתקעו ברכבם.

						לפי השירות המטאורולוגי, בתוך שלוש שעות ירדו יותר משמונים מילימטרים של גשם, כמות שלא נמדדה בעיר מזה שנים רבות.

						העירייה הודיעה כי תבדוק את מערכת הניקוז לפני הסערה הבאה, הצפויה בסוף השבוע.
						""");
		assertThat(article.title().value()).isEqualTo("הגשם הראשון של העונה הציף רחובות רבים בחיפה");
		assertThat(article.body()).startsWith("הגשם הראשון של העונה ירד הלילה").doesNotContain("חדשות", "ערים");
	}

	@Test
	void leavesATeaserOfAnotherStoryInsideTheTextOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						Jakarta Uji Coba Bus Listrik di Rute Bandara

						JAKARTA - PT Transportasi Jakarta mulai menguji coba bus listrik pada rute menuju bandara, Jumat. Uji coba dilakukan selama tiga bulan sebelum layanan dibuka secara penuh.

						Baca juga: Tarif Transjakarta ke Bandara Ditetapkan Rp 10.000

						Selama masa uji coba, penumpang tidak dikenakan biaya. Bus beroperasi setiap hari mulai pukul 05.00 hingga 22.00 dengan jarak antarbus sekitar 30 menit.

						Pemerintah menargetkan seluruh armada menggunakan tenaga listrik pada 2030, kata pejabat itu kepada wartawan.
						""");
		assertThat(article.body()).doesNotContain("Baca juga")
			.startsWith("JAKARTA - PT Transportasi")
			.endsWith("kepada wartawan.");
	}

	@Test
	void readsTwoNamesJoinedByALetterGluedToTheSecond() {
		assertThat(BylineDetector.names("רונית לוי ואבי כהן")).isEqualTo(List.of("רונית לוי", "אבי כהן"));
		assertThat(BylineDetector.labelledNames(" محمد علي وسارة حسن")).isEqualTo(List.of("محمد علي", "سارة حسن"));
	}

	@Test
	void takesTheRelatedArticlesHeadingsOfEveryLanguageForPrompts() {
		assertThat(Boilerplate.isPrompt("Xem thêm")).isTrue();
		assertThat(Boilerplate.isPrompt("Tin liên quan")).isTrue();
		assertThat(Boilerplate.isPrompt("Berita terkait")).isTrue();
	}

	@Test
	void readsAMonthWhoseWholeNameIsTwoLettersOfAScriptWithoutCapitals() {
		// Hindi's May, "मई": a whole name, no abbreviation
		assertThat(DateLineDetector.detect("प्रकाशित: 03 मई 2024, 14:30 IST | अपडेटेड: 04 मई 2024, 09:15 IST").date())
			.isEqualTo(java.time.LocalDate.of(2024, 5, 3));
		assertThat(CalendarNames.month("me")).as("two Latin letters stay out").isNull();
	}

	@Test
	void readsADateLineThatEndsWithARelativeUpdate() {
		assertThat(DateLineDetector.detect("May 3, 2024 4:15 PM GMT+1 Updated 2 hours ago").date())
			.isEqualTo(java.time.LocalDate.of(2024, 5, 3));
	}

	@Test
	void takesNoChineseOrJapaneseSentenceWithAFewSpacesForAHeadline() {
		assertThat(TitleDetector.isHeadline("株式会社イルグルム（本社：大阪府 代表取締役：岩田 進）は、新機能の提供を開始しました")).isFalse();
		assertThat(TitleDetector.isHeadline("הגשם הראשון של העונה הציף רחובות רבים בחיפה")).isTrue();
	}

	@Test
	void takesNoMenuEntryOfAScriptWithoutCapitalsUnderTheHeadlineForAnAuthor() {
		ParsedArticle article = extract(
				"""
						طهران تدفن زادة وتتهم المعارضة الإيرانية باغتياله

						القارات السبع

						كلمة ومقال

						شيعت إيران اليوم العالم النووي البارز في جنازة رسمية أقيمت في طهران بحضور كبار المسؤولين في الدولة وقادة الحرس الثوري.

						واتهم المسؤولون الإيرانيون المعارضة في الخارج بالمشاركة في عملية الاغتيال التي وقعت قرب العاصمة يوم الجمعة الماضي.

						وتعهد المسؤولون بالرد في الوقت المناسب، فيما دعت دول عدة إلى ضبط النفس وتجنب التصعيد في المنطقة.
						""");
		assertThat(article.authorNames()).isEmpty();
	}

}
