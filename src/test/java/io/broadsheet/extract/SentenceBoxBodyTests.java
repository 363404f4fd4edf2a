package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

	// other languages' "Did you know" boxes, named by their language files, leave; a
	// question in running case over two short answers is the text's crosshead, an
	// explainer's "What happens next?", in any language, and stays (review60a)
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"out; Curiosità|Il primo risciò arrivò a Durban nel 1892.|Nel 1904 erano circa duemila.",
			"out; Curiosidades|O primeiro riquixá chegou a Durban em 1892.|Em 1904 eram cerca de dois mil.",
			"out; Wist je dat...?|De eerste riksja kwam in 1892 naar Durban.|In 1904 waren het er ongeveer tweeduizend.",
			"out; Ciekawostki|Pierwsza riksza przyjechała do Durbanu w 1892 roku.|W 1904 roku było ich około dwóch tysięcy.",
			"out; Интересные факты|Первая рикша появилась в Дурбане в 1892 году.|К 1904 году их было около двух тысяч.",
			"kept; What happens next?|The city will buy two more rickshaws.|A vote is due in March.",
			"kept; Why now?|The old headdresses were falling apart.|Tourists had started to complain.",
			"kept; ¿Qué pasa ahora?|La ciudad comprará dos risciás más.|La votación será en marzo.",
			"kept; Wie geht es weiter?|Die Stadt kauft zwei weitere Rikschas.|Die Abstimmung ist im März.",
			"kept; Et maintenant ?|La ville achètera deux autres pousse-pousse.|Le vote est prévu en mars." })
	void readsAHeadingOverTwoSentencesByItsWordsNotItsQuestion(String expected, String section) {
		String[] lines = section.split("\\|");
		String body = extract(page(String.join("\n", lines))).body();
		assertThat(body).as(lines[0]).contains("Twelve beadworkers", "The headdresses cost R180,000");
		if (expected.equals("out")) {
			assertThat(body).as(lines[0]).doesNotContain(lines[0], lines[1], lines[2]);
		}
		else {
			assertThat(body).as(lines[0]).contains(lines[0], lines[1], lines[2]);
		}
	}

	// a Chinese and a Japanese box: its sentences open with a letter of no case and end
	// with the full-width stop, as the paragraph above it does (review60a)
	@ParameterizedTest
	@ValueSource(strings = { "你知道吗？|这条电车线路建于1908年。|每节车厢可以坐八十人。", "豆知識|この路線は1908年に開業した。|一両に八十人が乗れる。" })
	void leavesAChineseOrJapaneseBoxOfSentencesOut(String box) {
		String text = "市政府星期二宣布，连接港口和老城区的有轨电车将在下个月重新开通，这条线路在过去两年里一直在维修，"
				+ "工人们更换了全部轨道和车站的站台，还为每一节车厢装上了新的空调和座椅，让乘客在夏天也能舒服地出行。"
				+ "负责这项工程的官员说，新的电车比旧的更安静，也更省电，每天可以多运送三千名乘客，而票价将保持不变。"
				+ "他还说，开通的第一个星期所有乘客都可以免费乘坐，市民可以在任何一个车站上车，不需要提前买票或者登记，也不需要出示任何证件。";
		List<Paragraph> blocks = new ArrayList<>();
		blocks.add(new Paragraph(text, 0));
		for (String line : box.split("\\|")) {
			blocks.add(new Paragraph(line, blocks.size()));
		}
		blocks.add(new Paragraph(text, blocks.size()));
		boolean[] removed = new boolean[blocks.size()];
		Insets.removeSentenceBoxes(blocks, 0, blocks.size(), removed);
		assertThat(removed).as(box).containsExactly(false, true, true, true, false);
	}

	// a crosshead in capitals over the story's short paragraphs, no figure in them, in
	// any language: the text's, where a box's facts count (box61)
	@ParameterizedTest
	@ValueSource(strings = {
			"THE FIRST SEASON|The pullers waited a month for the beads.|Rain kept the tourists away.|Most of them worked the station instead.",
			"THE FIRST SEASON|The pullers waited a month for the beads. Rain kept the tourists away.|Most of them worked the station instead.",
			"DIE ERSTE SAISON|Die Zieher warteten einen Monat auf die Perlen.|Der Regen hielt die Touristen fern.|Die meisten arbeiteten am Bahnhof.",
			"LA PREMIÈRE SAISON|Les tireurs ont attendu les perles pendant un mois.|La pluie a éloigné les touristes.|La plupart ont travaillé à la gare.",
			"LA PRIMERA TEMPORADA|Los conductores esperaron un mes las cuentas.|La lluvia alejó a los turistas.|Casi todos trabajaron en la estación." })
	void keepsACrossheadInCapitalsOverTheStorysShortParagraphs(String section) {
		String[] lines = section.split("\\|");
		String body = extract(page(String.join("\n", lines))).body();
		assertThat(body).as(lines[0]).contains(lines);
	}

}
