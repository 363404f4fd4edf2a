package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round meta50: the heads of pages that blind27 read wrong, written again as invented
 * pages. Another story's teaser with its own byline just above the headline; a headline
 * that opens with a word said twice; an obituary's name over its life dates, dated by the
 * paper's run under the text; an office signing a college's release.
 */
class TeaserOverHeadlineAndObituaryHeadTests extends WholePageTests {

	private static final String HARBOUR_TEXT = """
			The harbour authority closed the north quay to fishing boats on Wednesday after divers found cracks in three of the pillars that hold up its deck.

			Skippers who moor there were told to use the south basin until engineers finish their survey, which could take until the end of the month.

			"We cannot take the risk with loaded trucks driving onto the quay every morning," the authority's engineer, Paul Brennan, said.

			The quay was last repaired in 1998, when the deck was widened for the new fish market.
			""";

	// A local news site: another story's teaser ("Also: …") with its own byline and stamp
	// over the section's word, the headline and the article's byline.
	@Test
	void bylineUnderTheHeadlineIsTheWritersNotTheTeasersAboveIt() {
		ParsedArticle article = extract("""
				Skip to main content

				Harbour Valley Post

				Local

				Sea

				Also: Storm to reach the coast on Saturday night, forecasters say

				By Colm Farrelly | 2 hours ago

				HARBOUR

				Cracked pillars close the north quay to fishing boats

				By Aoife Gallagher | Published 8:15 a.m. Nov. 4 | Updated 10:02 a.m. Nov. 4

				""" + HARBOUR_TEXT);
		assertThat(article.authorNames()).containsExactly("Aoife Gallagher");
	}

	// Look-alike: no teaser above; the one byline under the headline is the writer's.
	@Test
	void bylineUnderTheHeadlineAloneIsTheWriters() {
		ParsedArticle article = extract("""
				Harbour Valley Post

				Local

				Cracked pillars close the north quay to fishing boats

				By Aoife Gallagher | Published 8:15 a.m. Nov. 4 | Updated 10:02 a.m. Nov. 4

				""" + HARBOUR_TEXT);
		assertThat(article.authorNames()).containsExactly("Aoife Gallagher");
	}

	private static final String RICKSHAW_TEXT = """
			Rickshaw drivers in the old town must fit their vehicles with seat belts by the end of April, the city's transport office said on Tuesday.

			Drivers found without them after the deadline will pay a fine, and the office will start checks at the main stands in May.

			"Most of us earn little in a day. The belts cost a week's money," said Ramesh Thapa, who drives near the bus park.

			The office said it was talking to two banks about small loans for the drivers.
			""";

