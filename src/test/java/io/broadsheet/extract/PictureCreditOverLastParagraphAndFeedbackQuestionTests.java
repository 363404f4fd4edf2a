package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body's end on two invented pages (tail56). A picture's caption and its credit line
 * set between the text and its one-sentence last paragraph, over the comments heading:
 * the caption reads as a sentence and ended the located run, and the credit stopped the
 * search for the text's closing lines under it, so the last paragraph was lost; it is the
 * text's, while a site's bidding in its place is not. And a feedback widget's question
 * under a release's last paragraph ("Was this page helpful?" over "Yes" and "No", or the
 * three on one line) ends the body, while the text's own question there stays.
 */
class PictureCreditOverLastParagraphAndFeedbackQuestionTests extends WholePageTests {

	private static String ferryPage(String closing) {
		return """
				Sign in

				Subscribe

				The Klondike Courier

				News

				Dawson

				Yukon

				Opinion

				Ice bridge over the Yukon River at Dawson opens after a week of hard frost

				By Petra Lindqvist

				December 3, 2026

				DAWSON — The ice bridge across the Yukon River opened to cars and light trucks on Wednesday, ten days before the usual date, after a week of nights colder than minus 40 thickened the river ice.

				Highway crews flooded the crossing three times to build it up and measured the ice at 84 centimetres near the west bank on Tuesday, the territory's highways department said.

				A flood truck spreads water over the crossing near the west bank on Monday.

				Photo: Petra Lindqvist/The Klondike Courier

				"Most winters we are still drilling test holes into the middle of December and waiting on the river," said crossing foreman Luc Arsenault, who has built the bridge for eleven seasons. "This year the cold did most of our work for us, and early."

				Residents of West Dawson have crossed by helicopter or on foot since the ferry stopped running in late October. The school bus is due to use the bridge from Monday, and fuel deliveries to the west bank will follow once the ice is thicker.

				Crews drill a test hole to measure the ice on the main crossing on Tuesday.

				Photo: Yukon Highways

				%s

				Comments (2)

				Ruth Hager

				December 3, 2026 at 9:14 a.m.

				Great news for everyone on the west side.

				Sam Delisle

				December 3, 2026 at 4:02 p.m.

				Crossed it at lunch. Solid as a road.

				More from News

				Dome road grading finished ahead of schedule

				Library extends winter opening hours
				"""
			.formatted(closing);
	}

	@Test
	void keepsTheLastParagraphUnderAPicturesCaptionAndCredit() {
		ParsedArticle article = extract(ferryPage(
				"Drivers are asked to stay under 20 kilometres an hour, to keep well apart, and to use only the marked lane."));
		assertThat(article.body()).startsWith("DAWSON — The ice bridge")
			.endsWith("to use only the marked lane.")
			.doesNotContain("Photo: Yukon Highways")
			.doesNotContain("Comments (2)")
			.doesNotContain("Solid as a road");
	}

	@Test
	void leavesASitesBiddingUnderAPicturesCaptionAndCreditOut() {
		ParsedArticle article = extract(ferryPage("Send us your photos of the crossing for our winter gallery."));
		assertThat(article.body()).startsWith("DAWSON — The ice bridge")
			.doesNotContain("Send us your photos")
			.doesNotContain("Comments (2)");
	}

	// A picture's caption over its credit in the last lines' place is no closing line.
	@Test
	void leavesALastPicturesCaptionOverItsCreditOut() {
		ParsedArticle article = extract(ferryPage("""
				Crews mark the lane with spruce trees along the crossing on Wednesday.

				Photo: Klondike Courier"""));
		assertThat(article.body()).startsWith("DAWSON — The ice bridge")
			.doesNotContain("spruce trees")
			.doesNotContain("Photo: Klondike Courier")
			.doesNotContain("Comments (2)");
	}

	private static String releasePage(String closing) {
		return """
				Skip to content
				Ruapehu Downs District Council
				Search
				Home
				Services
				Parks and reserves
				Your council
				News
				Kaiwaka swimming hole reopens after slip repair
				Communications Team
				Tuesday 1 December 2026
				The Kaiwaka swimming hole on the Mangawhero River will reopen to swimmers on 12 December after contractors finished repairing the slip that closed the track in the winter floods.
				Crews rebuilt 80 metres of the track, added a new set of steps down to the river and replaced the handrail along the bank above the pool.
				"The swimming hole has been a summer favourite for generations, and we know people have missed it," said Mayor Aroha Tane.
				The car park has been resealed and a new toilet block will open in the new year.
				Lifeguards will be on duty on weekend afternoons from January, the council said.
				%s
				Ruapehu Downs District Council
				Phone 06 555 0123
				"""
			.formatted(closing);
	}

	@Test
	void endsTheBodyAboveAFeedbackQuestionOverItsAnswers() {
		ParsedArticle article = extract(releasePage("Was this page helpful?\nYes\nNo"));
		assertThat(article.body()).startsWith("The Kaiwaka swimming hole")
			.endsWith("on weekend afternoons from January, the council said.")
			.doesNotContain("helpful");
	}

	@Test
	void endsTheBodyAboveAFeedbackQuestionWithItsAnswersOnOneLine() {
		ParsedArticle article = extract(releasePage("""
				Is this page useful?  Yes  No
				Related pages
				Swimming spots and water quality
				Report a problem on a track"""));
		assertThat(article.body()).endsWith("on weekend afternoons from January, the council said.")
			.doesNotContain("useful")
			.doesNotContain("Related pages");
	}

