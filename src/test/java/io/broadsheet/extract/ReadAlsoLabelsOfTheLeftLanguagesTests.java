package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-also, see-also and related headings of languages lang55 left without a sure
 * form (lang56): Yoruba's "Ẹ tún ka" (blind33's teaser) and BBC News Yorùbá's older
 * heading, the BBC World Service's headings over other stories in Burmese, Pashto and
 * Sinhala, and the Wikipedia "see also" of Basque, Khmer, Macedonian, Pashto, Tajik and
 * Telugu, on invented lines and pages. And look-alikes that stay: the text's own sentence
 * opening with a label's words.
 */
class ReadAlsoLabelsOfTheLeftLanguagesTests extends WholePageTests {

	// Each label as a page sets it: alone on its line over other stories' headlines, and
	// before its colon (the Khmer colon for Khmer) and another story's headline.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Ẹ tún ka|Ẹ tún ka: Afárá tuntun ṣí ní Abẹ́òkúta",
			"Àwọn iròyin tì ẹ leè ní ìfẹ̀ síí|Àwọn iròyin tì ẹ leè ní ìfẹ̀ síí: Ọjà tuntun ṣí ní Òṣogbo",
			"Ikus gainera|Ikus gainera: Bilboko metroak geltoki berria irekiko du",
			"មើលផងដែរ|មើលផងដែរ៖ ភ្នំពេញបើកស្ពានថ្មី", "Поврзано|Поврзано: Нов мост отворен во Битола",
			"ဒီသတင်းနဲ့ ပတ်သက်သမျှ|ဒီသတင်းနဲ့ ပတ်သက်သမျှ: မန္တလေးမှာ တံတားသစ် ဖွင့်",
			"ဆက်စပ်အကြောင်းအရာများ|ဆက်စပ်အကြောင်းအရာများ: ပုဂံမှာ စာကြည့်တိုက်သစ်",
			"ورته مطالب|ورته مطالب: په جلال آباد کې نوی بازار",
			"اړونده مطالب|اړونده مطالب: په کابل کې نوی پل پرانیستل شو",
			"دا هم وګورئ|دا هم وګورئ: په کندهار کې نوی ښوونځی", "دا هم وګورۍ|دا هم وګورۍ: په هرات کې نوی روغتون",
			"මේ පුවතට සම්බන්ධ තවත් විස්තර|මේ පුවතට සම්බන්ධ තවත් විස්තර: ගාල්ලේ නව පාසලක්",
			"සබැඳි විෂයයන්|සබැඳි විෂයයන්: මහනුවර නව පාලමක් විවෘත කෙරේ",
			"Нигаред низ|Нигаред низ: Дар Хуҷанд пули нав кушода шуд",
			"ఇవి కూడా చూడండి|ఇవి కూడా చూడండి: విజయవాడలో కొత్త వంతెన" })
	void readsTheLabelAloneAsARelatedHeadingAndBeforeAHeadlineAsATeaser(String label, String teaser) {
		assertThat(Boilerplate.isRelatedHeading(new Paragraph(label, 1))).as(label).isTrue();
		assertThat(Boilerplate.isPrompt(label)).as(label).isTrue();
		assertThat(new Paragraph(teaser, 1).isPromo()).as(teaser).isTrue();
	}

	// The text's own sentences opening with a label's words: without the colon, or with a
	// sentence after it that a stop closes (review54a, review55b), are no teaser and
	// prompt nothing. And Basque Wikipedia's own spelling with its comma, which a value
	// cannot hold, is read by nothing.
	@ParameterizedTest
	@ValueSource(strings = { "Ẹ tún ka ìwé náà, ó sọ pé ilé ìtajà tuntun yóò ṣí.",
			"Ẹ tún ka: àwọn olùkọ́ náà yóò bẹ̀rẹ̀ iṣẹ́ lọ́jọ́ Ajé.",
			"Ikus gainera udalak emandako datuak, herritar guztientzat argitaratu baitira.", "Ikus, gainera",
			"Поврзано со тоа, градоначалникот најави нови инвестиции.",
			"Поврзано: градоначалникот најави нови инвестиции во паркот.",
			"ورته مطالب په اړه ښاروال وویل چې کار به ژر پای ته ورسېږي.",
			"Нигаред низ ба ҷадвали зерин, ки шумораи хонандагонро нишон медиҳад." })
	void keepsTheTextsSentenceOpeningWithALabelsWords(String line) {
		assertThat(new Paragraph(line, 1).isPromo()).as(line).isFalse();
		assertThat(Boilerplate.isPrompt(line)).as(line).isFalse();
	}

	@Test
	void leavesAYorubaReadAlsoTeaserOutAndKeepsTheTextsSentenceAfterTheSameLabel() {
		ParsedArticle article = extract(
				"""
						Ìròyìn

						Ọjà tuntun ṣí ní Ìbàdàn

						Láti ọwọ́ Adébáyọ̀ Ọlátúnjí

						Ìjọba ìpínlẹ̀ Ọ̀yọ́ ṣí ọjà tuntun ní Ìbàdàn lọ́jọ́ Ajé, àwọn oníṣòwò tó lé ní ẹgbẹ̀rún kan ló sì ti gba ṣọ́ọ̀bù.

						Ọjà náà ní ilé ìtajà ọgọ́rùn-ún méjì àti ibi ìgbọ́kọ̀sí ńlá.

						Ẹ tún ka: Afárá tuntun ṣí ní Abẹ́òkúta

						"Inú wa dùn gan-an," ni ọ̀kan lára àwọn oníṣòwò náà sọ.

						Ẹ tún ka: àwọn oníṣòwò yóò san owó ṣọ́ọ̀bù lẹ́ẹ̀kan lọ́dún.

						Ìjọba sọ pé ọjà náà ná owó tó lé ní bílíọ̀nù náírà kan.
						""");
		assertThat(article.body()).startsWith("Ìjọba ìpínlẹ̀ Ọ̀yọ́")
			.endsWith("bílíọ̀nù náírà kan.")
			.contains("Ẹ tún ka: àwọn oníṣòwò yóò san owó")
			.doesNotContain("Abẹ́òkúta");
	}

}
