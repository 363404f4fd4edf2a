package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boxes under a heading in capitals between the text's paragraphs (blind27's donate box
 * `GIVE A MEAL` over its amounts and button, its map box `INTERACTIVE MAP` under the
 * text's list of places, its fact check's `CLAIM` / `RATING` / `FALSE` box): the box
 * leaves the body, the text on both sides stays. And the look-alikes that must stay
 * (box50): a crosshead in capitals over a paragraph or over a short sentence, a list
 * under the text's lead-in, crossheads in capitals among such a list's lines, a day's
 * crosshead of a police log, a live page's stamps.
 */
class CapitalsBoxBodyTests extends WholePageTests {

	private static String page(String middle) {
		return """
				Wrenfield Courier

				News  Sport  Community  Weather

				Community

				Winter coat appeal opens as first frost reaches the valley

				By Imogen Feltham, Community Reporter

				2026-12-03 09:30 UTC

				A charity in Wrenfield has opened its winter coat appeal a fortnight early after the first frost reached the valley on Monday night.

				Volunteers at the Old Mill Trust said they had already handed out 140 coats this season, more than in the whole of last winter.

				%s

				The trust's coordinator, Nadia Okonjo, said most of the families who came in had never asked for help before and were embarrassed to do so.

				"Nobody should have to choose between a coat for their child and a hot meal," she said, adding that the trust would open on Sundays until March.

				Share this article

				Related stories

				Food bank shelves run low before Christmas - 3 days ago

				About  Contact  Privacy
				"""
			.formatted(middle);
	}

	@Test
	void leavesADonateBoxInCapitalsOut() {
		ParsedArticle article = extract(page("""
				KEEP A CHILD WARM

				$10 buys a hat and gloves

				$40 buys a winter coat

				Give a coat now"""));
		assertThat(article.body()).contains("Volunteers at the Old Mill Trust", "The trust's coordinator")
			.doesNotContain("KEEP A CHILD WARM", "$10 buys", "$40 buys", "Give a coat now");
	}

	@Test
	void leavesAMapBoxUnderTheTextsListOut() {
		ParsedArticle article = extract(page("""
				Coats can be left at these places until Friday:

				Wrenfield library on Castle Street

				The Old Mill Trust on Weir Lane

				LIVE MAP

				Collection points across the valley

				Tap to open full screen

				Map data: Wrenfield Borough Council"""));
		assertThat(article.body())
			.contains("Volunteers at the Old Mill Trust", "Coats can be left at these places until Friday:",
					"The Old Mill Trust on Weir Lane", "The trust's coordinator")
			.doesNotContain("LIVE MAP", "Collection points across", "Tap to open", "Map data");
	}

	@Test
	void leavesAFactChecksRatingBoxOut() {
		ParsedArticle article = extract(page("""
				THE CLAIM

				Coats from the trust are sold on online.

				OUR RATING

				FALSE

				The trust gives every coat away free."""));
		assertThat(article.body()).contains("Volunteers at the Old Mill Trust", "The trust's coordinator")
			.doesNotContain("THE CLAIM", "sold on online", "OUR RATING", "FALSE", "every coat away free");
	}

	// Its look-alikes: a crosshead in capitals over a paragraph, or over one short
	// sentence (a police log's day or kind of call in capitals), a list under the text's
	// lead-in,
	// crossheads in capitals among such a list's lines, a police log's day crosshead
	// written as a date is, a live page's stamp.
	@ParameterizedTest
	@ValueSource(strings = {
			"A LONG WINTER AHEAD\n\nForecasters expect the valley to see more frost than usual this winter, and the trust has asked for coats in children's sizes above all others.",
			"MONDAY\n\nA coat rail was stolen from the porch.\n\nTUESDAY\n\nThe rail was returned by a neighbour.",
			"THEFT\n\nA coat rail was stolen from the porch.\n\nVANDALISM\n\nA window at the trust was broken.",
			"The trust most needs these things:\n\nChildren's coats\n\nWoollen hats\n\nThick socks",
			"Coats can be left at these places until Friday:\n\nNORTH SIDE\n\nWrenfield library\n\nSt Mary's church hall\n\n"
					+ "SOUTH SIDE\n\nThe Old Mill Trust\n\nRiverside school",
			"Monday, Nov. 24\n\nA coat rail was stolen from the porch",
			"10:05 GMT\n\nFirst coats handed out\n\nQueue reaches the bridge",
			// review50b: the text's crossheads in capitals over short lines, the second
			// over the next paragraph; a verse whose lines open in lower case
			"WHAT TO BRING\n\nCoats in good repair\n\nHats and gloves\n\nWHERE TO LEAVE THEM",
			"THE FIRST FROST\n\nThe frost came down at night\n\nand silvered every pane\n\nthe valley held its breath\n\n"
					+ "till morning came again" })
	void keepsTheTextsOwnLines(String middle) {
		ParsedArticle article = extract(page(middle));
		for (String line : middle.split("\n\n")) {
			assertThat(article.body()).contains(line);
		}
	}

	// A verse under its title in capitals in a German page, its lines going on in lower
	// case (review50b): the text's, not a box's.
	@Test
	void keepsAGermanVerseUnderItsTitleInCapitals() {
		String verse = "DAS STOLLENLIED\n\nIm Ofen duftet es nach Zimt\n\nder Stollen wird gebacken\n\n"
				+ "und wer am Tisch beim Teige sitzt\n\nhat Mehl an beiden Backen";
		ParsedArticle article = extract(
				"""
						Talbacher Rundschau

						Nachrichten  Sport  Kultur  Wetter

						Region

						Die Landfrauen backen für den Weihnachtsmarkt ihren berühmten Stollen

						Von Katrin Albers

						03.12.2026, 09:30 Uhr

						Die Landfrauen aus Talbach backen in diesem Jahr wieder ihren Stollen für den Weihnachtsmarkt, der am Freitag auf dem Marktplatz eröffnet wird.

						Beim Backen singen sie seit Jahrzehnten dasselbe Lied, das die Großmutter der Vorsitzenden einst geschrieben hat.

						%s

						Der Erlös des Verkaufs geht in diesem Jahr an den Kindergarten, der ein neues Klettergerüst für den Garten anschaffen möchte.

						„Wir backen, solange das Mehl reicht“, sagt die Vorsitzende und lacht, während sie den nächsten Teig in die Form drückt.

						Artikel teilen

						Impressum  Datenschutz
						"""
					.formatted(verse));
		for (String line : verse.split("\n\n")) {
			assertThat(article.body()).contains(line);
		}
	}

}
