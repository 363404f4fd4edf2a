package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wire story's section rule, a line of underscores ("___"), stays in the body where it
 * stands between the paragraphs or right under the last (page40): the Associated Press
 * parts a story's sections and its contributors' note with it, and the labels of every
 * real page that has one (six of dev's) keep it. And the look-alikes that stay out: a
 * rule under a block the body left out, a line of dashes.
 */
class SectionRuleBodyTests extends WholePageTests {

	private static final String HEADER = """
			Carrow Evening News

			Home | News | Sport | Business

			What to watch as the harbour board meets on the ferry's future

			By Nadia Brook

			3 December 2026

			""";

	private static final String FIRST = """
			CARROW (AP) — The harbour board meets on Thursday to decide whether the ferry to the outer islands keeps running through the winter for the first time in a decade.

			Three questions hang over the meeting, and the answers will shape the islands' winter for years to come.

			""";

	private static final String SECOND = """
			WHO PAYS FOR THE NEW BOAT?

			The operator has asked the board to share the cost of the larger boat it says the winter crossings need, and the board's members are split on the request.

			""";

	@Test
	void keepsTheRuleBetweenTheSections() {
		ParsedArticle article = extract(HEADER + FIRST + "___\n\n" + SECOND
				+ """
						Tickets will cost the same as in the summer, and islanders will keep their discount of a third on every crossing.
						""");
		assertThat(article.body()).contains("years to come.\n\n___\n\nWHO PAYS FOR THE NEW BOAT?")
			.endsWith("on every crossing.");
	}

	@Test
	void keepsTheRuleUnderTheLastParagraph() {
		ParsedArticle article = extract(HEADER + FIRST + SECOND + """
				___

				Associated Press writers Ola Berg and Tom Reyes contributed to this report.

				Most Popular

				Council to vote on new harbour car park

				Island school reopens after storm repairs
				""");
		assertThat(article.body()).endsWith("the board's members are split on the request.\n\n___");
	}

	// Under a box the body leaves out (a donation prompt's), the rule is the box's.
	@Test
	void leavesARuleUnderAnOmittedBlockOut() {
		ParsedArticle article = extract(HEADER + FIRST + SECOND
				+ """
						Share this article

						___

						Tickets will cost the same as in the summer, and islanders will keep their discount of a third on every crossing.
						""");
		assertThat(article.body()).doesNotContain("___").contains("on every crossing.");
	}

	// A line of dashes is a page's ornament, no wire's rule.
	@Test
	void leavesALineOfDashesOut() {
		ParsedArticle article = extract(HEADER + FIRST + "-----\n\n" + SECOND);
		assertThat(article.body()).doesNotContain("---").contains("years to come.\n\nWHO PAYS");
	}

}
