package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text lost inside and around the article (body42): the first paragraphs above a table of
 * more rows than a box has lines, with its heading and source line between them and the
 * rest; the last paragraphs under a second "Advertisement" line on a page of one line a
 * paragraph; the text under a Spanish "Te recomendamos: …" teaser. And the look-alikes:
 * an "Advertisement" line under the last paragraph over a share row or a writer's short
 * bio ends the article, as does a "Te recomendamos" heading over other stories.
 */
class TextAcrossTablesAndAdsTests extends WholePageTests {

	private static final String TABLE_PAGE = """
			Waiting times for hip operations double in two years | Eastmoor Courier

			News

			Health

			Politics

			Sport

			Waiting times for hip operations double in two years

			Patients at the county's two hospitals wait longer than anywhere else in the region

			Priya Nandakumar and Owen Walsh

			Thu 3 Dec 2026 07.30 GMT

			Share

			Patients needing a new hip at Eastmoor's hospitals now wait an average of 41 weeks for the operation, twice as long as two years ago, according to figures from the health board.

			Westgate General Hospital, Eastmoor's largest, performed 1,240 hip replacements during 2025, down from 1,610 during 2024.

			Average waits for common operations

			Operation | 2024 | 2026

			Hip replacement | 20 weeks | 41 weeks

			Knee replacement | 24 weeks | 44 weeks

			Cataract removal | 9 weeks | 15 weeks

			Hernia repair | 14 weeks | 22 weeks

			Source: Eastmoor health board

			Margaret Doyle, 71, from Hillcross, said she had been told in March that she would have her operation before the summer, and that she has not heard from the hospital since then about a date for it.

			"I can hardly get up the stairs now. Every time I ring they tell me I'm on the list and that is all they can say," she said.

			The health board said it had opened a second theatre at Westgate General in October and hired four more surgeons, and that it expected the waits to fall from the spring as the new theatre takes on more of the work that is now sent to other hospitals.

			Explore more on these topics

			Health

			NHS

			Most viewed

			Bus fares to rise in January

			© 2026 Eastmoor Courier
			""";

	// The table's heading, its five rows and its source line are seven lines, one more
	// than a box was read across: the run started under the source line and the two
	// paragraphs above the table were lost.
	@Test
	void keepsTheLeadAboveALongTableAndLeavesTheTableOut() {
		ParsedArticle article = extract(TABLE_PAGE);
		assertThat(article.body()).startsWith("Patients needing a new hip at Eastmoor's hospitals")
			.contains("Westgate General Hospital, Eastmoor's largest", "Margaret Doyle, 71, from Hillcross")
			.endsWith("the work that is now sent to other hospitals.")
			.doesNotContain("Hip replacement |", "Average waits for common operations", "Source: Eastmoor");
	}

	private static final String AD_PAGE_TOP = """
			Village post office to close after 120 years | Dale Valley News
			Dale Valley News
			Subscribe
			Log in
			Menu
			News
			Business
			Sport
			Business
			Village post office to close after 120 years
			Tom Ainsworth
			Business Reporter
			03 December 2026 • 3 min read
			Advertisement
			The post office in Upper Reddale will close at the end of January, Post Office Ltd has confirmed, leaving the village's 1,400 residents without one for the first time since 1906.
			Its owner, Kath Bentley, said that the money she is paid for running the counter no longer covers the cost of staffing it, and that she had looked for a buyer for two years.
			The company said it was looking for another shop in the village to take on the service, and that a mobile post office van would call twice a week in the meantime.
			"People come in for their pensions, to post parcels to their grandchildren and for a chat. I will miss them more than I can say," Mrs Bentley said.
			Advertisement
			""";

	private static final String AD_PAGE_END = """
			Share
			Facebook
			X
			Email
			Most read
			Bridge repairs to close the A59 for a week
			Farm shop wins regional award
			© Dale Valley News Ltd 2026
			""";

	// Names, places and figures: near-good sentences, which under a second
	// "Advertisement" line (furniture) were cut from the run.
	private static final String AD_PAGE_LAST = """
			Reddale parish council chair Alan Fisk, 68, said 300 residents had signed a petition against the closure in November.
			The nearest post office after January will be in Lowther Bridge, 6 miles away, with two buses a day from Upper Reddale.
			""";

	@Test
	void keepsTheLastParagraphsUnderASecondAdvertisementLine() {
		ParsedArticle article = extract(AD_PAGE_TOP + AD_PAGE_LAST + AD_PAGE_END);
		assertThat(article.body()).startsWith("The post office in Upper Reddale will close")
			.contains("\"People come in for their pensions", "Reddale parish council chair Alan Fisk")
			.endsWith("with two buses a day from Upper Reddale.")
			.doesNotContain("Advertisement", "Share");
	}

	@Test
	void endsTheArticleAtAnAdvertisementLineOverAShareRow() {
		ParsedArticle article = extract(AD_PAGE_TOP + AD_PAGE_END);
		assertThat(article.body()).startsWith("The post office in Upper Reddale will close")
			.endsWith("I will miss them more than I can say,\" Mrs Bentley said.")
			.doesNotContain("Advertisement", "Share", "Bridge repairs");
	}

	@Test
	void leavesAWritersShortBioUnderAnAdvertisementLineOut() {
		ParsedArticle article = extract(
				AD_PAGE_TOP + "Tom Ainsworth is our business reporter.\n" + "Advertisement\n" + AD_PAGE_END);
		assertThat(article.body()).endsWith("I will miss them more than I can say,\" Mrs Bentley said.")
			.doesNotContain("Tom Ainsworth is", "Advertisement");
	}

	private static final String SPANISH_PAGE = """
			Cierran por obras el mercado municipal de San Andrés durante tres semanas | Diario del Bajío
			Suscríbete
			Iniciar sesión
			Últimas noticias
			Guanajuato
			México
			Deportes
			Opinión
			Guanajuato
			Cierran por obras el mercado municipal de San Andrés durante tres semanas
			Los locatarios se instalarán de forma provisional en la plaza principal
			Rodrigo Salas Méndez
			León, Guanajuato / 03.12.2026 09:40:00
			El mercado municipal de San Andrés cerrará desde el lunes y durante tres semanas para cambiar el techo y la instalación eléctrica, informó el ayuntamiento.
			Los 84 locatarios venderán mientras tanto en puestos provisionales en la plaza principal, a dos calles del mercado.
			La obra tiene un costo de 6.2 millones de pesos y se pagará con recursos del programa estatal de mercados.
			Te recomendamos: Abren nueva ruta de transporte hacia la zona industrial
			Don Julián Ortega, que vende fruta en el mercado desde 1987, dijo que los clientes ya saben dónde encontrarlos.
			"Lo importante es que el techo ya no se va a caer en temporada de lluvias", comentó la locataria Rosa Herrera.
			Comparte esta nota
			Facebook
			X
			WhatsApp
			Te recomendamos
			Suben las tarifas del agua en el centro de la ciudad
			Derechos reservados © Diario del Bajío 2026
			""";

	// "Te recomendamos" was no related heading of the Spanish file: the teaser read as
	// furniture and the two paragraphs under it were lost.
	@Test
	void keepsTheTextUnderATeRecomendamosTeaser() {
		ParsedArticle article = extract(SPANISH_PAGE);
		assertThat(article.body()).startsWith("El mercado municipal de San Andrés cerrará")
			.contains("Don Julián Ortega, que vende fruta")
			.endsWith("comentó la locataria Rosa Herrera.")
			.doesNotContain("Te recomendamos", "Abren nueva ruta", "Suben las tarifas");
	}

}
