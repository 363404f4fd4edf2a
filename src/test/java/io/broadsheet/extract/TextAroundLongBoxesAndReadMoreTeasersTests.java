package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article goes on around a box or a teaser (body49): a game recap's first two
 * paragraphs above a scoring box of seven lines (a heading and six goal lines), which the
 * run started under, and a tabloid's last paragraphs under a "Read More" heading over one
 * other story's headline, where the text had ended. And the look-alike that stays as it
 * was: one headline under an ad label over another story's lead
 * ({@link LeadAboveBoxTests} has a deck over a long box).
 */
class TextAroundLongBoxesAndReadMoreTeasersTests extends WholePageTests {

	private static final String RECAP_PAGE = """
			Prairie Curling League
			Schedule
			Scores
			Standings
			Teams
			Regina Rams
			Saskatoon Comets
			Moose Jaw Millers
			News
			Shop
			Game Recap
			FINAL
			Regina Rams 7
			Saskatoon Comets 5
			Rams steal two in the ninth end to beat the Comets
			By Petra Lindqvist, PCL.example
			Dec. 3, 2026
			REGINA — Odile Marchetti made two takeouts in the ninth end as the Regina Rams beat the Saskatoon Comets 7-5 on Thursday night, a sellout crowd of 2,100 at Brandt Centre watching.
			Saskatoon led 5-3 after seven ends, draws from Harriet Okonkwo and Bettina Raske, skip Moira Dunleavy making 14 of 15 shots.
			LINESCORE
			1st: SAS Okonkwo (Raske) 1
			2nd: REG Marchetti (Voss) 2
			4th: SAS Okonkwo (Dunleavy) 2
			6th: REG Voss 1
			7th: SAS Raske (Okonkwo) 2
			9th: REG Marchetti (Voss) 2
			It was the first time that the Rams had won in Saskatoon this season, and it was a win that they had been waiting for since the start of the year. They were not at their best in the first half of the game, but they did not give up and they came back when it mattered.
			"We stopped trying to be perfect and just started throwing," Marchetti said.
			The teams play again in Saskatoon on Dec. 10.
			Share
			Facebook
			Copy Link
			Standings
			Regina Rams 18 pts
			Saskatoon Comets 16 pts
			About the PCL
			Privacy Policy
			""";

	// The box's heading and its six lines were seven, one more than a box was looked
	// past: the run started under the box and the recap lost its first two paragraphs.
	@Test
	void keepsARecapsLeadAboveAScoringBoxOfSevenLines() {
		ParsedArticle article = extract(RECAP_PAGE);
		assertThat(article.body()).startsWith("REGINA — Odile Marchetti made two takeouts")
			.contains("Saskatoon led 5-3 after seven ends", "It was the first time that the Rams")
			.doesNotContain("LINESCORE", "1st: SAS Okonkwo", "9th: REG Marchetti");
	}

	// A tabloid's story, a related heading (HEADING) over another story's headline and
	// what
	// stands under it (NEXT): the article's own paragraphs here, the next story's lead or
	// a
	// footer in NamesAfterReadVerbsAndNextStoriesTests.
	static final String TEASER_PAGE = """
			Allotment holders win fight to keep their plots after council U-turn | The Morning Herald

			Home

			News

			Money

			Sport

			Allotment holders win fight to keep their plots after council U-turn

			By Rhiannon Tull, News Reporter

			09:12, 3 Dec 2026

			Allotment holders in Wellbrook have won their fight to keep their plots after the council said that it would not sell the site to a housing developer after all.

			More than 300 people signed a petition against the sale, and the allotment society took its case to a meeting of the council last month, where it was heard by all of the members.

			Councillors voted on Tuesday night that the land should be kept as allotments for at least another twenty years, and that it will not be put up for sale again before then.

			HEADING

			Pensioner's joy as stolen garden gnome returned after six years

			NEXT

			Advertisement

			Got a story? Email news@morningherald.example

			Most Read

			Lottery winner keeps £2m win secret from husband

			Cat rescued from chimney after three days

			Contact Us

			Privacy Notice
			""";

	private static final String OWN_PARAGRAPHS = """
			"Some plots here go back forty years, part of our lives," society chair Maureen Ashby, 68, said. "Relieved."

			Ashby, Wellbrook resident since 1979, plans spring open day thanking petition signers.""";

	private static final String TABLOID_PAGE = TEASER_PAGE.replace("HEADING", "Read More")
		.replace("NEXT", OWN_PARAGRAPHS);

	// Read as the next story's headline over its lead, the teaser ended the article.
	@Test
	void keepsTheTextUnderAReadMoreHeadingOverOneHeadline() {
		ParsedArticle article = extract(TABLOID_PAGE);
		assertThat(article.body()).startsWith("Allotment holders in Wellbrook have won")
			.contains("\"Some plots here go back forty years")
			.endsWith("plans spring open day thanking petition signers.")
			.doesNotContain("Read More", "Pensioner's joy", "Got a story?");
	}

	// Under an ad label, one headline over its lead is the page running on into the next
	// story: the article still ends over the label.
	@Test
	void leavesAnotherStoryUnderAnAdLabelAndOneHeadlineOut() {
		ParsedArticle article = extract(TABLOID_PAGE.replace("Read More\n", "Advertisement\n"));
		assertThat(article.body()).endsWith("put up for sale again before then.").doesNotContain("Pensioner's joy");
	}

}
