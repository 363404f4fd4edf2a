package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round title48: a page saved without its page-title line has nothing that names its
 * headline, and a deck written as a sentence between the headline and the byline or date
 * line (longer, and nearer the meta line) was taken for the title. The headline-shaped
 * line right above such a deck is the headline. Invented pages throughout, none with a
 * page-title line.
 */
class HeadlineOverSentenceDeckTests extends WholePageTests {

	private static final String SHORT_HEADLINE_OVER_DECK = """
			Home
			News
			Opinion
			Harbour
			Relearning an old virtue called humility
			Late boats and a cut timetable have tried the patience of passengers, but the operator and the council planned both.
			Ann Vale
			24 April 2026
			Share on Facebook
			Share on Twitter
			Share via Email
			The new boats at the harbour quay in the spring. Photo: Ann Vale
			The late boats and the cut timetable have tried the patience of every passenger, and the operator and the council that planned both have said little.
			But the boats now in service are quieter, cleaner and larger than the ones they replace, and their crews say they are easier to handle in bad weather.
			The operator and the council should say they were wrong about the timetable, and show some humility this winter.
			""";

	@Test
	void aShortHeadlineOverASentenceDeckIsTheTitle() {
		ParsedArticle article = extract(SHORT_HEADLINE_OVER_DECK);
		assertThat(article.title().value()).isEqualTo("Relearning an old virtue called humility");
	}

	private static final String LABEL_BETWEEN_HEADLINE_AND_DECK = """
			Home
			Opinion
			Harbour
			The Daily view on the ferries
			Editorial
			The operator's boats are late and its timetable is thin. It is up to the operator to win back its passengers, as the council should tell it
			Mon 3 Nov 2026 18.54 GMT
			Share on Facebook
			Share on Twitter
			Share via Email
			The new boats at the harbour quay in the spring. Photo: Ann Vale
			The ferries are late and the timetable is thin, and the council has let the operator cut it twice without a word to its passengers.
			But the boats now in service are quieter, cleaner and larger than the ones they replace, and their crews say they are easier to handle in bad weather.
			The operator should publish its timetable for the winter now, and keep to it, if it wants its passengers back; the council should tell it so.
			""";

	@Test
	void aHeadlineOverALabelAndATwoSentenceDeckIsTheTitle() {
		ParsedArticle article = extract(LABEL_BETWEEN_HEADLINE_AND_DECK);
		assertThat(article.title().value()).isEqualTo("The Daily view on the ferries");
	}

	private static final String SHORT_HEADLINE_OVER_BYLINE = """
			Home
			News
			Harbour
			Ferry chief leaves
			By Nora Belle
			24 April 2026
			The harbour ferry operator's chief executive Ann Vale is leaving after six years, the operator said on Wednesday, months after the last of its new boats arrived.
			Vale said she would take some time off before deciding what to do next, and that she was proud of the new boats and of the crews.
			Passengers' groups said they hoped her successor would restore the timetable that was cut when the boats were late.
			""";

	// Look-alike: a short headline right over its byline, no deck (passes on the base).
	@Test
	void aShortHeadlineOverItsBylineStaysTheTitle() {
		ParsedArticle article = extract(SHORT_HEADLINE_OVER_BYLINE);
		assertThat(article.title().value()).isEqualTo("Ferry chief leaves");
	}

	private static final String QUESTION_HEADLINE_OVER_BYLINE = """
			Home
			News
			Harbour
			Will the new ferries ever run on time?
			By Nora Belle
			24 April 2026
			The harbour's new ferries arrived a year late, and the timetable was cut twice while the operator waited for them, to the anger of everyone who relies on them.
			The operator says the winter timetable will be kept, but passengers' groups say they have heard that promise before.
			Its chief executive said on Wednesday that the crews had now been trained on every boat of the new fleet.
			""";

	// Look-alike: a question headline over its byline (passes on the base).
	@Test
	void aQuestionHeadlineOverItsBylineStaysTheTitle() {
		ParsedArticle article = extract(QUESTION_HEADLINE_OVER_BYLINE);
		assertThat(article.title().value()).isEqualTo("Will the new ferries ever run on time?");
	}

	private static final String MENU_OVER_KICKER_AND_SENTENCE_HEADLINE = """
			Weather
			Travel and Leisure Guide
			Analysis
			Late boats, a cut timetable and an operator that has run out of excuses for its passengers.
			By Nora Belle
			24 April 2026
			The harbour's new ferries arrived a year late, and the timetable was cut twice while the operator waited for them, to the anger of everyone who relies on them.
			The operator says the winter timetable will be kept, but passengers' groups say they have heard that promise before.
			Its chief executive said on Wednesday that the crews had now been trained on every boat of the new fleet.
			""";

	// Look-alike: a headline written as a sentence over its byline, a kicker over it and
	// a
	// menu entry that names nothing of the story above that (passes on the base).
	@Test
	void aMenuEntryOverAKickerIsNotTakenForTheHeadline() {
		ParsedArticle article = extract(MENU_OVER_KICKER_AND_SENTENCE_HEADLINE);
		assertThat(article.title().value()).isNotEqualTo("Travel and Leisure Guide");
	}

}
