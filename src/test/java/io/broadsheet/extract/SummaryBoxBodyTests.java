package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boxes that sum an article up, a heading the language files name ("Key findings", "Key
 * points") over a few list items, set between the text's paragraphs or over them
 * (blind15's study, blind13's live page): the box leaves the body, the text stays. And
 * the look-alikes that must stay: a list the text introduces with a colon, a crosshead of
 * the same words over paragraphs, a list under another heading.
 */
class SummaryBoxBodyTests extends WholePageTests {

	private static String page(String middle) {
		return """
				Science Daily Record

				Health  Space  Environment  Animals

				Animals

				Cats can tell their owners' voices from strangers', study finds

				By Rachel Imbert, Science Editor

				2026-12-02 14:00 UTC

				Cats recognise the voice of the person who feeds them and ignore strangers saying the same words, according to a new study.

				Researchers at the University of Coldmere recorded 30 owners and 30 strangers calling the names of 24 pet cats in their own homes.

				%s

				The cats moved their ears and heads towards their owners' voices far more often than towards strangers', the team found.

				"People assume cats are not listening, but they are simply choosing not to answer," said Dr Helena Marsh, who led the study.

				The team now plans to test whether cats can tell recorded voices from live ones.

				Share this article

				Related stories

				Dogs read our faces, Japanese team says - 2 weeks ago

				About  Contact  Privacy
				"""
			.formatted(middle);
	}

	@Test
	void leavesAKeyFindingsBoxBetweenParagraphsOut() {
		ParsedArticle article = extract(page("""
				Key findings

				- Cats turned towards their owner's voice in 78% of trials

				- Strangers saying the same words drew no response

				- The effect held for cats living with several people"""));
		assertThat(article.body()).startsWith("Cats recognise the voice")
			.contains("Researchers at the University", "The cats moved their ears", "live ones.")
			.doesNotContain("Key findings", "78% of trials", "drew no response", "several people");
	}

	@Test
	void leavesAKeyPointsBoxOfBulletsOut() {
		ParsedArticle article = extract(page("""
				Key points:

				• Owners' voices drew a response

				• Strangers' voices did not"""));
		assertThat(article.body()).contains("Researchers at the University", "The cats moved their ears")
			.doesNotContain("Key points", "Owners' voices drew", "Strangers' voices did not");
	}

	@Test
	void keepsAListTheTextIntroducesWithAColon() {
		ParsedArticle article = extract(page("""
				The team tested three things:

				- whether cats turned towards the voice

				- whether they moved their ears

				- whether they came to the speaker"""));
		assertThat(article.body()).contains("The team tested three things:", "- whether cats turned towards the voice",
				"- whether they came to the speaker");
	}

	@Test
	void keepsACrossheadOfTheSameWordsOverParagraphs() {
		ParsedArticle article = extract(
				page("""
						Key findings

						The strongest response came from cats that lived with one person, who turned towards their owner's voice in almost every trial, the researchers said."""));
		assertThat(article.body()).contains("Key findings", "The strongest response came from cats");
	}

	@Test
	void keepsAListUnderAnotherHeading() {
		ParsedArticle article = extract(page("""
				What the cats heard

				- their own name

				- a food word

				- a stranger's name"""));
		assertThat(article.body()).contains("What the cats heard", "- their own name", "- a stranger's name");
	}

	// box39: a box of items that each stand alone under a heading of other words,
	// between two paragraphs of running text (blind16's "Stay safe in the heat").
	@Test
	void leavesABoxOfItemsBetweenParagraphsOut() {
		ParsedArticle article = extract(page("""
				Helping a shy cat settle in

				- Let it come to you in its own time

				- Speak softly and keep your hands still

				- Offer a treat at arm's length"""));
		assertThat(article.body()).contains("Researchers at the University", "The cats moved their ears")
			.doesNotContain("Helping a shy cat", "Let it come to you", "Offer a treat");
	}

	// Its look-alikes: the same items under a short line of the text, not a paragraph,
	// items under a heading that a colon ends, and the text's numbered or bulleted
	// sentences under a crosshead (blind9's newsletter, "Three things to know this
	// week").
	@ParameterizedTest
	@ValueSource(strings = { "That was the plan.\n\nWhat the cats heard\n\n- Their own name\n\n- A food word",
			"What the cats heard:\n\n- Their own name\n\n- A food word\n\n- A stranger's name",
			"Three things the team found\n\n1. Cats turned to their owners. Most did so at once.\n\n"
					+ "2. Strangers drew no response at all.\n\n3. Older cats took longer to answer.",
			"What the cats heard\n\n- Their own name came first.\n\n- A food word came next." })
	void keepsItemsNotSetBetweenParagraphs(String middle) {
		ParsedArticle article = extract(page(middle));
		for (String line : middle.split("\n\n")) {
			assertThat(article.body()).contains(line);
		}
	}

	// review39a: the text's own list of things under a crosshead of its own, between two
	// paragraphs, its items opening with an article ("A", "The"), stays: a box's items
	// bid ("Let it come to you").
	@Test
	void keepsTheTextsOwnListOfThingsUnderACrosshead() {
		String middle = "What the study measured\n\n- The turn of each cat's ears\n\n"
				+ "- A move of the head towards the voice\n\n- The time each cat took to respond";
		ParsedArticle article = extract(page(middle));
		for (String line : middle.split("\n\n")) {
			assertThat(article.body()).contains(line);
		}
	}

}
