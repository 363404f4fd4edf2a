package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublisherDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "News.Az|News.Az", "APA.az|APA.az", "www.example.com|www.example.com",
					"© 2025 The Moscow Times. All rights reserved.|Moscow Times",
					"Copyright 2024 Caucasus Watch|Caucasus Watch" })
	void readsSignOffLines(String line, String expected) {
		assertThat(PublisherDetector.signOff(line)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The end.", "Armenia and Russia", "Thanks for reading", "e.g." })
	void rejectsLinesThatAreNoSignOff(String line) {
		assertThat(PublisherDetector.signOff(line)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Source: TASS|TASS", "Quelle: Deutsche Welle|Deutsche Welle", "Источник: Интерфакс|Интерфакс",
					"Source: https://www.civilnet.am/en/news/1/|civilnet.am",
					"This article was originally published by Eurasianet.|Eurasianet", "Fuente: EFE|EFE" })
	void readsSourceLines(String line, String expected) {
		assertThat(PublisherDetector.sourceLine(line)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Source: Getty Images", "Photo source: Reuters" })
	void photoSourcesAreNoPublisher(String line) {
		assertThat(PublisherDetector.sourceLine(line)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Europe’s Edge is CEPA’s online journal covering critical topics on the foreign policy docket.|CEPA",
			"Caucasus Notes is a publication of the Regional Studies Center.|Regional Studies Center",
			"The Eastern Desk is the blog of Foreign Policy Forum, a think tank in Berlin.|Foreign Policy Forum" })
	void readsOwnerFromJournalBlurbs(String paragraph, String expected) {
		assertThat(PublisherDetector.journalBlurb(paragraph)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Disclaimer. The views and opinions expressed in this analysis are those of the authors and do not necessarily reflect the official policy or position of MEPEI. Any content provided by our authors is of their opinion.|MEPEI",
			"The views expressed are the author’s own and do not necessarily reflect the views of the Caspian Policy Center.|Caspian Policy Center" })
	void readsInstitutionFromDisclaimers(String paragraph, String expected) {
		assertThat(PublisherDetector.disclaimerInstitution(paragraph)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"All opinions expressed are those of the author alone and may not represent those of the institutions they represent.",
			"Armenia is Russia’s oldest ally in the region, officials say.",
			"The views of ordinary Armenians differ." })
	void findsNoPublisherWhereNoneIsNamed(String paragraph) {
		assertThat(PublisherDetector.disclaimerInstitution(paragraph)).isNull();
		assertThat(PublisherDetector.journalBlurb(paragraph)).isNull();
	}

}
