package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round open57: a photo's caption whose credit stands in brackets after its sentence (a
 * credit word inside full-width brackets, "（記者攝）", or a credit phrase of the page's
 * language, "(Kuha ni …)") leaves the body; a Japanese writer's name of three or four Han
 * characters, set alone between the headline and the date line, is the author.
 */
class BracketedCreditsAndHanWritersTests extends WholePageTests {

	// The base read the credit word only at the caption's very end, so a closing
	// bracket after it hid it.
	@ParameterizedTest
	@ValueSource(strings = { "夜市入口的新招牌點燈後的樣子。（記者林佳蓉攝）", "新开的社区图书馆里坐满了看书的老人。（记者摄）", "市場の入り口に並んだ屋台。（市提供）",
			"Bagong parke sa tabi ng ilog sa Marikina. (Kuha ni Ana Cruz)" })
	void captionsWithABracketedCreditLeaveTheBody(String caption) {
		assertThat(Insets.endsWithCaptionCredit(caption) || Boilerplate.endsWithAnyCredit(caption)).isTrue();
	}

	// A Japanese paragraph signed by its writer in brackets ("（山田太郎）"), a Filipino
	// sentence about who took a picture, and a figure in brackets are text.
	@ParameterizedTest
	@ValueSource(strings = { "駅前の商店街からは歓迎の声が上がっている。（山田太郎）", "Kuha ni Maria ang litrato sa plaza noong Lunes.",
			"新图书馆共有藏书两万册。（约占全市的一成）" })
	void bracketedEndsThatAreNoCredit(String text) {
		assertThat(Insets.endsWithCaptionCredit(text) || Boilerplate.endsWithAnyCredit(text)).isFalse();
	}

	private static final String JAPANESE_TEXT = """
			市によると、図書館は駅前の旧商業ビルの二階と三階を改装し、約五万冊の本を置く。

			開館時間は午前九時から午後九時までで、仕事帰りの人も利用しやすくする。

			市民からは「夜も開いているのは助かる」と歓迎する声が上がっている。
			""";

	private static final String JAPANESE_HEAD = """
			駅前に夜九時まで開く市立図書館、来春開館へ | みなと新聞

			みなと新聞

			ホーム

			ニュース

			社会

			地域

			スポーツ

			駅前に夜九時まで開く市立図書館、来春開館へ

			""";

	// The base took no author: a name without a space read as one word, too few for a
	// name.
	@Test
	void hanNameBetweenHeadlineAndDateLineIsTheWriter() {
		ParsedArticle article = extract(JAPANESE_HEAD + "中村由紀\n\n2026年12月3日 7時30分\n\n" + JAPANESE_TEXT);
		assertThat(article.authorNames()).containsExactly("中村由紀");
		assertThat(article.body()).startsWith("市によると").doesNotContain("中村由紀");
	}

	// The writer's name written again under the text, in the box on the writer, vouches
	// for it.
	@Test
	void hanNameRepeatedInTheWritersBoxBelowIsTheWriter() {
		ParsedArticle article = extract(
				JAPANESE_HEAD + "中村由紀\n\n2026年12月3日 7時30分\n\n" + JAPANESE_TEXT + "\nこの記事を書いた人\n\n中村由紀\n\n社会部\n");
		assertThat(article.authorNames()).containsExactly("中村由紀");
	}

	// A section's label there, which the menu above lists, or of two characters, names no
	// one.
	@Test
	void sectionLabelBetweenHeadlineAndDateLineNamesNoOne() {
		String menu = JAPANESE_HEAD.replace("地域\n", "地域経済\n");
		assertThat(extract(menu + "地域経済\n\n2026年12月3日 7時30分\n\n" + JAPANESE_TEXT).authorNames()).isEmpty();
		assertThat(extract(JAPANESE_HEAD + "県内\n\n2026年12月3日 7時30分\n\n" + JAPANESE_TEXT).authorNames()).isEmpty();
	}

}
