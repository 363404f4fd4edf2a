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
 * ("News", an outlet's word, no job) is no such byline. Invented pages and lines.
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
