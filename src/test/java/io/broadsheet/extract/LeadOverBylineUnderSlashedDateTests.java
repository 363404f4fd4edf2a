package io.broadsheet.extract;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round lead60: the article's first paragraph set between its date line and its byline
 * ("01/12/2026 - 18:45" / the lead / "By …" / the rest), blind37's Connemara page. A
 * slashed date whose day and month could be either is read by no detector without the
 * page's order, so the header walk under the headline met no date line, took the lead for
 * a deck (a standfirst) over the byline, and the body began under the byline. The same
 * page with a written date, a dotted one or one whose day is over twelve kept its lead.
 * Invented pages in English, German, Swedish and French; a standfirst with no date line
 * over it, a caption and a photographer's credit between the date line and the lead stay
 * out.
 */
class LeadOverBylineUnderSlashedDateTests extends WholePageTests {

	private static final String LEAD = "The ferry company serving Inishmaan will add an early crossing on weekdays from January so that pupils reach the mainland school before the first bell.";

	private static final String PAGE = """
			Western Clarion - Island ferry adds a winter crossing for pupils
			Western Clarion
			Home
			News
			Connacht
			Business
			Farming
			Arts
			Death Notices
			Galway
			Sport
			Opinion
			News
			Island ferry adds a winter crossing for school pupils from January
			01/12/2026 - 18:45
			%s
			By Siobhán Ní Bhriain
			The change follows a petition signed by more than two hundred parents on the three islands last spring.
			The company said the new crossing would run from the second week of January until the end of the school year.
			Parents said the old timetable meant children missed the first class twice a week when the sea was rough.
			A spokesman for the council said it would meet half the cost of the extra crossing for the first year.
			Share
			Related
			Harbour works to start in spring
			01/12/2026
			© Western Clarion 2026
			"""
		.formatted(LEAD);

	@Test
	void theLeadBetweenASlashedDateLineAndTheBylineOpensTheBody() {
		ParsedArticle article = extract(PAGE);
		assertThat(article.title().value())
			.isEqualTo("Island ferry adds a winter crossing for school pupils from January");
		assertThat(article.authors().value()).containsExactly("Siobhán Ní Bhriain");
		assertThat(article.body()).startsWith(LEAD + "\n\nThe change follows a petition")
			.doesNotContain("By Siobhán")
			.doesNotContain("18:45");
	}

	@Test
	void theLeadOpensTheBodyOfThePageWithBlankLines() {
		assertThat(extract(PAGE.replace("\n", "\n\n")).body()).startsWith(LEAD).doesNotContain("By Siobhán");
	}

	// Read either way, the day and the month: "12/01/2026" an American site's, with the
	// time in twelve hours; "01/12/2026 | 18:45" split by a pipe.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "12/01/2026 6:45 PM", "01/12/2026 | 18:45", "Mon 01/12/2026 18:45" })
	void theLeadOpensTheBodyUnderEveryShapeOfTheSlashedDateLine(String dateLine) {
		assertThat(extract(PAGE.replace("01/12/2026 - 18:45", dateLine)).body()).startsWith(LEAD);
	}

	// The date lines the detectors read already, which kept the lead before: the walk
	// reads the slashed one as it reads these.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "Tuesday 1 December 2026, 18:45", "01.12.2026 18:45", "13/12/2026 - 18:45" })
	void theLeadOpensTheBodyUnderADateLineReadAlready(String dateLine) {
		assertThat(extract(PAGE.replace("01/12/2026 - 18:45", dateLine)).body()).startsWith(LEAD);
	}

	@Test
	void twoParagraphsOverTheBylineOpenTheBody() {
		String page = PAGE.replace(LEAD
				+ "\nBy Siobhán Ní Bhriain\nThe change follows a petition signed by more than two hundred parents on the three islands last spring.",
				LEAD + "\nThe change follows a petition signed by more than two hundred parents on the three islands last spring.\nBy Siobhán Ní Bhriain");
		assertThat(extract(page).body()).startsWith(LEAD + "\n\nThe change follows a petition")
			.doesNotContain("By Siobhán");
	}

