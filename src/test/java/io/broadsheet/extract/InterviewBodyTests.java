package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interview set as plain paragraphs, each question a short line of its own over its
 * answer: its questions and answers are the article's, while question-shaped furniture
 * around a text (a login dialog, a FAQ widget, a poll, a comments prompt) is not.
 */
class InterviewBodyTests extends WholePageTests {

	// A site's menu, twelve blocks: a page's first twelve are read as its header anyway.
	private static final String MENU = """
			CLAY & KILN
			Home
			Makers
			Interviews
			Studios
			Glazes
			Kilns
			Events
			Books
			Shop
			Newsletter
			Interviews
			""";

	private static final String HEAD = """
			"I throw every pot twice": a conversation with Mara Lind
			By Tom Ashby
			March 3, 2026
			""";

	private static final String INTRO = "For forty years, Mara Lind has made the same kind of bowl: wide, low and glazed the colour of wet slate. "
			+ "The show that opens this week in Bergen gathers two hundred of them from the four decades of her work. "
			+ "We spoke in her studio at the edge of the town, between the two kilns that were still warm from the night's firing.\n";

	// Answers in the first and second person, whose words few of English's stop words
	// are: they read sparse.
	private static final String EXCHANGES = """
			You have made one bowl for forty years. Why that one?
			Because I still get it wrong. Each time I think I know it, my hands do something I never planned, so I begin again.
			You keep the ones you get wrong?
			All of them. My shelves hold bowls nobody will ever see, and I learn more from those shelves than from any book I own.
			Do you ever sell them?
			Never. Someone asked me once, and I said no before I knew why. I still do not know why, but I trust my hands on it.
			Which bowl in the show matters most to you?
			The first one I ever sold, in 1986. A woman bought it for her kitchen, and last year her son wrote to me and asked whether I wanted it back. I said yes, and I cried when it came in the post, because it was the bowl that told me I could live from this.
			""";

	// A list of teasers and the site's footer.
	private static final String FOOTER = """
			More interviews
			Jon Vik on the last brickworks in Trondheim
			February 17, 2026
			The glaze that took ten years to find
			January 29, 2026
			A kiln in every village: the potters of Voss
			January 8, 2026
			About us
			Contact
			Advertise
			Clay & Kiln · Subscribe · Privacy · Terms
			""";

	// A note and a long line on the show under the interview.
	private static final String PAGE_END = """
			This interview has been edited for length and clarity.
			The exhibition of the potter's work is at the Harbour Gallery in Bergen until the end of May, and a book of the same name is published by the gallery with photographs of all the bowls in the show.
			"""
			+ FOOTER;

	// A paragraph of the text over the boxes of the look-alikes.
	private static final String SHOW = "The show opens on Friday and runs until the end of May, with a talk by the potter on the first Saturday of each month at the gallery.\n";

	@Test
	void interviewsQuestionsAndAnswersStayInTheBody() {
		String body = extract(MENU + HEAD + INTRO + EXCHANGES + PAGE_END).body();
		assertThat(body).contains("For forty years, Mara Lind")
			.contains("You have made one bowl for forty years. Why that one?")
			.contains("Because I still get it wrong.")
			.contains("You keep the ones you get wrong?")
			.contains("All of them. My shelves hold bowls")
			.contains("Do you ever sell them?")
			.contains("Which bowl in the show matters most to you?")
			.doesNotContain("Jon Vik on the last brickworks");
	}

	// Questions under the text that make no interview keep the kind they read as: the
	// short line of a prompt. (What the body keeps of them is the tail reading's: these
	// pages are too short for it.)

	// Three questions and their answers, right under the text, but no answer a
	// paragraph: a login dialog's prompts.
	@Test
	void loginDialogUnderTheTextIsNoInterview() {
		String page = MENU + HEAD + INTRO + SHOW + """
				Forgot your password?
				Enter the email you signed up with and we will send you a link to set a new one.
				No account yet?
				Create one in a minute and read three more stories each month for free.
				Need help?
				Write to us at any time and our team will answer you within a working day.
				""" + FOOTER;
		assertReadAsShort(page, "Forgot your password?", "No account yet?", "Need help?");
	}