	// A daily without blank lines: a trending teaser over its stamp, then the headline,
	// which opens with a word said twice (a motorbike taxi's name), its byline and date
	// line.
	@Test
	void headlineOpeningWithAWordSaidTwiceIsTheTitleNotTheTeaserAboveIt() {
		ParsedArticle article = extract("""
				This website uses cookies to ensure you get the best experience. Got it!
				Valley Courier
				News
				Business
				Sports
				Trending: Market traders protest new stall fees
				3 hours ago
				Piki piki riders given until April to fit seat belts
				By Anil Gurung
				Added 3rd November 2026 10:20 AM
				""" + RICKSHAW_TEXT.replace("\n\n", "\n"));
		assertThat(article.title().value()).isEqualTo("Piki piki riders given until April to fit seat belts");
		assertThat(article.authorNames()).containsExactly("Anil Gurung");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 3));
	}

	// A word said twice to open a short line, twice alike (a link's label and its
	// icon's),
	// or twice in a longer one's middle, is still a row of links.
	@Test
	void aWordTwiceInAShortLineOrAlikeOrAfterTheOpeningIsStillALinkRow() {
		assertThat(HeadlineFinder.isLinkRow("Piki piki riders given until April to fit seat belts")).isFalse();
		assertThat(HeadlineFinder.isLinkRow("Home Home")).isTrue();
		assertThat(HeadlineFinder.isLinkRow("Previous Previous post: The club's new boat is launched")).isTrue();
		assertThat(HeadlineFinder.isLinkRow("Cancel Cancel your follow request to @HarbourPost")).isTrue();
		assertThat(HeadlineFinder.isLinkRow("Videos Videos Latest")).isTrue();
		assertThat(HeadlineFinder.isLinkRow("Inhalte Inhalte Projekte Projekte")).isTrue();
		assertThat(HeadlineFinder.isLinkRow("Share this story on Facebook facebook")).isTrue();
	}

	private static final String OBITUARY_HEAD = """
			Obituaries | The Lakeport Sentinel

			Home

			Obituaries

			Place an Obituary

			Guest Books

			Harold James Brandt

			""";

	private static final String OBITUARY_TEXT = """
			Harold James Brandt, 91, of Marblehead, died at home on Tuesday, surrounded by his family.

			He was born in Port Clinton, served two years in the Navy and then ran the hardware store on Main Street for forty years.

			He is survived by his daughter, Susan (Mark) Holt, three grandchildren and his brother, Walter.

			A memorial service will be held at Trinity Lutheran Church on Saturday at 10 a.m.

			""";

	// A paper's obituary: the name over the life dates, the paper's run under the text.
	@Test
	void obituaryNameOverItsLifeDatesIsTheTitleAndTheRunsFirstDayTheDate() {
		ParsedArticle article = extract(OBITUARY_HEAD + """
				March 3, 1935 - November 25, 2026

				""" + OBITUARY_TEXT + """
				Published in The Lakeport Sentinel from Nov. 28 to Nov. 30, 2026.

				Share

				© 2026 The Lakeport Sentinel
				""");
		assertThat(article.title().value()).isEqualTo("Harold James Brandt");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(article.body()).startsWith("Harold James Brandt, 91,").doesNotContain("1935");
		assertThat(HeadlineFinder.isCandidate("March 3, 1935 - November 25, 2026", null)).isFalse();
	}

	// A run across the new year takes its first day in the year before; written day
	// first, or with a dash, it reads the same.
	@Test
	void runAcrossTheNewYearOrDayFirstOrDashedReadsItsFirstDay() {
		assertThat(DateLineDetector.publicationNote("Published in The Lakeport Sentinel from Dec. 30 to Jan. 2, 2027."))
			.isEqualTo(LocalDate.of(2026, 12, 30));
		assertThat(DateLineDetector
			.publicationNote("Published in The Lakeport Sentinel from 28 November to 30 November 2026."))
			.isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(DateLineDetector.publicationNote("Published in The Lakeport Sentinel Nov. 28 - Nov. 30, 2026."))
			.isEqualTo(LocalDate.of(2026, 11, 28));
	}

	// Look-alikes: a note of one day reads that day; a second number that is no day of a
	// run ("from page 28 to …") makes no note.
	@Test
	void noteOfOneDayOrANumberThatIsNoDayStaysAsItWas() {
		assertThat(DateLineDetector.publicationNote("Published in The Lakeport Sentinel on Nov. 30, 2026."))
			.isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(
				DateLineDetector.publicationNote("Published in The Lakeport Sentinel from page 28 to Nov. 30, 2026."))
			.isNull();
	}

	// Look-alike: a span of years alone names no month; the name over it and the paper's
	// note of one day under it stay the title and the date, and a line naming two dates
	// among other words is no calendar line.
	@Test
	void lifeYearsAloneUnderTheNameKeepTheName() {
		ParsedArticle article = extract(OBITUARY_HEAD + """
				1935 - 2026

				Published in The Lakeport Sentinel on Nov. 28, 2026.

				""" + OBITUARY_TEXT);
		assertThat(article.title().value()).isEqualTo("Harold James Brandt");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(HeadlineFinder.isCandidate("Festival moves from June 12, 2026 to July 3, 2026", null)).isTrue();
	}

	private static final String RECAP_HEAD = """
			Women's Basketball
			11/28/2026
			Gulls pull away from Iron Range for third win in four games
			""";

	private static final String RECAP_TEXT = """
			DULUTH, Minn. — Keisha Moore scored 18 points and the Gulls held Iron Range to one field goal in the last six minutes to win 64-55 on Saturday at Pier Arena.
			The Gulls (5-3) led by two at halftime and pulled away with a 12-0 run early in the fourth quarter.
			Moore also had nine rebounds. Tara Lindqvist added 14 points for the Gulls, who have won three of their last four games.
			The Gulls play at Northern Pines on Wednesday at 7 p.m.
			""";

	// A college athletics site: the office that writes its recaps signs them.
	@Test
	void collegeOfficeSigningTheRecapIsNoPerson() {
		ParsedArticle article = extract(RECAP_HEAD + """
				Story Links
				Box Score
				By Sports Communications
				""" + RECAP_TEXT);
		assertThat(article.title().value()).isEqualTo("Gulls pull away from Iron Range for third win in four games");
		assertThat(article.authorNames()).isEmpty();
		assertThat(PersonNames.clean("Story Links")).isNull();
		assertThat(PersonNames.clean("Sports Communications")).isNull();
	}

	// A writer of the office signs by name: the name is kept, the office after it is no
	// second writer.
	@Test
	void writerSigningForTheOfficeIsKeptTheOfficeNot() {
		ParsedArticle article = extract(RECAP_HEAD + """
				Box Score
				By Megan Sorensen, Sports Communications
				""" + RECAP_TEXT);
		assertThat(article.authorNames()).isEqualTo(List.of("Megan Sorensen"));
	}

	// Look-alike: a bare name under the headline, no byline's shape under it, is still
	// the writer.
	@Test
	void bareNameUnderTheHeadlineWithNoBylineBelowStaysTheWriter() {
		ParsedArticle article = extract(RECAP_HEAD + """
				Megan Sorensen
				""" + RECAP_TEXT);
		assertThat(article.authorNames()).isEqualTo(List.of("Megan Sorensen"));
	}

}
