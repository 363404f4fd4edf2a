package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's appeals and sponsors' lines kept among or after the text (blind24's public
 * radio station, blind21's heritage railway and nonprofit newsroom, blind22's diocese,
 * blind21's trade paper): a sentence bidding the reader give that names a donation
 * ("Donate to … today", "Support reporting like this with a donation today"), a bidding
 * heading with "us" over a prompt or an appeal ("Pray with us", "Help us finish …"), and
 * a sponsor's teaser between paragraphs ("Sponsored content: …") all leave the body. And
 * the look-alikes that must stay: a sentence of the text about donations, a charity's own
 * "Please give what you can today.", a quoted bidding, a crosshead naming "US", a
 * sentence that opens with an ad word.
 */
class SiteAppealsBodyTests extends WholePageTests {

	private static String page(String tail) {
		return """
				Wildlife crossing on Route 12 wins federal grant | Lakeside Public Radio

				Skip to main content

				Lakeside Public Radio

				Listen Live

				News

				Wildlife crossing on Route 12 wins federal grant

				By Dana Whitfield | LPR

				Published December 2, 2026 at 4:47 PM CST

				A stretch of Route 12 known for collisions between drivers and deer will get a new wildlife crossing, paid for largely by a $9 million federal grant announced on Wednesday.

				The crossing will be built east of Pine Hollow, where state data show more than 40 collisions with deer in the last five years.

				Fences along the road will steer animals toward the crossing, the state's transport office said.

				%s

				Sign up for our weekly newsletter

				Email address

				Subscribe

				© 2026 Lakeside Public Radio
				"""
			.formatted(tail);
	}

	@Test
	void leavesADonatePromptUnderTheLastParagraphOut() {
		ParsedArticle article = extract(page("""
				Construction is expected to start in the spring of 2028.

				Local journalism needs your support. Donate to Lakeside Public Radio today.

				Donate"""));
		assertThat(article.body()).endsWith("spring of 2028.").doesNotContain("Donate", "needs your support");
	}

	@Test
	void leavesAnAppealThatOpensWithSupportOut() {
		ParsedArticle article = extract(page("""
				Construction is expected to start in the spring of 2028.

				Lakeside Public Radio is listener-funded. Support reporting like this with a donation today."""));
		assertThat(article.body()).endsWith("spring of 2028.").doesNotContain("listener-funded", "donation");
	}

	@Test
	void leavesABiddingHeadingOverAnAppealOut() {
		ParsedArticle article = extract(page("""
				Construction is expected to start in the spring of 2028.

				Help us keep reporting

				Every $10 pays for an hour of local reporting. Donate online or by phone."""));
		assertThat(article.body()).endsWith("spring of 2028.")
			.doesNotContain("Help us keep reporting", "Every $10", "Donate online");
	}

	// The page with a share line under the text in place of the newsletter's box.
	private static String pageWithShareLine(String tail) {
		return page(tail).replace("Sign up for our weekly newsletter\n\nEmail address\n\nSubscribe",
				"Share this page\n\nLatest news\n\nFerry fares rise in January\n\nLibrary hours cut");
	}

	@Test
	void leavesAPrayWithUsBoxOut() {
		ParsedArticle article = extract(pageWithShareLine("""
				Construction is expected to start in the spring of 2028.

				Pray with us

				Please pray for the crews who will build the crossing and for everyone who drives this road."""));
		assertThat(article.body()).endsWith("spring of 2028.").doesNotContain("Pray with us", "Please pray");
	}

	@Test
	void keepsASentenceOfTheTextAboutDonations() {
		ParsedArticle article = extract(page("""
				Construction is expected to start in the spring of 2028.

				The coalition said donations from more than 900 residents paid for the crossing's design."""));
		assertThat(article.body()).endsWith("paid for the crossing's design.");
	}

	@Test
	void keepsAQuotedBiddingAndAPleaseWithoutADonation() {
		ParsedArticle article = extract(page("""
				"Donate what you can to the coalition," said Leah Borrego, a biologist with the state wildlife agency.

				Construction is expected to start in the spring of 2028. Please give what you can today."""));
		assertThat(article.body()).contains("\"Donate what you can to the coalition,\"")
			.endsWith("Please give what you can today.");
	}

	@Test
	void keepsACrossheadNamingTheCountry() {
		ParsedArticle article = extract(
				page("""
						Construction is expected to start in the spring of 2028.

						Crossings across US

						Please see the federal map of crossings built across the country since 2016, which lists forty projects in twelve states."""));
		assertThat(article.body()).contains("Crossings across US").endsWith("twelve states.");
	}

	private static String tradePage(String middle) {
		return """
				Property Week North

				News | Deals | Data | Events

				Bristol office block sells for £31m

				By Hugh Barrington — December 3, 2026

				An office block in central Bristol has sold for £31 million, about a fifth below what it fetched in 2019.

				Agents said the price reflected the space left empty after two tenants moved to smaller offices.

				%s

				The new owner plans to refurbish the empty floors and improve the building's energy rating.

				Most read

				Manchester warehouse scheme wins approval
				"""
			.formatted(middle);
	}

	@Test
	void leavesASponsoredTeaserBetweenParagraphsOut() {
		ParsedArticle article = extract(tradePage("Sponsored content: How flexible leases are changing the regions"));
		assertThat(article.body()).doesNotContain("Sponsored content", "flexible leases")
			.endsWith("improve the building's energy rating.");
	}

	@Test
	void keepsASentenceOpeningWithAnAdWord() {
		ParsedArticle article = extract(tradePage(
				"Advertising: the agency said its campaign for the building ran for six months before the sale."));
		assertThat(article.body()).contains("Advertising: the agency said its campaign");
	}

}
