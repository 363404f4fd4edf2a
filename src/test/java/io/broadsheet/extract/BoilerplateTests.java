package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTests {

	@ParameterizedTest
	@ValueSource(strings = { "leave a reply", "Leave a Reply", "Post a comment", "Print Friendly, PDF & Email",
			"Share this:", "Share on Facebook", "12 Comments", "Subscribe to our newsletter", "Tags: Armenia, Russia",
			"Read more: Why the talks failed", "Читайте также: Новости", "Lesen Sie auch", "Lire aussi : Le sommet",
			"Advertisement", "Related Articles", "You may also like", "Skip to main content", "Jump to navigation",
			"Direkt zum Inhalt", "Zum Hauptinhalt springen", "Aller au contenu", "Ir al contenido",
			"Перейти к содержанию", "Click to share on Facebook (Opens in new window)",
			"Click to email this to a friend (Opens in new window)", "Schreib einen Kommentar",
			"Hier klicken, um dieses Blog zu abonnieren", "Cliquez ici pour vous abonner", "Close this search box." })
	void recognisesPrompts(String line) {
		assertThat(Boilerplate.isPrompt(line)).isTrue();
		assertThat(Boilerplate.isNoise(line)).isTrue();
		// the verdicts a block keeps (speed37) are the same
		Paragraph block = new Paragraph(line, 1);
		assertThat(block.isPrompt()).isTrue();
		assertThat(block.isNoise()).isTrue();
	}

	// A block keeps its prompt verdict (speed37): the noise check, the reader's header
	// and its tail's end (Boilerplate.endsArticle) ask it of the same blocks, and each
	// must get what the line's own check says, for look-alikes too (a sentence that
	// opens like a prompt, a prompt's words past the prompt's length, a share bar, an
	// ordinary word of one language that is another's tags label).
	@ParameterizedTest
	@ValueSource(strings = { "Leave a reply", "Related Articles", "Share this:", "Comments are closed.",
			"Read more: Why the talks failed", "Facebook Twitter WhatsApp Email",
			"Leave a reply to the council by Friday, the mayor said, if you want your say on the new harbour plans.",
			"Related articles in the archive show the vote was close.", "Etiketa: pozdravte nejprve nadřízené",
			"The council met on Monday.", "" })
	void keepsTheLinesOwnPromptVerdict(String line) {
		Paragraph block = new Paragraph(line, 1);
		assertThat(block.isPrompt()).isEqualTo(Boilerplate.isPrompt(line));
		assertThat(block.isNoise()).isEqualTo(Boilerplate.isNoise(line));
		// asked again after the noise check, the kept verdict does not change
		assertThat(block.isPrompt()).isEqualTo(Boilerplate.isPrompt(line));
	}

	// A tags label of one language that is an ordinary word of another before a colon
	// ("Etiketa", etiquette, a label in Czech, Slovak, Croatian, Slovene) prompts
	// nothing.
	@ParameterizedTest
	@ValueSource(strings = { "Etiketa: pozdravte nejprve nadřízené",
			"Etiketa: na boci mora pisati vinogorje i godina berbe." })
	void takesNoOrdinaryWordForATagsLabel(String line) {
		assertThat(Boilerplate.isPrompt(line)).isFalse();
	}

	// A share bar: networks alone, or two or more after a short share label of any
	// language, with its colon (of any script) or dash.
	@ParameterizedTest
	@ValueSource(strings = { "Aqsam: Facebook | X | WhatsApp", "Kundividi: Facebook | Mastodon",
			"Share: Facebook · X · Reddit", "မျှဝေရန် - Facebook | Telegram", "ያጋሩ፡ Facebook | Telegram",
			"ចែករំលែក៖ Facebook | Telegram", "Хуваалцах: Facebook | X", "شریک کړئ: فیسبوک | ټویټر",
			"Facebook Twitter WhatsApp Email", "فيسبوك تويتر" })
	void recognisesShareBars(String line) {
		assertThat(Boilerplate.isNoise(line)).isTrue();
		// a share bar stands inside the article as a share prompt does
		assertThat(Boilerplate.endsArticle(new Paragraph(line, 1))).isFalse();
	}

	// Sentences and labels that name networks among other words.
	@ParameterizedTest
	@ValueSource(strings = { "Facebook, X and Reddit all fell on Monday.", "Platforms: Facebook, Instagram and TikTok",
			"Share prices: Facebook | Apple | Amazon",
			"The three networks named in the report said nothing: Facebook, X" })
	void sentencesNamingNetworksAreNoShareBars(String line) {
		assertThat(Boilerplate.isPrompt(line)).isFalse();
	}

	// The share bar's test cuts out a line's last word only when it may be a network's
	// name (speed36): a line ending with a letter no name ends with, or with a word
	// longer than every name, is no bar.
	@ParameterizedTest
	@ValueSource(strings = { "Facebook | Twitterstorm", "Facebook | X | Instagrammable", "Facebook Twitter Myspace",
			"Facebook | X | Hello" })
	void barsEndingWithNoNetworksNameAreNoShareBars(String line) {
		assertThat(Boilerplate.isShareBar(Texts.key(line))).isFalse();
	}

	// A crosshead of one network's name over its paragraph, and a survey's answer after
	// a label with its networks parted by commas, are the article's (review35a): a bar
	// without a label names two networks or more, and a labelled bar parts them by bars
	// or dots.
	@ParameterizedTest
	@ValueSource(strings = { "TikTok", "Bluesky", "Favourite apps: TikTok, YouTube, Instagram",
			"Most shared on: Facebook, WhatsApp" })
	void aLoneNetworkAndACommaListAfterALabelAreNoShareBars(String line) {
		assertThat(Boilerplate.isShareBar(Texts.key(line))).isFalse();
		assertThat(Boilerplate.isPrompt(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
			"Follow me on Twitter or LinkedIn. Check out my website.", "Like us on Facebook",
			"Follow Farid Haddad on Mastodon: @farid@orbit.example", "Follow Victor Davis Hanson on Twitter",
			"Follow the Carrow Herald on Instagram", "Follow them on Bluesky", "Follow us on TikTok" })
	void recognisesFollowPrompts(String line) {
		assertThat(Boilerplate.isPrompt(line)).isTrue();
	}

	// The follow word opens sentences that go on after a network's name, or name none.
	@ParameterizedTest
	@ValueSource(strings = { "Follow the money, Facebook's founder once said.", "Follow the river on foot to the mill.",
			"Follow the signs to the car park on X Street.", "Like us, the council was surprised by the vote." })
	void sentencesOpeningWithAFollowWordAreNoPrompts(String line) {
		assertThat(Boilerplate.isPrompt(line)).isFalse();
	}

	// A how-to's steps name the network at their end, after a lower-case word that is
	// no one's name (review35a).
	@ParameterizedTest
	@ValueSource(strings = { "Follow these steps to hide your stories on Instagram.",
			"Follow the same steps to lock your account on TikTok.", "Follow this guide to delete your Facebook." })
	void aHowTosStepsAreNoFollowPrompts(String line) {
		assertThat(Boilerplate.isPrompt(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Comments are closed.", "Comments are closed on this article.",
			"Comments are closed for this article." })
	void closedCommentsEndTheArticle(String line) {
		assertThat(Boilerplate.endsArticle(new Paragraph(line, 1))).isTrue();
	}

	@Test
	void aSentenceAboutClosedCommentsIsNoPrompt() {
		assertThat(Boilerplate.isPrompt("Comments are closed on the forum after 48 hours, the editor said.")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Have a traffic tip? Email traffic@valleytribune.example",
			"Got a gardening question? Email garden@theweekend.example. Margaret regrets that she cannot answer every letter personally.",
			"Do you have old photographs of Dunwell? Send them to archive@dunwellherald.example",
			"Know a business that should be in the spotlight? Email news@valleyledger.example.",
			"Want to help shape the plans? Send your views to library@carrow.example." })
	void recognisesReaderCallouts(String block) {
		assertThat(Boilerplate.isReaderCallout(block)).isTrue();
	}

	// An address in a sentence that asks nothing, a quoted question whose speaker goes
	// on, a question in the text's middle, a question without an address, the article's
	// own question and its answer (review35a).
	@ParameterizedTest
	@ValueSource(strings = { "Residents can send comments to planning@council.example until 12 January.",
			"“Who will pay for the rest?” asked Jane Roe, who has written to mayor@city.example twice.",
			"Who will pay for the rest? asked Jane Roe, who has written to mayor@city.example twice.",
			"The council has set up an address. Have you seen the bridge? Write to bridge@city.example.",
			"Will the money be enough? Nobody at city hall would say.",
			"Who can apply? Any registered club can write to grants@county.example by 31 March.",
			"How do I register? Clubs should email sport@county.example before the deadline." })
	void sentencesWithAnAddressOrAQuestionAreNoCallouts(String block) {
		assertThat(Boilerplate.isReaderCallout(block)).isFalse();
	}

	@Test
	void recognisesAlbanianTags() {
		assertThat(Boilerplate.isPrompt("Etiketat: Tiranë, zgjedhje")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Photo’s source:; Armenian Prime Minister Nikol Pashinyan", "Photo: Reuters",
			"Image credit: Getty Images", "Armenian PM Nikol Pashinyan in Yerevan. (Photo: Hayk Baghdasaryan)",
			"Фото: ТАСС", "Foto: dpa/Michael Kappeler", "Prime Minister Pashinyan at the summit. Getty Images" })
	void recognisesCaptions(String line) {
		assertThat(Boilerplate.isCaption(line)).isTrue();
	}

	// Long captions, two sentences and more, that the locator counts as text: what ends
	// them tells them from the article's paragraphs.
	@ParameterizedTest
	@ValueSource(strings = {
			"A fisherman mends his nets in the harbour of the old town on November 19, 2019. The council wants to turn the harbour into a marina, which the fishermen oppose. Jane Roe / AFP",
			"The mayor speaks to reporters after the vote on the budget for road repairs, October 31, 2019. (Jane Roe/Reuters)",
			"In this Dec. 12, 2006, file photo, two workers repair the harbour wall after a storm. (City Council via AP, File)",
			"A model of the module that the crew would sleep in during the cruise to Mars, with its quarters and its stores. Credit: ESA",
			"Ein Fischer flickt im Hafen der Altstadt seine Netze, während der Rat über den Umbau zum Jachthafen berät. Foto: Jane Roe" })
	void recognisesBlocksEndingWithACredit(String block) {
		assertThat(Boilerplate.endsWithCredit(block)).isTrue();
	}

	// The page lost the break between the caption and its credit's label: the label's
	// capital after a lower-case letter or a digit still marks it.
	@ParameterizedTest
	@ValueSource(strings = { "Dozens of people from the villages along the river sought treatmentCredit: EPA",
			"Fishermen mend their nets in the old harbour at dawnPhotos: Jane Roe / City Archive",
			"Un pescador repara sus redes en el puerto viejo de la ciudadCrédito: EFE",
			"Een visser herstelt zijn netten in de oude haven van de stadBeeld: ANP",
			"Rybak naprawia sieci w starym porcie miasta w 1962 rokuZdjęcie: PAP" })
	void recognisesALabelGluedToTheCaptionsLastWord(String block) {
		assertThat(Boilerplate.endsWithCredit(block)).isTrue();
		assertThat(Boilerplate.endsWithAnyCredit(block)).isTrue();
	}

	// A label's word inside a name, after a date alone ("UniCredit: …" heading a news
	// item), or glued in lower case, is no caption's credit.
	@ParameterizedTest
	@ValueSource(strings = { "07.06.2016: UniCredit: Deutschland wird nicht Fußball-Europameister",
			"UniCredit: Deutschland wird nicht Fußball-Europameister",
			"The bank extended the town a line of photocredit: five million over ten years" })
	void aLabelInsideANameOrInLowerCaseIsNoGluedCredit(String block) {
		assertThat(Boilerplate.endsWithCredit(block)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"The council approved the budget for road repairs on Tuesday evening, after a debate that ran on for hours.",
			"The bank extended the town a line of credit: five million over ten years.",
			"Three people were named to the board on Tuesday: Anna Berg, Tom Lane and Eve Park",
			"He said the photos had been taken by a neighbour, who sent them to the AP photo desk that evening.",
			// "Portrait" opens sentences of the text: a winner named, a floor plan, a
			// title
			"The youngest winner this year is fourteen. Portrait: Amira Haddad",
			"The overall winner was a young photographer from the islands. Portrait: Amira Haddad, My Grandmother's Hands",
			"Upstairs the paintings are hung by subject rather than by date. Portraits: second floor, east wing",
			"The gallery's new show opens on Friday under the title Portrait: Faces of the Coast" })
	void paragraphsOfTheTextDoNotEndWithACredit(String block) {
		assertThat(Boilerplate.endsWithCredit(block)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tory na ulicy Legnickiej przed remontem w 2019 roku. Fot. Archiwum Urzędu Miejskiego",
			"Wavuvi wakishusha samaki katika soko la jiji. Picha na Maktaba",
			"Körfezden numune alan ekipler. Fotoğraf: Belediye Arşivi",
			"Xe buýt điện chạy thử trên đường ven biển. Ảnh: Sở Giao thông",
			"Soma pia: Wavuvi walalamikia bei ya mafuta", "Czytaj też: Nowe autobusy wyjadą na ulice",
			"Llegiu també: La ciutat tanca l'any amb rècord de calor", "קראו גם: הטיילת תורחב עד הנמל",
			"延伸阅读：东湖绿道周末客流创新高", "Đọc thêm: Thành phố cấm xe tải vào trung tâm",
			"Läs också: Kommunen bygger en ny simhall vid hamnen", "Olvasd el ezt is: Új buszjárat indul a reptérre",
			"Pročitajte i: Gradska knjižnica produljuje radno vrijeme", "Prečítajte si aj: Mesto opraví most cez rieku",
			"Preberite tudi: Občina bo obnovila staro šolo", "Oxu: Gəncədə yeni park açılır",
			"Тағы оқыңыз: Қалада жаңа мектеп ашылады", "Leé también: Suben las tarifas del subte",
			"קראו עוד: הנמל ייסגר לשיפוצים", "Прочитајте још: Нови мост преко Саве",
			"MORE: Council delays the vote on the harbour bridge" })
	void recognisesCaptionsAndTeasersThatStandAsideInTheText(String block) {
		assertThat(Boilerplate.isAside(new Paragraph(block, 1))).isTrue();
		// the verdict a block keeps (speed36) is the same
		assertThat(new Paragraph(block, 1).isAside()).isTrue();
	}

	// Teasers of round box35's labels: Galician, Basque, Esperanto and Haitian Creole
	// (files of their own), Lao's "ອ່ານຕື່ມ", Khmer's label with its own colon "៖" and
	// Burmese's with the spaced dash it sets where others set a colon.
	@ParameterizedTest
	@ValueSource(strings = { "Le tamén: O concello amplía o horario da biblioteca",
			"Hau ere irakurri: Bilboko metroak ordutegia luzatuko du", "Legu ankaŭ: Nova ponto super la rivero",
			"Li tou: Lekòl yo ap relouvri lendi", "ອ່ານຕື່ມ: ລາຄາເຂົ້າສູງຂຶ້ນ", "អានបន្ថែម៖ ស្ពានថ្មីបើកដំណើរការ",
			"ဒါလည်း ဖတ်ပါ - မြို့တော်တွင် ပန်းခြံသစ် ဖွင့်လှစ်" })
	void recognisesTeasersOfTheNewLabels(String block) {
		assertThat(Boilerplate.isAside(new Paragraph(block, 1))).isTrue();
	}

	// The same words inside a sentence, or the label without its colon or dash, are the
	// text's: a Creole "li" is also "he", Burmese "read this too" may open a sentence.
	@ParameterizedTest
	@ValueSource(strings = { "Li tou te di ke lekòl la ap relouvri lendi, men paran yo poko konnen lè.",
			"Le tamén o informe da comisión, que se publicou onte pola tarde.",
			"Legu ankaŭ la raporton de la urbestro, kiu aperis hieraŭ.",
			"ဒါလည်း ဖတ်ပါ ဟု ဆရာက ကျောင်းသားများကို ပြောခဲ့သည်။" })
	void sentencesWithTheNewLabelsWordsDoNotStandAside(String block) {
		assertThat(Boilerplate.isAside(new Paragraph(block, 1))).isFalse();
	}

	// meta58: Burmese's "read on -" teaser, with the spaced dash of its other labels; the
	// words opening a sentence without the dash stay the text's.
	@Test
	void recognisesBurmesesReadOnTeaser() {
		assertThat(Boilerplate.isAside(new Paragraph("ဆက်ဖတ်ရန် - မန္တလေးတွင် စာကြည့်တိုက်သစ် ဖွင့်လှစ်", 1))).isTrue();
		assertThat(Boilerplate.isAside(new Paragraph("ဆက်ဖတ်ရန် စာအုပ်များကို ကျောင်းသားများက ယူဆောင်သွားကြသည်။", 1)))
			.isFalse();
	}

	// Round prec36's teaser labels: Macedonian, Belarusian, Uzbek (with the turned comma
	// or an apostrophe) and Sinhala in files of their own, Somali's "akhri sidoo kale".
	@ParameterizedTest
	@ValueSource(strings = { "Прочитај повеќе: Кои улици ќе бидат затворени за празниците",
			"Чытайце таксама: Новы парк адкрыюць увосень", "Shuningdek oʻqing: Shaharda yangi maktab ochildi",
			"Shuningdek o'qing: Shaharda yangi maktab ochildi", "මෙයද කියවන්න: නව පාලම විවෘත කෙරේ",
			"Akhri sidoo kale: Magaalada oo helaysa dugsi cusub" })
	void recognisesTeasersOfRoundPrec36sLabels(String block) {
		assertThat(Boilerplate.isAside(new Paragraph(block, 1))).isTrue();
	}

	// The same words opening a sentence of the text, without the label's colon, stay.
	@ParameterizedTest
	@ValueSource(strings = { "Прочитај повеќе за планот на општината на нејзината веб-страница, рече таа.",
			"Чытайце таксама справаздачу камісіі, якая выйшла ўчора.",
			"Shuningdek oʻqing deb yozdi muallif maqolaning oxirida." })
	void sentencesWithRoundPrec36sLabelWordsDoNotStandAside(String block) {
		assertThat(Boilerplate.isAside(new Paragraph(block, 1))).isFalse();
	}

	// Lithuanian's "Nuotr." (nuotrauka, photo) opens a credit without a colon, as "Fot."
	// does: a caption's last sentence, its name after it.
	@ParameterizedTest
	@ValueSource(strings = { "Naujasis tiltas per Nerį vakare. Nuotr. Jonas Petraitis",
			"Senamiesčio aikštė po remonto (nuotr. Rasa Kazlauskienė)" })
	void recognisesLithuanianCaptionsEndingWithACredit(String block) {
		assertThat(Boilerplate.isAside(new Paragraph(block, 1))).isTrue();
	}

	// The abbreviation or the full word inside the text's own sentence is no credit: it
	// opens no sentence there, or is not the abbreviation.
	@ParameterizedTest
	@ValueSource(strings = { "Vaikai vartė senas nuotr. albume kartu su seneliais",
			"Parodoje eksponuojamos nuotraukos iš muziejaus archyvo",
			"Muziejus paskelbė konkursą. Nuotraukos bus eksponuojamos rudenį" })
	void lithuanianSentencesAboutPhotosDoNotStandAside(String block) {
		assertThat(Boilerplate.isAside(new Paragraph(block, 1))).isFalse();
	}

	// "MORE:" is a teaser's label before a headline only: a sentence opening with the
	// word, or a paragraph that asks to read more, is the text's.
	@ParameterizedTest
	@ValueSource(strings = { "More: the council also voted to extend the opening hours of the library.",
			"Read more about this in the report the auditors published on Tuesday.",
			"Moreover, the council said the bridge would reopen in the spring.",
			"“More: that is all we ask for,” the union's leader told the crowd.",
			"More: vegetables, beans, oily fish and whole grains", "More: Twice a week, at least" })
	void sentencesOpeningWithATeasersWordDoNotStandAside(String block) {
		assertThat(Boilerplate.isAside(new Paragraph(block, 1))).isFalse();
		assertThat(new Paragraph(block, 1).isAside()).isFalse();
		assertThat(new Paragraph(block, 1).isPromo()).isFalse();
	}

	// A survey's answer under a "More:" label is a figure of the text, no teaser's
	// headline; an Armenian sentence about a photograph, its clause after the comma, is
	// no credit.
	@Test
	void surveyAnswersAndASentenceAboutAPhotographStayInTheText() {
		assertThat(Boilerplate.isAside(new Paragraph("More: 42 per cent", 1))).isFalse();
		assertThat(Boilerplate.isCaption(
				"Լուսանկարը՝ արված քաղաքի կենտրոնական հրապարակում, պատկերում է շուկայի օրը և մի քանի հարյուր մարդու։"))
			.isFalse();
	}

	// A photo's label of a language file alone with its credit ("Mynd: …", "ფოტო: …",
	// Armenian's comma for the colon) is a credit line, as "Photo: …" is.
	@ParameterizedTest
	@ValueSource(strings = { "Mynd: Anna Jónsdóttir", "ფოტო: მერიის პრესსამსახური", "छायाचित्र: राहुल जोशी",
			"Լուսանկարը՝ Արմեն Սարգսյանի", "Fotó: Kiss Péter / MTI" })
	void recognisesPhotoCreditsOfTheLanguageFiles(String line) {
		assertThat(Boilerplate.isCaption(line)).isTrue();
	}

	// A credit alone stands under its caption's text, which is no paragraph either; a
	// paragraph of the text is no aside.
	@ParameterizedTest
	@ValueSource(strings = { "Photo: Jane Roe", "(Image: © NASA/ESA)", "Fot. Archiwum Urzędu Miejskiego",
			"The council approved the budget for road repairs on Tuesday evening, after a debate that ran on for hours.",
			"He said the photos had been taken by a neighbour. Photo by the council was not available." })
	void paragraphsAndCreditsAloneDoNotStandAside(String block) {
		assertThat(Boilerplate.isAside(new Paragraph(block, 1))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+ ↺ − 16 px", "A A A", "A- A+", "| | |", "★★★★☆" })
	void recognisesWidgetRemnants(String line) {
		assertThat(Boilerplate.isWidgetRemnant(line)).isTrue();
	}

	// The font buttons are told by their key without spaces; keys that start with
	// another letter, or hold other letters, are no buttons.
	@ParameterizedTest
	@ValueSource(strings = { "a a a", "A-  A  A+", "(A A A)" })
	void recognisesFontButtons(String line) {
		assertThat(Boilerplate.isWidgetRemnant(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "B A A", "A A A A", "AAA Club", "Sa a a", "AAAA" })
	void readsNoFontButtonsInLookAlikes(String line) {
		assertThat(Boilerplate.isWidgetRemnant(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Home > News > Politics", "Home / Opinion", "Главная » Новости » Политика",
			"News | World | Europe" })
	void recognisesBreadcrumbs(String line) {
		assertThat(Boilerplate.isBreadcrumb(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Opinion", "ANALYSIS", "Politik", "Аналитика", "Opinion | Politics" })
	void recognisesSectionLabels(String line) {
		assertThat(Boilerplate.isSectionLabel(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Min.", "Время чтения: 2 мин",
			// box40: a New Zealand site's
			"3 mins to read", "1 minute to read" })
	void recognisesReadingTimes(String line) {
		assertThat(Boilerplate.isReadingTime(line)).isTrue();
	}

	// A sentence on how long something takes to read opens with no count.
	@ParameterizedTest
	@ValueSource(strings = { "It takes 3 minutes to read", "Only 2 mins to read" })
	void keepsASentenceOnTheTimeToRead(String line) {
		assertThat(Boilerplate.isReadingTime(line)).isFalse();
	}

	// box40: a broadcaster's label before the caption, with a comma, a space or nothing
	// between; a sentence about captions goes on in lower case.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Image caption, Work on the storage area is due to begin next summer|true",
					"Image caption About 40 bodies were buried on Thursday|true",
					"Media captionDrone footage shows the works from above|true",
					"Image captions were added to the archive in 2019.|false",
					"Image caption software is still far from perfect, the researchers said.|false" })
	void readsABroadcastersCaptionLabel(String line, boolean caption) {
		assertThat(Boilerplate.isCaption(line)).isEqualTo(caption);
	}

	// The copyright sign over a notice's phrase of the language files and no year is the
	// site's notice (tail51: an Italian live page's "© Riproduzione riservata" over its
	// network's footer); over a name alone it is a picture's credit, read by the caption
	// rules where it stands (left50b).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "© Riproduzione riservata|true", "© Gazzetta del Lario - Riproduzione riservata|true",
					"© The Lakeside Courier. All rights reserved|true", "© Marco Ronchetti|false",
					"© Helga Brenner / Landesbund|false" })
	void readsTheSignOverANoticesPhraseWithoutAYear(String line, boolean notice) {
		assertThat(Boilerplate.isNoise(line)).isEqualTo(notice);
	}

	// The holder's name before the sign and a year (tail52): a notice, with or without a
	// phrase or a link's words after it; a sentence naming a brand, the sign and a year
	// goes on in lower case, and a clause before the sign has a lower-case word.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Harbour Light Gazette © 2026. All rights reserved.|true", "Tidewater Books © 2025|true",
					"Kestrel Radio © 2026  About  Contact|true",
					"Turtle © 2027 calendars go on sale at the office next week|false",
					"Sales of the © 2026 edition doubled|false" })
	void readsTheHoldersNameBeforeTheSignAndAYear(String line, boolean notice) {
		assertThat(Boilerplate.isNoise(line)).isEqualTo(notice);
	}

	// What follows the holder's year (review52b): a holder's few words up to a stop or a
	// bar, with no sentence going on after the stop. A title-case headline naming a
	// brand, the sign and a year runs longer, and so does a German sentence whose nouns
	// open in capitals; a sentence quoting a notice goes on in lower case after the
	// holder's "Ltd."; a notice with its holder, its site ("Kestrel.fm") or its phrase
	// after the year stays one. Each line read false here was a notice on be438d50.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Marvel © 2026 Merchandise Sold Out Within Hours Of The Launch|false",
			"The Beatles © 2026 Apple Corps Ltd. appears on the new box set, which goes on sale in May.|false",
			"Disney © 2026 Was Stamped On The Box, But The Toy Inside Was A Fake, Police Said|false",
			"Die Firma Acme © 2026 Verträge mit allen Händlern wurden am Montag gekündigt, sagte ein Sprecher.|false",
			"Nintendo © 2026 Switch sales fell for a third year in a row.|false",
			"'Kestrel Radio © 2016-2026 Kestrel.fm | About'|true", "Coastline Echo © 2026 Coastline Media Ltd|true",
			"Der Lindauer Bote © 2026 Alle Rechte vorbehalten|true",
			"Tidewater Books © 2026 Tidewater Media Ltd. All rights reserved.|true" })
	void readsAHolderOrANoticeAfterTheHoldersYear(String line, boolean notice) {
		assertThat(Boilerplate.isNoise(line)).isEqualTo(notice);
	}

	@ParameterizedTest
	@ValueSource(strings = { "A Historical Background of Armenia-Russia Relations",
			"The share of exports to Russia rose sharply.", "Comments from the minister were brief.",
			"1. Armenia’s desire to diversify its alliances.", "Print media in the region are struggling to survive.",
			"Photographs of the summit show a tense mood.", "Russia/Ukraine: talks stall",
			"Jump to 2024: what the budget plans", "Zum Inhalt der Verhandlungen schweigt die Regierung." })
	void keepsArticleText(String line) {
		assertThat(Boilerplate.isNoise(line)).isFalse();
		assertThat(Boilerplate.isBreadcrumb(line)).isFalse();
	}

	// The heading over readers' comments, in any language's words, counted or not; a
	// line that only mentions comments is no heading.
	@ParameterizedTest
	@CsvSource({ "Comments, true", "12 Comments, true", "Comments (12), true", "3 Kommentare, true", "Kommentare, true",
			"Leave a comment, true", "Comments are closed for this article, false", "12, false", "(12), false",
			"Comments policy, false", "تعليقات الزوار (1), true", "تعليقات الزوار على الخبر قليلة, false" })
	void recognisesCommentsHeadingsWithOrWithoutTheirCount(String text, boolean heading) {
		assertThat(Boilerplate.isCommentsHeading(new Paragraph(text, 1))).isEqualTo(heading);
	}

	// The show-all check reads a key's first character without folding the key: it
	// must be the folded key's, whatever marks and spaces open the line.
	@ParameterizedTest
	@ValueSource(strings = { "View all (23)", "  » SEE ALL 12 photos", "\u00a0\t- Show all", "’s all", "…", "", "   ",
			"(Ünter) den Linden", "— ·view all", "Sörenstam said she would", "İstanbul" })
	void readsTheFirstCharacterOfTheKeyWithoutFoldingIt(String text) {
		String key = Texts.fold(text);
		assertThat(Texts.foldedFirst(text)).isEqualTo(key.isEmpty() ? -1 : key.charAt(0));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "» View all (23)|true", "  SEE ALL 12 photos|true", "- Show all|true",
					"See all the candidates' answers below.|false", "Sea all around us|false", "Vista all'alba|false" })
	void readsShowAllLinksOpenedByMarks(String text, boolean link) {
		assertThat(Boilerplate.isShowAllLink(new Paragraph(text, 1))).isEqualTo(link);
	}

}
