package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Furniture lines blind27's pages kept (lang50), on invented pages: an Armenian read-also
 * label with the Armenian colon "՝", a Georgian one with the adverb first, a Sinhala
 * writer's label, a Flemish paywall line, a teaser's own date line, a link closed by an
 * arrow, a reader callout whose bidding follows its question. And look-alikes that stay.
 */
class Blind27FurnitureLinesTests extends WholePageTests {

	@Test
	void leavesAnArmenianReadAlsoLabelWithItsOwnColonOut() {
		ParsedArticle article = extract("""
				Հասարակություն

				Գյումրիում նոր այգի կբացվի

				Հեղինակ՝ Լիլիթ Հովհաննիսյան

				Գյումրու կենտրոնում գարնանը կբացվի նոր այգի, որտեղ կտնկվի ավելի քան հազար ծառ։

				Աշխատանքները կսկսվեն մարտին և կավարտվեն ամռանը, հայտնել են քաղաքապետարանից։

				Կարդացեք նաեւ՝ Շիրակում կվերանորոգվեն գյուղական ճանապարհները

				«Այգին կլինի բոլոր տարիքի բնակիչների համար», ասել է քաղաքապետը։

				Ծրագրի արժեքը կազմում է երեք հարյուր միլիոն դրամ։
				""");

		assertThat(article.body()).startsWith("Գյումրու կենտրոնում")
			.contains("ասել է քաղաքապետը")
			.endsWith("երեք հարյուր միլիոն դրամ։")
			.doesNotContain("Կարդացեք նաեւ")
			.doesNotContain("ճանապարհները");
	}

	@Test
	void keepsAnArmenianLineThatOpensWithTheVerbAndSaysMore() {
		ParsedArticle article = extract("""
				Հասարակություն

				Գյումրիում նոր գրադարան կբացվի

				Հեղինակ՝ Լիլիթ Հովհաննիսյան

				Գյումրու կենտրոնում գարնանը կբացվի նոր գրադարան, որտեղ կլինի ավելի քան տասը հազար գիրք։

				Աշխատանքները կսկսվեն մարտին և կավարտվեն ամռանը, հայտնել են քաղաքապետարանից։

				Կարդա երեխաներիդ հետ ամեն երեկո ու շաբաթ օրերին՝ Գրադարանի նոր կարգախոսը

				«Գրադարանը կլինի բոլոր տարիքի բնակիչների համար», ասել է քաղաքապետը։
				""");

		assertThat(article.body()).contains("Կարդա երեխաներիդ հետ");
	}

	@Test
	void leavesAGeorgianReadAlsoLabelWithTheAdverbFirstOut() {
		ParsedArticle article = extract("""
				საზოგადოება

				ბათუმში ახალი სკვერი გაიხსნება

				ავტორი: ნინო ბერიძე

				ბათუმის ცენტრში გაზაფხულზე ახალი სკვერი გაიხსნება, სადაც ათასზე მეტი ხე დაირგვება.

				სამუშაოები მარტში დაიწყება და ზაფხულამდე დასრულდება, განაცხადეს მერიაში.

				ასევე იკითხეთ: ქობულეთში სანაპირო ზოლი განახლდება

				„სკვერი ყველა ასაკის მაცხოვრებლისთვის იქნება“, — თქვა მერმა.

				პროექტის ღირებულება ორი მილიონი ლარია.
				""");

		assertThat(article.body()).startsWith("ბათუმის ცენტრში")
			.contains("თქვა მერმა")
			.endsWith("ორი მილიონი ლარია.")
			.doesNotContain("ასევე იკითხეთ")
			.doesNotContain("ქობულეთში");
	}

