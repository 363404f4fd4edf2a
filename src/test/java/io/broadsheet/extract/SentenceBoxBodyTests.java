package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boxes of whole sentences between the text's paragraphs (blind37's Durban page: "DID YOU
 * KNOW?" over three short sentences, the text going on under them): the heading and its
 * sentences leave the body, the text on both sides stays, in any language whose heading
 * is in capitals or asks, and under the language files' words ("Fast facts"). And the
 * look-alikes that stay (box60): an interview's question over its answer and the next
 * question, the text's own list under its lead-in's colon, a crosshead of other words
 * over short sentences, a heading over a single sentence.
 */
class SentenceBoxBodyTests extends WholePageTests {

	private static String page(String middle) {
		return """
				Coastal Mercury
				News
				Durban
				Lifestyle
				Lifestyle
				Rickshaw pullers get new beaded headdresses for the summer season
				By Sipho Dlamini
				2026/12/03 06:45
				The rickshaw pullers on the beachfront will start the summer season with new headdresses, the first new set in more than ten years.
				Twelve beadworkers from Inanda made the headdresses over four months, each with horns, beads and painted gourds in the old style.
				%s
				The headdresses cost R180,000, paid for by the city's tourism office, which said the rickshaws were among the most photographed sights.
				The beadworkers' co-operative hopes to sell smaller copies at the craft market on the promenade from the middle of December.
				Contact us
				Advertise
				Terms and conditions
				© 2026 Mercury Coast Media
				"""
			.formatted(middle);
	}

	@ParameterizedTest
	@ValueSource(strings = { "DID YOU KNOW?", "Did you know?", "FAST FACTS", "Fast facts", "Fast facts:",
			"THE RICKSHAW STORY" })
	void leavesABoxOfSentencesOut(String heading) {
		ParsedArticle article = extract(page(heading + """

				Rickshaws came to Durban in 1892.
				By 1904 there were about two thousand of them.
				Fewer than twenty are left today."""));
		assertThat(article.body()).as(heading)
			.contains("Twelve beadworkers", "The headdresses cost R180,000")
			.endsWith("from the middle of December.")
			.doesNotContain(heading, "came to Durban in 1892", "two thousand", "Fewer than twenty");
	}

	@Test
	void leavesAGermanBoxOfSentencesOut() {
		ParsedArticle article = extract(
				"""
						Südkurier am Morgen
						Region
						Konstanz
						Die Fähre nach Meersburg fährt ab Montag wieder im Halbstundentakt
						Von Jana Brenner
						3. Dezember 2026, 07:15 Uhr
						Die Fähre zwischen Konstanz und Meersburg fährt von Montag an wieder alle dreißig Minuten, nachdem zwei Schiffe aus der Werft zurück sind.
						Die Stadtwerke hatten den Takt im Oktober ausgedünnt, weil die Motoren beider Schiffe überholt werden mussten und kein Ersatz bereitstand.
						Wussten Sie?
						Die erste Autofähre fuhr hier 1928.
						Heute setzen jährlich vier Millionen Menschen über.
						Die Überfahrt dauert etwa zwanzig Minuten.
						Pendler, die morgens nach Konstanz fahren, hatten sich in den vergangenen Wochen über lange Wartezeiten am Anleger in Meersburg beschwert.
						Die Stadtwerke kündigten an, im kommenden Jahr ein drittes Schiff für die Strecke zu bestellen, das mit Strom fahren soll.
						Impressum
						Datenschutz
						""");
		assertThat(article.body()).contains("Die Stadtwerke hatten den Takt", "Pendler, die morgens")
			.doesNotContain("Wussten Sie?", "1928", "vier Millionen", "zwanzig Minuten");
	}

	@Test
	void leavesASpanishBoxOfSentencesOut() {
		ParsedArticle article = extract(
				"""
						Diario del Puerto
						Portada
						Ciudad
						El tranvía del puerto vuelve a circular tras dos años de obras
						Por Lucía Ferrer
						3 de diciembre de 2026
						El tranvía que une el puerto con el centro volvió a circular este martes después de dos años de obras en las vías y en las paradas.
						El ayuntamiento invirtió doce millones de euros en la renovación, que incluye nuevos coches con piso bajo y paradas accesibles.
						¿Sabías que…?
						El primer tranvía llegó al puerto en 1901.
						Cada coche lleva a ciento veinte personas.
						El viaje completo dura dieciocho minutos.
						Los comerciantes de la calle Mayor esperan que el regreso del tranvía devuelva a los clientes que perdieron durante las obras.
						El servicio funcionará de seis de la mañana a medianoche todos los días, con un coche cada ocho minutos en hora punta.
						Aviso legal
						Privacidad
						""");
		assertThat(article.body()).contains("El ayuntamiento invirtió", "Los comerciantes de la calle Mayor")
			.doesNotContain("Sabías", "1901", "ciento veinte", "dieciocho minutos");
	}

	// an interview's question over its answer and the next question: the text's
	@Test
	void keepsAnInterviewsQuestionsAndAnswers() {
		ParsedArticle article = extract(page("""
				How long have you pulled a rickshaw?
				Twenty-two years, since I was a young man.
				Do you like the new headdress?"""));
		assertThat(article.body()).contains("How long have you pulled a rickshaw?", "Twenty-two years",
				"Do you like the new headdress?");
	}

	// the text's own list under its lead-in, and a crosshead of words over short
	// sentences
	@ParameterizedTest
	@ValueSource(strings = { "The city's plan includes:", "What the pullers want" })
	void keepsTheTextsOwnSentencesUnderALeadInOrACrosshead(String heading) {
		ParsedArticle article = extract(page(heading + """

				A shelter from the sun at each rank.
				A fixed fare for a ride on the promenade.
				A second set of headdresses for the winter."""));
		assertThat(article.body()).as(heading)
			.contains(heading, "A shelter from the sun", "A fixed fare", "A second set of headdresses");
	}

	// one sentence under a heading is as often the text's crosshead over a short
	// paragraph
	@Test
	void keepsAQuestionCrossheadOverOneSentence() {
		ParsedArticle article = extract(page("""
				WHAT HAPPENS NEXT?
				The pullers will wear them from Saturday."""));
		assertThat(article.body()).contains("WHAT HAPPENS NEXT?", "The pullers will wear them from Saturday.");
	}

}
