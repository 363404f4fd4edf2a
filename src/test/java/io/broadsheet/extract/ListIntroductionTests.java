package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's first paragraphs over a list they introduce (list41): the run started
 * under the list, its short lines and the colon's line read as furniture, and the lead
 * above was lost (blind7's news release, blind11's recall, where the finder also read the
 * list's last line as the headline). And the look-alikes: "Follow us on:" over the
 * networks' names and "Tags:" over tags between the lead and the text, a sidebar's
 * paragraph ending in a colon over a menu right over the text.
 */
class ListIntroductionTests extends WholePageTests {

	private static final String HEADER = """
			Home Safety Desk

			Home

			Recalls

			Money

			Tech

			Travel

			Ask us

			Report a problem

			RECALL ALERT

			Electric blankets recalled after reports of controllers overheating

			Owners are told to stop using the product at once and ask for a replacement

			By the Home Safety team

			Posted: Wed, 12/02/2026 - 09:05

			Last updated 3 hours ago

			""";

	private static final String LEAD = """
			More than 52,000 electric blankets sold through department stores and online since last autumn are being recalled after reports that their controllers can overheat.

			The maker, Snugwell, said it had received 29 reports of scorched controllers, including three in which owners suffered minor burns. No fires have been reported.

			""";

	private static final String LIST = """
			The recall covers three models:

			Snugwell Single Heated Underblanket, model SW-UB100, batch codes 2507 to 2544

			Snugwell Double Heated Underblanket, model SW-UB200D, batch codes 2511 to 2539

			Snugwell King Heated Throw, model SW-HT300, batch code 2520

			""";

	private static final String TEXT = """
			The model number and batch code are printed on a white label sewn into the corner of the blanket.

			"We apologise for the worry this has caused," the company said in a statement. "Customers should unplug the blanket, stop using it and contact us for a free replacement, whether or not they kept the receipt."

			The Office for Product Safety said it was working with the firm and with shops to make sure the recall reached as many owners as possible.

			How to get a replacement

			Phone: 0800 016 2290 (Mon-Fri, 8am-6pm)

			Online: snugwell.example/recall

			You do not need proof of purchase.

			Have you been affected by this recall? Email us at tips@homesafety.example

			Latest recalls

			Children's bike helmet recalled over strap fault

			Mon, 11/30/2026

			Baby monitor recalled over battery swelling

			Thu, 11/26/2026
			""";

	// An advertisement's label over a list's introduction, the list, and a read-also
	// teaser under it.
	private static final String AD_LIST_TEASER = """
			Advertisement

			Owners should check these three models:

			Snugwell Single Heated Underblanket, model SW-UB100

			Snugwell Double Heated Underblanket, model SW-UB200D

			Snugwell King Heated Throw, model SW-HT300

			READ ALSO: Why winter fuel bills are rising again this year

			""";

	// The run started under the list; the finder read the list's last line as the
	// headline, and the two paragraphs above the list were lost.
	@Test
	void keepsTheLeadAboveAListItIntroduces() {
		ParsedArticle article = extract(HEADER + LEAD + LIST + TEXT);
		assertThat(article.body()).startsWith("More than 52,000 electric blankets")
			.contains("The recall covers three models:", "Snugwell King Heated Throw, model SW-HT300, batch code 2520",
					"The model number and batch code")
			.doesNotContain("Posted:", "By the Home Safety team", "Latest recalls");
	}

	// One paragraph over a long introduction (blind7's shape): together a long
	// paragraph's worth.
	@Test
	void keepsOneLeadParagraphAboveALongIntroduction() {
		String lead = """
				More than 52,000 electric blankets sold through department stores and online since last autumn are being recalled after reports that their controllers can overheat and scorch the fabric.

				Blankets can also be returned at the following Snugwell stores:

				Harlow & Finch, 12 Market Street, Mon-Sat, 9am-6pm

				Brookes Home Store, Riverside Retail Park, daily, 10am-8pm

				""";
		ParsedArticle article = extract(HEADER + lead + TEXT);
		assertThat(article.body()).startsWith("More than 52,000 electric blankets")
			.contains("at the following Snugwell stores:", "Brookes Home Store", "The model number and batch code");
	}

	// A social box between the lead and the text: three words and a colon introduce no
	// list of the article's.
	@Test
	void leavesFollowUsOnOverTheNetworksOut() {
		String follow = """
				Follow us on:

				Facebook

				Instagram

				WhatsApp

				""";
		ParsedArticle article = extract(HEADER + LEAD + follow + TEXT);
		assertThat(article.body()).doesNotContain("Follow us on", "Instagram", "WhatsApp")
			.contains("The model number and batch code");
	}

	@Test
	void leavesTagsOverTagsOut() {
		String tags = """
				Tags:

				Schools

				Heating

				County council

				""";
		ParsedArticle article = extract(HEADER + LEAD + tags + TEXT);
		assertThat(article.body()).doesNotContain("Tags:", "Heating", "County council")
			.contains("The model number and batch code");
	}

	// A sidebar's paragraph ending in a colon over its menu, right over the text: no
	// paragraph of text stands over it, it heads no article.
	@Test
	void leavesASidebarParagraphOverAMenuOut() {
		String sidebar = """
				The Home Safety Desk checks recalls, refunds and scams every day, and readers can choose the alerts they follow here:

				Recalls

				Refunds

				Scams

				""";
		ParsedArticle article = extract(HEADER + sidebar + LEAD + LIST + TEXT);
		assertThat(article.body()).doesNotContain("The Home Safety Desk checks", "Refunds", "Scams")
			.contains("The model number and batch code");
	}

	// An advertisement's label between the lead and the list's introduction, and a
	// read-also teaser between the list and the rest (blind27's exchange rates): the run
	// started under the teaser; the label and the teaser leave the body.
	@Test
	void keepsTheLeadAboveAnAdvertisementOverAListOverATeaser() {
		ParsedArticle article = extract(HEADER + LEAD + AD_LIST_TEASER + TEXT);
		assertThat(article.body()).startsWith("More than 52,000 electric blankets")
			.contains("The maker, Snugwell, said", "Owners should check these three models:",
					"Snugwell King Heated Throw, model SW-HT300", "The model number and batch code")
			.doesNotContain("Advertisement", "READ ALSO", "Posted:", "By the Home Safety team");
	}

	// The same advertisement and list right under the byline: no paragraph of text stands
	// between the headline and the label, so nothing above the label joins the body.
	@Test
	void takesNothingAboveAnAdvertisementRightUnderTheByline() {
		ParsedArticle article = extract(HEADER + AD_LIST_TEASER + TEXT);
		assertThat(article.body()).doesNotContain("Advertisement", "READ ALSO", "Posted:", "By the Home Safety team",
				"Owners are told to stop using");
	}

	// Another story's paragraphs above the headline, over the byline, the label and the
	// list (an endless page's previous story): the headline is the floor, and they stay
	// out.
	@Test
	void leavesThePreviousStoryAboveTheHeadlineOut() {
		String previous = """
				Ferry operators on the estuary have cancelled every evening crossing this week after two of their four boats failed safety checks at the yard.

				Passengers have been told to use the road bridge instead, which adds about forty minutes to the journey for most of them.

				""";
		String header = HEADER.replace("RECALL ALERT", previous + "RECALL ALERT");
		ParsedArticle article = extract(header + AD_LIST_TEASER + TEXT);
		assertThat(article.body()).doesNotContain("Ferry operators", "Passengers have been told", "Advertisement",
				"READ ALSO");
	}

}
