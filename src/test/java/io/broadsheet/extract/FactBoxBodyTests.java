package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fact boxes set between an article's paragraphs, three short "Label: value" lines or
 * more under a short heading or under a paragraph (blind12's vote, ballot and pet boxes,
 * blind9's listing, blind11's launch window): the box leaves the body with its heading,
 * the text on both sides stays. And the look-alikes the article introduces or speaks,
 * which must stay: a list under a line ending in a colon, an interview's "Q:" and "A:",
 * speakers' names, numbered days, two lines alone.
 */
class FactBoxBodyTests extends WholePageTests {

	private static String page(String box) {
		return """
				Carrow Evening News

				Home | News | Sport | Business

				Councillors back 40 homes on the old dairy site

				By Nadia Brook

				3 December 2026

				Plans for 40 homes on the site of the old Carrow dairy were approved by the council's planning committee on Wednesday evening after a long debate.

				Neighbours had written more than sixty letters against the scheme, most of them about the traffic that the new homes would bring to Mill Lane.

				%s

				The committee's chair said the site had stood empty for twelve years and that the town needed the homes more than it needed another car park.

				Work on the first twenty homes is expected to start in the spring, and the developer hopes to finish the scheme by the end of 2028.

				More local news

				Bridge repairs to start in January
				"""
			.formatted(box);
	}

	@Test
	void leavesAVoteBoxAndItsHeadingOutAndKeepsTheTextBelow() {
		ParsedArticle article = extract(page("""
				Planning committee vote

				For: 6

				Against: 4

				Abstained: 1"""));
		assertThat(article.body()).startsWith("Plans for 40 homes")
			.contains("Neighbours had written", "The committee's chair said", "Work on the first twenty homes")
			.doesNotContain("For: 6", "Against: 4", "Abstained: 1", "Planning committee vote");
	}

	@Test
	void leavesABoxUnderAHeadingOfSixWordsOut() {
		// box40: a heading naming the box's subject (blind17's "Key reservoirs, % of
		// capacity", "Garrow Point at a glance")
		ParsedArticle article = extract(page("""
				Old dairy site, homes by type

				Houses: 28

				Flats: 12

				Affordable: 14"""));
		assertThat(article.body()).contains("Neighbours had written", "The committee's chair said")
			.doesNotContain("Old dairy site, homes by type", "Houses: 28", "Flats: 12", "Affordable: 14");
	}

	// A short sentence of the text over the box is no heading: it stays.
	@Test
	void keepsAShortSentenceOverABox() {
		ParsedArticle article = extract(page("""
				The vote was close in the end.

				For: 6

				Against: 4

				Abstained: 1"""));
		assertThat(article.body()).contains("The vote was close in the end.", "The committee's chair said")
			.doesNotContain("For: 6", "Against: 4");
	}

	@Test
	void leavesABoxWithoutAHeadingOut() {
		ParsedArticle article = extract(page("""
				Homes: 40, twelve of them affordable

				Storeys: two to four

				Parking spaces: 52

				Developer: Millbrook Living"""));
		assertThat(article.body()).contains("Neighbours had written", "The committee's chair said")
			.doesNotContain("Homes: 40", "Storeys: two to four", "Parking spaces: 52", "Developer: Millbrook");
	}

	@Test
	void keepsAListTheTextIntroducesWithAColon() {
		ParsedArticle article = extract(page("""
				Permission was granted with three conditions, set out in the report:

				Hours: 8am to 6pm on weekdays

				Deliveries: never before 7am

				Parking: twelve spaces kept for visitors"""));
		assertThat(article.body()).contains("Permission was granted with three conditions",
				"Hours: 8am to 6pm on weekdays", "Deliveries: never before 7am",
				"Parking: twelve spaces kept for visitors", "The committee's chair said");
	}

	// Under a sentence of the text, lines whose values are clauses are a list the article
	// introduces: its steps, its glossary, its speakers' answers (review35a).
	@Test
	void keepsStepsTermsAndAnswersTheTextIntroducesWithASentence() {
		ParsedArticle steps = extract(page("""
				Phase one: survey every footpath in the parish

				Phase two: name a warden for each village

				Phase three: agree new routes with the farmers"""));
		assertThat(steps.body()).contains("Phase one: survey every footpath in the parish",
				"Phase two: name a warden for each village", "Phase three: agree new routes with the farmers");
		ParsedArticle terms = extract(page("""
				Outline permission: the council agrees to the idea of building

				Reserved matters: the details are settled in a later application

				Planning gain: the developer pays towards local services"""));
		assertThat(terms.body()).contains("Outline permission: the council agrees",
				"Reserved matters: the details are settled", "Planning gain: the developer pays");
		ParsedArticle answers = extract(page("""
				Mrs Hale: We will appeal against it

				Mr Dunn: It is a good day for the town

				Ms Ray: Ask me again in the spring"""));
		assertThat(answers.body()).contains("Mrs Hale: We will appeal against it",
				"Mr Dunn: It is a good day for the town", "Ms Ray: Ask me again in the spring");
	}

	// An event's box under a sentence has one phrase among its names and dates: it goes.
	@Test
	void leavesAnEventBoxUnderASentenceOut() {
		ParsedArticle article = extract(page("""
				When: Saturday 14 and Sunday 15 March

				Where: Carrow Town Hall, Market Street

				Entry: free, with parking behind the library"""));
		assertThat(article.body()).contains("Neighbours had written", "The committee's chair said")
			.doesNotContain("When: Saturday", "Where: Carrow Town Hall", "Entry: free");
	}