	@Test
	void keepsTheTextsOwnQuestionAtItsEnd() {
		ParsedArticle article = extract(
				releasePage("Was this the last slip the track will see? Engineers hope the new steps will hold."));
		assertThat(article.body())
			.endsWith("Was this the last slip the track will see? Engineers hope the new steps will hold.");
	}

	// review56f: where the run ended right over the text's last line, a credit under it
	// is as often the whole article's as a picture's: the line stays, as on the base.
	private static String quayPage(String closing) {
		return """
				Sign in

				Subscribe

				The Valley Ledger

				News

				Sport

				Harbour wall repairs to close the north quay for six weeks

				By Tomas Reyes

				November 30, 2026

				The north quay at Port Ellery will close to boats and walkers from Monday while contractors rebuild forty metres of the harbour wall that the October storms undermined, the harbour board said on Friday.

				Engineers found that the sea had scoured out the rubble core behind the granite facing in two places, leaving voids large enough for a person to crawl into, according to the board's survey report.

				"We were lucky the wall held through the last gale at all, and we are not going to wait for the next one to finish the job," said harbour master Ailsa Munro, who has worked at the port for nineteen years.

				Fishing boats that normally land at the north quay will use the south berths during the work, and the fish market will open an hour earlier to make room for the extra landings each morning.

				%s

				Comments (2)

				Ruth Hager

				November 30, 2026 at 9:14 a.m.

				About time they fixed it.

				Sam Delisle

				November 30, 2026 at 4:02 p.m.

				Six weeks seems optimistic.

				More from News

				Bypass consultation opens next week
				"""
			.formatted(closing);
	}

	@Test
	void keepsTheLastLineOverTheWholeArticlesPhotoCredit() {
		assertThat(extract(quayPage("The work is expected to cost £1.2 million.\n\nPhotos: Tomas Reyes")).body())
			.endsWith("The work is expected to cost £1.2 million.")
			.doesNotContain("Photos: Tomas Reyes");
		assertThat(extract(quayPage("The work is expected to cost £1.2 million.\n\nTop photo: Harbour board")).body())
			.endsWith("The work is expected to cost £1.2 million.");
		assertThat(
				extract(quayPage("The work is expected to cost £1.2 million.\n\nPhoto: Tomas Reyes/The Valley Ledger"))
					.body())
			.endsWith("The work is expected to cost £1.2 million.");
	}

	// review56f: the text's own question opening with a widget's words, its answer after
	// it on the line, is no widget's question.
	@Test
	void keepsTheTextsOwnQuestionOpeningWithAWidgetsWords() {
		assertThat(extract(
				quayPage("Was this helpful to the fleet? Skippers say it was not, and want a say in the next repair."))
			.body()).endsWith("Skippers say it was not, and want a say in the next repair.");
		assertThat(extract(quayPage("Was this helpful? Not to the fish market, which lost two days of trade.")).body())
			.endsWith("Not to the fish market, which lost two days of trade.");
	}

	private static String spanishReleasePage(String closing) {
		return """
				Ir al contenido
				Ayuntamiento de Villanueva del Río
				Buscar
				Inicio
				Servicios
				Noticias
				La piscina municipal reabre tras la reparación del tejado
				Gabinete de Comunicación
				martes, 1 de diciembre de 2026
				La piscina cubierta municipal de Villanueva del Río volverá a abrir sus puertas el 12 de diciembre, después de que las obras de reparación del tejado terminaran antes de lo previsto.
				Los operarios han sustituido las placas del techo dañadas por la tormenta de octubre y han renovado el sistema de ventilación de la nave.
				"La piscina es uno de los servicios más usados del municipio y sabemos que los vecinos la han echado de menos", ha explicado la alcaldesa, Lucía Ferrer.
				Los abonos vigentes se ampliarán un mes para compensar el cierre, según ha informado el Ayuntamiento.
				%s
				Ayuntamiento de Villanueva del Río
				Teléfono 955 000 123
				"""
			.formatted(closing);
	}

	// A Spanish widget's question written with its opening mark or without it (as some
	// sites set it) ends the body; the text's own question with its answer stays
	// (insets57).
	@ParameterizedTest
	@ValueSource(strings = { "Te resultó útil esta información?\nSí\nNo", "¿Te resultó útil esta información?\nSí\nNo",
			"Le ha resultado útil esta página?\nSí\nNo",
			// the wordings of review57a's probes
			"¿Te ha resultado útil este artículo?\nSí\nNo", "Te fue útil esta información?\nSí\nNo",
			"¿Esta información te resultó útil?\nSí\nNo", "¿Le resultó útil este contenido?\nSí\nNo" })
	void endsTheBodyAboveASpanishFeedbackQuestionWithOrWithoutItsOpeningMark(String closing) {
		ParsedArticle article = extract(spanishReleasePage(closing));
		assertThat(article.body()).as(closing)
			.startsWith("La piscina cubierta municipal")
			.endsWith("según ha informado el Ayuntamiento.")
			.doesNotContain("útil");
	}

	@Test
	void keepsTheTextsOwnSpanishQuestionAtItsEnd() {
		String question = "Te resultó útil esta información? Los vecinos dicen que no, y piden un calendario de obras.";
		assertThat(extract(spanishReleasePage(question)).body()).endsWith(question);
	}

}
