package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one test of a word list looked for anywhere in a text ({@link Texts#containsAny}),
 * which the disclaimer's marks and phrases, a newsletter's first words and a credit's
 * phrase words all ask: a part matches inside a longer word and as it is written, so the
 * callers lower-case or key the text as their parts are.
 */
class ContainsAnyPartTests {

	private static final String[] PARTS = { "does not constitute legal advice", "views expressed" };

	@Test
	void aPartAnywhereInTheTextIsFound() {
		assertThat(Texts.containsAny("this article does not constitute legal advice.", PARTS)).isTrue();
		assertThat(Texts.containsAny("the views expressed here are mine", PARTS)).isTrue();
		assertThat(Texts.containsAny("reviews expressed", new String[] { "views" })).isTrue();
	}

	@Test
	void noPartOrAnotherCaseIsNotFound() {
		assertThat(Texts.containsAny("The council met on Friday.", PARTS)).isFalse();
		assertThat(Texts.containsAny("Views Expressed", PARTS)).isFalse();
		assertThat(Texts.containsAny("anything", new String[0])).isFalse();
	}

	@Test
	void aDisclaimerIsReadByItsMarksOrItsPhrases() {
		assertThat(PublisherDetector.isDisclaimer("The views expressed are those of the author alone.")).isTrue();
		assertThat(PublisherDetector.isDisclaimer("This article is for general information only.")).isTrue();
		assertThat(PublisherDetector.isDisclaimer("Opinions do not necessarily reflect those of the paper.")).isTrue();
		assertThat(PublisherDetector.isDisclaimer("The views expressed at the meeting were mixed.")).isFalse();
	}

}
