package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-also, ad and sign-up words of more languages (lang48): a teaser between two
 * paragraphs under the labels Amharic ("ይህንንም ያንብቡ፦", with the Ethiopic preface colon),
 * Xhosa ("Funda nokuba:") and Malagasy ("Vakio koa:") sites give it leaves the body and
 * the text goes on under it; the ad labels Malagasy, Yoruba and Somali sites print
 * between paragraphs ("Doka", "Ìpolówó", "Xayaysiis") leave it; a Uruguayan newsletter
 * box between paragraphs, in the voseo's words ("Suscribite a nuestro newsletter" /
 * "Recibí … en tu correo." / "Suscribirme"), leaves it whole. And look-alikes that stay:
 * an Amharic sentence with the label's verb inside it, a Yoruba sentence with the ad word
 * inside it, a Spanish sentence naming a newsletter that bids nobody and one opening with
 * "Recibe" that names no newsletter.
 */
class ReadAlsoAdAndSignUpWordsOfAmharicXhosaMalagasyYorubaSomaliVoseoTests extends WholePageTests {

	@Test
	void leavesAnAmharicTeaserWithThePrefaceColonOut() {
		ParsedArticle article = extract("""
				ከተማ

				በባሕር ዳር አዲስ የሕዝብ ቤተ መጻሕፍት ተከፈተ

				ዘጋቢ፦ ዮናስ አበበ

				ባሕር ዳር ውስጥ ከ20 ሺህ በላይ መጻሕፍት ያሉት አዲስ የሕዝብ ቤተ መጻሕፍት ዛሬ ተከፈተ።

				ቤተ መጻሕፍቱ ለተማሪዎች የንባብ ክፍሎችና የኮምፒውተር ማዕከል አለው።

				ይህንንም ያንብቡ፦ በጎንደር አዲስ ሆስፒታል ተመረቀ

				ተማሪዎች መጻሕፍቱን ያንብቡ ዘንድ ቤተ መጻሕፍቱ እስከ ምሽት ሦስት ሰዓት ክፍት ይሆናል ብለዋል ኃላፊው።

				ግንባታው ሁለት ዓመት ፈጅቷል።

				አጋራ
				""");

		assertThat(article.body()).startsWith("ባሕር ዳር ውስጥ ከ20 ሺህ")
			.contains("ተማሪዎች መጻሕፍቱን ያንብቡ ዘንድ")
			.endsWith("ግንባታው ሁለት ዓመት ፈጅቷል።")
			.doesNotContain("ይህንንም")
			.doesNotContain("ሆስፒታል")
			.doesNotContain("አጋራ");
	}

	@Test
	void leavesAXhosaFundaNokubaTeaserOut() {
		ParsedArticle article = extract("""
				Ezempilo

				Ikliniki entsha ivulwe eMthatha

				NguSipho Dlamini

				Ikliniki entsha yezempilo ivulwe namhlanje eMthatha, iza kunceda abantu abangaphezu kwe-20 000.

				Le kliniki inamagumbi amathandathu kunye nekhemesti encinci.

				Funda nokuba: Abongikazi abatsha baqeshiwe eMpuma Koloni

				"Ngoku asisayi kuhamba umgama omde ukuya esibhedlele," utshilo umhlali, uNksz Zodwa Mbeki.

				Ikliniki iza kuvulwa iintsuku ezintandathu ngeveki.

				Yabelana
				""");

		assertThat(article.body()).startsWith("Ikliniki entsha yezempilo ivulwe")
			.contains("utshilo umhlali")
			.endsWith("iintsuku ezintandathu ngeveki.")
			.doesNotContain("Funda nokuba")
			.doesNotContain("Abongikazi");
	}

	@Test
	void leavesAMalagasyDokaLineAndVakioKoaTeaserOut() {
		ParsedArticle article = extract("""
				Fiarahamonina

				Hanamboarina ny lalana mankany Antsirabe

				Nosoratan'i Fara Randria

				Talata 1 Desambra 2026

				Hanomboka amin'ny volana Janoary ny fanamboarana ny lalana mankany Antsirabe, hoy ny minisitera.

				Kilometatra 40 no hamboarina amin'ny dingana voalohany.

				Doka

				Vakio koa: Nisondrotra ny vidin'ny solika

				"Efa ela izahay no niandry an'io," hoy Rakoto, mpamily fiara fitateram-bahoaka.

				Tokony ho vita amin'ny faran'ny taona 2027 ny asa.

				Zarao
				""");

		assertThat(article.body()).startsWith("Hanomboka amin'ny volana Janoary")
			.contains("hoy Rakoto, mpamily")
			.endsWith("amin'ny faran'ny taona 2027 ny asa.")
			.doesNotContain("Doka")
			.doesNotContain("Vakio koa")
			.doesNotContain("solika");
	}

