package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers the bylines cut or missed (sign45): a name followed by a date that a particle
 * opens ("Rédigé par X le Vendredi 4 Décembre 2026"), a name and its role joined by a
 * slash ("X/Staff Reporter"), a credit label with the writer's job after a comma ("Chosen
 * by X, bookseller"), the Kazakh "Дайындаған:" and Irish "Tuairisc:" labels and a Welsh
 * bare name over "Gohebydd" (reporter). Look-alikes that stay as they were: a particle
 * before a surname that is also a month, a photographer's or an agency's credit after a
 * slash.
 */
class WritersLabelledOrRoledTests extends WholePageTests {

	@Test
	void endsTheNameWhereAParticleOpensADate() {
		assertThat(BylineDetector.byline("Rédigé par Mamadou Sarr le Mardi 1 Décembre 2026 à 09:10 | Lu 512 fois"))
			.containsExactly("Mamadou Sarr");
		assertThat(BylineDetector.byline("Par Léa Martin le Samedi 5 décembre 2026")).containsExactly("Léa Martin");
	}

	@Test
	void keepsASurnameThatIsAlsoACalendarWordWithNoDateAfterIt() {
		assertThat(BylineDetector.byline("By Carlos de Mayo")).containsExactly("Carlos de Mayo");
		assertThat(BylineDetector.byline("By Ramil Dela Paz")).containsExactly("Ramil Dela Paz");
	}

	@Test
	void keepsASurnameAfterAParticleThatIsAMonthBeforeAFigure() {
		// review45a: a month's name (or a short word that is also one) after a particle
		// is a surname a date or a reading time may follow
		assertThat(BylineDetector.byline("Por Ana Paula de Maio 04/12/2026 às 10h30"))
			.containsExactly("Ana Paula de Maio");
		assertThat(BylineDetector.byline("Por María José de Abril 3 de diciembre de 2026"))
			.containsExactly("María José de Abril");
		assertThat(BylineDetector.byline("Par Lucie Anne de Mars 4 décembre 2026"))
			.containsExactly("Lucie Anne de Mars");
		assertThat(BylineDetector.byline("Di Anna Maria di Marzo 4 dicembre 2026"))
			.containsExactly("Anna Maria di Marzo");
		assertThat(BylineDetector.byline("By Sofia Ruiz del Mar 5 min read")).containsExactly("Sofia Ruiz del Mar");
	}

	@Test
	void keepsAPortugueseSurnameThatIsAMonthBeforeTheDateOnAPage() {
		ParsedArticle article = extract(
				"""
						Cidades

						Biblioteca municipal de Campinas reabre após obras

						Por Ana Paula de Maio 04/12/2026 às 10h30

						A prefeitura de Campinas reabriu nesta terça-feira a biblioteca municipal depois de dois anos de obras no prédio antigo.

						Segundo a diretora, o horário de funcionamento será mantido e haverá uma hora de leitura para crianças aos sábados.

						Mais de mil pessoas visitaram a biblioteca na primeira semana, de acordo com a secretaria de cultura.
						""");

		assertThat(article.authors().value()).containsExactly("Ana Paula de Maio");
		assertThat(article.publishedDate().value()).isEqualTo(java.time.LocalDate.of(2026, 12, 4));
	}

	@Test
	void readsNoWriterFromSlashedFurnitureOrChosenByAGroup() {
		// review45a's look-alikes, left as they were
		assertThat(BylineDetector.authorBox("Contact Us/About Us")).isNull();
		assertThat(BylineDetector.authorBox("News/Local Reporter")).isNull();
		assertThat(BylineDetector.authorBox("Ian Allen/Staff Photographer")).isNull();
		assertThat(BylineDetector.authorBox("John Smith/Reuters")).isNull();
		assertThat(BylineDetector.authorBox("Local News/Staff Reporter")).isNull();
		assertThat(BylineDetector.byline("Chosen by readers")).isNull();
		assertThat(BylineDetector.byline("Chosen by our editors")).isNull();
		assertThat(BylineDetector.byline("Chosen by Waterstones booksellers")).isNull();
	}

	@Test
	void readsAFrenchWriterBeforeTheDateOnAPage() {
		ParsedArticle article = extract(
				"""
						Actualités Thiès

						La foire artisanale de Thiès attire des milliers de visiteurs

						Rédigé par Mamadou Sarr le Mardi 1 Décembre 2026 à 09:10 | Lu 512 fois

						La foire artisanale de Thiès a ouvert ses portes samedi et attire déjà des milliers de visiteurs venus de toute la région.

						Les organisateurs comptent plus de deux cents exposants, des tisserands aux bijoutiers, installés sur la place de France.

						Selon la chambre des métiers, la foire doit durer dix jours et se terminer par une remise de prix aux meilleurs artisans.
						""");

		assertThat(article.authors().value()).containsExactly("Mamadou Sarr");
	}

	@Test
	void readsANameAndRoleJoinedByASlash() {
		assertThat(BylineDetector.authorBox("Devon Grant/Staff Reporter")).containsExactly("Devon Grant");
		assertThat(BylineDetector.authorBox("Devon Grant / Senior Reporter")).containsExactly("Devon Grant");
	}

	@Test
	void readsNoWriterFromAPhotoOrAgencyCreditAfterASlash() {
		assertThat(BylineDetector.authorBox("Rudolph Brown/Photographer")).isNull();
		assertThat(BylineDetector.authorBox("Mandel Ngan/AFP via Getty Images")).isNull();
	}

	@Test
	void readsTheSlashedWriterUnderTheDateLineOnAPage() {
		ParsedArticle article = extract(
				"""
						News

						Market vendors in Spanish Town count losses after the flood

						Published:Tuesday | December 1, 2026 | 12:05 AM

						Devon Grant/Staff Reporter

						Vendors at the Spanish Town market say they lost a week of sales after heavy rain flooded the stalls on Sunday night.

						Dozens of stalls were still closed on Monday as workers cleared mud from the aisles and drains.

						The parish council said it would meet the vendors' association this week to discuss repairs to the market's roof.
						""");

		assertThat(article.authors().value()).containsExactly("Devon Grant");
	}

	@Test
	void readsAChosenByCreditWithTheWritersJob() {
		assertThat(BylineDetector.byline("Chosen by Owen Price, bookseller")).containsExactly("Owen Price");
	}

	@Test
	void readsKazakhAndIrishReportLabels() {
		assertThat(BylineDetector.byline("Дайындаған: Айгүл Нұрланова")).containsExactly("Айгүл Нұрланова");
		assertThat(BylineDetector.byline("Tuairisc: Seán Ó Briain")).containsExactly("Seán Ó Briain");
	}

	@Test
	void readsAWelshBareNameOverGohebydd() {
		ParsedArticle article = extract(
				"""
						Newyddion

						Llyfrgell Y Bala yn agor ar ddydd Sadwrn am y tro cyntaf

						Gwenllian Roberts

						Gohebydd

						01/12/26

						Mae llyfrgell Y Bala wedi agor ar ddydd Sadwrn am y tro cyntaf ers deng mlynedd, yn ôl y cyngor sir.

						Dywedodd y llyfrgellydd fod dros gant o bobl wedi dod i mewn yn ystod y bore cyntaf, llawer ohonynt gyda'u plant.

						Mae'r cyngor yn gobeithio y bydd yr oriau newydd yn helpu pobl sy'n gweithio yn ystod yr wythnos i ddefnyddio'r llyfrgell.
						""");

		assertThat(article.authors().value()).containsExactly("Gwenllian Roberts");
	}

}
