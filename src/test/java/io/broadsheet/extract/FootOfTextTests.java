package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stands between an article's last paragraph and the page's footer (foot61): every
 * language file's end notes read (Dutch's were not: French's verb of saying "dit" opens
 * them), the page's tags over a writer's note, an Italian foot byline ("Pubblicato da X
 * il 3 dicembre 2026") and a site's thanks for reading in other languages than English.
 */
class FootOfTextTests extends WholePageTests {

	// ---- end notes of every language file ----

	@Test
	void everyLanguageFilesClosingNoteIsReadAsAnEndNote() {
		List<String> unread = new ArrayList<>();
		for (String language : Languages.codes()) {
			for (String opening : Languages.values(language, Languages.NOTES_CLOSING)) {
				String note = Character.toUpperCase(opening.charAt(0)) + opening.substring(1) + " 2026.";
				if (!EndNotes.isEndNote(note)) {
					unread.add(language + ": " + note);
				}
			}
		}
		assertThat(unread).isEmpty();
	}

	@Test
	void aDutchNoteLeavesTheBodyWithTheFooterUnderIt() {
		String page = """
				Roeivereniging De Linde
				Home
				Nieuws
				Contact
				Nieuw botenhuis opent de deuren
				Door Marieke de Lange
				3 december 2026
				Het nieuwe botenhuis van de vereniging werd zaterdagochtend geopend in het bijzijn van zo'n honderd roeiers, ouders en raadsleden.
				Het houten gebouw op de linkeroever werd in acht maanden gebouwd en biedt nu plaats aan de veertig boten van de club en een werkplaats.
				Het werk werd deels betaald door de provincie en deels door een inzameling onder de leden die twee jaar geleden begon.
				De eerste tochten vanaf de nieuwe steiger zijn volgend weekend, als de waterstand het toelaat.
				Dit artikel is vertaald door Jan de Vries.
				Meer nieuws
				Uitslagen van de najaarsregatta
				Algemene ledenvergadering op 12 januari
				""";
		ParsedArticle article = extract(page);
		assertThat(article.body()).endsWith("als de waterstand het toelaat.")
			.doesNotContain("vertaald")
			.doesNotContain("najaarsregatta");
	}

	// ---- tags over a writer's note ----

	private static String tagsPage(String tags) {
		return """
				Flusstal-Kurier: Handgemalte Schilder kehren in die Hauptstraße zurück
				Menü
				Suche
				Startseite
				Nachrichten
				Wirtschaft
				Kultur
				Wirtschaft
				Handgemalte Schilder kehren in die Hauptstraße zurück, und eine Malerin hat viel zu tun
				von Tobias Wenger
				1. Dezember 2026
				Lotte Hambrecht malt Ladenschilder von Hand, mit Malstock und einem Pinsel aus Eichhörnchenhaar, und zum ersten Mal in 38 Jahren hat sie eine Warteliste.
				Elf der Geschäfte in der Vorderen Gasse tragen ein Schild von ihr. Das neueste, für eine Bäckerei, die im Oktober eröffnet hat, kostete sie vier Tage auf der Leiter.
				Sie lernte das Handwerk in den Achtzigerjahren bei einem Schildermaler auf dem Jahrmarkt und hielt den Betrieb in den mageren Jahren mit Blattgold auf Feuerwehrautos am Leben.
				Ihre Auszubildende, Nadja Pruss, 27, hat ihre Stelle als Grafikerin gekündigt, um das Malen zu lernen. %s
				%s
				Tobias Wenger
				Tobias Wenger ist Wirtschaftsredakteur beim Flusstal-Kurier und schreibt über Handwerk und Kultur.
				Über uns
				Kontakt
				Impressum
				Datenschutz
				© 2026 Flusstal-Kurier. Alle Rechte vorbehalten.
				""";
	}

	// review61d: a short list of the text's own with figures in it (opening hours) over
	// the writer's note stays; the tags over it leave.
	private static String shopPage(String tail) {
		return """
				Valley Courier: Hand-painted signs return to Main Street
				Home
				News
				Arts
				Hand-painted signs return to Main Street, and one painter is busy
				By Tobias Wren
				December 1, 2026
				Rosa Kettle has painted shop signs by hand for 38 years, with a mahl stick and a squirrel-hair brush, and for the first time she has a waiting list.
				Eleven of the shops on Fore Street carry one of her signs. The newest, for a bakery that opened in October, took her four days up a ladder.
				She learned the trade in the eighties from a fairground painter and kept the business alive in the lean years with gold leaf on fire engines.
				%s
				Tobias Wren
				Tobias Wren covers business for the Valley Courier and writes about crafts and culture.
				About
				Contact
				© 2026 Valley Courier
				"""
			.formatted(tail);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "The shop opens again after the holidays.\nTuesday to Friday 9-6\nSaturday 9-2\nSunday closed",
					"Die Werkstatt hat nach den Feiertagen wieder offen.\nDienstag bis Freitag 9-18\nSamstag 9-14" })
	void keepsAListWithFiguresOverAWritersNote(String tail) {
		String last = tail.substring(tail.lastIndexOf('\n') + 1);
		assertThat(extract(shopPage(tail)).body()).endsWith(last);
	}

	@Test
	void leavesTheTagsOverAWritersNoteOut() {
		String last = "Hambrecht sagt, Pruss male schon ein saubereres R als sie selbst.";
		ParsedArticle article = extract(tagsPage("Kleinunternehmen\nMarienberg\nKunst").formatted(last, ""));
		assertThat(article.body()).endsWith(last).doesNotContain("Marienberg").doesNotContain("Kunst");
	}

	@Test
	void leavesSpanishTagsOverAWritersNoteOut() {
		String page = """
				Correo del Valle: Los rótulos pintados a mano vuelven a la calle Mayor
				Menú
				Inicio
				Noticias
				Economía
				Los rótulos pintados a mano vuelven a la calle Mayor, y una pintora no da abasto
				por Tomás Ruedas
				1 de diciembre de 2026
				Leticia Hambra pinta rótulos de tiendas a mano, con un tiento y un pincel de pelo de ardilla, y por primera vez en 38 años tiene lista de espera.
				Once de los comercios de la calle Delantera llevan un rótulo suyo. El más reciente, para una panadería que abrió en octubre, le llevó cuatro días subida a una escalera.
				Aprendió el oficio en los años ochenta con un pintor de feria y mantuvo el negocio en los años flojos pintando pan de oro en camiones de bomberos.
				Su aprendiz, Nadia Prado, de 27 años, dejó un empleo de diseñadora gráfica para aprender.
				Pequeña empresa
				Mariola
				Arte
				Tomás Ruedas
				Tomás Ruedas es redactor de economía del Correo del Valle y escribe sobre oficios y cultura.
				Quiénes somos
				Contacto
				Aviso legal
				© 2026 Correo del Valle. Todos los derechos reservados.
				""";
		ParsedArticle article = extract(page);
		assertThat(article.body()).endsWith("para aprender.").doesNotContain("Mariola");
	}

	// a list the text introduces under its colon is the text's
	@Test
	void keepsAListUnderTheTextsColonOverAWritersNote() {
		String last = "Was eine Anfängerin braucht, zählt sie auf:";
		ParsedArticle article = extract(
				tagsPage("einen Malstock\nPinsel aus Eichhörnchenhaar\nBlattgold").formatted(last, ""));
		assertThat(article.body()).contains(last).contains("Blattgold");
	}

	// ---- an Italian foot byline ----

	private static final String ITALIAN_CLUB = """
			Società Canottieri Villanova
			Home
			Il club
			Orari
			Iscrizioni
			Notizie
			Contatti
			Notizie
			Il nuovo hangar delle barche apre le porte
			Il nuovo hangar delle barche della società è stato inaugurato sabato mattina davanti a un centinaio di vogatori, genitori e consiglieri comunali.
			L'edificio in legno, costruito in otto mesi sulla riva sinistra, ospita ora le quaranta imbarcazioni del club e un'officina per le riparazioni.
			I lavori sono stati pagati in parte dalla regione e in parte con una raccolta fondi tra i soci avviata due anni fa.
			Le prime uscite dal nuovo pontile ci saranno il prossimo fine settimana, se il livello del fiume lo permette.
			%s
			Categorie: Vita del club, Lavori
			Articolo precedente: Risultati della regata d'autunno
			Articolo successivo: Assemblea generale del 12 gennaio
			Società Canottieri Villanova, Lungofiume 4, Villanova
			Copyright 2026 Società Canottieri Villanova
			""";

	@ParameterizedTest
	@ValueSource(
			strings = { "Pubblicato da Marta Lodi il 3 dicembre 2026", "Scritto da Marta Lodi il 3 dicembre 2026" })
	void readsTheWriterAndDateOfAnItalianFootByline(String footer) {
		ParsedArticle article = extract(ITALIAN_CLUB.formatted(footer));
		assertThat(article.authors().value()).containsExactly("Marta Lodi");
		assertThat(article.publishedDate().value()).hasToString("2026-12-03");
		assertThat(article.body()).endsWith("se il livello del fiume lo permette.");
	}

	@Test
	void readsADateLineWithATwoWordLabel() {
		assertThat(DateLineDetector.detect("Pubblicato da Marta Lodi il 3 dicembre 2026")).isNotNull();
		assertThat(BylineDetector.byline("Pubblicato da Marta Lodi il 3 dicembre 2026")).containsExactly("Marta Lodi");
	}

	// ---- a site's thanks for reading in another language ----

	private static final String GERMAN_CLUB = """
			Ruderverein Lindenau
			Startseite
			Der Verein
			Trainingszeiten
			Mitgliedschaft
			Aktuelles
			Kontakt
			Aktuelles
			Neues Bootshaus eröffnet
			Das neue Bootshaus des Vereins wurde am Samstagvormittag vor rund hundert Ruderern, Eltern und Gemeinderäten eröffnet.
			Das Holzgebäude am linken Ufer wurde in acht Monaten gebaut und beherbergt nun die vierzig Boote des Vereins und eine Werkstatt.
			Die Arbeiten wurden zum Teil vom Land und zum Teil durch eine Spendenaktion unter den Mitgliedern bezahlt, die vor zwei Jahren begann.
			Die ersten Ausfahrten vom neuen Steg aus sind für das nächste Wochenende geplant, wenn der Wasserstand es erlaubt.
			%s
			Veröffentlicht von Martina Lehmann am 3. Dezember 2026
			Kategorien: Vereinsleben, Bauarbeiten
			Vorheriger Beitrag: Ergebnisse der Herbstregatta
			Nächster Beitrag: Mitgliederversammlung am 12. Januar
			Ruderverein Lindenau e.V., Uferstraße 4, 04177 Leipzig
			Impressum
			Datenschutz
			Copyright 2026 Ruderverein Lindenau
			""";

	@Test
	void leavesAGermanSitesThanksForReadingOut() {
		ParsedArticle article = extract(GERMAN_CLUB.formatted("Vielen Dank für Ihr Interesse."));
		assertThat(article.body()).endsWith("wenn der Wasserstand es erlaubt.").doesNotContain("Interesse");
		assertThat(Boilerplate.readsAsSiteFurniture("Merci de nous avoir lu.")).isTrue();
		assertThat(Boilerplate.readsAsSiteFurniture("Gracias por tu lectura.")).isTrue();
		assertThat(Boilerplate.readsAsSiteFurniture("Grazie per aver letto.")).isTrue();
		assertThat(Boilerplate.readsAsSiteFurniture("Bedankt voor het lezen.")).isTrue();
	}

	// a thanks to others in the story's own voice stays
	@Test
	void keepsAGermanThanksToOthers() {
		String thanks = "Danke an alle, die beim Bau mitgeholfen haben.";
		ParsedArticle article = extract(GERMAN_CLUB.formatted(thanks));
		assertThat(article.body()).endsWith(thanks);
	}

	// ---- a Spanish tags label ----

	@Test
	void leavesTheTagsUnderASpanishArchivedInLabelOut() {
		String page = """
				Correo del Valle
				Inicio
				Noticias
				Sociedad
				El ayuntamiento amplía el horario de las bibliotecas en diciembre
				por Lucía Fernández
				3 de diciembre de 2026
				Las cuatro bibliotecas municipales abrirán también los domingos por la mañana durante todo el mes de diciembre, anunció este miércoles el ayuntamiento.
				La medida responde a la demanda de los estudiantes, que llenan las salas de lectura en época de exámenes desde primera hora.
				El concejal de Cultura explicó que el refuerzo costará unos 40.000 euros y que se cubrirá con personal de otras áreas.
				El horario ampliado se revisará en enero en función de la afluencia.
				Archivado en:
				Bibliotecas
				Educación
				Cultura
				© 2026 Correo del Valle. Todos los derechos reservados.
				Comentarios
				""";
		ParsedArticle article = extract(page);
		assertThat(article.body()).endsWith("en función de la afluencia.").doesNotContain("Bibliotecas\n");
	}

}
