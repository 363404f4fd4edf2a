package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables set between an article's paragraphs, their cells parted by bars: the text on
 * both sides is the article's, the rows are left out (blind11's results and price tables,
 * which cut the paragraphs above them from the body); shop boxes of priced items between
 * paragraphs, left out with their heading (blind9's dishes, blind11's "Shop the look");
 * and the look-alikes that must not move: bars in bylines and date lines, rows of links,
 * two rows, a list of steps, sentences naming prices.
 */
class TableBodyTests extends WholePageTests {

	@Test
	void keepsTheParagraphsAboveAPriceTableAndLeavesItsRowsOut() {
		ParsedArticle article = extract(
				"""
						Dale Farmer

						News | Markets | Machinery | Jobs

						Markets

						Lamb trade steady at Norbury as buyers return

						Nov 30 2026 6:10PM

						Lamb prices held at Norbury on Tuesday as buyers from the south returned after a quiet month.

						Some 2,300 lambs were forward, about the same as a year ago, and most sold to the first bid.

						Prime lambs, Norbury, Tuesday

						Weight | Average (p/kg) | Top (p/kg)

						Light 32-38kg | 268 | 290

						Standard 39-45kg | 262 | 281

						Heavy 46kg and over | 249 | 266

						Auctioneer Tom Rees said that the standard lambs from the hill farms were the pick of the sale and sold to a wide ring of buyers all afternoon.

						"There is plenty of demand for a well-finished lamb, and the trade should hold until Christmas," he said in the ring.

						Cull ewes were a little easier, with heavy ewes averaging about ninety pounds a head.

						More market reports

						Cattle trade firm at Ashby
						""");
		assertThat(article.body()).startsWith("Lamb prices held at Norbury on Tuesday")
			.contains("Some 2,300 lambs were forward", "Auctioneer Tom Rees said", "Cull ewes were a little easier")
			.doesNotContain("Light 32-38kg | 268 | 290", "Weight | Average", "Heavy 46kg and over",
					"Prime lambs, Norbury, Tuesday");
	}

	// A line of the text that introduces the table stays over it: only a heading of a
	// few words, ending no sentence and no colon, leaves with the rows.
	@Test
	void keepsATextLineIntroducingATable() {
		ParsedArticle article = extract(
				"""
						Dale Farmer

						News | Markets | Machinery | Jobs

						Lamb trade steady at Norbury as buyers return

						Nov 30 2026 6:10PM

						Lamb prices held at Norbury on Tuesday as buyers from the south returned after a quiet month.

						Some 2,300 lambs were forward, about the same as a year ago, and most sold to the first bid.

						The averages were:

						Weight | Average (p/kg) | Top (p/kg)

						Light 32-38kg | 268 | 290

						Standard 39-45kg | 262 | 281

						Heavy 46kg and over | 249 | 266

						Auctioneer Tom Rees said that the standard lambs from the hill farms were the pick of the sale and sold to a wide ring of buyers all afternoon.

						"There is plenty of demand for a well-finished lamb, and the trade should hold until Christmas," he said in the ring.

						More market reports

						Cattle trade firm at Ashby
						""");
		assertThat(article.body()).contains("The averages were:", "Auctioneer Tom Rees said")
			.doesNotContain("Light 32-38kg | 268 | 290");
	}

	// The one short paragraph above the results is no deck over a photo's caption.
	@Test
	void keepsAShortLedeAboveAResultsTable() {
		ParsedArticle article = extract(
				"""
						The Valley Courier

						Home | News | Politics | Sports

						Okafor wins the sheriff's race by 600 votes

						By Dana Whitlow

						Published Nov. 4, 2026

						With all precincts reporting, Okafor led the incumbent by just over 600 votes, according to results.

						Sheriff

						Candidate | Votes | %

						Grace Okafor | 7,310 | 52.1%

						Lee Barnard (inc.) | 6,720 | 47.9%

						Barnard conceded shortly before midnight, saying he had called Okafor to congratulate her and would help with the transition.

						"We ran on what the people in this county told us mattered, and that was response times," Okafor told supporters in the town hall.

						The county will certify the results later this month, and Okafor takes office in January.
						""");
		assertThat(article.body()).startsWith("With all precincts reporting, Okafor led")
			.contains("Barnard conceded shortly before midnight", "The county will certify the results")
			.doesNotContain("Grace Okafor | 7,310", "Candidate | Votes");
	}