	@Test
	void findsASinhalaWriterAfterLiyuweLabel() {
		ParsedArticle article = extract("""
				ආර්ථිකය

				පොල් මිල ඉහළ යයි

				ලියූවේ: කමල් සිල්වා

				2026 දෙසැම්බර් 02

				පසුගිය සතිය තුළ පොල් ගෙඩියක මිල රුපියල් විස්සකින් ඉහළ ගොස් ඇති බව වෙළෙඳුන් පවසයි.

				නියඟය හේතුවෙන් අස්වැන්න අඩු වී ඇති බව ගොවීහු පවසති.
				""");

		assertThat(article.authors().value()).containsExactly("කමල් සිල්වා");
		assertThat(article.body()).doesNotContain("ලියූවේ");
	}

	@Test
	void endsAFlemishArticleAtItsPaywallLine() {
		ParsedArticle article = extract("""
				Binnenland
				Leuven krijgt drie nieuwe schoolstraten - Het Dijleblad
				Door Sofie Peeters
				maandag 30 november 2026 om 08.15
				Leuven richt volgend schooljaar drie nieuwe schoolstraten in, heeft het stadsbestuur maandag beslist.
				Auto's mogen er tijdens de begin- en einduren van de scholen niet meer door.
				"We willen dat kinderen veilig naar school kunnen fietsen", zei schepen Jan Wouters.
				De straten worden in september ingericht.
				Lees verder met een abonnement vanaf 2 euro per maand
				© 2026 Het Dijleblad
				""");

		assertThat(article.body()).endsWith("De straten worden in september ingericht.").doesNotContain("abonnement");
	}

	@Test
	void keepsAFlemishSentenceThatOpensLikeThePaywallLine() {
		ParsedArticle article = extract(
				"""
						Binnenland

						Leuven krijgt drie nieuwe schoolstraten

						Door Sofie Peeters

						Leuven richt volgend schooljaar drie nieuwe schoolstraten in, heeft het stadsbestuur maandag beslist.

						Auto's mogen er tijdens de begin- en einduren van de scholen niet meer door.

						Lees verder met een abonnement op de nieuwsbrief van de stad, want daar staan alle straten, uren en omleidingen van volgend jaar.
						""");

		assertThat(article.body()).endsWith("omleidingen van volgend jaar.");
	}

	@Test
	void leavesATeasersOwnDateLineOutWithIt() {
		ParsedArticle article = extract(
				"""
						News

						Harbour ferry adds a late sailing

						By Marla Quintero

						The harbour ferry will run a late sailing on Fridays and Saturdays from January, the port authority said on Tuesday.

						The 11.30 p.m. boat will leave the city pier and stop at both island docks before returning.

						RELATED: Island residents petition for cheaper ferry fares

						November 28, 2026

						"People who work late in the city have had no way home," said island councillor Devon Marsh.

						The authority said it would review the sailing after six months.
						""");

		assertThat(article.body()).startsWith("The harbour ferry will run")
			.contains("said island councillor Devon Marsh")
			.endsWith("review the sailing after six months.")
			.doesNotContain("RELATED")
			.doesNotContain("November 28, 2026");
	}

	@Test
	void leavesADutchTeasersOwnDateLineOutWithIt() {
		ParsedArticle article = extract(
				"""
						Binnenland

						Veerpont vaart langer op vrijdag

						Door Marla de Wit

						De veerpont over het kanaal vaart vanaf januari op vrijdag en zaterdag tot middernacht, heeft de provincie dinsdag gezegd.

						De laatste boot vertrekt om half twaalf en stopt aan beide steigers voor hij terugkeert.

						Lees ook: Bewoners vragen goedkopere overtocht

						28 november 2026

						"Wie laat werkt in de stad, had geen manier om thuis te komen", zei raadslid Devon Maas.

						De provincie bekijkt de proef na zes maanden opnieuw.
						""");

		assertThat(article.body()).contains("zei raadslid Devon Maas")
			.endsWith("na zes maanden opnieuw.")
			.doesNotContain("Lees ook")
			.doesNotContain("28 november 2026");
	}

