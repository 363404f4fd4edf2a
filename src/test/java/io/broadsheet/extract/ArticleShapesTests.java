package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of scraped articles in other languages that the blind multilingual sets
 * ({@code multilingual-blind/}, {@code multilingual-blind2/} and
 * {@code multilingual-blind3/} under the test resources) showed the extractor missing,
 * each reduced to the few lines that show it.
 */
class ArticleShapesTests extends WholePageTests {

	// "Today" opens a deck as well as a "today is" header; the deck names no date.
	@Test
	void keepsADeckThatOpensWithTodayAndNamesNoDate() {
		ParsedArticle article = extract(
				"""
						ਮੁੱਖ ਪੰਨਾ

						ਖ਼ਬਰਾਂ

						ਪੰਜਾਬ ਦੇ ਸਕੂਲਾਂ ਵਿੱਚ ਨਵਾਂ ਸਮਾਂ ਲਾਗੂ

						ਅੱਜ ਤੋਂ ਸਕੂਲ ਸਵੇਰੇ ਦਸ ਵਜੇ ਖੁੱਲ੍ਹਣਗੇ

						ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਠੰਢ ਨੂੰ ਦੇਖਦਿਆਂ ਸੂਬੇ ਦੇ ਸਾਰੇ ਸਰਕਾਰੀ ਅਤੇ ਨਿੱਜੀ ਸਕੂਲਾਂ ਦਾ ਸਮਾਂ ਬਦਲ ਦਿੱਤਾ ਹੈ, ਜੋ ਅਗਲੇ ਮਹੀਨੇ ਦੇ ਅੰਤ ਤੱਕ ਲਾਗੂ ਰਹੇਗਾ।

						ਸਿੱਖਿਆ ਵਿਭਾਗ ਅਨੁਸਾਰ ਸਕੂਲ ਦੁਪਹਿਰ ਤਿੰਨ ਵਜੇ ਬੰਦ ਹੋਣਗੇ, ਤਾਂ ਜੋ ਬੱਚਿਆਂ ਨੂੰ ਧੁੰਦ ਵਿੱਚ ਸਫ਼ਰ ਨਾ ਕਰਨਾ ਪਵੇ।

						ਮਾਪਿਆਂ ਨੇ ਇਸ ਫ਼ੈਸਲੇ ਦਾ ਸਵਾਗਤ ਕੀਤਾ ਹੈ, ਪਰ ਕੁਝ ਅਧਿਆਪਕ ਯੂਨੀਅਨਾਂ ਨੇ ਕਿਹਾ ਕਿ ਇਸ ਬਾਰੇ ਪਹਿਲਾਂ ਸਲਾਹ ਕੀਤੀ ਜਾਣੀ ਚਾਹੀਦੀ ਸੀ।
						""");
		assertThat(article.body()).startsWith("ਅੱਜ ਤੋਂ ਸਕੂਲ ਸਵੇਰੇ ਦਸ ਵਜੇ ਖੁੱਲ੍ਹਣਗੇ");
	}

	@Test
	void leavesTheMenuWordsAndTheHeadlineOfAScriptWithoutCapitalsOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						חדשות

						ערים

						הגשם הראשון של העונה הציף רחובות רבים בחיפה

						הגשם הראשון של העונה ירד הלילה בצפון הארץ והציף רחובות רבים בחיפה ובקריות. כוחות הכיבוי חילצו כמה נהגים שנתקעו ברכבם.

						לפי השירות המטאורולוגי, בתוך שלוש שעות ירדו יותר משמונים מילימטרים של גשם, כמות שלא נמדדה בעיר מזה שנים רבות.

