package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that read a line in place, or only its first characters, answer as the copies
 * they replace did: a label before a spaced slash compared where it stands, a newsletter
 * phrase's first word looked for before the line's words are read out, a link to the next
 * article looked for in the first characters of a long block, and the labels inside a
 * date line ("… by Mia Lund") in any case.
 */
class InPlaceChecksTests extends WholePageTests {

	@Test
	void readsTheNamesAfterALabelThatEndsWithASpacedSlash() {
		assertThat(BylineDetector.byline("文 / 陈美玲")).containsExactly("陈美玲");
		assertThat(BylineDetector.byline("  文 /  陈美玲")).containsExactly("陈美玲");
		// the segment after a bar starts with its spaces
		assertThat(BylineDetector.byline("Politics |  文 / 陈美玲")).containsExactly("陈美玲");
		assertThat(BylineDetector.byline("记者 / 文 / 陈美玲")).containsExactly("陈美玲");
	}

	@Test
	void readsASlashThatEndsNoLabelAsASeparator() {
		assertThat(BylineDetector.byline("By Jane Roe / Staff")).containsExactly("Jane Roe");
		assertThat(BylineDetector.byline("News / By Jane Roe")).containsExactly("Jane Roe");
		assertThat(BylineDetector.byline("撰文 / 王小明 | 2026-03-01")).isNull();
	}

	@Test
	void findsANewsletterPhraseWhateverStandsBetweenItsWords() {
		assertThat(Boilerplate.isSignUpPrompt("Get new posts in your inbox. Sign up to our mailing list.")).isTrue();
		assertThat(Boilerplate.isSignUpPrompt("Get the stories first. Join our mailing,list today.")).isTrue();
		assertThat(Boilerplate.isSignUpPrompt("Sign up to our newsletter. Get it now.")).isTrue();
		assertThat(Boilerplate.isSignUpPrompt("Abonnez-vous à notre lettre d'information. Recevez-la chaque semaine."))
			.isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Get new posts in your inbox. Sign up to our mailing list.",
			"Sign up to our newsletter. Get it now.", "Support local journalism. Donate to Valley Public Radio today.",
			"The council sends a newsletter to 4,000 homes.", "Sign  up to our NEWSLETTER’s list. Get it now…",
			"Thanks to generous donations, the shelter reopened." })
	void readsABlockAsItsText(String text) {
		// a block's own key stands for the text's: the same answer either way, and for a
		// block over the prompt's length too
		String longer = text + " " + "More words follow here. ".repeat(12);
		assertThat(Boilerplate.isSignUpPrompt(new Paragraph(text, 1))).isEqualTo(Boilerplate.isSignUpPrompt(text));
		assertThat(Boilerplate.isSignUpPrompt(new Paragraph(longer, 1))).isEqualTo(Boilerplate.isSignUpPrompt(longer))
			.isFalse();
	}

	@Test
	void findsNoNewsletterPhraseInsideALongerWordOrInAReport() {
		assertThat(Boilerplate.isSignUpPrompt("Sign up to see the inboxes. Get the list here.")).isFalse();
		assertThat(Boilerplate.isSignUpPrompt("The council sends a newsletter to 4,000 homes.")).isFalse();
	}

	@Test
	void readsTheAuthorBoxUnderALongNextArticleLink() {
		String link = "Next articleSchool to open a new library on the old market square after the council "
				+ "agreed to fund its books, shelves and staff for the next ten years";
		assertThat(extract(authorBoxPage(link)).authorNames()).containsExactly("Mia Lund");
		assertThat(extract(authorBoxPage("›› " + link)).authorNames()).containsExactly("Mia Lund");
	}

	@Test
	void readsNoAuthorBoxUnderALinkThatStartsLaterInItsLine() {
		String link = "Read the next articleSchool to open a new library on the old market square after "
				+ "the council agreed to fund its books, shelves and staff for the next ten years";
		assertThat(extract(authorBoxPage(link)).authorNames()).isEmpty();
		assertThat(extract(authorBoxPage("Next articles on the library")).authorNames()).isEmpty();
	}

	// speed48: the inline labels after a date are compared in place, one lower-cased
	// character at a time; a line with a character that lower-cases otherwise in a
	// string (a capital sigma, a surrogate pair, 'İ') is lower-cased whole, as before.
	@Test
	void findsAnInlineLabelInAnyCaseWithoutCopyingTheLine() {
		assertThat(BylineDetector.afterBy("Posted on June 3, 2024 by Mia Lund")).containsExactly("Mia Lund");
		assertThat(BylineDetector.afterBy("POSTED ON JUNE 3, 2024 BY Mia Lund")).containsExactly("Mia Lund");
		assertThat(BylineDetector.afterBy("Stand: 26.10.2023 von Jan Weber")).containsExactly("Jan Weber");
		assertThat(BylineDetector.afterBy("Posted on June 3, 2024 byline Mia Lund")).isNull();
		assertThat(BylineDetector.afterBy("Posted on June 3, 2024")).isNull();
	}

	@Test
	void findsAnInlineLabelInALineLowerCasedWhole() {
		assertThat(BylineDetector.afterBy("ΣΗΜΕΡΑ June 3, 2024 by Mia Lund")).containsExactly("Mia Lund");
		assertThat(BylineDetector.afterBy("\uD83D\uDCC5 June 3, 2024 by Mia Lund")).containsExactly("Mia Lund");
	}

	// The writer's name line right under a link to the next article, no byline above.
	private static String authorBoxPage(String link) {
		return "Council approves road budget | The Ledger\nThe Ledger\nNews\n"
				+ "Council approves the budget for road repairs\nDec 2, 2026\n"
				+ "The council approved a budget of £4m for road repairs on Tuesday, after a winter of "
				+ "potholes that left several streets closed for weeks and drivers claiming for damage.\n\n"
				+ "The work will start in March with the worst roads in the town centre, and the council "
				+ "said it would publish a list of streets and dates on its website before then.\n\n" + link
				+ "\nMia Lund\nMore from this author\n";
	}

}
