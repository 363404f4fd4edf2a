package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round stamp37: a stamp of a time before now on a line of its own ("2 days ago",
 * "Updated 3 hours ago", "vor 2 Stunden", "3시간 전") among the header's lines above the
 * text, with each language's "ago" word and units as data. Invented text throughout.
 */
class RelativeStampTests {

	private static final String HEADLINE = "Council approves new cycle lanes for the town centre";

	private static final String FIRST = "The town council voted on Tuesday to build three new cycle lanes through the centre, "
			+ "a plan that has divided shopkeepers and residents for more than a year.";

	private static final String SECOND = "Work on the first lane, along the high street, is due to start in the spring and "
			+ "should take about four months, the council said in a statement.";

	private static final String THIRD = "Shop owners said they feared losing parking spaces, while cycling groups welcomed "
			+ "the decision as long overdue for a town of its size.";

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void readsStampsOfEveryLanguageWithAFile() {
		assertThat(Boilerplate.isRelativeStamp("2 days ago")).isTrue();
		assertThat(Boilerplate.isRelativeStamp("Updated: 3 hours ago")).isTrue();
		assertThat(Boilerplate.isRelativeStamp("Posted 2h ago")).isTrue();
		assertThat(Boilerplate.isRelativeStamp("Atualizado há 2 horas")).isTrue();
		assertThat(Boilerplate.isRelativeStamp("vor 2 Stunden")).isTrue();
		assertThat(Boilerplate.isRelativeStamp("3시간 전")).isTrue();
		assertThat(Boilerplate.isRelativeStamp("3時間前")).isTrue();
		assertThat(Boilerplate.isRelativeStamp("hace 5 minutos")).isTrue();
		assertThat(Boilerplate.isRelativeStamp("il y a 2 jours")).isTrue();
	}

	// Look-alikes: a sentence that tells of a time ago, a teaser's headline with its
	// stamp, a count, a date.
	@Test
	void readsNoSentenceOrDateAsAStamp() {
		assertThat(Boilerplate.isRelativeStamp("Two days ago, the council voted against the plan.")).isFalse();
		assertThat(Boilerplate.isRelativeStamp("2 days ago the council voted")).isFalse();
		assertThat(Boilerplate.isRelativeStamp("Library reopens after repairs – 2 days ago")).isFalse();
		assertThat(Boilerplate.isRelativeStamp("3 comments")).isFalse();
		assertThat(Boilerplate.isRelativeStamp("Updated 4 December 2026")).isFalse();
		assertThat(Boilerplate.isRelativeStamp("2 days")).isFalse();
	}

	// Before, the stamp under the byline stayed at the top of the body (blind8, blind11).
	@Test
	void leavesOutAStampUnderTheByline() {
		ParsedArticle article = extract(HEADLINE, "By Jane Holloway", "Updated 3 hours ago", FIRST, SECOND, THIRD);
		assertThat(article.body()).as("body").startsWith(FIRST).contains(THIRD).doesNotContain("ago");
	}

	// Before, a stamp alone under the headline stayed (blind14's zoo and Korean pages).
	@Test
	void leavesOutAStampAloneUnderTheHeadline() {
		ParsedArticle article = extract(HEADLINE, "2 days ago", FIRST, SECOND, THIRD);
		assertThat(article.body()).as("body").startsWith(FIRST).contains(THIRD).doesNotContain("ago");
	}

	@Test
	void leavesOutAKoreanStampAloneUnderTheHeadline() {
		String first = "부산 해운대 해수욕장에서 처음으로 겨울 시장이 열린다고 구청이 밝혔다.";
		String second = "구청은 다음 달 첫 주말부터 매주 금요일과 토요일 저녁에 시장을 운영할 계획이라고 말했다.";
		String third = "상인들은 겨울철 관광객이 늘어날 것으로 기대한다고 전했다.";
		ParsedArticle article = extract("해운대에 첫 겨울 시장 열린다", "3시간 전", first, second, third);
		assertThat(article.body()).as("body").startsWith(first).contains(third).doesNotContain("3시간 전");
	}

	// Look-alike: a sentence opening with a time ago is the text's first line, and stays.
	@Test
	void keepsASentenceThatOpensWithATimeAgo() {
		String opening = "Two days ago, the council voted to build three new cycle lanes through the centre.";
		ParsedArticle article = extract(HEADLINE, "By Jane Holloway", opening, SECOND, THIRD);
		assertThat(article.body()).as("body").startsWith(opening).contains(THIRD);
	}

	// Look-alike: a teaser list's stamps under each teaser's headline stay as they were.
	@Test
	void leavesATeaserListsStampsAsTheyWere() {
		String[] teasers = { "Library reopens after repairs", "2 days ago", "Bus timetable changes from Monday",
				"3 days ago", "Market square to get new benches", "4 days ago" };
		String withStamps = bodyOf(teasers);
		assertThat(withStamps).as("teasers alone").isEqualTo(bodyOfWithout(teasers));
	}

	private String bodyOf(String... blocks) {
		String[] page = new String[blocks.length + 4];
		page[0] = HEADLINE;
		System.arraycopy(blocks, 0, page, 1, blocks.length);
		page[blocks.length + 1] = FIRST;
		page[blocks.length + 2] = SECOND;
		page[blocks.length + 3] = THIRD;
		return String.valueOf(extract(page).body());
	}

	// The body the base reads: the rule off, by a stamp no language spells.
	private String bodyOfWithout(String... blocks) {
		String[] renamed = new String[blocks.length];
		for (int i = 0; i < blocks.length; i++) {
			renamed[i] = blocks[i].replace(" ago", " agone");
		}
		return bodyOf(renamed).replace(" agone", " ago");
	}

	private ParsedArticle extract(String... blocks) {
		return this.extractor.extract(String.join("\n\n", blocks).getBytes(StandardCharsets.UTF_8), null);
	}

}
