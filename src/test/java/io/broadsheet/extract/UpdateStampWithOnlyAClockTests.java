package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An update's stamp that names a clock time and no day, on its own line under the date
 * line (lang46): "Laatste update: 12:40", "Updated at 1:23 p.m.", "Actualizado ás 21:10
 * h". No date parser reads it, so it is no date line; it leaves the body, which opens
 * with the text under it. And look-alikes that stay: a first paragraph that opens with an
 * update word and a clock and goes on as a sentence, a first paragraph that is a clock
 * time and a place.
 */
class UpdateStampWithOnlyAClockTests extends WholePageTests {

	@Test
	void leavesADutchLaatsteUpdateClockOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						Leuven opent nieuwe fietsbrug over de Dijle

						An Peeters

						03-12-26, 09:15

						Laatste update: 11:05

						In Leuven is woensdag een nieuwe fietsbrug over de Dijle geopend, vlak bij het station. De brug kostte vier miljoen euro.

						De stad verwacht dat er elke dag meer dan drieduizend fietsers over de brug zullen rijden.
						""");

		assertThat(article.body()).startsWith("In Leuven is woensdag een nieuwe fietsbrug")
			.endsWith("over de brug zullen rijden.")
			.doesNotContain("Laatste update");
	}

	@Test
	void leavesAnEnglishAndAGalicianClockOnlyUpdateOutOfTheBody() {
		ParsedArticle english = extract(
				"""
						Harbour ferry returns to service after repairs

						By Dana Whitfield

						December 3, 2026

						Updated at 1:23 p.m.

						The harbour ferry returned to service on Thursday after three weeks of repairs to its engine, the port authority said.

						Crossings will run every 20 minutes until the end of the month, when the winter timetable begins.
						""");
		ParsedArticle galician = extract("""
				O concello de Cambados abre unha nova biblioteca

				Antía Romero

				03/12/2026 19:45 h

				Actualizado ás 21:10 h

				O concello de Cambados abriu este xoves unha nova biblioteca municipal con máis de vinte mil libros.

				A biblioteca estará aberta todos os días agás os domingos, desde as nove da mañá.
				""");

		assertThat(english.body()).startsWith("The harbour ferry returned to service")
			.endsWith("when the winter timetable begins.")
			.doesNotContain("Updated at");
		assertThat(galician.body()).startsWith("O concello de Cambados abriu")
			.endsWith("desde as nove da mañá.")
			.doesNotContain("Actualizado");
	}

	@Test
	void keepsAFirstParagraphThatOpensWithAnUpdateWordAndAClock() {
		ParsedArticle sentence = extract("""
				Harbour ferry returns to service after repairs

				By Dana Whitfield

				December 3, 2026

				Updated at 1:23 p.m. with the port authority's figures: the ferry carried 4,000 passengers.

				The harbour ferry returned to service on Thursday after three weeks of repairs to its engine.
				""");
		ParsedArticle clock = extract("""
				Harbour ferry returns to service after repairs

				By Dana Whitfield

				December 3, 2026

				At 06:15 the first ferry left the harbour with forty passengers on board.

				The harbour ferry returned to service on Thursday after three weeks of repairs to its engine.
				""");

		assertThat(sentence.body()).startsWith("Updated at 1:23 p.m. with the port authority's figures");
		assertThat(clock.body()).startsWith("At 06:15 the first ferry left the harbour");
	}

}
