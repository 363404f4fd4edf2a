package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader poll a page sets between the article's paragraphs or under its last one
 * (blind34's Gisborne rodeo page): a question, perhaps after its label, over two to six
 * short answers and the poll's buttons ("Vote", "View results"; "Abstimmen", "Ergebnisse
 * anzeigen"; "Voter"). The poll leaves the body, the text around it stays. And the
 * look-alikes that stay: the text's own question over a short list with no button under
 * it, and a question over more short lines than a poll holds.
 */
class ReaderPollBodyTests extends WholePageTests {

	private static final String FIRST = "The Kowhai Bay community hall will open on Sunday afternoons from February, "
			+ "after the hall committee agreed to a trial at its meeting on Tuesday night.";

	private static final String SECOND = "\"We have had more requests for Sunday bookings this year than in the "
			+ "last five put together,\" said the committee's chair, Mere Tipene.";

	private static final String THIRD = "The hall will be staffed by volunteers, and the committee is asking for "
			+ "twelve more people to put their names down for a Sunday shift.";

	private static final String LAST = "The trial will run until the end of June, when the committee will decide "
			+ "whether to keep the hall open on Sundays for good.";

	private static String page(String poll, boolean under) {
		String page = """
				Kowhai Bay Herald
				News
				Sport
				Community
				Community hall to open on Sundays in trial
				By Aroha Walker
				Thursday, 3 December 2026
				%s
				%s
				%s
				%s
				%s
				Comments
				Share this story
				© 2026 Kowhai Bay Herald
				""".formatted(FIRST, SECOND, under ? THIRD : poll, under ? LAST : THIRD, under ? poll : LAST);
		return page.replace("\n", "\n\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Poll: Should the hall open on Sundays?\nYes\nNo\nNot sure\nVote\nView results",
			"POLL: Will you book the hall on a Sunday?\nYes\nNo\nVote",
			"Which day suits you best?\nSaturday\nSunday\nEither day\nNeither\nSubmit",
			// other languages' buttons, read on every page
			"Umfrage: Soll die Halle sonntags öffnen?\nJa\nNein\nWeiß nicht\nAbstimmen\nErgebnisse anzeigen",
			"Sondage : la salle doit-elle ouvrir le dimanche ?\nOui\nNon\nVoter",
			"Encuesta: ¿Debe abrir el salón los domingos?\nSí\nNo\nVotar\nVer resultados",
			// the buttons of review57a's probes: Turkish, the Arabic verb without its
			// shadda, a longer English button
			"Anket: Salon pazar günleri açık olmalı mı?\nEvet\nHayır\nOy ver",
			"هل تؤيد فتح القاعة يوم الأحد؟\nنعم\nلا\nصوت",
			"Should the hall open on Sundays?\nYes, every week\nNo\nSubmit your vote" })
	void leavesAPollBetweenParagraphsOut(String poll) {
		ParsedArticle article = extract(page(poll, false));
		assertThat(article.body()).as(poll)
			.contains(FIRST, SECOND, THIRD, LAST)
			.doesNotContain(poll.substring(0, poll.indexOf('\n')))
			.doesNotContain("\n\nNo\n\n", "\n\nNein\n\n", "Vote", "Abstimmen", "Voter", "Votar", "Submit");
	}

	// Under the text's last paragraph the poll leaves, and the text above it stays whole.
	@Test
	void leavesAPollUnderTheTextsEndOutAndEndsNothing() {
		ParsedArticle article = extract(
				page("Poll: Should the hall open on Sundays?\nYes\nNo\nVote\nView results", true));
		assertThat(article.body()).startsWith(FIRST).endsWith(LAST).doesNotContain("Poll", "View results");
	}

	// The text's own question over a short list, with no button under it, is the text.
	@Test
	void keepsTheTextsQuestionOverAShortListWithoutAButton() {
		String list = "What will the hall offer on Sundays?\nA café\nA toy library\nA craft market";
		ParsedArticle article = extract(page(list, false));
		assertThat(article.body()).contains(FIRST, SECOND, THIRD, LAST).contains(list.split("\n"));
	}

	@Test
	void leavesAPollOutOnTheStage() {
		List<Paragraph> blocks = CreditedCaptionBodyTests.blocks(FIRST, "Poll: Should the hall open on Sundays?", "Yes",
				"No", "Maybe", "Vote", "View results", SECOND);
		boolean[] removed = new boolean[blocks.size()];
		Insets.removePolls(blocks, 0, blocks.size(), removed);
		assertThat(removed).containsExactly(false, true, true, true, true, true, true, false);
	}

	// More short lines under a question than a poll holds are a list, though a button's
	// word ends it; and a button under no question closes a form ("Name", "Email",
	// "Submit").
	@Test
	void keepsALongListAndAFormOnTheStage() {
		List<Paragraph> blocks = CreditedCaptionBodyTests.blocks(FIRST, "Who will run the Sunday shifts?",
				"Mere Tipene", "Hone Walker", "Ana Lima", "Tom Reyes", "Kiri Ngata", "Sam Roe", "Jo Hart", "Vote",
				SECOND, "Name", "Email", "Submit");
		boolean[] removed = new boolean[blocks.size()];
		Insets.removePolls(blocks, 0, blocks.size(), removed);
		assertThat(removed).containsOnly(false);
	}

}
