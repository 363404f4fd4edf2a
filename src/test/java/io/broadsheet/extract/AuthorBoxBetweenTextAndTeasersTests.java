package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round sign42: an "About the author" box between the article's text and the teasers
 * under it. The located text stops above the box and the tail is read from the teasers'
 * heading: the box's name line is still the writer's.
 */
class AuthorBoxBetweenTextAndTeasersTests extends WholePageTests {

	private static final String PAGE = """
			Civic Ledger

			News

			Explainers

			Local

			Explainers

			What the new parking permits mean for residents

			From April, paper permits go digital. Here are the answers to the questions readers asked most.

			Updated March 1, 2026, 6:00 AM ET

			Originally published February 26, 2026

			In this article:

			What is changing?

			Who can register?

			What does it cost?

			What about visitors?

			Since we first wrote about the change last week, dozens of readers have written to ask what it means for them and their visitors. We have gathered the most common questions here and will update this page as the council answers more of them.

			What is changing?

			From April, the city will stop printing paper parking permits. Residents will register their number plate online instead, and wardens will check it with a handheld scanner rather than looking for a paper slip behind the windscreen.

			Who can register?

			Every household in a permit zone can register up to two cars online. Residents without internet access can register at the library, which will help them fill in the form.

			Read more: How to pay a parking fine without a stamp

			What does it cost?

			A permit costs £60 a year, the same as the paper one did. Blue badge holders keep their free permits but must register their badge number as well as their plate.

			What about visitors?

			Visitors' passes can be bought by the day on the council's website or by phone. A household may buy up to fifty days of passes a year, as it could before.

			Have a question we didn't answer? Email us at questions@civicledger.example.

			%s

			More explainers

			How the new bin collection rota works

			Feb 20, 2026

			What the library's longer opening hours mean for students

			Feb 12, 2026

			Civic Ledger is a nonprofit newsroom. © 2026 Civic Ledger
			""";

	private static final String BOX = """
			About the author

			Dana Whitfield

			Dana Whitfield covers transport and housing for Civic Ledger. She previously reported for newspapers in Ohio.

			dana.whitfield@civicledger.example""";

	@Test
	void nameLineOfTheAuthorBoxAboveTheTeasersIsTheWriter() {
		ParsedArticle article = extract(PAGE.formatted(BOX));
		assertThat(article.authorNames()).containsExactly("Dana Whitfield");
		assertThat(article.body()).endsWith("as it could before.").doesNotContain("Dana Whitfield");
	}

	// A page without the box names no one: the teasers' headlines are no writers.
	@Test
	void pageWithoutTheBoxNamesNoOne() {
		assertThat(extract(PAGE.formatted("Share this article")).authorNames()).isEmpty();
	}

	// A byline over the text is the writer's still, whoever the box under it names.
	@Test
	void bylineOverTheTextWinsOverTheBox() {
		String page = PAGE.formatted(BOX).replace("Updated March 1, 2026", "By Tom Hale\n\nUpdated March 1, 2026");
		assertThat(extract(page).authorNames()).containsExactly("Tom Hale");
	}

}
