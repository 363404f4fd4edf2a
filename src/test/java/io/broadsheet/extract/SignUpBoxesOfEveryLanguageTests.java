package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newsletter's sign-up box at the foot of the text and in the languages whose files had
 * no words for one (foot59). Under the article's last paragraph, over the footer's
 * sentences about the site (who publishes it, where its company is registered, a rights
 * notice), the box was looked past, or its prompt read as text, and those sentences
 * joined the body: they leave it with the box, as a site's appeal's do. Between the
 * paragraphs, a Russian, Ukrainian, Italian, Portuguese, Dutch or Polish box's heading,
 * prompt, e-mail field and button stayed in the body: they leave it, and the text under
 * them stays.
 */
class SignUpBoxesOfEveryLanguageTests extends WholePageTests {

	// A page of its language: the site's name and menu, the headline, a byline and a
	// date, the lines given, and the lines of its foot.
	private static String page(String site, String headline, List<String> lines, String... foot) {
		List<String> page = new ArrayList<>(List.of(headline + " – " + site, site, "Home", "News", "Culture", "Sport",
				"Culture", headline, "By Hugh Pennant", "4 December 2026"));
		page.addAll(lines);
		page.addAll(List.of(foot));
		return String.join("\n\n", page) + "\n";
	}

	private static final String[] SHARE_FOOT = { "Share", "Facebook", "Email", "Most Read",
			"Pier lights to be replaced", "© 2026" };

	@Test
	void anEnglishSignUpBoxOverTheFootersSentencesEndsTheText() {
		String body = extract(page("Valley Courier", "Orchard growers plant a hundred old apple trees", List.of(
				"Growers in the upper valley planted a hundred apple trees of old local kinds on Saturday, grafted from the last trees of an orchard that was cleared in the 1960s.",
				"The scions were cut last winter and grafted onto rootstock at the agricultural college, where students kept them through the summer.",
				"Several of the kinds were thought lost until a retired teacher found them in a hedge near the old station.",
				"Get the Courier in your inbox", "Sign up for our free weekly valley newsletter.", "Enter your email",
				"Sign up",
				"The Valley Courier is published by Valley Media Ltd, a company registered in Wales, at 12 High Street, Brecon, and printed in Newport.",
				"Valley Media Ltd is regulated by the Independent Press Standards Organisation and follows the Editors' Code of Practice."),
				"Contact", "Privacy", "© 2026 Valley Courier"))
			.body();
		assertThat(body).startsWith("Growers in the upper valley")
			.endsWith("found them in a hedge near the old station.");
	}

	@Test
	void anAppealForGiftsOverTheFootersSentencesEndsTheText() {
		String body = extract(page("Valley Courier", "Orchard growers plant a hundred old apple trees", List.of(
				"Growers in the upper valley planted a hundred apple trees of old local kinds on Saturday, grafted from the last trees of an orchard that was cleared in the 1960s.",
				"The scions were cut last winter and grafted onto rootstock at the agricultural college, where students kept them through the summer.",
				"Several of the kinds were thought lost until a retired teacher found them in a hedge near the old station.",
				"Support local journalism. Donate to the Valley Courier today.",
				"The Valley Courier is published by Valley Media Ltd, a company registered in Wales, at 12 High Street, Brecon, and printed in Newport.",
				"Valley Media Ltd is regulated by the Independent Press Standards Organisation and follows the Editors' Code of Practice."),
				"Contact", "Privacy", "© 2026 Valley Courier"))
			.body();
		assertThat(body).endsWith("found them in a hedge near the old station.");
	}

