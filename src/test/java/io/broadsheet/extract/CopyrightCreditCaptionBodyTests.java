package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A photo's caption whose credit opens with the copyright sign ("… at dawn. © Jane Roe /
 * Harbour Press") is no paragraph of the article, over its first paragraph or between
 * two: it leaves the body, and the date line above it with it. A paragraph that closes
 * with a copyright notice after its sentences, and text whose accents were decoded as
 * "Ã©", stay.
 */
class CopyrightCreditCaptionBodyTests extends WholePageTests {

	private static String page(String caption, String middle, String last) {
		return """
				Ferry crew rescue kayaker off Gull Point – Coastwise

				Coastwise

				News

				Boats

				Subscribe

				News

				Ferry crew rescue kayaker off Gull Point

				posted November 30th, 2026 by Tom Arkwright

				%s

				The crew of the morning ferry to Gull Island pulled a kayaker from the water on Sunday after spotting his upturned boat half a mile off the point.

				The man, who had been in the water for about twenty minutes, was wrapped in blankets and taken to the harbour, where paramedics were waiting.

				%s

				The ferry's captain, Ruth Calder, said the crew had practised the drill only a week before. "Everyone knew what to do," she said.

				%s

				Share this:

				Facebook

				Email

				Coastwise is published by Saltmarsh Media Ltd.
				"""
			.formatted(caption, middle, last);
	}

	private static final String CAPTION = "The Gull Island ferry leaves the harbour at first light. © Ewan Doyle / Gull Island Ferries";

	private static final String MIDDLE = "The harbour master said the water was about nine degrees at the time.";

	private static final String LAST = "The coastguard has asked paddlers to carry a radio and to tell someone ashore where they are going.";

	@Test
	void leavesACaptionWithACopyrightCreditOverTheTextOut() {
		ParsedArticle article = extract(page(CAPTION, MIDDLE, LAST));
		assertThat(article.body()).startsWith("The crew of the morning ferry")
			.endsWith("where they are going.")
			.doesNotContain("Ewan Doyle", "first light", "posted November");
	}

	@Test
	void leavesACaptionWithACopyrightCreditBetweenParagraphsOut() {
		ParsedArticle article = extract(
				page(CAPTION, "A paramedic checks the kayaker on the quay. © Coastguard", LAST));
		assertThat(article.body()).contains("paramedics were waiting.", "\"Everyone knew what to do,\" she said.")
			.doesNotContain("checks the kayaker", "© Coastguard");
	}

	@Test
	void keepsALastParagraphClosedByACopyrightNotice() {
		String last = LAST + " Volunteers will hand out free whistles at the harbour on Saturday morning between nine"
				+ " and noon, and the lifeboat station will be open to visitors for the whole of the weekend,"
				+ " with talks on the hour about cold water and what to do if you fall in. Last updated 30/11/2026"
				+ " © ALL RIGHTS RESERVED";
		ParsedArticle article = extract(page(CAPTION, MIDDLE, last));
		assertThat(article.body()).contains("free whistles at the harbour");
	}

	@Test
	void keepsALineWhoseAccentWasDecodedAsACopyrightSign() {
		ParsedArticle article = extract(page(CAPTION, "The kayaker, AndrÃ©s Ortega, thanked the crew", LAST));
		assertThat(article.body()).contains("AndrÃ©s Ortega");
	}

}
