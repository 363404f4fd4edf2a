package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines of the text that look like the links a site sets between the paragraphs (session
 * 48's second look, review48a): a crosshead quoting someone after "Listen:", a column's
 * `Watch:` and `Listen:` recommendations each over its paragraph, a review's info line
 * `Watch: Netflix, from Friday`, crossheads in title case opening with a shop verb, and a
 * how-to's list item `Buy tickets early` under its colon all stay in the body; the slots
 * and buttons they look like still leave it. And a newsletter box's consent line, thanks
 * and welcome note under its prompt leave the body with it; a teaser's label before a
 * pipe ("ALSO READ | …") is a teaser's, and so is a caption's credit after one ("PHOTO |
 * FILE").
 */
class LabelLikeLinesOfTheTextBodyTests extends WholePageTests {

	private static String page(String title, String middle) {
		return """
				%1$s | Kestrel Bay Today

				Skip to content

				Kestrel Bay Today

				News

				Sport

				What's On

				%1$s

				By Niamh Corrigan

				3 December 2026

				The footbridge across Kestrel Bay harbour will close from Monday while engineers replace rusted sections of its handrails and deck.

				Walkers will be sent along the quay road, which adds about ten minutes to the walk from the station to the town centre.

				%2$s

				The council said the bridge would reopen before the start of the spring ferry timetable.

				Share this article

				Most read

				Ferry fares rise in January

				Library hours cut
				"""
			.formatted(title, middle);
	}

	private static String page(String middle) {
		return page("Harbour footbridge to close for three weeks of repairs", middle);
	}

	@Test
	void keepsAListenCrossheadQuotingSomeone() {
		ParsedArticle article = extract(page("Listen: He said the bridge was safe"));
		assertThat(article.body()).contains("Listen: He said the bridge was safe");
	}

	@Test
	void keepsAColumnsWatchAndListenRecommendations() {
		ParsedArticle article = extract(page("What we are watching and listening to this week", """
				Watch: Slow Horses

				The fourth series is the best yet, with Gary Oldman on fine form as the slovenly spy chief.

				Listen: The Rest Is History

				Two historians chat about the past, and this week they take on the fall of Rome."""));
		assertThat(article.body()).contains("Watch: Slow Horses\n\nThe fourth series", "Listen: The Rest Is History");
	}

	@Test
	void keepsAReviewsWatchInfoLine() {
		ParsedArticle article = extract(page("Bridge documentary is a quiet triumph", """
				Watch: Netflix, from Friday

				The documentary follows the engineers through a winter of repairs on the bridge."""));
		assertThat(article.body()).contains("Watch: Netflix, from Friday");
	}

	@Test
	void keepsShopCrossheadsInTitleCase() {
		ParsedArticle article = extract(
				page("""
						Shop Local Saturday

						Traders on the quay will hold a late-night market on the first Saturday of the closure to win back passing trade.

						Buy British

						The council said the new steel would come from a mill in Scunthorpe, which had won the contract last year."""));
		assertThat(article.body()).contains("Shop Local Saturday", "Buy British");
	}

	@Test
	void keepsAShopVerbsListItemUnderItsColon() {
		ParsedArticle article = extract(page("""
				Before you go:

				Buy tickets early

				Check the ferry times

				Arrive by six"""));
		assertThat(article.body()).contains("Before you go:\n\nBuy tickets early\n\nCheck the ferry times");
	}

	@Test
	void stillLeavesTheSlotsAndButtonsOut() {
		ParsedArticle article = extract(page("""
				Advert

				Engineers said the supports had been checked twice and would carry twice the expected load.

				Watch live: Council meeting on the harbour budget

				Shops on the quay will stay open, the council said.

				Buy Now"""));
		assertThat(article.body()).doesNotContain("Advert", "Watch live", "Buy Now")
			.contains("Engineers said the supports", "Shops on the quay will stay open");
	}

	@Test
	void leavesANewsletterBoxsConsentThanksAndWelcomeNoteOut() {
		ParsedArticle article = extract(page("""
				Sign up to receive daily headline news from Kestrel Bay Today.

				By signing up you consent to receive the above newsletter from Kestrel Bay Today.

				Sign Up

				Thanks for signing up!

				A welcome email is on its way. If you don't see it, please check your junk folder."""));
		assertThat(article.body())
			.doesNotContain("Sign up to receive", "By signing up", "Thanks for signing up", "A welcome email")
			.endsWith("spring ferry timetable.");
	}

	@Test
	void keepsAThanksSentenceOfTheTextWithNoPromptAbove() {
		ParsedArticle article = extract(
				page("Thank you for signing up to help, the organisers told the forty volunteers on Sunday."));
		assertThat(article.body()).contains("Thank you for signing up to help");
	}

	@Test
	void leavesAnAlsoReadTeaserWithAPipeOut() {
		ParsedArticle article = extract(page("ALSO READ | Ferry fares to rise in January"));
		assertThat(article.body()).doesNotContain("ALSO READ", "Ferry fares to rise")
			.endsWith("spring ferry timetable.");
	}

	@Test
	void leavesACaptionWithItsCreditAfterAPipeOut() {
		ParsedArticle article = extract(page("Walkers cross the old footbridge in the rain on Sunday. PHOTO | FILE"));
		assertThat(article.body()).doesNotContain("PHOTO | FILE", "Walkers cross the old footbridge")
			.endsWith("spring ferry timetable.");
	}

	@Test
	void keepsASentenceWithAPipeThatIsNoCredit() {
		ParsedArticle article = extract(page("The sign on the quay reads: Ferry | Bus | Rail."));
		assertThat(article.body()).contains("The sign on the quay reads: Ferry | Bus | Rail.");
	}

}
