package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A photo's caption of one short sentence set between two paragraphs over its credit
 * alone on the line under it (blind33's ice road, steam train and peregrines): with a
 * label ("Photo: …", "Picture: …", "Foto: …") or a bare name and outlet joined by a slash
 * ("Jane Roe/The Harbour Courier"), on a page with blank lines or without; the caption
 * and its credit leave the body, and so does a bare name-and-outlet credit between two
 * paragraphs. And the look-alikes that must stay: the text's own short paragraph over a
 * picture's credit when it runs as long as a paragraph, or when the credit closes the
 * text; a photo essay's captions over their credits under the pictures' counters; a pair
 * of words with a slash between paragraphs.
 */
class CreditedCaptionBodyTests extends WholePageTests {

	private static final String ABOVE = "The harbour's old lifeboat station reopened on Saturday as a maritime museum, "
			+ "three years after the town council bought the building from the lifeboat charity for a nominal sum.";

	private static final String BELOW = "\"We wanted the building to stay open to everyone who grew up with it,\" "
			+ "said the museum's chair, Ruth Penhallow, who spent two decades on the crew herself.";

	private static final String LAST = "The museum is open from Wednesday to Sunday, and entry is free for children "
			+ "under sixteen and for anyone who has served on a lifeboat crew.";

	private static String page(String middle, boolean blankLines) {
		String page = """
				Harbour Courier
				News
				Sport
				What's on
				Lifeboat station reopens as a museum after three years
				By Tom Vellacott
				5 December 2026
				%s
				%s
				%s
				%s
				Share this story
				© 2026 Harbour Courier
				""".formatted(ABOVE, middle, BELOW, LAST);
		return blankLines ? page.replace("\n", "\n\n") : page;
	}

	@ParameterizedTest
	@ValueSource(strings = { "Photo: Jane Roe/The Harbour Courier", "Picture: Harbour Trust", "Foto: Archiv",
			"(Photo: Harbour Trust)", "Photo by Jane Roe", "Jane Roe/Harbour Courier", "Jane Roe / Harbour Courier",
			// the photo labels of other language files, read on every page
			"Beeld: ANP", "Снимка: БТА", "Gambar: Bernama", "ছবি: সংগৃহীত" })
	void leavesACaptionOverItsCreditOut(String credit) {
		for (boolean blankLines : new boolean[] { true, false }) {
			ParsedArticle article = extract(
					page("Volunteers hang the station's No. 2 lifeboat from the roof beams on Friday.\n" + credit,
							blankLines));
			assertThat(article.body()).as(credit).contains(ABOVE, BELOW, LAST).doesNotContain("roof beams", credit);
		}
	}

	// The same credit after the caption's sentence on its line (blind3's "… place
	// Saint-François. KEYSTONE/Laurent Gillieron"); a pair of words after a sentence is
	// none.
	@Test
	void leavesACaptionEndingWithANameAndOutletOut() {
		ParsedArticle article = extract(
				page("Volunteers hang the old lifeboat from the roof beams. KEYSTONE/Jane Roe", true));
		assertThat(article.body()).contains(ABOVE, BELOW, LAST).doesNotContain("roof beams", "KEYSTONE");
		String pair = "Readers were asked whether the museum should charge adults for entry next summer. Yes/No";
		assertThat(extract(page(pair, true)).body()).contains(pair);
	}

	@Test
	void leavesABareNameAndOutletCreditBetweenParagraphsOut() {
		ParsedArticle article = extract(page("Jane Roe/Harbour Courier", true));
		assertThat(article.body()).contains(ABOVE, BELOW, LAST).doesNotContain("Jane Roe");
	}

	// A one-sentence paragraph as long as a paragraph of running text, over the credit of
	// a picture set without a caption (blind8's Serbian park, blind9's Kazakh rink).
	@Test
	void keepsTheTextsOwnParagraphOverAPicturesCredit() {
		String paragraph = "The museum's first room tells the story of the 1939 rescue, when the station's crew "
				+ "rowed for nine hours to reach a grain ship aground on the bar.";
		for (boolean blankLines : new boolean[] { true, false }) {
			ParsedArticle article = extract(page(paragraph + "\nPhoto: Harbour Trust", blankLines));
			assertThat(article.body()).contains(ABOVE, paragraph, BELOW, LAST).doesNotContain("Harbour Trust");
		}
	}

	// The text's short last paragraph over a picture's credit that closes the text
	// (blind7's Croatian and Ukrainian pages): no text goes on under it.
	@Test
	void keepsTheTextsShortLastParagraphOverAClosingCredit() {
		String page = """
				Harbour Courier

				Lifeboat station reopens as a museum after three years

				By Tom Vellacott

				5 December 2026

				%s

				%s

				The doors open at ten on Saturday morning.

				Photo: Harbour Trust

				Share this story

				© 2026 Harbour Courier
				""".formatted(ABOVE, BELOW);
		assertThat(extract(page).body()).contains(ABOVE, BELOW, "The doors open at ten on Saturday morning.");
	}

	// A broadcaster sets the credit over its caption ("Image copyright …" over "Image
	// caption …", dev's BBC page): the short sentence over the credit closes the text
	// above the picture.
	@Test
	void keepsTheTextsShortSentenceOverACreditAboveItsCaption() {
		String sentence = "She has never owned a boat of her own.";
		ParsedArticle article = extract(page(sentence
				+ "\nImage copyright Getty Images\nImage caption The station's crew in 1939, before the rescue", true));
		assertThat(article.body()).contains(ABOVE, sentence, BELOW).doesNotContain("Getty", "crew in 1939");
	}

	// A photo essay's captions are its text: each stands over its credit under the
	// picture's counter, not between two paragraphs (blind8's cranberry harvest). Read
	// on the stage alone: the gallery check takes an invented essay's short captions
	// first.
	@Test
	void keepsAPhotoEssaysCaptionsOverTheirCredits() {
		List<Paragraph> blocks = blocks(
				"For a century the oyster boats of the upper creek have worked under sail alone, by a byelaw older than the harbour wall.",
				"1 of 2", "The crew of the Emma Jane hoist the mainsail at the quay.", "Jane Roe/The Harbour Courier",
				"2 of 2", "The dredges come up heavy with shells, weed and oysters.", "Jane Roe/The Harbour Courier",
				"The last boat came in on Friday, and the beds will be closed to dredging from the first of January next year.");
		boolean[] removed = new boolean[blocks.size()];
		Insets.removeCreditedCaptions(blocks, 0, blocks.size(), removed);
		assertThat(removed).containsOnly(false);
	}

	@Test
	void leavesACaptionOverItsCreditOutOnTheStage() {
		List<Paragraph> blocks = blocks("The Harbour Courier", ABOVE,
				"Volunteers hang the station's No. 2 lifeboat from the roof beams.", "Jane Roe/The Harbour Courier",
				BELOW);
		boolean[] removed = new boolean[blocks.size()];
		Insets.removeCreditedCaptions(blocks, 0, blocks.size(), removed);
		assertThat(removed).containsExactly(false, false, true, true, false);
	}

	// A crosshead of two places or two things in capitals has a bare credit's shape
	// ("New York/New Jersey", "Berlin/Brandenburg Flughafen"), but neither side names an
	// outlet on the page: the crosshead and the text's short sentence over it stay
	// (review56g). The same line leaves when the page names one side as its own line.
	@ParameterizedTest
	@ValueSource(strings = { "The crew rowed for nine hours that night.\nNew York/New Jersey",
			"The crew rowed for nine hours that night.\nSales Tax/Property Tax",
			"Die Besatzung ruderte in jener Nacht neun Stunden lang.\nBerlin/Brandenburg Flughafen",
			"Hong Kong/Shenzhen Border", "Israel/Gaza War" })
	void keepsACrossheadOfANameAndOutletsShape(String middle) {
		ParsedArticle article = extract(page(middle, true));
		assertThat(article.body()).contains(ABOVE, BELOW, LAST).contains(middle.split("\n"));
		List<Paragraph> blocks = blocks("New Jersey", ABOVE, "The crew rowed for nine hours that night.",
				"New York/New Jersey", BELOW);
		boolean[] removed = new boolean[blocks.size()];
		Insets.removeCreditedCaptions(blocks, 0, blocks.size(), removed);
		assertThat(removed).containsExactly(false, false, true, true, false);
	}

	// A broadcaster's caption line opens with a photo label ("Image caption …") but is
	// the
	// caption, no credit: the text's short sentence over it stays (review56g).
	@Test
	void keepsTheTextsShortSentenceOverABroadcastersCaptionLine() {
		String sentence = "The crew rowed for nine hours that night.";
		ParsedArticle article = extract(page(sentence + "\nImage caption The station's crew in 1939", true));
		assertThat(article.body()).contains(ABOVE, sentence, BELOW, LAST);
	}

	// A person's name and an agency's or a station's letters in capitals (dev's "Evan
	// Vucci / AP" under a picture's caption): a credit though the page names no side on
	// a line of its own (insets57).
	@ParameterizedTest
	@ValueSource(strings = { "Jane Roe / AP", "Tomas Reyes/NTB", "Ana Lima / EFE", "Amy K. Dragoo/AIMMEDIA" })
	void leavesABareAgencyCreditBetweenParagraphsOut(String credit) {
		for (boolean blankLines : new boolean[] { true, false }) {
			ParsedArticle article = extract(page(credit, blankLines));
			assertThat(article.body()).as(credit).contains(ABOVE, BELOW, LAST).doesNotContain(credit);
		}
	}

	@Test
	void leavesABareAgencyCreditOutOnTheStageInGerman() {
		List<Paragraph> blocks = blocks(
				"Die alte Rettungsstation am Hafen ist seit Samstag ein Museum, drei Jahre nachdem die Stadt das Gebäude gekauft hatte.",
				"Tobias Reuter / KNA",
				"\"Wir wollten, dass das Haus für alle offen bleibt\", sagte die Vorsitzende des Museumsvereins am Samstag.");
		boolean[] removed = new boolean[blocks.size()];
		Insets.removeCreditedCaptions(blocks, 0, blocks.size(), removed);
		assertThat(removed).containsExactly(false, true, false);
	}

	// An agency's letters after two places in capitals, after a pair of words or after a
	// spec's units make no credit: a crosshead's shape, a table's label.
	@ParameterizedTest
	@ValueSource(strings = { "NORTH QUAY / RNLI", "Kino / TV", "Engine Power PS/KW" })
	void keepsACrossheadWithAnAgencysLetters(String middle) {
		ParsedArticle article = extract(page(middle, true));
		assertThat(article.body()).contains(ABOVE, middle, BELOW, LAST);
	}

	// A crosshead of a topic in title case and an acronym ("Human Rights / UN") has the
	// agency credit's shape; the text writes the topic's words in lower case, as no text
	// writes a person's name, and the crosshead stays. A credit between the same
	// paragraphs still leaves (review57a).
	@ParameterizedTest
	@MethodSource("topicCrossheads")
	void keepsATopicCrossheadWithAnAcronymOnTheStage(String above, String crosshead, String below) {
		List<Paragraph> blocks = blocks(above, crosshead, below);
		boolean[] removed = new boolean[blocks.size()];
		Insets.removeCreditedCaptions(blocks, 0, blocks.size(), removed);
		assertThat(removed).as(crosshead).containsExactly(false, false, false);
		blocks = blocks(above, "Evan Vucci / AP", below);
		removed = new boolean[blocks.size()];
		Insets.removeCreditedCaptions(blocks, 0, blocks.size(), removed);
		assertThat(removed).containsExactly(false, true, false);
	}

	static Stream<Arguments> topicCrossheads() {
		return Stream.of(Arguments.of(
				"The council's report on human rights in the city's care homes was published on Friday, two years after the inquiry began.",
				"Human Rights / UN",
				"\"We found that residents' rights were ignored again and again,\" said the inquiry's chair, who led a team of eleven."),
				Arguments.of(
						"The climate report the council ordered two years ago says the change in rainfall will flood the harbour road twice a year by 2040.",
						"Climate Change / UN",
						"\"We cannot keep patching the road after every storm,\" said the harbour master, who has asked for a new sea wall."),
				Arguments.of(
						"El informe del ayuntamiento sobre los derechos humanos en las residencias de la ciudad se publicó el viernes, dos años después de empezar la investigación.",
						"Derechos Humanos / ONU",
						"\"Hemos visto que los derechos de los residentes se ignoraban una y otra vez\", dijo la presidenta de la comisión, que dirigió un equipo de once personas."),
				Arguments.of(
						"O relatório da câmara sobre os direitos humanos nos lares da cidade foi publicado na sexta-feira, dois anos depois do início do inquérito.",
						"Direitos Humanos / ONU",
						"\"Vimos que os direitos dos residentes foram ignorados vezes sem conta\", disse a presidente da comissão, que liderou uma equipa de onze pessoas."),
				Arguments.of(
						"Доклад городского совета о том, как соблюдаются права человека в домах престарелых, опубликован в пятницу, через два года после начала проверки.",
						"Права Человека / ООН",
						"«Мы увидели, что права жильцов снова и снова нарушались», — сказала председатель комиссии, которая руководила группой из одиннадцати человек."));
	}

	// The blocks of the given texts, one a line, for a stage alone (ReaderPollBodyTests'
	// too).
	static List<Paragraph> blocks(String... texts) {
		List<Paragraph> blocks = new ArrayList<>();
		for (String text : texts) {
			blocks.add(new Paragraph(text, blocks.size() + 1));
		}
		return blocks;
	}

	// Two words with a slash between paragraphs name no one ("Questions/Answers" as a
	// crosshead of an interview), and neither does a line with a lower-case word.
	@ParameterizedTest
	@ValueSource(strings = { "Questions/Answers", "Before / After", "Lifeboats then/now and the crews" })
	void keepsASlashedLineThatNamesNoOne(String middle) {
		ParsedArticle article = extract(page(middle, true));
		assertThat(article.body()).contains(ABOVE, middle, BELOW);
	}

}
