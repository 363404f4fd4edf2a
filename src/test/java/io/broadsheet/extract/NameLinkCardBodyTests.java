package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site that shows a person's card over the link of a name saves it as text glued to the
 * name inside the sentence: the full name, the card's headlines, then its button in
 * capitals ("Rep. Dana WhitfieldDana Marie WhitfieldHeadline … MORE (D-Ore.) said …").
 * The card leaves the body and the sentence reads on from the name. A name glued to its
 * repeat with no button after it, a brand written with a capital inside a word and a
 * sentence that says "MORE" stay as they are.
 */
class NameLinkCardBodyTests extends WholePageTests {

	private static String page(String first) {
		return """
				Harbor town votes to widen the ferry pier – Capitol Wire

				Capitol Wire

				News

				Politics

				Harbor town votes to widen the ferry pier

				By Nora Whitcombe

				November 30, 2026

				%s

				The council approved the plan by seven votes to two on Monday night, after residents said the ferry had grown too busy for the pier it was built for in 1958.

				Work on the pier will start in March and should be finished before the summer season, the town's engineer told the meeting.

				The state will pay most of the cost, about $3.2 million, from a fund for coastal towns that lawmakers set up last year.

				Share this:

				Facebook

				Email

				Capitol Wire is published by Ledger Media Ltd.
				"""
			.formatted(first);
	}

	@Test
	void cutsANameLinksCardGluedIntoTheSentence() {
		ParsedArticle article = extract(page(
				"Rep. Dana WhitfieldDana Marie WhitfieldLawmakers split over coastal fund | Ferry fares to rise in spring Senate passes harbor dredging bill MORE (D-Ore.) said on Tuesday that the town's vote to widen its ferry pier would bring more visitors to the coast."));
		assertThat(article.body()).startsWith("Rep. Dana Whitfield (D-Ore.) said on Tuesday that the town's vote")
			.doesNotContain("Lawmakers split", "MORE");
	}

	@Test
	void cutsEveryCardOfAParagraph() {
		ParsedArticle article = extract(page(
				"Gov. Alan ReyesAlan James ReyesGovernor signs harbor bill MORE (R) and Sen. Maria CostaMaria CostaCosta backs ferry plan Senate votes on coastal fund MORE (D) both said on Tuesday that the town's vote to widen its ferry pier would bring more visitors."));
		assertThat(article.body()).startsWith("Gov. Alan Reyes (R) and Sen. Maria Costa (D) both said on Tuesday")
			.doesNotContain("Governor signs", "Costa backs");
	}

	@Test
	void keepsANameGluedToItsRepeatWithoutAButton() {
		String first = "Rep. Dana WhitfieldDana Whitfield said on Tuesday that the town's vote to widen its ferry pier would bring more visitors to the coast.";
		assertThat(extract(page(first)).body()).contains(first);
	}

	@Test
	void keepsABrandWithACapitalInsideAWordBeforeMore() {
		String first = "Ronald McDonald House and the iPhone maker's foundation will give MORE than half the cost of the new waiting room at the pier, the council said on Tuesday.";
		assertThat(extract(page(first)).body()).contains(first);
	}

}
