package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's own lines kept over or under the text (blind22's hyperlocal and alumni pages):
 * a caption whose credit is a name and an outlet in brackets joined by a slash, "(Jane
 * Roe/Riverside Now)", and a closing note on the writer that names them with a class
 * year, "Jane Roe ’15 is a writer in …", with a short line over the note that ends no
 * sentence (a prompt, "Share your news in Class Notes"); all leave the body. And the
 * look-alikes that must stay: a sentence closed by a pair of words in brackets
 * ("(English/French)"), the text's last sentence over the note, a closing sentence that
 * opens with someone else's name and class year.
 */
class SlashedCreditAndClassYearBodyTests extends WholePageTests {

	private static final String TEXT = """
			Volunteers who run the orchard behind the Oak Street school say someone cut down three young pear trees over the weekend, weeks before they were to be moved to a new plot.

			The trees had been grown from cuttings by pupils and were due to go to the community garden in the spring, according to orchard coordinator Wes Harlan.

			"The children watered these trees for two summers, and now they have to start again," Harlan said.

			Police said they were reviewing footage from a camera on the school building and asked anyone with information to call the tip line.

			The volunteers plan to plant new cuttings on Saturday and are asking neighbours for donations of tools.
			""";

	private static String newsPage(String overText) {
		return """
				Pear Trees Cut Down at School Orchard, Volunteers Say | Riverside Now

				Local News

				Pear Trees Cut Down at School Orchard, Volunteers Say

				By Jane Roe, Riverside Now Staff

				Posted Wed, Dec 2, 2026 at 3:14 pm ET

				%s

				%s
				Terms of Use

				© 2026 Riverside Now
				""".formatted(overText, TEXT);
	}

	@Test
	void leavesACaptionWithANameAndOutletCreditOut() {
		ParsedArticle article = extract(newsPage(
				"Volunteers at the Oak Street orchard found three pear trees cut down on Tuesday morning. (Jane Roe/Riverside Now)"));
		assertThat(article.body()).startsWith("Volunteers who run the orchard")
			.doesNotContain("Jane Roe/Riverside Now", "found three pear trees");
	}

	@Test
	void keepsASentenceClosedByAPairOfWordsInBrackets() {
		ParsedArticle article = extract(newsPage(
				"Volunteers at the Oak Street orchard have printed leaflets about the trees in two languages. (English/French)"));
		assertThat(article.body()).contains("printed leaflets about the trees in two languages. (English/French)");
	}

	private static String alumniPage(String note) {
		return """
				Ridgeway Magazine

				Alumni | Features | Class Notes

				The teacher who turned a school field into an orchard

				Story by Hannah Vale ’15

				Winter 2026

				Most mornings, Marta Oyelade is in the orchard before the first bell, with a ladder, a pair of shears and a class of nine-year-olds who want to help.

				She graduated from Ridgeway with a degree in biology in 2009 and went on to teach at a primary school in the city, planning to stay for a year.

				A summer spent on a fruit farm changed her mind. Today the school grows forty trees and sells its apples at the town market every autumn.

				"If the children can't go to the countryside, I bring the countryside to them," she says. "Some of them had never picked an apple."

				This year two Ridgeway students spent a month working with her. One has already applied to teach.

				%s
				"""
			.formatted(note);
	}

	@Test
	void endsTheBodyAboveTheWritersNoteWithAClassYear() {
		ParsedArticle article = extract(alumniPage("Hannah Vale ’15 is a writer in Madison, Wisconsin."));
		assertThat(article.body()).endsWith("One has already applied to teach.").doesNotContain("Madison");
	}

	@Test
	void leavesAPromptOverTheWritersNoteOut() {
		ParsedArticle article = extract(alumniPage("""
				Send us your own news for the next issue

				Hannah Vale ’15 writes about schools and farming."""));
		assertThat(article.body()).endsWith("One has already applied to teach.")
			.doesNotContain("Send us your own news", "writes about");
	}

	@Test
	void keepsTheTextsLastSentenceOverTheWritersNote() {
		ParsedArticle article = extract(alumniPage("""
				She hopes to plant ten more trees next year.

				Hannah Vale ’15 writes about schools and farming."""));
		assertThat(article.body()).endsWith("She hopes to plant ten more trees next year.")
			.doesNotContain("writes about");
	}

	@Test
	void keepsAClosingSentenceOnSomeoneElseWithAClassYear() {
		ParsedArticle article = extract(alumniPage(
				"Marta Oyelade ’09 still visits the campus every spring to talk to students about teaching."));
		assertThat(article.body()).endsWith("to talk to students about teaching.");
	}

}
