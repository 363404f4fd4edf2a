package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text under a newsletter's sign-up box between paragraphs that names what a site's
 * notice names (review59d): an article about a company, a regulator or a newspaper's
 * owner ("whose registered office is in Cardiff", "свидетельство о регистрации", "le
 * directeur de la publication", "la partita IVA"). The site's notices under a box leave
 * with it only where nothing of the text goes on under them (foot59's rule): here the
 * article's last paragraph stands under them, and they are its.
 */
class SiteNoticeLookAlikesUnderSignUpBoxesTests extends WholePageTests {

	// A page: the site's name and menu, the headline, a byline and a date, the lines
	// given, and a foot of links.
	private static String page(String headline, List<String> lines) {
		List<String> page = new ArrayList<>(List.of(headline + " – Valley Gazette", "Valley Gazette", "Home", "News",
				"Business", "Sport", headline, "By Hugh Pennant", "4 December 2026"));
		page.addAll(lines);
		page.addAll(List.of("Share", "Facebook", "Email", "Most Read", "Pier lights to be replaced", "© 2026"));
		return String.join("\n\n", page) + "\n";
	}

	// A paragraph, a sign-up box, the paragraph that names a notice's phrase and the
	// article's last paragraph, in English, German, French, Italian, Russian, Ukrainian,
	// Spanish, Polish and Dutch.
	static Stream<Arguments> textUnderABox() {
		return Stream.of(Arguments.of("Cider maker fined over late accounts", List.of(
				"A cider maker from the lower valley was fined £4,000 at Cardiff Magistrates' Court on Tuesday for filing its accounts eleven months late.",
				"Get the Gazette in your inbox", "Sign up for our free weekly valley newsletter.", "Enter your email",
				"Sign up",
				"The firm, whose registered office is in Cardiff, told the court its bookkeeper had been ill.",
				"It has paid the fine and filed the missing accounts.")),
				Arguments.of("Paper's owner sells its printing works", List.of(
						"The owner of the Valley Gazette has sold its printing works in Newport to a packaging firm, ending sixty years of printing in the town.",
						"Get the Gazette in your inbox", "Sign up for our free weekly valley newsletter.",
						"Enter your email", "Sign up",
						"Valley Media, a company registered in Wales, said all rights reserved by the old works' lease passed to the buyer.",
						"Twelve printers will move to the new press in Bristol.")),
				Arguments.of("Mosterei zahlt Bußgeld", List.of(
						"Eine Mosterei aus dem unteren Tal muss 4000 Euro Bußgeld zahlen, weil sie ihren Jahresabschluss elf Monate zu spät eingereicht hat.",
						"Newsletter",
						"Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie die wichtigsten Nachrichten aus der Region jeden Morgen.",
						"Ihre E-Mail-Adresse", "Abonnieren",
						"Das Registergericht Freiburg hatte die Firma zweimal gemahnt, sagte ein Sprecher.",
						"Die Mosterei hat das Bußgeld inzwischen bezahlt.")),
				Arguments.of("Le directeur du journal entendu", List.of(
						"Le directeur de L'Écho de la Vallée a été entendu mardi par les enquêteurs après la publication d'un article sur le maire de la ville.",
						"Newsletter",
						"Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité de la vallée.",
						"Votre adresse e-mail", "Je m'inscris",
						"Le directeur de la publication, Marc Lenoir, conteste toute diffamation.",
						"Le procès doit s'ouvrir en mars.")),
				Arguments.of("Fuite chez l'opérateur", List.of(
						"Un opérateur de la vallée a reconnu mardi qu'un pirate avait dérobé les fichiers de ses clients pendant plusieurs semaines cet automne.",
						"Newsletter",
						"Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité de la vallée.",
						"Votre adresse e-mail", "Je m'inscris",
						"Les données personnelles de trois mille clients ont été dérobées, selon l'opérateur.",
						"La gendarmerie a ouvert une enquête.")),
				Arguments.of("Evasione, sequestrati i conti", List.of(
						"La Guardia di Finanza ha sequestrato martedì i conti di una ditta di trasporti della valle accusata di non aver versato l'IVA per tre anni.",
						"Newsletter", "Iscriviti alla nostra newsletter e ricevi ogni mattina le notizie della valle.",
						"La tua email", "Iscriviti",
						"La partita IVA della ditta era intestata al cognato del titolare, hanno spiegato gli investigatori.",
						"Il titolare sarà sentito lunedì.")),
				Arguments.of("Издание лишили регистрации", List.of(
						"Роскомнадзор во вторник лишил регистрации сетевое издание «Вестник долины», которое писало о строительстве завода на окраине города.",
						"Рассылка", "Подпишитесь на нашу рассылку и получайте главные новости долины каждое утро.",
						"Ваш e-mail", "Подписаться",
						"Свидетельство о регистрации издания было выдано в 2020 году, напомнил главный редактор.",
						"Редакция намерена обжаловать решение в суде.")),
				Arguments.of("Видання позбавили реєстрації", List.of(
						"Регулятор у вівторок позбавив реєстрації мережеве видання «Вісник долини», яке писало про будівництво заводу на околиці міста.",
						"Розсилка", "Підпишіться на нашу розсилку та отримуйте головні новини долини щоранку.",
						"Ваш e-mail", "Підписатися",
						"Свідоцтво про реєстрацію видання було видано у 2020 році, нагадав головний редактор.",
						"Редакція має намір оскаржити рішення в суді.")),
				Arguments.of("Multa a una sidrería", List.of(
						"Una sidrería del valle bajo deberá pagar 4.000 euros por presentar sus cuentas anuales con once meses de retraso, según la resolución.",
						"Newsletter", "Suscríbete a nuestra newsletter y recibe cada mañana las noticias del valle.",
						"Tu email", "Suscribirme",
						"La empresa, inscrita en el Registro Mercantil de Oviedo, alegó una baja de su contable.",
						"Ya ha pagado la multa.")),
				Arguments.of("Spółka ukarana grzywną", List.of(
						"Tłocznia soków z dolnej doliny zapłaci 4 tysiące złotych grzywny za złożenie sprawozdania finansowego z jedenastomiesięcznym opóźnieniem.",
						"Newsletter",
						"Zapisz się na nasz newsletter i otrzymuj co rano najważniejsze wiadomości z doliny.",
						"Twój adres e-mail", "Zapisz się",
						"Spółka, wpisana do Krajowego Rejestru Sądowego w 2015 roku, tłumaczyła się chorobą księgowej.",
						"Grzywna została już zapłacona.")),
				Arguments.of("Ciderbedrijf beboet", List.of(
						"Een ciderbedrijf uit het lage dal moet 4000 euro boete betalen omdat het zijn jaarrekening elf maanden te laat heeft ingediend.",
						"Nieuwsbrief",
						"Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het nieuws uit het dal.",
						"Je e-mailadres", "Aanmelden",
						"Het bedrijf, ingeschreven bij de Kamer van Koophandel in Utrecht, wijst naar een zieke boekhouder.",
						"De boete is inmiddels betaald.")));
	}

	@ParameterizedTest
	@MethodSource("textUnderABox")
	void aParagraphNamingANoticesPhraseUnderABoxBetweenParagraphsStays(String headline, List<String> lines) {
		String body = extract(page(headline, lines)).body();
		assertThat(body).startsWith(lines.get(0)).contains(lines.get(5)).endsWith(lines.get(6));
	}

}
