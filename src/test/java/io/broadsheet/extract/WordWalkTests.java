package io.broadsheet.extract;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one walk over a text's words ({@link Texts#holdsWord}) that a writer's note's role
 * and speech verb, a site notice's subject and speech verb and a report line's office
 * word all ask (tidy47): a word is a run of letters and hyphens, so a joined word
 * ("co-founder", "value-added") is matched whole and never by one of its parts.
 */
class WordWalkTests {

	private static final Set<String> WORDS = Set.of("co-founder", "said", "captain");

	private static boolean holds(String text) {
		return Texts.holdsWord(text, (start, end) -> WORDS.contains(text.substring(start, end)));
	}

	@Test
	void aWordBetweenPunctuationOrSpacesIsFound() {
		assertThat(holds("she said, later")).isTrue();
		assertThat(holds("(captain)")).isTrue();
		assertThat(holds("said")).isTrue();
		assertThat(holds("the co-founder of the club")).isTrue();
	}

	@Test
	void aPartOfAJoinedOrLongerWordIsNotFound() {
		assertThat(holds("the founder of the club")).isFalse();
		assertThat(holds("a well-said line")).isFalse();
		assertThat(holds("vice-captain")).isFalse();
		assertThat(holds("unsaid")).isFalse();
		assertThat(holds("")).isFalse();
	}

	@Test
	void theBoundedWalkEndsAWordAtItsEnd() {
		String text = "they said captains";
		assertThat(Texts.holdsWord(text, 0, 13, (start, end) -> WORDS.contains(text.substring(start, end)))).isTrue();
		assertThat(Texts.holdsWord(text, 0, 9, (start, end) -> text.substring(start, end).equals("said"))).isTrue();
		assertThat(Texts.holdsWord(text, 0, 8, (start, end) -> text.substring(start, end).equals("said"))).isFalse();
		assertThat(Texts.holdsWord(text, 10, 18, (start, end) -> text.substring(start, end).equals("said"))).isFalse();
	}

	@Test
	void aSiteNoticeReadsAJoinedWordWhole() {
		// "value-added" is no verb of saying: the sentence is the site's own notice
		assertThat(PublisherDetector.isDisclaimer("Our value-added tool is for general information only.")).isTrue();
		// look-alikes, as they were: a verb of saying, or no word naming the site's
		// pieces
		assertThat(PublisherDetector.isDisclaimer("Our tool, the bank added, is for general information only."))
			.isFalse();
		assertThat(PublisherDetector.isDisclaimer("The bank said the tool is for general information only.")).isFalse();
		assertThat(PublisherDetector.isDisclaimer("Our tool is for general information only.")).isTrue();
	}

	@Test
	void aWritersNoteReadsAJoinedRoleWhole() {
		assertThat(BioDetector.hasRole("co-founder of the paper")).isTrue();
		assertThat(BioDetector.hasRole("editor-in-chief")).isTrue();
		assertThat(BioDetector.hasRole("a walk along the river")).isFalse();
	}

}
