package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round script59: a pull quote in Chinese or Japanese that says a whole paragraph again
 * one or two paragraphs under it (mid58's shape, {@link Insets#isPullQuoteCopy}), whose
 * sentences close with the full-width stop and whose words take no spaces: the second
 * copy counted the paragraph twice. Look-alikes: an interview's question asked again
 * stays, and so does a Thai line said twice, which no stop tells from a menu's. Invented
 * pages, real news-site words.
 */
class UnspacedPullQuoteTests extends WholePageTests {

	// Each page's paragraphs (";" between them) say the quote again, "Q", two
	// paragraphs under its first copy.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "首页;新闻;国内;国际|成都老茶馆重新开门迎客|记者 王小明|2026年12月07日 10:30"
					+ "|位于宽窄巷子的百年老茶馆在关闭三年后于本周一重新开门，第一天就有两百多名茶客前来喝茶听戏。;Q" + ";茶馆每天早上七点开门，一杯盖碗茶仍然只卖十五元，下午还有川剧清唱和评书表演。;Q"
					+ ";附近的居民李大爷说，他从小就在这里喝茶，现在终于又能每天早上来坐一坐了。" + ";区文化局表示，明年还将修缮周边另外三家老茶馆，并把它们列入城市文化遗产名录。"
					+ "|相关新闻;乐山举办年度美食节;联系我们;© 2026 成都新闻网 版权所有" + "|茶馆老板张先生说，我们想让年轻人知道，成都人的日子是在茶馆里慢慢过出来的。",
					"ホーム;ニュース;社会;地域|京都の老舗銭湯が三年ぶりに営業再開|山田太郎記者|2026年12月7日 10時30分"
							+ "|京都市上京区の老舗銭湯が改修工事を終え、三年ぶりに営業を再開した。初日は開店前から常連客が列を作った。;Q"
							+ ";改修では薪で湯を沸かす釜をそのまま残し、タイル絵も職人が一枚ずつ洗って元の場所に戻した。;Q"
							+ ";入浴料は大人490円で、毎週水曜日が定休日となる。近所に住む80代の女性は「また来られてうれしい」と笑顔を見せた。"
							+ ";市は来年度、同じような銭湯の改修に補助金を出す制度を設ける方針だ。" + "|関連記事;大阪で年末の食のイベント;お問い合わせ;© 2026 京都新聞ネット"
							+ "|店主の佐藤健一さんは「町の人が毎日顔を合わせる場所を、もう一度残したかった」と話した。" })
	void leavesAChineseOrJapanesePullQuotesSecondCopyOut(String menu, String headline, String byline, String dateLine,
			String paragraphs, String foot, String quote) {
		List<String> text = List.of(paragraphs.replace("Q", quote).split(";"));
		String body = extract(
				page(List.of(menu.split(";")), headline, byline, dateLine, text, List.of(foot.split(";"))))
			.body();
		assertThat(times(body, quote)).isEqualTo(1);
		assertThat(body).endsWith(text.get(text.size() - 1));
	}

	// Look-alike: an interview's question asked again under its answer is the text's,
	// closed by a question mark or, as Japanese closes one as often, by its particle
	// and the full stop (review59c).
	@ParameterizedTest
	@ValueSource(strings = { "――なぜもう一度、この町で銭湯を開こうと思ったのですか？", "――なぜもう一度、この町で銭湯を開こうと思ったのですか。" })
	void keepsAJapaneseQuestionAskedTwice(String question) {
		String body = extract(page(List.of("ホーム", "ニュース", "社会", "地域"), "銭湯を継いだ三代目に聞く", "山田太郎記者", "2026年12月7日 10時30分",
				List.of("京都市上京区の老舗銭湯が三年ぶりに営業を再開した。店を継いだ佐藤健一さんに話を聞いた。", question,
						"祖父の代から続く店を、自分の代で終わらせたくなかったからです。町の人が毎日顔を合わせる場所でした。", question,
						"正直に言えば、最初は迷いました。でも常連さんたちの声を聞いて決めました。", "――これからの目標は。", "子どもたちが初めて銭湯に入る場所にしたいです。"),
				List.of("関連記事", "大阪で年末の食のイベント", "お問い合わせ", "© 2026 京都新聞ネット")))
			.body();
		assertThat(times(body, question)).isEqualTo(2);
	}

	// Look-alike: a Thai line said again two paragraphs under it closes with no stop,
	// and nothing tells it from a line a page's furniture says twice: both stay.
	@Test
	void keepsAThaiLineSaidTwice() {
		String line = "เจ้าของร้านกล่าวว่าเราอยากให้คนรุ่นใหม่ได้รู้ว่ากาแฟแก้วหนึ่งเคยเป็นที่พบปะของคนทั้งย่าน";
		String body = extract(page(List.of("หน้าแรก", "ข่าว", "ภูมิภาค", "กีฬา"),
				"ร้านกาแฟโบราณในเยาวราชกลับมาเปิดอีกครั้งหลังปิดปรับปรุงสามปี", "โดย สมชาย ใจดี", "7 ธันวาคม 2569",
				List.of("ร้านกาแฟโบราณอายุกว่าหนึ่งร้อยปีในย่านเยาวราชกลับมาเปิดให้บริการอีกครั้งเมื่อวันจันทร์ที่ผ่านมา หลังปิดปรับปรุงนานถึงสามปี โดยในวันแรกมีลูกค้ามาต่อคิวตั้งแต่เช้ามืด",
						line,
						"การปรับปรุงครั้งนี้ยังคงเก็บเตาถ่านแบบเดิมไว้ และช่างไม้ได้ซ่อมโต๊ะหินอ่อนทุกตัวให้กลับมาเหมือนเดิม ส่วนราคากาแฟยังคงอยู่ที่แก้วละ 25 บาท",
						line,
						"ลูกค้าประจำวัย 78 ปีเล่าว่าเขามานั่งดื่มกาแฟที่ร้านนี้ทุกเช้าตั้งแต่ยังเป็นนักเรียน และดีใจที่ได้กลับมานั่งที่โต๊ะตัวเดิมอีกครั้ง"),
				List.of("ข่าวที่เกี่ยวข้อง", "เชียงใหม่จัดงานเทศกาลกาแฟประจำปี", "ติดต่อเรา", "© 2569 กรุงเทพนิวส์")))
			.body();
		assertThat(times(body, line)).isEqualTo(2);
	}

	private static String page(List<String> menu, String headline, String byline, String dateLine,
			List<String> paragraphs, List<String> foot) {
		List<String> blocks = new ArrayList<>(menu);
		blocks.add(headline);
		blocks.add(byline);
		blocks.add(dateLine);
		blocks.addAll(paragraphs);
		blocks.addAll(foot);
		return String.join("\n\n", blocks);
	}

	private static int times(String body, String line) {
		int count = 0;
		for (int at = body.indexOf(line); at >= 0; at = body.indexOf(line, at + 1)) {
			count++;
		}
		return count;
	}

}
