package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence of the article that reads as furniture for its few stop words (names, nouns,
 * figures) no longer ends the article above it when text stands on both sides of it
 * (blind14's airline delay and house-price explainer, blind3's town-hall story). And the
 * look-alikes under the text that must stay out: a table and its source line over the
 * footer, a source line that is the article's end, a teaser, a footer's sentence of few
 * stop words.
 */
class SparseSentenceTests extends WholePageTests {

	// A whole page: a masthead and a menu over the article, a share bar, a teaser list
	// and a footer under it.
	private static String page(String end) {
		return """
				Walkers stranded for six hours after cable car breaks down | The Fell Gazette

				The Fell Gazette

				News  Sport  Travel  Outdoors  Opinion

				Travel

				Walkers stranded for six hours after cable car breaks down

				By Owen Marsh

				Sat 5 Dec 2026 18.20 GMT

				Share on Facebook  Share on X  Copy link

				More than forty walkers were left waiting at the top station of the Scarbeck cable car for six hours on Saturday after a fault in the drive wheel stopped the cabins halfway through the afternoon, and the last of them came down in the dark.

				The operator said the cabins had to stay where they were until an engineer could reach the machine room and check that it was safe for them to move again, which took most of the afternoon while the walkers waited in the cold at the top.

				%s

				Most read

				Ferry fares to rise in spring

				New car park opens at the lakes

				Lake steamers to run all winter

				Mountain rescue calls rise again

				About us  |  Contact  |  Advertise

				Terms  |  Privacy  |  Cookies

				© 2026 The Fell Gazette
				"""
			.formatted(end);
	}

	@Test
	void keepsASentenceOfFewStopWordsWithTextUnderIt() {
		ParsedArticle article = extract(
				page("""
						Fellow walker Priya Nair, 34, said families with small children had waited three hours without food or shelter.

						A spokesperson for the operator said that it was sorry for the delay and that it would refund every ticket that was bought for the day.

						The cable car is expected to open again on Monday once the drive wheel has been replaced.
						"""));

		assertThat(article.body()).contains("Fellow walker Priya Nair")
			.endsWith("once the drive wheel has been replaced.")
			.doesNotContain("Most read");
	}

	@Test
	void keepsTheTextUnderATableItsSourceAPromptAndASparseSentence() {
		ParsedArticle article = extract(
				page("""
						Station | Waiting time | Walkers

						Top station | 6 hours | 41

						Middle station | 2 hours | 12

						Source: Scarbeck Lifts Ltd

						Get our Outdoors newsletter every Friday. Sign up here

						What happens now?

						Engineers say worn bearings, cold weather and an ageing drive motor probably caused Saturday's breakdown.

						The operator said that it would look again at how it checks the machine room in winter, and that it would tell walkers as soon as the new wheel was in place.
						"""));

		assertThat(article.body()).contains("Engineers say worn bearings")
			.endsWith("as soon as the new wheel was in place.")
			.doesNotContain("Top station | 6 hours");
	}

	@Test
	void leavesATableAndItsSourceUnderTheLastParagraphOut() {
		ParsedArticle article = extract(
				page("""
						It was the third time this year that the cable car had stopped with walkers at the top station, and the first time that it had stopped for more than an hour.

						Station | Waiting time | Walkers

						Top station | 6 hours | 41

						Middle station | 2 hours | 12

						Source: Scarbeck Lifts Ltd
						"""));

		assertThat(article.body()).endsWith("for more than an hour.").doesNotContain("Source: Scarbeck");
	}

	@Test
	void leavesASourceLineUnderTheArticlesEndOut() {
		ParsedArticle article = extract(
				page("""
						It was the third time this year that the cable car had stopped with walkers at the top station, and the first time that it had stopped for more than an hour.

						Source: Scarbeck Lifts Ltd, Cumbria Mountain Rescue, Fell Gazette research.
						"""));

		assertThat(article.body()).endsWith("for more than an hour.").doesNotContain("Source:");
	}

}
