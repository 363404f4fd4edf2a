package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that goes on under something that is not text (blind35's Galway and Knysna pages):
 * a paragraph's line said again whole a paragraph under it as a pull quote, and a
 * newsletter's sign-up box between two paragraphs. Both read as furniture and ended the
 * article above them, and the short paragraphs under them were lost. The quote's second
 * copy and the box leave the body, and the text under them stays; a sign-up box under the
 * article's last paragraph, over the share buttons, still ends it.
 */
class TextUnderPullQuoteAndSignUpBoxTests extends WholePageTests {

	private static final String PULL_QUOTE = """
			Ferry café reopens in the old ticket hall – Harbour Weekly

			We use cookies to improve your experience on our site.

			Accept

			Harbour Weekly

			News

			Sport

			Food

			Letters

			Food

			Ferry café reopens in the old ticket hall

			By Morag Fenwick

			4 December 2026

			The café that fed ferry passengers for forty years has opened again, this time in the old ticket hall beside the slipway at Kilbrannan pier.

			Its new owners, two sisters who grew up on the island, spent the summer stripping paint from the hall's pine panelling and mending its windows.

			The counter is made from the planks of the old gangway.

			Ailsa Reid said they had wanted a place where islanders and visitors could wait for the boat together.

			The counter is made from the planks of the old gangway.

			"People used to queue out of the door for a bacon roll," she said. "We want that again."

			The café is open every day from seven until the last sailing.

			Share

			Facebook

			Email

			Most Read

			Pier lights to be replaced this winter

			© Harbour Weekly 2026
			""";

	@Test
	void keepsTheTextUnderAPullQuoteSaidAgainWholeAndLeavesItsSecondCopyOut() {
		String body = extract(PULL_QUOTE).body();
		assertThat(body)
			.contains("The counter is made from the planks of the old gangway.", "Ailsa Reid said", "bacon roll")
			.endsWith("until the last sailing.");
		assertThat(body.indexOf("The counter is made")).isEqualTo(body.lastIndexOf("The counter is made"));
	}

	private static final String ZITAT = """
			Rathausuhr schlägt wieder – Kreisbote

			Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten.

			Akzeptieren

			Kreisbote

			Lokales

			Sport

			Kultur

			Kultur

			Rathausuhr schlägt wieder

			Von Jana Albrecht

			4. Dezember 2026

			Nach zwei Jahren Stillstand schlägt die Uhr im Turm des alten Rathauses wieder, seit am Montag ein Uhrmacher aus Lindau das letzte Zahnrad eingesetzt hat.

			Das Werk war im Winter 2024 stehen geblieben, als ein Zahn an einem der Räder brach und die Gemeinde zunächst kein Geld für die Reparatur hatte.

			Das Zifferblatt ist älter als das Rathaus selbst und hing früher an der Kirche.

			Ein Verein aus dem Ort sammelte in einem Jahr mehr als zwölftausend Euro, die den größten Teil der Arbeiten bezahlten.

			Das Zifferblatt ist älter als das Rathaus selbst und hing früher an der Kirche.

			„Man hat gemerkt, dass den Leuten etwas gefehlt hat“, sagte der Bürgermeister bei der kleinen Feier vor dem Rathaus.

			Zum Jahreswechsel soll die Uhr zum ersten Mal seit Jahren wieder um Mitternacht schlagen.

			Teilen

			Facebook

			E-Mail

			Meistgelesen

			Neue Buslinie nach Wangen

			© Kreisbote 2026
			""";

	@Test
	void keepsTheGermanTextUnderAPullQuoteSaidAgainWhole() {
		String body = extract(ZITAT).body();
		assertThat(body).contains("Ein Verein aus dem Ort", "sagte der Bürgermeister")
			.endsWith("wieder um Mitternacht schlagen.");
		assertThat(body.indexOf("Das Zifferblatt ist")).isEqualTo(body.lastIndexOf("Das Zifferblatt ist"));
	}

	private static final String SIGN_UP_BOX = """
			This site uses cookies. By continuing to browse you agree to our use of cookies.
			OK
			Valley Courier
			Home
			News
			Farming
			Sport
			Farming
			Orchard growers plant a hundred old apple trees
			By Hugh Pennant
			Wednesday, 2 December 2026
			Growers in the upper valley planted a hundred apple trees of old local kinds on Saturday, grafted from the last trees of an orchard that was cleared in the 1960s.
			The scions were cut last winter and grafted onto rootstock at the agricultural college, where students kept them through the summer.
			Several of the kinds were thought lost until a retired teacher found them in a hedge near the old station.
			Get the Courier in your inbox
			Sign up for our free weekly farming newsletter.
			Enter your email
			Sign up
			"It will be ten years before we know what the fruit is like," said grower Elin Jones, who led the planting.
			The group hopes to sell the first juice from the trees at the valley show.
			Share
			Facebook
			Email
			Related
			Sheep sale prices steady at autumn market
			Valley Courier
			Contact
			© 2026 Valley Courier
			""";

	@Test
	void keepsTheTextUnderASignUpBoxBetweenParagraphsAndLeavesTheBoxOut() {
		String body = extract(SIGN_UP_BOX).body();
		assertThat(body).startsWith("Growers in the upper valley")
			.contains("said grower Elin Jones")
			.endsWith("at the valley show.")
			.doesNotContain("inbox", "newsletter", "Enter your email", "Sign up");
	}

	@Test
	void aSignUpBoxUnderTheLastParagraphStillEndsTheText() {
		String body = extract(SIGN_UP_BOX.replace(
				"""
						"It will be ten years before we know what the fruit is like," said grower Elin Jones, who led the planting.
						The group hopes to sell the first juice from the trees at the valley show.
						""",
				""))
			.body();
		assertThat(body).endsWith("found them in a hedge near the old station.")
			.doesNotContain("inbox", "newsletter", "Enter your email", "Sign up", "Share");
	}

	private static final String CAJA = """
			Este sitio usa cookies. Al seguir navegando aceptas su uso.
			Aceptar
			El Diario del Valle
			Inicio
			Noticias
			Campo
			Deportes
			Campo
			Vecinos recuperan la acequia del molino
			Por Lucía Ferrer
			3 de diciembre de 2026
			Medio centenar de vecinos limpiaron el sábado la acequia que llevaba el agua al antiguo molino, cubierta de cañas y barro desde hace más de veinte años, cuando el último molinero cerró sus puertas y nadie volvió a ocuparse de ella.
			El ayuntamiento prestó una máquina para sacar las piedras más grandes, y el resto del trabajo se hizo a mano durante todo el día, con palas, rastrillos y carretillas que trajeron los propios vecinos desde sus casas.
			Suscríbete a nuestro newsletter
			Recibe cada semana las noticias del campo en tu correo.
			Suscribirme
			"El agua vuelve a correr por donde corría cuando yo era niño", dijo uno de los vecinos más mayores del pueblo.
			La asociación quiere que la acequia vuelva a regar los huertos en la próxima primavera.
			Compartir
			Facebook
			WhatsApp
			Relacionadas
			Nueva ruta de autobús a la capital
			El Diario del Valle
			© 2026 El Diario del Valle
			""";

	@Test
	void keepsTheSpanishTextUnderASignUpBox() {
		String body = extract(CAJA).body();
		assertThat(body).startsWith("Medio centenar de vecinos")
			.contains("dijo uno de los vecinos")
			.endsWith("en la próxima primavera.")
			.doesNotContain("Suscr", "newsletter");
	}

}