	@Test
	void findsTheRowsOfATableOnly() {
		List<Paragraph> blocks = blocks("Sheriff", "Candidate | Votes | %", "Grace Okafor | 7,310 | 52.1%",
				"Lee Barnard | 6,720 | 47.9%", "Barnard conceded shortly before midnight.");
		assertThat(Insets.tableRows(blocks, 0, blocks.size())).containsExactly(false, true, true, true, false);
	}

	// A table's row may be words under rows of figures (blind15's closure times), one at
	// most: two rows of words are an opening-hours box's or a menu's.
	@Test
	void findsATableWithOneRowOfWordsUnderRowsOfFigures() {
		List<Paragraph> blocks = blocks("Closure times", "Weekdays | 7am - 7pm", "Weekends | 8am - 4pm",
				"Overnight | Road reopened with lights", "Pedestrians will still be able to use the pavement.");
		assertThat(Insets.tableRows(blocks, 0, blocks.size())).containsExactly(false, true, true, true, false);
		List<Paragraph> words = blocks("Weekdays | 7am - 7pm", "Weekends | Closed", "Holidays | Closed");
		assertThat(Insets.tableRows(words, 0, words.size())).containsOnly(false);
		List<Paragraph> head = blocks("Day | Opening", "Weekdays | Closed", "Weekends | 9am - 1pm");
		assertThat(Insets.tableRows(head, 0, head.size())).containsOnly(false);
	}

	@Test
	void leavesATimesTableWithARowOfWordsOutWithItsHeading() {
		ParsedArticle article = extract(
				"""
						Kilnford Live

						News | Traffic | Sport | What's On

						Traffic

						Mill Road to close for six weeks for water main work

						By Dana Price

						04/12/2026 06:45

						One of Kilnford's busiest roads will be closed for six weeks from the new year while a water main is replaced.

						Mill Road will be shut between the bridge and the station from Monday 11 January, with the work due to finish by late February.

						Closure times

						Weekdays | 7am - 7pm

						Weekends | 8am - 4pm

						Overnight | Road reopened with lights

						Pedestrians will still be able to use the pavement on the river side of the road, and shops will stay open as usual.

						The water company said the main dated from the 1930s and had to be replaced before it failed.

						Kilnford Live © 2026
						""");
		assertThat(article.body()).startsWith("One of Kilnford's busiest roads")
			.contains("Mill Road will be shut", "Pedestrians will still be able", "before it failed.")
			.doesNotContain("Closure times", "Weekdays | 7am", "Overnight | Road reopened");
	}

	// A page title, menus and a headline with bars over the text are no table: the
	// headline gives the title (its part after the bar read as a site's, as before) and
	// the text is the body, as without a row of words allowed.
	@Test
	void takesAHeadlineAndMenusWithBarsForNoTable() {
		ParsedArticle article = extract("""
				Bus lanes 24 hours | Traffic | Kilnford Live

				News | Traffic | Sport

				Roads | Buses | 2026

				Bus lanes 24 hours | from Monday

				By Dana Price

				04/12/2026 06:45

				Bus lanes on the ring road will be in force all day and all night from Monday, the council has said.

				Drivers caught in them will be fined £70, halved if they pay within two weeks.

				Kilnford Live © 2026
				""");
		assertThat(article.title().value()).startsWith("Bus lanes 24 hours");
		assertThat(article.body()).startsWith("Bus lanes on the ring road").contains("within two weeks.");
	}

