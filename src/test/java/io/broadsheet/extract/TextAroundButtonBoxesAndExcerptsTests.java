package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text lost above a box and under an excerpt (body43): the first paragraphs and the list
 * they introduce above a box with a button ("Can you help?" / "£5 buys …" / "Donate
 * today") that the text goes on under; a blog theme's excerpt line that repeats the first
 * paragraph right over it, which cost that paragraph. And the look-alikes: a photo's
 * caption said twice over its credit stays out, and so does a box with a button under a
 * menu that no sentence introduces.
 */
class TextAroundButtonBoxesAndExcerptsTests extends WholePageTests {

	private static final String LIST_AND_BOX_PAGE = """
			Record number of hedgehogs released after a busy autumn | Wildwood Rescue

			Wildwood Rescue

			Caring for injured wildlife since 1988

			About

			What we do

			Volunteer

			News

			Donate

			Home > News > Record number of hedgehogs released after a busy autumn

			Record number of hedgehogs released after a busy autumn

			By Anna Whitlock, Centre Manager

			Posted 02/12/2026

			Our hospital released 412 hedgehogs back into gardens and parks this autumn, more than in any year since the centre opened.

			Most of them came to us as underweight young born late in the summer, and needed several weeks of feeding before they were heavy enough to hibernate.

			The reasons they were brought in most often were:

			Too small to survive the winter

			Caught in garden netting

			Injured by a strimmer

			Found out in daylight

			Will you help us care for them?

			£5 feeds a hedgehog for a whole week.

			Donate today

			Netting injuries were twice as common as last year, and we are asking gardeners to lift their nets or tie them up at least a foot above the ground.

			Tom Varga, who has volunteered at the centre for nine years, said one hedgehog had been found wrapped in netting in a vegetable patch with two of its legs caught.

			"She was with us for six weeks and went back to the same garden, which now has no netting at all," he said.

			Thank you to everyone who brought an animal to us this year, to the vets who gave their time for nothing, and to all of you who gave to our appeal.

			Upcoming open days

			Saturday 16 January

			Sunday 7 February

			Saturday 6 March

			Share

			Facebook

			X

			LinkedIn

			Wildwood Rescue is a registered charity.

			Contact us

			Privacy

			Terms
			""";

	// The list's short lines and the box's read as furniture to the context step: the
	// run started under the box's button, and the two paragraphs and the list above it
	// were lost.
	@Test
	void keepsTheLeadAndItsListAboveABoxWithAButtonAndLeavesTheBoxOut() {
		ParsedArticle article = extract(LIST_AND_BOX_PAGE);
		assertThat(article.body()).startsWith("Our hospital released 412 hedgehogs")
			.contains("Most of them came to us as underweight young",
					"The reasons they were brought in most often were:", "Too small to survive the winter",
					"Found out in daylight", "Netting injuries were twice as common", "Tom Varga, who has volunteered")
			.endsWith("gave to our appeal.")
			.doesNotContain("Will you help us care for them?", "£5 feeds a hedgehog", "Donate today");
	}

	private static final String BOX_UNDER_MENU_PAGE = """
			Record number of hedgehogs released after a busy autumn | Wildwood Rescue

			Wildwood Rescue

			Caring for injured wildlife since 1988

			About

			What we do

			News

			Shop

			Donate

			Home > News > Record number of hedgehogs released after a busy autumn

			Record number of hedgehogs released after a busy autumn

			Posted 02/12/2026

			Latest news

			Open days

			Our shop

			Volunteer with us

			Will you help us care for them?

			£5 feeds a hedgehog for a whole week.

			Donate today

			Our hospital released 412 hedgehogs back into gardens and parks this autumn, more than in any year since the centre opened.

			Most of them came to us as underweight young born late in the summer, and needed several weeks of feeding before they were heavy enough to hibernate.

			Netting injuries were twice as common as last year, and we are asking gardeners to lift their nets or tie them up at least a foot above the ground.

			Thank you to everyone who brought an animal to us this year, to the vets who gave their time for nothing, and to all of you who gave to our appeal.

			Share

			Facebook

			X

			LinkedIn

			Wildwood Rescue is a registered charity.

			Contact us

			Privacy

			Terms

			Cookies
			""";

	// No sentence ending in a colon introduces the short lines above the box: they are a
	// menu, and the text starts under the box's button as before.
	@Test
	void startsUnderABoxWithAButtonUnderAMenu() {
		ParsedArticle article = extract(BOX_UNDER_MENU_PAGE);
		assertThat(article.body()).startsWith("Our hospital released 412 hedgehogs")
			.endsWith("gave to our appeal.")
			.doesNotContain("Latest news", "Volunteer with us", "Will you help us", "Donate today");
	}

	private static final String EXCERPT_PAGE = """
			Ferry fares to rise by a fifth from January - The Coastline Herald

			The Coastline Herald

			Saturday, December 5, 2026

			Home

			News

			Politics

			Business

			Metro

			Sports

			Entertainment

			Opinion

			Contact

			Home

			News

			Ferry fares to rise by a fifth from January

			By Amaka Obi On Dec 5, 2026

			Share

			Passengers on the harbour ferry will pay a fifth more for a single ticket from January, the operator announced on Friday after months of talks with the state government.

			Passengers on the harbour ferry will pay a fifth more for a single ticket from January, the operator announced on Friday after months of talks with the state government.

			The operator said the price of diesel had almost doubled over two years and that the old fares no longer covered the cost of running its eleven boats.

			A trader who crosses every morning, Bisi Okonkwo, said she would have to raise the price of the fish she sells at the market on the other side.

			"Everything goes up, and we pass it on. The customers will complain, but what can we do?" she said.

			The state government said it would look at a reduced fare for students before the new term begins.

			Kindly share this story:

			Facebook

			WhatsApp

			Related Posts

			Market stalls rebuilt after fire

			Traders count losses as rain floods market

			Night buses to return in January

			Leave a Reply

			Your email address will not be published.

			About Us

			Advertise

			Privacy Policy

			Contact
			""";

	// Shown twice, both copies read as furniture and the first paragraph was lost.
	@Test
	void keepsTheFirstParagraphOnceUnderAnExcerptThatRepeatsIt() {
		ParsedArticle article = extract(EXCERPT_PAGE);
		assertThat(article.body()).startsWith("Passengers on the harbour ferry will pay a fifth more")
			.contains("The operator said the price of diesel")
			.endsWith("before the new term begins.");
		assertThat(article.body().split("Passengers on the harbour ferry will pay", -1)).hasSize(2);
	}

	private static final String CAPTION_TWICE_PAGE = """
			Harbour wall repairs begin after storm damage | The Coastline Herald

			The Coastline Herald

			Home

			News

			Politics

			Business

			Metro

			Sports

			Opinion

			Contact

			Harbour wall repairs begin after storm damage

			By Amaka Obi

			Published 4:00 am, Friday, December 4, 2026

			Workers in a crane barge lift the first concrete blocks into place on the damaged harbour wall on Thursday, Dec. 3, 2026. (Herald Photo/Sam Ade)

			Workers in a crane barge lift the first concrete blocks into place on the damaged harbour wall on Thursday, Dec. 3, 2026. (Herald Photo/Sam Ade)

			Photo: Sam Ade, Herald

			Photo: Sam Ade, Herald

			Repairs to the harbour wall began on Thursday, five weeks after a storm tore a hole in it that let the sea flood the fish market twice.

			The port authority said the work would cost about 400 million naira and take until March, and that the market would stay closed until the wall was finished.

			Traders said they had lost most of their stock in the floods and asked the authority to help them rent stalls elsewhere in the meantime.

			Share

			Facebook

			X

			Email

			Most read

			Night buses to return in January

			Market stalls rebuilt after fire

			About Us

			Privacy Policy

			© 2026 The Coastline Herald
			""";

	// A photo's caption said twice stands over its credit line, no text: both copies
	// stay out, as before.
	@Test
	void leavesACaptionSaidTwiceOverItsCreditOut() {
		ParsedArticle article = extract(CAPTION_TWICE_PAGE);
		assertThat(article.body()).startsWith("Repairs to the harbour wall began on Thursday")
			.endsWith("rent stalls elsewhere in the meantime.")
			.doesNotContain("Workers in a crane barge", "Photo: Sam Ade");
	}

}
