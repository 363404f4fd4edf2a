package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates written with a language's own word between the day and the month (lang56), as
 * language data: Hausa's "watan" (the month of) after its "ga", Filipino's "ng" (of)
 * after an ordinal day, formal Malay's "haribulan" (day of the month), and Vietnamese's
 * long date, "tháng" (month) and the month's number, "năm" (year) before the year. And
 * look-alikes that read no date: the words before no month of their language, and a count
 * of months.
 */
class DatesWithTheLanguagesJoiningWordsTests extends WholePageTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "3 ga watan Disamba, 2026|2026-12-03", "Litinin, 3 ga watan Disamba, 2026|2026-12-03",
					"ranar 12 ga watan Yuni 2026|2026-06-12", "3 ga watan Fabrairu, 2026|2026-02-03",
					"Ika-3 ng Disyembre, 2026|2026-12-03", "ika-15 ng Mayo 2026|2026-05-15",
					"3 haribulan Disember 2026|2026-12-03", "bertarikh 21 haribulan Mac 2026|2026-03-21",
					"ngày 3 tháng 12 năm 2026|2026-12-03", "Thứ Năm, ngày 03 tháng 12 năm 2026|2026-12-03",
					"ngày 05 tháng 01 năm 2026|2026-01-05", "3 tháng 12, 2026|2026-12-03" })
	void readsTheDayTheLanguagesJoiningWordAndTheMonth(String line, LocalDate expected) {
		assertThat(DateParser.first(line)).as(line).isEqualTo(expected);
	}

	// Look-alikes: the words before no month's name of their language ("the third of last
	// month", "three of the children", "three months 12 patients"), before another
	// language's month (review55a), Indonesian's "bulan" (month), which after a number is
	// a count of months, and Vietnamese's month without a day or a year.
	@ParameterizedTest
	@ValueSource(strings = { "3 ga watan da ya gabata 2026", "3 ga watan December 2026", "a watan Disamba 2026",
			"3 ng mga bata noong Mayo 2026", "Team 3 ng December 2026", "3 haribulan lepas 2026",
			"3 haribulan December 2026", "selama 3 bulan Desember 2026 hingga Februari 2027",
			"Sau 3 tháng 12 bệnh nhân đã xuất viện", "Dự án kéo dài 3 tháng 12 ngày", "tháng 12 năm 2026",
			"Android 14 GA October 2023" })
	void readsNoDateFromTheLookAlikes(String line) {
		assertThat(DateParser.first(line)).as(line).isNull();
	}

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

}
