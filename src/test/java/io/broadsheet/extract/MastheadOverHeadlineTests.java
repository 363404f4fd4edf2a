package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head43: a short page saved without a page-title line opens with the site's or the
 * society's name over its menus. The headline right over the text is the title, though no
 * byline or date line attests it; the name on the first line is not. Round head53: the
 * name may stand under a skip link, and the headline over a few header lines; a date the
 * detectors do not read right under it and a desk's credit under that leave the body with
 * it (blind30's council media release, a page without blank lines).
 */
class MastheadOverHeadlineTests extends WholePageTests {

	private static final String TEXT = """
			The footbridge over the canal at Millbrook Lock has reopened after six months of repairs, in time for the winter walks the club leads every Sunday.

			The old deck had rotted so badly that the council closed the bridge in May. The new one is made of recycled plastic and should last fifty years without painting.

			Members raised nearly two thousand pounds towards the handrails, and the council paid for the rest of the work.

			The first walk across it will leave the church car park at ten o'clock on Sunday.
			""";

	// A walking club's page: its name, the issue line and the menus over the headline.
	@Test
	void headlineOverTheTextIsTheTitleNotTheNameOnTheFirstLine() {
		ParsedArticle article = extract("""
				Millbrook & District Ramblers' Club

				Bulletin No. 48 – Autumn 2026

				Home

				Walks

				Membership

				Canal footbridge at Millbrook Lock reopens after repairs

				""" + TEXT);
		assertThat(article.title().value()).isEqualTo("Canal footbridge at Millbrook Lock reopens after repairs");
		assertThat(article.body()).startsWith("The footbridge over the canal").doesNotContain("Ramblers' Club");
	}

	// Look-alike: the first line is the headline itself, right over the text.
	@Test
	void headlineOnTheFirstLineStaysTheTitle() {
		ParsedArticle article = extract("""
				Canal footbridge at Millbrook Lock reopens after repairs

				""" + TEXT);
		assertThat(article.title().value()).isEqualTo("Canal footbridge at Millbrook Lock reopens after repairs");
		assertThat(article.body()).startsWith("The footbridge over the canal");
	}

	// Look-alike: the page title names the headline under the menus (head42's shape).
	@Test
	void pageTitleNamingTheHeadlineStillYields() {
		ParsedArticle article = extract("""
				Canal footbridge at Millbrook Lock reopens after repairs | Millbrook Ramblers

				Home

				Walks

				Canal footbridge at Millbrook Lock reopens after repairs

				""" + TEXT);
		assertThat(article.title().value()).isEqualTo("Canal footbridge at Millbrook Lock reopens after repairs");
		assertThat(article.body()).startsWith("The footbridge over the canal");
	}

	// A library service's news page without blank lines: a skip link over its name, a
	// menu of one- and two-word lines, a breadcrumb and the kind of page over the
	// headline, a day-first date no detector reads and the desk's credit under it.
	private static final String LIBRARY_PAGE = """
			Skip to content
			Rivermouth Library Service
			Borrow
			Visit
			Events
			Kids and families
			Get involved
			Home › Libraries › News › Library news
			Library news
			Mobile library returns to the valley villages after eleven months
			%s
			Communications and Engagement Team
			The mobile library will return to the six valley villages from Monday, eleven months after its old van failed its safety inspection last December.
			The new van, bought with a grant from the county's rural fund, carries about three thousand books and has a lift for wheelchairs and prams at the back door.
			Library manager Gwen Talbot said readers had kept asking when the van would be back. "Some of our oldest borrowers have not been able to get to a branch all year," she said.
			The van will stop at each village once a fortnight for about an hour, and the timetable is on the library's website and in every village hall.
			Readers can order any book from the county's catalogue and pick it up from the van on its next visit.
			""";

	@Test
	void headlineOverAnUnreadDateAndADeskIsTheTitleNotTheNameUnderASkipLink() {
		ParsedArticle article = extract(LIBRARY_PAGE.formatted("2/11/2026"));
		assertThat(article.title().value())
			.isEqualTo("Mobile library returns to the valley villages after eleven months");
		assertThat(article.body()).startsWith("The mobile library will return")
			.doesNotContain("Rivermouth Library Service")
			.doesNotContain("Kids and families")
			.doesNotContain("Library news")
			.doesNotContain("Communications and Engagement Team");
	}

	// A short line right under the headline with no unread date over it may be the
	// text's own ("Serves eight" over a recipe, HeaderAtBodyTopTests): the headline is
	// the
	// title over it (the base took the service's name), and the line stays.
	@Test
	void aShortLineUnderTheHeadlineWithoutAnUnreadDateStays() {
		ParsedArticle article = extract(
				LIBRARY_PAGE.formatted("Weekly service").replace("Communications and Engagement Team\n", ""));
		assertThat(article.title().value())
			.isEqualTo("Mobile library returns to the valley villages after eleven months");
		assertThat(article.body()).startsWith("Weekly service");
	}

	// Look-alike: the headline itself on the first line under the skip link, no name or
	// menu over it: the title is that line, as before.
	@Test
	void headlineOnTheFirstLineUnderASkipLinkStaysTheTitle() {
		String page = LIBRARY_PAGE.formatted("2/11/2026");
		ParsedArticle article = extract("Skip to content\n" + page.substring(page.indexOf("Mobile library returns")));
		assertThat(article.title().value())
			.isEqualTo("Mobile library returns to the valley villages after eleven months");
		assertThat(article.body()).contains("The mobile library will return").doesNotContain("Skip to content");
	}

	// Look-alike: a sentence between the headline and the text is no header line (a
	// standfirst, a lead the locator left): the name's page is not read as a masthead's
	// by this rule, and the sentence stays where the base put it.
	@Test
	void aSentenceUnderTheHeadlineIsNoHeaderLine() {
		ParsedArticle article = extract(LIBRARY_PAGE.formatted("2/11/2026")
			.replace("Communications and Engagement Team\n",
					"The van is back on the road after a grant from the county.\n"));
		assertThat(article.body()).contains("The van is back on the road after a grant from the county.");
	}

	// Review53d's look-alikes: a food and verse site's page without blank lines, its name
	// under a skip link over a menu, a breadcrumb and the kind of page over the headline,
	// then the lines under it, then the text.
	private static final String VERSE_PAGE = """
			Skip to content
			The Quay Kitchen
			Recipes
			Baking
			Suppers
			Home › Recipes › Baking
			Recipe
			%s
			These are the scones my grandmother made on a Saturday morning, dark with treacle and rough on top with oats, and they take less than half an hour from the bag of flour to the plate.
			Heat the oven to 220C and line a baking tray. Rub the butter into the flour, the bicarbonate and the cream of tartar until it looks like breadcrumbs, then stir in the sugar.
			Warm the treacle with the milk until it runs, pour it into the flour and bring it together with a knife into a soft dough. Pat it out to a round about two centimetres thick.
			Cut the round into eight wedges, scatter the oats on top and bake for twelve to fifteen minutes, until risen and firm. Eat them warm, with butter.
			""";

	// A poem's first lines under the unread date, short and no credit: they hold
	// lower-case words, so they stay the text's while the date leaves (head53 took them
	// out with it).
	@Test
	void aPoemsFirstLinesUnderAnUnreadDateStay() {
		ParsedArticle article = extract(VERSE_PAGE.formatted(
				"Treacle scones with a crunchy oat top\n4/12/2026\nThe tide comes in at four\nand no one on the quay"));
		assertThat(article.title().value()).isEqualTo("Treacle scones with a crunchy oat top");
		assertThat(article.body()).startsWith("The tide comes in at four\n\nand no one on the quay")
			.doesNotContain("4/12/2026");
	}

	// The near miss under the same date: an office's credit, its words capitalised,
	// leaves with it.
	@Test
	void anOfficesCreditUnderAnUnreadDateLeaves() {
		ParsedArticle article = extract(VERSE_PAGE
			.formatted("Treacle scones with a crunchy oat top\n4/12/2026\nMedia and Communications Team"));
		assertThat(article.body()).startsWith("These are the scones my grandmother made")
			.doesNotContain("Communications Team");
	}

	// A poem's title over its number and two short lines, the second opening in lower
	// case: the finder's line over it is the poem's first line, no headline, so the page
	// is no masthead's over a headline and the line stays in the body (head53 took it
	// for the title).
	@Test
	void aPoemsFirstLineOverItsLowerCaseSecondIsNoHeadline() {
		ParsedArticle article = extract(
				VERSE_PAGE.formatted("Low water at Harbourton\n1\nThe tide comes in at four\nand no one on the quay"));
		assertThat(article.title().value()).isNotEqualTo("The tide comes in at four");
		assertThat(article.body()).contains("The tide comes in at four\n\nand no one on the quay");
	}

}
