package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines shaped like sign43's new credit lines that name no writer of the page
 * (review43b): a name and a noun's role with a full stop is a list's item ("Андрей
 * Козлов, обозреватель." under "Лауреаты премии:") or a teaser's line ("Páll Sigurðsson
 * skrifar."), not a signature as a verb's ("Dilnoza Rashidova tayyorladi.") is; a
 * Belarusian text credit naming the newsroom ("Тэкст: Рэдакцыя Навін") names no person.
 * The look-alikes that held stay as they are.
 */
class CreditLineLookAlikesTests extends WholePageTests {

	private static final String RUSSIAN_TEXT = """
			В среду в Казани вручили городскую премию журналистов. Её присуждают уже двадцатый год, и в этот раз на неё претендовали почти сто авторов.

			По словам жюри, в этом году больше всего работ было посвящено новым мостам и ремонту дорог в центре города.

			Церемония прошла в городской ратуше, а вечером лауреаты встретились с читателями в библиотеке.
			""";

	@Test
	void readsNoWriterFromAListOfNamesWithRolesAndFullStops() {
		ParsedArticle article = extract(
				"Новости Казани\n\nЖурналисты Казани получили премию года\n\n4 декабря 2026, 10:15\n\n" + RUSSIAN_TEXT
						+ "\nЛауреаты премии:\n\nАндрей Козлов, обозреватель.\n\nМария Белова, корреспондент.\n\nЧитайте также\n");

		assertThat(article.authors()).isNull();
	}

	@Test
	void readsNoWriterFromANounsRoleWithAFullStop() {
		assertThat(BylineDetector.byline("Андрей Козлов, обозреватель.")).isNull();
		assertThat(BylineDetector.byline("Олена Коваль, оглядач.")).isNull();
	}

	@Test
	void stillReadsANounsRoleWithoutAFullStop() {
		assertThat(BylineDetector.byline("Андрей Козлов, обозреватель")).containsExactly("Андрей Козлов");
	}

	@Test
	void stillReadsAnUzbekVerbsRoleWithItsFullStop() {
		assertThat(BylineDetector.byline("Anvar Karimov tayyorladi.")).containsExactly("Anvar Karimov");
	}

	@Test
	void readsNoWriterFromIcelandicTeasersWithFullStops() {
		ParsedArticle article = extract(
				"""
						Fréttablaðið

						Bókasafnið verður opið áfram

						4. desember 2026

						Borgarstjórn samþykkti á þriðjudag að halda bókasafninu opnu í þrjú ár til viðbótar eftir að meira en tvö þúsund manns skrifuðu undir áskorun.

						Opnunartími verður styttur úr sex dögum í viku í fimm og húsið mun deila rými með ráðgjafarmiðstöð bæjarins frá vori.

						Sparnaðurinn á að koma af hitareikningi og leigu efri hæðarinnar til góðgerðarfélags sem flytur inn í næsta mánuði.

						Skoðun

						Páll Sigurðsson skrifar.

						Guðrún Helgadóttir skrifar.

						Mest lesið
						""");

		assertThat(article.authors()).isNull();
	}

	@Test
	void readsNoPersonFromABelarusianCreditToTheNewsroom() {
		ParsedArticle article = extract(belarusianPage("Тэкст: Рэдакцыя Навін"));

		assertThat(article.authors()).isNull();
		assertThat(article.body()).startsWith("У Гродне ў пятніцу");
	}

	@Test
	void stillReadsABelarusianWriterOverACaptionNamingAnAuthor() {
		ParsedArticle article = extract(belarusianPage("Аўтар: Ганна Карповіч").replace("Па мосце",
				"Аўтар кнігі Сяргей Лукашэвіч\n\nПа мосце"));

		assertThat(article.authors().value()).containsExactly("Ганна Карповіч");
	}

	@Test
	void readsNoWriterFromAGuestPostCreditToTheReaders() {
		ParsedArticle article = extract(englishPage("Guest Post by Our Readers", ""));

		assertThat(article.authors()).isNull();
	}

	@Test
	void keepsThePostsWriterOverAGuestPostInvitation() {
		ParsedArticle article = extract(englishPage("Posted by Tom Reed", "Guest post by invitation only\n\n"));

		assertThat(article.authors().value()).containsExactly("Tom Reed");
	}

	@Test
	void readsTheWriterOnlyBeforeALibraryRole() {
		ParsedArticle article = extract(englishPage("By Jane Tolland, Library Assistant", ""));

		assertThat(article.authors().value()).containsExactly("Jane Tolland");
	}

	@Test
	void readsTwoWritersBeforeAPhotoCredit() {
		assertThat(BylineDetector.byline("Text: Jane Tolland, Mark Ellery, photos: Sam Hart"))
			.containsExactly("Jane Tolland", "Mark Ellery");
	}

	private static String belarusianPage(String credit) {
		return """
				Навіны

				У Гродне адкрылі новы мост праз Нёман

				4 снежня 2026

				%s

				У Гродне ў пятніцу адкрылі новы пешаходны мост праз Нёман. Яго будавалі амаль два гады.

				Па мосце таксама можна будзе праехаць на ровары, паведамілі ў гарвыканкаме.

				Стары мост зачынілі на рамонт яшчэ ў мінулым годзе, і жыхары вельмі чакалі новы.

				Чытайце таксама
				""".formatted(credit);
	}

	private static String englishPage(String credit, String tail) {
		return """
				Greyford Cycle Campaign

				Why the new lane on Mill Road needs a kerb

				4 December 2026

				%s

				The council agreed on Tuesday to keep the lane open for another three years after more than two thousand people signed a petition against its removal.

				Drivers still park across it outside the shops in the evening, which pushes riders out into the traffic at the busiest point of the road.

				A low kerb, as the council built on Station Street, would keep the lane clear without taking any space from the pavement.

				%sRecent posts
				"""
			.formatted(credit, tail);
	}

}
