package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round review52a: look-alikes of meta52's rules
 * ({@link OfficeJobDeskCreditAndBoxDateTests}) on invented pages. A second writer whose
 * surname is an office's word and whose given name the page also writes as an ordinary
 * word ("Mark Ranger" on a page that says "to mark") is no job; a date line under the
 * headline labelled as a release's, an episode's or an issue's date ("News release:",
 * "Air date:") dates the page; only a box's field inside the text does not (meta52's near
 * miss {@code boxsIssueDateIsNoPublicationDate}). The look-alikes failed on meta52's
 * merge (a06bfa20).
 */
class OfficeJobAndBoxDateLookAlikeTests extends WholePageTests {

	private static String ringersPage(String byline) {
		return """
				Diocesan Guild of Bell Ringers
				Home
				News
				Contact
				News
				New ropes fitted at the abbey after a winter appeal
				""" + byline + "\n"
				+ """
						The eight bells of the abbey were rung with new ropes last Sunday after a winter appeal raised the money within a month.
						The old ropes had worn thin at the sally and several ringers said they were no longer safe to handle on long peals.
						A short ring will mark the work before evensong next week, and visitors are welcome in the chamber afterwards.
						Sales of the guild calendar rose by a third this year, and the ringers thanked everyone who bought one.
						Learn to ring
						""";
	}

	// "Mark Ranger": a given name the page writes as a verb ("will mark") before an
	// office surname names a second writer (meta52's rule read "Mark Ranger" as a job).
	@Test
	void secondWriterWhoseGivenNameIsAnOrdinaryWordStays() {
		ParsedArticle article = extract(ringersPage("By Hilary Prowse, Mark Ranger"));
		assertThat(article.authorNames()).containsExactly("Hilary Prowse", "Mark Ranger");
	}

	// Near miss: a job whose first word the page writes as a noun ("the abbey") is still
	// no second writer.
	@Test
	void jobWhoseFirstWordThePageWritesInLowerCaseStillGoes() {
		ParsedArticle article = extract(ringersPage("by Hilary Prowse, Abbey Captain"));
		assertThat(article.authorNames()).containsExactly("Hilary Prowse");
	}

	// French: "Pierre Ranger" on a page about a stone bridge ("le pont de pierre").
	@Test
	void frenchSecondWriterWhoseGivenNameIsAnOrdinaryWordStays() {
		ParsedArticle article = extract(
				"""
						Le Courrier du Val
						Accueil
						Région
						Sports
						Le vieux pont de pierre rouvrira au printemps après deux ans de travaux
						Par Anne Martin, Pierre Ranger
						Le pont de pierre qui relie les deux rives du village rouvrira au printemps, a annoncé la mairie mardi soir.
						Les travaux ont duré deux ans, car chaque pierre a dû être numérotée, démontée puis remise en place par des artisans.
						La commune a reçu une aide de la région pour couvrir la moitié du coût, le reste étant pris sur son budget.
						Les habitants pourront traverser à pied dès la fin du mois de mars, selon le maire.
						Partager
						""");
		assertThat(article.authorNames()).containsExactly("Anne Martin", "Pierre Ranger");
	}

	private static String releasePage(String dateLine) {
		return """
				County Health Department
				Home
				News
				Contact
				Flu clinics open at five libraries this weekend
				""" + dateLine
				+ """
						Free flu vaccinations will be offered at five county libraries on Saturday and Sunday, the health department said.
						No appointment is needed, and nurses will be on hand from 9 a.m. to 3 p.m. at each site.
						Residents over 65 and those with long-term conditions are urged to come first, the department said.
						Share
						""";
	}

	// A news release's own date under the headline dates the page (meta52's rule read
	// it as another event's).
	@Test
	void newsReleaseLineUnderTheHeadlineDatesThePage() {
		ParsedArticle article = extract(releasePage("News release: March 20, 2026\n"));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 3, 20));
	}

	// A podcast episode's "Air date:" under its headline dates the page.
	@Test
	void episodesAirDateUnderTheHeadlineDatesThePage() {
		ParsedArticle article = extract(
				"""
						The Garden Hour
						Episodes
						About
						Episode 112: Winter pruning without fear
						Air date: March 3, 2026
						This week the team answers listeners' questions about pruning apple trees, roses and wisteria in the cold months.
						Our guest, a head gardener from Kent, explains why a hard cut in February is kinder than it sounds.
						Listen on your favourite app, or download the episode below.
						Share
						""");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 3, 3));
	}

}
