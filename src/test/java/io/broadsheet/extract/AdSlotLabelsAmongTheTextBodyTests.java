package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chain paper's ad slots between the paragraphs, each marked by an "Article content"
 * line (blind20's and blind25's Canadian chain papers): the lines leave the body, and the
 * paragraphs above the first slots stay in it. A slot's label between two paragraphs
 * breaks no run of short sentences, so the article still starts at its first paragraph
 * when a newsletter's box stands lower down between the paragraphs. And the look-alike
 * that must stay: a sentence that names an article's content.
 */
class AdSlotLabelsAmongTheTextBodyTests extends WholePageTests {

	private static final String PAGE = """
			Ferry dock in Marten Cove to be rebuilt next summer | The Lakeshore Courier

			Skip to Content

			Lakeshore Courier

			Subscribe

			Sign In

			News

			Local News

			Sports

			Opinion

			Local News

			Ferry dock in Marten Cove to be rebuilt next summer

			The township says the old timber pilings can no longer carry the loaded ferry

			Author of the article:

			Priya Lindqvist

			Staff Reporter

			Published Dec 03, 2026  •  2 minute read

			The ferry dock in Marten Cove was built in 1951 and lengthened in 1978 for the larger car ferry. Photo by Priya Lindqvist /The Lakeshore Courier

			Article content

			The timber ferry dock that has served Marten Cove for seventy-five years will be torn out and rebuilt with steel pilings next summer.

			Township council voted 5-2 on Tuesday to replace the structure after divers found that several of its pilings had rotted through below the waterline.

			Article content

			Sign up to receive daily headline news from The Lakeshore Courier.

			Sign Up

			"We have patched that dock every spring for a decade, and the divers told us plainly that patching is over," said Reeve Tomas Aaltonen. "The ferry is the only road to the island in summer, and we cannot ask the families out there to wait another year for it."

			Article content

			The ferry will run from the marina's fuel dock while the work is done. The township expects the new dock to open before the Labour Day weekend, and it has asked the province to share the cost of the work.

			Share this Story : Ferry dock in Marten Cove to be rebuilt next summer

			Copy Link

			Email

			Facebook

			Trending

			Township approves snow clearing budget

			Comments

			© 2026 Lakeshore Courier. All rights reserved.
			""";

	@Test
	void leavesArticleContentLinesOutAndKeepsTheFirstParagraphs() {
		ParsedArticle article = extract(PAGE);
		assertThat(article.body()).startsWith("The timber ferry dock that has served Marten Cove")
			.contains("Township council voted 5-2", "said Reeve Tomas Aaltonen")
			.doesNotContain("Article content")
			.endsWith("to share the cost of the work.");
	}

	@Test
	void keepsASentenceNamingAnArticlesContent() {
		ParsedArticle article = extract(PAGE.replace("""
				Article content

				The ferry will run""", """
				Article content was checked with the township before it was printed.

				The ferry will run"""));
		assertThat(article.body()).contains("Article content was checked with the township before it was printed.")
			.endsWith("to share the cost of the work.");
	}

}
