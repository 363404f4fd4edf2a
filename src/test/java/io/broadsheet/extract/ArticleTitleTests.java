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

	private String title(String page) {
		ParsedArticle article = this.extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
		return (article.title() != null) ? article.title().value() : null;
	}

}
