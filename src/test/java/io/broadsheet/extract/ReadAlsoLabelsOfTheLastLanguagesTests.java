package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-also, see-also and related headings of the languages tail54 left (lang55): the
 * BBC World Service's headings over other stories in Amharic, Azerbaijani, Gujarati,
 * Japanese, Korean, Kyrgyz, Marathi, Nepali, Somali, Tamil, Telugu, Urdu and Yorùbá, and
 * each language's Wikipedia's "see also", on invented pages. And look-alikes that stay:
 * the text's own sentence opening with a label's words, without its colon or with a
 * lower-case sentence after it. lang56 added the languages lang55 left without a sure
 * form: Yoruba's "Ẹ tún ka" (blind33's teaser) and BBC News Yorùbá's older heading, the
 * BBC's headings in Burmese, Pashto and Sinhala, and the Wikipedia "see also" of Basque,
 * Khmer, Macedonian, Pashto, Tajik and Telugu. lang57 added Malayalam's "കൂടുതൽ
 * വായിക്കുക" (blind34's teaser), Haitian Creole's "Atik ki gen rapò", isiXhosa's "Ezinye
 * iindaba", Basque's "Gehien irakurriak" and its see-also as written, "Ikus, gainera".
 */
class ReadAlsoLabelsOfTheLastLanguagesTests extends WholePageTests {

