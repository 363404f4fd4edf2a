package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Look-alikes of session 48's furniture words that must stay the story's (review48a): a
 * Spanish story's short last line opening "Recibí", a crosshead opening "Seguinos", a
 * quote opening "Recibe", and a Malagasy crosshead "Hevitra" or "Vaovao hafa" over the
 * story's next paragraph, which goes on under it.
 */
class SessionFortyEightLookAlikesStayTests extends WholePageTests {

	private static String spanish(String middle, String last) {
		return """
				Cierra el puente peatonal del puerto | Diario del Sur

				Ir al contenido

				Diario del Sur

				Política

				Cierra el puente peatonal del puerto

				Por Lucía Fernández

				3 de diciembre de 2026

				El puente peatonal del puerto cerrará desde el lunes mientras los ingenieros reemplazan las barandas oxidadas y parte de la pasarela.

				Los peatones deberán usar la calle de la rambla, lo que suma unos diez minutos al camino desde la estación hasta el centro.

				%s

				La intendencia dijo que el puente volverá a abrir antes del inicio de la temporada de verano y que la obra costará unos cuatro millones de pesos.

				%s

				Compartir

				Lo más leído

				Suben las tarifas del ómnibus
				"""
			.formatted(middle, last);
	}

	private static String malagasy(String middle) {
		return """
				Hohidiana ny tetezana | Gazety Vaovao

				Gazety Vaovao

				Politika

				Hohidiana ny tetezana

				3 Desambra 2026

				Nanambara ny minisitera fa hanomboka ny alatsinainy ny fanamboarana ny tetezana eo amin'ny seranana ary haharitra telo herinandro izany.

				Ny mpandeha an-tongotra dia tsy maintsy mandeha amin'ny lalana manaraka ny morontsiraka, izay manampy folo minitra eo ho eo amin'ny dia.

				%s

				Nilaza ny kaominina fa hisokatra indray ny tetezana alohan'ny fiandohan'ny taom-pianarana ary mitentina enina hetsy ariary ny asa.

				Vaovao hafa

				Miakatra ny saran-dalana
				"""
			.formatted(middle);
	}

	@Test
	void keepsAShortLastLineOpeningWithRecibi() {
		ParsedArticle article = extract(spanish(
				"Los comerciantes de la rambla dijeron que esperan perder ventas durante las tres semanas de obra.",
				"Recibí la noticia con alegría."));
		assertThat(article.body()).contains("Recibí la noticia con alegría.");
	}

	@Test
	void keepsACrossheadOpeningWithSeguinos() {
		ParsedArticle article = extract(
				spanish("""
						Seguinos de cerca

						La obra será controlada por técnicos de la intendencia que visitarán el puente cada dos días durante el trabajo.""",
						""));
		assertThat(article.body()).contains("Seguinos de cerca", "La obra será controlada");
	}

	@Test
	void keepsAQuoteOpeningWithRecibe() {
		ParsedArticle article = extract(
				spanish("“Recibe lo que merece”, dijo el intendente sobre el barrio del puerto.", ""));
		assertThat(article.body()).contains("“Recibe lo que merece”, dijo el intendente");
	}

	@Test
	void keepsTheTextUnderAMalagasyCrossheadHevitra() {
		ParsedArticle article = extract(malagasy(
				"""
						Hevitra

						Maro ny mponina no milaza fa tokony ho vita haingana kokoa ny asa satria sarotra ho an'ny zokiolona ny dia lavitra."""));
		assertThat(article.body()).contains("Hevitra", "Maro ny mponina no milaza")
			.endsWith("mitentina enina hetsy ariary ny asa.");
	}

	@Test
	void keepsTheTextUnderAMalagasyCrossheadVaovaoHafa() {
		ParsedArticle article = extract(malagasy(
				"""
						Vaovao hafa

						Nanomboka ihany koa ny fanadiovana ny tsena lehibe ary hitohy mandritra ny herinandro manaraka izany asa izany."""));
		assertThat(article.body()).contains("Nanomboka ihany koa ny fanadiovana")
			.endsWith("mitentina enina hetsy ariary ny asa.");
	}

}
