package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers credited in shapes the bylines missed (sign43): a blog's "Guest post by X", the
 * text's and the photographs' credits on one line after a comma ("Тэкст: X, фота: Y": X
 * wrote it, Y took the pictures), an Uzbek "X tayyorladi." (X prepared it) signed under
 * the text, and a library in a surgery list, which is no writer. Look-alikes that stay as
 * they were: two writers after one label, an Uzbek sentence ending with the same verb.
 */
class WriterCreditLinesTests extends WholePageTests {

	@Test
	void readsAGuestPostsWriter() {
		ParsedArticle article = extract(
				"""
						Greyford Cycle Campaign

						Why the new lane on Mill Road needs a kerb

						Guest post by Imogen Farrah

						The painted lane on Mill Road opened in September, and riders have been using it every day since then on the way to the station.

						Drivers still park across it outside the shops in the evening, which pushes riders out into the traffic at the busiest point of the road.

						A low kerb, as the council built on Station Street, would keep the lane clear without taking any space from the pavement.
						""");

		assertThat(article.authors().value()).containsExactly("Imogen Farrah");
		assertThat(article.body()).startsWith("The painted lane").doesNotContain("Guest post by");
	}

	@Test
	void readsTheWriterOfABelarusianTextAndPhotoCreditLine() {
		ParsedArticle article = extract("""
				Навіны

				У Гродне адкрылі новы мост праз Нёман

				Тэкст: Ганна Карповіч, фота: Сяргей Лукашэвіч

				У Гродне ў пятніцу адкрылі новы пешаходны мост праз Нёман. Яго будавалі амаль два гады.

				Па мосце таксама можна будзе праехаць на ровары, паведамілі ў гарвыканкаме.

				Стары мост зачынілі на рамонт яшчэ ў мінулым годзе, і жыхары вельмі чакалі новы.
				""");

		assertThat(article.authors().value()).containsExactly("Ганна Карповіч");
	}

	@Test
	void readsTheWriterOfAnEnglishTextAndPhotosCreditLine() {
		assertThat(BylineDetector.byline("Text: Jane Tolland, photos: Mark Ellery")).containsExactly("Jane Tolland");
	}

	@Test
	void keepsTwoWritersAfterOneLabel() {
		assertThat(BylineDetector.byline("Text: Jane Tolland, Mark Ellery")).containsExactly("Jane Tolland",
				"Mark Ellery");
	}

	@Test
	void readsAnUzbekWriterWhoPreparedTheText() {
		ParsedArticle article = extract(
				"""
						Jamiyat

						Toshkentda yangi metro bekatlari ochildi

						04.12.2026, 10:15

						Toshkentda metro yer usti halqa liniyasining uchta yangi bekati yo'lovchilar uchun ochildi. Bekatlar shaharning janubiy tumanlarini markaz bilan bog'laydi.

						Metropoliten ma'lumotlariga ko'ra, yangi bekatlar har kuni yigirma ming yo'lovchiga xizmat qiladi.

						Uning so'zlariga ko'ra, poyezdlar qatnovi oralig'i tig'iz soatlarda besh daqiqagacha qisqaradi.

						Dilnoza Rashidova tayyorladi.

						Ulashish:
						""");

		assertThat(article.authors().value()).containsExactly("Dilnoza Rashidova");
		assertThat(article.body()).endsWith("besh daqiqagacha qisqaradi.").doesNotContain("tayyorladi");
	}

	@Test
	void readsNoWriterFromAnUzbekSentenceEndingWithTheVerb() {
		assertThat(BylineDetector.byline("Maktab o'quvchilari yangi konsert tayyorladi.")).isNull();
	}

	@Test
	void readsNoWriterFromALibraryInASurgeryList() {
		ParsedArticle article = extract(
				"""
						News

						MP welcomes funding for lifts at Aldersby station

						4th December 2026

						Aldersby station is to get lifts to both platforms after the Department for Transport confirmed the funding this week.

						At the moment passengers have to use a footbridge with 44 steps, and people in wheelchairs have to travel on to the next station.

						Work on the lifts is expected to start in 2028 and take about a year, the rail company said.

						Upcoming surgeries

						Westholme Community Centre – Friday 11 December, 10am to 12pm

						Aldersby Library – Saturday 16 January, 10am to 1pm

						Latest news
						""");

		assertThat(article.authors()).isNull();
	}

}
