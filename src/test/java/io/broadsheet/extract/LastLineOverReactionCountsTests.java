package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post's last line right over its row of reactions, a button over its count ("Like"
 * over "17"), stays in the body though its words would read as a site's prompt ("Thank
 * you for …", blind22's crowdfunding update). And the look-alikes that stay out: a prompt
 * of two sentences, a newsletter's sign-up line, a line over a row of buttons with no
 * count.
 */
class LastLineOverReactionCountsTests extends WholePageTests {

	private static final String REACTIONS = """
			Like

			17

			""";

	private static String page(String last, String row) {
		return """
				Update #3: The beds are built · Northside Growing Space

				Northside Growing Space: a shared garden on the old bowling green

				Campaign

				Rewards

				FAQ

				Updates 3

				Comments 41

				Community

				Back this project

				Update #3

				The beds are built

				Hannah Oyelaran

				Creator

				November 20, 2026

				Twelve raised beds now stand where the bowling green used to be, built over three weekends by forty volunteers from the estate and the primary school next door, most of them on the two dry Sundays we had in October.

				The timber came from a sawmill in the next valley, and the soil was delivered on Tuesday after the council cleared the old pavilion's rubble.

				We will plant the first winter vegetables on Saturday, and every backer who pledged for a bed can choose what grows in theirs by the end of the month.

				We know some of you hoped to see the beds planted before the first frost. We hoped so too, but the soil came two weeks late because the quarry that supplies it closed for repairs, and we would rather wait than fill the beds with cheap topsoil.

				%s

				%sComments 4

				Back this project

				Report this project

				Creator

				Hannah Oyelaran

				2 created · 9 backed
				"""
			.formatted(last, row);
	}

	@Test
	void keepsAThankYouLineOverALikeButtonAndItsCount() {
		ParsedArticle article = extract(
				page("Thank you for carrying this garden with us through a wet autumn.", REACTIONS));
		assertThat(article.body()).startsWith("Twelve raised beds")
			.endsWith("Thank you for carrying this garden with us through a wet autumn.")
			.doesNotContain("Like", "17", "Comments 4", "Back this project");
	}

	@Test
	void keepsAPlainLastLineOverTheCounts() {
		ParsedArticle article = extract(page("The first harvest is planned for March.", REACTIONS));
		assertThat(article.body()).endsWith("The first harvest is planned for March.").doesNotContain("Like", "17");
	}

	@Test
	void leavesAPromptOfTwoSentencesOverTheCountsOut() {
		ParsedArticle article = extract(page("Thanks for reading! Share this update with your neighbours.", REACTIONS));
		assertThat(article.body()).endsWith("with cheap topsoil.").doesNotContain("Thanks for reading", "Like");
	}

	@Test
	void leavesANewsletterLineOverTheCountsOut() {
		ParsedArticle article = extract(
				page("Sign up to our newsletter to get every update in your inbox.", REACTIONS));
		assertThat(article.body()).endsWith("with cheap topsoil.").doesNotContain("newsletter");
	}

	@Test
	void leavesANoticeLineOverTheCountsOut() {
		// review45a: a cookie or terms notice is the site's, whatever row stands under it
		ParsedArticle cookies = extract(page("This site uses cookies to improve your experience.", REACTIONS));
		assertThat(cookies.body()).endsWith("with cheap topsoil.").doesNotContain("cookies", "Like");
		ParsedArticle terms = extract(page("Terms and conditions apply to every reward.", REACTIONS));
		assertThat(terms.body()).endsWith("with cheap topsoil.").doesNotContain("Terms and conditions", "Like");
	}

	@Test
	void leavesShortSitePromptsOverTheCountsOut() {
		// review45a's look-alikes, left out as before
		for (String prompt : new String[] { "Thanks for reading.", "Subscribe today.", "All rights reserved.",
				"Follow us on Instagram for more photos of the beds." }) {
			assertThat(extract(page(prompt, REACTIONS)).body()).endsWith("with cheap topsoil.");
		}
	}

	@Test
	void leavesAThankYouLineOverButtonsWithNoCountOut() {
		ParsedArticle article = extract(page("Thank you for carrying this garden with us through a wet autumn.", """
				Share this:

				Like this:

				Loading...

				"""));
		assertThat(article.body()).endsWith("with cheap topsoil.").doesNotContain("Thank you for carrying", "Like");
	}

}