	@Test
	void aGermanSignUpBoxWithALongPromptOverTheImprintsSentencesEndsTheText() {
		String body = extract(page("Talbote", "Obstbauern pflanzen alte Apfelsorten", List.of(
				"Obstbauern im oberen Tal haben am Samstag hundert Apfelbäume alter Sorten gepflanzt, veredelt von den letzten Bäumen einer Streuobstwiese, die in den Sechzigerjahren gerodet wurde.",
				"Die Edelreiser wurden im vergangenen Winter geschnitten und an der Landwirtschaftsschule veredelt, wo Schüler sie über den Sommer pflegten.",
				"Newsletter",
				"Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie die wichtigsten Nachrichten aus der Region jeden Morgen.",
				"Ihre E-Mail-Adresse", "Abonnieren",
				"Der Talbote erscheint im Verlag Talmedien GmbH, eingetragen im Handelsregister des Amtsgerichts Freiburg unter HRB 12345.",
				"Alle Rechte vorbehalten. Eine Weiterverwendung der Inhalte ist nur mit schriftlicher Genehmigung des Verlags gestattet."),
				"Kontakt", "Datenschutz", "© 2026 Talbote"))
			.body();
		assertThat(body).endsWith("wo Schüler sie über den Sommer pflegten.").doesNotContain("Handelsregister");
	}

	// A French page's two paragraphs and the box under them.
	private static final List<String> FRENCH_TEXT_AND_BOX = List.of(
			"Des arboriculteurs de la haute vallée ont planté samedi cent pommiers de variétés anciennes, greffés sur les derniers arbres d'un verger arraché dans les années soixante.",
			"Les greffons ont été coupés l'hiver dernier et greffés au lycée agricole, où les élèves les ont soignés tout l'été.",
			"Newsletter",
			"Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité de la vallée.",
			"Votre adresse e-mail", "Je m'inscris");

	private static String french(List<String> under, String... foot) {
		return page("Écho de la Vallée", "Des pommiers anciens replantés",
				joined(FRENCH_TEXT_AND_BOX, under.toArray(String[]::new)), foot);
	}

	// The lines given, then more under them.
	private static List<String> joined(List<String> lines, String... more) {
		List<String> joined = new ArrayList<>(lines);
		joined.addAll(List.of(more));
		return joined;
	}

	@Test
	void aFrenchSignUpBoxOverTheLegalNoticesSentencesEndsTheText() {
		String body = extract(french(List.of(
				"L'Écho de la Vallée est édité par la société Vallée Médias, SAS au capital de 10 000 euros, immatriculée au RCS de Grenoble.",
				"Tous droits réservés. Toute reproduction, même partielle, des contenus du site est interdite sans autorisation."),
				"Contact", "Mentions légales", "© 2026 Écho de la Vallée"))
			.body();
		assertThat(body).endsWith("où les élèves les ont soignés tout l'été.").doesNotContain("RCS", "droits");
	}

	@Test
	void aFrenchSignUpBoxsConsentLineBetweenParagraphsLeavesAndTheTextUnderItStays() {
		// the box's consent line names the privacy notice as a footer's does: it
		// leaves, and the text goes on under it
		String body = extract(french(List.of("En vous inscrivant, vous acceptez notre politique de confidentialité.",
				"« Il faudra dix ans avant de savoir quel goût ont les fruits », a déclaré l'arboricultrice Élise Jamet, qui a dirigé la plantation.",
				"Le groupe espère vendre le premier jus à la foire."), SHARE_FOOT))
			.body();
		assertThat(body).contains("dix ans")
			.endsWith("le premier jus à la foire.")
			.doesNotContain("politique de confidentialité", "adresse e-mail");
	}

	// A Russian page's two paragraphs and the box under them: its heading, prompt,
	// field, button and consent line.
	private static final List<String> RUSSIAN_TEXT_AND_BOX = List.of(
			"Садоводы верхней долины в субботу посадили сто яблонь старых местных сортов, привитых от последних деревьев сада, вырубленного в шестидесятые годы.",
			"Черенки нарезали прошлой зимой и привили в сельскохозяйственном техникуме, где студенты ухаживали за ними всё лето.",
			"Рассылка", "Подпишитесь на нашу рассылку и получайте главные новости долины каждое утро.", "Ваш e-mail",
			"Подписаться",
			"Нажимая кнопку «Подписаться», вы соглашаетесь с политикой конфиденциальности и условиями обработки персональных данных.");

