package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boxes of short lines without bullets between two paragraphs of the text (blind18's
 * `Charge safely` box of advice, its ratings rows of `Safe | Inadequate`), and a fact
 * box's last line with a longer label (blind18's `Subsidy from the county council: ended
 * in 2025`): the box leaves the body, the text stays. And the look-alikes that must stay:
 * a list the text introduces with a colon, the text's own list of things under a
 * crosshead, a crosshead over two short lines or over paragraphs, a timeline and a table
 * under the text's colon.
 */
class PlainBoxBodyTests extends WholePageTests {

	private static String page(String middle) {
		return """
				Coldmere Evening Post

				News  Sport  Pets  Weather

				Pets

				Rescue centre asks adopters to give nervous cats more time

				By Rachel Imbert, Pets Reporter

				2026-12-02 14:00 UTC

				A rescue centre in Coldmere has asked new owners to give nervous cats at least a month to settle before deciding they are unhappy.

				Staff at Harbour Lane Cat Rescue said nine cats had been returned this autumn within a week of being adopted, twice as many as last year.

				%s

				The centre's manager, Joan Petrie, said most returned cats had simply been frightened by a new home and needed patience rather than a new owner.

				"A cat that hides for a week is not an unhappy cat, it is a careful one," she said, adding that staff would call every new owner after three days.

				The centre is open for visits from Tuesday to Sunday.

				Share this article

				Related stories

				Dog show raises record sum for shelter - 2 weeks ago

				About  Contact  Privacy
				"""
			.formatted(middle);
	}

	@Test
	void leavesABoxOfAdviceWithoutBulletsOut() {
		ParsedArticle article = extract(page("""
				Settling a nervous cat

				Always give it a room of its own at first

				Do not pick it up until it comes to you

				Keep the litter tray away from its food

				Leave a radio on quietly when you go out"""));
		assertThat(article.body()).contains("Staff at Harbour Lane", "The centre's manager")
			.doesNotContain("Settling a nervous cat", "Always give it", "Do not pick it up", "Leave a radio on");
	}

	// Box lines opening with English words Norwegian writes too ("Vet", "Lite"), which
	// lang54's no.properties made stop words of a language: a box whose lines open with
	// stop words is the text's own list, so this box stayed in the body (review54d).
	@Test
	void leavesABoxWhoseLinesOpenWithVetAndLiteOut() {
		ParsedArticle article = extract(page("""
				Settling a nervous cat

				Vet visits only once it has settled

				Lite food for the first few days

				Keep the litter tray away from its food

				Leave a radio on quietly when you go out"""));
		assertThat(article.body()).contains("Staff at Harbour Lane", "The centre's manager")
			.doesNotContain("Settling a nervous cat", "Vet visits", "Lite food", "Leave a radio on");
	}

	// A box's heading opening with a word English writes that French's stop words held
	// on lang53's merge ("Car", "Plus"): a stop word of any language opening a heading
	// tells the text's own list, so these boxes stayed in the body (review53b).
	@ParameterizedTest
	@ValueSource(strings = { "Car journeys with a nervous cat", "Plus: settling a nervous cat" })
	void leavesABoxUnderAHeadingOpeningWithAnEnglishWordOut(String heading) {
		ParsedArticle article = extract(page(heading + "\n\nAlways give it a room of its own at first"
				+ "\n\nDo not pick it up until it comes to you\n\nKeep the litter tray away from its food"));
		assertThat(article.body()).contains("Staff at Harbour Lane", "The centre's manager")
			.doesNotContain(heading, "Always give it", "Do not pick it up");
	}

	@Test
	void leavesARatingsTableOfWordsOut() {
		ParsedArticle article = extract(page("""
				How the rescue centre was rated

				Safe | Good

				Caring | Outstanding

				Responsive | Good

				Well-led | Requires improvement"""));
		assertThat(article.body()).contains("Staff at Harbour Lane", "The centre's manager")
			.doesNotContain("How the rescue centre", "Safe | Good", "Well-led | Requires improvement");
	}

	@Test
	void leavesAFactBoxsLastLineWithALongerLabelOut() {
		ParsedArticle article = extract(page("""
				Harbour Lane at a glance

				Cats in care: 64

				Adopted this year: 212

				Volunteers: 48

				Grant from the county council: ended in 2025"""));
		assertThat(article.body()).contains("Staff at Harbour Lane", "The centre's manager")
			.doesNotContain("at a glance", "Volunteers: 48", "Grant from the county council");
	}

	// Its look-alikes: lines the text introduces with a colon, the text's own list of
	// things opening with articles (review39a), a crosshead over two short lines, a
	// timeline and a table under the text's colon, and a crosshead over paragraphs.
	@ParameterizedTest
	@ValueSource(strings = {
			"The centre gives every new owner four rules to follow at home, and staff check on them:\n\n"
					+ "Give the cat a room of its own\n\nDo not pick it up\n\nKeep the tray away from its food\n\n"
					+ "Leave a radio on quietly",
			"What the centre provides\n\nA bed and a blanket that smell of the centre\n\n"
					+ "The cat's own food for a week\n\nA leaflet on the first month\n\nVisits from a volunteer",
			"Returned cats\n\nNine this autumn\n\nFour last autumn",
			"The centre has grown quickly since it was founded by volunteers in a garage, and the dates are these:\n\n"
					+ "1994: First cats taken in\n\n2005: Harbour Lane site opened\n\n2026: Record 212 adoptions",
			"Staff score each cat's first week at home on three things, and the scores were these:\n\n"
					+ "Eating | Normal\n\nHiding | Often\n\nSleeping | Normal",
			"What happens next\n\nStaff will now ring every owner on the third day after an adoption, the centre said, and offer a home visit where a cat is still hiding." })
	void keepsTheTextsOwnLines(String middle) {
		ParsedArticle article = extract(page(middle));
		for (String line : middle.split("\n\n")) {
			assertThat(article.body()).contains(line);
		}
	}

	// The text's own list under a crosshead of its own between two paragraphs: a heading
	// that opens as a phrase does ("The winners", "What the staff want", "You will
	// need"),
	// or names of a few capitalised words (streets, songs, places) under any heading.
	// A box's heading opens with its subject ("Settling a nervous cat", above);
	// review41a.
	@ParameterizedTest
	@ValueSource(strings = {
			"The winners\n\nVolunteer of the year – Amira Hassan\n\nYoung volunteer of the year – Jack Dunn\n\n"
					+ "Fosterer of the year – Ruth Cole",
			"What the staff want\n\nPaid cover for night shifts\n\nRoom for cats in quarantine\n\n"
					+ "Second van for collections\n\nLonger opening hours at weekends",
			"You will need\n\nTwo litter trays\n\nScratching post\n\nFood and water bowls\n\nCarrier for the vet",
			"Streets the volunteers cover\n\nHarbour Lane\n\nMill Street\n\nStation Road\n\nChurch Walk" })
	void keepsTheTextsOwnListUnderItsCrosshead(String middle) {
		ParsedArticle article = extract(page(middle));
		for (String line : middle.split("\n\n")) {
			assertThat(article.body()).contains(line);
		}
	}

}
