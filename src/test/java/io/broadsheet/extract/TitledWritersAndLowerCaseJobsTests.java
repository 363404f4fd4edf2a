package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round meta56: a writer's title before the name, after the label's article too ("By the
 * Revd Canon Anne Baker", "Von der Pfarrerin Anna-Lena Koch", "Par le père Jean-Luc
 * Martin"), is cut off as the labels write the name (blind2's "By Dr. Amaka N. Eze" is
 * labelled "Amaka N. Eze"): the base named no writer after the article, and kept the
 * title in the name without one. A job in lower case after the labelled name's last comma
 * ("Muallif: Dilnoza Rahimova, muxbir", "By Ruth Calder, churchwarden") is no second
 * writer, in a language or a word bio.roles lacks: the base named no writer.
 */
class TitledWritersAndLowerCaseJobsTests extends WholePageTests {

	private static String parishPage(String byline) {
		return """
				St Enodoc's Parish, Trebetherick
				Home
				News
				Services
				Contact
				The bells ring again after the tower repairs
				""" + byline
				+ """

						3 December 2026
						The five bells of St Enodoc's rang together on Sunday for the first time in two years, after the oak frame in the tower was rebuilt by a joiner from Wadebridge.
						Ringers from three villages came for the first peal, and the churchwardens served tea and saffron buns in the hall afterwards.
						The work cost more than thirty thousand pounds, most of it raised by the parish with help from a heritage fund and the diocese.
						A practice night for new ringers will be held every Tuesday evening from January.
						Share
						© 2026 St Enodoc's Parish
						""";
	}

	private static String germanPage(String byline) {
		return """
				Evangelische Kirchengemeinde Gengenbach
				Startseite
				Aktuelles
				Gottesdienste
				Kontakt
				Die Glocken läuten wieder nach der Sanierung des Turms
				""" + byline
				+ """

						3. Dezember 2026
						Die vier Glocken der Stadtkirche haben am Sonntag zum ersten Mal seit zwei Jahren wieder gemeinsam geläutet, nachdem ein Zimmerer aus Offenburg den Glockenstuhl erneuert hat.
						Läuter aus drei Dörfern kamen zum ersten Geläut, und der Kirchengemeinderat lud danach zu Kaffee und Kuchen in den Gemeindesaal ein.
						Die Arbeiten kosteten mehr als dreißigtausend Euro, die die Gemeinde zum größten Teil selbst gesammelt hat.
						Ein Abend für neue Läuter findet ab Januar an jedem Dienstag statt.
						Teilen
						© 2026 Evangelische Kirchengemeinde Gengenbach
						""";
	}

	private static String frenchPage(String byline) {
		return """
				Paroisse Saint-Florent de Saumur
				Accueil
				Actualités
				Messes
				Contact
				Les cloches sonnent de nouveau après les travaux du clocher
				""" + byline
				+ """

						3 décembre 2026
						Les quatre cloches de l'église Saint-Florent ont sonné ensemble dimanche pour la première fois depuis deux ans, après la réfection de leur charpente par un menuisier de Saumur.
						Des sonneurs de trois villages sont venus pour la première volée, et l'équipe paroissiale a servi un café dans la salle après la messe.
						Les travaux ont coûté plus de trente mille euros, réunis pour la plus grande part par la paroisse avec l'aide du diocèse.
						Une soirée pour les nouveaux sonneurs aura lieu chaque mardi à partir de janvier.
						Partager
						© 2026 Paroisse Saint-Florent
						""";
	}

	// The base read no byline after the article: no writer.
	@Test
	void aTitledWriterAfterTheLabelsArticleIsNamedWithoutTheTitles() {
		ParsedArticle article = extract(parishPage("By the Revd Canon Anne Baker"));
		assertThat(article.authorNames()).containsExactly("Anne Baker");
		assertThat(article.body()).startsWith("The five bells of St Enodoc's").doesNotContain("Revd");
		assertThat(extract(germanPage("Von der Pfarrerin Anna-Lena Koch")).authorNames())
			.containsExactly("Anna-Lena Koch");
		assertThat(extract(frenchPage("Par le père Jean-Luc Martin")).authorNames()).containsExactly("Jean-Luc Martin");
	}

