package io.broadsheet.extract;

import java.util.List;

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

	// review58d: the look-alikes a second pair of eyes wrote, each on a page of its
	// language: a header, the headline, the paragraphs given, the share bar and footer.
	private static String page(String headline, String... paragraphs) {
		StringBuilder page = new StringBuilder(headline).append(" – Valley Courier\n\n");
		for (String line : List.of("Valley Courier", "Home", "News", "Culture", "Sport", "Culture", headline,
				"By Hugh Pennant", "4 December 2026")) {
			page.append(line).append("\n\n");
		}
		for (String paragraph : paragraphs) {
			page.append(paragraph).append("\n\n");
		}
		return page.append("Share\n\nFacebook\n\nEmail\n\nMost Read\n\nPier lights to be replaced\n\n© 2026\n")
			.toString();
	}

	private static int times(String body, String line) {
		int count = 0;
		for (int at = body.indexOf(line); at >= 0; at = body.indexOf(line, at + 1)) {
			count++;
		}
		return count;
	}

	@Test
	void keepsABalladsRefrainSaidAgainUnderAVerseLine() {
		String refrain = "And the river carries all of us home.";
		String body = extract(page("Village choir sings the old mill ballad again",
				"The choir of the upper valley sang the old mill ballad on Sunday for the first time in fifty years, from a copy found in the chapel's loft by a caretaker.",
				"Its first verse tells of the miller's daughter who waited at the weir:",
				"She waited by the weir at dawn, she waited there at dusk,", refrain,
				"The miller's boat came never back, the wheel stood still with rust,", refrain,
				"The choir's director said the tune had been pieced together from two old members who remembered it from their school days, and from a recording of 1958.",
				"The choir will sing the ballad again at the valley show in the spring."))
			.body();
		assertThat(times(body, refrain)).isEqualTo(2);
	}

	@Test
	void keepsARussianSongsRefrainSaidAgainUnderAVerseLine() {
		String refrain = "И снова ветер над рекой поёт о нас.";
		String body = extract(page("Хор из долины снова поёт старую песню",
				"Хор из верхней долины в воскресенье впервые за пятьдесят лет исполнил старую песню о мельнице, ноты которой нашёл сторож в старой часовне.",
				"Песня начинается словами, которые помнят только самые старые жители:",
				"Мы шли по берегу весной, и пела нам вода,", refrain, "Мы шли домой осенней тьмой, и не было следа,",
				refrain,
				"Руководитель хора рассказала, что мелодию восстановили по памяти двух старых участниц и по записи тысяча девятьсот пятьдесят восьмого года.",
				"Хор снова исполнит песню на весенней ярмарке в долине."))
			.body();
		assertThat(times(body, refrain)).isEqualTo(2);
	}

	@Test
	void keepsAnInterviewsQuestionAskedTwice() {
		String question = "¿Por qué decidió volver al pueblo después de tantos años?";
		String body = extract(page("La alfarera que volvió al pueblo",
				"Marta Ruiz dejó el pueblo a los diecinueve años y volvió a los sesenta para abrir de nuevo el taller de alfarería de su abuelo junto a la iglesia.",
				question,
				"Esa pregunta me la hacen todos, y nunca sé qué contestar, porque no fue una decisión sino algo que pasó.",
				question,
				"Porque aquí el barro es el mismo que tocaba mi abuelo, y eso no lo encuentro en ninguna otra parte del mundo.",
				"El taller abre los sábados por la mañana y acepta alumnos de todas las edades."))
			.body();
		assertThat(times(body, question)).isEqualTo(2);
	}

	@Test
	void leavesAGreekPullQuotesSecondCopyOut() {
		String quote = "Το θέατρο έχει ογδόντα θέσεις σε ξύλινους πάγκους και μια μικρή σκηνή στο βάθος.";
		String body = extract(page("Ξανανοίγει το κουκλοθέατρο του λιμανιού",
				"Το κουκλοθέατρο στην παλιά αποθήκη του λιμανιού άνοιξε ξανά μετά από δύο χρόνια, με παραστάσεις κάθε Σαββατοκύριακο για μικρούς και μεγάλους.",
				"Η ομάδα λέει ότι οι δωρεές των κατοίκων βοήθησαν πολύ στην ανακαίνιση.", quote,
				"Οι παραστάσεις αρχίζουν στις δύο.", quote, "Η επόμενη παράσταση βασίζεται σε ένα παλιό παραμύθι.",
				"Τα εισιτήρια πωλούνται στο ταμείο."))
			.body();
		assertThat(times(body, quote)).isEqualTo(1);
		assertThat(body).endsWith("Τα εισιτήρια πωλούνται στο ταμείο.");
	}

	@Test
	void leavesAGermanSignUpBoxsFieldOut() {
		String body = extract(page("Obstbauern pflanzen alte Apfelsorten",
				"Obstbauern im oberen Tal haben am Samstag hundert Apfelbäume alter Sorten gepflanzt, veredelt von den letzten Bäumen einer Streuobstwiese, die in den Sechzigerjahren gerodet wurde.",
				"Die Edelreiser wurden im vergangenen Winter geschnitten und an der Landwirtschaftsschule veredelt, wo Schüler sie über den Sommer pflegten.",
				"Newsletter",
				"Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie die wichtigsten Nachrichten aus der Region jeden Morgen.",
				"Ihre E-Mail-Adresse", "Abonnieren",
				"„Es wird zehn Jahre dauern, bis wir wissen, wie die Früchte schmecken“, sagte die Obstbäuerin Elin Jahn, die das Pflanzen leitete.",
				"Die Gruppe will den ersten Saft bei der Talschau verkaufen."))
			.body();
		assertThat(body).contains("zehn Jahre", "ersten Saft").doesNotContain("E-Mail-Adresse", "Newsletter");
	}

	@Test
	void leavesAFrenchSignUpBoxsFieldAndButtonOut() {
		String body = extract(page("Des pommiers anciens replantés",
				"Des arboriculteurs de la haute vallée ont planté samedi cent pommiers de variétés anciennes, greffés sur les derniers arbres d'un verger arraché dans les années soixante.",
				"Les greffons ont été coupés l'hiver dernier et greffés au lycée agricole, où les élèves les ont soignés tout l'été.",
				"Newsletter",
				"Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité de la vallée.",
				"Votre adresse e-mail", "Je m'inscris",
				"« Il faudra dix ans avant de savoir quel goût ont les fruits », a déclaré l'arboricultrice Élise Jamet, qui a dirigé la plantation.",
				"Le groupe espère vendre le premier jus à la foire."))
			.body();
		assertThat(body).contains("dix ans", "premier jus").doesNotContain("adresse e-mail", "inscri");
	}

	@Test
	void leavesASpanishSignUpBoxsFieldOut() {
		String body = extract(page("Vecinos plantan manzanos antiguos",
				"Los vecinos del alto valle plantaron el sábado cien manzanos de variedades antiguas, injertados de los últimos árboles de un huerto que fue arrancado en los años sesenta.",
				"Los injertos se cortaron el invierno pasado en la escuela agrícola, donde los alumnos los cuidaron durante todo el verano.",
				"Suscríbete a nuestro newsletter", "Recibe cada semana las noticias del campo en tu correo.",
				"Tu correo electrónico", "Suscribirme",
				"\"Pasarán diez años antes de que sepamos cómo es la fruta\", dijo la agricultora Elena Jiménez, que dirigió la plantación.",
				"El grupo quiere vender el primer zumo en la feria."))
			.body();
		assertThat(body).contains("diez años", "primer zumo").doesNotContain("correo electrónico", "Suscr");
	}

	@Test
	void keepsASentenceOfTheTextThatOpensWithTheFieldsWordsUnderABox() {
		String sentence = "Your email address and postcode are all the council needs to register you, the clerk said.";
		String body = extract(page("Council opens its new list of allotments",
				"The council opened its new list of allotment plots on Monday, after the old list was closed for two years while the site by the river was drained.",
				"Residents who are already on the old list need not apply again, but they are asked to confirm their details.",
				"Sign up for our free weekly council newsletter.", "Sign up", sentence,
				"The list closes on Friday at noon, and the first plots will be handed out in March."))
			.body();
		assertThat(body).contains(sentence, "first plots").doesNotContain("newsletter", "Sign up");
	}

}
