package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head58: two heads read from a page's top because nothing anchors the headline. An
 * undated, unsigned club page opens on the site's name, which its footer says again alone
 * or in its copyright notice, over a menu of short items and the headline: the name took
 * the title and the menu opened the body (blind35's morris side). And a short page whose
 * paragraphs are all short sentences, in any script, had no run of text at all: it was
 * kept whole, a consent notice or the site's name became the title and the head opened
 * the body (review57e's probes). Invented pages throughout.
 */
class HeadUnderSiteNameAndShortSentencesTests extends WholePageTests {

	// A bell-ringers' page: the site's name over its menu and the section's word, a
	// headline naming few of the text's words, four paragraphs, the name again under
	// them.
	private static final String ENGLISH_CLUB = """
			Stockwell Green Bell Ringers
			Home
			About the band
			Our tower
			Learn to ring
			Contact
			News
			A milestone for our newest member
			The band rang its first quarter peal on the new treble bell last Sunday, three weeks after the bell came back from the foundry in Loughborough with a new clapper and headstock.
			It took forty-five minutes and 1,260 changes, and the new treble was rung by Amy Holt, who learned to ring at the tower only two years ago and who had never rung a quarter before.
			The bell was recast with money raised at the summer fete and a grant from the diocesan bell fund, and it now sounds in tune with the other five for the first time in living memory.
			Practice night is Thursday from half past seven, and anyone who would like to learn is welcome to come up the tower and watch before they decide.
			Stockwell Green Bell Ringers
			Privacy
			Facebook
			""";

	// A brass band's page, its name said again in the footer's copyright notice.
	private static final String GERMAN_CLUB = """
			Posaunenchor der Kirchengemeinde Lindenau
			Startseite
			Über uns
			Proben
			Mitmachen
			Kontakt
			Aktuelles
			Ein besonderer Winter für unsere Gruppe
			Der Posaunenchor hat in diesem Herbst zum ersten Mal seit vielen Jahren neue Noten für das Adventsblasen gekauft, bezahlt von einer Spende der örtlichen Sparkasse und vom Erlös des Sommerfestes.
			Geprobt wird seit Oktober jeden Mittwoch im Gemeindehaus, und auch die drei Jungbläser, die erst im Frühjahr angefangen haben, spielen beim ersten Stück schon mit.
			Das Adventsblasen beginnt am ersten Adventssonntag um siebzehn Uhr vor dem Rathaus, bei Regen in der Kirche, und dauert etwa eine halbe Stunde mit Liedern zum Mitsingen.
			Wer selbst ein Blechblasinstrument spielt oder es lernen möchte, ist jederzeit herzlich eingeladen, einfach zu einer Probe vorbeizukommen.
			Impressum
			Datenschutz
			© 2026 Posaunenchor der Kirchengemeinde Lindenau
			""";

	// Four short sentences under the site's name and its menu, no notice.
	private static final String ENGLISH_SHORT = """
			Hollins Green Allotments
			Home
			Plots
			News
			Contact
			News
			New water tanks fitted on the lower plots
			Four new tanks were fitted on the lower plots last week.
			Each holds a thousand litres of rain from the shed roofs.
			Members paid for them with the proceeds of the summer show.
			The old tanks will go to the school garden.
			Share
			Facebook
			© 2026 Hollins Green Allotments
			""";

	// Four short Armenian sentences closed by "։" under a consent notice and its button.
	private static final String ARMENIAN_SHORT = """
			Այս կայքը օգտագործում է թխուկներ։
			Լավ
			Գյումրու լուրեր
			Գլխավոր
			Մշակույթ
			Սպորտ
			Կապ
			Մշակույթ
			Գյումրիում վերաբացվեց հին տիկնիկային թատրոնը
			Թատրոնը փակ էր ավելի քան տասը տարի։
			Վերանորոգումը տևեց երկու տարի և արժեցավ մեկ միլիոն դոլար։
			Առաջին ներկայացմանը ներկա էր երեք հարյուր երեխա։
			Թատրոնը կաշխատի ամեն շաբաթ և կիրակի։
			Կիսվել
			Facebook
			© 2026 Գյումրու լուրեր
			""";

	// Four short Chinese sentences closed by "。" under a consent notice.
	private static final String CHINESE_SHORT = """
			本网站使用Cookie以改善您的浏览体验。
			同意
			青山日报
			首页
			新闻
			文化
			体育
			联系我们
			文化
			青山镇老茶馆重新开业迎来首批客人
			这家茶馆已有一百二十年历史，去年因房屋老化停业。
			镇政府出资修缮了屋顶和木楼梯，保留了原来的门窗。
			重新开业当天，许多老茶客一早就来排队。
			茶馆今后每天上午七点开门，晚上九点关门。
			分享
			微信
			© 2026 青山日报
			""";

	// Four short Amharic sentences closed by "።" under a consent notice.
	private static final String AMHARIC_SHORT = """
			ይህ ድረ ገጽ ኩኪዎችን ይጠቀማል።
			እሺ
			ጣና ዜና
			መነሻ
			ዜና
			ባህል
			ስፖርት
			ባህል
			በባሕር ዳር የድሮው ሲኒማ ቤት እንደገና ተከፈተ
			ሲኒማ ቤቱ ለአሥር ዓመታት ተዘግቶ ቆይቷል።
			እድሳቱ ሁለት ዓመት ፈጅቷል።
			በመጀመሪያው ምሽት ሦስት መቶ ሰዎች ተገኝተዋል።
			ሲኒማ ቤቱ በየሳምንቱ መጨረሻ ይከፈታል።
			አጋራ
			Facebook
			© 2026 ጣና ዜና
			""";

	@Test
	void aSiteNameSaidAgainInTheFooterIsNoHeadlineOverItsMenu() {
		assertHeadLeft(ENGLISH_CLUB, "A milestone for our newest member", "The band rang its first quarter peal",
				"About the band", "Learn to ring");
	}

	@Test
	void aSiteNameSaidAgainInTheCopyrightNoticeIsNoHeadlineOverItsMenu() {
		assertHeadLeft(GERMAN_CLUB, "Ein besonderer Winter für unsere Gruppe", "Der Posaunenchor hat in diesem Herbst",
				"Mitmachen", "Über uns");
	}

	@Test
	void aMenuItemEndingAsASentenceKeepsTheSiteNameFound() {
		// a line of the head closed by a full stop is no menu's item: the rule stands
		// back
		ParsedArticle article = extract(ENGLISH_CLUB.replace("Our tower\n", "Ring with us on Sundays.\n"));
		assertThat(article.title().value()).isNotEqualTo("A milestone for our newest member");
	}

	@Test
	void shortEnglishSentencesAreTheTextUnderTheMenu() {
		assertHeadLeft(ENGLISH_SHORT, "New water tanks fitted on the lower plots",
				"Four new tanks were fitted on the lower plots last week.", "Plots\n", "Contact");
		assertThat(extract(ENGLISH_SHORT).body()).endsWith("The old tanks will go to the school garden.");
	}

	@Test
	void shortArmenianSentencesAreTheTextUnderANotice() {
		assertHeadLeft(ARMENIAN_SHORT, "Գյումրիում վերաբացվեց հին տիկնիկային թատրոնը",
				"Թատրոնը փակ էր ավելի քան տասը տարի։", "թխուկներ", "Գյումրու լուրեր");
	}

	@Test
	void shortChineseSentencesAreTheTextUnderANotice() {
		assertHeadLeft(CHINESE_SHORT, "青山镇老茶馆重新开业迎来首批客人", "这家茶馆已有一百二十年历史", "Cookie", "首页");
	}

	@Test
	void shortAmharicSentencesAreTheTextUnderANotice() {
		assertHeadLeft(AMHARIC_SHORT, "በባሕር ዳር የድሮው ሲኒማ ቤት እንደገና ተከፈተ", "ሲኒማ ቤቱ ለአሥር ዓመታት ተዘግቶ ቆይቷል።", "ኩኪዎችን", "መነሻ");
	}

	@Test
	void twoRunsOfShortSentencesAsLongKeepThePageWhole() {
		// a second run of four under the first, set apart by a menu's line: nothing tells
		// which is the article's, and no head leaves the body
		ParsedArticle article = extract(ENGLISH_SHORT.replace("Share\n",
				"More news\nThe shed roof was mended.\nNew paths were laid.\nA bench was given.\nThe gate was painted.\n"));
		assertThat(article.body()).contains("Contact");
	}

	// The headline is the title, the body opens with the text's first paragraph, and no
	// line of the head stands in it.
	private void assertHeadLeft(String page, String title, String firstParagraph, String... head) {
		ParsedArticle article = extract(page);
		assertThat(article.title().value()).isEqualTo(title);
		assertThat(article.body()).startsWith(firstParagraph);
		for (String line : head) {
			assertThat(article.body()).doesNotContain(line);
		}
	}

}
