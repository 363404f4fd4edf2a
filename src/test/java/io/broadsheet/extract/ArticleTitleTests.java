package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of the reader's title and the headline finder's a whole page gets, where the two
 * disagree.
 */
class ArticleTitleTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	// A short article under a long menu: the locator puts its start at the top of the
	// page, so the reader's header begins with the menu's first entry, while the finder
	// looked further down and found the headline over the text.
	@Test
	void headlineFarDownThePageBeatsTheMenuAtItsTop() {
		String page = """
				MOST READ AND MOST SOLD
				A CENTURY OF NEWS
				Type a term and press ENTER
				Home
				Latest
				News
				Elections 2020
				Crime
				World
				Sport
				Showbiz
				Lifestyle
				Fun
				Obituaries
				More
				Classifieds
				Digital subscription
				Home delivery
				Crossword
				Weather
				HARBOUR TOWN
				Port authority director tests positive for coronavirus
				Dear friends, I must tell you that I too have caught the coronavirus that the whole world is fighting, the director wrote.
				The director of the port authority has tested positive for the coronavirus, he confirmed on Sunday.
				He said he felt well and would work from home for the next two weeks, as the rules say.
				Most read
				Council approves the budget
				""";
		assertThat(title(page)).isEqualTo("Port authority director tests positive for coronavirus");
	}

	// The same article with a short menu: the reader's header holds the headline.
	@Test
	void headlineUnderAShortMenuIsStillFound() {
		String page = """
				Home
				News
				Sport
				Port authority director tests positive for coronavirus
				The director of the port authority has tested positive for the coronavirus, he confirmed on Sunday.
				He said he felt well and would work from home for the next two weeks, as the rules say.
				""";
		assertThat(title(page)).isEqualTo("Port authority director tests positive for coronavirus");
	}

	// A blog's sidebar under the post: a sign-up prompt, its button and field, then a
	// disclaimer with more text than the short post, which the locator takes for the
	// article. The prompt shares the disclaimer's words, so it is not weak, but nothing
	// attests it and it stands apart from the disclaimer's text; the post's headline
	// over the run above has its byline under it.
	@Test
	void attestedHeadlineAboveBeatsASidebarPromptApartFromTheText() {
		String page = """
				Home
				About
				Council approves the budget for road repairs
				By Jane Roe
				The city council approved the budget for road repairs on Tuesday evening, after a debate that ran on for more than three hours and ended with a narrow vote in favour of the plan.
				Work on the worst streets in the old town will start in May, the mayor said, and the council will hear a first report on how the money was spent before the year is out.
				Residents of the old town have asked for the repairs for years, and some of them came to the meeting to see the vote, which they greeted with applause from the gallery.
				Share this post
				Older posts
				Newer posts
				Recent comments
				Blog archive
				March 2024
				February 2024
				January 2024
				December 2023
				November 2023
				October 2023
				Readers of this blog can follow the author's links to other websites by email
				Follow
				Email address
				This blog links now and then to other websites. The author has no influence over what those websites say, and takes no responsibility for their content, which may change at any time.
				A link to a website does not mean that the author shares the opinions expressed there or makes them his own; readers who follow a link leave this blog behind them, at their own risk.
				Whether such a notice is needed at all, or does any good, the author does not know, but it seems to be a custom among the writers of blogs, and so it stands here too, for readers to see.
				Comments on this blog are read before they are shown, and the author keeps the right not to show a comment that insults other readers or links to websites that sell something.
				Imprint
				""";
		assertThat(title(page)).isEqualTo("Council approves the budget for road repairs");
	}

	private String title(String page) {
		ParsedArticle article = this.extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
		return (article.title() != null) ? article.title().value() : null;
	}

}
