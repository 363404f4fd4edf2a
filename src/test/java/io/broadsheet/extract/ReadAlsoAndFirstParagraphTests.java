package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text lost under a read-also teaser and under the headline (tease41): English's "Read
 * also: …" between paragraphs is a teaser, the text going on below it, on a page with one
 * line a paragraph and on one with blank lines between (blind18's tree-felling page); the
 * article's first paragraph right under the headline, read as furniture for its few stop
 * words, opens the body (blind18's music venue). And the look-alikes: a "Read also:"
 * teaser that ends the article, headlines under a "Read also:" label at the end, a deck
 * right over the text that ends with no stop.
 */
class ReadAlsoAndFirstParagraphTests extends WholePageTests {

	// Blind18's tree-felling page's shape: one line a paragraph, a caption between
	// the paragraphs, a teaser's line of more than seventy characters.
	private static final String ABOVE = """
			Quarry lorries to be banned from Mill Street after years of complaints | Ashby Gazette
			Ashby Gazette
			Menu
			News
			Sport
			What's on
			Jobs
			Family notices
			Sign in
			Register
			Cookie notice: we use cookies to give you the best experience. Accept all | Manage
			News
			Transport
			Quarry lorries to be banned from Mill Street after years of complaints
			By Tomasz Nowak
			Thu 3 Dec 2026 09:40
			Lorries from the Halden quarry will no longer be allowed to drive along Mill Street from the spring, the county council has decided.
			Residents have complained for years that the lorries shake their houses and block the narrow street whenever they meet a bus.
			A lorry on Mill Street on Wednesday afternoon. Photo: Ben Halls
			The council's highways committee voted by seven to two on Wednesday to make the street access only for heavy vehicles.
			Residents' spokesperson Anne Cole said: "We have waited eleven years for this. The children can walk to school again without being pushed against the wall."
			""";

	private static final String TEASER = "Read also: Bypass roadworks to close two lanes overnight until the end of January\n";

	private static final String BELOW = """
			The quarry's owner, Halden Aggregates, said its drivers would use the bypass instead, which adds about four miles to each trip.
			A spokesperson said the company had always wanted to be a good neighbour and would tell its hauliers this week.
			Signs go up in March.
			""";

	private static final String FOOTER = """
			Share
			Facebook
			X
			WhatsApp
			Email
			Comments (4)
			millst_resident 3 hours ago
			About time.
			View all comments
			Top stories
			Bakery wins national award for its pork pies
			Christmas lights switched on in the market square
			© 2026 Ashby Gazette
			About us  Contact  Advertise  Privacy policy  Terms
			""";

	// "Read also" was a prompt to the files, not a teaser's label: the run ended above
	// the teaser and the three paragraphs under it were lost.
	@Test
	void keepsTheTextUnderAReadAlsoTeaserOnAPageWithoutBlankLines() {
		ParsedArticle article = extract(ABOVE + TEASER + BELOW + FOOTER);
		assertThat(article.body()).startsWith("Lorries from the Halden quarry")
			.contains("\"We have waited eleven years for this.", "The quarry's owner, Halden Aggregates")
			.endsWith("Signs go up in March.")
			.doesNotContain("Read also", "Bypass roadworks", "Photo: Ben Halls");
	}

	@Test
	void keepsTheTextUnderAReadAlsoTeaserOnAPageWithBlankLines() {
		ParsedArticle article = extract((ABOVE + TEASER + BELOW + FOOTER).replace("\n", "\n\n"));
		assertThat(article.body()).startsWith("Lorries from the Halden quarry")
			.endsWith("Signs go up in March.")
			.doesNotContain("Read also", "Bypass roadworks");
	}

	// A teaser under the last paragraph ends the article: nothing under it joins.
	@Test
	void aReadAlsoTeaserUnderTheLastParagraphStaysOut() {
		ParsedArticle article = extract(ABOVE + BELOW + TEASER + FOOTER);
		assertThat(article.body()).startsWith("Lorries from the Halden quarry")
			.endsWith("Signs go up in March.")
			.doesNotContain("Read also", "Bypass roadworks", "Comments", "Top stories", "pork pies");
	}

	// Other stories' headlines under a "Read also:" label alone on its line, under the
	// text: a list of related headlines, none of them the article's.
	@Test
	void headlinesUnderAReadAlsoLabelStayOut() {
		ParsedArticle article = extract(ABOVE + BELOW + """
				Read also:
				Bypass roadworks to close two lanes overnight until the end of January
				New bus timetable for the villages starts on Monday
				Parking charges to rise at the leisure centre
				""" + FOOTER);
		assertThat(article.body()).startsWith("Lorries from the Halden quarry")
			.endsWith("Signs go up in March.")
			.doesNotContain("Read also", "Bypass roadworks", "New bus timetable", "Parking charges");
	}

	private static final String VENUE_HEADER = """
			Harbour Arts Centre faces funding review - Lowmoor Post
			Lowmoor Post
			Home
			News
			Politics
			Culture
			Music
			Sport
			Podcasts
			Newsletters
			Search
			Support our journalism
			Donate
			Home / news / 2026 / 12 / 03 / harbour-arts-centre-review
			Lowmoor's Harbour Arts Centre faces funding review after visitor numbers fall
			""";

	private static final String VENUE_TEXT = """
			The city council's culture committee will hold a review of the centre's grant later this month, after the number of visitors fell by a third in two years.
			The centre, a former fish market, has put on plays and concerts since 1988 and is credited with launching several of the city's best-known actors.
			Its director, Ruth Anand, said she had cut the centre's costs every year. "We want to show the council what it gets for its money, and we think that it gets a lot more than it pays for," she said. "We are not asking for more, only for what we had."
			One visitor, who asked not to be named, said she had come to the centre every month for twenty years. "It would be a loss to all of us," she said.
			A campaign to keep the grant has been backed by more than 9,000 people.
			Story by Owen Marsh
			Share on Facebook
			Share on X
			About us
			Contact
			Privacy
			""";

	// blind18's music venue: a first paragraph of names and nouns right under the
	// headline, no byline or date line between, the run starting under it.
	@Test
	void keepsAFirstParagraphOfFewStopWordsUnderTheHeadline() {
		ParsedArticle article = extract(VENUE_HEADER
				+ "One of Lowmoor's best-known arts venues could lose its council grant after visitor numbers fell sharply during two years of building works nearby.\n"
				+ VENUE_TEXT);
		assertThat(article.body()).startsWith("One of Lowmoor's best-known arts venues could lose its council grant")
			.contains("The city council's culture committee")
			.endsWith("more than 9,000 people.");
	}

	// A deck right over the text that ends with no stop is a headline's second line:
	// it stays out.
	@Test
	void aDeckOverTheTextStaysOut() {
		ParsedArticle noStop = extract(VENUE_HEADER
				+ "One of Lowmoor's best-known arts venues could lose its council grant after visitor numbers fell sharply during two years of building works nearby\n"
				+ VENUE_TEXT);
		assertThat(noStop.body()).startsWith("The city council's culture committee")
			.doesNotContain("could lose its council grant");
	}

}