	@Test
	void aRussianSignUpBoxOverTheSitesRegistrationEndsTheText() {
		List<String> lines = joined(RUSSIAN_TEXT_AND_BOX,
				"Сетевое издание «Вестник долины» зарегистрировано Роскомнадзором, свидетельство о регистрации ЭЛ № ФС 77-12345 от 1 марта 2020 года.",
				"Все права защищены. Любое использование материалов сайта допускается только с письменного разрешения редакции.");
		String body = extract(page("Вестник долины", "В долине посадили сто старых яблонь", lines, "Контакты",
				"© 2026 Вестник долины"))
			.body();
		assertThat(body).endsWith("где студенты ухаживали за ними всё лето.")
			.doesNotContain("Рассылка", "e-mail", "свидетельство", "права");
	}

	private static final List<String> UKRAINIAN_TEXT = List.of(
			"Садівники верхньої долини в суботу посадили сто яблунь старих місцевих сортів, щеплених від останніх дерев саду, вирубаного в шістдесяті роки.",
			"Живці нарізали минулої зими й прищепили в аграрному технікумі, де студенти доглядали за ними все літо.",
			"Розсилка", "Підпишіться на нашу розсилку та отримуйте головні новини долини щоранку.", "Ваш e-mail",
			"Підписатися");

	// The Cyrillic boxes between two paragraphs, Russian and Ukrainian: the page's text
	// and box, the two paragraphs under the box, and the box's lines that must leave.
	static Stream<Arguments> cyrillicBoxes() {
		return Stream.of(Arguments.of(RUSSIAN_TEXT_AND_BOX, List.of(
				"«Пройдёт десять лет, прежде чем мы узнаем вкус плодов», — сказала садовод Елена Жукова, которая руководила посадкой.",
				"Группа надеется продать первый сок на ярмарке."),
				List.of("Рассылка", "рассылку", "Ваш e-mail", "Подписаться", "соглашаетесь")),
				Arguments.of(UKRAINIAN_TEXT, List.of(
						"«Мине десять років, перш ніж ми дізнаємося смак плодів», — сказала садівниця Олена Жук, яка керувала посадкою.",
						"Група сподівається продати перший сік на ярмарку."),
						List.of("Розсилка", "розсилку", "Ваш e-mail", "Підписатися")));
	}

	@ParameterizedTest
	@MethodSource("cyrillicBoxes")
	void aRussianOrUkrainianSignUpBoxBetweenParagraphsLeavesAndTheTextUnderItStays(List<String> textAndBox,
			List<String> under, List<String> box) {
		String body = extract(
				page("Вестник", "Сто старых яблонь", joined(textAndBox, under.toArray(String[]::new)), SHARE_FOOT))
			.body();
		assertThat(body).contains(under.get(0)).endsWith(under.get(1)).doesNotContain(box.toArray(String[]::new));
	}

	@Test
	void aUkrainianSignUpBoxUnderTheLastParagraphLeaves() {
		String body = extract(page("Вісник долини", "У долині посадили сто старих яблунь", UKRAINIAN_TEXT, SHARE_FOOT))
			.body();
		assertThat(body).endsWith("де студенти доглядали за ними все літо.");
	}

