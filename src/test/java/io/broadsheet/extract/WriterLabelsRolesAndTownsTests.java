package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers blind24 missed or doubled (sign47): a job after a labelled name's comma whose
 * last word is an office's ("Written by Hannah Pryce, Veterinary Surgeon"), read as a
 * second writer; the Luxembourgish "Vum" (by) label, read on every page since the
 * detector reads the language as German; a Marathi name and a town the language's data
 * knows after a bar, taken as the title and its writer missed. Look-alikes that stay as
 * they were: a second writer after the comma, "Vum" opening a sentence, a headline and
 * its site after a bar.
 */
class WriterLabelsRolesAndTownsTests extends WholePageTests {

	@Test
	void readsAnOfficeAfterTheWritersCommaAsTheirJob() {
		assertThat(BylineDetector.byline("Written by Hannah Pryce, Veterinary Surgeon"))
			.containsExactly("Hannah Pryce");
		assertThat(BylineDetector.byline("By Jo Brandon, Head Coach")).containsExactly("Jo Brandon");
	}

	@Test
	void keepsASecondWriterAfterTheComma() {
		assertThat(BylineDetector.byline("By Ann Lee, Tom Hale")).containsExactly("Ann Lee", "Tom Hale");
		assertThat(BylineDetector.byline("By Kerry Lomax, Chief Reporter")).containsExactly("Kerry Lomax");
	}

	@Test
	void readsTheLuxembourgishLabel() {
		assertThat(BylineDetector.byline("Vum Claude Schmit")).containsExactly("Claude Schmit");
	}

	@Test
	void readsNoWriterAfterVumOpeningASentence() {
		assertThat(BylineDetector.byline("Vum Gemengerot gouf decidéiert, d'Schwämm zou ze maachen.")).isNull();
	}

	@Test
	void readsAMarathiNameAndAKnownTownUnderTheHeadline() {
		ParsedArticle article = extract(
				"""
						शहर

						पुण्यात पाणीकपातीचा निर्णय पुढे ढकलला

						स्नेहा देशपांडे | पुणे

						५ डिसेंबर २०२६, ०९:१५

						महापालिकेने शुक्रवारी होणारी पाणीकपात पुढील आठवड्यापर्यंत पुढे ढकलली आहे. धरणांमधील साठा समाधानकारक असल्याचे अधिकाऱ्यांनी सांगितले.

						शहरातील अनेक भागांत गेल्या आठवड्यात कमी दाबाने पाणीपुरवठा झाला होता. नागरिकांनी याबाबत तक्रारी केल्या होत्या.

						"साठा पुरेसा आहे, त्यामुळे घाई करण्याची गरज नाही," असे पाणीपुरवठा विभागाच्या प्रमुखांनी सांगितले.
						""");

		assertThat(article.title().value()).isEqualTo("पुण्यात पाणीकपातीचा निर्णय पुढे ढकलला");
		assertThat(article.authors().value()).containsExactly("स्नेहा देशपांडे");
		assertThat(article.body()).doesNotContain("| पुणे");
	}

	@Test
	void takesNeitherWriterNorTitleFromASectionAndAKnownTown() {
		// the section's words are the menu's: no one's name, and no headline
		ParsedArticle article = extract(
				"""
						मुखपृष्ठ

						शहर बातम्या

						क्रीडा

						शहर बातम्या

						पुण्यात पाणीकपातीचा निर्णय पुढे ढकलला

						शहर बातम्या | पुणे

						५ डिसेंबर २०२६, ०९:१५

						महापालिकेने शुक्रवारी होणारी पाणीकपात पुढील आठवड्यापर्यंत पुढे ढकलली आहे. धरणांमधील साठा समाधानकारक असल्याचे अधिकाऱ्यांनी सांगितले.

						शहरातील अनेक भागांत गेल्या आठवड्यात कमी दाबाने पाणीपुरवठा झाला होता. नागरिकांनी याबाबत तक्रारी केल्या होत्या.

						"साठा पुरेसा आहे, त्यामुळे घाई करण्याची गरज नाही," असे पाणीपुरवठा विभागाच्या प्रमुखांनी सांगितले.
						""");

		assertThat(article.title().value()).isEqualTo("पुण्यात पाणीकपातीचा निर्णय पुढे ढकलला");
		assertThat(article.authors()).isNull();
	}

	@Test
	void readsNoTownLineInAHeadlineAndItsSite() {
		assertThat(BylineDetector.isNameAndKnownPlace("स्नेहा देशपांडे | पुणे")).isTrue();
		assertThat(BylineDetector.isNameAndKnownPlace("पुण्यात पाणीकपातीचा निर्णय पुढे ढकलला | लोकवार्ता")).isFalse();
		assertThat(BylineDetector.isNameAndKnownPlace("पुणे | मुंबई")).isFalse();
		assertThat(BylineDetector.isNameAndKnownPlace("Ane Etxeberria | Zarautz")).isFalse();
	}

}