	// Look-alikes: rows of links hold no figure in every row; rows of unequal cells, or
	// only two rows, are no table; a cell as long as a sentence is text.
	@Test
	void findsNoTableInRowsOfLinksUnequalRowsOrTwoRows() {
		List<Paragraph> links = blocks("About us | Contact | Careers", "Privacy | Terms | Cookies",
				"Advertise | Newsletters | Archive");
		assertThat(Insets.tableRows(links, 0, links.size())).containsOnly(false);
		List<Paragraph> unequal = blocks("Day | High | Low", "Monday | 12° | 4°", "Tuesday | 10°",
				"Wednesday | 9° | 2° | rain");
		assertThat(Insets.tableRows(unequal, 0, unequal.size())).containsOnly(false);
		List<Paragraph> two = blocks("Candidate | Votes", "Grace Okafor | 7,310");
		assertThat(Insets.tableRows(two, 0, two.size())).containsOnly(false);
		List<Paragraph> sentences = blocks("Quarter | Result", "In the third quarter the company sold 4,812 units | up",
				"In the fourth quarter the company sold 5,100 units | up");
		assertThat(Insets.tableRows(sentences, 0, sentences.size())).containsOnly(false);
	}

	// A byline and a date line parted by bars over the text are no table's rows: the
	// writers are found and the body starts with the text, as without the rule.
	@Test
	void takesABylineAndDateLinesPartedByBarsForNoTable() {
		ParsedArticle article = extract(
				"""
						Bridge repairs to close the river road for a month

						By Julia Marsh | jmarsh@example.com | Valley News Group

						, Ben Ortiz | bortiz@example.com | Valley News Group

						PUBLISHED: November 8, 2026 at 5:49 p.m. | UPDATED: November 8, 2026 at 6:17 p.m.

						The river road will close for a month from Monday while crews repair the bridge over the creek, the county said on Friday.

						Drivers will be sent along the ridge road, which adds about ten minutes to the trip into town at busy times.

						The county said the work had been planned for two years and would be finished before the first snow of the winter.
						""");
		assertThat(article.authors().value()).contains("Julia Marsh");
		assertThat(article.body()).startsWith("The river road will close for a month")
			.doesNotContain("PUBLISHED", "jmarsh");
	}

	// A list the article introduces, with no bars, is its text and stays.
	@Test
	void keepsNumberedStepsBetweenParagraphs() {
		ParsedArticle article = extract(
				"""
						How to bleed a radiator before the winter

						Most radiators that are cold at the top and warm at the bottom have air trapped inside them, and letting it out takes ten minutes.

						You will need a radiator key and a cloth. Then follow these steps:

						1. Turn the heating off and let the radiators cool down.

						2. Fit the key to the valve at the top corner of the radiator.

						3. Turn it a quarter turn until you hear air hissing out.

						4. Close the valve as soon as water starts to drip.

						Check the pressure on the boiler afterwards, and top it up if it has dropped below one bar, as the manual says.
						""");
		assertThat(article.body()).contains("1. Turn the heating off", "3. Turn it a quarter turn",
				"Most radiators that are cold", "Check the pressure on the boiler");
	}

	@Test
	void leavesAShopBoxBetweenParagraphsOutWithItsHeading() {
		ParsedArticle article = extract(
				"""
						Style Notes

						Fashion

						Five ways to wear a navy blazer this spring

						Words by Anna Kerr

						A navy blazer is the most useful jacket a wardrobe can hold, and this spring it goes with almost everything you own.

						1. Over a striped T-shirt

						The easiest way in. Roll the sleeves once and wear it open over a Breton top and straight jeans for the weekend.

						Shop the look

						Unlined wool blazer, £149, Harlow & Finch

						Breton cotton T-shirt, £35, Coast Row

						2. With wide trousers in cream

						Tuck a fine knit into high-waisted cream trousers and keep the blazer fitted at the shoulder so that the shape stays sharp.

						Whatever you choose, buy the blazer in a size that buttons without pulling, says the tailor we asked about it.
						""");
		assertThat(article.body())
			.contains("1. Over a striped T-shirt", "2. With wide trousers in cream", "The easiest way in.",
					"Whatever you choose")
			.doesNotContain("Shop the look", "Unlined wool blazer, £149", "Breton cotton T-shirt");
	}

