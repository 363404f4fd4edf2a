package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 48's rules on pages they were not written for (review48b). Mended: the Amharic
 * "በ" (by, in, at) glued to a region's or a body's name that the page writes nowhere else
 * ("በአማራ ክልል", in the Amhara region) is no writer's line. Look-alikes that held: an
 * Ethiopian date in a related list or in a past event of the text dates no page, a Zulu
 * sentence opening with "NgoMsombuluko" dates none either, and a short first line of the
 * text that opens with "By" (a poem's line, a quote, a kicker) stays in the body.
 */
class SecondLookAtSession48RulesTests extends WholePageTests {

	private static final String AMHARIC_TEXT = """
			የከተማው ምክር ቤት ማክሰኞ ምሽት ሦስት አዳዲስ የአውቶቡስ መስመሮችን የሚጨምር አዲስ የትራንስፖርት ዕቅድ አጽድቋል።
			ባለሥልጣናቱ ዕቅዱ ከሁለት ዓመታት በላይ ሲከራከሩበት የቆየ መሆኑን ገልጸው ወጪው ከክልሉ በጀት እንደሚሸፈን ተናግረዋል።
			በስብሰባው ላይ የተናገሩ ነዋሪዎች አዳዲሶቹን መስመሮች እንደሚቀበሉ ገልጸዋል ነገር ግን ስለ ጩኸቱ ተጨንቀዋል።
			አጋራ
			Facebook
			© 2026 አዲስ ዜና
			""";

	private static final String AMHARIC_HEAD = """
			ምክር ቤቱ አዲስ መስመሮችን አጸደቀ – አዲስ ዜና
			አዲስ ዜና
			መነሻ
			ዜና
			ስፖርት
			ምክር ቤቱ አዲስ መስመሮችን አጸደቀ
			""";

	private static final String ENGLISH_TEXT = """
			The city council voted on Tuesday night to approve a new transport plan that will add three bus routes to the eastern districts by the end of next year.
			Officials said the plan, which has been debated for more than two years, would cost about 40 million dollars and be paid for from the regional budget.
			Residents who spoke at the meeting said they welcomed the new routes but worried about the noise from the depot that will be built near the river.
			Share
			More stories
			Rain expected across the region this week
			© 2026 Daily Ledger
			""";

	@Test
	void leavesAnAmharicRegionAfterTheGluedLetterInTheBody() {
		ParsedArticle article = extract(AMHARIC_HEAD + "በአማራ ክልል\nኅዳር 24 ቀን 2019 ዓ.ም\n" + AMHARIC_TEXT);

		assertThat(article.authors()).isNull();
		assertThat(article.body()).startsWith("የከተማው ምክር ቤት");
		assertThat(article.publishedDate().value()).hasToString("2026-12-03");
	}

	@Test
	void readsNoWriterInABodysNameAfterTheGluedLetter() {
		ParsedArticle article = extract(AMHARIC_HEAD + "በኢትዮጵያ ብሮድካስቲንግ ኮርፖሬሽን\n" + AMHARIC_TEXT);

		assertThat(article.authors()).isNull();
		assertThat(BylineDetector.uncasedPrefixed(Paragraphs.split("በአማራ ክልል\n\nየቡና ዋጋ ጨመረ።".split("\n"), 0), 0,
				List.of("በ")))
			.isNull();
	}

	@Test
	void stillReadsAnAmharicWriterAfterTheGluedLetter() {
		ParsedArticle article = extract(AMHARIC_HEAD + "በሰላማዊት ተስፋዬ\nኅዳር 24 ቀን 2019 ዓ.ም\n" + AMHARIC_TEXT);

		assertThat(article.authors().value()).containsExactly("ሰላማዊት ተስፋዬ");
		assertThat(article.body()).doesNotContain("በሰላማዊት");
	}

	@Test
	void datesNoPageByEthiopianDatesInARelatedListOrAPastEvent() {
		ParsedArticle listed = extract(AMHARIC_HEAD + AMHARIC_TEXT.replace("አጋራ\n",
				"ተዛማጅ ዜናዎች\nየውሃ ፕሮጀክት ተጠናቀቀ ኅዳር 12 ቀን 2018 ዓ.ም\nየመንገድ ግንባታ ተጀመረ ጥቅምት 3 ቀን 2018 ዓ.ም\nአጋራ\n"));
		ParsedArticle past = extract(AMHARIC_HEAD + AMHARIC_TEXT.replace("ባለሥልጣናቱ",
				"ዕቅዱ መጀመሪያ የቀረበው መስከረም 15 ቀን 2010 ዓ.ም ነበር፤ ከዚያ ወዲህ ብዙ ጊዜ ተከልሷል።\nባለሥልጣናቱ"));

		assertThat(listed.publishedDate()).isNull();
		assertThat(past.publishedDate()).isNull();
		assertThat(past.body()).contains("መስከረም 15 ቀን 2010");
	}

	@Test
	void datesNoPageByAZuluSentenceOpeningWithAPrefixedWeekday() {
		ParsedArticle article = extract(
				"""
						UMkhandlu uvuma imizila emisha – Isolezwe Lami
						Isolezwe Lami
						Ikhaya
						Izindaba
						UMkhandlu uvuma imizila emisha
						UMkhandlu wedolobha uvume uhlelo olusha lwezokuthutha oluzokwengeza imizila emithathu yamabhasi ezindaweni ezisempumalanga ngasekupheleni konyaka ozayo.
						NgoMsombuluko, 3 Novemba 2025 umkhandlu wawuqale wahlangana ukuze kuxoxwe ngalolu daba.
						Izikhulu zithe lolu hlelo, obeseluxoxwa iminyaka engaphezu kwemibili, luzobiza cishe izigidi ezingama-40 zamarandi.
						Yabelana
						© 2026 Isolezwe Lami
						""");

		assertThat(article.publishedDate()).isNull();
		assertThat(article.body()).contains("NgoMsombuluko, 3 Novemba 2025");
	}

	@Test
	void keepsAShortFirstLineOpeningWithByInTheBody() {
		for (String first : List.of("By the Waters of Babylon", "“By God, we did it”", "By train, by bus or on foot")) {
			ParsedArticle article = extract("""
					A day by the river – Daily Ledger
					Daily Ledger
					Home
					News
					A day by the river
					December 3, 2026
					""" + first + "\n" + ENGLISH_TEXT);

			assertThat(article.authors()).as(first).isNull();
			assertThat(article.body()).as(first).startsWith(first);
		}
	}

	@Test
	void readsNoWriterInAVietnameseNameOrNgugi() {
		ParsedArticle article = extract("""
				Ngũgĩ wa Thiong'o remembered – Daily Ledger
				Daily Ledger
				Home
				News
				Ngũgĩ wa Thiong'o remembered
				By Jane Okello
				December 3, 2026
				Ngũgĩ wa Thiong'o
				Nguyen Van An, a resident, said he welcomed the change.
				""" + ENGLISH_TEXT);

		assertThat(article.authors().value()).containsExactly("Jane Okello");
		assertThat(article.body()).startsWith("Ngũgĩ wa Thiong'o").contains("Nguyen Van An");
	}

}
