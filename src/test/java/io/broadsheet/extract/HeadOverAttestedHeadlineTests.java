package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head56: a short page whose text is located twelve blocks down or less is read
 * from its top, and the walk from there down to the headline stops at the first sentence
 * it meets, as at the text's own first paragraph. A consent notice in words no table
 * holds, a site's tagline or a blog's sidebar stopped it, and the whole head stayed the
 * body's first paragraphs over a byline and date line the reader had read and left out
 * (blind33's isiZulu page, blind10's release post). A headline a byline or date line
 * attests, over the text located under it, now takes the page's lines above it out of the
 * body with it. Invented pages throughout.
 */
class HeadOverAttestedHeadlineTests extends WholePageTests {

	// blind33's shape: a consent sentence that names no cookie over its button, the
	// site's name, a five-line menu, the section's word, the headline, a byline, a date
	// line and five short paragraphs: the text is located at block 12.
	private static final String NOTICE_OVER_MENU = """
			This site keeps small files on your device to remember your choices.
			Accept
			Harrowgate Valley Post
			Home
			News
			Farming
			Sport
			Community
			Farming
			Village bakery wins county prize for its rye loaf
			By Eleanor Whitcombe
			4 December 2026
			A bakery in Upper Harrowgate has won the county show's bread prize for a rye loaf made to a recipe its founder brought from Silesia.
			The bakery, which opened in 1952, bakes about four hundred loaves a day in a wood-fired oven behind the shop.
			"We did not change a thing about the recipe for seventy years," said owner Tomasz Nowak, 58.
			The judges praised the loaf's crust and its sour, dark crumb.
			The bakery will sell the winning loaf at the village Christmas market on 19 December.
			Share: Facebook | WhatsApp
			Harrowgate Valley Post © 2026
			""";

	private static final String FIRST_PARAGRAPH = "A bakery in Upper Harrowgate has won the county show's bread prize";

	@Test
	void aNoticeAndTheMenuOverAnAttestedHeadlineLeaveTheBody() {
		ParsedArticle article = extract(NOTICE_OVER_MENU);
		assertThat(article.title().value()).isEqualTo("Village bakery wins county prize for its rye loaf");
		assertThat(article.authors().value()).containsExactly("Eleanor Whitcombe");
		assertThat(article.body()).startsWith(FIRST_PARAGRAPH)
			.doesNotContain("small files")
			.doesNotContain("Harrowgate Valley Post")
			.doesNotContain("wins county prize")
			.endsWith("at the village Christmas market on 19 December.");
	}

	@Test
	void aNoticeAndTheMenuOverAnAttestedHeadlineLeaveTheBodyWithBlankLines() {
		ParsedArticle article = extract(NOTICE_OVER_MENU.replace("\n", "\n\n"));
		assertThat(article.body()).startsWith(FIRST_PARAGRAPH).doesNotContain("small files");
	}

	// No notice: the site's tagline, a sentence, over its button and the menu.
	@Test
	void aSitesTaglineOverAnAttestedHeadlineLeavesTheBody() {
		String page = NOTICE_OVER_MENU
			.replace("This site keeps small files on your device to remember your choices.\nAccept\n", "")
			.replace("Harrowgate Valley Post\nHome",
					"Harrowgate Valley Post\nNews from the valley since 1998.\nSubscribe\nHome");
		ParsedArticle article = extract(page);
		assertThat(article.body()).startsWith(FIRST_PARAGRAPH).doesNotContain("since 1998");
	}

	// The near miss: the text's lead set between the headline and the byline, opening
	// with its dateline, is the text's and stays, however much of the head above the
	// headline leaves with it.
	@Test
	void aDatelinedLeadUnderTheHeadlineStays() {
		String page = NOTICE_OVER_MENU
			.replace("Village bakery wins county prize for its rye loaf\n",
					"Village bakery wins county prize for its rye loaf\nHARROWGATE — " + FIRST_PARAGRAPH
							+ " for a rye loaf made to a recipe its founder brought from Silesia.\n")
			.replace(FIRST_PARAGRAPH + " for a rye loaf made to a recipe its founder brought from Silesia.\nThe bakery",
					"The bakery");
		ParsedArticle article = extract(page);
		assertThat(article.body()).contains("HARROWGATE — " + FIRST_PARAGRAPH)
			.contains("bakes about four hundred loaves a day");
	}

	// The near miss: without a byline or date line under it nothing says the line is the
	// article's headline, and the walk stops at the sentence above it as before: the
	// body keeps the page's top rather than guess.
	@Test
	void aHeadlineNothingAttestsLeavesTheTopAsItWas() {
		String page = NOTICE_OVER_MENU.replace("By Eleanor Whitcombe\n4 December 2026\n", "");
		ParsedArticle article = extract(page);
		assertThat(article.body()).startsWith("This site keeps small files on your device").contains(FIRST_PARAGRAPH);
	}

	// review56b: a Japanese page of the same shape, its paragraphs short as Japanese
	// paragraphs are, the site's tagline a sentence over the menu. The writer's line
	// under the headline reads as a sign-off too, and the reader took it for the text's
	// end, the tagline above it for the text it closed: the body came out empty.
	private static final String TAGLINE_OVER_SHORT_JAPANESE = """
			谷新聞
			谷のニュースを1998年からお届けしています。
			購読する
			ホーム
			ニュース
			農業
			スポーツ
			農業
			村のパン屋、ライ麦パンで郡の賞を受賞
			文・山田花子
			2026年12月4日
			ハロー谷上流のパン屋が、創業者がシレジアから持ち帰ったレシピで焼くライ麦パンで、郡の品評会のパン部門の賞を受賞した。
			1952年に開業したこの店は、店の裏の薪窯で一日におよそ四百個のパンを焼いている。
			店主のトマシュ・ノヴァクさん（58）は「七十年間、レシピは何も変えていない」と話した。
			審査員はパンの皮と、黒く酸味のある中身を高く評価した。
			店は受賞したパンを12月19日に村のクリスマスマーケットで販売する。
			シェア: Facebook | LINE
			谷新聞 © 2026
			""";

	@Test
	void aTaglineOverAnAttestedHeadlineEndsNoShortJapaneseText() {
		ParsedArticle article = extract(TAGLINE_OVER_SHORT_JAPANESE);
		assertThat(article.title().value()).isEqualTo("村のパン屋、ライ麦パンで郡の賞を受賞");
		assertThat(article.authors().value()).containsExactly("山田花子");
		assertThat(article.body()).startsWith("ハロー谷上流のパン屋が").doesNotContain("お届けしています").endsWith("村のクリスマスマーケットで販売する。");
	}

	// The writer's line set under the text, as Japanese papers sign off, still ends it:
	// another story's lines under it stay out, over the tagline as without it.
	@Test
	void aWritersLineUnderShortJapaneseTextStillEndsIt() {
		String page = TAGLINE_OVER_SHORT_JAPANESE.replace("文・山田花子\n", "")
			.replace("審査員はパンの皮と、黒く酸味のある中身を高く評価した。\n店は受賞したパンを12月19日に村のクリスマスマーケットで販売する。\n",
					"文・山田花子\n谷の洪水警報が解除された。住民は土曜日の朝に自宅へ戻った。\n");
		assertThat(extract(page).body()).startsWith("ハロー谷上流のパン屋が").endsWith("と話した。").doesNotContain("洪水警報");
		assertThat(extract(page.replace("谷のニュースを1998年からお届けしています。\n", "")).body()).startsWith("ハロー谷上流のパン屋が")
			.endsWith("と話した。")
			.doesNotContain("洪水警報");
	}

}
