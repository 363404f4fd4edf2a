package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second look at session 43's rules on pages they were not written for (review43a): a
 * photo's caption without a credit, or a deck, shown twice right over the text stays out
 * as a box's line, not read as a paragraph a theme's excerpt repeats; a paragraph of a
 * page whose "é" was mis-decoded as "Ã©" keeps its end, which is no © credit; a short
 * page's first line over a byline stays the title over a deck right above the text. And
 * the look-alikes that held: a caption ending in a © credit, spaced or glued to its last
 * word, stays out.
 */
class TwiceShownBoxLinesAndMisdecodedSignsTests extends WholePageTests {

	private static final String HEAD = """
			%s | The Valley Gazette

			The Valley Gazette

			Home

			News

			Sport

			Business

			Culture

			Opinion

			%s

			By Mark Ellison

			5 December 2026

			""";

	private static final String FIRE = """
			Firefighters spent more than six hours tackling a blaze that destroyed a former cotton mill on Canal Street on Tuesday evening, the county fire service said.

			Crews from four stations were called to the building shortly after 6pm, and nearby homes were evacuated as a precaution while the roof collapsed.

			Station manager Paul Denning said nobody had been hurt, and that an investigation into the cause of the fire would begin once the site was safe.

			The mill, which closed in 1982, had been bought by a developer last year with plans to turn it into flats.

			Share

			Facebook

			Contact us

			Privacy policy
			""";

	private static final String BRIDGE = """
			The county council approved plans on Tuesday for a new footbridge over the river at Millbrook, ending a dispute that has run for more than six years.

			The bridge, which will cost about £3.2 million, is expected to open in the autumn of 2028 and will link the station with the new housing estate on the north bank.

			Councillor Ruth Adeyemi, who chairs the planning committee, said the decision had taken too long but that residents would finally get the crossing they had asked for.

			Work on the foundations will begin in March, and the river path will be closed for about ten weeks while the piers are built.

			Share

			Facebook

			Contact us

			Privacy policy
			""";

	private static String page(String headline, String between, String text) {
		return HEAD.formatted(headline, headline) + between + "\n\n" + text;
	}

	// An image's alt text and its caption, saved one under the other over the text: the
	// lower copy read as an excerpt's paragraph and opened the body.
	@Test
	void leavesACaptionWithoutCreditShownTwiceOverTheTextOut() {
		String caption = "Firefighters tackle the blaze at the former mill on Canal Street on Tuesday evening.";
		ParsedArticle article = extract(
				page("Fire destroys former mill on Canal Street", "Share\n\n" + caption + "\n\n" + caption, FIRE));
		assertThat(article.body()).startsWith("Firefighters spent more than six hours")
			.endsWith("plans to turn it into flats.")
			.doesNotContain("Firefighters tackle the blaze");
	}

	// A page's description and its standfirst, the same deck twice under the date line.
	@Test
	void leavesADeckShownTwiceOverTheTextOut() {
		String deck = "The long-awaited crossing will link the station with the new estate, the council says.";
		ParsedArticle article = extract(page("New footbridge approved for Millbrook", deck + "\n\n" + deck, BRIDGE));
		assertThat(article.body()).startsWith("The county council approved plans on Tuesday")
			.endsWith("closed for about ten weeks while the piers are built.")
			.doesNotContain("long-awaited crossing");
	}

	private static final String MISDECODED_PAGE = """
			Une passerelle pour Millbrook | La Gazette

			La Gazette

			Accueil

			ActualitÃ©s

			Sport

			Une passerelle pour Millbrook

			Par Marc Ellison

			5 dÃ©cembre 2026

			Le conseil municipal a approuvÃ© mardi la construction d'une passerelle sur la riviÃ¨re, mettant fin Ã  un dÃ©bat qui durait depuis plus de six ans.

			La passerelle coÃ»tera environ 3,2 millions d'euros et devrait Ãªtre ouverte Ã  l'automne 2028, selon la mairie.

			Le maire, Jean Dupont, a dÃ©clarÃ© ce matin devant la presse :

			Â« On a beaucoup travaillÃ© pour ce projet, et les habitants l'attendaient depuis longtemps Â»

			Les travaux commenceront en mars et le chemin de halage sera fermÃ© pendant une dizaine de semaines.

			Partager

			Facebook

			Mentions lÃ©gales
			""";

	// UTF-8 read as Latin-1 writes "é" as "Ã©": a word's last "é" leaves the sign apart
	// from the words after it, which read as a credit, and the paragraph left the body.
	// (The mis-decoded date line is read as text, on the base too.)
	@Test
	void keepsAParagraphWhoseLastAcuteWasMisdecodedAsTheCopyrightSign() {
		ParsedArticle article = extract(MISDECODED_PAGE);
		assertThat(article.body())
			.contains("Le conseil municipal a approuvÃ© mardi",
					"Le maire, Jean Dupont, a dÃ©clarÃ© ce matin devant la presse :")
			.endsWith("pendant une dizaine de semaines.");
	}

	// Look-alikes that held: a caption closed by a © credit, spaced or glued to its last
	// word as a page's figure and credit elements join, stays out between paragraphs.
	@Test
	void stillLeavesACaptionEndingInACopyrightCreditOut() {
		String text = BRIDGE.replace("Councillor Ruth",
				"An artist's impression of the new footbridge from the north bank. © Millbrook Council\n\n"
						+ "Councillors at the meeting where the plans were approved© Millbrook Council/Sam Hart\n\n"
						+ "Councillor Ruth");
		ParsedArticle article = extract(page("New footbridge approved for Millbrook", "", text));
		assertThat(article.body()).startsWith("The county council approved plans on Tuesday")
			.contains("Councillor Ruth Adeyemi")
			.doesNotContain("artist's impression", "Millbrook Council");
	}

	// head43's first line yielding to the line right over the text: on a short page
	// whose first line is the headline, over its byline and date line, the line over
	// the text is a deck or a kicker, and the headline stays the title.
	@Test
	void headlineOnTheFirstLineOverItsBylineStaysTheTitleOverADeck() {
		String text = BRIDGE.substring(0, BRIDGE.indexOf("Share"));
		ParsedArticle kicker = extract("Millbrook footbridge approved\n\nMark Ellison\n\n5 December 2026\n\n"
				+ "Six-year dispute over river crossing ends as councillors vote for the plan\n\n" + text);
		assertThat(kicker.title().value()).isEqualTo("Millbrook footbridge approved");
		ParsedArticle deck = extract("Millbrook footbridge approved after six-year dispute\n\nHome\n\nNews\n\nSport\n\n"
				+ "By Mark Ellison\n\n"
				+ "The crossing will open in 2028 and link the station with the north bank estate\n\n" + text);
		assertThat(deck.title().value()).isEqualTo("Millbrook footbridge approved after six-year dispute");
	}

}
