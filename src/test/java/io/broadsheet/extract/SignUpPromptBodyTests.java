package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newsletter's sign-up prompt and a link to a whole list inside the text: the site's
 * chrome, left out wherever it stands; the story's own sentences about a newsletter, a
 * petition to sign or a list to see are kept.
 */
class SignUpPromptBodyTests extends WholePageTests {

	private static String page(String middle, String end) {
		return """
				Harbour wall repairs to start in spring | The Tidewater Post

				The Tidewater Post

				News  Sport  Business  What's on

				Harbour wall repairs to start in spring

				By Orla Penhale

				Thu 3 Dec 2026 09:15 GMT

				Repairs to the harbour wall at Porthkennack will start in March after the council agreed a budget of £1.2m for the work on Tuesday.

				The wall was damaged in two storms last winter, and a section near the lifeboat station has been fenced off since February.

				%s

				Contractors will work at low tide only, and the slipway will stay open to fishing boats throughout, the council said.

				%s

				Share  |  Tweet  |  Email

				More news

				Ferry timetable changes for winter – 2 days ago

				New lights for the promenade – 4 days ago

				About us  |  Contact  |  Advertise

				© 2026 The Tidewater Post
				"""
			.formatted(middle, end);
	}

	@Test
	void leavesANewsletterPromptBetweenTheParagraphsOut() {
		ParsedArticle article = extract(page(
				"Get the biggest harbour stories straight to your inbox. Sign up to our free newsletter here.", ""));
		assertThat(article.body()).contains("fenced off since February.", "open to fishing boats throughout")
			.doesNotContain("straight to your inbox", "Sign up to our");
	}

	@Test
	void leavesANewsletterBoxWithItsHeadingOut() {
		ParsedArticle article = extract(page("Newsletter\n\nGet our weekly Harbour Matters newsletter", ""));
		assertThat(article.body()).contains("fenced off since February.", "open to fishing boats throughout")
			.doesNotContain("Newsletter", "Harbour Matters");
	}

	@Test
	void leavesAPromptUnderTheLastParagraphOut() {
		ParsedArticle article = extract(page("The harbour master said the work was overdue.",
				"Want more coastal news in your inbox? Subscribe to our weekly newsletter."));
		assertThat(article.body()).contains("the council said.").doesNotContain("Subscribe", "inbox");
	}

	@Test
	void keepsTheStorysOwnSentencesAboutANewsletter() {
		ParsedArticle article = extract(
				page("The council's newsletter, which goes to 4,000 homes, will carry the timetable.",
						"Residents can sign up for text alerts about road closures on the council's website."));
		assertThat(article.body()).contains("The council's newsletter, which goes to 4,000 homes",
				"Residents can sign up for text alerts");
	}

	@Test
	void keepsAPetitionTheStoryReports() {
		ParsedArticle article = extract(
				page("Sign the petition, the campaign's leaflet urges, and more than 2,000 people already have.", ""));
		assertThat(article.body()).contains("Sign the petition, the campaign's leaflet urges");
	}

	@Test
	void leavesALinkToTheWholeListOut() {
		ParsedArticle article = extract(page("View all (23)", "See all 12 photos"));
		assertThat(article.body()).contains("fenced off since February.", "open to fishing boats throughout")
			.doesNotContain("View all", "See all");
	}

	@Test
	void keepsASentenceThatOpensWithViewAll() {
		ParsedArticle article = extract(page(
				"View all the plans, the council said, at the library on Fore Street until the end of January.", ""));
		assertThat(article.body()).contains("View all the plans, the council said");
	}

	@Test
	void leavesABlogsThanksForReadingBoxOut() {
		ParsedArticle article = extract(page(
				"Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.", ""));
		assertThat(article.body()).contains("fenced off since February.", "open to fishing boats throughout")
			.doesNotContain("Thanks for reading", "Subscribe for free");
	}

	@Test
	void keepsASentenceAboutNewPosts() {
		ParsedArticle article = extract(page(
				"Thanks to a grant from the harbour trust, new posts and rails will be fitted along the quay.", ""));
		assertThat(article.body()).contains("Thanks to a grant from the harbour trust, new posts and rails");
	}

	private static String germanPage(String middle) {
		return """
				Hafenmauer wird im Frühjahr saniert | Der Talbote
				Der Talbote
				Lokales
				Hafenmauer wird im Frühjahr saniert
				Von Katrin Obermeier
				04.12.2026, 06:00 Uhr
				Die Sanierung der Hafenmauer in Weißenbach beginnt im März, nachdem der Stadtrat am Dienstag 1,2 Millionen Euro bewilligt hat.
				Die Mauer war bei zwei Stürmen im vergangenen Winter beschädigt worden, ein Abschnitt ist seit Februar gesperrt.
				%s
				Die Arbeiten finden nur bei Ebbe statt, die Slipanlage bleibt für Fischerboote geöffnet, teilte die Stadt mit.
				Impressum  Datenschutz  Kontakt
				"""
			.formatted(middle);
	}

	@Test
	void leavesAGermanSignUpPromptOut() {
		ParsedArticle article = extract(
				germanPage("Newsletter abonnieren und keine Nachrichten aus Weißenbach mehr verpassen."));
		assertThat(article.body()).contains("seit Februar gesperrt.", "teilte die Stadt mit.")
			.doesNotContain("Newsletter abonnieren");
	}

	@Test
	void keepsAGermanSentenceAboutANewsletter() {
		ParsedArticle article = extract(
				germanPage("Den Newsletter der Stadt haben nach Angaben der Verwaltung 4.000 Haushalte abonniert."));
		assertThat(article.body()).contains("Den Newsletter der Stadt haben");
	}

}