	@Test
	void leavesACapitalsReadTeaserAndItsDateLineOut() {
		ParsedArticle article = extract(
				"""
						Nation

						Rains flood low-lying towns in the north

						By Joel Dimasalang

						More than 3,000 residents of riverside towns were moved to evacuation centres on Tuesday as heavy rains swelled the Cagayan River.

						The weather bureau said the rains would continue until Thursday across the northern provinces.

						READ: Flights cancelled at two northern airports

						December 1, 2026

						"We moved families before the water reached their homes," said the town's disaster officer, Rosa Ilagan.

						Classes in all public schools were suspended until Friday.
						""");

		assertThat(article.body()).contains("said the town's disaster officer")
			.endsWith("suspended until Friday.")
			.doesNotContain("READ:")
			.doesNotContain("December 1, 2026");
	}

	@Test
	void keepsASentenceCaseReadLineOfARecommendationsList() {
		ParsedArticle article = extract(
				"""
						Culture

						What our critics enjoyed this week

						By Joel Dimasalang

						Our critics spent the week with a novel, a podcast and an old film, and each came back with something to recommend to you.

						The novel was the surprise of the week, a quiet book about a family orchard that none of us expected to finish in one sitting.

						Read: The Orchard Keepers by Dana Whitcombe

						The podcast follows two sisters who rebuild their late father's boat, one episode at a time, over a whole year.
						""");

		assertThat(article.body()).contains("Read: The Orchard Keepers");
	}

	@Test
	void keepsADayCrossheadUnderAParagraph() {
		ParsedArticle article = extract(
				"""
						News

						Police log: week of Nov. 30

						Compiled by Harriet Vole

						The following items are taken from the police department's log for the week of Nov. 30.

						Monday, Nov. 30

						A resident of Oak Street reported a loose horse near the library. Its owner was found and the horse was returned.

						Thursday, Dec. 3

						A bicycle was reported stolen from an unlocked shed on Mill Road. Police ask anyone with information to call them.
						""");

		assertThat(article.body()).contains("Thursday, Dec. 3");
	}

	@Test
	void leavesALinkClosedByAnArrowOut() {
		ParsedArticle article = extract(
				"""
						Weather
						Snow closes schools across the valley
						Updated 2 hours ago
						SPRINGDALE — Eight inches of snow fell overnight across the valley, and most school districts called off classes on Monday.
						The county said plows had cleared the main roads by dawn but side streets were still covered.
						CLOSINGS
						Springdale Schools: Closed
						Valley Library: Opens at noon
						See the full list →
						Forecasters expect another three inches before the snow ends on Tuesday evening, with temperatures well below freezing.
						The county asked drivers to stay off the roads unless their trip could not wait.
						Copyright 2026 KVLY. All rights reserved.
						""");

		assertThat(article.body()).contains("Forecasters expect another three inches")
			.endsWith("unless their trip could not wait.")
			.doesNotContain("See the full list");
	}

	@Test
	void leavesAGermanLinkClosedByAnArrowOut() {
		ParsedArticle article = extract(germanPageWith("Alle Pläne des Bauamts ansehen →"));

		assertThat(article.body()).contains("Der Radfahrerverband begrüßte")
			.endsWith("rund zwei Millionen Euro.")
			.doesNotContain("ansehen →");
	}

	@Test
	void keepsALongLineThatEndsWithAnArrow() {
		ParsedArticle article = extract(
				germanPageWith("Die Route führt vom Bahnhof über den Marktplatz und die Brücke bis zum Stadtpark →"));

		assertThat(article.body()).contains("bis zum Stadtpark →");
	}