	// A FAQ widget under its heading below the text, one of its answers a paragraph: a
	// heading, not the text, stands over its first question.
	@Test
	void faqWidgetUnderItsHeadingIsNoInterview() {
		String page = MENU + HEAD + INTRO + SHOW
				+ """
						Frequently asked questions
						How do I change my delivery address?
						Go to your account, open the page of your deliveries and type the new address in the form there. The change applies to the next issue that has not been printed yet, and to every issue after it, until you change the address again.
						Can I pause my subscription?
						Yes, for up to three months at a time, from the subscription page of your account.
						How do I cancel?
						Write to us or use the button on the subscription page; you keep your access to the end of the month.
						"""
				+ FOOTER;
		assertReadAsShort(page, "How do I change my delivery address?", "Can I pause my subscription?",
				"How do I cancel?");
	}

	// Prompts under the text, each a question over short lines or a single answer, a
	// paragraph long or less: an ad's question, a helpfulness prompt, a poll, a comments
	// prompt.
	@Test
	void promptsUnderTheTextAreNoInterview() {
		String page = MENU + HEAD + INTRO + SHOW
				+ """
						Why am I seeing this ad?
						We show advertising to pay for the reporting on this site, and we choose the adverts from the pages you read here and the region you read them from, never from your messages or from anything you have written to us in the past.
						Was this article helpful?
						Yes
						No
						Which of her bowls would you buy?
						The slate bowl
						The white bowl
						Vote
						What do you think?
						Share your thoughts in the comments below, and please keep them civil and on the subject of the story.
						"""
				+ FOOTER;
		assertReadAsShort(page, "Was this article helpful?", "Which of her bowls would you buy?", "What do you think?",
				"Why am I seeing this ad?");
	}

	// A reader-service FAQ right under a whole article, with no heading over it: its
	// answers in the second person read sparse, one reads as text. The article above is
	// longer than the box, so the box is no interview's introduction and exchanges.
	@Test
	void faqBoxUnderAWholeArticleIsNoInterview() {
		String page = MENU
				+ """
						Council approves new harbour levy after heated debate
						By Ellen Marsh
						November 12, 2026
						The city council voted on Tuesday night to introduce a levy on cruise ships that dock in the old harbour, ending a debate that has divided the town for more than two years.
						The levy, which will be charged per passenger from next April, is expected to raise about four million a year. The money will go to a fund for repairing the quay walls and for cleaning the water in the inner basin, which has been closed to swimmers since the summer.
						Supporters said the town could no longer carry the cost of the ships alone. Opponents warned that the cruise companies would simply sail to the next port along the coast, taking the passengers and the money they spend in the shops with them.
						The mayor said she expected the first payments to reach the fund before the end of next year, and that the council would review the levy after its first full season.
						Can I read on my phone?
						Yes. Just log in using your email on any phone or tablet you own, then you're all set, nothing else needed.
						Can I share my subscription?
						You can add two people who live with you. Go to My account, tap Family, type their email addresses.
						What happens to the money from my subscription?
						Every part of the money that is paid for a subscription to the newspaper goes to the work of the reporters and the editors of the newsroom, to the printing of the paper and to the costs of the offices in the town, and none of it is paid to the owners as a share of the profits.
						Can I stop whenever I want?
						Sure. Cancel from My account any time you like, no phone call needed, no questions asked, ever.
						More from News
						Ferry timetable cut for the winter
						November 11, 2026
						Quay walls need urgent repair, engineers say
						November 10, 2026
						Fishing fleet hit by fuel prices
						November 9, 2026
						About us
						Contact
						Advertise
						Privacy policy
						Terms of use
						""";
		assertReadAsShort(page, "Can I read on my phone?", "Can I stop whenever I want?");
		assertThat(extract(page).body()).contains("review the levy after its first full season.")
			.doesNotContain("Can I read on my phone?")
			.doesNotContain("Cancel from My account");
	}

	// The kind the locator reads a block as, before the context step.
	private static void assertReadAsShort(String page, String... blocks) {
		for (String block : blocks) {
			assertThat(kindOf(page, block)).as(block).isEqualTo(ArticleLocator.Kind.SHORT);
		}
	}

	private static ArticleLocator.Kind kindOf(String page, String block) {
		List<Paragraph> paragraphs = Paragraphs.split(page.split("\n", -1), 0);
		ArticleLocator.Kind[] kinds = ArticleLocator.classify(paragraphs)[0];
		for (int i = 0; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).text().equals(block)) {
				return kinds[i];
			}
		}
		throw new AssertionError("no block " + block);
	}

}
