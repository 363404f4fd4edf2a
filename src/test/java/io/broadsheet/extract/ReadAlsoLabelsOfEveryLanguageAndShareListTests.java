package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Furniture the open sets still kept (tail54), on invented pages: read-also labels in the
 * forms no language file knew (Hungarian "Ezt is olvassa el", Latvian "Lasiet arī",
 * Romanian "Citiți și", Swedish "Se även", Czech "Přečtěte si také"), and a site's label
 * over a single other story right under the share buttons that close the article, on a
 * page without blank lines ("Share" / "More village news" / one headline / the paper's
 * name and town). And look-alikes that stay: a Czech sentence opening with the label's
 * words without its colon, the text's crosshead under the share buttons over a paragraph,
 * and a label over one short line with no share buttons above it.
 */
class ReadAlsoLabelsOfEveryLanguageAndShareListTests extends WholePageTests {

	@Test
	void leavesAHungarianReadAlsoLabelInTheOtherWordOrderOut() {
		ParsedArticle article = extract(
				"""
						Belföld

						Új halastó épül Tata mellett

						Szerző: Nagy Eszter

						A tatai önkormányzat kedden bejelentette, hogy tavaszra elkészül a város második halastava a régi malom mellett.

						A tó három hektáron terül el, és a horgászegyesület tagjai is segítenek a partok rendezésében.

						Ezt is olvassa el: Felújítják a komáromi vasútállomás várótermét

						„A gyerekek már most kérdezik, mikor lehet majd horgászni” – mondta a polgármester.

						Az építkezés várhatóan márciusban kezdődik, és nyár elejére fejeződik be.
						""");
		assertThat(article.body()).startsWith("A tatai önkormányzat")
			.endsWith("nyár elejére fejeződik be.")
			.doesNotContain("Ezt is olvassa el")
			.doesNotContain("vasútállomás");
	}

	@Test
	void leavesALatvianPoliteReadAlsoLabelOut() {
		ParsedArticle article = extract(
				"""
						Reģionos

						Cēsīs atver jaunu bērnu bibliotēku

						Autors: Ilze Kalniņa

						Cēsu pilsētas centrā pirmdien durvis vērs jauna bērnu bibliotēka, kurā būs vairāk nekā astoņi tūkstoši grāmatu.

						Bibliotēkā būs arī lasītava un neliela zāle, kur notiks lasīšanas pēcpusdienas skolēniem.

						Lasiet arī: Valmierā sāk būvēt jaunu peldbaseinu

						"Bērni jau tagad jautā, kad varēs nākt," sacīja bibliotēkas vadītāja.

						Bibliotēka būs atvērta katru dienu no pulksten desmitiem līdz sešiem vakarā.
						""");
		assertThat(article.body()).startsWith("Cēsu pilsētas centrā")
			.endsWith("līdz sešiem vakarā.")
			.doesNotContain("Lasiet arī")
			.doesNotContain("peldbaseinu");
	}

	@Test
	void leavesARomanianPoliteReadAlsoLabelOut() {
		ParsedArticle article = extract(
				"""
						Actualitate

						Un pod pietonal nou leagă cele două maluri ale Begăi

						Autor: Andrei Popescu

						Timișorenii pot traversa de sâmbătă Bega pe un pod pietonal nou, construit în opt luni lângă Parcul Rozelor.

						Podul are 64 de metri lungime și este iluminat noaptea cu lămpi alimentate de panouri solare.

						Citiți și: Arad: începe reabilitarea gării centrale

						„Oamenii așteptau de mult o trecere în această zonă”, a spus primarul.

						Lucrările au costat 2,4 milioane de lei, bani obținuți din fonduri europene.
						""");
		assertThat(article.body()).startsWith("Timișorenii pot traversa")
			.endsWith("bani obținuți din fonduri europene.")
			.doesNotContain("Citiți și")
			.doesNotContain("gării centrale");
	}