	// Look-alikes: a sentence naming prices, a price alone, an item without one, a
	// single line, and lines of two prices are no shop box.
	@Test
	void readsNoPriceLineInSentencesOrLinesWithoutAnItem() {
		assertThat(Insets.isPriceLine("Grilled squid, £12")).isTrue();
		assertThat(Insets.isPriceLine("Double-faced wool coat, £189, Harlow & Finch")).isTrue();
		assertThat(Insets.isPriceLine("Wool scarf, 49,99 €")).isTrue();
		assertThat(Insets.isPriceLine("Tickets cost £15, or £10 for members.")).isFalse();
		assertThat(Insets.isPriceLine("£5,349.00")).isFalse();
		assertThat(Insets.isPriceLine("Salt & Ember, 14 Canal Street")).isFalse();
		assertThat(Insets.isPriceLine("Adults, £12, children, £6")).isFalse();
		assertThat(Insets.isPriceLine("£12, £15, £20")).isFalse();
		// empty parts, as split(", ", -1) keeps them (speed59b)
		assertThat(Insets.isPriceLine("Grilled squid, , £12")).isFalse();
		assertThat(Insets.isPriceLine("Double-faced wool coat, £189, ")).isTrue();
		assertThat(Insets.isPriceLine(", £5")).isTrue();
		List<Paragraph> one = blocks("What to order", "Grilled squid, £12",
				"The larger dishes are less consistent, and a bream for two came back bitter.");
		boolean[] removed = new boolean[one.size()];
		Insets.removePriceLines(one, 0, one.size(), removed);
		assertThat(removed).containsOnly(false);
	}

	// Review34a: priced lines under a sentence of the text are the story's facts (a
	// basket survey, an auction's lots), not a shop box: only a box's short heading over
	// them makes one.
	@Test
	void keepsPricedLinesThatASentenceOfTheTextIntroduces() {
		List<Paragraph> survey = blocks(
				"We bought the same twelve items at four supermarkets on Tuesday morning. The cheapest basket cost £31.40:",
				"Aldi, £31.40", "Asda, £33.10", "Tesco, £35.75",
				"Shoppers who switched to a frozen turkey crown saved more than anyone else.");
		boolean[] removed = new boolean[survey.size()];
		Insets.removePriceLines(survey, 0, survey.size(), removed);
		assertThat(removed).containsOnly(false);
		List<Paragraph> box = blocks("The larger dishes are less consistent, and a bream came back bitter.",
				"What to order", "Grilled squid, £12", "Lamb shoulder, £24",
				"Service is quick and the wine list is short.");
		removed = new boolean[box.size()];
		Insets.removePriceLines(box, 0, box.size(), removed);
		assertThat(removed).containsExactly(false, true, true, true, false);
	}

	private static List<Paragraph> blocks(String... texts) {
		return Paragraphs.split(String.join("\n\n", texts).split("\n", -1), 0);
	}

	// box39: a table's source line ("Source: the exam boards") and a heading of six
	// words leave with its rows (blind12's, blind13's and blind16's tables); the text's
	// sentence naming the source under a table, and a "Source:" line that names no
	// table's source but opens the next paragraph's sentence, stay.
	private static String examPage(String heading, String below) {
		return """
				County Courier

				News | Sport | Education | Business

				Education

				A-level top grades dip as pupils celebrate across the county

				By Sophie Marchetti

				Thursday 13th August 2026, 10:05am BST

				Thousands of sixth-formers across the county opened their A-level results this morning, with a slightly smaller share of top grades than last year.

				Nationally, 27.1%% of entries were awarded an A or A*, down from 27.8%% in 2025, according to figures published by the exam boards.

				%s

				Grade | 2025 | 2026

				A* | 9.4%% | 9.1%%

				A* or A | 27.8%% | 27.1%%

				A* to C | 76.1%% | 75.9%%

				%s

				At Fernhill Academy in Kettlebury, twins Ava and Leo Brennan both achieved three A* grades and will study medicine at different universities.

				Headteacher Diane Oyelaran said she was "incredibly proud" of a year group whose GCSEs had been disrupted by building work.

				Latest education news

				School uniform costs rise again (8 August 2026)
				"""
			.formatted(heading, below);
	}

