package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ends blind59's set found (end60): a society's closing thanks or invitation in
 * its own voice, over a "Posted by" line, is the text's last paragraph, while a site's
 * call to action there still leaves; and a paper's print-edition note under the text
 * leaves it, in English, German, French and Spanish.
 */
class StoryThanksAndPrintNotesTests extends WholePageTests {

	private static final String LAST = "The lock will be filled again before Christmas. The first boats should pass through it at the Easter rally.";

	private static String societyPage(String closing) {
		return """
				Fenmoor Canal Trust
				Home
				About the canal
				Visit
				Membership
				Volunteering
				News
				Contact
				News
				Lock 7 gets its first new gates in ninety years
				The bottom gates of Lock 7 at Fenmoor were swung into place on Thursday, the first new gates the lock has had since the canal company fitted the last pair in 1934.
				The gates were made from green oak by a boatyard in Shropshire and craned in from the towpath, each weighing a little over three tonnes.
				What was done
				Our Wednesday work party drained the pound, cleared forty years of silt and rebuilt the brick quoins where the old gates had worn them away.
				The paddles were refitted with new ground gear, and the balance beams were cut from the same oak.
				What comes next
				%s
				%s
				Posted by Helen Marsh on 5 December 2026
				Categories: Restoration, Locks
				Previous post: Towpath reopens at Bridge 12
				Next post: Easter rally bookings open
				Fenmoor Canal Trust, The Wharf, Fenmoor, Lincolnshire LN4 2QT
				Registered charity 1076543. Company limited by guarantee, registered in England no. 03125678.
				Privacy policy
				Copyright 2026 Fenmoor Canal Trust
				"""
			.formatted(LAST, closing);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thank you to everyone who gave time, oak and tea.",
			"Thank you to everyone who gave a weekend, a spade or a flask of tea.",
			"Thank you to every member and volunteer who gave their time, and to the walkers whose donations paid for the oak.",
			"If you have never worked a lock, come and watch first." })
	void keepsTheSocietysOwnThanksOrInvitation(String closing) {
		ParsedArticle article = extract(societyPage(closing));
		assertThat(article.body()).endsWith(LAST + "\n\n" + closing).doesNotContain("Posted by");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Follow us on Facebook for updates.", "If you enjoyed this story, share it with a friend.",
			"Support us: become a member today.", "Donate to the lock appeal today." })
	void leavesTheSitesCallToActionOut(String closing) {
		ParsedArticle article = extract(societyPage(closing));
		assertThat(article.body()).endsWith(LAST).doesNotContain(closing);
	}

	// review60d: a thanks to a sponsor of the page is the site's credit, though it
	// thanks others; a thanks for what others did in the story stays
	@ParameterizedTest
	@ValueSource(strings = { "Thank you to the Hollis Foundation for supporting this coverage.",
			"Thanks to the Fenmoor Building Society for sponsoring this page.",
			"Thank you to the Hollis Foundation, the sponsor of this news page." })
	void leavesAThanksToTheSponsorOfThePageOut(String closing) {
		ParsedArticle article = extract(societyPage(closing));
		assertThat(article.body()).endsWith(LAST).doesNotContain(closing);
		assertThat(Boilerplate.isStoryAddress(closing)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thank you to the Heritage Lottery Fund, whose grant paid for the oak.",
			"Thanks to the work party, the lock is ready a month early." })
	void keepsAThanksForWhatOthersDidInTheStory(String closing) {
		ParsedArticle article = extract(societyPage(closing));
		assertThat(article.body()).endsWith(LAST + "\n\n" + closing);
	}

	@Test
	void readsAThanksToOthersAndAnInvitationAsTheStorysOwn() {
		assertThat(Boilerplate.isStoryAddress("Thank you to everyone who gave money, time and tea.")).isTrue();
		assertThat(Boilerplate.thanksOthers("Thank you to everyone who gave money, time and tea.")).isTrue();
		assertThat(Boilerplate.isStoryAddress("If you have never swum outdoors in winter, come and watch first."))
			.isTrue();
		assertThat(Boilerplate.thanksOthers("If you have never swum outdoors in winter, come and watch first."))
			.isFalse();
		assertThat(Boilerplate.isStoryAddress("Thank you to all our members.")).isFalse();
		assertThat(Boilerplate.isStoryAddress("Vous pouvez écouter les cloches tous les dimanches.")).isFalse();
		assertThat(Boilerplate.isStoryAddress("Thanks for reading.")).isFalse();
		assertThat(Boilerplate.isStoryAddress("If you enjoyed this story, share it with a friend.")).isFalse();
		assertThat(Boilerplate.isStoryAddress("Subscribe to our newsletter for more news.")).isFalse();
		assertThat(Boilerplate.isStoryAddress("Thank you for reading. Share this post.")).isFalse();
	}

	private static String germanPage(String note) {
		return """
				Eisenbahnfreunde Talbahn
				Startseite
				Über die Bahn
				Fahrplan
				Aktuelles
				Kontakt
				Stellwerk Hollenbach stellt den ersten Hebel seit 61 Jahren um
				Das Stellwerk in Hollenbach arbeitet wieder. Am Samstag wurde zum ersten Mal seit der Stilllegung 1965 ein Hebel umgelegt, und das Einfahrsignal fiel mit einem Klappern auf Fahrt, das man über den ganzen Bahnhof hörte.
				Das Stellwerk wurde 1893 gebaut und hat zwanzig Hebel. Als der Verein es kaufte, war die Hebelbank festgerostet und das Dach eingestürzt.
				Die Hebelbank wurde Hebel für Hebel zerlegt, gereinigt und von unserer Dienstagsgruppe wieder zusammengesetzt.
				Das Stellwerk wird am 19. und 20. Dezember bei den Nikolausfahrten zum ersten Mal mit einem Zug genutzt.
				%s
				Eingestellt von Martin Aschoff am 6. Dezember 2026
				Kategorien: Signaltechnik, Restaurierung
				Eisenbahnfreunde Talbahn e.V., Bahnhofstraße 1, 01234 Hollenbach
				Datenschutz
				Impressum
				"""
			.formatted(note);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Eine Version dieses Artikels erschien am 6. Dezember 2026 in der Printausgabe des Talboten.",
					"Dieser Artikel erschien in der Printausgabe vom 6. Dezember 2026." })
	void leavesAGermanPrintEditionNoteOut(String note) {
		ParsedArticle article = extract(germanPage(note));
		assertThat(article.body()).endsWith("zum ersten Mal mit einem Zug genutzt.").doesNotContain("erschien");
	}

	// end60's print-edition note and, from review60d, its kin in English and Italian; a
	// media story's sentence that reports someone saying an article appeared in print is
	// no note
	@ParameterizedTest
	@ValueSource(strings = {
			"A version of this article appeared in print on December 6, 2026, on page B3 of the Valley Courier.",
			"This story appeared in the print edition of the Valley Courier on December 6, 2026.",
			"A version of this column appeared in print on December 6, 2026.",
			"This article was published in the print edition of December 6, 2026.",
			"Questo articolo è apparso nell'edizione cartacea del 6 dicembre 2026.",
			"Una versione di questo articolo è apparsa sull'edizione cartacea del 6 dicembre 2026." })
	void leavesThePrintNotesKinOut(String note) {
		String last = "The Latchis will hold a free concert in his honor on Jan. 16.";
		ParsedArticle article = extract(valleyCourier(last, note));
		assertThat(article.body()).endsWith(last).doesNotContain(note);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"A version of this story appeared in print on Sunday, the Courier's editor said, before it was pulled from the website.",
			"This article appeared in print in 1976, Kerr said, and it still hangs in his workshop.",
			"Ce texte est paru dans le journal en 1976, a raconté Kerr, et il est encadré dans l'atelier." })
	void keepsAStorysSentenceThatReportsAnArticleInPrint(String sentence) {
		ParsedArticle article = extract(valleyCourier(sentence, "Related stories"));
		assertThat(article.body()).endsWith(sentence);
		assertThat(EndNotes.isEndNote(sentence)).isFalse();
	}

	private static String valleyCourier(String last, String below) {
		return """
				Valley Courier
				News
				Sports
				Obituaries
				Subscribe
				Bellows mender of Putney hangs up his tools after 50 years
				By Ruth Ames
				Posted Friday, December 4, 2026 4:15 pm
				Every church organ in the county has had its bellows patched by Amos Kerr at least once, and most of them several times.
				On Friday, Kerr, 81, finished his last job, on the organ of the Putney meeting house, which he first mended in 1976.
				"The leather outlasts the hands," he said.
				%s
				%s
				Organ at Centre Church gets a $90,000 overhaul
				By Ruth Ames
				Oct. 30, 2026
				Valley Courier
				Terms of service
				Privacy policy
				Copyright 2026 Valley Courier. All rights reserved.
				"""
			.formatted(last, below);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ce texte est paru dans l'édition du 6 décembre 2026.",
			"Este artículo se publicó en la edición impresa del 6 de diciembre de 2026." })
	void readsFrenchAndSpanishPrintEditionNotesAsEndNotes(String note) {
		assertThat(EndNotes.isEndNote(note)).isTrue();
		assertThat(EndNotes.endsText(note, "Mentions légales")).isTrue();
	}

}
