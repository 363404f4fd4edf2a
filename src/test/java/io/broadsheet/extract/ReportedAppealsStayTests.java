package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A charity's, a fundraiser's or a food bank's story keeps its own paragraphs about
 * donations, though they open as a site's appeal does (review47a, a second look at
 * chrome47's appeals and bidding headings with "us" and lang47's Nynorsk subscription
 * prompt): a sentence opening "Thanks to generous donations, …", "Support for the
 * donation drive …" or "Get well cards and donations …", a block that reports someone's
 * appeal ("Please give what you can, she urged …"), a crosshead with "us" over a
 * supporter's reported plea, a Nynorsk crosshead asking "Vil du lese meir i sommar?". And
 * what still leaves: a site's own appeal, a bidding heading with "us" over the site's
 * prayer request, Nynorsk's "Vil du lese meir frå …?" prompt.
 */
class ReportedAppealsStayTests extends WholePageTests {

	private static String page(String middle, String end) {
		return """
				Food bank shelves empty as demand doubles | Riverside Gazette

				Riverside Gazette

				News

				Food bank shelves empty as demand doubles

				By Jane Smith

				March 4, 2026

				The Riverside Food Bank says demand has doubled since the autumn, with more than 400 families now collecting parcels every week from its hall.

				Volunteers at the centre on Mill Lane said the shelves had rarely been so empty, and that tinned vegetables and nappies were in shortest supply.

				%s

				The manager, Ruth Alder, said the charity had been forced to cut the size of each parcel for the first time in its twelve-year history.

				The food bank is open on Tuesdays and Fridays, and the council will review its grant to the charity in March.

				%s

				Related stories

				Council approves budget for new library

				Bridge repairs delayed until summer
				"""
			.formatted(middle, end);
	}

	@Test
	void keepsAParagraphOpeningThanksToDonations() {
		String paragraph = "Thanks to generous donations from across the county, the shelter reopened in May. "
				+ "Volunteers now serve 200 meals a week.";
		assertThat(extract(page(paragraph, "")).body()).contains(paragraph);
	}

	@Test
	void keepsAParagraphOpeningSupportForADonationDrive() {
		String paragraph = "Support for the donation drive grew quickly after the flood. "
				+ "More than 300 residents gave food, clothing and blankets in the first week.";
		assertThat(extract(page(paragraph, "")).body()).contains(paragraph);
	}

	@Test
	void keepsAParagraphOpeningGetWellCardsAndDonations() {
		String paragraph = "Get well cards and donations poured in after the accident. "
				+ "The headteacher said the school had been overwhelmed by the kindness.";
		assertThat(extract(page(paragraph, "")).body()).contains(paragraph);
	}

	@Test
	void keepsAReportedAppealWithoutQuoteMarks() {
		String paragraph = "Donations have fallen by a third this winter, the manager said. "
				+ "Please give what you can, she urged shoppers outside the supermarket.";
		assertThat(extract(page(paragraph, "")).body()).contains(paragraph);
	}

	@Test
	void keepsAChurchOfficesDonationsNoteWithItsSpeaker() {
		String paragraph = "Donations can be made at the church office on weekdays. "
				+ "Please bring them before Friday, the vicar said.";
		assertThat(extract(page(paragraph, "")).body()).contains(paragraph);
	}

	@Test
	void keepsAReportedJoinUnderTheText() {
		String paragraph = "Join the hundreds of neighbours who have already given. "
				+ "Donations are accepted at the hall on Tuesdays and Fridays, Ms Alder said.";
		assertThat(extract(page("", paragraph)).body()).endsWith(paragraph);
	}

	@Test
	void keepsACrossheadWithUsOverTheStorysOwnLastParagraph() {
		String paragraph = "Thanks to generous donations from across the county, the family moved into a "
				+ "rented house in May. Neighbours have since raised £12,000.";
		assertThat(extract(page("", "Help us rebuild\n\n" + paragraph)).body()).contains("Help us rebuild")
			.endsWith(paragraph);
	}

	@Test
	void keepsACrossheadWithUsOverASupportersReportedPlea() {
		String paragraph = "Please explain why the club sold the ground, one supporter said in a letter signed "
				+ "by more than 2,000 fans and delivered to the club's offices.";
		assertThat(extract(page("", "Give us answers\n\n" + paragraph)).body()).contains("Give us answers")
			.endsWith(paragraph);
	}

	@Test
	void stillLeavesTheSitesOwnAppealOut() {
		ParsedArticle article = extract(page("", "Support local journalism. Donate to the Riverside Gazette today."));
		assertThat(article.body()).endsWith("review its grant to the charity in March.")
			.doesNotContain("Support local journalism");
	}

	@Test
	void stillLeavesAQuotedAppealIn() {
		String paragraph = "“Please donate whatever you can,” Ms Alder said. “Every tin helps.”";
		assertThat(extract(page(paragraph, "")).body()).contains(paragraph);
	}

	@Test
	void stillLeavesAPrayWithUsBoxOut() {
		ParsedArticle article = extract(
				page("", "Pray with us\n\nPlease pray for the families who rely on the food bank this winter."));
		assertThat(article.body()).endsWith("review its grant to the charity in March.")
			.doesNotContain("Pray with us", "Please pray");
	}

	private static String nynorsk(String middle, String end) {
		return """
				Ny skule på Kvam

				Av Kari Nes

				4. mars 2026

				Kommunestyret i Sogndal vedtok tysdag kveld å byggje ny skule på Kvam, etter ein lang debatt om kostnadene og kor mykje elevane skal måtte reise kvar dag.

				Ordføraren seier arbeidet kan starte til våren og ta om lag atten månader, og at den gamle skulen skal vere open heilt til den nye står ferdig.

				%s

				Fleire foreldre som møtte opp, sa at dei var glade for vedtaket, men at dei var uroa for trafikken forbi skulen i byggjetida.

				Kommunen skal leggje fram ein fullstendig plan neste månad, og teikningane blir stilte ut på biblioteket i februar.

				%s
				"""
			.formatted(middle, end);
	}

	@Test
	void keepsANynorskCrossheadAskingWhetherYouWantToReadMore() {
		ParsedArticle article = extract(nynorsk("Vil du lese meir i sommar?", ""));
		assertThat(article.body()).contains("Vil du lese meir i sommar?")
			.endsWith("teikningane blir stilte ut på biblioteket i februar.");
	}

	@Test
	void stillLeavesANynorskSubscriptionPromptOut() {
		ParsedArticle article = extract(nynorsk("",
				"Vil du lese meir frå Fjordingen? Bli abonnent i dag – kjøp abonnement\n\nKjøp abonnement"));
		assertThat(article.body()).endsWith("teikningane blir stilte ut på biblioteket i februar.")
			.doesNotContain("abonnent");
	}

}
