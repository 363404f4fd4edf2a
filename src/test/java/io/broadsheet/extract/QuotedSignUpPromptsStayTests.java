package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story's sentence that quotes a sign-up or subscribe bidding and goes on to report it
 * ("\"Sign up for our newsletter,\" the mayor's flyer said.") is the story's, in any
 * language with case, right under the text's first paragraph or further down (box61,
 * session 59's leftover). A prompt wholly in quotes, or bare, still leaves.
 */
class QuotedSignUpPromptsStayTests extends WholePageTests {

	private static final String RESIDENTS = "Residents said the flyer gave no date for the works and no number to call, "
			+ "and several shopkeepers said they had heard nothing at all about it before.";

	// the page with the given lines between the text's first and last paragraphs
	private static String page(String... middle) {
		return """
				Harbour Town Courier
				News
				Council
				Mayor's flyer on Harbour Street road closures draws complaints from residents
				By Tom Reyes
				December 3, 2026
				The mayor's office pushed a flyer through every door on Harbour Street last week, warning that the road will close for six weeks from January while the sewer is relaid.
				%s
				The works start on January 12 and the council says the road will reopen before the spring market, weather permitting.
				Contact us
				Advertise
				© 2026 Harbour Town Courier
				"""
			.formatted(String.join("\n", middle));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"Sign up for our newsletter,\" the mayor's flyer said.",
			"“Subscribe to the council newsletter for updates,” the flyer reads.",
			"„Abonnieren Sie unseren Newsletter“, stand auf dem Flugblatt des Bürgermeisters.",
			"« Abonnez-vous à notre newsletter », disait le tract du maire.",
			"«Suscríbete a nuestro boletín», decía el folleto del alcalde." })
	void keepsAQuotedBiddingTheStoryReports(String sentence) {
		assertThat(extract(page(sentence, RESIDENTS)).body()).as("second").contains(sentence);
		assertThat(extract(page(RESIDENTS, sentence)).body()).as("fourth").contains(sentence);
	}

	// the paragraph around the quote: the sentence before it stays with it
	@ParameterizedTest
	@ValueSource(strings = {
			"The flyer had one line in bold at the bottom. \"Sign up for our newsletter,\" it said, over a form asking for an email address.",
			"Le tract n'avait qu'une ligne en gras. « Inscrivez-vous à notre newsletter », disait-il, au-dessus d'un formulaire." })
	void keepsAParagraphThatQuotesABidding(String paragraph) {
		assertThat(extract(page(RESIDENTS, paragraph)).body()).contains(paragraph);
	}

	// a site's prompt that quotes its own newsletter's name and goes on in lower case
	// with no comma between leaves: only a comma (or the quote's own ? or !) parts a
	// quotation from a clause that reports it (review61c)
	@ParameterizedTest
	@ValueSource(strings = { "\"Sign up for Best of the Week\" and get our newsletter in your inbox every Friday.",
			"„Abonnieren Sie Das Beste der Woche“ und erhalten Sie unseren Newsletter jeden Freitag.",
			"« Abonnez-vous à La Semaine » et recevez notre newsletter chaque vendredi.",
			"«Suscríbete a Lo Mejor de la Semana» y recibe nuestro boletín cada viernes.",
			"«Подпишитесь на нашу рассылку» и получайте лучшее за неделю каждую пятницу." })
	void leavesAPromptThatQuotesItsNewsletterAndGoesOn(String prompt) {
		assertThat(extract(page(RESIDENTS, prompt)).body()).doesNotContain(prompt)
			.contains("Residents said the flyer", "The works start on January 12");
	}

	// the reporting clause after a comma and a dash, as Russian sets it, stays
	@ParameterizedTest
	@ValueSource(strings = { "«Подпишитесь на нашу рассылку», — говорилось в листовке мэра.",
			"\"Sign up for our newsletter!\" the flyer said in bold letters.",
			"\"Subscribe to our newsletter\" was all the flyer said about the works." })
	void keepsAQuotedBiddingReportedAfterItsOwnMarks(String sentence) {
		assertThat(extract(page(RESIDENTS, sentence)).body()).contains(sentence);
	}

	// the site's own prompt, bare or wholly in quotes, still leaves
	@ParameterizedTest
	@ValueSource(strings = { "Sign up for our newsletter.", "\"Sign up for our newsletter.\"",
			"Abonnez-vous à notre newsletter." })
	void leavesTheSitesPrompt(String prompt) {
		assertThat(extract(page(RESIDENTS, prompt)).body()).doesNotContain(prompt)
			.contains("Residents said the flyer", "The works start on January 12");
	}

}
