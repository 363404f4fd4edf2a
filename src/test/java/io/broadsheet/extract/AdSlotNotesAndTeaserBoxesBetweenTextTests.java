package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocks between the text's paragraphs that blind38 kept (embed61). An ad slot of two
 * lines, its label over its note that the text goes on ("ADVERTISEMENT" / "Story
 * continues below advertisement", "Anzeige" / "Weiterlesen nach der Anzeige"): both lines
 * leave the body, and the paragraph under the last slot stays. A heading over three other
 * stories' headlines ("Lesen Sie auch", "À lire aussi", "Most Read") ends no text: the
 * headlines leave and the paragraphs under them stay. A heading no language file names
 * ("Today In: Science") over headlines set in title case leaves as a box; a list of the
 * text's own things in sentence case, opening with articles, stays.
 */
class AdSlotNotesAndTeaserBoxesBetweenTextTests extends WholePageTests {

	private static final String ENGLISH = """
			Marlow Bridge council buys the Regent cinema for a pound | Marlow Bridge Echo

			Marlow Bridge Echo

			Home

			News

			Marlow Bridge council buys the Regent cinema for a pound

			By Tom Hale

			3 December 2026

			The council of Marlow Bridge voted on Tuesday night to buy the town's old cinema and turn it into a library, after the owners said they would sell it for a pound if the building stayed open to the public.

			The Regent opened in 1936 and closed in 2019, when its last operator could no longer pay for the heating. Since then the building has stood empty on the High Street, its posters fading in the windows.

			BOX

			"We would rather see it full of books than boarded up," said the council leader, Margaret Okafor, who watched her first film there as a girl in the nineteen sixties.

			SLOT

			Work on the roof will start in the spring. The council hopes the library can open in the autumn of next year, once the old seats have been taken out and the floor levelled.

			Share this article

			Facebook

			Twitter

			© 2026 Marlow Bridge Echo
			""";

	private static final String GERMAN = """
			Altenbach kauft das alte Kino für einen Euro | Altenbacher Bote

			Altenbacher Bote

			Home

			Lokales

			Altenbach kauft das alte Kino für einen Euro

			Von Thomas Hahn

			3. Dezember 2026

			Der Gemeinderat von Altenbach hat am Dienstagabend beschlossen, das alte Kino im Ortskern zu kaufen und daraus eine Bücherei zu machen, nachdem die Besitzer angeboten hatten, es für einen Euro abzugeben.

			Das Kino war 1936 eröffnet worden und stand seit 2019 leer, als der letzte Betreiber die Heizkosten nicht mehr bezahlen konnte. Seitdem verblassen die Plakate in den Fenstern an der Hauptstraße.

			BOX

			„Lieber voller Bücher als mit Brettern vernagelt“, sagte Bürgermeisterin Margarete Okafor, die dort als Mädchen in den sechziger Jahren ihren ersten Film gesehen hatte.

			SLOT

			Die Arbeiten am Dach sollen im Frühjahr beginnen. Die Gemeinde hofft, dass die Bücherei im Herbst des nächsten Jahres öffnen kann, wenn die alten Sitze entfernt und der Boden geebnet ist.

			Artikel teilen

			Facebook

			Twitter

			© 2026 Altenbacher Bote
			""";

	private static final String FRENCH = """
			Montvert rachète son vieux cinéma pour un euro | L'Écho de Montvert

			L'Écho de Montvert

			Accueil

			Actualités

			Montvert rachète son vieux cinéma pour un euro

			Par Thomas Hahn

			3 décembre 2026

			Le conseil municipal de Montvert a voté mardi soir l'achat de l'ancien cinéma du centre-ville, que ses propriétaires proposaient de céder pour un euro, afin d'en faire une bibliothèque ouverte à tous.

			Le cinéma avait ouvert en 1936 et fermé en 2019, quand son dernier exploitant n'a plus pu payer le chauffage. Depuis, les affiches pâlissent dans les vitrines de la rue principale.

			BOX

			« Nous préférons le voir rempli de livres que condamné », a déclaré la maire, Marguerite Okafor, qui y a vu son premier film quand elle était petite fille dans les années soixante.

			SLOT

			Les travaux de la toiture commenceront au printemps. La commune espère ouvrir la bibliothèque à l'automne de l'année prochaine, une fois les vieux fauteuils retirés et le sol nivelé.

			Partager

			Facebook

			Twitter

			© 2026 L'Écho de Montvert
			""";

	private static String page(String language, String box, String slot) {
		String page = switch (language) {
			case "en" -> ENGLISH;
			case "de" -> GERMAN;
			default -> FRENCH;
		};
		return page.replace("BOX", box.replace("|", "\n\n")).replace("SLOT", slot.replace("|", "\n\n"));
	}

	// The box's place left with a slot of one label, which the base read already.
	private static final String NO_BOX = "SPACER";

	private static String withoutSpacer(String page) {
		return page.replace("SPACER\n\n", "");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', textBlock = """
			en; ADVERTISEMENT; Story continues below advertisement; Work on the roof will start
			de; Anzeige; Weiterlesen nach der Anzeige; Die Arbeiten am Dach sollen
			fr; Publicité; La suite après la publicité; Les travaux de la toiture
			""")
	void leavesAnAdSlotsNoteOutAndKeepsTheParagraphUnderTheLastSlot(String language, String label, String note,
			String last) {
		String slot = label + "|" + note;
		ParsedArticle article = extract(page(language, slot, slot));
		assertThat(article.body()).doesNotContain(note).contains(last);
		assertThat(article.body().split("\n\n")).doesNotContain(label);
	}

	@Test
	void keepsTheTextUnderAnAdSlotOfOneLine() {
		ParsedArticle article = extract(withoutSpacer(page("en", NO_BOX, "Advertisement")));
		assertThat(article.body()).doesNotContain("Advertisement")
			.endsWith("once the old seats have been taken out and the floor levelled.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			textBlock = """
					en; Most Read|A Comet Will Pass Closer To Earth Than Any Since 1997|The Bee Counters Of Lake Erie|Why Museums Are Quietly Digitizing Their Drawers; We would rather see it full of books
					de; Lesen Sie auch|Neue Buslinie verbindet Altenbach mit der Kreisstadt|Freibad öffnet im Mai früher als geplant|Feuerwehr bekommt ein neues Löschfahrzeug; Lieber voller Bücher
					fr; À lire aussi|Une nouvelle ligne de bus relie Montvert à la préfecture|La piscine ouvrira plus tôt en mai|Les pompiers reçoivent un nouveau camion; Nous préférons le voir rempli
					""")
	void keepsTheTextUnderAReadAlsoHeadingOverThreeHeadlines(String language, String box, String under) {
		ParsedArticle article = extract(withoutSpacer(page(language, box, NO_BOX)));
		String[] lines = box.split("\\|");
		assertThat(article.body()).contains(under).doesNotContain(lines[1]).doesNotContain(lines[3]);
	}

	@Test
	void leavesOutHeadlinesInTitleCaseUnderAHeadingNoFileNames() {
		ParsedArticle article = extract(
				withoutSpacer(page("en",
						"Today In: Science|A Comet Will Pass Closer To Earth Than Any Since 1997"
								+ "|Why Museums Are Quietly Digitizing Their Drawers|The Bee Counters Of Lake Erie",
						NO_BOX)));
		assertThat(article.body()).doesNotContain("Today In", "A Comet Will Pass", "The Bee Counters")
			.contains("We would rather see it full of books")
			.endsWith("once the old seats have been taken out and the floor levelled.");
	}

	@Test
	void keepsTheTextsOwnListOpeningWithArticlesInSentenceCase() {
		ParsedArticle article = extract(withoutSpacer(
				page("en", "Plans for the building|A children's room on the ground floor|A café in the old foyer"
						+ "|The projection booth kept as a small museum", NO_BOX)));
		assertThat(article.body()).contains("A children's room on the ground floor", "A café in the old foyer",
				"The projection booth kept as a small museum");
	}

	// review61e: names are capitalised as names are, so a list of the text's own places,
	// teams or titles under a heading in sentence case is no box of headlines
	@ParameterizedTest
	@CsvSource(delimiter = ';',
			textBlock = """
					Venues on the tour|The Royal Albert Hall, London|The Bridgewater Concert Hall, Manchester|The Usher Hall Edinburgh Scotland Stage
					Clubs still in the league|The Harbour Rovers Football Club|The Westport Athletic Reserves Team|A Northern Counties Select Eleven
					""")
	void keepsTheTextsOwnNamesInTitleCaseUnderAHeadingInSentenceCase(String box) {
		ParsedArticle article = extract(withoutSpacer(page("en", box, NO_BOX)));
		String[] lines = box.split("\\|");
		assertThat(article.body()).contains(lines[0], lines[1], lines[3]);
	}

	@Test
	void leavesAnAdSlotAtThePagesEndOut() {
		ParsedArticle article = extract(
				withoutSpacer(page("en", NO_BOX, "ADVERTISEMENT|Story continues below advertisement")).replace(
						"\n\nWork on the roof will start", "\n\nShare this article\n\nWork on the roof will start"));
		assertThat(article.body()).doesNotContain("ADVERTISEMENT", "Story continues below");
	}

}
