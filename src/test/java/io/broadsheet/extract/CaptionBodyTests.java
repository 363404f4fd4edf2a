package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A photo's caption without a credit set between two paragraphs, retelling the paragraph
 * above (blind16's footbridge): it leaves the body. And the look-alikes that must stay: a
 * short paragraph that picks up a phrase and says more, a quotation repeating the words,
 * two sentences, a short sentence under a line that is no paragraph.
 */
class CaptionBodyTests extends WholePageTests {

	private static String page(String middle) {
		return """
				Wessex Today

				News | Sport | Business | Things to do

				Local news

				New footbridge over the Lidd opens to walkers and cyclists at last

				By Harriet Penrose

				3 December 2026

				The £6.4m Ashcombe Footbridge opened on Thursday morning, almost two years later than planned, linking the town centre with the new housing estate.

				Dozens of residents crossed as soon as the barriers were removed, and pupils from Lidd Meadows Primary School cut the ribbon with the mayor, Cllr Joan Tessier.

				%s

				The project ran late after engineers found old mine workings under the northern ramp, and the cost rose from the original £4.9m.

				Lights on the bridge will be switched on from dusk until midnight, and a second ramp for wheelchair users will open in the spring.

				More local news

				Christmas market returns to Ashcombe square - 5 hours ago
				"""
			.formatted(middle);
	}

	@Test
	void leavesACaptionRetellingTheParagraphAboveOut() {
		ParsedArticle article = extract(
				page("Pupils from Lidd Meadows Primary School cut the ribbon on the new bridge."));
		assertThat(article.body()).contains("Dozens of residents crossed", "The project ran late")
			.doesNotContain("ribbon on the new bridge");
	}

	// box40: a broadcaster's "Image caption," label before a caption between paragraphs
	// (blind17's flood scheme, dev's "Image caption About 40 bodies …").
	@ParameterizedTest
	@ValueSource(strings = { "Image caption, The new ramps were lifted into place in August",
			"Image caption The new ramps were lifted into place in August",
			"Media captionWatch: the first walkers cross the new bridge" })
	void leavesALabelledCaptionBetweenParagraphsOut(String caption) {
		ParsedArticle article = extract(page(caption));
		assertThat(article.body()).contains("Dozens of residents crossed", "The project ran late")
			.doesNotContain("ramps were lifted", "first walkers cross");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Image captions on the council's own website were written by pupils from Lidd Meadows in a design class.",
			"The mayor, Cllr Joan Tessier, had opposed the bridge when it was first proposed in 2019.",
			"\"Pupils from Lidd Meadows Primary School cut the ribbon,\" the mayor said.",
			"Pupils from Lidd Meadows Primary School cut the ribbon. Then it rained.",
			"Pupils from Lidd Meadows Primary School cut the ribbon with the mayor, who spoke for an hour." })
	void keepsTheTextsOwnShortParagraphs(String middle) {
		ParsedArticle article = extract(page(middle));
		assertThat(article.body()).contains(middle, "The project ran late");
	}

}
