package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The locator's second reading marks a short line as an aside (a teaser's headline, a
 * caption with its credit) only where looking past it can change what the context step
 * reads (speed51): between two furniture blocks, with no text between, a short line
 * smooths to furniture either way, and its aside check is not asked.
 */
class ShortAsidesTests {

	private static final String TEXT = """
			The council said the figures reflected a shortfall in its transport budget, with about twenty routes each week that had to be cut or run less often than before.

			Council leader Anna Pike said: "Nobody wanted these cuts. We are asking the county for more money, and we will restore the evening routes as soon as we can afford to."

			""";

	private static final String MORE_TEXT = """
			Bus operators said they had warned the council for months that the evening services could not run on the money it had set aside for them this year.

			""";

	private static final String MENU = "Home | News | Sport | Business | Weather | Opinion | Podcasts | Newsletters | Contact";

	private static final String FOOTER = "Privacy | Terms | Cookies | Accessibility | Advertise | Careers | Archive | Sitemap";

	private static final String TEASER = "MORE: Council delays the vote on the harbour bridge";

	private static ArticleLocator.Kind[][] classify(String page) {
		return ArticleLocator.classify(Paragraphs.split(page.split("\n", -1), 0));
	}

	private static int indexOf(String page, String opening) {
		return LeadAboveBoxTests.indexOf(Paragraphs.split(page.split("\n", -1), 0), opening);
	}

	@Test
	void leavesAShortTeaserBetweenTwoFurnitureBlocksUnmarked() {
		String page = TEXT + MENU + "\n\n" + TEASER + "\n\n" + FOOTER + "\n";
		ArticleLocator.Kind[][] kinds = classify(page);
		int teaser = indexOf(page, TEASER);
		assertThat(new Paragraph(TEASER, 1).isAside()).isTrue();
		assertThat(kinds[1][teaser - 1]).isEqualTo(ArticleLocator.Kind.BAD);
		assertThat(kinds[1][teaser + 1]).isEqualTo(ArticleLocator.Kind.BAD);
		assertThat(kinds[1][teaser]).isEqualTo(ArticleLocator.Kind.SHORT);
		// furniture either way: the teaser smooths as an aside would
		assertThat(ArticleLocator.smooth(kinds[1])[teaser]).isEqualTo(ArticleLocator.Kind.BAD);
	}

	@Test
	void marksAShortTeaserWithTextOnEitherSide() {
		// between two paragraphs of the text, and between the text and furniture
		for (String page : List.of(TEXT + TEASER + "\n\n" + MORE_TEXT, TEXT + TEASER + "\n\n" + FOOTER + "\n",
				MENU + "\n\n" + TEASER + "\n\n" + MORE_TEXT)) {
			assertThat(classify(page)[1][indexOf(page, TEASER)]).as(page).isEqualTo(ArticleLocator.Kind.ASIDE);
		}
	}

	@Test
	void marksAShortTeaserBetweenFurnitureWithTextBetween() {
		// a paragraph between the teaser and the menu below opens the teaser's side
		String page = TEXT + MENU + "\n\n" + TEASER + "\n\n" + MORE_TEXT + FOOTER + "\n";
		assertThat(classify(page)[1][indexOf(page, TEASER)]).isEqualTo(ArticleLocator.Kind.ASIDE);
	}

}
