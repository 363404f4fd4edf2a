package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes set under an article's text that close it (blind15's interview note, recall link,
 * study reference and obituary dates; blind2's and blind10's interview notes, blind8's
 * first-appeared note, blind7's issue note, blind10's funding, sponsor and excerpt
 * notes): the note and what stands under it leave the body, the text above stays. And the
 * look-alikes that must stay: closing sentences of the text that open with the same
 * words, name a report, a birth and a death, or sources.
 */
class EndNotesBodyTests extends WholePageTests {

	// A whole page: its text, the given last lines, then a share line, a list of more
	// stories with their stamps and a footer, too short to end the run above them.
	private static String page(String last) {
		return """
				Harbour Evening Post

				News | Sport | Culture | Money

				Culture

				Ferry captain's daughter takes the helm of the city's oldest theatre

				By Ines Calder

				3 December 2026

				The Harbour Playhouse has named Ruth Okafor as its artistic director, the first woman to run the theatre in its 140 years.

				Okafor, who grew up above her father's chandlery on the quay, started at the Playhouse as an usher when she was sixteen.

				She said she wanted to bring back the winter season of new plays that the theatre dropped in 2019 to save money.

				"A theatre that only stages what it knows will sell is a museum with a bar," she said on Tuesday.

				%s

				Share  Save

				More from Culture

				Harbour choir wins national title - 2 days ago

				Harbour Evening Post © 2026  About  Privacy
				"""
			.formatted(last);
	}

	@ParameterizedTest
	@ValueSource(strings = { """
			This interview has been edited for length and clarity.

			The winter season opens at the Harbour Playhouse on 14 January.""",
			"This column first appeared in The Quay Courier on Nov. 19, 2026.",
			"This article appears in the January 2027 issue of Stage Left under the headline \"The usher's return\".",
			"This story was reported with support from the Coastal Arts Fund. The Post kept full editorial control.",
			"This content was paid for by Harbour Arts Trust and produced by Post Studio.",
			"This story was produced in partnership with the Coastal Reporting Project.",
			"Read the full appointment notice", "Reference: Okafor R. et al. (2025), Theatre Quarterly, 41(2).",
			"Ruth Adaeze Okafor, theatre director, born 4 March 1971; died 18 November 2026" })
	void leavesANoteUnderTheTextOutWithWhatFollows(String note) {
		ParsedArticle article = extract(page(note));
		String firstWords = note.substring(0, 20);
		assertThat(article.body()).startsWith("The Harbour Playhouse has named Ruth Okafor")
			.endsWith("she said on Tuesday.")
			.doesNotContain(firstWords, "winter season opens", "Harbour choir wins");
	}

	// Closing sentences of the text: an interview's own sentence, a report named in a
	// sentence, a birth and a death told, sources quoted.
	@ParameterizedTest
	@ValueSource(strings = { "This interview was the first she has given since her father died.",
			"Read the full report, published by the trust on Monday, before the board meets.",
			"She was born in the city in 1971; her father died in 2019.",
			"Sources at the council said the grant would be doubled next year." })
	void keepsAClosingSentenceOfTheText(String last) {
		ParsedArticle article = extract(page(last));
		assertThat(article.body()).startsWith("The Harbour Playhouse has named Ruth Okafor").contains(last);
	}

	// A note's words over a paragraph of running text are the text's own: a review's
	// sentence opening "Adapted from", an obituary's dates over its last paragraph, a
	// link's words over the statement it announces, a reference over the study's outlook.
	// The line and the paragraph under it stay (review38a).
	@ParameterizedTest
	@ValueSource(strings = { "Adapted from Clare Donnelly's 2019 novel, the staging keeps the book's bleak ending.\n\n"
			+ "The set, all grey seas and sodium light, is the best thing here, and every scene looks cold enough to touch.",
			"Ruth Adaeze Okafor, theatre director, born 4 March 1971; died 18 November 2026\n\n"
					+ "She is survived by her brother, Daniel, and by her partner of twenty years, Joan Pike.",
			"Read the full statement below\n\n"
					+ "\"We are delighted to welcome Ruth to the Playhouse, and we will give her every support the board can offer.\"",
			"Reference: Okafor R. et al. (2025), Theatre Quarterly, 41(2).\n\n"
					+ "The board now hopes to raise the money for the winter season from the city's arts fund by the spring." })
	void keepsANotesWordsOverAParagraphOfTheText(String last) {
		ParsedArticle article = extract(page(last));
		String paragraph = last.substring(last.indexOf("\n\n") + 2);
		assertThat(article.body()).startsWith("The Harbour Playhouse has named Ruth Okafor")
			.contains(last.substring(0, last.indexOf("\n\n")))
			.endsWith(paragraph);
	}

	@ParameterizedTest
	@ValueSource(strings = { "This interview has been edited for length and clarity.",
			"Read the full story at Coastal Press Agency",
			"Reference: Marsh H. et al. (2026), Animal Cognition, 14(3).",
			"Eleanor Whitcombe, architect, born 4 March 1935; died 18 November 2026",
			"Sources: Office for National Statistics, 2025",
			// a Dutch note opens with "dit", French's verb of saying (foot61)
			"Dit artikel is vertaald door Jan de Vries.", "Dit artikel is automatisch vertaald met behulp van AI." })
	void readsAnEndNote(String line) {
		assertThat(EndNotes.isEndNote(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "This interview took place in her dressing room.", "Read the full list of winners below.",
			"She was born in 1935 and died in 2026", "Sources said the deal was close, 2025",
			"Reference point: the 1990s",
			// a verb of saying of the note's own language after its opening (foot61)
			"Dit artikel is vertaald door Jan de Vries, zei de hoofdredacteur.",
			"A version of this story appeared in print on Sunday, the Courier's editor said." })
	void readsNoEndNoteInLinesOfTheText(String line) {
		assertThat(EndNotes.isEndNote(line)).isFalse();
	}

	// The walk up from the page's end stops at the writer's note under the end note, and
	// at a shop link's disclaimer: the note still ends the body.
	@ParameterizedTest
	@ValueSource(strings = { "Ines Calder writes about theatre and money. Reach her at ines@harbourpost.example.",
			"When you buy a book using a link on this page, we may earn a commission from the seller." })
	void leavesANoteOutOverALineTheWalkStopsAt(String under) {
		ParsedArticle article = extract(
				"""
						Harbour Evening Post

						Opinion

						What a theatre owes the town that keeps it open

						By Ines Calder

						Nov. 20, 2026

						The Harbour Playhouse has named Ruth Okafor as its artistic director, the first woman to run the theatre in its 140 years, and she inherits a building that loses money every winter.

						She wants the winter season of new plays back, and the board should let her try, even if the first year costs more than the last.

						A theatre that only stages what it knows will sell is a museum with a bar, as she put it on Tuesday, and the town deserves better than that.

						This column first appeared in The Quay Courier on Nov. 19, 2026.

						%s

						More Opinion

						Letters: Readers weigh in on the ferry timetable

						Nov. 21, 2026

						Editorial: The harbour needs a plan for its piers

						Nov. 20, 2026

						© 2026 Harbour Evening Post
						"""
					.formatted(under));
		assertThat(article.body()).startsWith("The Harbour Playhouse has named Ruth Okafor")
			.endsWith("better than that.")
			.doesNotContain("first appeared", "Reach her at", "we may earn");
	}

}
