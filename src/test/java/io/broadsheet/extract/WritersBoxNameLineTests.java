package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head53: a writer's box under the text, "About the author" over the writer's name
 * alone on its line and a bio sentence opening with the name, inside the run the locator
 * found (blind26's packaging magazine). The name line held the writer's surname, so the
 * bio under it read as a remark on someone the article names, the walk up from the page's
 * end stopped there, and the heading stayed as the body's last line. A line that is the
 * name alone is the box's, no sentence of the article's.
 */
class WritersBoxNameLineTests extends WholePageTests {

	private static final String PAGE = """
			Bakery Equipment Weekly: Family bakery in Lanark swaps gas ovens for electric deck ovens

			Bakery Equipment Weekly

			News

			Equipment

			Energy

			Events

			Family bakery in Lanark swaps gas ovens for electric deck ovens

			by Morag Tulloch | Nov 27, 2026 | Energy

			A family bakery in Lanark has replaced the three gas ovens it used for forty years with electric deck ovens, cutting its energy bill by about a fifth in the first two months.

			Hislop's Bakery, which sells bread and pies from two shops in the town, paid for the new ovens with a loan from a regional energy fund and a grant from the local council.

			Owner Callum Hislop said the biggest change had been learning how the new ovens hold their heat. "For the first fortnight our morning rolls came out pale, and the regulars let us know about it," he said.

			The bakery now bakes its bread overnight, when electricity is cheaper, and uses the heat left in the ovens in the morning for its pies and tray bakes.

			The energy fund says it has lent money to eleven bakeries in the region this year and plans to open a second round of loans in the spring.

			%s

			Upcoming events

			Bakery Equipment Live, Glasgow, 3-4 February 2027

			Craft Bakers' Forum, online, 18 March 2027

			Bakery Equipment Weekly is published by Oven Lane Media Ltd.

			Privacy

			Terms

			Contact

			© 2026 Oven Lane Media
			""";

	@Test
	void theWritersBoxHeadingLeavesWithItsNameLineAndBio() {
		ParsedArticle article = extract(PAGE.formatted(
				"""
						About the author

						Morag Tulloch

						Morag Tulloch is news editor of Bakery Equipment Weekly and has reported on the baking trade for nine years.
						"""));
		assertThat(article.body()).endsWith("plans to open a second round of loans in the spring.")
			.doesNotContain("About the author")
			.doesNotContain("news editor of Bakery Equipment Weekly");
		assertThat(article.authors().value()).containsExactly("Morag Tulloch");
	}

	// Look-alike: the person the text quotes, named again alone on a line over a sentence
	// about them: the text names them before, so the sentence is the article's and stays.
	@Test
	void aSentenceOnSomeoneTheTextNamesStays() {
		ParsedArticle article = extract(PAGE.formatted(
				"""
						Callum Hislop

						Callum Hislop is the third generation of his family to run the bakery, which his grandfather opened in 1951.
						"""));
		assertThat(article.body()).contains(
				"Callum Hislop is the third generation of his family to run the bakery, which his grandfather opened in 1951.");
	}

}
