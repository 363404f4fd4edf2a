package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date lines written with a language's own word between the day and the month (lang56),
 * as language data, date the page and leave the body: Hausa's "watan" (the month of)
 * after its "ga", Vietnamese's long date ("ngày 03 tháng 12 năm 2026"), Filipino's "ng"
 * (of) after an ordinal day. The parser's cases and their look-alikes are in
 * {@code DateParserTests}.
 */
class DateLinesWithTheLanguagesJoiningWordsTests extends WholePageTests {

	@Test
	void aHausaDateLineWithGaWatanDatesThePage() {
		ParsedArticle article = extract("""
				Labarai

				An bude sabuwar makarantar 'yan mata a Gusau

				Daga Aminu Sani Bello

				Litinin, 3 ga watan Disamba, 2026

				Gwamnatin jihar Zamfara ta bude sabuwar makarantar sakandare ta 'yan mata a birnin Gusau ranar Lahadi.

				Makarantar tana da azuzuwa goma sha biyu, dakin karatu da kuma dakin gwaje-gwaje na kimiyya.

				"Mun dade muna jiran wannan rana," in ji shugabar makarantar, Malama Hauwa Musa.

				Za a fara karatu a makarantar a watan Janairu mai zuwa.
				""");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(article.body()).startsWith("Gwamnatin jihar Zamfara").doesNotContain("ga watan Disamba");
	}

	@Test
	void aVietnameseLongDateLineDatesThePage() {
		ParsedArticle article = extract("""
				Thời sự

				Đà Nẵng khánh thành cây cầu đi bộ mới qua sông Hàn

				Thứ Năm, ngày 03 tháng 12 năm 2026

				Bài: Nguyễn Thị Lan

				Sáng nay, thành phố Đà Nẵng đã khánh thành cây cầu đi bộ mới bắc qua sông Hàn sau hai năm thi công.

				Cây cầu dài 300 mét, có đèn chiếu sáng và làn đường riêng cho xe đạp.

				"Người dân đã chờ đợi công trình này từ lâu," ông Trần Văn Minh, phó chủ tịch quận, cho biết.

				Dự án có tổng vốn đầu tư khoảng 120 tỷ đồng.
				""");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(article.body()).startsWith("Sáng nay");
	}

	@Test
	void aFilipinoOrdinalDateLineDatesThePage() {
		ParsedArticle article = extract("""
				Balita

				Bagong tulay sa Iloilo, binuksan na sa publiko

				Ni Maria Santos

				Ika-3 ng Disyembre, 2026

				Binuksan na sa publiko nitong Huwebes ang bagong tulay na nag-uugnay sa dalawang bayan sa Iloilo.

				Ayon sa pamahalaang panlalawigan, aabot sa 1.2 kilometro ang haba ng tulay.

				"Matagal na naming hinihintay ito," sabi ng isang residente.

				Inaasahang mapapaikli nito ang biyahe ng mga motorista ng halos isang oras.
				""");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(article.body()).startsWith("Binuksan na sa publiko");
	}

	// review56a: a date line with no year and its time's hour after the month's comma
	// ("15 giờ 30", 15:30; "10am") read the hour as a two-digit year, 2015 and 2010, once
	// Vietnamese's "tháng 12" was a month: no date rather than a guess.
	@Test
	void aVietnameseDateLineWithoutItsYearButItsHourDatesNothing() {
		ParsedArticle article = extract("""
				Thời sự

				Đà Nẵng mở lại cầu Rồng sau bảo trì

				Thứ Năm, 3 tháng 12, 15 giờ 30

				Bài: Trần Minh Quân

				Cầu Rồng ở Đà Nẵng đã mở lại cho xe qua lại sau hai tuần bảo trì.

				Sở Giao thông vận tải cho biết các khe co giãn và hệ thống đèn đã được thay mới.

				"Cầu đã an toàn cho mọi phương tiện," ông Lê Văn Tâm, phó giám đốc sở, cho biết.

				Buổi phun lửa cuối tuần sẽ diễn ra như thường lệ.
				""");
		assertThat(article.publishedDate()).isNull();
		assertThat(article.body()).startsWith("Cầu Rồng ở Đà Nẵng");
	}

	@Test
	void anEnglishDateLineWithoutItsYearButItsHourDatesNothing() {
		ParsedArticle article = extract("""
				News

				Dragon Bridge reopens after repairs

				Thursday 3 December, 10am

				By Tran Minh Quan

				The Dragon Bridge in Da Nang has reopened to traffic after two weeks of repairs.

				The transport department said the expansion joints and the lights had been replaced.

				"The bridge is safe for all vehicles," deputy director Le Van Tam said.

				The weekend fire show will go ahead as usual.
				""");
		assertThat(article.publishedDate()).isNull();
	}

}