	@Test
	void leavesATablesSourceLineAndItsHeadingOfSixWordsOut() {
		ParsedArticle article = extract(examPage("Share of entries by grade, England", "Source: the exam boards"));
		assertThat(article.body()).startsWith("Thousands of sixth-formers")
			.contains("Nationally, 27.1% of entries", "At Fernhill Academy", "Headteacher Diane Oyelaran")
			.doesNotContain("Source: the exam boards", "Share of entries by grade", "A* or A | 27.8%");
	}

	@Test
	void keepsTheTextsSentenceUnderATable() {
		ParsedArticle article = extract(examPage("Share of entries by grade, England",
				"The figures, which the exam boards publish every August, cover all of England."));
		assertThat(article.body()).contains("The figures, which the exam boards publish every August",
				"At Fernhill Academy");
		assertThat(PublisherDetector.isSourceNote("Sources close to the exam boards said the figures were final."))
			.isFalse();
		assertThat(PublisherDetector.isSourceNote("Source: the exam boards")).isTrue();
		assertThat(PublisherDetector.isSourceNote("Quelle: Statistisches Bundesamt")).isTrue();
	}

	// A game's line score between the paragraphs of a recap saved without blank lines:
	// its head of periods and each side's row of figures leave the body (box50).
	private static final String RECAP = """
			Northfold Sports
			Netball
			Kestrels edge Harriers in overtime thriller
			By Club Media
			2026-12-04
			ASHBURN — Dana Okoro scored 31 goals as the Kestrels beat the Harriers 58-55 after extra time on Friday night at the Tideway Centre.
			The Kestrels trailed by six points at the last break before a run of nine goals in a row, led by Okoro, brought the game level with a minute left.
			1 2 3 4 ET F
			%s
			Wing attack Priya Nandy set up twelve of Okoro's goals, and the Kestrels' defence forced three late turnovers in extra time.
			"We kept believing it would turn," coach Mel Arden said. "The girls never stopped moving the ball."
			The Kestrels play the Falcons at home next Saturday.
			Related Stories
			Kestrels sign two juniors
			""";

	@Test
	void leavesALineScoresRowsOut() {
		ParsedArticle article = extract(RECAP.formatted("Harriers 14 15 13 9 4 55\nKestrels 12 11 14 15 6 58"));
		assertThat(article.body()).contains("The Kestrels trailed by six points", "Wing attack Priya Nandy")
			.doesNotContain("Harriers 14 15 13 9 4 55", "Kestrels 12 11 14 15 6 58");
	}

	// Its look-alikes: one row of figures alone, a sentence naming scores.
	@Test
	void keepsLinesOfFiguresThatAreNoLineScore() {
		for (String middle : List.of("Goals by quarter for the Kestrels were 12 11 14 15",
				"Okoro finished with 31 goals from 35 attempts, her best return of the season.")) {
			ParsedArticle article = extract(RECAP.formatted(middle));
			assertThat(article.body()).contains(middle, "Wing attack Priya Nandy");
		}
	}

	// Rows of a name and figures that hold no total (review50b): a count whose thousands
	// are parted by spaces, a league table's row of played, won, drawn, lost and points.
	private static final String COUNT = """
			Fjordby Tidende
			Politics
			Labour list holds on in Fjordby county count
			By Kari Lunde
			2026-12-04
			FJORDBY — The Labour list kept its lead in the county count on Friday, the returns office said, after the last postal votes came in.
			The returns, with their thousands parted by spaces as the office prints them, and the table of the county's football league read so.
			%s
			Turnout was the highest since the two districts merged, the office said, and the count ended before midnight.
			"People came out in the snow," the mayor said.
			Related Stories
			Ferry timetable changes
			""";

	@Test
	void keepsRowsOfNamesAndFiguresThatHoldNoTotal() {
		for (String middle : List.of("Labour 1 204 566\nConservatives 1 187 402",
				"Fjordby 12 9 1 2 28\nNessvik 12 8 4 0 28")) {
			ParsedArticle article = extract(COUNT.formatted(middle));
			assertThat(article.body()).contains(middle.split("\n")).contains("Turnout was the highest");
		}
	}

}
