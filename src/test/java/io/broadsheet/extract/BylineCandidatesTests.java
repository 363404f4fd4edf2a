package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authors of a whole page read as text: a labelled byline in any language the
 * resource files know, never a teaser's byline in a list of articles, a comment's author
 * or a menu phrase. Each case is a page ("/" separates its lines) and the authors it must
 * yield (";" between names), empty for none.
 */
class BylineCandidatesTests {

	private static final String ARTICLE = "The council approved the plan after a long debate that lasted well into the night, officials said. / "
			+ "Opponents said they would appeal the decision in the regional court before the summer recess begins. / ";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Home / Council approves plan / By Jane Smith and Tom Brown / " + ARTICLE + "|Jane Smith;Tom Brown",
			"Start / Rat beschließt Plan / Von Katrin Bauer / " + ARTICLE + "|Katrin Bauer",
			"Accueil / Le conseil approuve le plan / Par Marie Dupont et Luc Martin / " + ARTICLE
					+ "|Marie Dupont;Luc Martin",
			"Главная / Совет одобрил план / Автор: Ирина Смирнова / " + ARTICLE + "|Ирина Смирнова",
			"Council approves plan / 12 March 2024 / By Jane Smith - 12 March 2024 / " + ARTICLE + "|Jane Smith",
			// the label on a line of its own, the name on the next
			"Home / Council approves plan / By / Jane Smith / 12 March 2024 / " + ARTICLE + "|Jane Smith",
			"Start / Rat beschließt Plan / Kommentar von / Katrin Bauer / " + ARTICLE + "|Katrin Bauer",
			// a menu phrase is no name
			"Trending Latest Sections / Council approves plan / " + ARTICLE + "|",
			// teasers of other articles, each with its byline
			"Council approves plan / " + ARTICLE
					+ "More stories / Budget talks stall / By Ann Lee / New mayor sworn in / By Bob Ray / Road works / By Cy Dunn|",
			// a comment's author
			"Council approves plan / " + ARTICLE + "Comments / Posted by Mark Twain / I disagree.|" })
	void findsTheAuthors(String page, String expected) {
		BylineDetector.Candidate found = BylineDetector.authors(DateCandidatesTests.paragraphs(page), -1);
		List<String> names = (found != null) ? found.names() : List.of();
		assertThat(names).isEqualTo((expected != null) ? List.of(expected.split(";")) : List.of());
	}

	// A name and a date on one line, without a label, in either order ('#' ends the page
	// here: these lines hold '|').
	@ParameterizedTest
	@CsvSource(delimiter = '#',
			value = {
					"Home / Council approves plan / 04.02.2022 | 15:33 Uhr | Jonas Weber / " + ARTICLE + "#Jonas Weber",
					"Home / Council approves plan / Jonas Weber 15.06.2020, 12.11 Uhr / " + ARTICLE + "#Jonas Weber",
					"Accueil / Le conseil approuve le plan / 1 février 2022, Marie Dupont / " + ARTICLE
							+ "#Marie Dupont",
					"Home / Council approves plan / 2019-11-20 17:27:46 Jane Smith / " + ARTICLE + "#Jane Smith",
					// a headline with a year is no dated byline
					"Home / Paris Olympics 2024 / " + ARTICLE + "#",
					// several name-and-date lines are teasers of other articles, however
					// far apart
					"Council approves plan / " + ARTICLE + "Budget talks stall / Ann Lee | 22.11.22 / " + ARTICLE
							+ "Road works / Bob Ray | 25.10.23#" })
	void findsANameBesideItsDate(String page, String expected) {
		findsTheAuthors(page, expected);
	}

	// An author box's name line: the name and what such a box prints after it, the
	// author's own handle, a role or a link to their articles ('#' ends the page: a
	// handle line may hold '|').
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = {
			"Home / Council approves plan / Jane Smith@janesmith / " + ARTICLE + "#Jane Smith",
			"Council approves plan / Jane Smith @jsmith / 2 days / " + ARTICLE + "#Jane Smith",
			"Home / Council approves plan / Jane SmithView More Articles / " + ARTICLE + "#Jane Smith",
			"Home / Council approves plan / Jane Q. Smith Senior Contributor / " + ARTICLE + "#Jane Q. Smith",
			"Home / Council approves plan / Jane SmithContributor / " + ARTICLE + "#Jane Smith",
			"Home / Council approves plan / Tom Brown Education editor / " + ARTICLE + "#Tom Brown",
			"Start / Rat beschließt Plan / Katrin Bauer, Redakteurin / " + ARTICLE + "#Katrin Bauer",
			"Accueil / Le conseil approuve le plan / Marie Dupont, journaliste / " + ARTICLE + "#Marie Dupont",
			// a comma ends the name: the role names no field before it
			"Inicio / El consejo aprueba el plan / Juan Carlos Pérez, periodista / " + ARTICLE + "#Juan Carlos Pérez",
			"Inicio / El consejo aprueba el plan / Lucía Gómez Ver más artículos / " + ARTICLE + "#Lucía Gómez",
			// the box's name again on the author's dated teasers further down
			"Home / Council approves plan / Jane SmithView More Articles / " + ARTICLE
					+ "Next / Budget talks stall / Jane Smith 2019-11-20 17:27:46 / Previous / Road works / 2019-11-19 10:02:11 Bob Ray#Jane Smith",
			// someone else's handle: a quoted post
			"Home / Council approves plan / Jane Smith@cityhallwatch / " + ARTICLE + "#",
			// a heading in capitals
			"Start / Rat beschließt Plan / " + ARTICLE + "MEHR ARTIKEL VOM AUTOR / Weitere Themen#",
			// one of a list of people and what they are
			"Contributors / Ann Lee, author / Tom Brown, columnist / Cy Dunn, Bard College / " + ARTICLE + "#",
			// the role on the line under the name
			"Home / Council approves plan / Tom Brown / News Reporter / Riverside News / " + ARTICLE + "#Tom Brown",
			"Start / Rat beschließt Plan / Katrin Bauer / Redakteurin / " + ARTICLE + "#Katrin Bauer",
			// a link, a label alone, a list of people and their roles
			"Council approves plan / " + ARTICLE + "Mission Statement / Message from the Editor#",
			"Rat beschließt Plan / " + ARTICLE + "Über den Autor / Zeige alle Artikel#",
			"Council approves plan / " + ARTICLE + "Our team / Ann Lee / Managing Editor / Tom Brown / News Editor#" })
	void findsTheNameOfAnAuthorBox(String page, String expected) {
		BylineDetector.Candidate found = BylineDetector.authors(DateCandidatesTests.paragraphs(page), -1);
		List<String> names = (found != null) ? found.names() : List.of();
		assertThat(names).isEqualTo((expected != null) ? List.of(expected.split(";")) : List.of());
	}

	// A role in sentence case: on the line under the name ("Senior writer") or after a
	// comma with a few lower-case words before its mark ("readers' editor"). Look-alikes:
	// a section's link in mixed case, a role of more words than a role's field, a
	// sentence that names a person and an editor, and a list of people with their roles.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = {
			"Home / Council approves plan / James Okoro / Senior writer / " + ARTICLE + "#James Okoro",
			"Home / Council approves plan / Mary Fenn / Contributing columnist / " + ARTICLE + "#Mary Fenn",
			"Opinion / We got the story wrong / Amara Obi, readers' editor / " + ARTICLE + "#Amara Obi",
			"Politics / Council approves plan / Tom Brown, deputy political editor / " + ARTICLE + "#Tom Brown",
			"Council approves plan / " + ARTICLE + "Opinion Columnists / Letters to the Editor#",
			"Council approves plan / Tom Brown / Senior writer at the paper since the spring / " + ARTICLE + "#",
			"Council approves plan / Tom Brown, who was once our paper's long-serving editor / " + ARTICLE + "#",
			"Council approves plan / " + ARTICLE + "Contributors / Ann Lee, readers' editor / Tom Brown, columnist#",
			// review34a: a pull quote's speaker and their role are no author box
			"Council approves plan / " + ARTICLE
					+ "“People said nobody would read a village paper on a phone. They were wrong.” / Margaret Holt / Former editor / "
					+ ARTICLE + "#",
			"Council approves plan / By Daniel Marsh / 1 December 2026 / " + ARTICLE
					+ "\"People said nobody would read a village paper on a phone. They were wrong.\" / Margaret Holt / Former editor / "
					+ ARTICLE + "#Daniel Marsh" })
	void findsTheNameOverOrBeforeARoleInSentenceCase(String page, String expected) {
		BylineDetector.Candidate found = BylineDetector.authors(DateCandidatesTests.paragraphs(page), -1);
		List<String> names = (found != null) ? found.names() : List.of();
		assertThat(names).isEqualTo((expected != null) ? List.of(expected.split(";")) : List.of());
	}

	// A tag above the headline that names a person ("Ron Weber") is a bare name beside
	// the date line, not a teaser's byline making the labelled byline under it one of a
	// list; the date line is the fourth block.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = {
			"Politics / Ron Weber / Council approves plan / 12 March 2024 / By Jane Smith / Ron Weber said the plan was late. / "
					+ ARTICLE + "#Jane Smith",
			"Politik / Olaf Berger / Rat beschließt Plan / 12.03.2024 / Von Katrin Bauer / Olaf Berger nannte den Plan verspätet. / "
					+ ARTICLE + "#Katrin Bauer" })
	void takesNoTagForATeasersByline(String page, String expected) {
		BylineDetector.Candidate found = BylineDetector.authors(DateCandidatesTests.paragraphs(page), 3);
		assertThat((found != null) ? found.names() : List.of()).isEqualTo(List.of(expected));
	}

	// A byline set on several lines, each further name opened by a separator, perhaps
	// after the role of the name above; a sentence opened by "and" adds no one. Pages
	// read whole ("/" between blocks).
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = {
			"Home / Council approves plan / By Jane Smith | jsmith@example.com | Riverside News / , Tom Brown | tbrown@example.com | Riverside News / and Ann Lee | alee@example.com | Riverside News / 12 March 2024 / "
					+ ARTICLE + "#Jane Smith;Tom Brown;Ann Lee",
			"Home / Council approves plan / By Jane Smith / Senior Politics Reporter, Riverside News / and / Tom Brown / Politics Reporter, Riverside News / 12 March 2024 / "
					+ ARTICLE + "#Jane Smith;Tom Brown",
			"Start / Rat beschließt Plan / Von Katrin Bauer, Redakteurin / und Jonas Weber, Korrespondent in Berlin / 12.03.2024 / "
					+ ARTICLE + "#Katrin Bauer;Jonas Weber",
			"Accueil / Le conseil approuve le plan / Par Marie Dupont / et Luc Martin, correspondant à Lyon / 12 mars 2024 / "
					+ ARTICLE + "#Marie Dupont;Luc Martin",
			"Home / Council approves plan / By Jane Smith / and Tom Brown said the vote came late. / 12 March 2024 / "
					+ ARTICLE + "#Jane Smith" })
	void readsTheNamesBelowAByline(String page, String expected) {
		ParsedArticle article = new ArticleExtractor()
			.extract(page.replace(" / ", "\n\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
		assertThat(article.authorNames()).isEqualTo(List.of(expected.split(";")));
	}

	// A wire story's byline names its first reporter, its credit line under the text all
	// of them ("Reporting by A in …, and B in …; Editing by C"): the credit line's
	// writers are the authors, its editor not; a credit line naming someone else than
	// the byline does not add to it.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = { "Home / Council approves plan / By Ingrid Solberg / 12 March 2024 / "
			+ ARTICLE
			+ "Reporting by Ingrid Solberg in Helsinki and Marek Zielinski in Stockholm; Editing by Helen Carver#Ingrid Solberg;Marek Zielinski",
			"Home / Council approves plan / By Ingrid Solberg / 12 March 2024 / " + ARTICLE
					+ "Reporting by Marek Zielinski in Stockholm; Editing by Helen Carver#Ingrid Solberg" })
	void addsTheReportersOfTheCreditLineToTheByline(String page, String expected) {
		ParsedArticle article = new ArticleExtractor()
			.extract(page.replace(" / ", "\n\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
		assertThat(article.authorNames()).isEqualTo(List.of(expected.split(";")));
	}

	// A "Comments" entry of the menu above the article's date line heads no comments:
	// the byline under it is the article's; a comments heading below the article still
	// heads its comments. The date line is the fifth block ('#' ends the page).
	@ParameterizedTest
	@CsvSource(delimiter = '#',
			value = {
					"Home / Comments / Archive / Council approves plan / 12 March 2024 / By Jane Smith / " + ARTICLE
							+ "#Jane Smith",
					"Start / Kommentare / Archiv / Rat beschließt Plan / Jonas Weber 15.06.2020, 12.11 Uhr / " + ARTICLE
							+ "#Jonas Weber",
					"Home / Archive / Video / Council approves plan / 12 March 2024 / " + ARTICLE
							+ "Comments / Posted by Mark Twain / I disagree.#" })
	void takesNoMenuEntryForTheComments(String page, String expected) {
		BylineDetector.Candidate found = BylineDetector.authors(DateCandidatesTests.paragraphs(page), 4);
		List<String> names = (found != null) ? found.names() : List.of();
		assertThat(names).isEqualTo((expected != null) ? List.of(expected) : List.of());
	}

	// A line of two full names or more under the headline, joined by a separator and
	// with no date line near, is a byline; one bare name there may be a menu entry.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = {
			"News / Council approves plan after long debate / Jane Smith and Tom Brown / Riverside Network / " + ARTICLE
					+ "#Jane Smith;Tom Brown",
			"Nachrichten / Rat beschließt Plan nach langer Debatte / Katrin Bauer und Jonas Weber / Stadtanzeiger / "
					+ ARTICLE + "#Katrin Bauer;Jonas Weber",
			"News / Council approves plan after long debate / Jane Smith / Riverside Network / " + ARTICLE + "#" })
	void takesALineOfNamesUnderTheHeadline(String page, String expected) {
		ParsedArticle article = new ArticleExtractor()
			.extract(page.replace(" / ", "\n\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
		assertThat(article.authorNames()).isEqualTo((expected != null) ? List.of(expected.split(";")) : List.of());
	}

}
