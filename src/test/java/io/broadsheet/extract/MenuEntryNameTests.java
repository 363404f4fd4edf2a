package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare name under a headline that the site's menus list again among its sections is a
 * section's, no writer's (lang51, narrowed by review51b): read through the whole
 * extractor. A section the header's menu and the footer's both list is dropped; a
 * columnist a menu lists once among the sections, a footer's editor and a tag list
 * holding the writer's name keep their writer.
 */
class MenuEntryNameTests extends WholePageTests {

	private static final String STORY = """
			The ferry between Port Ellis and Marden will run twice an hour from Monday, the operator said on Tuesday.
			The new timetable follows a year of complaints from commuters about crowded boats at peak times.
			A second vessel, leased from a Scottish operator, joins the route this weekend after its safety checks.
			Fares will stay the same until April, when the operator will review them with the council.
			""";

	private static final String GERMAN_STORY = """
			Die Fähre zwischen Port Ellis und Marden fährt ab Montag zweimal in der Stunde, sagte der Betreiber am Dienstag.
			Der neue Fahrplan folgt auf ein Jahr voller Beschwerden von Pendlern über volle Boote zu den Stoßzeiten.
			Ein zweites Schiff, das von einem schottischen Betreiber gemietet wurde, kommt am Wochenende hinzu.
			Die Preise bleiben bis April gleich, dann will der Betreiber sie mit der Stadt prüfen.
			""";

	@Test
	void takesNoSectionTheHeaderAndFooterMenusListForAWriter() {
		ParsedArticle article = extract("""
				The Marden Gazette
				Home
				News
				Real Estate
				Business
				Sport
				Harbour flats sell out in a week
				Real Estate
				3 March 2026
				""" + STORY + """
				Share
				Sections
				News
				Real Estate
				Business
				Sport
				""");
		assertThat(article.authors()).isNull();
		assertThat(article.body()).startsWith("The ferry between Port Ellis and Marden");
	}

	@Test
	void takesNoGermanSectionBesideTheDateForAWriter() {
		ParsedArticle article = extract("""
				Marder Bote
				Startseite
				Lokales
				Aktuelle Meldungen
				Wirtschaft
				Sport
				Fähre fährt bald zweimal pro Stunde
				Aktuelle Meldungen
				3. März 2026
				""" + GERMAN_STORY + """
				Teilen
				Lokales
				Wirtschaft
				Aktuelle Meldungen
				Sport
				Impressum
				""");
		assertThat(article.authors()).isNull();
	}

	@Test
	void keepsAColumnistTheOpinionMenuListsOnce() {
		ParsedArticle article = extract("""
				The Marden Gazette
				Home
				News
				Opinion
				Editorials
				Mara Quist
				Tom Ecker
				Letters
				Sport
				Why the new ferry timetable is a good start
				Mara Quist
				3 March 2026
				""" + STORY + """
				Share
				Facebook
				""");
		assertThat(article.authors().value()).containsExactly("Mara Quist");
	}

	@Test
	void keepsAGermanColumnistTheMenuListsOnce() {
		ParsedArticle article = extract("""
				Marder Bote
				Startseite
				Lokales
				Meinung
				Kolumnen
				Anna Berger
				Leserbriefe
				Wetter
				Warum der neue Fährplan ein guter Anfang ist
				Anna Berger
				3. März 2026
				""" + GERMAN_STORY + """
				Teilen
				""");
		assertThat(article.authors().value()).containsExactly("Anna Berger");
	}

	// A writer's bare name under the headline, over the date, and the lines under the
	// text that list it once.
	private static String writerPage(String under) {
		return """
				The Marden Gazette
				Home
				News
				Sport
				Why the new ferry timetable is a good start
				Mara Quist
				3 March 2026
				""" + STORY + under;
	}

	@Test
	void keepsTheFootersEditorAndTheTagListsWriter() {
		ParsedArticle editor = extract(writerPage("""
				Share
				About us
				Editor
				Mara Quist
				Advertise
				Privacy
				"""));
		ParsedArticle tags = extract(writerPage("""
				Tags
				Ferries
				Mara Quist
				Marden
				Transport
				"""));
		assertThat(editor.authors().value()).containsExactly("Mara Quist");
		assertThat(tags.authors().value()).containsExactly("Mara Quist");
	}

}
