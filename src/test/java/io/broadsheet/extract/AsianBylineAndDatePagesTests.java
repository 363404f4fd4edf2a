package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round asia39: bylines and dates of pages in scripts other than Latin, whole pages of
 * invented text. A Korean agency's dateline in square brackets names the reporter; a
 * Chinese print edition's note under the text dates a page that shows no date above it;
 * Sinhala's writer label with its spaced dash; a name and its town after a comma in a
 * script without capitals.
 */
class AsianBylineAndDatePagesTests extends WholePageTests {

	private static final String KOREAN_TEXT = """
			서울시는 3일 이런 내용의 겨울철 종합대책을 발표했다. 한파 쉼터는 평일 오전 9시부터 오후 6시까지 문을 연다.

			시 관계자는 "어르신과 취약계층이 추위를 피할 수 있도록 하겠다"고 말했다.
			""";

	// "[서울=뉴스한빛] 김도윤 기자 = …": the reporter before the "=", the paragraph the text's.
	@Test
	void reporterOfAKoreanDatelineInSquareBracketsIsTheAuthor() {
		ParsedArticle article = extract("""
				서울시, 겨울철 한파 쉼터 500곳 운영 | 뉴스한빛

				사회

				서울시, 겨울철 한파 쉼터 500곳 운영

				등록 2026.12.03 09:10:12 | 수정 2026.12.03 10:02:45

				[서울=뉴스한빛] 김도윤 기자 = 서울시가 올겨울 한파에 대비해 주민센터와 경로당 등 500곳을 한파 쉼터로 운영한다.

				""" + KOREAN_TEXT);
		assertThat(article.authorNames()).containsExactly("김도윤");
		assertThat(article.body()).startsWith("[서울=뉴스한빛] 김도윤 기자 = 서울시가");
	}

	// A photo's credit in square brackets and "기자" inside a sentence name no one.
	@Test
	void photoCreditInSquareBracketsAndAReporterInASentenceNameNoOne() {
		ParsedArticle article = extract("""
				서울시, 겨울철 한파 쉼터 500곳 운영 | 뉴스한빛

				사회

				서울시, 겨울철 한파 쉼터 500곳 운영

				등록 2026.12.03 09:10:12

				[사진=서울시 제공] 서울시청 앞에 설치된 한파 쉼터 안내판.

				서울시가 올겨울 한파에 대비해 500곳을 한파 쉼터로 운영한다고 3일 기자 설명회에서 밝혔다.

				""" + KOREAN_TEXT);
		assertThat(article.authorNames()).isEmpty();
	}

	private static final String CHINESE_PAGE = """
			社会
			南湖市新建社区食堂四十家
			本报记者　陈立
			%s本报南湖11月28日电　记者从南湖市民政局获悉：今年以来，全市新建社区食堂40家，每天为老年人提供午餐约6000份。
			南湖市民政局有关负责人介绍，社区食堂由街道提供场地，餐饮企业负责运营，该市计划于2026年12月1日起推行新的补贴办法。
			“以前一个人做饭麻烦，现在走几步就能吃上热饭。”家住东湖街道的王桂芳说。
			%s责任编辑：赵敏
			""";

	// "（原载《南湖日报》2026年11月29日第03版）": the print edition's day, the page's only date.
	@Test
	void printEditionNoteDatesAPageWithoutADateLine() {
		ParsedArticle article = extract(CHINESE_PAGE.formatted("", "（原载《南湖日报》2026年11月29日第03版）\n"));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(article.authorNames()).containsExactly("陈立");
		assertThat(article.body()).startsWith("本报南湖11月28日电").doesNotContain("原载");
	}

	// A date line under the byline stays the page's date over the print edition's; a
	// date inside the text ("2026年12月1日起", from the first of December) dates nothing.
	@Test
	void printEditionNoteLeavesTheDateLineAndTheTextsDatesAlone() {
		assertThat(extract(CHINESE_PAGE.formatted("发布时间：2026-11-30 08:15\n", "（原载《南湖日报》2026年11月29日第03版）\n"))
			.publishedDate()
			.value()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(extract(CHINESE_PAGE.formatted("", "")).publishedDate()).isNull();
	}

	private static final String SINHALA_TEXT = """
			ගාල්ල නව ධීවර වරාය අද උදෑසන ධීවරයින්ගේ භාවිතය සඳහා විවෘත කෙරිණි.

			වරායේ එකවර ධීවර යාත්‍රා දෙසීයකට නැංගුරම් ලා තැබිය හැකි බව ධීවර දෙපාර්තමේන්තුව පවසයි.

			"මෙය අපේ ජීවිතවලට විශාල සහනයක්" යැයි ධීවරයෙකු වූ සුනිල් සිල්වා මහතා පැවසීය.
			""";

	// "සටහන - කසුන් පෙරේරා": the writer, out of the body; a headline with a spaced dash
	// between two towns over no label names no one.
	@Test
	void sinhalaWritersLabelWithItsDashGivesTheAuthor() {
		ParsedArticle article = extract("""
				දකුණු පුවත්

				පුවත්

				ගාල්ල නව ධීවර වරාය විවෘත කෙරේ

				සටහන - කසුන් පෙරේරා

				2026 නොවැම්බර් 28 | ප.ව. 03:40

				""" + SINHALA_TEXT);
		assertThat(article.authorNames()).containsExactly("කසුන් පෙරේරා");
		assertThat(article.body()).doesNotContain("සටහන");
		ParsedArticle dashed = extract("""
				දකුණු පුවත්

				පුවත්

				කොළඹ - ගාල්ල අධිවේගී මාර්ගයේ නව පිවිසුමක්

				2026 නොවැම්බර් 28 | ප.ව. 03:40

				""" + SINHALA_TEXT);
		assertThat(dashed.authorNames()).isEmpty();
	}

	// "రవి కుమార్, వరంగల్": the writer and the town the text writes, after a comma.
	@Test
	void nameAndTownAfterACommaInAScriptWithoutCapitalsGivesTheAuthor() {
		ParsedArticle article = extract(
				"""
						తెలంగాణ

						వరంగల్‌లో కొత్త బస్ స్టేషన్ ప్రారంభం

						రవి కుమార్, వరంగల్

						03 డిసెంబర్ 2026

						వరంగల్ నగరంలో కొత్త బస్ స్టేషన్ ఈరోజు ప్రారంభమైంది మరియు మొదటి రోజే వేలాది మంది ప్రయాణికులు అక్కడికి వచ్చారు.

						ఈ స్టేషన్‌లో ఒకేసారి వంద బస్సులు నిలపవచ్చు అని రవాణా శాఖ అధికారులు చెప్పారు మరియు త్వరలో మరో స్టేషన్ కూడా వస్తుంది.

						నగర ప్రజలు ఈ కొత్త సౌకర్యంపై సంతోషం వ్యక్తం చేశారు మరియు బస్సుల సంఖ్య పెంచాలని కోరారు.
						""");
		assertThat(article.authorNames()).isEqualTo(List.of("రవి కుమార్"));
		assertThat(article.body()).doesNotContain("రవి కుమార్");
	}

}
