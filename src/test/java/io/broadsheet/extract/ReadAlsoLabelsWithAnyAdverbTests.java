package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read-also teaser between two paragraphs whose label is a language's "read" and an
 * adverb the language file does not list (lang49): Xhosa "Funda kwakhona:", Malagasy
 * "Vakio ihany koa:", Welsh "Darllenwch mwy:", Swedish "Läs mer:", Icelandic "Lesa
 * einnig:" leave the body and the text goes on under them. And look-alikes that stay: a
 * Welsh sentence opening with the verb, a Malagasy crosshead opening with it and no
 * headline after its colon, an English crosshead before a colon, a Swedish label with a
 * figure (a list's item).
 */
class ReadAlsoLabelsWithAnyAdverbTests extends WholePageTests {

	@Test
	void leavesAXhosaFundaKwakhonaTeaserOut() {
		ParsedArticle article = extract(
				"""
						Ezempilo

						Iiyure zekliniki zandisiwe eQonce

						NguSipho Dlamini

						Ikliniki yaseQonce iza kuvula ukusuka ngentsimbi yesixhenxe kusasa ukususela ngoMvulo, utshilo umphathi wayo.

						Abahlali bebekhalaza ngemigca emide kwiintsuku zokuqala zenyanga.

						Funda kwakhona: Abongikazi abatsha baqeshiwe eMpuma Koloni

						"Ngoku sizakufika emsebenzini singekafiki ixesha," utshilo umhlali, uNksz Zodwa Mbeki.

						Ikliniki iza kuvalwa ngentsimbi yesithandathu ngokuhlwa.

						Yabelana
						""");

		assertThat(article.body()).startsWith("Ikliniki yaseQonce iza kuvula")
			.contains("utshilo umhlali")
			.endsWith("ngentsimbi yesithandathu ngokuhlwa.")
			.doesNotContain("Funda kwakhona")
			.doesNotContain("Abongikazi");
	}

	@Test
	void leavesAMalagasyVakioIhanyKoaTeaserOut() {
		ParsedArticle article = extract("""
				Toekarena

				Niakatra ny vidin'ny lavanila any Sambava

				Nosoratan'i Fara Randria

				Niakatra ho 75 000 ariary ny vidin'ny kilao lavanila maitso any Sambava tamin'ity herinandro ity.

				Faly ny mpamboly fa nihena kosa ny vokatra noho ny rotsak'orana.

				Vakio ihany koa: Mitombo ny fanondranana jirofo any Toamasina

				"Tsara ny vidiny fa vitsy ny vokatra," hoy ny mpamboly iray.

				Hanohy ny fanaraha-maso ny minisitera hatramin'ny faran'ny taona.
				""");

		assertThat(article.body()).startsWith("Niakatra ho 75 000 ariary")
			.contains("hoy ny mpamboly iray")
			.endsWith("hatramin'ny faran'ny taona.")
			.doesNotContain("Vakio ihany koa")
			.doesNotContain("jirofo");
	}

	@Test
	void leavesAWelshDarllenwchMwyTeaserOut() {
		ParsedArticle article = extract("""
				Newyddion

				Cyngerdd y capel yn codi arian i'r ysgol

				Gan Elin Morgan

				Cododd cyngerdd yn y capel nos Sadwrn dros fil o bunnoedd i ysgol y pentref, meddai'r trefnwyr.

				Canodd côr meibion lleol a dau unawdydd o'r ysgol uwchradd.

				Darllenwch mwy: Neuadd y pentref yn cael to newydd

				"Roedd y capel yn llawn am y tro cyntaf ers blynyddoedd," meddai'r gweinidog.

				Bydd yr arian yn prynu offerynnau newydd i'r plant.

				Rhannu
				""");

		assertThat(article.body()).startsWith("Cododd cyngerdd yn y capel")
			.contains("meddai'r gweinidog")
			.endsWith("offerynnau newydd i'r plant.")
			.doesNotContain("Darllenwch mwy")
			.doesNotContain("to newydd");
	}

	@Test
	void leavesAnIcelandicLesaEinnigTeaserOut() {
		ParsedArticle article = extract("""
				Innlent

				Ný brú opnuð yfir Jökulsá á Fjöllum

				Höfundur: Sigríður Jónsdóttir

				Ný brú yfir Jökulsá á Fjöllum var opnuð umferð í gær, tveimur mánuðum á undan áætlun.

				Brúin er 240 metra löng og leysir af hólmi einbreiða brú frá árinu 1947.

				Lesa einnig: Vegagerðin boðar fleiri framkvæmdir á Austurlandi

				„Þetta breytir miklu fyrir flutninga á svæðinu,“ segir vegamálastjóri.

				Kostnaður við verkið nam um 3,4 milljörðum króna.
				""");

		assertThat(article.body()).startsWith("Ný brú yfir Jökulsá")
			.contains("segir vegamálastjóri")
			.endsWith("um 3,4 milljörðum króna.")
			.doesNotContain("Lesa einnig")
			.doesNotContain("Vegagerðin");
	}

	@Test
	void leavesASwedishLasMerTeaserOut() {
		ParsedArticle article = extract("""
				Nyheter

				Ny busslinje till flygplatsen i Umeå

				Av Karin Lindqvist

				Från och med måndag går en ny busslinje mellan centrum och flygplatsen i Umeå, meddelar kommunen.

				Bussarna går var tjugonde minut under morgon och kväll.

				Läs mer: Rekordmånga reste med flyg från Umeå i somras

				"Det här har resenärerna efterfrågat länge", säger trafikchefen Anders Berg.

				Biljetten kostar lika mycket som en vanlig stadsbussresa.

				Dela
				""");

		assertThat(article.body()).startsWith("Från och med måndag")
			.contains("säger trafikchefen")
			.endsWith("en vanlig stadsbussresa.")
			.doesNotContain("Läs mer")
			.doesNotContain("Rekordmånga");
	}

	@Test
	void keepsLookAlikesOpeningWithTheVerb() {
		ParsedArticle article = extract("""
				Newyddion

				Llyfrgell newydd yn agor yn y dref

				Gan Elin Morgan

				Agorodd llyfrgell newydd yn y dref ddydd Llun, gyda mwy na deng mil o lyfrau ar y silffoedd.

				Darllenwch y llyfrau hyn yn gyntaf: dyna gyngor y llyfrgellydd i'r plant.

				Läs 3 kapitel: Barnens favoriter

				Mae'r llyfrgell ar agor bob dydd ond dydd Sul, meddai'r cyngor.

				Lines and colours: The new reading room

				Bydd clwb darllen i'r plant bob bore Sadwrn o fis Ionawr ymlaen.
				""");

		assertThat(article.body()).startsWith("Agorodd llyfrgell newydd")
			.contains("Darllenwch y llyfrau hyn yn gyntaf: dyna gyngor")
			.contains("Läs 3 kapitel: Barnens favoriter")
			.contains("Lines and colours: The new reading room")
			.endsWith("o fis Ionawr ymlaen.");
	}

}
