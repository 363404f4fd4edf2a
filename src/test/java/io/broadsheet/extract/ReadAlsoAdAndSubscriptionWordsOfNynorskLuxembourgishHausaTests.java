package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-also, ad and subscription words of more languages (lang47): a teaser between two
 * paragraphs under the labels Nynorsk ("Les òg:") and Luxembourgish ("Liest och:") sites
 * give it leaves the body and the text goes on under it; a Nynorsk subscription prompt
 * under the text that opens with its question ("Vil du lese meir frå X? Bli abonnent i
 * dag …") over its button leaves it; the ad label Hausa sites print between paragraphs
 * ("Talla") leaves it on a page without blank lines. And look-alikes that stay: a Nynorsk
 * last paragraph that opens with the same question and goes on as a sentence, a
 * Luxembourgish sentence opening with the label's words and no colon, a Hausa sentence
 * with the ad word inside it.
 */
class ReadAlsoAdAndSubscriptionWordsOfNynorskLuxembourgishHausaTests extends WholePageTests {

	@Test
	void leavesANynorskLesOgTeaserAndDelSakaOut() {
		ParsedArticle article = extract("""
				Nyheiter

				Ferja får nytt rutetilbod frå januar

				Tekst: Solveig Aarheim

				Publisert 02.12.2026 09:10

				Ferja mellom Leirvik og Sandvik skal gå oftare frå januar, har fylkeskommunen bestemt.

				Det blir tolv avgangar kvar dag i staden for ni, og den siste går klokka elleve om kvelden.

				Les òg: Kommunen vil byggje ny skule på Leirvik

				– Vi har venta lenge på dette, seier dagleg leiar Arne Tveit i næringsforeininga.

				Det nye rutetilbodet gjeld i første omgang for to år.

				Del saka

				Facebook
				""");

		assertThat(article.body()).startsWith("Ferja mellom Leirvik og Sandvik")
			.contains("seier dagleg leiar Arne Tveit i næringsforeininga.")
			.endsWith("gjeld i første omgang for to år.")
			.doesNotContain("Les òg")
			.doesNotContain("ny skule")
			.doesNotContain("Del saka");
	}

	@Test
	void leavesANynorskSubscriptionPromptUnderTheTextOut() {
		ParsedArticle article = extract("""
				Nyheiter

				Brannvesenet fekk ny båt til sjøredning

				Tekst: Lars Eidsvik

				Publisert 02.12.2026 14:45

				Brannvesenet i kommunen tok i dag imot ein ny båt som skal brukast til redning på sjøen.

				Båten kan gå i over tretti knop og har plass til åtte personar.

				– Dette gjer at vi kjem raskare fram når nokon er i naud, seier brannsjef Kari Øvrebø.

				Båten skal liggje i hamna ved brannstasjonen heile året.

				Vil du lese meir frå Vestavisa? Bli abonnent i dag – første månad for 1 krone.

				Kjøp abonnement

				Del saka
				""");

		assertThat(article.body()).startsWith("Brannvesenet i kommunen tok i dag imot")
			.endsWith("ved brannstasjonen heile året.")
			.doesNotContain("Vil du lese meir")
			.doesNotContain("abonnent")
			.doesNotContain("Kjøp abonnement");
	}

	@Test
	void keepsANynorskLastParagraphThatOpensWithTheQuestionAndGoesOn() {
		ParsedArticle article = extract("""
				Nyheiter

				Vegvesenet måler snøen frå lufta

				Tekst: Lars Eidsvik

				Publisert 02.12.2026 14:45

				Statens vegvesen har byrja å måle snødjupna på fjellvegane med drone denne vinteren.

				Målingane skal gjere det lettare å varsle om skredfare før vegane blir stengde.

				– Vi får eit mykje betre bilete av snøen enn før, seier prosjektleiar Nils Rygg.

				Vil du lese meir om korleis vegvesenet måler snødjupna i fjellet, finn du rapporten på nettsida deira.

				Del saka
				""");

		assertThat(article.body()).startsWith("Statens vegvesen har byrja")
			.endsWith("finn du rapporten på nettsida deira.");
	}

	@Test
	void leavesALuxembourgishLiestOchTeaserOutAndKeepsTheWordsInASentence() {
		ParsedArticle article = extract("""
				Regioun

				Ettelbréck kritt eng nei Spillplaz am Park

				Vum Anne Kremer

				Den 2. Dezember 2026 um 10:15

				D'Gemeng Ettelbréck baut am Fréijoer eng nei Spillplaz am Stadpark, mat Schaukelen a Klammgerüster.

				D'Aarbechte kaschten ongeféier dräihonnertdausend Euro.

				Liest och: Diekirch kritt en neie Busbahnhof

				Liest och d'Gemengeblat, wann Dir méi iwwer d'Pläng wësse wëllt, sot d'Buergermeeschtesch Carole Faber.

				D'Spillplaz soll am Juni fäerdeg sinn.

				Deelen

				Facebook
				""");

		assertThat(article.body()).startsWith("D'Gemeng Ettelbréck baut")
			.contains("Liest och d'Gemengeblat, wann Dir méi iwwer d'Pläng wësse wëllt")
			.endsWith("D'Spillplaz soll am Juni fäerdeg sinn.")
			.doesNotContain("Liest och:")
			.doesNotContain("Busbahnhof");
	}

	@Test
	void leavesAHausaTallaAdLineOutOnAPageWithoutBlankLines() {
		ParsedArticle article = extract("""
				Labarai Yau
				Gida
				Labarai
				Wasanni
				Talla
				Labarai
				An bude sabuwar asibiti a garin Bauchi
				Daga Musa Ibrahim
				Disamba 2, 2026
				Gwamnatin jihar Bauchi ta bude sabuwar asibiti mai gadaje dari a garin Bauchi ranar Laraba.
				Asibitin zai rika kula da mata masu juna biyu da kananan yara kyauta har zuwa karshen shekara.
				Talla
				Kamfanin da ya gina asibitin ya kashe kudi mai yawa kan talla a gidajen rediyo na jihar.
				Likitoci talatin ne za su fara aiki a asibitin a wannan makon, in ji kwamishinan lafiya.
				Talla
				Raba
				Facebook
				""");

		assertThat(article.body()).startsWith("Gwamnatin jihar Bauchi ta bude")
			.contains("kan talla a gidajen rediyo na jihar.")
			.endsWith("in ji kwamishinan lafiya.")
			.doesNotContain("Talla\n")
			.doesNotContain("\nTalla");
	}

}