						העירייה הודיעה כי תבדוק את מערכת הניקוז לפני הסערה הבאה, הצפויה בסוף השבוע.
						""");
		assertThat(article.title().value()).isEqualTo("הגשם הראשון של העונה הציף רחובות רבים בחיפה");
		assertThat(article.body()).startsWith("הגשם הראשון של העונה ירד הלילה").doesNotContain("חדשות", "ערים");
	}

	@Test
	void leavesATeaserOfAnotherStoryInsideTheTextOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						Jakarta Uji Coba Bus Listrik di Rute Bandara

						JAKARTA - PT Transportasi Jakarta mulai menguji coba bus listrik pada rute menuju bandara, Jumat. Uji coba dilakukan selama tiga bulan sebelum layanan dibuka secara penuh.

						Baca juga: Tarif Transjakarta ke Bandara Ditetapkan Rp 10.000

						Selama masa uji coba, penumpang tidak dikenakan biaya. Bus beroperasi setiap hari mulai pukul 05.00 hingga 22.00 dengan jarak antarbus sekitar 30 menit.

						Pemerintah menargetkan seluruh armada menggunakan tenaga listrik pada 2030, kata pejabat itu kepada wartawan.
						""");
		assertThat(article.body()).doesNotContain("Baca juga")
			.startsWith("JAKARTA - PT Transportasi")
			.endsWith("kepada wartawan.");
	}

	@Test
	void leavesATeaserUnderItsLanguagesReadAlsoLabelOutAndKeepsTheTextBelowIt() {
		ParsedArticle article = extract(
				"""
						Ny simhall öppnar i Umeå efter tre års bygge

						Den nya simhallen vid älven öppnar för allmänheten på lördag. Bygget har tagit tre år och kostat kommunen drygt 400 miljoner kronor.

						Hallen har en 50-metersbassäng, ett hopptorn och en undervisningsbassäng för skolornas simlektioner.

						Läs också: Kommunen höjer taxan för fritidsgårdar

						Den gamla simhallen på Storgatan stängs samtidigt och ska rivas under våren, enligt kommunens fastighetschef.

						Entrén kostar 60 kronor för vuxna och 30 kronor för barn under första året.
						""");
		assertThat(article.body()).doesNotContain("Läs också", "fritidsgårdar")
			.startsWith("Den nya simhallen")
			.endsWith("under första året.");
	}

	@Test
	void leavesAPhotoCreditUnderItsLanguagesLabelOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						Ný sundlaug opnuð í Hafnarfirði

						Ný sundlaug var opnuð í Hafnarfirði í gær eftir tveggja ára framkvæmdir. Laugin er 25 metrar og við hana eru tveir heitir pottar.

						Mynd: Anna Jónsdóttir

						Bæjarstjórinn sagði við opnunina að aðsóknin hefði verið meiri en búist var við og að opið yrði til klukkan tíu á kvöldin.

						Aðgangur er ókeypis fyrir börn yngri en tíu ára út árið.
						""");
		assertThat(article.body()).doesNotContain("Mynd:", "Anna Jónsdóttir")
			.startsWith("Ný sundlaug var opnuð")
			.endsWith("út árið.");
	}

	@Test
	void readsTwoNamesJoinedByALetterGluedToTheSecond() {
		assertThat(BylineDetector.names("רונית לוי ואבי כהן")).isEqualTo(List.of("רונית לוי", "אבי כהן"));
		assertThat(BylineDetector.labelledNames(" محمد علي وسارة حسن")).isEqualTo(List.of("محمد علي", "سارة حسن"));
		// three words stay one name; runs of spaces part words as one space does
		assertThat(BylineDetector.names("محمد علي ولي")).isEqualTo(List.of("محمد علي ولي"));
		assertThat(BylineDetector.names("רונית  לוי  ואבי  כהן")).isEqualTo(List.of("רונית לוי", "אבי כהן"));
	}

	@Test
	void takesTheRelatedArticlesHeadingsOfEveryLanguageForPrompts() {
		assertThat(Boilerplate.isPrompt("Xem thêm")).isTrue();
		assertThat(Boilerplate.isPrompt("Tin liên quan")).isTrue();
		assertThat(Boilerplate.isPrompt("Berita terkait")).isTrue();
	}

	@Test
	void readsAMonthWhoseWholeNameIsTwoLettersOfAScriptWithoutCapitals() {
		// Hindi's May, "मई": a whole name, no abbreviation
		assertThat(DateLineDetector.detect("प्रकाशित: 03 मई 2024, 14:30 IST | अपडेटेड: 04 मई 2024, 09:15 IST").date())
			.isEqualTo(java.time.LocalDate.of(2024, 5, 3));
		assertThat(CalendarNames.month("me")).as("two Latin letters stay out").isNull();
	}

	@Test
	void readsADateLineThatEndsWithARelativeUpdate() {
		assertThat(DateLineDetector.detect("May 3, 2024 4:15 PM GMT+1 Updated 2 hours ago").date())
			.isEqualTo(java.time.LocalDate.of(2024, 5, 3));
	}

	@Test
	void takesNoChineseOrJapaneseSentenceWithAFewSpacesForAHeadline() {
		assertThat(TitleDetector.isHeadline("株式会社イルグルム（本社：大阪府 代表取締役：岩田 進）は、新機能の提供を開始しました")).isFalse();
		assertThat(TitleDetector.isHeadline("הגשם הראשון של העונה הציף רחובות רבים בחיפה")).isTrue();
	}

	@Test
	void takesNoMenuEntryOfAScriptWithoutCapitalsUnderTheHeadlineForAnAuthor() {
		ParsedArticle article = extract(
				"""
						طهران تدفن زادة وتتهم المعارضة الإيرانية باغتياله

						القارات السبع

						كلمة ومقال

						شيعت إيران اليوم العالم النووي البارز في جنازة رسمية أقيمت في طهران بحضور كبار المسؤولين في الدولة وقادة الحرس الثوري.

						واتهم المسؤولون الإيرانيون المعارضة في الخارج بالمشاركة في عملية الاغتيال التي وقعت قرب العاصمة يوم الجمعة الماضي.

						وتعهد المسؤولون بالرد في الوقت المناسب، فيما دعت دول عدة إلى ضبط النفس وتجنب التصعيد في المنطقة.
						""");
		assertThat(article.authorNames()).isEmpty();
	}

	@Test
	void readsTheBylineLabelsOfTheSecondBlindSet() {
		assertThat(BylineDetector.byline("Γράφει ο Γιώργος Παπαδόπουλος")).isEqualTo(List.of("Γιώργος Παπαδόπουλος"));
		assertThat(BylineDetector.byline("Аутори: Марко Јовановић и Јелена Петровић"))
			.isEqualTo(List.of("Марко Јовановић", "Јелена Петровић"));
		assertThat(BylineDetector.byline("Беседовала Мария Петрова")).isEqualTo(List.of("Мария Петрова"));
		assertThat(BylineDetector.byline("Interview by Lucy Chen")).isEqualTo(List.of("Lucy Chen"));
	}

	@Test
	void leavesTheTagsAndShareLinesOfEveryLanguageAfterTheTextOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						İzmir'de deniz otobüsü seferleri yüzde 40 arttı

						Yazan: Zeynep Kaya

						İzmir Büyükşehir Belediyesi, körfezdeki deniz otobüsü seferlerini yüzde 40 artırdı. Yeni tarife pazartesi gününden itibaren geçerli olacak.

						Karşıyaka ile Konak arasında sabah ve akşam saatlerinde seferler on beş dakikada bir yapılacak. Bostanlı ve Göztepe iskelelerine de yeni seferler eklendi.

						Yolcular yeni seferlerden memnun, ancak bazı iskelelerde bekleme alanlarının yetersiz kaldığını söylüyor.

						Etiketler: İzmir, ulaşım, vapur

						Paylaş
						""");
		assertThat(article.body()).endsWith("yetersiz kaldığını söylüyor.");
	}

	@Test
	void takesNoPressReleaseMarkForTheHeadline() {
		ParsedArticle article = extract(
				"""
						FOR IMMEDIATE RELEASE

						NORTHWIND ENERGY TO BUILD BATTERY STORAGE SITE IN NEVADA

						RENO, Nev., March 4, 2024 /PRNewswire/ -- Northwind Energy Inc. today announced plans to build a battery storage facility east of Reno, one of the largest of its kind in the western United States.

						The facility will charge from solar farms in the region during the day and release the electricity after sunset, when demand on the grid is highest.

						Northwind expects the facility to enter service in the second half of 2026.
						""");
		assertThat(article.title().value()).isEqualTo("NORTHWIND ENERGY TO BUILD BATTERY STORAGE SITE IN NEVADA");
	}

	@Test
	void readsANumericDateWithASpaceAfterEachDot() {
		// Serbian, Croatian, Czech, Slovak: "03. 03. 2024."
		assertThat(DateParser.first("03. 03. 2024. 10:15")).isEqualTo(java.time.LocalDate.of(2024, 3, 3));
		assertThat(DateLineDetector.detect("3. 3. 2024 10:15").date()).isEqualTo(java.time.LocalDate.of(2024, 3, 3));
		assertThat(DateParser.first("Poglavlje 3. 3. 24")).as("no four-digit year, no date").isNull();
	}

	@Test
	void readsAJapaneseEraYear() {
		assertThat(DateParser.first("令和6年3月4日")).isEqualTo(java.time.LocalDate.of(2024, 3, 4));
		assertThat(DateParser.first("報道発表資料令和6年3月4日")).isEqualTo(java.time.LocalDate.of(2024, 3, 4));
		assertThat(DateParser.first("平成31年4月30日")).isEqualTo(java.time.LocalDate.of(2019, 4, 30));
	}

	@Test
	void readsACapitalisedParticleInsideAName() {
		assertThat(BylineDetector.names("Claire Dubois et Yann Le Bihan"))
			.isEqualTo(List.of("Claire Dubois", "Yann Le Bihan"));
		assertThat(PersonNames.clean("Von Der Spendenteddy")).as("a label and an article, no given name").isNull();
	}

	@Test
	void datesAPressReleaseByTheDatelineOpeningItsText() {
		ParsedArticle article = extract(
				"""
						Stadtwerke Freiburg starten Mieterstrom in 40 Wohnhäusern

						Freiburg, 12.03.2024 – Die Stadtwerke Freiburg bauen in diesem Jahr Solaranlagen auf die Dächer von 40 Mehrfamilienhäusern im Stadtteil Weingarten.

						Das Projekt entsteht gemeinsam mit der städtischen Wohnungsbaugesellschaft, der die Gebäude gehören.

						Die Teilnahme ist freiwillig. Die ersten Anlagen sollen im Juni in Betrieb gehen, die letzten bis Ende des Jahres.
						""");
		assertThat(article.publishedDate().value()).isEqualTo(java.time.LocalDate.of(2024, 3, 12));
		assertThat(DateLineDetector
			.dateline("RENO, Nev., March 4, 2024 /PRNewswire/ -- Northwind Energy Inc. today announced"))
			.isEqualTo(java.time.LocalDate.of(2024, 3, 4));
		assertThat(DateLineDetector.dateline("WASHINGTON, May 3 (Reuters) - The Federal Reserve held rates"))
			.as("no year, no date")
			.isNull();
		assertThat(DateLineDetector.dateline("The council met on 12.03.2024 – and again, a week later – to vote"))
			.isNull();
	}

	@Test
	void takesADateAloneOnThePageFirstLineForTheMastheadsNotTheArticles() {
		// the visit's date above a long menu, far from the article, which has none
		ParsedArticle article = extract(
				"""
						01. 11. 2023

						Kontakt

						Impressum

						Datenschutz

						Fußball

						Handball

						Eishockey

						Kino

						Konzerte

						Wetter

						Verkehr

						Veranstaltungen

						Lokales

						Sport

						Kultur

						Gastronomie

						Urlaub

						Die Mainfähre Wipfeld wechselt zum Winterfahrplan

						Die Mainfähre zwischen Wipfeld und Stammheim fährt ab Montag nach dem Winterfahrplan. Die Betriebszeiten werden dabei am Wochenende erweitert.

						Die Gemeinde reagiert damit auf die vielen Radfahrer, die im Herbst noch unterwegs sind. Unter der Woche bleibt es bei den bisherigen Zeiten.

						Der Fährmann bittet die Fahrgäste, bei Hochwasser vorher anzurufen.
						""");
		assertThat(article.publishedDate()).isNull();
	}

	// Round lang24: labels and separators a language file marks as its own
	// ("byline.labels.own")
	// apply only on a page read to be in that language.
	@Test
	void readsALanguagesOwnBylineLabelOnlyOnAPageInThatLanguage() {
		assertThat(BylineDetector.ownByline("Per Jordi Puig i Marta Vila", "ca"))
			.isEqualTo(List.of("Jordi Puig", "Marta Vila"));
		assertThat(BylineDetector.ownByline("Na Juma Mwinyi", "sw")).isEqualTo(List.of("Juma Mwinyi"));
		assertThat(BylineDetector.ownByline("Per Sofortüberweisung Bitcoin kaufen", "de")).isNull();
		assertThat(BylineDetector.ownByline("Na Hoku Awards", "en")).isNull();
		assertThat(BylineDetector.ownByline("Per Jordi Puig", null)).isNull();
		assertThat(BylineDetector.byline("Per Jordi Puig i Marta Vila")).as("no label on other pages").isNull();
	}

	// Irish "Le", Welsh "Gan" and Albanian "Nga" (by), which the detector tells since
	// round detect33: French's "Le" before a name, the surname Gan and the Vietnamese
	// name
	// Nga are no label.
	@Test
	void readsTheIrishAndWelshBylineLabelsOnlyOnPagesInThoseLanguages() {
		assertThat(BylineDetector.ownByline("Le Seán Ó Murchú", "ga")).isEqualTo(List.of("Seán Ó Murchú"));
		assertThat(BylineDetector.ownByline("Gan Rhys Owen", "cy")).isEqualTo(List.of("Rhys Owen"));
		assertThat(BylineDetector.ownByline("Nga Arben Hoxha", "sq")).isEqualTo(List.of("Arben Hoxha"));
		assertThat(BylineDetector.ownByline("Nga Nguyen nói", "vi")).isNull();
		assertThat(BylineDetector.ownByline("Nga Nguyen said on Monday", "en")).isNull();
		assertThat(BylineDetector.ownByline("Le Pen a déclaré mardi", "fr")).isNull();
		assertThat(BylineDetector.ownByline("Gan Li said on Monday", "en")).isNull();
		assertThat(BylineDetector.ownByline("Gan Li", "zh")).isNull();
		assertThat(BylineDetector.byline("Le Seán Ó Murchú")).as("no label on other pages").isNull();
		assertThat(BylineDetector.byline("Gan Rhys Owen")).as("no label on other pages").isNull();
		assertThat(BylineDetector.byline("Nga Arben Hoxha")).as("no label on other pages").isNull();
	}

	// Round newlang35: Haitian Creole "Pa" (by) only on a page read to be Haitian Creole
	// (the Tagalog "pa", "Pa Salieu" are no label); Basque "Egilea:" and Esperanto
	// "Verkis:" on every page.
	@Test
	void readsTheHaitianBylineLabelOnlyOnItsPagesAndBasqueAndEsperantoLabels() {
		assertThat(BylineDetector.ownByline("Pa Jean Robert Pierre", "ht")).isEqualTo(List.of("Jean Robert Pierre"));
		assertThat(BylineDetector.ownByline("Pa Salieu Sarr", "en")).isNull();
		assertThat(BylineDetector.ownByline("Pa rin siya dumating", "tl")).isNull();
		assertThat(BylineDetector.byline("Pa Jean Robert Pierre")).as("no label on other pages").isNull();
		assertThat(BylineDetector.byline("Egilea: Ane Etxeberria")).isEqualTo(List.of("Ane Etxeberria"));
		assertThat(BylineDetector.byline("Verkis: Petro Novak")).isEqualTo(List.of("Petro Novak"));
	}

	// Hausa "Daga" (from) and Maltese "Minn" (by, from), which the detector tells since
	// round detect34: the Tagalog "daga" (a rat) opening a sentence, "Minn" as a name
	// or a word of a page in another language are no label.
	@Test
	void readsTheHausaAndMalteseBylineLabelsOnlyOnPagesInThoseLanguages() {
		assertThat(BylineDetector.ownByline("Daga Aminu Abubakar", "ha")).isEqualTo(List.of("Aminu Abubakar"));
		assertThat(BylineDetector.ownByline("Minn Maria Borg", "mt")).isEqualTo(List.of("Maria Borg"));
		assertThat(BylineDetector.ownByline("Daga Aminu Abubakar", "tl")).isNull();
		assertThat(BylineDetector.ownByline("Daga ang pumasok sa bahay", "tl")).isNull();
		assertThat(BylineDetector.ownByline("Minn Maria Borg", "it")).isNull();
		assertThat(BylineDetector.ownByline("Minn Kota Ballet", "en")).isNull();
		assertThat(BylineDetector.ownByline("Daga Aminu Abubakar", "sw")).isNull();
		assertThat(BylineDetector.byline("Daga Aminu Abubakar")).as("no label on other pages").isNull();
		assertThat(BylineDetector.byline("Minn Maria Borg")).as("no label on other pages").isNull();
	}

	@Test
	void joinsTwoNamesWithALanguagesOwnSeparatorOnlyOnAPageInThatLanguage() {
		assertThat(BylineDetector.ownByline("Ni Maria Santos at Jose Reyes", "tl"))
			.isEqualTo(List.of("Maria Santos", "Jose Reyes"));
		assertThat(BylineDetector.ownByline("Na Juma Mwinyi na Asha Said", "sw"))
			.isEqualTo(List.of("Juma Mwinyi", "Asha Said"));
		assertThat(BylineDetector.byline("Ni Maria Santos at Jose Reyes")).as("a place's \"at\" elsewhere")
			.isEqualTo(List.of("Maria Santos"));
		assertThat(BylineDetector.ownByline("By Ana Reyes at Rappler Manila", "en")).isNull();
	}

	@Test
	void readsTheCatalanLabelOnACatalanPageAndNotOnAGermanOne() {
		ParsedArticle catalan = extract(
				"""
						Societat

						Barcelona obrirà deu refugis climàtics nous a les biblioteques aquest estiu

						Per Jordi Puig i Marta Vila

						Dilluns, 4 de març de 2024

						L'Ajuntament de Barcelona ampliarà aquest estiu la xarxa de refugis climàtics amb deu biblioteques noves, que obriran també els diumenges a la tarda durant les onades de calor.

						Els nous refugis s'afegeixen als més de dos-cents equipaments que la ciutat ja ofereix, entre escoles, museus i centres cívics amb aire condicionat.

						La regidora de Salut va explicar que la prioritat són els barris amb més gent gran que viu sola i amb menys arbres als carrers.
						""");
		assertThat(catalan.language()).isEqualTo("ca");
		assertThat(catalan.authors().value()).isEqualTo(List.of("Jordi Puig", "Marta Vila"));
		ParsedArticle german = extract(
				"""
						Bitcoin kaufen: So funktioniert es

						Per Sofortüberweisung Bitcoin kaufen

						Wer Bitcoin kaufen möchte, kann bei vielen Börsen mit der Sofortüberweisung bezahlen. Das Geld ist dann in wenigen Minuten auf dem Konto der Börse, und der Kauf kann sofort abgeschlossen werden.

						Die Gebühren sind bei dieser Zahlungsart allerdings oft höher als bei einer normalen Überweisung, die aber einen oder zwei Tage dauert.

						Wer nur selten kauft, fährt mit der normalen Überweisung meist günstiger und muss nur etwas Geduld haben.
						""");
		assertThat(german.language()).isEqualTo("de");
		assertThat(german.authors()).isNull();
	}

	@Test
	void readsATaiwaneseReportersLineAndTheCreditOpeningTheText() {
		assertThat(BylineDetector.byline("記者林怡君／高雄報導")).isEqualTo(List.of("林怡君"));
		assertThat(BylineDetector.openingCredit("〔記者陳怡安／台中報導〕台中市綠空鐵道軸線計畫最後一段昨天完工，全線開放。")).isEqualTo(List.of("陳怡安"));
		assertThat(BylineDetector.byline("记者招待会")).as("a glued label needs the slash").isNull();
	}

	@Test
	void readsAThaiMonthAbbreviatedWithDots() {
		assertThat(DateParser.first("12 มี.ค. 2568 09:30 น.")).isEqualTo(java.time.LocalDate.of(2025, 3, 12));
		assertThat(DateParser.first("3 ต.ค. 2567")).isEqualTo(java.time.LocalDate.of(2024, 10, 3));
	}

	@Test
	void datesAPageByTheAddressLineAboveItWhenNoDateLineDoes() {
		String page = """
				Accueil > Société > Éducation

				https://www.ouest-journal.example/societe/2024/03/05/a-nantes-une-ecole-vegetalisee

				À Nantes, une école entièrement végétalisée ouvre ses portes

				Par Claire Dubois

				Toitures plantées, murs couverts de lierre et cour en terre battue : l'école Jules-Verne a accueilli ses premiers élèves lundi matin.

				Le bâtiment, construit en bois et en paille, a coûté 7,2 millions d'euros. La ville assure que son entretien sera moins cher que celui d'une école classique.

				Les 240 élèves disposent d'un potager, d'une mare et d'un petit verger.
				""";
		assertThat(extract(page).publishedDate().value()).isEqualTo(java.time.LocalDate.of(2024, 3, 5));
		String links = page.replace("Accueil > Société > Éducation",
				"https://www.ouest-journal.example/societe/2024/03/04/la-rentree-a-nantes");
		assertThat(extract(links).publishedDate()).as("two dated addresses: a list of links").isNull();
	}

	// head41: blind18's venue page, dated only by a breadcrumb trail that spells its
	// address; the trails and numbers that look like it date nothing.
	@Test
	void datesAPageByABreadcrumbTrailThatSpellsItsAddress() {
		String page = """
				Town Times

				Home / news / 2026 / 12 / 04 / lantern-bookshop-closure

				Family-run bookshop The Lantern faces closure after a rent rise

				The Lantern, which has sold books on Bridge Street since 1962, could close in the spring after its landlord doubled the rent.

				Its owner said the shop had survived two recessions and a flood, but could not survive the new lease.

				A petition to keep the shop open has been signed by more than 3,000 people.
				""";
		assertThat(extract(page).publishedDate().value()).isEqualTo(java.time.LocalDate.of(2026, 12, 4));
		assertThat(extract(page.replace("Town Times", "Home / news / 2026 / 11 / 20 / lantern-bookshop-sale"))
			.publishedDate()).as("two dated trails: a list of links").isNull();
		String related = page.replace("Home / news / 2026 / 12 / 04 / lantern-bookshop-closure", "Home / news")
				+ "\nRelated\n\nHome / news / 2026 / 11 / 20 / lantern-bookshop-sale\n";
		assertThat(extract(related).publishedDate()).as("a related story's trail under the text").isNull();
		for (String lookAlike : List.of("Call us / 0800 / 12 / 04 / 11", "Downloads / firmware / 2026 / 12",
				"Home / news / 2026 / 12 / 04 Sales rose by a tenth over the year, the council says",
				"Our opening hours changed this winter 2026 / 12 / 04 / then again in spring")) {
			assertThat(extract(page.replace("Home / news / 2026 / 12 / 04 / lantern-bookshop-closure", lookAlike))
				.publishedDate()).as(lookAlike).isNull();
		}
	}

	// A trail dates the page only when its slug names the headline or the page title: a
	// related story's trail over an undated headline, or a day's archive, dates nothing.
	@Test
	void takesNoDateFromABreadcrumbTrailWhoseSlugNamesAnotherStory() {
		String page = """
				Town Times

				Home / news / 2024 / 05 / 17 / harbour-wall-repairs-begin

				Family-run bookshop The Lantern faces closure after a rent rise

				The Lantern, which has sold books on Bridge Street since 1962, could close in the spring after its landlord doubled the rent.

				Its owner said the shop had survived two recessions and a flood, but could not survive the new lease.

				A petition to keep the shop open has been signed by more than 3,000 people.
				""";
		assertThat(extract(page).publishedDate()).as("another story's slug").isNull();
		assertThat(extract(
				page.replace("Home / news / 2024 / 05 / 17 / harbour-wall-repairs-begin", "Archive / 2019 / 3 / 12"))
			.publishedDate()).as("a day's archive, no slug").isNull();
		assertThat(
				extract(page.replace("harbour-wall-repairs-begin", "landlord-doubles-rent-on-lantern")).publishedDate()
					.value())
			.as("a slug that shares a word with the headline")
			.isEqualTo(LocalDate.of(2024, 5, 17));
	}

	@Test
	void takesNoCommentersNameUnderACountOfOneCommentForTheAuthor() {
		ParsedArticle article = extract(
				"""
						Features

						3rd November 2023

						Written by: Lester Holloway

						Upper class use racial code to police their privileged space

						A racial code blocks Black high flyers from breaking into the upper echelons, one of Britain's few Black female professors says.

						Rules exist which serve to police the borders of elite society and executive positions and are hidden in plain sight, she says.

						Her new book spotlights a series of fictional scenarios involving a private members' club and a young lawyer on his first visit.

						In the bar of a top London hotel, she spells out why she chose the word code for the title of the book.

						The code was not just about going to the right school and having the right connections, she says.

						Black professionals are expected to downplay their identity, and even then they are judged by the code.

						Comments Form

						1 Comment

						Posted on 3rd November 2023 | Chaka Artwell

						I read the professor's book and I do not agree with what she says about the institutions of this country at all.
						""");
		assertThat(article.authorNames()).containsExactly("Lester Holloway");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2023, 11, 3));
	}

	@Test
	void takesNoTeasersBylineUnderARelatedHeadingForTheAuthor() {
		ParsedArticle article = extract(
				"""
						Erklärt

						CME nun zweitgrößte Bitcoin-Futures-Börse: Open Interest steigt sehr stark

						15. November 2023

						Die Chicago Mercantile Exchange, eine regulierte Derivatbörse, liegt nun beim Open Interest auf dem zweiten Platz der Rangliste.

						Das Open Interest der Börse erreichte am 30. Oktober einen Wert von 3,58 Milliarden US-Dollar, wie die Daten zeigen.

						Lesen Sie auch

						Video von SEC-kritischem Gensler geht viral

						von Jesse Coghlan

						Das steigende Open Interest führte nicht nur zur Verbesserung in der Rangliste, sondern auch zu einem Zustrom neuer Anleger.
						""");
		assertThat(article.authorNames()).isEmpty();
	}

}
