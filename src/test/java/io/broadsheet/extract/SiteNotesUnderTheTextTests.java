package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's own note set right under the article: one label's or link's line under the
 * text's last sentence ("Our editorial standards", "Recommended Articles", "Kaynak: AA"),
 * a disclosure's label over the site's note on itself ("Disclosure" / "… is part of a
 * media group that holds digital assets."), a paywall's prompt after a button's label
 * ("Continue reading: this article is for subscribers."). They leave the body. And the
 * look-alikes that stay: a closing line of a sentence's words left without its stop, a
 * Japanese paragraph signed in brackets, a crosshead that only opens with a disclosure's
 * word.
 */
class SiteNotesUnderTheTextTests extends WholePageTests {

	private static String page(String tail) {
		return """
				Harbour bridge to close for repairs - Tidewater Courier

				Tidewater Courier

				News | Business | Sport | Opinion

				Harbour bridge to close for repairs over the winter

				By Morgan Ellery

				4 December 2026

				The harbour bridge will close to cars for eleven weeks from January while its deck is replaced, the county council said on Thursday.

				Buses will divert over the ring road, adding about ten minutes to journeys into the town centre at peak times.

				Engineers found last spring that the deck's joints had worn faster than expected under the weight of freight lorries.

				%s
				"""
			.formatted(tail);
	}

	@Test
	void leavesOneLinkLineUnderTheTextOut() {
		ParsedArticle article = extract(page("""
				The council said pedestrians and cyclists will still be able to cross on a temporary walkway.

				Our editorial standards"""));
		assertThat(article.body()).endsWith("on a temporary walkway.").doesNotContain("editorial standards");
	}

	@Test
	void leavesADisclosureBoxUnderTheTextOut() {
		ParsedArticle article = extract(
				page("""
						The council said pedestrians and cyclists will still be able to cross on a temporary walkway.

						Disclosure

						The Tidewater Courier is owned by a group that also owns the ferry company. Our editors decide what we cover.

						Read more

						Ferry fares rise by five per cent

						Privacy

						Cookie settings"""));
		assertThat(article.body()).endsWith("on a temporary walkway.")
			.doesNotContain("Disclosure", "owned by a group", "Ferry fares");
	}

	@Test
	void leavesAPaywallPromptAfterAButtonsLabelOut() {
		ParsedArticle article = extract(page("""
				The council said pedestrians and cyclists will still be able to cross on a temporary walkway.

				Read on: this article is for subscribers. Subscribe today for unlimited access to local news.

				Related topics

				Roads

				Council"""));
		assertThat(article.body()).endsWith("on a temporary walkway.").doesNotContain("subscribers", "Related topics");
	}

	// The look-alikes: a closing line of twelve words without its stop stays (as
	// TrailingSiteLinesBodyTests keeps one), and so does a crosshead that opens with a
	// disclosure's word over the article's own last paragraphs.
	@Test
	void keepsAClosingLineOfASentencesWords() {
		ParsedArticle article = extract(page("""
				The council said pedestrians and cyclists will still be able to cross on a temporary walkway.

				Drivers can see the diversion map on the council website from Monday"""));
		assertThat(article.body()).endsWith("on the council website from Monday");
	}

	@Test
	void keepsACrossheadOpeningWithADisclosuresWord() {
		ParsedArticle article = extract(
				page("""
						Disclosure of the contract

						The council has not said how much the contract is worth, and a freedom of information request is pending.

						Councillors will vote on the final plan at their meeting on 15 December."""));
		assertThat(article.body()).contains("Disclosure of the contract", "freedom of information request")
			.endsWith("meeting on 15 December.");
	}

	@Test
	void keepsAJapaneseParagraphSignedInBrackets() {
		ParsedArticle article = extract("""
				長岡新報

				ニュース | 経済 | スポーツ

				老舗の酒蔵で新酒の仕込み始まる

				2026年12月4日 10:30

				創業200年を超える市内の酒蔵で、今季の新酒の仕込みが始まった。蔵の中には蒸した米の甘い香りが立ち込めている。

				今年は夏の天候に恵まれ、地元の農家から届いた酒米の出来は上々だという。

				杜氏は「米が良い年は、酒も素直に育つ」と話した。

				仕込みは来年3月まで続き、最初の新酒は今月下旬に販売される予定。（山田花子）

				関連記事

				プライバシー
				""");
		assertThat(article.body()).endsWith("販売される予定。（山田花子）");
	}

	// review45b: the article's own lines that looked like the site's notes. A court
	// story's crosshead "Disclosure" over its last two paragraphs, a last paragraph
	// opening
	// with "Disclosures", a quote led in by a sentence's colon, a Thai last sentence
	// (Thai
	// writes no full stop) stay; a disclosure's label over one note, a label's colon
	// before it ("Disclosure: …") and a Chinese editor's label still leave.
	@Test
	void keepsADisclosureCrossheadOverTheArticlesLastParagraphs() {
		ParsedArticle article = extract(
				page("""
						The council said pedestrians and cyclists will still be able to cross on a temporary walkway.

						Disclosure

						A judge ordered the council in October to hand the engineers' reports to the ferry company, which says the closure will cost it trade.

						The reports will be published on the council website once the ferry company's lawyers have read them."""));
		assertThat(article.body()).contains("Disclosure", "A judge ordered the council")
			.endsWith("lawyers have read them.");
	}

	@Test
	void keepsALastParagraphOpeningWithDisclosures() {
		ParsedArticle article = extract(
				page("""
						The council said pedestrians and cyclists will still be able to cross on a temporary walkway.

						Disclosures filed with the council on Friday show the contractor also repaired the ring road bridge last year."""));
		assertThat(article.body()).endsWith("the ring road bridge last year.");
	}

	@Test
	void leavesADisclosureParagraphWithItsColonOut() {
		ParsedArticle article = extract(page("""
				The council said pedestrians and cyclists will still be able to cross on a temporary walkway.

				Disclosure: the writer's family owns shares in the ferry company."""));
		assertThat(article.body()).endsWith("on a temporary walkway.").doesNotContain("owns shares");
	}

	@Test
	void keepsAQuoteLedInByASentencesColon() {
		ParsedArticle article = extract(page("""
				The council said pedestrians and cyclists will still be able to cross on a temporary walkway.

				Asked who could use the walkway at night, the council leader said only permit holders would be allowed.

				Her answer was blunt: subscribers only, from now on."""));
		assertThat(article.body()).endsWith("Her answer was blunt: subscribers only, from now on.");
	}

	@Test
	void keepsAThaiLastSentenceWithoutItsStop() {
		ParsedArticle article = extract("""
				ฝนตกหนักในกรุงเทพฯ ทำให้น้ำท่วมหลายพื้นที่ - ข่าวเช้า

				ข่าวเช้า

				ข่าว | เศรษฐกิจ | กีฬา

				ฝนตกหนักในกรุงเทพฯ ทำให้น้ำท่วมหลายพื้นที่

				โดย สมชาย ใจดี

				04.12.2026

				ฝนตกหนักตั้งแต่ช่วงเย็นวันพฤหัสบดี ทำให้น้ำท่วมขังบนถนนหลายสายในกรุงเทพฯ.

				กรมอุตุนิยมวิทยาคาดว่าฝนจะตกต่อเนื่องไปจนถึงวันอาทิตย์ และเตือนให้ประชาชนระวังอันตราย.

				ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า เจ้าหน้าที่กำลังเร่งระบายน้ำในทุกพื้นที่.

				ทั้งนี้ต้องติดตามสถานการณ์ต่อไป

				Share this article

				Most read

				Privacy policy | Cookie settings | Contact us

				© 2026 ข่าวเช้า
				""");
		assertThat(article.body()).endsWith("ทั้งนี้ต้องติดตามสถานการณ์ต่อไป");
	}

	@Test
	void leavesAChineseEditorsLabelOut() {
		ParsedArticle article = extract("""
				海港日报

				新闻 | 经济 | 体育

				海港大桥明年一月起封闭维修

				2026年12月4日

				市政府周四表示，海港大桥将从明年一月起封闭十一周，以更换桥面。

				公交车将改走环城路，高峰时段行程预计增加约十分钟。

				工程师去年春天发现，桥面接缝在货车重压下磨损得比预期更快。

				责任编辑：李明

				隐私政策
				""");
		assertThat(article.body()).endsWith("磨损得比预期更快。").doesNotContain("责任编辑");
	}

}
