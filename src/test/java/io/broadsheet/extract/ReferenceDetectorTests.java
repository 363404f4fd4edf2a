package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDetectorTests {

	@ParameterizedTest
	@ValueSource(strings = {
			"• Annie Jafalian. “Reassessing Security in the South Caucasus.” Regional Conflicts and Transformation, Routledge, 4/8/2016",
			"[1] Smith, J. (2019). The Caucasus in Transition. Oxford University Press.",
			"de Waal, T. “Black Garden.” New York University Press, 2003.",
			"- Ministry of Foreign Affairs, statement, https://mfa.am/en/press-releases/2024/05/01",
			"Petrov, I. Russia and Armenia. Moscow, 2021." })
	void recognisesReferenceEntries(String line) {
		assertThat(ReferenceDetector.isEntry(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"2. The 2018 Velvet Revolution in Armenia changed leadership and a new vision for the country’s foreign policy.",
			"The 2021 arms contract between Yerevan and Moscow has remained largely unfulfilled.",
			"As Pashinyan put it, “we are not leaving” the alliance in 2024 or later." })
	void keepsListItemsAndSentencesWithYears(String line) {
		assertThat(ReferenceDetector.isEntry(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "References", "Sources:", "Bibliography", "Literatur", "Список литературы", "Références" })
	void recognisesHeadings(String line) {
		assertThat(ReferenceDetector.isHeading(line)).isTrue();
	}

}
