package io.broadsheet.extract;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers and read-also teasers blind37 missed and their kin (meta60). A role after the
 * writer's comma that opens with a place word and names the paper ("By Elena Carranza,
 * Special to the Herald", "Von Anna Schmidt, für die Zeit", Russian's "специально для")
 * read as no writer, or as a second one when title-cased ("Special To"). Byline labels
 * and read-also labels the language files lacked: Marathi's "लेखन:" and "हे सुद्धा वाचा",
 * Urdu's polite "یہ بھی پڑھیے", Bengali's "আরো পড়তে পারেন", Persian's "همچنین بخوانید",
 * Danish's "Læs mere", Norwegian's "Les mer", Italian's "A cura di", French's "Propos
 * recueillis par", and a Brazilian company's CNPJ in a site's notice. A label of a script
 * without capitals before a sentence read its first two words as a name ("نامہ نگار: کل
 * بارش ہوئی۔"). Look-alikes that stay: a second writer before the role, names of such
 * scripts that hold a stop word or a word joining two names, a second writer whose name
 * opens with a place word of some language ("Na Li"), and the new labels as ordinary
 * words of a paragraph (review60c).
 */
class WriterRolesAndLabelsOfMoreLanguagesTests extends WholePageTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			By Elena Carranza, Special to the Herald | Elena Carranza
			By Elena Carranza, Special To The Herald | Elena Carranza
			By Elena Carranza, from the Herald | Elena Carranza
			Von Anna Schmidt, für die Zeit | Anna Schmidt
			Por Ana Lima, especial para a Folha | Ana Lima
			Автор: Иван Петров, специально для «Известий» | Иван Петров
			""")
	void readsTheWriterBeforeARoleThatNamesThePaper(String line, String writer) {
		assertThat(BylineDetector.byline(line)).containsExactly(writer);
	}

	@Test
	void keepsBothWritersBeforeTheRole() {
		assertThat(BylineDetector.byline("By Elena Carranza and Tom Hale, Special to the Herald"))
			.containsExactly("Elena Carranza", "Tom Hale");
		assertThat(BylineDetector.byline("By Ann Lee, Tom Hale")).containsExactly("Ann Lee", "Tom Hale");
	}

	// A place word of one word with a capital opens a second writer's name as often
	// (Korean "Na", "No", Chinese "Na"), after any label (review60c): only a place word
	// in lower case, or one of two words, ends the names
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			By John Smith, Na Li | John Smith, Na Li
			BY JOHN SMITH, NA LI | John Smith, Na Li
			By Kim Jae-won, Na Ji-hye and Lee Min-ho | Kim Jae-won, Na Ji-hye, Lee Min-ho
			Por Ana Lima, No Kyung-min | Ana Lima, No Kyung-min
			Von Anna Schmidt, Na Young Kim | Anna Schmidt, Na Young Kim
			""")
	void keepsASecondWriterWhoseNameOpensWithAPlaceWord(String line, String writers) {
		assertThat(BylineDetector.byline(line)).containsExactly(writers.split(", "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			BY ANN LEE, SPECIAL TO THE HERALD | Ann Lee
			Por María López, Especial Para El Universal | María López
			By Ann Lee, Tom Hale, special to the Herald | Ann Lee, Tom Hale
			Par Marie Dubois, pour Le Monde | Marie Dubois
			""")
	void endsTheNamesAtAPlaceWordOfTwoWordsInAnyCaseOrOfOneInLowerCase(String line, String writers) {
		assertThat(BylineDetector.byline(line)).containsExactly(writers.split(", "));
	}

	// The new labels as ordinary words of a sentence that opens a paragraph (review60c)
	@ParameterizedTest
	@ValueSource(strings = {
			"A cura di Marco Rossi e Giulia Bianchi, la mostra resterà aperta fino a marzo nelle sale del museo.",
			"Propos recueillis par téléphone, ses réponses ont été relues par l'intéressé avant publication." })
	void readsNoWriterFromASentenceTheNewLabelsOpen(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	@Test
	void keepsAParagraphThatOpensWithReadMoreInItsLanguage() {
		String paragraph = "Les mer om ordningen på kommunens nettsider, der søknadsskjemaet ligger ute fra mandag, sier byråden.";
		String page = NORWEGIAN_PAGE.replace("Les mer: Bystyret vedtar budsjettet for neste år", paragraph);
		assertThat(extract(page).body()).contains(paragraph, "Østparken");
	}

	@Test
	void readsTheWriterSpecialToThePaperOverAnEditorsNote() {
		ParsedArticle article = extract(
				"""
						Mexico Herald: In Taxco, a silversmith opens his workshop

						Mexico Herald

						Home

						Culture

						In Taxco, a silversmith opens his workshop to apprentices

						By Elena Carranza, Special to the Herald

						December 6, 2026

						Editor's note: This article is part of a year-long series on Mexico's craft towns.

						For three generations the Salgado family kept its silver workshop closed to anyone not born into it.

						This month four apprentices from the town's technical school began learning to raise a bowl from a flat sheet.

						"The craft dies if it stays in one house," said Tomás Salgado, who runs the workshop with his sister.
						""");

		assertThat(article.authors().value()).containsExactly("Elena Carranza");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			A cura di Marco Rossi | Marco Rossi
			Propos recueillis par Marie Dubois | Marie Dubois
			""")
	void readsLabelsOfLatinScriptLanguagesTheFilesLacked(String line, String writer) {
		assertThat(BylineDetector.byline(line)).containsExactly(writer);
	}

	@Test
	void readsAMarathiWritingLabelAndLeavesItsReadThisTooTeaserOut() {
		ParsedArticle article = extract("""
				कोल्हापूर

				कोल्हापुरी चप्पल कारागिरांचे पहिले दालन सुरू

				लेखन: अमोल पाटील

				४ डिसेंबर २०२६

				कोल्हापुरातील चर्मकार कारागिरांनी स्थापन केलेल्या सहकारी संस्थेचे पहिले विक्री दालन गुरुवारी सुरू झाले.

				संस्थेत सध्या एकशे वीस कारागीर सदस्य आहेत. आतापर्यंत हे कारागीर व्यापाऱ्यांना कमी दरात चप्पल विकत असत.

				हे सुद्धा वाचा: कोल्हापुरात गूळ सौद्यांना सुरुवात

				"आमच्या हाताच्या कामाला आता योग्य दाम मिळेल," असे संस्थेचे अध्यक्ष सदाशिव कांबळे यांनी सांगितले.

				जानेवारीपासून ऑनलाइन विक्रीही सुरू करण्याचा संस्थेचा विचार आहे.
				""");

		assertThat(article.authors().value()).containsExactly("अमोल पाटील");
		assertThat(article.body()).contains("सदाशिव कांबळे")
			.endsWith("संस्थेचा विचार आहे.")
			.doesNotContain("हे सुद्धा वाचा", "गूळ सौद्यांना");
	}

	@Test
	void leavesAnUrduPoliteReadAlsoTeaserOut() {
		ParsedArticle article = extract("""
				ملتان

				ملتان کے نیلے برتن بنانے والوں کے پاس نئے شاگرد

				تحریر: عائشہ قریشی

				3 دسمبر 2026

				ملتان کے کاریگروں نے اس سال بیس نئے شاگردوں کو نیلے برتن بنانے کا ہنر سکھانا شروع کیا ہے۔

				شاگرد ہر روز صبح بھٹی کے پاس کام کرتے ہیں اور شام کو رنگ بنانا سیکھتے ہیں۔

				یہ بھی پڑھیے: بہاولپور میں کھیس بنانے والوں کا میلہ

				ایک استاد نے کہا کہ یہ ہنر اب اگلی نسل تک پہنچ جائے گا۔

				کاریگروں کو امید ہے کہ اگلے سال شاگردوں کی تعداد دگنی ہو جائے گی۔
				""");

		assertThat(article.body()).contains("اگلی نسل").doesNotContain("یہ بھی پڑھیے", "بہاولپور");
	}

	@Test
	void leavesABengaliYouMayReadMoreTeaserOut() {
		ParsedArticle article = extract("""
				দেশ

				টাঙ্গাইলের তাঁতিরা নতুন নকশায় শাড়ি বুনছেন

				লেখক: তানভীর আহমেদ

				৩ ডিসেম্বর ২০২৬

				টাঙ্গাইলের পাথরাইল গ্রামের তাঁতিরা এবার নতুন নকশায় শাড়ি বুনতে শুরু করেছেন।

				গ্রামের প্রায় দুইশো তাঁত এখন দিনরাত চলছে এবং বিক্রিও বেড়েছে।

				আরো পড়তে পারেন: রাজশাহীতে রেশম মেলা শুরু

				একজন তাঁতি বলেন, নতুন নকশার শাড়ির চাহিদা শহরে অনেক বেশি।

				তাঁতিরা আশা করছেন আগামী বছর আরও বেশি শাড়ি বিদেশে যাবে।
				""");

		assertThat(article.body()).contains("চাহিদা শহরে").doesNotContain("আরো পড়তে পারেন", "রেশম মেলা");
	}

	@ParameterizedTest
	@MethodSource("readMoreTeaserPages")
	void leavesAReadMoreOrReadAlsoTeaserOut(String page, String teaser, String kept) {
		assertThat(extract(page).body()).contains(kept).doesNotContain(teaser);
	}

	static Stream<Arguments> readMoreTeaserPages() {
		return Stream.of(Arguments.of(PERSIAN_PAGE, "همچنین بخوانید", "پارک شرق"),
				Arguments.of(DANISH_PAGE, "Læs mere", "Østparken"),
				Arguments.of(NORWEGIAN_PAGE, "Les mer", "Østparken"));
	}

	private static final String PERSIAN_PAGE = """
			شهری

			تهران هزار درخت تازه در محله‌های شرقی می‌کارد

			نویسنده: سارا احمدی

			۱۳ آذر ۱۴۰۵

			شهرداری تهران اعلام کرد که تا پایان سال آینده هزار درخت تازه در محله‌های شرقی شهر کاشته می‌شود.

			بخشی از درختان در حیاط مدرسه‌ها و مراکز بهداشت کاشته می‌شود و ساکنان می‌توانند برای کوچه خود درخواست درخت بدهند.

			همچنین بخوانید: شورای شهر بودجه سال آینده را تصویب کرد

			هزینه کل این طرح حدود سیصد میلیارد ریال است که بخشی از آن از بودجه ملی تامین می‌شود.

			نخستین مرحله کاشت در بهمن در پارک شرق با کمک دانش‌آموزان مدرسه‌های محله آغاز می‌شود.
			""";

	private static final String DANISH_PAGE = """
			Lokalt

			Aarhus planter tusind nye træer i byens østlige kvarterer

			Af Mette Hansen

			4. december 2026

			Aarhus Kommune vil plante tusind nye træer i de østlige kvarterer inden udgangen af næste år, meddelte kommunen torsdag.

			En del af træerne skal plantes ved skoler og sundhedscentre, og beboerne kan søge om et træ til deres egen gade.

			Læs mere: Byrådet vedtager budgettet for næste år

			Den samlede investering er på omkring tyve millioner kroner, som delvis betales af EU-midler.

			Den første plantning begynder i februar i Østparken, hvor elever fra områdets skoler hjælper til.
			""";

	private static final String NORWEGIAN_PAGE = """
			Lokalt

			Bergen planter tusen nye trær i bydelene øst i byen

			Av Kari Nordmann

			4. desember 2026

			Bergen kommune skal plante tusen nye trær i bydelene øst i byen innen utgangen av neste år, opplyste kommunen torsdag.

			En del av trærne skal plantes ved skoler og helsestasjoner, og beboerne kan søke om et tre til sin egen gate.

			Les mer: Bystyret vedtar budsjettet for neste år

			Den samlede investeringen er på rundt tjue millioner kroner, som delvis dekkes av statlige midler.

			Den første plantingen starter i februar i Østparken, der elever fra skolene i området hjelper til.
			""";

	@Test
	void readsABrazilianCompanysTaxNumberAsASiteNotice() {
		assertThat(Boilerplate.isSiteNotice("Vale Notícias Editora Ltda. – CNPJ 12.345.678/0001-90 – Campinas, SP"))
			.isTrue();
		assertThat(Boilerplate.isSiteNotice("A cooperativa recebeu o registro no ano passado, disse a presidente."))
			.isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "نامہ نگار: کل بارش ہوئی۔", "تحریر: کل شہر میں شدید بارش ہوئی۔",
			"كتب: سقطت أمطار غزيرة على المدينة أمس.", "लेखक: कल शहर में भारी बारिश हुई।",
			"লেখক: গতকাল শহরে ভারী বৃষ্টি হয়েছে।", "நிருபர்: நேற்று நகரில் கனமழை பெய்தது." })
	void readsNoWriterFromASentenceAfterALabelOfAScriptWithoutCapitals(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	@Test
	void keepsNamesOfAScriptWithoutCapitalsAfterTheirLabel() {
		assertThat(BylineDetector.byline("لیکوال: احمد ولي صافي")).containsExactly("احمد ولي صافي");
		assertThat(BylineDetector.byline("लेखक: अनीता वर्मा और संजय गुप्ता")).containsExactly("अनीता वर्मा",
				"संजय गुप्ता");
		assertThat(BylineDetector.byline("كتب: محمد علي وسارة حسن")).containsExactly("محمد علي", "سارة حسن");
	}

}