	@Test
	void keepsAnInterviewsQuestionsAndAnswers() {
		ParsedArticle article = extract(page("""
				Q: Favourite walk?

				A: The river path at dawn

				Q: Favourite book?

				A: Middlemarch, every winter"""));
		assertThat(article.body()).contains("Q: Favourite walk?", "A: The river path at dawn", "Q: Favourite book?",
				"A: Middlemarch, every winter");
	}

	@Test
	void keepsSpeakersLinesAndNumberedDays() {
		ParsedArticle speakers = extract(page("""
				Cllr Reed: Where will the children play

				Cllr Amis: In the park across the road

				Cllr Reed: That is a mile away"""));
		assertThat(speakers.body()).contains("Cllr Reed: Where will the children play",
				"Cllr Amis: In the park across the road", "Cllr Reed: That is a mile away");
		ParsedArticle days = extract(page("""
				Day 1: Carrow to Millbrook

				Day 2: Millbrook to the coast

				Day 3: Along the cliffs to Ashby"""));
		assertThat(days.body()).contains("Day 1: Carrow to Millbrook", "Day 2: Millbrook to the coast",
				"Day 3: Along the cliffs to Ashby");
	}

	@Test
	void keepsTwoLabelledLinesAlone() {
		ParsedArticle article = extract(page("""
				For: 6

				Against: 4"""));
		assertThat(article.body()).contains("For: 6", "Against: 4", "The committee's chair said");
	}

	// deck37: a box of figures under a short heading, with no "Label: value" run of
	// three lines (a race's placings, shares' prices), leaves the body.
	@ParameterizedTest
	@ValueSource(strings = { "Result\n\n1st Silver Quill (9-2)\n\n2nd Copper Bay (6-4 fav)\n\n8 ran",
			"Shares in this story\n\nMillbrook Living +6.2%\n\nCarrow Homes -0.4%",
			// box39: a timeline under a heading of more than four words (blind16's
			// outage)
			"What happened (all times ET)\n\n6:10 p.m. Objection letters tabled\n\n7:45 p.m. Debate opened"
					+ "\n\n9:20 p.m. Vote taken",
			// box40: counts under a heading that names a box of figures (blind17's
			// library)
			"By the numbers\n\n62 letters of objection\n\n£1.2m in road works\n\n9 years of planning rows",
			"The scheme in numbers\n\n40 homes in four blocks\n\n52 parking spaces" })
	void leavesABoxOfFiguresUnderItsHeadingOut(String box) {
		ParsedArticle article = extract(page(box));
		assertThat(article.body()).contains("Neighbours had written", "The committee's chair said");
		for (String line : box.split("\n\n")) {
			assertThat(article.body()).doesNotContain(line);
		}
	}

	// deck37's look-alikes: a subheading over a list of things (no figures), a list a
	// colon introduces, "Key: value" sentences of the text, and a numbered heading of the
	// text under a box (which then stays whole, not cut above the heading) stay; and
	// (review37a) a recipe's quantities under their heading, counts of things, no box's
	// figures.
	@ParameterizedTest
	@ValueSource(strings = {
			"Ingredients\n\n8 chicken thighs\n\n600g new potatoes\n\n2 tbsp olive oil\n\n4 garlic cloves",
			"What the homes will have\n\nA garden for each house\n\nSolar panels on every roof\n\nA shared play area",
			"The scheme includes:\n\n40 homes in four blocks\n\n52 parking spaces\n\n12 affordable flats",
			"The vote\n\nFor: 6 councillors, most of them from the ruling group.\n\nAgainst: 4, with one abstention.",
			"Shop this project\n\nBrass radiator key, 2-pack\n\nPrice: £4.99\n\nStep 4: Open the valve",
			// box39: timed sentences of the text under a crosshead of six words
			"How the long evening went on\n\n6:10 p.m. The objection letters were read out.\n\n"
					+ "9:20 p.m. The committee voted at last.",
			// box40: counts of things under a heading that names no figures stay
			"What the scheme brings\n\n40 homes in four blocks\n\n52 parking spaces\n\n12 affordable flats" })
	void listsAndSentencesOfTheTextStay(String text) {
		ParsedArticle article = extract(page(text));
		for (String line : text.split("\n\n")) {
			if (!line.equals("The vote") && !line.equals("Shop this project")) {
				assertThat(article.body()).contains(line);
			}
		}
	}

	// box40: an evening's timed lines between two paragraphs, the one under them a short
	// sentence (blind17's "What's on"): the box leaves, the sentence stays.
	@Test
	void leavesTimedLinesOverAShortParagraphOut() {
		ParsedArticle article = extract(shortBelow("""
				What's on

				6pm  Doors open

				7pm  Debate on the plans

				9.15pm  Vote"""));
		assertThat(article.body())
			.contains("Neighbours had written", "The vote will be shown on the council's website.")
			.doesNotContain("What's on", "6pm  Doors open", "7pm  Debate", "9.15pm  Vote");
	}

	// Timed sentences of the text over the same short paragraph stay.
	@Test
	void keepsTimedSentencesOverAShortParagraph() {
		ParsedArticle article = extract(shortBelow("""
				How the evening will run

				6pm: The doors will open to the public.

				7pm: The debate on the plans will start."""));
		assertThat(article.body()).contains("6pm: The doors will open to the public.",
				"7pm: The debate on the plans will start.", "The vote will be shown on the council's website.");
	}

	private static String shortBelow(String box) {
		return page(box).replace("The committee's chair said",
				"The vote will be shown on the council's website.\n\nThe committee's chair said");
	}

}