	// The Latin-script languages whose files named a newsletter and a prompt's bidding
	// but no box's field or button: a box between two paragraphs each, its field and
	// button the lines that must leave, and the text's last words under it.
	static Stream<Arguments> latinBoxes() {
		return Stream.of(Arguments.of("Piantati cento meli antichi", List.of(
				"I frutticoltori dell'alta valle hanno piantato sabato cento meli di varietà antiche, innestati dagli ultimi alberi di un frutteto estirpato negli anni Sessanta.",
				"Newsletter", "Iscriviti alla nostra newsletter e ricevi ogni mattina le notizie della valle.",
				"La tua email", "Iscriviti",
				"«Ci vorranno dieci anni prima di sapere che sapore hanno i frutti», ha detto la frutticoltrice Elena Gialli, che ha guidato la piantagione.",
				"Il gruppo spera di vendere il primo succo alla fiera.")),
				Arguments.of("Plantadas cem macieiras antigas", List.of(
						"Os fruticultores do alto vale plantaram no sábado cem macieiras de variedades antigas, enxertadas das últimas árvores de um pomar arrancado nos anos sessenta.",
						"Newsletter", "Assine a nossa newsletter e receba todas as manhãs as notícias do vale.",
						"Seu e-mail", "Inscrever",
						"\"Vão passar dez anos até sabermos o sabor da fruta\", disse a fruticultora Helena Jardim, que dirigiu a plantação.",
						"O grupo espera vender o primeiro sumo na feira.")),
				Arguments.of("Honderd oude appelbomen geplant", List.of(
						"Fruittelers in het hoge dal hebben zaterdag honderd appelbomen van oude rassen geplant, geënt van de laatste bomen van een boomgaard die in de jaren zestig werd gerooid.",
						"Nieuwsbrief",
						"Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het nieuws uit het dal.",
						"Je e-mailadres", "Aanmelden",
						"\"Het duurt tien jaar voordat we weten hoe de vruchten smaken\", zei fruitteler Els Jansen, die het planten leidde.",
						"De groep hoopt het eerste sap op de markt te verkopen.")),
				Arguments.of("Posadzono sto starych jabłoni", List.of(
						"Sadownicy z górnej doliny posadzili w sobotę sto jabłoni starych odmian, zaszczepionych z ostatnich drzew sadu wykarczowanego w latach sześćdziesiątych.",
						"Newsletter",
						"Zapisz się na nasz newsletter i otrzymuj co rano najważniejsze wiadomości z doliny.",
						"Twój adres e-mail", "Zapisz się",
						"„Minie dziesięć lat, zanim poznamy smak owoców” – powiedziała sadowniczka Elżbieta Jasińska, która kierowała sadzeniem.",
						"Grupa ma nadzieję sprzedać pierwszy sok na jarmarku.")));
	}

	@ParameterizedTest
	@MethodSource("latinBoxes")
	void anItalianPortugueseDutchOrPolishSignUpBoxsFieldAndButtonLeave(String headline, List<String> lines) {
		String body = extract(page("Valley Gazette", headline, lines, SHARE_FOOT)).body();
		assertThat(body).startsWith(lines.get(0))
			.contains(lines.get(5))
			.endsWith(lines.get(6))
			.doesNotContain(lines.get(3), lines.get(4));
	}

	@Test
	void aParagraphUnderABoxBetweenParagraphsThatIsNoSitesNoticeStays() {
		// the text under a box that goes on with its own sentences (mid58's family), in
		// English: a sentence about a company, but no notice of the site's own
		String body = extract(page("Valley Courier", "Cider maker opens a press in the old creamery", List.of(
				"A cider maker from the lower valley has opened a press in the old creamery at Talgarth, the first business in the building since the dairy closed in 1987.",
				"The press was bought second-hand from a farm in Herefordshire and restored over the winter by two engineers from the village.",
				"Get the Courier in your inbox", "Sign up for our free weekly valley newsletter.", "Enter your email",
				"Sign up",
				"The company, which was founded by two sisters in 2019, expects to press forty tonnes of apples in its first season.",
				"It will sell its first bottles at the farmers' market in the spring."), SHARE_FOOT))
			.body();
		assertThat(body).contains("forty tonnes").endsWith("in the spring.").doesNotContain("newsletter");
	}

}