	// Review60b: on a page with a short menu the header is read from the page's top,
	// and the byline under the lead's two paragraphs stands one block past the header's
	// reach of twelve: it leaves all the same, in any language.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "By Siobhán Ní Bhriain;Siobhán Ní Bhriain", "Von Jana Petersen;Jana Petersen",
			"Автор: Иван Петров;Иван Петров" })
	void twoParagraphsOverTheBylineOpenTheBodyOfAPageWithAShortMenu(String byline, String name) {
		String page = PAGE.replace("Western Clarion\nHome", "Home")
			.replace("Connacht\nBusiness\nFarming\nArts\nDeath Notices\nGalway\n", "Business\nArts\n")
			.replace(LEAD
					+ "\nBy Siobhán Ní Bhriain\nThe change follows a petition signed by more than two hundred parents on the three islands last spring.",
					LEAD + "\nThe change follows a petition signed by more than two hundred parents on the three islands last spring.\n"
							+ byline);
		ParsedArticle article = extract(page);
		assertThat(article.authors().value()).containsExactly(name);
		assertThat(article.body()).startsWith(LEAD + "\n\nThe change follows a petition").doesNotContain(byline);
	}

	// Review60b: a bare slashed date with a two-digit year, which no detector reads as
	// a date line anywhere on the page (a teaser's stamp may be one), is the header's
	// date line under the headline, read either way, the day over twelve or not.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "01/12/26 18:45", "01/12/26", "30/11/26", "12/01/26 6:45 PM" })
	void theLeadOpensTheBodyUnderASlashedDateWithATwoDigitYear(String dateLine) {
		assertThat(extract(PAGE.replace("01/12/2026 - 18:45", dateLine)).body()).startsWith(LEAD)
			.doesNotContain("By Siobhán");
	}

	// Review60b: lines with a slash that read as no date line leave the walk as it was:
	// the paragraph under them and over the byline is a standfirst, out of the text.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "Page 1/2", "Case no. 01/12/2026-3", "Deadline: 04/05/2026", "Score 12/10" })
	void aParagraphUnderALineThatReadsAsNoDateStaysOut(String line) {
		assertThat(extract(PAGE.replace("01/12/2026 - 18:45", line)).body()).startsWith("The change follows a petition")
			.doesNotContain(LEAD);
	}

	// A photo's caption or its credit between the date line and the lead is no text.
	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "The ferry leaves Inishmaan pier at low tide. Photo: Declan Burke", "Photo: Declan Burke" })
	void aCaptionBetweenTheDateLineAndTheLeadStaysOut(String caption) {
		String page = PAGE.replace("01/12/2026 - 18:45\n", "01/12/2026 - 18:45\n" + caption + "\n");
		assertThat(extract(page).body()).startsWith(LEAD).doesNotContain("Declan Burke").doesNotContain("By Siobhán");
	}

	// The near miss: with no date line over it, a paragraph between the headline and
	// the byline is a standfirst, out of the text: so labelled on all 78 such pages of
	// dev and every open set.
	@Test
	void aStandfirstOverTheBylineWithNoDateLineAboveStaysOut() {
		assertThat(extract(PAGE.replace("01/12/2026 - 18:45\n", "")).body()).startsWith("The change follows a petition")
			.doesNotContain(LEAD);
	}

	// German's "Von", Swedish's "Av", French's "Par": the same header in other languages,
	// the slashed date bare or after a label.
	@ParameterizedTest
	@MethodSource("otherLanguages")
	void theLeadOverTheBylineOpensTheBodyInOtherLanguages(String page, String lead, String byline, String last) {
		assertThat(extract(page).body()).startsWith(lead).doesNotContain(byline).endsWith(last);
	}

	static Stream<Arguments> otherLanguages() {
		String german = """
				Inselbote | Nachrichten von den Halligen
				Inselbote
				Startseite
				Nachrichten
				Wirtschaft
				Nordfriesland
				Landwirtschaft
				Freizeit
				Traueranzeigen
				Sport
				Kultur
				Nachrichten
				Die Fähre nach Langeneß fährt im Winter eine zusätzliche Tour für Schulkinder
				01/12/2026 - 18:45
				Die Reederei, die die Hallig Langeneß anfährt, bietet ab Januar werktags eine frühe Fahrt an, damit die Schulkinder vor der ersten Stunde auf dem Festland sind.
				Von Jana Petersen
				Der Änderung ging eine Unterschriftensammlung von mehr als zweihundert Eltern im vergangenen Frühjahr voraus.
				Die Reederei teilte mit, die neue Fahrt werde von der zweiten Januarwoche bis zum Ende des Schuljahres angeboten.
				Die Eltern sagen, dass die Kinder mit dem alten Fahrplan bei schwerer See zweimal in der Woche die erste Stunde verpassten.
				Der Kreis übernimmt im ersten Jahr die Hälfte der Kosten für die zusätzliche Fahrt.
				Teilen
				Mehr zum Thema
				Hafenarbeiten beginnen im Frühjahr
				© Inselbote 2026
				""";
		String swedish = """
				Skärgårdsposten | Nyheter
				Skärgårdsposten
				Start
				Nyheter
				Ekonomi
				Roslagen
				Båtliv
				Nöje
				Familj
				Sport
				Kultur
				Nyheter
				Färjan till Möja får en extra vintertur för skolbarnen
				01/12/2026 18:45
				Rederiet som trafikerar Möja lägger till en tidig tur på vardagar från januari så att skolbarnen hinner till skolan på fastlandet före första lektionen.
				Av Karin Lindqvist
				Ändringen kommer efter en namninsamling som mer än tvåhundra föräldrar skrev under i våras.
				Rederiet säger att den nya turen går från andra veckan i januari till slutet av läsåret.
				Föräldrarna säger att barnen med den gamla tidtabellen missade första lektionen två gånger i veckan när det blåste hårt.
				Regionen betalar halva kostnaden för den extra turen under det första året.
				Dela
				Läs också
				Hamnbygget börjar i vår
				© Skärgårdsposten 2026
				""";
		String french = """
				L'Écho du Morbihan - Le bateau de Groix ajoute une traversée d'hiver
				L'Écho du Morbihan
				Accueil
				Actualités
				Économie
				Bretagne
				Mer
				Loisirs
				Nécrologie
				Sports
				Culture
				Actualités
				Le bateau de Groix ajoute une traversée d'hiver pour les collégiens
				Publié le 01/12/2026 à 18h45
				La compagnie qui dessert l'île de Groix ajoutera une traversée matinale en semaine dès janvier, pour que les collégiens arrivent au collège avant la première heure de cours.
				Par Claire Le Goff
				Ce changement fait suite à une pétition signée par plus de deux cents parents de l'île au printemps dernier.
				La compagnie a indiqué que la nouvelle traversée serait assurée de la deuxième semaine de janvier jusqu'à la fin de l'année scolaire.
				Les parents expliquent qu'avec l'ancien horaire les enfants manquaient le premier cours deux fois par semaine quand la mer était forte.
				La région prendra en charge la moitié du coût de la traversée supplémentaire la première année.
				Partager
				À lire aussi
				Les travaux du port commenceront au printemps
				© L'Écho du Morbihan 2026
				""";
		String italian = """
				Il Tirreno - Il traghetto per Capraia aggiunge una corsa invernale
				Il Tirreno
				Home
				Cronaca
				Economia
				Toscana
				Elba
				Mare
				Necrologie
				Sport
				Cultura
				Opinioni
				Cronaca
				Il traghetto per Capraia aggiunge una corsa invernale per gli studenti
				Pubblicato il 01/12/2026 alle 18:45
				La compagnia che serve l'isola di Capraia aggiungerà una corsa mattutina nei giorni feriali da gennaio, così gli studenti arriveranno a scuola prima della campanella.
				Di Marco Rossi
				Il cambiamento segue una petizione firmata da più di duecento genitori dell'isola la scorsa primavera.
				La compagnia ha detto che la nuova corsa sarà attiva dalla seconda settimana di gennaio fino alla fine dell'anno scolastico.
				I genitori dicono che con il vecchio orario i ragazzi perdevano la prima ora due volte alla settimana quando il mare era mosso.
				Condividi
				Leggi anche
				I lavori del porto inizieranno in primavera
				© Il Tirreno 2026
				""";
		String russian = """
				Онежский вестник - Паром на Кижи добавит зимний рейс
				Онежский вестник
				Главная
				Новости
				Экономика
				Карелия
				Туризм
				Общество
				Происшествия
				Спорт
				Культура
				Мнения
				Новости
				Паром на Кижи добавит зимний рейс для школьников
				01/12/26 18:45
				Компания, которая обслуживает остров Кижи, с января добавит ранний рейс по будням, чтобы школьники успевали к первому уроку на материке.
				Автор: Иван Петров
				Изменение последовало за петицией, которую прошлой весной подписали более двухсот родителей с островов.
				В компании сообщили, что новый рейс будет ходить со второй недели января до конца учебного года.
				Родители говорят, что при старом расписании дети в сильный ветер дважды в неделю пропускали первый урок.
				Поделиться
				Читайте также
				Ремонт причала начнётся весной
				© Онежский вестник 2026
				""";
		String arabic = """
				صحيفة الساحل - العبارة إلى جزيرة جربة تضيف رحلة شتوية
				صحيفة الساحل
				الرئيسية
				أخبار
				اقتصاد
				جهات
				مجتمع
				حوادث
				صحة
				رياضة
				ثقافة
				رأي
				أخبار
				العبارة إلى جزيرة جربة تضيف رحلة شتوية لطلاب المدارس
				01/12/26 - 18:45
				ستضيف الشركة التي تخدم جزيرة جربة رحلة صباحية مبكرة في أيام الأسبوع اعتبارا من يناير حتى يصل الطلاب إلى مدارسهم قبل بداية الدرس الأول.
				بقلم أحمد علي
				ويأتي هذا التغيير بعد عريضة وقعها أكثر من مئتي ولي أمر من سكان الجزيرة في الربيع الماضي.
				وقالت الشركة إن الرحلة الجديدة ستبدأ في الأسبوع الثاني من يناير وتستمر حتى نهاية العام الدراسي.
				ويقول الأولياء إن الأطفال كانوا يفوتون الدرس الأول مرتين في الأسبوع عندما يكون البحر هائجا.
				مشاركة
				اقرأ أيضا
				أعمال الميناء تبدأ في الربيع
				© صحيفة الساحل 2026
				""";
		return Stream.of(Arguments.of(german, "Die Reederei, die", "Von Jana Petersen", "die zusätzliche Fahrt."),
				Arguments.of(german.replace("01/12/2026 - 18:45", "01/12/26 18:45"), "Die Reederei, die",
						"Von Jana Petersen", "die zusätzliche Fahrt."),
				Arguments.of(italian, "La compagnia che serve", "Di Marco Rossi", "il mare era mosso."),
				Arguments.of(russian, "Компания, которая", "Автор: Иван Петров", "пропускали первый урок."),
				Arguments.of(arabic, "ستضيف الشركة", "بقلم أحمد علي", "عندما يكون البحر هائجا."),
				Arguments.of(swedish, "Rederiet som trafikerar", "Av Karin Lindqvist", "det första året."),
				Arguments.of(french, "La compagnie qui dessert", "Par Claire Le Goff", "la première année."));
	}

}
