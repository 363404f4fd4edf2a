package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article under its headline and date line, over a comments thread or a list of
 * teasers whose running text outweighs it (locate49): the located run holds a comment's
 * or a teaser's own byline or date line, and the run above starts right under the
 * headline's meta line, so the run above is the article. And the look-alikes that stay: a
 * deck right under the headline over the byline and the text, and an article whose text
 * follows a comments count line.
 */
class ArticleAboveCommentsTests extends WholePageTests {

	private static final String HEADER = """
			Carrow Evening News

			Home | News | Sport | Business

			Ferry service to the islands will run through the winter

			3 December 2026

			""";

	private static final String ARTICLE = """
			The ferry between Carrow and the outer islands will keep running through the winter for the first time in a decade, the operator said on Thursday, after the council agreed to meet the cost of the crossings that carry too few passengers to pay for themselves.

			The service had stopped every November because too few people used it, leaving the islanders with a single supply boat each week until the spring and their children boarding at schools on the mainland for the whole of the winter term.

			The council has agreed to cover the cost of the winter crossings for two years while the operator finds out how many people use them, and the harbour master said the timetable would be published before the end of the month.
			""";

	private static final String BETWEEN = """

			Share
			Email
			Print
			Tags: ferries, islands, transport
			Sign up for our newsletter
			Your email address
			Subscribe
			Most read
			Council to vote on new harbour car park
			Island school reopens after storm repairs
			Lifeboat crew honoured for night rescue
			Leave a comment
			Name *
			Email *
			Your comment *
			Send
			3 comments

			""";

	private static final String COMMENTS = """
			Mary Quinn 29.11.2026 // 12:56

			I have lived on the islands for thirty years and every winter we were told that the crossing could not be kept going, that there were not enough of us and that the boat was too old, so this is the best news we have had in a long time, and I hope that the council keeps its word when the two years are up.

			It is a pity that it took so long for the council to find the money, but better late than never, and the people who run the shop will be glad of it most of all.

			Reply

			Tom Burke 30.11.2026 // 08:14

			My daughter goes to school on the mainland and for years she has had to board there from November to March, which costs us more than we can afford and keeps the family apart for half the year.

			If the boat runs every morning she can come home each night, and I know of at least six other families who are in the same position as we are and who will be writing to the operator to say thank you this week.

			Reply

			Ann Doyle 01.12.2026 // 19:40

			Nobody should pretend that this will be easy, because the sea around the point is rough in January and the old boat was laid up more often than it sailed, whatever the timetable said.

			Still, the new boat is bigger and the crew know the water, so I would give it a fair chance before anyone starts to complain about missed crossings again, as people here always seem to do by February.

			Reply

			""";

	private static final String FOOTER = """
			About us | Contact | Privacy
			© 2026 Carrow Evening News
			""";

	@Test
	void takesTheArticleOverALongCommentsThread() {
		String page = HEADER + ARTICLE + BETWEEN + COMMENTS + FOOTER;
		ParsedArticle article = extract(page);
		assertThat(article.title().value()).isEqualTo("Ferry service to the islands will run through the winter");
		assertThat(article.body()).startsWith("The ferry between Carrow and the outer islands")
			.contains("The council has agreed to cover the cost")
			.doesNotContain("I have lived on the islands");
	}

	@Test
	void takesTheArticleOverALongListOfTeasers() {
		String teasers = """
				Council to vote on new harbour car park

				by Carrow News Staff / Dec 2, 2026

				The council met on Tuesday evening to hear from residents who had written in about the plans, and many of them said that they wanted more time to read the papers before anyone voted on them at all.

				The vote will now take place in the new year after a second round of meetings in each of the villages along the coast.

				Read the Full Article

				Island school reopens after storm repairs

				by Lena Marsh / Dec 1, 2026

				Pupils went back to the island school on Monday morning after builders spent most of the autumn replacing the roof that the October storm had torn away from the hall and two of the classrooms.

				The head teacher thanked the parents who had taught lessons in their own kitchens while the work went on.

				Read the Full Article

				Lifeboat crew honoured for night rescue

				by Carrow News Staff / Nov 30, 2026

				Four members of the lifeboat crew were given awards in the city on Friday for a rescue in which they brought three fishermen off a sinking trawler in the dark and in a gale that had closed the harbour.

				All three fishermen were back at sea within a month, and one of them came to the ceremony to thank the crew in person.

				Read the Full Article

				""";
		String page = "Ferry service to the islands will run through the winter | Carrow Evening News\n\n" + HEADER
				+ ARTICLE + """

						Suggest a Correction
						Your name (required)
						Your email (required)
						Report a typo or grammatical error (required)
						Submit
						Share this story
						Facebook
						Twitter
						Email
						Sign up for our newsletter
						Your email address
						Subscribe
						Video
						Weather
						Traffic
						Jobs
						Find A Job
						Post a Job
						Contests
						Community Calendar
						Search
						More News Stories

						""" + teasers + FOOTER;
		ParsedArticle article = extract(page);
		assertThat(article.body()).startsWith("The ferry between Carrow and the outer islands")
			.doesNotContain("The council met on Tuesday evening");
	}

	// The line under the headline is a deck, the byline under it, the text under that:
	// the located run is the text.
	@Test
	void keepsTheTextUnderADeckAndByline() {
		String page = """
				Carrow Evening News

				Ferry service to the islands will run through the winter

				Islanders had asked for a winter crossing for years, and the new boat is big enough to make it pay, the operator said when it announced the timetable.

				By Nadia Brook

				3 December 2026

				Share
				Email

				"""
				+ ARTICLE + FOOTER;
		ParsedArticle article = extract(page);
		assertThat(article.body()).contains("The ferry between Carrow and the outer islands")
			.contains("The council has agreed to cover the cost");
	}

	// A comments count between the date line and the text is the article's meta line:
	// the text under it is the article's.
	@Test
	void keepsTheTextUnderACommentsCount() {
		String page = HEADER + "12 comments\n\nShare\nEmail\nPrint\n\n" + ARTICLE + BETWEEN + FOOTER;
		ParsedArticle article = extract(page);
		assertThat(article.title().value()).isEqualTo("Ferry service to the islands will run through the winter");
		assertThat(article.body()).startsWith("The ferry between Carrow and the outer islands")
			.contains("The council has agreed to cover the cost");
	}

}
