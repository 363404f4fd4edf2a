package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round units60: a pull quote's length is asked in words of a spaced language
 * ({@link Texts#spacedWords}), the measure the headline finder and the title ask, not by
 * whether its first letter or digit is of a script written without spaces. A Chinese or
 * Japanese quote that opens with a number or a brand in Latin letters ("2026年…",
 * "iPhoneの…") was counted by its spaces, one word, and stayed beside the paragraph it
 * repeats. Invented paragraphs, real news-site words.
 */
class UnspacedQuoteLengthTests {

	// Each row: the paragraph above, the quote beside it (its words inside the
	// paragraph's), the paragraph below.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = {
					"区长在会上说：“2026年我们要让每一位老人都能在家门口吃上热饭。”他表示，社区食堂明年将覆盖全区十二个街道，每餐价格不超过十元。" + "|“2026年我们要让每一位老人都能在家门口吃上热饭。”"
							+ "|目前已有三家社区食堂开始试运营，每天为四百多名老人提供午餐和晚餐。",
					"発表会で社長は、iPhoneの新しいモデルは電池が一日中もつようになったと説明し、価格は据え置くと述べた。" + "|「iPhoneの新しいモデルは、電池が一日中もつようになった」"
							+ "|販売は来月一日から全国の店舗とオンラインで始まる予定だ。",
					"市長は記者会見で「40代から新しい一歩を踏み出す人を、町全体で応援したい」と述べ、来年度から相談窓口を設ける方針を示した。" + "|「40代から新しい一歩を踏み出す人を、町全体で応援したい」"
							+ "|窓口は市役所の二階に置かれ、平日の午前九時から午後五時まで相談を受け付ける。" })
	void leavesOutAQuoteOpeningWithANumberOrALatinBrand(String above, String quote, String below) {
		assertThat(removed(above, quote, below)).containsExactly(false, true, false);
	}

	private static List<Boolean> removed(String... texts) {
		List<Paragraph> blocks = new ArrayList<>();
		for (String text : texts) {
			blocks.add(new Paragraph(text, blocks.size() + 1));
		}
		boolean[] removed = new boolean[blocks.size()];
		Insets.removePullQuotes(blocks, 0, blocks.size(), removed);
		List<Boolean> result = new ArrayList<>();
		for (boolean each : removed) {
			result.add(each);
		}
		return result;
	}

}
