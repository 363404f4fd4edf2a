package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 49's rules seen by a second pair of eyes (review49b): lines the rules took as
 * the text's, or as a box's, that a real page sets as chrome, or the other way round.
 * Teasers of two media labels whose headlines are in sentence case, a teaser's headline
 * holding a comma or a verb of saying, shop buttons ending with a button's word or
 * holding a stop word, a newsletter box's look-alike opening the text's own paragraph,
 * and a Xhosa headline in capitals opening with "NGU-".
 */
class TeaserAndButtonLookAlikesBodyTests extends WholePageTests {

	private static String page(String middle) {
		return """
				Lakeside to get a second ferry pier | Marlow Water Gazette

				Skip to content

				Marlow Water Gazette

				News

				Sport

				Lakeside to get a second ferry pier

				By Oona Tremaine

				4 December 2026

				A second ferry pier will be built at the north end of Marlow Water, the harbour board said on Thursday.

				The board said the new pier would take the pressure off the old landing stage, which handles twice the traffic it was built for.

				%s

				Building work is expected to start in March and to take about eight months.

				Share this article

				Most read

				Lake levels fall again
				"""
			.formatted(middle);
	}

	@Test
	void leavesWatchAndListenTeasersOfHeadlinesInSentenceCaseOut() {
		ParsedArticle article = extract(page("""
				The old landing stage will stay open while the new pier is built.

				Watch: Flood waters sweep through town centre

				Fishermen on the lake have asked for a second pier for more than ten years.

				The harbour board has set aside three million pounds for the work.

				Listen: Minister defends rail budget plans

				The pier will be named after the lake's first ferryman."""));
		assertThat(article.body()).doesNotContain("Flood waters", "Minister defends")
			.contains("Fishermen on the lake", "The pier will be named");
	}

	@Test
	void leavesATeaserWhoseHeadlineHoldsACommaOrAVerbOfSayingOut() {
		ParsedArticle article = extract(page("""
				Watch: Protesters clash with police in the square, dozens injured

				Fishermen on the lake have asked for a second pier for more than ten years.

				Listen: Mayor says the bridge will reopen in spring"""));
		assertThat(article.body()).doesNotContain("Protesters clash", "Mayor says").contains("Fishermen on the lake");
	}

	@Test
	void leavesShopButtonsBetweenParagraphsOut() {
		for (String button : new String[] { "Buy Tickets Now", "Shop The Look" }) {
			ParsedArticle article = extract(page("""
					%s

					Fishermen on the lake have asked for a second pier for more than ten years.

					The harbour board has set aside three million pounds for the work.""".formatted(button)));
			assertThat(article.body()).doesNotContain(button).contains("Fishermen on the lake");
		}
	}

	@Test
	void leavesABuyNowButtonUnderAProductsListOut() {
		ParsedArticle article = extract(page("""
				The pier's lamps are sold as a kit for gardens too:

				Solar powered

				Waterproof shell

				Two-year warranty

				Buy now

				Fishermen on the lake have asked for a second pier for more than ten years."""));
		assertThat(article.body()).doesNotContain("Buy now").contains("Waterproof shell", "Fishermen on the lake");
	}

	@Test
	void keepsTheTextsParagraphOpeningAsABoxsConsentOrThanksUnderAPrompt() {
		ParsedArticle article = extract(
				page("""
						Get the lake's news in your inbox every morning with our free newsletter.

						Sign up

						By clicking a button on the board's new app, passengers can now see when the next ferry leaves.

						Thank you for subscribing to the pier campaign's updates, the organisers wrote to the 4,000 people who backed it."""));
		assertThat(article.body()).doesNotContain("Get the lake's news", "Sign up")
			.contains("By clicking a button on the board's new app",
					"Thank you for subscribing to the pier campaign's");
	}

	@Test
	void stillLeavesAShortThanksAndAConsentLineAddressingTheReaderOut() {
		ParsedArticle article = extract(page("""
				Get the lake's news in your inbox every morning with our free newsletter.

				Sign up

				By clicking Sign up, you agree to receive emails from the Marlow Water Gazette and accept our terms.

				Thanks for signing up!"""));
		assertThat(article.body()).doesNotContain("Get the lake's news", "By clicking Sign up",
				"Thanks for signing up");
	}

	@Test
	void stillKeepsAListItemOpeningWithAShopVerb() {
		ParsedArticle article = extract(page("""
				Before you go:

				Buy tickets early

				Check the ferry times"""));
		assertThat(article.body()).contains("Buy tickets early");
	}

	@Test
	void readsNoWriterInAXhosaHeadlineInCapitalsOpeningWithNgu() {
		assertThat(BylineDetector.byline("NGU-RAMAPHOSA OZA KUVULA INKOMFA YESIZWE")).isNull();
		assertThat(BylineDetector.byline("NGU-THANDEKA MKHIZE")).containsExactly("Thandeka Mkhize");
		ParsedArticle article = extract("""
				Ikhaya

				Iindaba

				3 kuDisemba 2026

				NGU-RAMAPHOSA OZA KUVULA INKOMFA YESIZWE

				UMongameli uza kuvula inkomfa yesizwe eMonti ngoLwesihlanu, kutsho iofisi yakhe.

				Inkomfa iza kuhlanganisa iinkokheli ezivela kuwo onke amaphondo elizwe.

				Abaququzeleli bathi balindele abantu abangaphezu kwamawaka amabini.
				""");
		assertThat(article.authors()).isNull();
		assertThat(article.title().value()).isEqualTo("NGU-RAMAPHOSA OZA KUVULA INKOMFA YESIZWE");
	}

}
