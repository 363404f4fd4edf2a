package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers' lines of five more languages (sign48): a Tajik name before its role ("X,
 * хабарнигор", reporter), Somali "Qore:" (writer), Malagasy "Nosoratan'i X" (written by),
 * the "ngu-" (by) glued to the name's capital on every page (Xhosa as Zulu), and the
 * Amharic "በ" (by) glued to a name in a script without capitals, read only when the page
 * writes no word of the name elsewhere. A writer's line read over the whole page leaves
 * the body. Look-alikes that stay as they were: an Amharic place after the same letter
 * ("በአዲስ አበባ", in Addis Ababa), a Zulu sentence opening with the prefix, a Vietnamese
 * name opening with the same letters.
 */
class WriterLabelsAndGluedPrefixesTests extends WholePageTests {

	@Test
	void readsATajikWriterBeforeTheirRole() {
		assertThat(BylineDetector.byline("Шаҳло Каримова, хабарнигор")).containsExactly("Шаҳло Каримова");
		assertThat(BylineDetector.byline("Рустам Ҳасанов, мухбир")).containsExactly("Рустам Ҳасанов");
	}

	@Test
	void readsTheSomaliAndMalagasyWritersLabels() {
		assertThat(BylineDetector.byline("Qore: Faadumo Cali Xirsi")).containsExactly("Faadumo Cali Xirsi");
		assertThat(BylineDetector.byline("Nosoratan'i Fara Randriamanana")).containsExactly("Fara Randriamanana");
		assertThat(BylineDetector.byline("Nosoratan’i Fara Randriamanana")).containsExactly("Fara Randriamanana");
	}

	@Test
	void readsTheGluedPrefixOnEveryPageBeforeANameAlone() {
		assertThat(BylineDetector.byline("NguSipho Ndlovu")).containsExactly("Sipho Ndlovu");
		assertThat(BylineDetector.byline("nguNandi Zulu")).containsExactly("Nandi Zulu");
	}

	@Test
	void leavesASentenceOrANameThatOnlyStartsLikeThePrefix() {
		assertThat(BylineDetector.byline("NguMongameli owavula ibhuloho elisha namuhla.")).isNull();
		assertThat(BylineDetector.byline("Nguyễn Văn An")).isNull();
	}

	@Test
	void dropsAYorubaWritersLineFromAPageWithoutBlankLines() {
		ParsedArticle article = extract("""
				Ọjà Ọ̀yọ́ tún ṣí lẹ́yìn àtúnṣe – Ìròyìn Ìwọ̀ Oòrùn
				Ìròyìn Ìwọ̀ Oòrùn
				English
				Ilé
				Ìròyìn
				Ìṣèlú
				Ọrọ̀ Ajé
				Eré Ìdárayá
				Ìlera
				Àṣà
				Fídíò
				Ìpolówó
				Ìròyìn
				Ọjà Ọ̀yọ́ tún ṣí lẹ́yìn àtúnṣe
				Láti ọwọ́ Fúnmiláyọ̀ Àdìgún
				Ọjọ́rú, Oṣù Kejìlá 2, 2026
				Ọjà Ọ̀yọ́ tún ṣí lẹ́yìn àtúnṣe ní ìlú Ọ̀yọ́ ní òwúrọ̀ Ọjọ́rú.
				Àwọn olùtajà sọ pé inú àwọn dùn láti padà sí ṣọ́ọ̀bù wọn kí ọdún tó parí.
				Ìpolówó
				Ìjọba ìbílẹ̀ sọ pé àwọn ti ṣe ọ̀nà tuntun àti ilé ìgbọ̀nsẹ̀ fún àwọn oníbàárà.
				Ka èyí náà: Owó búrẹ́dì ga sí i ní Ọ̀yọ́
				"Inú wa dùn pé a padà sí ibi iṣẹ́ wa kí Kérésì tó dé," ni olùtajà kan, Bọ́lá Àjàyí, sọ.
				Àwọn ọlọ́pàá sọ pé àwọn yóò máa ṣọ́ ọjà náà ní alẹ́.
				Pín
				Facebook
				WhatsApp
				Ìpolówó
				Àwọn ìròyìn mìíràn
				Ilé ìwé tuntun ṣí ní Ògbómọ̀ṣọ́
				Òjò ba ọ̀nà jẹ́ ní Ìsẹ́yìn
				© 2026 Ìròyìn Ìwọ̀ Oòrùn
				""");

		assertThat(article.authors().value()).containsExactly("Fúnmiláyọ̀ Àdìgún");
		assertThat(article.body()).doesNotContain("Láti ọwọ́");
	}