	// Each label as a page sets it: alone on its line over other stories' headlines, and
	// before its colon (the Armenian comma for Armenian) and another story's headline.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ተያያዥ ርዕሶች|ተያያዥ ርዕሶች: አዲስ አበባ አዲስ መናፈሻ ከፈተች",
			"በዚህ ዘገባ ላይ ተጨማሪ መረጃ|በዚህ ዘገባ ላይ ተጨማሪ መረጃ: ባሕር ዳር አዲስ ድልድይ ሠራች",
			"Əlaqəli mövzular|Əlaqəli mövzular: Gəncədə yeni park açıldı",
			"Bu barədə daha geniş|Bu barədə daha geniş: Şəkidə ipək festivalı başlayır",
			"Bunları da oxuyun|Bunları da oxuyun: Lənkəranda çay yığımı başladı",
			"Həmçinin bax|Həmçinin bax: Qubada yeni məktəb tikilir",
			"સંબંધિત મુદ્દા|સંબંધિત મુદ્દા: અમદાવાદમાં નવો પુલ ખુલ્યો",
			"Duba kuma|Duba kuma: An bude sabuwar kasuwa a Kano", "ראה גם|ראה גם: נפתח גשר חדש בחיפה",
			"Տես նաև|Տես նաև: Գյումրիում նոր այգի է բացվել", "Տես նաև՝|Տես նաև՝ Գյումրիում նոր այգի է բացվել",
			"Կարդա նաև|Կարդա նաև: Վանաձորում նոր դպրոց է բացվել", "関連コンテンツ|関連コンテンツ：札幌で新しい図書館が開館",
			"関連トピックス|関連トピックス：仙台の朝市が再開", "関連項目|関連項目：函館の路面電車に新型車両",
			"იხილეთ აგრეთვე|იხილეთ აგრეთვე: ბათუმში ახალი პარკი გაიხსნა",
			"ასევე იხილეთ|ასევე იხილეთ: ქუთაისში ახალი ხიდი გაიხსნა",
			"Тағы қараңыз|Тағы қараңыз: Алматыда жаңа саябақ ашылды", "관련 토픽|관련 토픽: 부산에 새 도서관 개관",
			"관련 기사 더 보기|관련 기사 더 보기: 대구 지하철 새 노선 개통", "같이 보기|같이 보기: 전주 한옥마을 축제 개막",
			"Тема боюнча башка макалалар|Тема боюнча башка макалалар: Ошто жаңы көпүрө ачылды",
			"Тектеш темалар|Тектеш темалар: Каракол шаарында жаңы мектеп курулат",
			"Ошондой эле караңыз|Ошондой эле караңыз: Нарында жаңы базар ачылды",
			"Kuckt och|Kuckt och: Nei Bréck zu Esch opgemaach",
			"Jereo koa|Jereo koa: Tsena vaovao nosokafana tao Toamasina",
			"Jereo ihany koa|Jereo ihany koa: Lalana vaovao tao Antsirabe",
			"ഇതും കാണുക|ഇതും കാണുക: കൊച്ചിയിൽ പുതിയ പാലം തുറന്നു",
			"Мөн үзэх|Мөн үзэх: Дарханд шинэ цэцэрлэгт хүрээлэн нээгдлээ",
			"संबंधित मजकूर|संबंधित मजकूर: पुण्यात नवीन पूल खुला", "संबंधित विषय|संबंधित विषय: नाशिकमध्ये नवी बस सेवा",
			"हे सुद्धा पहा|हे सुद्धा पहा: कोल्हापुरात नवे ग्रंथालय",
			"Ara wkoll|Ara wkoll: Triq ġdida tinfetaħ f'Ħal Qormi",
			"सम्बन्धित सामग्री|सम्बन्धित सामग्री: पोखरामा नयाँ पुल खुला",
			"यो पनि हेर्नुहोस्|यो पनि हेर्नुहोस्: धरानमा नयाँ पुस्तकालय",
			"ਇਹ ਵੀ ਵੇਖੋ|ਇਹ ਵੀ ਵੇਖੋ: ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਨਵਾਂ ਪੁਲ ਖੁੱਲ੍ਹਿਆ",
			"Mowduucyada la xiriira|Mowduucyada la xiriira: Suuq cusub oo laga furay Hargeysa",
			"Eeg sidoo kale|Eeg sidoo kale: Waddo cusub oo laga dhisay Garoowe",
			"தொடர்புடைய உள்ளடக்கம்|தொடர்புடைய உள்ளடக்கம்: மதுரையில் புதிய பாலம் திறப்பு",
			"தொடர்புடைய தலைப்புகள்|தொடர்புடைய தலைப்புகள்: கோவையில் புதிய நூலகம்",
			"இவற்றையும் பார்க்கவும்|இவற்றையும் பார்க்கவும்: சேலத்தில் புதிய பேருந்து நிலையம்",
			"సంబంధిత కథనాలు|సంబంధిత కథనాలు: విశాఖలో కొత్త వంతెన ప్రారంభం",
			"సంబంధిత అంశాలు|సంబంధిత అంశాలు: వరంగల్‌లో కొత్త గ్రంథాలయం",
			"اسی بارے میں|اسی بارے میں: لاہور میں نیا پل کھول دیا گیا",
			"متعلقہ عنوانات|متعلقہ عنوانات: ملتان میں نئی لائبریری", "مزید دیکھیے|مزید دیکھیے: پشاور میں نیا بازار",
			"Yana qarang|Yana qarang: Samarqandda yangi bozor ochildi",
			"Яна қаранг|Яна қаранг: Бухорода янги бозор очилди",
			"Àwọn Àkórí Tójọra|Àwọn Àkórí Tójọra: Ọjà tuntun ṣí ní Ìbàdàn",
			"Àwọn afíkun lórí ìròyìn yìí|Àwọn afíkun lórí ìròyìn yìí: Afárá tuntun ní Abẹ́òkúta",
			"Bheka futhi|Bheka futhi: Kuvulwe ibhuloho elisha eThekwini",
			"Ẹ tún ka|Ẹ tún ka: Afárá tuntun ṣí ní Abẹ́òkúta",
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
			"ఇవి కూడా చూడండి|ఇవి కూడా చూడండి: విజయవాడలో కొత్త వంతెన",
			// lang57: Malayalam's "read more" (blind34's teaser), Haitian Creole's and
			// isiXhosa's related lists, Basque's "most read" and its see-also with its
			// comma
			"കൂടുതൽ വായിക്കുക|കൂടുതൽ വായിക്കുക: കൊല്ലത്ത് പുതിയ ബോട്ട് ജെട്ടി തുറന്നു",
			"Atik ki gen rapò|Atik ki gen rapò: Lekòl yo rouvri nan Leyogàn",
			"Ezinye iindaba|Ezinye iindaba: Amanzi abuyile eQonce",
			"Gehien irakurriak|Gehien irakurriak: Donostiako portuak kai berria izango du",
			"Ikus, gainera|Ikus, gainera: Gasteizko tranbiak geltoki berria irekiko du" })
	void readsTheLabelAloneAsARelatedHeadingAndBeforeAHeadlineAsATeaser(String label, String teaser) {
		assertThat(Boilerplate.isRelatedHeading(new Paragraph(label, 1))).as(label).isTrue();
		assertThat(Boilerplate.isPrompt(label)).as(label).isTrue();
		assertThat(new Paragraph(teaser, 1).isPromo()).as(teaser).isTrue();
	}

	// The text's own sentences opening with a label's words: without the colon, or with a
	// lower-case sentence after it (review54a), are no teaser and prompt nothing.
	@ParameterizedTest
	@ValueSource(strings = { "Yana qarang: ko'prik hali ham yopiq, haydovchilar esa aylanma yo'ldan yurmoqda.",
			"Ara wkoll: il-kunsill lokali se jiftaħ il-ġnien kull nhar ta' Ħadd.",
			"Jereo koa: ny lalana dia mbola mihidy hatramin'ny alatsinainy.",
			"Bu barədə daha geniş danışan nazir yeni layihəni parlamentə təqdim etdi.",
			"Bheka futhi ukuthi abantwana bafika kanjani esikoleni ekuseni.",
			"Duba kuma yadda aka gina sabuwar kasuwar a cikin watanni uku.",
			"Kuckt och, wéi d'Gemeng de Spillplaz nei gebaut huet.",
			"Ẹ tún ka ìwé náà, ó sọ pé ilé ìtajà tuntun yóò ṣí.",
			"Ẹ tún ka: àwọn olùkọ́ náà yóò bẹ̀rẹ̀ iṣẹ́ lọ́jọ́ Ajé.",
			"Ikus gainera udalak emandako datuak, herritar guztientzat argitaratu baitira.",
			"Поврзано со тоа, градоначалникот најави нови инвестиции.",
			"Поврзано: градоначалникот најави нови инвестиции во паркот.",
			"ورته مطالب په اړه ښاروال وویل چې کار به ژر پای ته ورسېږي.",
			"Нигаред низ ба ҷадвали зерин, ки шумораи хонандагонро нишон медиҳад.",
			// lang57's labels opening the text's own sentences
			"കൂടുതൽ വായിക്കുക എന്നതാണ് ലൈബ്രറിയുടെ ലക്ഷ്യമെന്ന് അധ്യക്ഷൻ പറഞ്ഞു.",
			"Atik ki gen rapò ak lekòl yo ap parèt chak semèn nan jounal la.",
			"Ezinye iindaba ezivela eQonce zithi amanzi aza kubuya ngoLwesihlanu.",
			"Gehien irakurriak izan diren liburuak liburutegiaren sarreran daude.",
			"Ikus, gainera, udalak emandako datuak herritar guztientzat argitaratu direla." })
	void keepsTheTextsSentenceOpeningWithALabelsWords(String line) {
		assertThat(new Paragraph(line, 1).isPromo()).isFalse();
		assertThat(Boilerplate.isPrompt(line)).isFalse();
	}

	@Test
	void leavesAMalteseSeeAlsoTeaserBetweenTheParagraphsOut() {
		ParsedArticle article = extract("""
				Aħbarijiet

				Ġnien ġdid għat-tfal f'Ħaż-Żebbuġ

				Minn Maria Borg

				Il-Kunsill Lokali ta' Ħaż-Żebbuġ ħabbar nhar it-Tlieta li l-ġnien il-ġdid għat-tfal se jinfetaħ f'Marzu.

				Il-ġnien se jkollu żona tal-logħob, siġar ġodda u bankijiet għall-ġenituri.

				Ara wkoll: Triq ġdida tinfetaħ f'Ħal Qormi

				"It-tfal ilhom jistennew dan il-ġnien għal snin," qal is-sindku.

				Ix-xogħlijiet swew madwar €400,000, iffinanzjati mill-Gvern.
				""");
		assertThat(article.body()).startsWith("Il-Kunsill Lokali")
			.endsWith("iffinanzjati mill-Gvern.")
			.doesNotContain("Ara wkoll")
			.doesNotContain("Ħal Qormi");
	}

	@Test
	void leavesAnAzerbaijaniMoreOnThisTeaserBetweenTheParagraphsOut() {
		ParsedArticle article = extract("""
				Xəbərlər

				Şamaxıda yeni uşaq kitabxanası açılır

				Müəllif: Leyla Məmmədova

				Şamaxı Rayon İcra Hakimiyyəti çərşənbə axşamı yeni uşaq kitabxanasının yanvarda açılacağını bildirib.

				Kitabxanada səkkiz mindən çox kitab, oxu zalı və kiçik kinozal olacaq.

				Bu barədə daha geniş: Qəbələdə yeni idman zalı tikilir

				"Uşaqlar artıq soruşur ki, nə vaxt gələ bilərlər," kitabxananın direktoru deyib.

				Tikinti işlərinə 1,2 milyon manat xərclənib.
				""");
		assertThat(article.body()).startsWith("Şamaxı Rayon İcra Hakimiyyəti")
			.endsWith("milyon manat xərclənib.")
			.doesNotContain("Bu barədə daha geniş")
			.doesNotContain("Qəbələdə");
	}

	@Test
	void keepsAnUzbekSentenceOpeningWithTheLabelAndItsColonAndLeavesTheTeaserOut() {
		ParsedArticle article = extract("""
				Yangiliklar

				Xivada eski karvonsaroy qayta ochildi

				Xiva shahridagi eski karvonsaroy uch yillik ta'mirdan so'ng seshanba kuni sayyohlar uchun qayta ochildi.

				Yana qarang: Samarqandda yangi bozor ochildi

				Karvonsaroy hovlisida endi hunarmandlar do'konlari va kichik choyxona ishlaydi.

				Yana qarang: hovlidagi eski quduq ham tiklangan, uning suvi esa hali ham toza.

				Ta'mir ishlari uchun viloyat byudjetidan mablag' ajratilgan.
				""");
		assertThat(article.body()).startsWith("Xiva shahridagi eski karvonsaroy")
			.endsWith("mablag' ajratilgan.")
			.contains("Yana qarang: hovlidagi eski quduq")
			.doesNotContain("Samarqandda yangi bozor");
	}

	// review55b: a full stop after the label's colon closes the text's own sentence,
	// after
	// a capital ("Nazir …") or in a script without capitals, where the case tells
	// nothing;
	// lang55's descriptive labels ("bu barədə daha geniş", "اسی بارے میں") and the older
	// ones alike.
	@ParameterizedTest
	@ValueSource(strings = { "Bu barədə daha geniş: Nazir Əliyev bildirib ki, layihə gələn il başa çatacaq.",
			"اسی بارے میں: وزیر اعلیٰ نے کہا کہ شہر میں مزید تین پل بنائے جائیں گے۔",
			"같이 보기: 시민들은 주말마다 가족과 함께 공원을 찾는다.", "ראה גם: ראש העירייה אמר כי הגשר ייפתח בקרוב.",
			"Yana qarang: Xiva hokimi yangi mehmonxona ham qurilishini aytdi.",
			"Lee también: El alcalde dijo que la obra terminará en marzo." })
	void keepsTheTextsSentenceClosedByAFullStopAfterALabelsColon(String line) {
		assertThat(new Paragraph(line, 1).isPromo()).isFalse();
	}

	// Their near misses: a headline after the label, one asking a question or cut short
	// by an ellipsis, is a teaser still.
	@ParameterizedTest
	@ValueSource(strings = { "Bu barədə daha geniş: Qəbələdə yeni idman zalı tikilir",
			"اسی بارے میں: ملتان میں نئی لائبریری", "같이 보기: 전주 한옥마을 축제 개막",
			"Yana qarang: Samarqandda yangi bozor ochildi?",
			"Czytaj także: Nowe zasady segregacji odpadów. Co się zmieni?",
			"Baca juga: Warga Bekasi keluhkan banjir di jalan utama...",
			"Lee también: El alcalde inaugura el puente…" })
	void leavesAHeadlineAfterALabelsColonATeaser(String line) {
		assertThat(new Paragraph(line, 1).isPromo()).isTrue();
	}

	@Test
	void keepsAnAzerbaijaniSentenceClosedByAFullStopAfterALabelAndLeavesTheTeaserOut() {
		ParsedArticle article = extract(
				"""
						Xəbərlər

						Şamaxıda yeni uşaq kitabxanası açılır

						Müəllif: Leyla Məmmədova

						Şamaxı Rayon İcra Hakimiyyəti çərşənbə axşamı yeni uşaq kitabxanasının yanvarda açılacağını bildirib.

						Kitabxanada səkkiz mindən çox kitab, oxu zalı və kiçik kinozal olacaq.

						Bu barədə daha geniş: Nazir Əliyev bildirib ki, layihə gələn il başa çatacaq və başqa rayonlarda da kitabxanalar açılacaq.

						Bu barədə daha geniş: Qəbələdə yeni idman zalı tikilir

						Tikinti işlərinə 1,2 milyon manat xərclənib və işlər dekabrda bitib.
						""");
		assertThat(article.body()).startsWith("Şamaxı Rayon İcra Hakimiyyəti")
			.endsWith("işlər dekabrda bitib.")
			.contains("Bu barədə daha geniş: Nazir Əliyev bildirib")
			.doesNotContain("Qəbələdə");
	}

	// lang57: Basque Wikipedia's own heading holds a comma ("Ikus, gainera"), which
	// lang56 could not write in a value: the file escapes it now ("ikus\\, gainera"),
	// and the values around it stay apart.
	@Test
	void readsTheBasqueSeeAlsoWrittenWithItsEscapedComma() {
		assertThat(Languages.values("eu", Languages.RELATED_HEADINGS))
			.contains("ikus, gainera", "ikus gainera", "gehien irakurriak")
			.doesNotContain("ikus\\", "gainera", "ikus\\, gainera");
		assertThat(Languages.values(Languages.RELATED_HEADINGS)).noneMatch((value) -> value.contains("\\"));
		assertThat(Boilerplate.isRelatedHeading(new Paragraph("Ikus, gainera", 1))).isTrue();
		assertThat(Boilerplate.isPrompt("Ikus, gainera")).isTrue();
	}

	// lang56: blind33's shape, "Ẹ tún ka:" before another story's headline between the
	// paragraphs, and the text's own sentence after the same label.
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
