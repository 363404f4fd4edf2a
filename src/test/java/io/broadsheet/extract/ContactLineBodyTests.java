package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact line under the text ends the article: a writer's note that ends with their
 * e-mail address, a line that gives an address to write to, a reporter's address alone, a
 * column's handle. The article's own sentences that name an address go on after it (a
 * deadline, a bracket's close) and are kept.
 */
class ContactLineBodyTests extends WholePageTests {

	private static String page(String last, String contact) {
		return """
				Library to open on Sundays from January | The Alden Courier

				The Alden Courier

				News

				Library to open on Sundays from January

				Priya Ramsden | Education and Libraries Reporter

				Dec. 3, 2026

				Alden's central library will open on Sunday afternoons from January, the county council said Thursday, the first time in eleven years that it has opened seven days a week.

				The library will open from noon to 4 p.m., staffed by two librarians and volunteers from the Friends of Alden Library, who asked for the change last spring.

				Council leader Ray Whitfield said visitor numbers had risen by a fifth since the building's refurbishment, and that families had asked for weekend study space.

				%s

				%s

				Most Read

				1. Bypass roadworks to close lane for a month

				2. Fire crews called to barn blaze near Ashby

				3. Christmas market: what to know before you go

				Terms of Use | Privacy Notice | Contact Us

				© 2026 The Alden Courier
				"""
			.formatted(last, contact);
	}

	private static final String LAST = "The trial will run until the end of June, when the council will decide whether to keep the Sunday hours.";

	@Test
	void leavesAWritersNoteEndingWithAnAddressOut() {
		ParsedArticle article = extract(page(LAST,
				"Priya Ramsden covers education and libraries for the Courier. Email: pramsden@aldencourier.example"));
		assertThat(article.body()).endsWith("whether to keep the Sunday hours.")
			.doesNotContain("pramsden", "Most Read");
	}

	@Test
	void leavesAContactLineOut() {
		ParsedArticle article = extract(page(LAST, "Contact Priya Ramsden at pramsden@aldencourier.example."));
		assertThat(article.body()).endsWith("whether to keep the Sunday hours.").doesNotContain("pramsden");
	}

	@Test
	void leavesAReportersAddressAloneOut() {
		ParsedArticle article = extract(page(LAST, "pramsden@aldencourier.example"));
		assertThat(article.body()).endsWith("whether to keep the Sunday hours.").doesNotContain("pramsden");
	}

	@Test
	void leavesAColumnsHandleOut() {
		ParsedArticle article = extract(page(LAST, "Libraries Week is on Instagram at @aldenlibraries"));
		assertThat(article.body()).endsWith("whether to keep the Sunday hours.").doesNotContain("@aldenlibraries");
	}

	@Test
	void keepsASentenceThatNamesAnAddressAndGoesOn() {
		ParsedArticle article = extract(page(LAST,
				"Residents can send their views on the Sunday hours to libraries@alden.example until 12 January."));
		assertThat(article.body()).endsWith("to libraries@alden.example until 12 January.");
	}

	@Test
	void keepsASentenceWithAnAddressInBrackets() {
		ParsedArticle article = extract(page(LAST,
				"Volunteers who would like to help on Sundays can contact the Friends of Alden Library (friends@aldenlibrary.example)."));
		assertThat(article.body()).endsWith("(friends@aldenlibrary.example).");
	}

	// review42a: the story's own last sentence that names an address for its readers is
	// one long sentence with no label's colon: it stays, where a note or a label leaves.

	@Test
	void keepsAnAppealsLastSentenceEndingWithAnAddress() {
		ParsedArticle article = extract(page(LAST,
				"Anyone who saw the break-in at the library annexe on Tuesday night is asked to contact Detective Constable Sam Hill at sam.hill@aldenpolice.example."));
		assertThat(article.body()).endsWith("contact Detective Constable Sam Hill at sam.hill@aldenpolice.example.");
	}

	@Test
	void keepsABookingSentenceEndingWithAnAddress() {
		ParsedArticle article = extract(page(LAST,
				"Places at the first Sunday storytelling session are free but limited, and can be booked by emailing events@aldenlibrary.example."));
		assertThat(article.body()).endsWith("can be booked by emailing events@aldenlibrary.example.");
	}

	@Test
	void keepsASentenceEndingWithAnAccountsHandle() {
		ParsedArticle article = extract(page(LAST,
				"The change was first announced last week in a post on X by the library's own account, @AldenLibrary."));
		assertThat(article.body()).endsWith("by the library's own account, @AldenLibrary.");
	}

	@Test
	void keepsAGermanSentenceEndingWithAnAddress() {
		ParsedArticle article = extract(page(LAST,
				"Fragen zu den neuen Öffnungszeiten beantwortet die Bibliothek telefonisch oder per E-Mail an info@stadtbibliothek.example."));
		assertThat(article.body()).endsWith("per E-Mail an info@stadtbibliothek.example.");
	}

	@Test
	void leavesALongNoteWithALabelsColonOut() {
		ParsedArticle article = extract(page(LAST,
				"If you have any questions about the library's new opening hours or its events, please write to us at: libraries@aldencourier.example"));
		assertThat(article.body()).endsWith("whether to keep the Sunday hours.").doesNotContain("libraries@");
	}

	@Test
	void leavesATipQuestionAndItsAddressOut() {
		ParsedArticle article = extract(page(LAST,
				"Do you have a story about your local library that you think our readers should hear? Email news@aldencourier.example"));
		assertThat(article.body()).endsWith("whether to keep the Sunday hours.").doesNotContain("news@");
	}

}
