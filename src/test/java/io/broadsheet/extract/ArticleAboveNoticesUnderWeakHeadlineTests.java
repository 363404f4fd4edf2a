package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round title53: the run above the one located is the article when the located run's
 * headline is weak and a headline that names the run above stands right over it, with a
 * long paragraph's worth of text under it. A local paper's page: the reader poll's story
 * under its headline (the date in the kicker's line over it, so nothing attests the
 * headline), then the dossier, the tags, a teaser list, the most-read list and a box of
 * death notices, whose text outweighs the story's. The finder found a teaser's headline
 * over the notices, which names none of them. Invented pages.
 */
class ArticleAboveNoticesUnderWeakHeadlineTests extends WholePageTests {

	// the menu, the kicker with its date, the story, the boxes under it and the notices
	private static final String POLL = """
			Harbourton Herald
			Subscribe
			Sign in
			News
			Harbourton
			The island
			Coast
			Sport
			Business
			Opinion
			Photo galleries
			Videos
			Events
			Jobs
			Property
			Digital edition
			Weather
			Puzzles
			Notices
			Photo: Mairi Fraser
			Reader poll 30.11.2026 11:27
			Share

			Most readers would bring back the old county ferry

			Forty years after the last crossing, the county ferry between Harbourton and the island is still missed: in our reader poll ahead of the anniversary, more than half of those who answered said the council should bring the ferry back, even at a cost to the county's road budget.

			We asked readers whether the ferry, which the council withdrew in 1986 when the causeway opened, should run again. Of the 2,140 who answered, 54 per cent said yes, 31 per cent said no and the rest had no view.

			Many of those who want the ferry back live on the island. They told us the causeway is closed on stormy days, when the island is cut off, and that the ferry would give them a second way to the mainland in winter.

			Those against it pointed to the cost. The council has said a new ferry and its two slipways would cost more than the county spends on its roads in a year.

			Cover photo: the last ferry leaves the harbour in 1986
			Dossier
			Ferry 40
			Causeway closed for a third day as storm hits the coast
			Island families say winter leaves them cut off
			More in the dossier
			Tags
			ferry
			reader poll
			More from the region
			Harbour festival moves to August next year
			Lifeboat crew called out twice in one night
			Fishing fleet lands record catch of mackerel
			New bakery opens on the quay
			Most read
			1
			Storm closes causeway for third day
			2
			School reopens after roof repairs
			3
			Lighthouse keeper's cottage sold at auction
			Advertisement
			Advertisement
			Students win national robotics contest
			The team of five built a machine that sorts plastic waste.
			Death notices
			It is with deep sorrow that we announce the death of MARGARET ELLEN DUNLOP of Harbourton, formerly of the island, who died peacefully at home on 24 November aged 91. Her funeral will take place at St Brendan's Church on Tuesday 2 December at 11 am, followed by burial at the old cemetery.
			We announce with great sadness the death of JAMES ALISTAIR MACRAE, of Shore Road, Harbourton, a retired ferryman, in his 88th year. He died on 25 November in the county hospital. The funeral service will be held at the harbour chapel on Wednesday at 2 pm; family flowers only, donations to the lifeboat.
			Peacefully, on 26 November, ANNIE ROSS (née Campbell), aged 79, of Mill Lane, beloved wife of the late Donald, mother of Fiona and Ewan and a loving grandmother. Service at the crematorium on Thursday 4 December at 10 am. All friends are welcome to attend.
			Suddenly, at home, on 27 November, PETER JOHN GRANT, aged 64, of Kirk Street, Harbourton. Much loved husband of Helen, father of Mark and Lucy. Funeral at St Brendan's Church on Friday 5 December at 1 pm, thereafter to the old cemetery, and afterwards to the Harbour Hotel.
			The family of the late ISOBEL MARY FRASER wish to thank all relatives, friends and neighbours for their kind expressions of sympathy, cards and flowers received in their recent sad loss, and the staff of the county hospital for their care and kindness.
			It is with great sadness that we announce the death of WILLIAM ROBERT KERR, of the island, who died on 28 November aged 83. A devoted husband, father and grandfather, he worked on the ferry for thirty years. Funeral at the island church on Saturday at noon.
			Peacefully, in the care of the staff of Seaview House, on 29 November, ELIZABETH ANNE MUNRO, aged 95, formerly of the Post Office, Harbourton. Funeral service at the harbour chapel on Monday 8 December at 11 am, followed by interment at the old cemetery.
			Funeral notices
			Contact the newsroom
			Advertise with us
			Privacy policy
			Terms of use
			""";

	@Test
	void theStoryUnderItsHeadlineIsTheArticleOverTheNotices() {
		ParsedArticle article = extract(POLL);
		assertThat(article.title().value()).isEqualTo("Most readers would bring back the old county ferry");
		assertThat(article.body()).startsWith("Forty years after the last crossing, the county ferry")
			.contains("Those against it pointed to the cost.")
			.doesNotContain("It is with deep sorrow");
	}

	// A near miss: a dialog's message under its heading stands where the story stood
	// (choosing a new password), a run of text right under a heading that names it, but
	// shorter than a long paragraph: no article, and the notices stay the text.
	@Test
	void aDialogsShortMessageUnderItsHeadingIsNoArticle() {
		int from = POLL.indexOf("Most readers would");
		int to = POLL.indexOf("Cover photo");
		ParsedArticle article = extract(POLL.substring(0, from)
				+ """
						Choose a new password for your reader account

						Enter the e-mail address you signed up with and we will send you a link to choose a new password for your reader account. The link is valid for one day, and you can ask for a new one at any time if it has run out before you could use it.

						If you no longer have access to that address, write to the newsroom and we will help you.

						Send link
						Cancel
						"""
				+ POLL.substring(to));
		assertThat(article.title().value()).isNotEqualTo("Choose a new password for your reader account");
		assertThat(article.body()).doesNotContain("Enter the e-mail address you signed up with");
	}

}
