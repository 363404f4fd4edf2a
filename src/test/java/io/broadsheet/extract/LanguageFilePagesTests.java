package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round lang33's sixteen language files on whole invented pages: a headline, a byline
 * under a label of the page's language, a date line as its sites write it, three
 * paragraphs. Without the language's file the label is no byline, and the name goes
 * missing; Nepali's "र" (and) joins two names only on a page read to be Nepali, and its
 * May ("मे", a letter and its vowel sign) is a month.
 */
class LanguageFilePagesTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void findsTheBylineAndTheDateOfAPageInTheLanguage(Page page) {
		ParsedArticle article = this.extractor.extract(page.text().getBytes(StandardCharsets.UTF_8), null);
		assertThat(article.authors()).as("authors").isNotNull();
		assertThat(article.authors().value()).as("authors").isEqualTo(page.authors());
		assertThat(article.publishedDate()).as("date").isNotNull();
		assertThat(article.publishedDate().value()).as("date").isEqualTo(page.date());
		assertThat(article.body()).as("body").startsWith(page.firstWords()).doesNotContain(page.byline());
	}

	// Round month34: the same pages under a date line in the month forms of the language
	// files (date.months), which CLDR does not give: the line is read as the page's date.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "ga|Foilsithe: Déardaoin, 5 Meán Fómhair 2024|2024-09-05",
					"so|La daabacay: 5 Disembar 2024|2024-12-05", "ha|Talata, 5 Fabrairu 2024|2024-02-05",
					"yo|Ọjọ́ Ìṣẹ́gun, 5 Oṣù Kẹta 2024|2024-03-05", "zu|Kushicilelwe: uMashi 5, 2024|2024-03-05",
					"my|၂၀၂၄ ခုနှစ် မတ်လ ၅ ရက်|2024-03-05", "tg|Нашр шуд: 5 марти соли 2024|2024-03-05",
					// meta58: the year's phrase closed by Burmese's comma
					"my|၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာ ၃ ရက်|2026-12-03" })
	void findsTheDateOfAPageInItsLanguagesMonthForms(String language, String dateLine, LocalDate date) {
		Page page = pages().filter((candidate) -> candidate.language().equals(language)).findFirst().orElseThrow();
		String[] blocks = page.text().split("\n\n");
		blocks[2] = dateLine;
		ParsedArticle article = this.extractor.extract(String.join("\n\n", blocks).getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(article.publishedDate()).as("date").isNotNull();
		assertThat(article.publishedDate().value()).as("date").isEqualTo(date);
		assertThat(article.body()).as("body").startsWith(page.firstWords()).doesNotContain(dateLine);
	}

	// Round detect34: the pages in the languages the detector now tells are read to be
	// in them (Bosnian's reads as Czech, as before). The Kyrgyz and Zulu pages are too
	// short: four of their words are stop words, five are needed.
	@ParameterizedTest(name = "{0}")
	@MethodSource("pagesInDetectedLanguages")
	void readsThePageInItsLanguage(Page page) {
		ParsedArticle article = this.extractor.extract(page.text().getBytes(StandardCharsets.UTF_8), null);
		assertThat(article.language()).isEqualTo(page.language());
	}

	// Nepali's "र" (and) is one letter: a separator only on a page read to be Nepali.
	@Test
	void joinsTwoNamesWithNepalisOwnAndOnlyOnANepaliPage() {
		assertThat(BylineDetector.ownByline("लेखक: राम थापा र सीता शर्मा", "ne"))
			.isEqualTo(List.of("राम थापा", "सीता शर्मा"));
		assertThat(BylineDetector.ownByline("लेखक: राम थापा र सीता शर्मा", "hi")).isNull();
		assertThat(BylineDetector.byline("लेखक: राम थापा र सीता शर्मा")).isEqualTo(List.of("राम थापा"));
	}

	// The separators of Somali, Kyrgyz and Yoruba join two names; Yoruba's tone marks
	// over dotted letters are combining marks, part of the name.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Qoraa: Cali Maxamed iyo Xasan Cumar|Cali Maxamed;Xasan Cumar",
					"Автор: Айбек Токтогулов жана Нурлан Асанов|Айбек Токтогулов;Нурлан Асанов",
					"Муаллиф: Фаридун Раҳимов ва Нилуфар Каримова|Фаридун Раҳимов;Нилуфар Каримова",
					"Onkọwe: Adébáyọ̀ Ògúnlẹ́sì àti Fúnmi Àjàyí|Adébáyọ̀ Ògúnlẹ́sì;Fúnmi Àjàyí",
					"ໂດຍ ສົມພອນ ແກ້ວມະນີ ແລະ ບຸນມີ ສີສຸກ|ສົມພອນ ແກ້ວມະນີ;ບຸນມີ ສີສຸກ",
					// and three of the six read from multilingual-blind10: Albanian,
					// Khmer, Amharic
					"Shkruar nga: Elira Daci dhe Genti Muça|Elira Daci;Genti Muça", "ដោយ៖ ចាន់ សុភា|ចាន់ សុភា",
					"ዘጋቢ፦ አበበ ከበደ|አበበ ከበደ" })
	void readsTheBylinesOfTheNewLanguages(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(List.of(expected.split(";")));
	}

	// A label followed by words in lower case is a sentence, not a byline, whatever
	// marks its letters carry.
	@ParameterizedTest
	// Welsh "Gan", Maltese "Minn" and Albanian "Nga" (by) are no labels: a Chinese
	// surname, an ordinary word, a Vietnamese name.
	@ValueSource(strings = { "Akọ̀ròyìn: àwọn ọmọdé ń ṣeré ní ọgbà", "Qoraa: waxaa la sheegay in roob da'ay",
			"Gan Wei Ming", "Nga Thi Lan" })
	void readsNoBylineFromALabelBeforeASentence(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	// A photo label opens a caption only with its colon: "ಚಿತ್ರ" (picture) opens
	// "ಚಿತ್ರದುರ್ಗ" (a district), Tajik "акс" (photo) "аксари" (most).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "ಚಿತ್ರ: ಪ್ರಜಾವಾಣಿ|true", "ಚಿತ್ರದುರ್ಗ ಜಿಲ್ಲೆಯಲ್ಲಿ ಭಾರಿ ಮಳೆ|false", "Акс: Фаридун Раҳимов|true",
					"Аксари сокинон дар шаҳр зиндагӣ мекунанд|false", "ഫോട്ടോ: അനിൽ കുമാർ|true",
					"ഫോട്ടോഗ്രാഫർമാർ നഗരത്തിലെത്തി|false" })
	void readsAPhotoLabelOnlyBeforeItsColon(String line, boolean caption) {
		assertThat(Boilerplate.isCaption(line)).isEqualTo(caption);
	}

	static Stream<Page> pages() {
		return Stream.of(page("ne", "काठमाडौंमा बिहीबारदेखि नयाँ बस सेवा सुरु हुने", "लेखक: राम थापा र सीता शर्मा",
				"प्रकाशित मिति: ५ मे २०२४", "2024-05-05",
				"काठमाडौं महानगरपालिकाले बिहीबारदेखि उपत्यकाका मुख्य सडकमा विद्युतीय बस सेवा सुरु गर्ने भएको छ। पहिलो चरणमा बीसवटा बस सञ्चालनमा आउनेछन् र यात्रुले मोबाइलबाट भाडा तिर्न सक्नेछन्।",
				"नगरप्रमुखले यो सेवाले सडकमा धुवाँ र जाम दुवै कम गर्ने बताएका छन्। उनका अनुसार आगामी वर्ष थप तीस बस किन्ने योजना छ।",
				"यात्रुहरूले भने बिहान र बेलुकाको भीडमा बसको संख्या अझै कम हुने गुनासो गरेका छन्। महानगरले सेवा सुरु भएपछि एक महिनासम्म यात्रुको संख्या गन्ने जनाएको छ।")
			.withAuthors("राम थापा", "सीता शर्मा"),
				page("my", "ရန်ကုန်မြို့တွင် စာကြည့်တိုက်အသစ် ဖွင့်လှစ်", "ရေးသားသူ: အောင်ကျော် မင်း", "၅ မတ် ၂၀၂၄",
						"2024-03-05",
						"ရန်ကုန်မြို့ ဗဟန်းမြို့နယ်တွင် ပြည်သူ့စာကြည့်တိုက်အသစ်တစ်ခုကို တနင်္လာနေ့က ဖွင့်လှစ်ခဲ့ပြီး စာအုပ်ပေါင်း နှစ်သောင်းကျော် ထားရှိသည်။",
						"စာကြည့်တိုက်သည် နေ့စဉ် နံနက်ကိုးနာရီမှ ညနေငါးနာရီအထိ ဖွင့်မည်ဖြစ်ပြီး ကျောင်းသားများအတွက် အခမဲ့ဖြစ်သည်ဟု တာဝန်ရှိသူများက ပြောသည်။",
						"ဒေသခံများက စာကြည့်တိုက်အသစ်ကို ကြိုဆိုကြပြီး ကလေးများအတွက် စာအုပ်များ ပိုမိုထားရှိရန် မျှော်လင့်ကြောင်း ပြောသည်။"),
				page("yo", "Ìjọba ṣí ilé-ìwòsàn tuntun sílẹ̀ ní Ìbàdàn", "Akọ̀ròyìn: Adébáyọ̀ Ògúnlẹ́sì",
						"5 Ẹrẹ̀nà 2024", "2024-03-05",
						"Ìjọba ìpínlẹ̀ Ọ̀yọ́ ti ṣí ilé-ìwòsàn tuntun kan sílẹ̀ ní ìlú Ìbàdàn, èyí tí yóò máa tọ́jú àwọn ìyá àti àwọn ọmọdé lọ́fẹ̀ẹ́.",
						"Kọmíṣọ́nà fún ètò ìlera sọ pé ilé-ìwòsàn náà yóò máa ṣiṣẹ́ ní ọ̀sán àti ní òru, àwọn dókítà tó lé ní ọgọ́rùn-ún yóò sì máa ṣiṣẹ́ níbẹ̀.",
						"Àwọn olùgbé àdúgbò náà sọ pé inú àwọn dùn gidigidi nítorí wọ́n máa ń rin ìrìn àjò jíjìn lọ sí ilé-ìwòsàn tẹ́lẹ̀."),
				page("lo", "ນະຄອນຫຼວງວຽງຈັນ ເປີດຕະຫຼາດກະສິກຳແຫ່ງໃໝ່", "ໂດຍ ສົມພອນ ແກ້ວມະນີ", "ເຜີຍແຜ່: 5 ມີນາ 2024",
						"2024-03-05",
						"ນະຄອນຫຼວງວຽງຈັນ ໄດ້ເປີດຕະຫຼາດກະສິກຳແຫ່ງໃໝ່ ຢູ່ເມືອງໄຊທານີ ເພື່ອໃຫ້ຊາວກະສິກອນ ສາມາດຂາຍຜັກ ແລະ ໝາກໄມ້ ໂດຍກົງໃຫ້ແກ່ຜູ້ຊື້.",
						"ເຈົ້າໜ້າທີ່ກ່າວວ່າ ຕະຫຼາດແຫ່ງນີ້ ຈະເປີດທຸກມື້ ແຕ່ເຊົ້າຈົນຮອດທ່ຽງ ແລະ ມີບ່ອນຈອດລົດ ສຳລັບລົດບັນທຸກຂະໜາດນ້ອຍ.",
						"ຊາວກະສິກອນຫຼາຍຄົນ ກ່າວວ່າ ພວກເຂົາຫວັງວ່າ ລາຄາຜັກຈະດີຂຶ້ນ ເມື່ອບໍ່ຕ້ອງຂາຍຜ່ານພໍ່ຄ້າຄົນກາງອີກຕໍ່ໄປ."),
				page("ga", "Scoil nua le hoscailt i nGaillimh i mí Mheán Fómhair", "Údar: Seán Ó Murchú",
						"Foilsithe: 5 Márta 2024", "2024-03-05",
						"Osclófar scoil nua lán-Ghaeilge ar imeall chathair na Gaillimhe i mbliana, de réir an Roinn Oideachais. Beidh áit do thrí chéad dalta inti nuair a bheidh sí lán.",
						"Dúirt an príomhoide nua go bhfuil éileamh mór ar oideachas trí Ghaeilge sa cheantar le blianta anuas. Tá liosta feithimh ag na scoileanna eile sa chathair.",
						"Beidh an foirgneamh nua réidh roimh dheireadh an tsamhraidh, agus tosóidh na ranganna i dtús na scoilbhliana."),
				page("bs", "Sarajevo dobija novu biciklističku stazu uz Miljacku", "Napisala: Amra Hodžić",
						"Objavljeno: 5. mart 2024. u 14:30", "2024-03-05",
						"Grad Sarajevo će do ljeta izgraditi novu biciklističku stazu dugu sedam kilometara uz obalu Miljacke, saopćeno je danas iz Gradske uprave.",
						"Staza će povezati Ilidžu sa centrom grada, a radovi bi trebali početi krajem ovog mjeseca. Vrijednost projekta je oko četiri miliona maraka.",
						"Udruženja biciklista pozdravila su odluku, ali traže i više parkinga za bicikle kod škola i fakulteta."),
				page("ky", "Бишкекте жаңы мектеп курулат", "Автор: Айбек Токтогулов", "Жарыяланды: 5-март, 2024",
						"2024-03-05",
						"Бишкек шаарынын мэриясы быйыл шаардын түштүгүндө бир миң окуучуга ылайыкталган жаңы мектеп куруларын билдирди. Курулуш жазында башталат.",
						"Мэриянын маалыматы боюнча, мектепте спорт залы, китепкана жана ашкана болот. Курулушка шаардык бюджеттен каражат бөлүнөт.",
						"Ата-энелер жаңы мектеп класстардагы окуучулардын санын азайтат деп үмүттөнүшөт."),
				page("tg", "Дар Душанбе боғи нав кушода мешавад", "Муаллиф: Фаридун Раҳимов", "Нашр шуд: 05 март 2024",
						"2024-03-05",
						"Мақомоти шаҳри Душанбе хабар доданд, ки дар моҳи апрел дар канори дарёи Варзоб боғи нав барои сокинон кушода мешавад. Дар боғ беш аз ду ҳазор дарахт шинонда шудааст.",
						"Ба гуфтаи масъулон, дар боғ майдончаҳои бозӣ барои кӯдакон ва роҳчаҳо барои велосипедронӣ сохта мешаванд.",
						"Сокинони маҳалла аз кушода шудани боғ хушҳоланд ва мегӯянд, ки дар ин қисми шаҳр ҷойи истироҳат кам буд."),
				page("ps", "په کابل کې نوی روغتون پرانستل شو", "لیکوال: احمد کریمي", "خپور شوی: ۵ مارچ ۲۰۲۴",
						"2024-03-05",
						"د کابل ښار په لویدیځ کې یو نوی روغتون پرانستل شو چې د ښځو او ماشومانو لپاره به وړیا خدمات وړاندې کوي. په دې روغتون کې دوه سوه بسترې شته.",
						"د روغتیا وزارت ویاند وویل چې روغتون به د شپې او ورځې خلاص وي او لسګونه ډاکټران به پکې کار کوي.",
						"سیمه ییزو اوسېدونکو د روغتون له پرانستلو هرکلی وکړ او ویې ویل چې مخکې به یې ناروغان لرې ښارونو ته وړل."),
				page("so", "Muqdisho oo laga furay isbitaal cusub", "Waxaa qoray: Cabdi Maxamed Xasan",
						"La daabacay: 5 Maarso 2024", "2024-03-05",
						"Isbitaal cusub oo loogu talagalay hooyooyinka iyo carruurta ayaa maanta laga furay magaalada Muqdisho. Isbitaalka wuxuu leeyahay boqol sariirood.",
						"Wasiirka caafimaadka ayaa sheegay in isbitaalka uu bixin doono adeegyo bilaash ah muddo sannad ah.",
						"Dadka deegaanka ayaa soo dhaweeyay furitaanka isbitaalka, waxayna sheegeen in ay hore ugu safri jireen magaalooyin kale."),
				page("ha", "An bude sabuwar kasuwa a birnin Kano", "Marubuci: Aminu Abubakar", "Talata, 5 Maris 2024",
						"2024-03-05",
						"Gwamnatin jihar Kano ta bude sabuwar kasuwar kayan gona a wajen birnin, domin manoma su sayar da amfanin gonarsu kai tsaye ga masu saye.",
						"Kwamishinan kasuwanci ya ce kasuwar za ta rika ci kowace rana daga safe har zuwa yamma, kuma akwai wurin ajiye motoci.",
						"Manoma da dama sun ce suna fatan farashin kayansu zai inganta yanzu da ba sa bukatar dillalai."),
				// round detect34: Hausa's "Daga" and Maltese's "Minn" (by), labels only
				// on a
				// page read to be in the language
				page("ha", "Gwamnati za ta gina sabbin makarantu a jihar Kaduna", "Daga Hauwa Ibrahim",
						"Litinin, 4 Maris 2024", "2024-03-04",
						"Gwamnatin jihar Kaduna ta bayyana cewa za ta gina sabbin makarantu guda goma a wannan shekara, domin rage cunkoson dalibai a cikin azuzuwa.",
						"Kwamishinan ilimi ya ce aikin zai fara ne a watan Afrilu, kuma akwai kudin da aka ware domin biyan malamai sababbi.",
						"Iyaye da dama sun ce suna farin ciki da wannan mataki, amma suna fatan gwamnati za ta cika alkawarinta a kan lokaci."),
				page("mt", "Il-Kunsill Lokali jiftaħ ġnien ġdid f'Ħal Qormi", "Minn Maria Borg",
						"Ippubblikat: 5 Marzu 2024", "2024-03-05",
						"Il-Kunsill Lokali ta' Ħal Qormi fetaħ ġnien ġdid għall-pubbliku nhar it-Tnejn, wara xogħlijiet li damu aktar minn sena.",
						"Is-sindku qal li l-ġnien għandu spazju għat-tfal u għall-anzjani, u li huwa miftuħ kull jum mis-sebgħa ta' filgħodu.",
						"Ir-residenti qalu li kienu ilhom jistennew dan il-proġett, iżda xi wħud minnhom talbu aktar parkeġġ fil-qrib."),
				page("zu", "Kuvulwe isibhedlela esisha eThekwini", "Umbhali: Sipho Dlamini",
						"Kushicilelwe: Mashi 5, 2024", "2024-03-05",
						"Isibhedlela esisha sivulwe ngoLwesibili eThekwini, esizosiza izinkulungwane zabantu abahlala ezindaweni ezisemaphethelweni edolobha.",
						"Ungqongqoshe wezempilo uthe isibhedlela sizovulwa amahora angamashumi amabili nane ngosuku, futhi sizoba nodokotela abangaphezu kwekhulu.",
						"Abahlali bathe bajabule kakhulu ngoba phambilini bebehamba amabanga amade beya ezibhedlela zasedolobheni."),
				page("te", "హైదరాబాద్‌లో కొత్త మెట్రో మార్గం ప్రారంభం", "రచయిత: రమేష్ రెడ్డి", "ప్రచురణ: 5 మార్చి 2024",
						"2024-03-05",
						"హైదరాబాద్ నగరంలో కొత్త మెట్రో మార్గాన్ని ప్రభుత్వం సోమవారం ప్రారంభించింది. ఈ మార్గం ద్వారా రోజూ లక్ష మంది ప్రయాణికులు ప్రయాణించే అవకాశం ఉంది.",
						"కొత్త మార్గంలో పది స్టేషన్లు ఉన్నాయని, ప్రతి ఐదు నిమిషాలకు ఒక రైలు నడుస్తుందని అధికారులు తెలిపారు.",
						"ప్రయాణికులు ఈ మార్గం వల్ల ట్రాఫిక్ సమస్య తగ్గుతుందని ఆశిస్తున్నారు."),
				page("kn", "ಬೆಂಗಳೂರಿನಲ್ಲಿ ಹೊಸ ಗ್ರಂಥಾಲಯ ಉದ್ಘಾಟನೆ", "ಲೇಖಕರು: ಸುರೇಶ್ ಗೌಡ", "ಪ್ರಕಟ: 05 ಮೇ 2024",
						"2024-05-05",
						"ಬೆಂಗಳೂರು ನಗರದಲ್ಲಿ ಹೊಸ ಸಾರ್ವಜನಿಕ ಗ್ರಂಥಾಲಯವನ್ನು ಭಾನುವಾರ ಉದ್ಘಾಟಿಸಲಾಯಿತು. ಇಲ್ಲಿ ಐವತ್ತು ಸಾವಿರಕ್ಕೂ ಹೆಚ್ಚು ಪುಸ್ತಕಗಳಿವೆ.",
						"ಗ್ರಂಥಾಲಯವು ಪ್ರತಿದಿನ ಬೆಳಿಗ್ಗೆ ಎಂಟರಿಂದ ರಾತ್ರಿ ಎಂಟರವರೆಗೆ ತೆರೆದಿರುತ್ತದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.",
						"ವಿದ್ಯಾರ್ಥಿಗಳು ಮತ್ತು ಹಿರಿಯ ನಾಗರಿಕರು ಹೊಸ ಗ್ರಂಥಾಲಯದ ಬಗ್ಗೆ ಸಂತಸ ವ್ಯಕ್ತಪಡಿಸಿದ್ದಾರೆ."),
				page("ml", "കൊച്ചിയിൽ പുതിയ ജലപാത തുറന്നു", "എഴുതിയത്: അനിൽ കുമാർ", "പ്രസിദ്ധീകരിച്ചത്: 2024 മാർച്ച് 5",
						"2024-03-05",
						"കൊച്ചി നഗരത്തിൽ പുതിയ ജലപാത ഗതാഗതത്തിനായി തുറന്നുകൊടുത്തു. ദിവസവും ആയിരക്കണക്കിന് യാത്രക്കാർക്ക് ഇത് പ്രയോജനപ്പെടും.",
						"പുതിയ പാതയിൽ പത്ത് ബോട്ടുകൾ സർവീസ് നടത്തുമെന്ന് അധികൃതർ അറിയിച്ചു. ടിക്കറ്റ് നിരക്ക് ബസ് നിരക്കിന് തുല്യമായിരിക്കും.",
						"റോഡിലെ ഗതാഗതക്കുരുക്ക് കുറയുമെന്നാണ് യാത്രക്കാരുടെ പ്രതീക്ഷ."),
				page("pa", "ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵਾਂ ਹਸਪਤਾਲ ਖੁੱਲ੍ਹਿਆ", "ਲੇਖਕ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "ਪ੍ਰਕਾਸ਼ਿਤ: 5 ਮਾਰਚ 2024",
						"2024-03-05",
						"ਲੁਧਿਆਣਾ ਸ਼ਹਿਰ ਵਿੱਚ ਅੱਜ ਇੱਕ ਨਵਾਂ ਸਰਕਾਰੀ ਹਸਪਤਾਲ ਖੋਲ੍ਹਿਆ ਗਿਆ, ਜਿਸ ਵਿੱਚ ਦੋ ਸੌ ਬਿਸਤਰੇ ਹਨ। ਇਸ ਨਾਲ ਆਸ ਪਾਸ ਦੇ ਪਿੰਡਾਂ ਦੇ ਲੋਕਾਂ ਨੂੰ ਵੀ ਫਾਇਦਾ ਹੋਵੇਗਾ।",
						"ਸਿਹਤ ਮੰਤਰੀ ਨੇ ਦੱਸਿਆ ਕਿ ਹਸਪਤਾਲ ਵਿੱਚ ਦਿਨ ਰਾਤ ਐਮਰਜੈਂਸੀ ਸੇਵਾ ਮਿਲੇਗੀ ਅਤੇ ਪੰਜਾਹ ਡਾਕਟਰ ਕੰਮ ਕਰਨਗੇ।",
						"ਲੋਕਾਂ ਨੇ ਕਿਹਾ ਕਿ ਪਹਿਲਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਇਲਾਜ ਲਈ ਦੂਰ ਸ਼ਹਿਰਾਂ ਵਿੱਚ ਜਾਣਾ ਪੈਂਦਾ ਸੀ।"));
	}

	static Stream<Page> pagesInDetectedLanguages() {
		List<String> detected = List.of("tg", "ps", "so", "ha", "yo", "mt");
		return pages().filter((page) -> detected.contains(page.language()));
	}

	private static Page page(String language, String headline, String byline, String dateLine, String date,
			String... paragraphs) {
		String name = byline.substring(byline.indexOf(':') + 1).strip();
		if (byline.indexOf(':') < 0) {
			name = byline.substring(byline.indexOf(' ') + 1);
		}
		String text = headline + "\n\n" + byline + "\n\n" + dateLine + "\n\n" + String.join("\n\n", paragraphs) + "\n";
		return new Page(language, text, byline, List.of(name), LocalDate.parse(date),
				paragraphs[0].substring(0, paragraphs[0].indexOf(' ')));
	}

	record Page(String language, String text, String byline, List<String> authors, LocalDate date, String firstWords) {

		// a byline of two names, joined by the page language's own "and"
		Page withAuthors(String... names) {
			return new Page(this.language, this.text, this.byline, List.of(names), this.date, this.firstWords);
		}

		@Override
		public String toString() {
			return this.language;
		}

	}

}