	@Test
	void leavesASwedishSeeAlsoTeaserOut() {
		ParsedArticle article = extract("""
				Nyheter

				Ny färja till Ven i vår

				Av Karin Lindqvist

				Den nya elfärjan mellan Landskrona och Ven sätts i trafik i april, meddelade kommunen på tisdagen.

				Färjan tar 300 passagerare och laddas vid kajen i Landskrona under natten.

				Se även: Nya cykelbanor byggs längs kusten i Skåne

				– Vi har väntat länge på en tystare färja, säger en av öborna.

				Den gamla färjan säljs efter sommaren.
				""");
		assertThat(article.body()).startsWith("Den nya elfärjan")
			.endsWith("säljs efter sommaren.")
			.doesNotContain("Se även")
			.doesNotContain("cykelbanor");
	}

	private static String czechPage(String middle) {
		return """
				Zprávy

				V Třeboni otevřeli novou rybářskou stezku

				Autor: Petra Novotná

				Nová naučná stezka kolem rybníka Svět v Třeboni provede návštěvníky historií místního rybníkářství.

				Stezka má dvanáct zastavení a vede po hrázi i lesem kolem jižního břehu rybníka.

				%s

				„Chtěli jsme, aby lidé poznali, jak se tu ryby chovají už pět set let,“ řekl starosta.

				Stezka je otevřená celoročně a vstup na ni je zdarma.
				""".formatted(middle);
	}

	@Test
	void leavesACzechReadAlsoTeaserOut() {
		ParsedArticle article = extract(czechPage("Přečtěte si také: V Jindřichově Hradci opraví hradní věž"));
		assertThat(article.body()).startsWith("Nová naučná stezka")
			.endsWith("vstup na ni je zdarma.")
			.doesNotContain("Přečtěte si také")
			.doesNotContain("hradní věž");
	}

	@Test
	void keepsACzechSentenceOpeningWithTheLabelsWordsWithoutItsColon() {
		ParsedArticle article = extract(czechPage(
				"Přečtěte si také tabule u hráze, které vysvětlují, jak se rybníky loví a proč se voda na podzim vypouští."));
		assertThat(article.body()).contains("Přečtěte si také tabule u hráze");
	}

	private static String villagePage(String tail) {
		return """
				Kinross Courier
				Home
				News
				Community
				Loch Leven ferry gets a new engine for its centenary year
				By Fiona Baird
				Friday 4 December 2026
				The little ferry that carries visitors out to Loch Leven Castle will run on a new electric engine next season, its hundredth on the loch.
				The old diesel engine was lifted out of the boat at Kinross pier this week and will go on show at the town museum.
				"It was smoky and loud, and the swans never liked it," said skipper Alan Rennie.
				The new engine was paid for by a heritage grant and donations from the ferry's regular passengers.
				%s
				© Kinross Courier 2026
				"""
			.formatted(tail);
	}

	@Test
	void leavesASingleTeaserUnderItsLabelUnderTheShareButtonsOut() {
		ParsedArticle article = extract(villagePage("""
				Share
				More village news
				Milnathort bowling club reopens its green
				Kinross Courier, Milnathort"""));
		assertThat(article.body()).startsWith("The little ferry")
			.endsWith("regular passengers.")
			.doesNotContain("More village news")
			.doesNotContain("bowling club")
			.doesNotContain("Kinross Courier, Milnathort");
	}

	@Test
	void keepsTheTextsCrossheadUnderTheShareButtonsOverAParagraph() {
		ParsedArticle article = extract(villagePage("""
				Share
				More sailings next summer
				The ferry will sail every half hour from May, twice as often as this year, the trust said."""));
		assertThat(article.body()).contains("More sailings next summer")
			.endsWith("twice as often as this year, the trust said.");
	}

	@Test
	void keepsALabelOverOneShortLineWithoutShareButtonsAbove() {
		ParsedArticle article = extract(villagePage("""
				More trips for schools
				Free crossings for every pupil in the county
				Schools can book the ferry on weekday mornings from April, the trust said."""));
		assertThat(article.body()).contains("More trips for schools")
			.contains("Free crossings for every pupil in the county")
			.endsWith("the trust said.");
	}

}