	// The base kept the title in the writer's name, or named none.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "By the Rev. Tobias Penrose|Tobias Penrose", "Posted by the Revd Morwenna Hicks|Morwenna Hicks",
					"By the Rt Revd Philip Mounstephen|Philip Mounstephen", "By Canon Anne Baker|Anne Baker",
					"By Father Michael O'Rourke|Michael O'Rourke", "By Rabbi Miriam Adler|Miriam Adler",
					"By Imam Yusuf Ahmed|Yusuf Ahmed", "By Sister Mary Clare Doyle|Mary Clare Doyle",
					"Von Pfarrer Hans Mühlbauer|Hans Mühlbauer", "Von Prof. Dr. Anna Koch|Anna Koch",
					"Par l'abbé Pierre Dubreuil|Pierre Dubreuil", "Por el padre Juan García|Juan García",
					"Door pastoor Jan de Vries|Jan de Vries" })
	void cutsAWritersTitles(String line, String writer) {
		assertThat(BylineDetector.byline(line)).as(line).containsExactly(writer);
	}

	// Near misses: a title that takes no article before a person opens a place's name
	// after one, and the other lines after "By the" name no one, as before.
	@ParameterizedTest
	@ValueSource(strings = { "By the Canon Street Gate", "By the Lady Chapel", "By the Imam Ali Mosque",
			"By the Father Mathew Bridge", "By the Numbers", "By the Waters of Babylon", "By the Rev. Awdry's engines",
			"By the Trustees", "Par le Père Lachaise" })
	void readsNoWriterFromAPlaceOrATitleAfterTheArticle(String line) {
		assertThat(BylineDetector.byline(line)).as(line).isNull();
	}

	// Near miss: the same lines as the text's crossheads stay in the body, no writer.
	@Test
	void crossheadsNamingAPlaceAfterATitleStayInTheBody() {
		String page = parishPage("By Morwenna Hicks")
			.replace("Ringers from three villages", "By the Lady Chapel\nRingers from three villages")
			.replace("The work cost", "By the Canon Street Gate\nThe work cost");
		ParsedArticle article = extract(page);
		assertThat(article.authorNames()).containsExactly("Morwenna Hicks");
		assertThat(article.body()).contains("By the Lady Chapel\n\nRingers from three villages",
				"By the Canon Street Gate\n\nThe work cost");
	}

	// The base named no writer: the job is in no language's bio.roles.
	@Test
	void aLowerCaseJobAfterTheLabelledNamesCommaIsNoWriter() {
		assertThat(extract(parishPage("By Ruth Calder, churchwarden")).authorNames()).containsExactly("Ruth Calder");
		assertThat(extract(parishPage("By the Revd Morwenna Hicks, vicar")).authorNames())
			.containsExactly("Morwenna Hicks");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Muallif: Dilnoza Rahimova, muxbir|Dilnoza Rahimova", "Autor: Jan Novák, redaktor|Jan Novák",
					"Autorka: Anna Nowak, dziennikarka|Anna Nowak", "Door Eva de Wit, verslaggever|Eva de Wit",
					"Par Jean Martin, envoyé spécial|Jean Martin" })
	void readsTheWriterBeforeALowerCaseJob(String line, String writer) {
		assertThat(BylineDetector.byline(line)).as(line).containsExactly(writer);
	}

	// Near misses: a clause after the name speaks through its stop words, a job in the
	// middle of the list or of three words is read as before.
	@ParameterizedTest
	@ValueSource(strings = { "By Grace Patel, not me", "By Grace Patel, as told", "By Grace Patel, who ran the shop",
			"By Grace Patel, reporter at large" })
	void readsNoWriterBeforeAClauseInLowerCase(String line) {
		assertThat(BylineDetector.byline(line)).as(line).isNull();
	}

}
