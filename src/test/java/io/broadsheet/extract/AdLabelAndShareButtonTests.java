package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Furniture and bylines of other languages (lang42): an advertisement's label in the
 * page's own language ("REKLAMA", "Annonse") leaves the body, and between two paragraphs
 * no longer ends the text above it; a share button naming a network alone on its line
 * ("ВКонтакте") leaves the body; a name over its job alone on the next line
 * ("Journalist") and a Korean label before the reporter's name ("기자명") name the writer.
 * And a look-alike that stays as it was: a network one only follows, alone on its line,
 * heading the text's section.
 */
class AdLabelAndShareButtonTests extends WholePageTests {

	@Test
	void readsOnUnderAPolishAdLabelBetweenTwoParagraphs() {
		ParsedArticle article = extract(
				"""
						Tramwaje wrócą na most w marcu | Gazeta Pomorska

						Zaloguj się

						Wiadomości

						Region

						Sport

						REKLAMA

						Tramwaje wrócą na most w marcu

						Autor: Joanna Wiśniewska

						03.12.2026 09:40

						Remont mostu nad rzeką potrwa jeszcze trzy miesiące, ale tramwaje wrócą na przeprawę już w marcu, zapowiedział w czwartek zarząd dróg.

						Robotnicy wymieniają teraz torowisko i trakcję, a na wiosnę położą nowy asfalt na jezdni dla samochodów.

						REKLAMA

						– Prace idą zgodnie z planem i nie widzimy zagrożeń dla terminu – powiedział rzecznik zarządu dróg Piotr Malinowski.

						Kierowcy nadal muszą korzystać z objazdu przez sąsiedni most, na którym w godzinach szczytu tworzą się korki.

						Udostępnij

						Komentarze

						Najczęściej czytane

						Nowy park otwarty dla mieszkańców

						Koncert na rynku w sobotę
						""");

		assertThat(article.body()).startsWith("Remont mostu nad rzeką")
			.contains("– Prace idą zgodnie z planem")
			.contains("tworzą się korki.")
			.doesNotContain("REKLAMA");
	}

	@Test
	void readsANorwegianNameOverItsJobAndLeavesTheAdLabelOut() {
		ParsedArticle article = extract("""
				Fergekaien stenges i to uker - Fjordposten
				Nyheter
				Sport
				Kultur
				Annonse
				Nyheter
				Fergekaien stenges i to uker
				Reparasjonen starter mandag. Pendlerne må kjøre omvei.
				Ola Haugen
				Journalist
				Publisert 02.12.2026 08:30
				Fergekaien i Nordvik stenges i to uker fra mandag, mens kommunen skifter ut de gamle pålene under kaia.
				I mellomtiden må pendlerne kjøre om Sørbygda, en omvei på rundt 25 minutter hver vei, opplyser kommunen.
				Annonse
				– Vi beklager ulempene, men kaia må repareres før vinteren, sa teknisk sjef Lise Berg.
				Bussene går etter vanlig rute, men med ekstra avganger om morgenen og om ettermiddagen.
				Del
				Mest lest
				Ny butikk åpner i sentrum
				""");

		assertThat(article.authors().value()).containsExactly("Ola Haugen");
		assertThat(article.body()).contains("– Vi beklager ulempene")
			.contains("om ettermiddagen.")
			.doesNotContain("Annonse");
	}

	@Test
	void leavesRussianShareButtonsOut() {
		ParsedArticle article = extract("""
				В городе откроют новый каток | Вечерний вестник

				Новости

				Общество

				В городе откроют новый каток

				2 декабря 2026, 11:20

				Текст: Мария Орлова

				Новый каток в городском парке откроется в субботу, сообщили в администрации города в среду.

				Вход на лёд будет бесплатным, а коньки можно будет взять напрокат у павильона за небольшую плату.

				«Мы ждём всех жителей, особенно семьи с детьми», — сказал директор парка Олег Смирнов.

				Поделиться:

				ВКонтакте

				Одноклассники

				Читайте также

				В парке высадят сто новых деревьев
				""");

		assertThat(article.body()).endsWith("сказал директор парка Олег Смирнов.")
			.doesNotContain("ВКонтакте")
			.doesNotContain("Одноклассники");
	}

	@Test
	void readsTheKoreanReportersNameAfterItsLabel() {
		ParsedArticle article = extract("""
				원주시, 시내버스 노선 개편 - 강원일보
				로그인
				전체기사
				사회
				원주시, 시내버스 노선 개편
				기자명 김서준 기자
				입력 2026.12.03 09:10
				강원 원주시가 내년 1월부터 시내버스 노선을 전면 개편한다고 3일 밝혔다.
				시는 이용객이 적은 노선을 줄이고 혁신도시와 기업도시를 잇는 급행 노선을 새로 만들 계획이다.
				시 관계자는 "출퇴근 시간 배차 간격이 크게 줄어들 것"이라고 말했다.
				김서준 기자 seojun@example.kr
				저작권자 © 강원일보 무단전재 및 재배포 금지
				""");

		assertThat(article.authors().value()).containsExactly("김서준");
	}

	// A look-alike: a network one only follows, alone on its line, heads the text's
	// section about it and stays.
	@Test
	void keepsAFollowedNetworkHeadingTheTextsSection() {
		ParsedArticle article = extract(
				"""
						Council starts posting planning notices online | The Coast Herald

						News  Sport  Opinion

						Council starts posting planning notices online

						By Tom Reed

						December 2, 2026

						Eastbay Council will post its planning notices on social media from January, as fewer people read the notices pinned to lamp posts, the council said on Tuesday.

						The notices will go on the council's own website first, and then on the two networks most residents said they used in a survey this autumn.

						Instagram

						On Instagram the council will post a photo of each site with a short summary of what is planned and a link to the full notice on its website.

						Residents will still be able to object by letter or by email, and the paper notices will stay on the lamp posts until the end of next year.

						Most read

						Ferry fares to rise in spring
						""");

		assertThat(article.body()).contains("\n\nInstagram\n\n").endsWith("until the end of next year.");
	}

}