	@Test
	void readsAXhosaWriterAfterTheGluedPrefixAndDropsTheLine() {
		ParsedArticle article = extract(
				"""
						Ezempilo

						Iikliniki ezintsha ezintathu zivulwa eMthatha

						NguZanele Mbeki

						ngoLwesihlanu, 4 kuDisemba 2026

						Iikliniki ezintathu ezintsha ziza kuvulwa kwiilali ezikufuphi neMthatha ngenyanga ezayo.

						Abahlali bebehamba iikhilomitha ezininzi ukuya kwisibhedlele, kwaye ngoku baza kufumana uncedo kufutshane.

						"Sibulela kakhulu, oomama abakhulelweyo abazukuhamba kude," utshilo omnye wabahlali.
						""");

		assertThat(article.authors().value()).containsExactly("Zanele Mbeki");
		assertThat(article.body()).doesNotContain("NguZanele");
	}

	@Test
	void readsAnAmharicWriterAfterTheGluedPrefixAndDropsTheLine() {
		ParsedArticle article = extract("""
				ኢኮኖሚ

				የቡና ዋጋ በገበያ ላይ ጨመረ

				በሕይወት ገብረ መድኅን

				ኅዳር 25 ቀን 2019 ዓ.ም.

				በጅማ ገበያ የቡና ዋጋ ባለፈው ሳምንት ከፍ ብሎ መታየቱን ነጋዴዎች ገለጹ።

				አርሶ አደሮች ምርታቸውን በተሻለ ዋጋ መሸጥ መቻላቸውን ተናግረዋል።

				የዘንድሮው ምርት ካለፈው ዓመት የበለጠ እንደሚሆን ይጠበቃል።
				""");

		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly("ሕይወት ገብረ መድኅን");
		assertThat(article.body()).doesNotContain("በሕይወት");
	}

	@Test
	void leavesAnAmharicPlaceAfterTheSameLetter() {
		ParsedArticle article = extract("""
				ከተማ

				አዲስ የመንገድ መብራቶች ተተከሉ

				በአዲስ አበባ

				ኅዳር 25 ቀን 2019 ዓ.ም.

				በአዲስ አበባ ቦሌ አካባቢ አዲስ የመንገድ መብራቶች ተተከሉ።

				መብራቶቹ በፀሐይ ኃይል የሚሠሩ ናቸው።

				ነዋሪዎች ለውጡን በደስታ ተቀብለዋል።
				""");

		assertThat(article.authors()).isNull();
		assertThat(article.body()).contains("በአዲስ አበባ ቦሌ");
	}

	@Test
	void readsTheGluedLetterOnlyBeforeANameThePageWritesNowhereElse() {
		assertThat(BylineDetector.uncasedPrefixed(Paragraphs.split("በሕይወት ገብረ\n\nየቡና ዋጋ ጨመረ።".split("\n"), 0), 0,
				List.of("በ")))
			.containsExactly("ሕይወት ገብረ");
		assertThat(BylineDetector.uncasedPrefixed(Paragraphs.split("በአዲስ አበባ\n\nበአዲስ አበባ ቦሌ ተከፈተ።".split("\n"), 0), 0,
				List.of("በ")))
			.isNull();
	}

}
