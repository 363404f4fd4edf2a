package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teaser lists whose entries each carry a kicker over the headline (body57): the
 * section's name said again over every entry ("Weight Loss" / "Why Am I Not Losing
 * Weight?", dev's fitness blog; "Politics" / "… donates $2,800 to …", a local politics
 * site) or a label in capitals ("RANDY ANDY" / "Andrew parties in …", dev's tabloid),
 * under a related heading or a list label. The kicker, a word or two, is no headline, so
 * the list ended at the first one and stayed in the body. And the look-alikes that stay:
 * an article's own list of short labels over their lines under a heading of its own, and
 * the text's crosshead in capitals over its paragraph under a teaser list.
 */
class KickerTeaserListBodyTests extends WholePageTests {

	private static final String HEADER = ListLabelBodyTests.HEADER;

	private static final String TEXT = ListLabelBodyTests.TEXT;

	// The text under a list between the paragraphs is long enough for the locator to
	// read across the list, as on dev's tabloid page.
	private static final String MORE_TEXT = """

			Tickets will cost the same as in the summer, and islanders will keep their discount of a third on every crossing, the operator said, though the company has warned that it will look again at the prices in the spring if too few passengers use the boat.

			The new boat, built in a yard on the Clyde and delivered in October, carries up to two hundred passengers and twenty cars, twice as many as the old ferry, and is fitted with stabilisers that let it sail in weather that kept the old boat in harbour for days at a time.

			Councillors on the islands welcomed the news, saying that the winter had long been the hardest time for families who depend on the mainland for work, school and hospital appointments, and that a daily crossing would make it easier for young people to stay.

			The first winter sailing leaves Carrow at 7am on Monday 14 December, the operator said.
			""";

	@Test
	void leavesEntriesUnderASectionNameSaidAgainOut() {
		ParsedArticle article = extract(HEADER + TEXT + """
				Related Articles

				Harbour

				Will the new car park at the quay be ready by spring?

				Harbour

				Island school reopens after storm repairs

				Harbour

				Lifeboat crew honoured for night rescue
				""" + MORE_TEXT);
		assertThat(article.body()).startsWith("The ferry between Carrow")
			.contains("Owen Tully said", "Tickets will cost the same")
			.endsWith("the operator said.")
			.doesNotContain("Related Articles", "Harbour\n", "new car park", "Island school", "Lifeboat crew");
	}

	// Other stages leave this invented list out on the base too; dev's tabloid list,
	// under quoted kickers in capitals, stayed there.
	@Test
	void leavesEntriesUnderKickersInCapitalsOut() {
		ParsedArticle article = extract(HEADER + TEXT + """
				Most read in local news

				NIGHT SHIFT

				Nurses on the late shift say the hospital car park is not safe after dark

				Warning

				HIGH WATER

				Flood barrier on the river to close for a week of repairs

				‘NEVER AGAIN’

				Pub landlord vows to fight the brewery's rent rise in court
				""" + MORE_TEXT);
		assertThat(article.body()).startsWith("The ferry between Carrow")
			.contains("Owen Tully said", "Tickets will cost the same")
			.endsWith("the operator said.")
			.doesNotContain("Most read", "NIGHT SHIFT", "Nurses on the late shift", "Warning", "HIGH WATER",
					"Flood barrier", "NEVER AGAIN", "Pub landlord");
	}

	@Test
	void leavesAGermanListUnderASectionNameSaidAgainOut() {
		ParsedArticle article = extract(
				"""
						Carrower Tagblatt

						Fähre zu den Inseln fährt den ganzen Winter

						Von Nadia Brook

						3. Dezember 2026

						Die Fähre zwischen Carrow und den Inseln fährt in diesem Winter zum ersten Mal seit zehn Jahren durch, wie der Betreiber am Donnerstag mitteilte.

						Bisher wurde der Betrieb jeden November eingestellt, weil zu wenige Fahrgäste kamen, und die Inseln hatten bis zum Frühjahr nur ein Versorgungsschiff pro Woche.

						„Die Leute auf den Inseln haben sich das seit Jahren gewünscht“, sagte Hafenmeister Owen Tully.

						Meistgelesen

						Region

						Pflegekräfte fühlen sich auf dem Parkplatz der Klinik nicht sicher

						Region

						Sperrwerk am Fluss wird eine Woche lang repariert

						Region

						Wirt will gegen die Mieterhöhung der Brauerei klagen

						Die Fahrkarten kosten so viel wie im Sommer, und die Inselbewohner behalten ihren Rabatt von einem Drittel, teilte der Betreiber mit, der die Preise im Frühjahr aber erneut prüfen will, falls zu wenige Fahrgäste das Schiff nutzen.

						Das neue Schiff wurde auf einer Werft am Clyde gebaut und im Oktober geliefert, es bietet Platz für zweihundert Fahrgäste und zwanzig Autos und ist mit Stabilisatoren ausgerüstet, die auch bei schwerem Wetter eine Überfahrt erlauben.

						Die Gemeinderäte auf den Inseln begrüßten die Nachricht, weil der Winter für Familien, die für Arbeit, Schule und Arzttermine auf das Festland angewiesen sind, seit jeher die schwerste Zeit des Jahres ist.

						Die erste Winterfahrt verlässt Carrow am Montag, 14. Dezember, um 7 Uhr, so der Betreiber.
						""");
		assertThat(article.body()).startsWith("Die Fähre zwischen Carrow")
			.contains("Owen Tully", "Die Fahrkarten kosten")
			.endsWith("so der Betreiber.")
			.doesNotContain("Meistgelesen", "Region", "Pflegekräfte", "Sperrwerk", "Wirt will");
	}

	// "More ways to travel" heads the article's own list: its short labels are neither
	// said again nor in capitals.
	@Test
	void keepsTheArticlesOwnListOfShortLabelsOverTheirLines() {
		ParsedArticle article = extract(HEADER + TEXT + """
				More ways to travel

				Cycling

				Bikes travel free on every crossing this winter

				Buses

				The island bus meets every ferry at the pier

				Walking

				Foot passengers board from the new pontoon at the harbour
				""" + MORE_TEXT);
		assertThat(article.body()).contains("Bikes travel free", "The island bus meets", "Foot passengers board",
				"Tickets will cost the same");
	}

	// The text's crosshead in capitals over its paragraph under a list: no kicker, as no
	// headline stands under it.
	@Test
	void keepsTheTextsCrossheadInCapitalsOverItsParagraph() {
		ParsedArticle article = extract(HEADER + TEXT + """
				Most read in local news

				NIGHT SHIFT

				Nurses on the late shift say the hospital car park is not safe after dark

				HIGH WATER

				Flood barrier on the river to close for a week of repairs

				NEVER AGAIN

				Pub landlord vows to fight the brewery's rent rise in court

				WINTER FARES
				""" + MORE_TEXT);
		assertThat(article.body()).contains("Owen Tully said", "Tickets will cost the same")
			.endsWith("the operator said.")
			.doesNotContain("Nurses on the late shift", "Pub landlord");
	}

	// The paragraphs over the list, enough for the locator to read across it, as on dev's
	// tabloid page; with only three, other stages left the list out on the base already.
	private static final String LONG_TEXT = TEXT
			+ """

					The operator said the boat would sail twice a day from Monday to Saturday and once on Sundays, weather permitting, with extra sailings at Christmas.

					Islanders have campaigned for a winter service since the last one was cut in 2016, when the company said it lost money on every crossing between November and March.

					The council agreed in the summer to pay part of the cost of the winter sailings for three years, a sum the operator said would cover the fuel for the quieter months.

					Owen Tully, who has been harbour master for twelve years, said the old boat had been kept in port for up to nine days at a time in the worst of the winter storms.

					The islands' only doctor, who lives on the mainland, will now be able to hold a surgery twice a week instead of once a fortnight, the health board said on Friday.

					Shops on the islands said they expected to keep more stock through the winter, as deliveries would no longer wait for the supply boat's weekly run.

					""";

	// dev's tabloid (review57f): quoted kickers in capitals, headlines with quotes and
	// commas, between the paragraphs of a long text. Fails on the base (a79274b1^1).
	@Test
	void leavesATabloidsKickerListBetweenTheParagraphsOut() {
		ParsedArticle article = extract(HEADER + LONG_TEXT + """
				Most read in world news

				ROCK BOTTOM

				Singer parties in unearthed pics despite claiming 'he never drinks & can't dance'

				‘LOST AND FOUND’

				Diver, 42, 'finds wedding ring on seabed 20 years after losing it'

				Warning

				JAW DROPPING

				Man has 'rotting' arm treated after injecting oil to look strong

				‘NOT OUR FAULT’

				Furious dad demands school uniform rules be scrapped
				""" + MORE_TEXT);
		assertThat(article.body()).startsWith("The ferry between Carrow")
			.contains("Owen Tully said", "the supply boat's weekly run", "Tickets will cost the same")
			.endsWith("the operator said.")
			.doesNotContain("Most read", "ROCK BOTTOM", "Singer parties", "Diver, 42", "JAW DROPPING", "Furious dad");
	}

	// Under a list whose kickers are a section's name said again, a line in capitals said
	// nowhere else over a question is the text's crosshead, and stays (review57f).
	@Test
	void keepsTheTextsCrossheadInCapitalsUnderASectionNameList() {
		ParsedArticle article = extract(HEADER + TEXT + """
				Related Articles

				Harbour

				Island school reopens after storm repairs

				Harbour

				Lifeboat crew honoured for night rescue

				WHAT NEXT

				Will the ferry run next winter too?
				""" + MORE_TEXT);
		assertThat(article.body())
			.contains("WHAT NEXT\n\nWill the ferry run next winter too?", "Tickets will cost the same")
			.doesNotContain("Related Articles", "Island school", "Lifeboat crew");
	}

	@Test
	void keepsARussianCrossheadInCapitalsUnderASectionNameList() {
		ParsedArticle article = extract(
				"""
						Карроу сегодня

						Главная | Новости | Спорт

						Паром на острова будет ходить всю зиму

						Надя Брук

						3 декабря 2026

						Паром между Карроу и внешними островами впервые за десять лет будет ходить всю зиму, сообщил оператор в четверг.

						Раньше рейсы прекращались каждый ноябрь, потому что пассажиров было слишком мало, и до весны у островов оставалось лишь одно судно снабжения в неделю.

						«Жители островов просили об этом много лет», — сказал начальник порта Оуэн Талли.

						Читайте также

						Общество

						Школа на острове открылась после ремонта

						Общество

						Экипаж спасателей наградили за ночную операцию

						ЧТО ДАЛЬШЕ

						Будет ли паром ходить и следующей зимой?

						Билеты будут стоить столько же, сколько летом, а жители островов сохранят скидку в треть цены на каждый рейс, сообщил оператор, хотя компания предупредила, что весной может пересмотреть цены, если пассажиров будет мало.

						Новое судно, построенное на верфи на Клайде и переданное в октябре, берёт на борт до двухсот пассажиров и двадцать машин, вдвое больше старого парома, и оснащено успокоителями качки.

						Депутаты островов приветствовали новость и сказали, что зима всегда была самым трудным временем для семей, которые ездят на материк на работу, в школу и к врачу.

						Первый зимний рейс отправится из Карроу в 7 утра в понедельник, 14 декабря, сообщил оператор.
						""");
		assertThat(article.body()).contains("ЧТО ДАЛЬШЕ\n\nБудет ли паром ходить", "Билеты будут стоить")
			.doesNotContain("Читайте также", "Школа на острове", "Экипаж спасателей");
	}

}