	@Test
	void keepsARouteWhoseArrowsChain() {
		ParsedArticle article = extract(
				"""
						News

						Town approves new bus routes for the spring

						By Marla Quintero

						The town council voted on Tuesday to add two bus routes that will link the harbour with the new university campus from March.

						The routes will run every fifteen minutes on weekdays and every half hour at weekends, the transport office said.

						Harbour → Old Town → University →

						Council member Devon Marsh said the routes would take hundreds of cars off the harbour road each morning.

						The service will be reviewed after a year, and fares will stay the same until then.
						""");

		assertThat(article.body()).contains("Harbour → Old Town → University →");
	}

	@Test
	void keepsAStepOfAListThatEndsWithAnArrow() {
		assertThat(extract(germanPageWith("Schritt 1: Antrag im Bürgerbüro stellen →")).body())
			.contains("Schritt 1: Antrag im Bürgerbüro stellen →");
		assertThat(extract(germanPageWith("1. Online registrieren →")).body()).contains("1. Online registrieren →");
	}

	@Test
	void keepsAnExcerptWhoseLastWordsRanIntoItsReadOnLink() {
		assertThat(extract(germanPageWith("Mitfahren dürfen alle Weiterlesen →")).body())
			.contains("Mitfahren dürfen alle Weiterlesen →");
	}

	@Test
	void leavesAReadOnLinkAfterItsOwnFirstWordOut() {
		assertThat(extract(germanPageWith("Hier Weiterlesen →")).body()).contains("Der Radfahrerverband begrüßte")
			.doesNotContain("Weiterlesen");
	}

	// A German story with the given line between its second and third paragraphs.
	private static String germanPageWith(String line) {
		return """
				Lokales

				Neue Radwege in der Altstadt

				Von Jana Berger

				Die Stadt baut im kommenden Frühjahr drei neue Radwege durch die Altstadt, hat der Gemeinderat am Dienstag beschlossen.

				Die Arbeiten beginnen im März und sollen bis zum Sommer abgeschlossen sein.

				%s

				Der Radfahrerverband begrüßte den Beschluss, forderte aber mehr Abstellplätze an den Bahnhöfen der Stadt.

				Die Kosten liegen bei rund zwei Millionen Euro.
				"""
			.formatted(line);
	}

	@Test
	void endsTheArticleAtAReaderCalloutWithABidding() {
		ParsedArticle article = extract("""
				News

				Council approves new crosswalk on Elm Street

				By Tessa Gorman

				The town council voted 5-0 on Tuesday to paint a new crosswalk on Elm Street near the elementary school.

				Parents had asked for the crossing after two near-misses this fall, the council's chair said.

				Work will begin in the spring, once the weather allows the paint to set.

				Have something to say? Send us a letter to the editor.

				Sign up for the Gazette's newsletter

				© 2026 Millbrook Gazette
				""");

		assertThat(article.body()).endsWith("allows the paint to set.").doesNotContain("letter to the editor");
	}

	@Test
	void keepsAQuestionWhoseBiddingNamesNoSite() {
		ParsedArticle article = extract(
				"""
						News

						Volunteers plan a spring clean-up of Elm Park

						By Tessa Gorman

						The Friends of Elm Park will hold their spring clean-up on Saturday, clearing litter and planting bulbs along the pond.

						Last year more than sixty residents took part and filled forty bags of rubbish in a single morning, the group said.

						Want to help? Join the volunteers at the park gate on Saturday at 9 a.m.

						© 2026 Millbrook Gazette
						""");

		assertThat(article.body()).endsWith("Join the volunteers at the park gate on Saturday at 9 a.m.");
	}

	@Test
	void keepsAQuestionTheTextAnswersItself() {
		ParsedArticle article = extract(
				"""
						News

						How the council spends your taxes

						By Tessa Gorman

						The town council approved a budget of $4.2 million on Tuesday, about three per cent more than last year.

						Most of the increase goes to road repairs and to the library's longer opening hours.

						Have a question about how the council works? Reply to this email and I will answer it in next week's column.

						© 2026 Millbrook Gazette
						""");

		assertThat(article.body()).contains("Reply to this email");
	}

}
