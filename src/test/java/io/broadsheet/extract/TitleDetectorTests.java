package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TitleDetectorTests {

	@ParameterizedTest
	@ValueSource(strings = { "Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival",
			"Is Armenia Leaving the CSTO?", "# Armenia Signs Defence Pact With France",
			"Россия и Армения: новая реальность", "2025 in Review: The South Caucasus",
			// title case with no function word in six words is still a headline
			"Biden Announces Student Loan Forgiveness Plan", "Covid: registrati 12.000 nuovi casi e 80 morti" })
	void recognisesHeadlines(String line) {
		assertThat(TitleDetector.isHeadline(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Russia’s step forward comes in Armenia, where recent developments will have put a smile.",
			"Opinion", "News.Az", "Home > News > Politics", "Photo: Reuters", "Ukraine 2036", "Share this:",
			"the lower-case start of something", "1. A list item that has no full stop",
			"Lorem Ipsum Dolor Sitamet Consectetur Adipiscing Elitsed Doeiusmod", "Sign in to your reader account or" })
	void rejectsWhatIsNotAHeadline(String line) {
		assertThat(TitleDetector.isHeadline(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "First Headline", "Brexit Chaos", "Short One", "Tram Vote", "Streik beendet",
			"Москва голосует" })
	void recognisesTwoWordHeadlinesAboveBylineOrDateLine(String line) {
		assertThat(TitleDetector.isHeadline(line)).isFalse();
		assertThat(TitleDetector.isShortHeadlineAbove(line, "By Ann Carter")).isTrue();
		assertThat(TitleDetector.isShortHeadlineAbove(line, "4 March 2025")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "World News", "Breaking News", "Home › Politics", "Opinion | Analysis", "News.Az",
			"Caucasus Watch", "Eurasia Review", "The Guardian", "Photo: Reuters", "Share this", "Opinion", "Brexit",
			"It rained.", "tram vote" })
	void rejectsLabelsAndSiteNamesAboveByline(String line) {
		assertThat(TitleDetector.isShortHeadlineAbove(line, "By Ann Carter")).isFalse();
	}

	@Test
	void twoWordLineNeedsABylineOrDateLineBelowIt() {
		assertThat(TitleDetector.isShortHeadlineAbove("Tram Vote", "The council meets on Friday.")).isFalse();
		assertThat(TitleDetector.isShortHeadlineAbove("Tram Vote", null)).isFalse();
	}

	@Test
	void plainNameAboveDateLineOrTheBylinesOwnNameIsNotAHeadline() {
		assertThat(TitleDetector.isShortHeadlineAbove("Thomas de Waal", "4 March 2025")).isFalse();
		assertThat(TitleDetector.isShortHeadlineAbove("J. Carter", "4 March 2025")).isFalse();
		assertThat(TitleDetector.isShortHeadlineAbove("Dr Ann Carter", "4 March 2025")).isFalse();
		assertThat(TitleDetector.isShortHeadlineAbove("Ann Carter", "By Ann Carter")).isFalse();
	}

	@Test
	void singleWordOrSiteNameAboveBylineOrDateLineIsALabel() {
		assertThat(TitleDetector.isLabelAbove("Lifestyle", "By Nora Quinn")).isTrue();
		assertThat(TitleDetector.isLabelAbove("Brexit", "4 March 2025")).isTrue();
		assertThat(TitleDetector.isLabelAbove("Lifestyle", "Cold-water swimming is popular.")).isFalse();
		assertThat(TitleDetector.isLabelAbove("Tram Vote", "By Nora Quinn")).isFalse();
		assertThat(TitleDetector.isLabelAbove("Caucasus Watch", "By Nora Quinn")).isTrue();
		assertThat(TitleDetector.isLabelAbove("Daily Life in the Old Town", "By Nora Quinn")).isFalse();
	}

	@Test
	void dropsSiteNameAfterBarFromPageTitles() {
		assertThat(TitleDetector.headlineText("Armenia Turns West as Moscow Looks On | Caucasus Watch"))
			.isEqualTo("Armenia Turns West as Moscow Looks On");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Armenia Turns West as Moscow Looks On", "Armenia|Turns West as Moscow Looks On Caucasus",
			"Armenia Turns West as Moscow Looks On |Caucasus Watch",
			"Armenia Turns West as Moscow Looks On| Caucasus" })
	void keepsALineWithoutASpacedBarWhole(String line) {
		// a bar without a space either side (or none) is no page title's separator
		assertThat(TitleDetector.headlineText(line)).isEqualTo(line);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "## Rat beschließt den Haushalt|Rat beschließt den Haushalt",
					"# Council approves the plan|Council approves the plan",
					"#RieslingBirthday Posts gewinnen|#RieslingBirthday Posts gewinnen",
					"#MeToo : ce qui a changé en France|#MeToo : ce qui a changé en France" })
	void dropsAMarkdownHeadingMarkButKeepsAHashtag(String line, String expected) {
		assertThat(TitleDetector.headlineText(line)).isEqualTo(expected);
	}

	@Test
	void recognisesTheSameTitleShownTwice() {
		assertThat(TitleDetector.sameTitle("Armenia Turns West", "ARMENIA TURNS WEST")).isTrue();
		assertThat(TitleDetector.sameTitle("Armenia Turns West", "Armenia Turns East")).isFalse();
	}

	@Test
	void derivesShortFirstSentenceWhole() {
		assertThat(TitleDetector.derive("Mr. Lavrov arrived in Yerevan on Tuesday. He met the minister."))
			.isEqualTo("Mr. Lavrov arrived in Yerevan on Tuesday");
	}

	@Test
	void cutsLongFirstSentenceAtWordBoundary() {
		String body = "The history of Armenia–Russia relations after the collapse of the Soviet Union is a complex story of reliance, alliance, disappointment, and ultimately a profound geopolitical shift.";
		String derived = TitleDetector.derive(body);
		assertThat(derived).endsWith("…").hasSizeLessThanOrEqualTo(TitleDetector.DERIVED_LENGTH + 1);
		assertThat(body).startsWith(derived.substring(0, derived.length() - 1));
		assertThat(body.charAt(derived.length() - 1)).isEqualTo(' ');
	}

	@Test
	void derivesNothingFromEmptyBody() {
		assertThat(TitleDetector.derive("")).isNull();
	}

}
