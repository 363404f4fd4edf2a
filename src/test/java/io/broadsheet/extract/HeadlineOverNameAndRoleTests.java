package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round title54: a columnist's headline written as two sentences stands over the writer's
 * bare name and a job under it ("Tobias Wrenfield" / "Guest columnist"), a byline in two
 * lines that the finder did not weigh as one: the headline, marked down for its
 * sentences, lost to a teaser of the opinion list under the text (blind4's opinion column
 * lost to a menu's "Letters to the editor"). A site's name over the menu's first entry
 * ("News", an outlet's word, no job) is no such byline. Round title54b: nor is a name
 * over a job under a deck, itself under its headline (ArticleExtractorCasesTests'
 * comments case): the deck would take the byline's weight and, no longer weak, keep the
 * headline over it and the article from being found. Invented pages and lines.
 */
class HeadlineOverNameAndRoleTests extends WholePageTests {

	// No blank lines, no page-title line naming the headline, the date two lines under
	// the name.
	private static final String COLUMN = """
			The Lakeside Courier
			Home
			News
			Sport
			Business
			Opinion
			Columns
			Readers write in
			Send us your view
			Opinion
			Column
			The new ferry terminal is finished. Nobody can find the way in.
			Tobias Wrenfield
			Guest columnist
			March 12, 2026 at 7:30 a.m.
			Three years and forty million pounds after the first pile was driven into the harbour mud, the new ferry terminal opened on Monday, and by lunchtime the queue of lost passengers at the old ticket hut had grown longer than it ever was before.
			The problem is not the building, which is handsome enough. It is the signs. There is one at the roundabout pointing to the car park, one at the car park pointing to the roundabout, and none at all on the footpath most foot passengers actually use.
			The harbour board says more signs are on order and will go up before the summer timetable starts. Until then, the best advice is to follow whoever looks most confident and hope they are catching the same boat.
			Tobias Wrenfield is a retired harbour pilot and a guest columnist.
			Comments (12)
			More opinion
			Editorial: The harbour board should publish its accounts
			March 11, 2026
			© 2026 The Lakeside Courier
			""";

	@Test
	void aHeadlineOfTwoSentencesOverTheWritersNameAndJobIsTheTitle() {
		ParsedArticle article = extract(COLUMN);
		assertThat(article.title().value())
			.isEqualTo("The new ferry terminal is finished. Nobody can find the way in.");
		assertThat(article.body()).contains("Three years and forty million pounds")
			.doesNotContain("The harbour board should publish its accounts");
	}

	// A magazine's head: the page-title line with the site's name after a dash, the
	// site's name alone (a name's shape, "Old Light") over the menu's first entry
	// "News", an outlet's word and no job: no writer over a job, so no byline under the
	// page-title line (a site's name over "News" gave blind19's page-title line a
	// byline's weight over the printed headline, when the outlet's words were let in).
	@Test
	void aSiteNameOverTheMenusNewsIsNoBylineUnderALine() {
		List<Paragraph> paragraphs = Paragraphs
			.split(new String[] { "Lantern slides found in a chapel loft – Old Light Magazine", "Old Light", "News",
					"Features", "Reviews", "Collections", "Lantern slides found in a chapel loft",
					"By Imogen Thwaite and Rafe Colley", "November 28, 2026" }, 0);
		assertThat(HeadlineFinder.bylineOrDateBelow(paragraphs, 0)).isZero();
	}

	// A headline, a deck under it, the writer's name and job under the deck, a short
	// report, a list of eight teasers with their kickers and a long comments section:
	// the name over the job lends the deck no byline's weight, so the headline stays the
	// title and the report the body, not the readers' comments.
	private static final String REPORT_OVER_COMMENTS = """
			Home
			Town
			Traffic
			Weather
			Night Bus to the Airport Returns in June
			The route was cut in the autumn when the depot lost three of its drivers
			Henrik Dahl
			Transport reporter
			Published: May 4, 2025
			The night bus between the town centre and the airport will run again from the first week of June, the transport company said on Thursday, after it hired four new drivers over the winter and trained them on the route.
			The first bus will leave the square at midnight and the last at half past four, so that passengers on the early flights can reach the terminal before the check-in desks open, just as they could before the cut.
			Share
			Print
			More from Town
			CLOSED
			Shoe shop on Bridge Street closes after thirty years of trade
			WORKS
			The main road over the hill will be shut at night until July
			OPEN
			A new skate park opens behind the sports hall on Sunday
			VOTE
			Council to vote on a new cycle lane along the river bank
			PHOTOS
			Museum asks its visitors for old pictures of the railway station
			MUSIC
			Brass band from the valley wins the county music festival
			SCHOOLS
			Two village schools will share one head teacher from September
			MARKET
			Craft market moves to the town hall for the winter months
			Comments
			Sigrid
			The night bus was the only way for those of us who work the late shift at the airport to get home, so it is good news that it is finally coming back again this summer.
			Tomas
			I hope they keep the half past four departure, because without it nobody from the town can reach the first flight of the morning unless they pay for a taxi.
			Anja
			Last year the bus was late almost every Saturday night, and nobody at the company could tell us why or when it would finally turn up at the stop.
			Leif
			It would help if the company put the timetable up at the stop as well, since not everyone who rides the night bus reads the news on a phone.
			Leave a comment
			""";

	@Test
	void aWritersNameAndJobUnderADeckLeaveTheHeadlineOverTheDeckTheTitle() {
		ParsedArticle article = extract(REPORT_OVER_COMMENTS);
		assertThat(article.title().value()).isEqualTo("Night Bus to the Airport Returns in June");
		assertThat(article.body()).contains("The night bus between the town centre and the airport")
			.doesNotContain("nobody at the company could tell us why");
	}

	// The deck under a headline: the name over the job under it is the headline's byline,
	// so the deck keeps only the date line's weight, three lines down.
	@Test
	void aWritersNameOverAJobLendsADeckUnderItsHeadlineNoBylinesWeight() {
		List<Paragraph> paragraphs = Paragraphs.split(new String[] { "Night Bus to the Airport Returns in June",
				"The route was cut in the autumn when the depot lost three of its drivers", "Henrik Dahl",
				"Transport reporter", "Published: May 4, 2025" }, 0);
		assertThat(HeadlineFinder.bylineOrDateBelow(paragraphs, 1)).isLessThan(2.0);
	}

	// The headline's byline in two lines: the writer's bare name, the job under it.
	@Test
	void aWritersNameOverAJobIsABylineUnderTheHeadline() {
		List<Paragraph> paragraphs = Paragraphs.split(new String[] {
				"The new ferry terminal is finished. Nobody can find the way in.", "Tobias Wrenfield",
				"Guest columnist",
				"Three years and forty million pounds after the first pile was driven into the harbour mud, the new ferry terminal opened on Monday." },
				0);
		assertThat(HeadlineFinder.bylineOrDateBelow(paragraphs, 0)).isEqualTo(2.0);
	}

}
