package io.broadsheet.corpus.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TitleDetectorTests {

	@ParameterizedTest
	@ValueSource(strings = { "Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival",
			"Is Armenia Leaving the CSTO?", "# Armenia Signs Defence Pact With France",
			"Россия и Армения: новая реальность", "2025 in Review: The South Caucasus" })
	void recognisesHeadlines(String line) {
		assertThat(TitleDetector.isHeadline(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Russia’s step forward comes in Armenia, where recent developments will have put a smile.",
			"Opinion", "News.Az", "Home > News > Politics", "Photo: Reuters", "Ukraine 2036", "Share this:",
			"the lower-case start of something", "1. A list item that has no full stop" })
	void rejectsWhatIsNotAHeadline(String line) {
		assertThat(TitleDetector.isHeadline(line)).isFalse();
	}

	@Test
	void dropsSiteNameAfterBarFromPageTitles() {
		assertThat(TitleDetector.headlineText("Armenia Turns West as Moscow Looks On | Caucasus Watch"))
			.isEqualTo("Armenia Turns West as Moscow Looks On");
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