	@Test
	void leavesAYorubaIpolowoAdLineOutOnAPageWithoutBlankLines() {
		ParsedArticle article = extract("""
				Ìròyìn Ìlú
				Ilé
				Ìròyìn
				Ìpolówó
				Ìròyìn
				Wọ́n ṣí ilé ìwòsàn tuntun ní Ògbómọ̀ṣọ́
				Láti ọwọ́ Bọ́lá Àjàyí
				Ìjọba ìpínlẹ̀ Ọ̀yọ́ ṣí ilé ìwòsàn tuntun ní ìlú Ògbómọ̀ṣọ́ ní ọjọ́ Ìṣẹ́gun.
				Ilé ìwòsàn náà ní ibùsùn ọgọ́rùn-ún, yóò sì máa tọ́jú àwọn ọmọdé lọ́fẹ̀ẹ́.
				Ìpolówó
				Àwọn oníṣòwò sọ pé ìpolówó ọjà wọn lórí rédíò ti pọ̀ sí i láti ìgbà náà.
				Kọmíṣọ́nà ètò ìlera sọ pé àwọn dókítà ọgbọ̀n yóò bẹ̀rẹ̀ iṣẹ́ níbẹ̀ lọ́sẹ̀ yìí.
				Pín
				Facebook
				""");

		assertThat(article.body()).startsWith("Ìjọba ìpínlẹ̀ Ọ̀yọ́ ṣí ilé ìwòsàn")
			.contains("ìpolówó ọjà wọn lórí rédíò")
			.endsWith("yóò bẹ̀rẹ̀ iṣẹ́ níbẹ̀ lọ́sẹ̀ yìí.")
			.doesNotContain("Ìpolówó\n")
			.doesNotContain("\nÌpolówó")
			.doesNotContain("Pín");
	}

	@Test
	void leavesASomaliXayaysiisLineOut() {
		ParsedArticle article = extract("""
				Wararka

				Dugsi cusub oo laga furay Boorama

				Qoraa: Cali Maxamed Nuur

				Dugsi sare oo cusub ayaa maanta laga furay magaalada Boorama, waxaana wax ka baran doona 600 arday.

				Dugsiga waxaa lagu dhisay kharash dhan 400 kun oo doollar.

				Xayaysiis

				"Ardayda waxay hadda heli doonaan fasallo ku filan," ayuu yiri maamulaha dugsiga.

				Dugsiga wuxuu bilaabayaa fasallada bisha Janaayo.

				La wadaag
				""");

		assertThat(article.body()).startsWith("Dugsi sare oo cusub ayaa maanta")
			.contains("ayuu yiri maamulaha dugsiga.")
			.endsWith("fasallada bisha Janaayo.")
			.doesNotContain("Xayaysiis");
	}

	@Test
	void leavesAVoseoNewsletterBoxBetweenParagraphsOut() {
		ParsedArticle article = extract(
				"""
						Ciudad

						Abre una nueva piscina pública en Paysandú

						Por Lucía Ferreira

						2 de diciembre de 2026 · 09:40

						La Intendencia de Paysandú inauguró este miércoles una piscina climatizada en el barrio Norte, la primera pública del departamento.

						La piscina tendrá clases gratuitas para escolares y abrirá todos los días de la semana.

						Suscribite a nuestro newsletter

						Recibí cada tarde las noticias del litoral en tu correo.

						Suscribirme

						"Era un reclamo de los vecinos desde hace años", dijo la directora de Deportes, Ana Silva.

						La obra costó unos 40 millones de pesos.

						Compartir
						""");

		assertThat(article.body()).startsWith("La Intendencia de Paysandú inauguró")
			.contains("dijo la directora de Deportes, Ana Silva.")
			.endsWith("La obra costó unos 40 millones de pesos.")
			.doesNotContain("Suscrib")
			.doesNotContain("tu correo");
	}

	@Test
	void keepsSpanishSentencesThatNameANewsletterOrOpenWithRecibeWithoutBidding() {
		ParsedArticle article = extract("""
				Ciudad

				La Intendencia manda su newsletter a los vecinos

				Por Lucía Ferreira

				2 de diciembre de 2026 · 09:40

				La Intendencia de Paysandú empezó a mandar un newsletter semanal con las obras de cada barrio.

				El newsletter llega cada viernes a unos 4.000 vecinos que se anotaron en la web.

				Recibe además avisos de cortes de agua y de luz, según explicó la oficina de prensa.

				"Queremos que la gente sepa qué se hace con sus impuestos", dijo la directora, Ana Silva.
				""");

		assertThat(article.body()).startsWith("La Intendencia de Paysandú empezó")
			.contains("El newsletter llega cada viernes a unos 4.000 vecinos")
			.contains("Recibe además avisos de cortes de agua")
			.endsWith("dijo la directora, Ana Silva.");
	}

}
