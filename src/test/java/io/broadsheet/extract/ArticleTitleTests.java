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
	// An obituary dates itself in a sentence ("Published in … on March 12, 2026."): that
	// line attests the person's name over it as a date line would, so the name, not the
	// section's line at the top of the page, is the title.
	@Test
	void obituaryNameOverItsPublishedSentenceIsTheTitle() {
		String page = """
				Valley Herald Obituaries
				Search Obituaries
				Place an Obituary
				Send Flowers
				Harold James Pemberton
				1941 - 2026
				Millbrook, Vermont
				Published in The Valley Herald on April 3, 2026.
				Share
				Harold James Pemberton, 84, of Millbrook, died peacefully on Monday, March 30, 2026, at home, surrounded by his family.
				He was born in Millbrook in 1941, the son of a dairy farmer, and ran the hardware store on Main Street for forty years.
				He is survived by his wife, Joan, three children and six grandchildren. A service will be held on Saturday at the First Church.
				""";
		ParsedArticle article = this.extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
		assertThat(article.title().value()).isEqualTo("Harold James Pemberton");
	}

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

	// A page in Chinese: no paragraph is long by its characters (two of them say as much
	// as a word), and none ends with a full stop followed by a space, yet together they
	// are the article's text, under its headline and date line, with a breadcrumb over
	// them and a list of other stories after them.
	@Test
	void chinesePageIsReadUnderItsHeadline() {
		String page = """
				首頁
				即時
				政治
				社會
				國際
				生活
				旅遊
				新聞
				體育
				財經
				娛樂
				科技
				體育新聞 > 城市新聞網
				主隊九年來首次擊敗衛冕冠軍 終結對手十連勝
				城市新聞網 (2020-01-21 11:12)
				分享|
				城市新聞網體育新聞記者報導，昨晚的比賽在主場進行，主隊以一百零九比九十七擊敗了衛冕冠軍。這是球隊九年來第一次戰勝對手。
				賽前，主隊已經連續十場不敵這支球隊，許多球迷對這場比賽並不樂觀。然而球員們從第一節開始就打得非常積極。
				第三節是比賽的轉折點，主隊在短短五分鐘內打出一波十五比二的攻勢，拉開了比分差距，對手再也沒有追上。
				主隊控衛全場出場三十二分鐘，得到二十二分和八次助攻。賽後他表示，這場勝利屬於每一位一直支持球隊的球迷。
				（記者）
				其他體育新聞
				冠軍隊主帥談輪換：年輕球員需要更多時間
				冬季運動會開幕 代表團奪下首面金牌
				主隊九年來首次擊敗衛冕冠軍 終結對手十連勝
				網球公開賽：種子選手爆冷出局
				""";
		ParsedArticle article = this.extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
		assertThat(article.title().value()).isEqualTo("主隊九年來首次擊敗衛冕冠軍 終結對手十連勝");
		assertThat(article.body()).startsWith("城市新聞網體育新聞記者報導");
		assertThat(article.publishedDate().value()).hasToString("2020-01-21");
	}

	// A run of capitalised menu entries saved as one line at the top of an article-shaped
	// page is neither its title nor its text: the headline under it is the title, and the
	// body starts with the text.
	@Test
	void aRunOfMenuWordsAboveTheHeadlineIsNeitherTitleNorText() {
		String page = """
				Klimakrise Verkehr Menschenrechte Feminismus Lobbyismus Energie Service Kampagnen
				Drei Fragen an die Leiterin des Spendenteams
				Wie gehören die Stiftung und der Verein eigentlich zusammen? Wir haben die Leiterin des Spendenteams gefragt, was beide tun.
				Die Stiftung fördert Projekte, der Verein führt Kampagnen, und beide teilen sich ein Büro in der Stadt.
				""";
		ParsedArticle article = this.extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
		assertThat(article.title().value()).isEqualTo("Drei Fragen an die Leiterin des Spendenteams");
		assertThat(article.body()).startsWith("Wie gehören");
	}

	private String title(String page) {
		ParsedArticle article = this.extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
		return (article.title() != null) ? article.title().value() : null;
	}

}
