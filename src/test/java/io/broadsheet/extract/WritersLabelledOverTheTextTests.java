package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers a label names over the text that were missed (sign46): an English "Report by X"
 * line between the headline and the text (a club's or an angling site's report), the
 * Macedonian "Пишува:" (writes:) and the Burmese "သတင်း -" (news -) labels. Look-alikes
 * that stay as they were: "Report by" before a body the text is about or before a
 * sentence, the same words under the text's paragraphs, the Burmese word glued after
 * another (a teaser's "ဆက်စပ်သတင်း -") and a photographer's "ဓာတ်ပုံ -".
 */
class WritersLabelledOverTheTextTests extends WholePageTests {

	@Test
	void readsTheWriterOfAReportByLineUnderTheHeadline() {
		ParsedArticle article = extract(
				"""
						Sea trout run late on the lower Harran | Loch Harran Angling Club

						Loch Harran Angling Club

						Home

						Reports

						Beats

						Permits

						Membership

						Gallery

						Contact

						Reports

						Sea trout run late on the lower Harran

						Report by Callum Baird

						The sea trout have finally arrived in numbers on the lower river after the heavy rain at the weekend lifted the water.

						Members fishing the night shift on the Mill Pool and the Cruive beat had the best of it, with fish to four pounds.

						The water is now dropping back and should fish well with small flies over the coming week.

						Send us your catch reports

						Permits

						Privacy

						© Loch Harran Angling Club
						""");

		assertThat(article.authors().value()).containsExactly("Callum Baird");
		assertThat(article.body()).doesNotContain("Report by");
	}

	@Test
	void readsNoWriterFromAReportByLineNamingTheBodyTheTextIsAbout() {
		ParsedArticle article = extract(
				"""
						Care home told to improve after inspection | Northfield Gazette

						Northfield Gazette

						Home

						News

						Sport

						What's On

						Property

						Jobs

						Contact

						Health

						Care home told to improve after inspection

						Report by Care Quality Commission

						A care home in Northfield has been told to improve after inspectors from the Care Quality Commission found staff shortages on two of its floors.

						The Care Quality Commission said residents were treated with kindness but that medicines were not always given on time.

						The home's owners said a new manager had been appointed and more staff would start next month.

						Send us your news

						Privacy

						© Northfield Gazette
						""");

		assertThat(article.authors()).isNull();
	}

	@Test
	void readsNoWriterFromAReportByLineOpeningASentenceOrInTitleCase() {
		assertThat(
				extract("""
						Budget gap widens again | Northfield Gazette

						Northfield Gazette

						Home

						News

						Sport

						What's On

						Property

						Jobs

						Contact

						Council

						Budget gap widens again

						Report by the auditors warns of cuts

						The council's budget gap has widened again after the auditors found that the cost of care rose faster than planned this year.

						Councillors will discuss the figures at a meeting next week, when the leader is expected to set out where savings could be made.

						The auditors said the council still had enough in reserve to cover the gap for one more year.

						Send us your news

						Privacy

						© Northfield Gazette
						""")
					.authors())
			.isNull();
		assertThat(BylineDetector.byline("Report by Tom Hale")).isNull();
	}

	@Test
	void readsTheMacedonianWritesLabel() {
		assertThat(BylineDetector.byline("Пишува: Марија Петровска")).containsExactly("Марија Петровска");
		ParsedArticle article = extract("""
				Охрид

				Нова библиотека во центарот на Охрид

				Пишува: Марија Петровска

				05.12.2026 | 09:40

				Новата градска библиотека во центарот на Охрид денеска беше отворена за читателите по две години градба.

				Библиотеката има читална за деца и простор за изложби, а ќе работи секој ден освен недела.

				Од општината велат дека сите книги од старата зграда веќе се пренесени во новата.
				""");

		assertThat(article.authors().value()).containsExactly("Марија Петровска");
	}

	@Test
	void readsTheBurmeseNewsLabelOnlyWithItsDashOnABurmesePage() {
		assertThat(BylineDetector.ownByline("သတင်း - မောင်မောင်ဦး", "my")).containsExactly("မောင်မောင်ဦး");
		assertThat(BylineDetector.ownByline("ဆက်စပ်သတင်း - ရန်ကုန်တွင် ဘတ်စ်ကား လမ်းကြောင်းသစ် ဖွင့်", "my")).isNull();
		assertThat(BylineDetector.ownByline("ဓာတ်ပုံ - မောင်မောင်ဦး", "my")).isNull();
		assertThat(BylineDetector.byline("သတင်း - မောင်မောင်ဦး")).isNull();
	}

	private static String harbourPage(String credit) {
		return """
				Council spent £2m on consultants without tender | Northfield Gazette

				Northfield Gazette

				Home

				News

				Sport

				Contact

				Council spent £2m on consultants without tender

				%s

				3 December 2026

				The council spent more than £2 million on outside consultants over three years without putting the work out to tender, a review has found.

				The review found that contracts were repeatedly extended rather than advertised, breaking the council's own rules.

				A spokesperson said new procurement rules had been introduced in the summer.

				Send us your news

				© Northfield Gazette
				"""
			.formatted(credit);
	}

	@Test
	void readsNoWriterFromAReportByLineNamingAnOffice() {
		// review46b: an office's or a body's title where the writer would stand
		for (String office : new String[] { "Auditor General", "Club Captain", "Lifeboat Crew", "Match Referee",
				"Harbour Watch" }) {
			assertThat(extract(harbourPage("Report by " + office)).authors()).as(office).isNull();
		}
		assertThat(extract(harbourPage("Report by Iain Mackay")).authors().value()).containsExactly("Iain Mackay");
	}

	@Test
	void readsNoWriterFromABurmeseSectionAfterTheNewsLabel() {
		// review46b: "news - politics", "news - economy", "news - local news"
		assertThat(BylineDetector.ownByline("သတင်း - နိုင်ငံရေး", "my")).isNull();
		assertThat(BylineDetector.ownByline("သတင်း - စီးပွားရေး", "my")).isNull();
		assertThat(BylineDetector.ownByline("သတင်း - ပြည်တွင်းသတင်း", "my")).isNull();
		assertThat(BylineDetector.ownByline("သတင်း - ကျော်ဇင်ထွန်း", "my")).containsExactly("ကျော်ဇင်ထွန်း");
	}

	@Test
	void readsNoMacedonianWriterFromAQuoteOpenedByWrites() {
		ParsedArticle article = extract("""
				Охрид

				Нова библиотека во центарот на Охрид

				05.12.2026 | 09:40

				Новата градска библиотека во центарот на Охрид денеска беше отворена за читателите по две години градба.

				Во писмото до општината читателите пишува: „Конечно имаме место за децата“.

				Пишува: „Ова е најубавата зграда во градот“, стои во книгата за впечатоци.

				Од општината велат дека сите книги од старата зграда веќе се пренесени во новата.
				""");

		assertThat(article.authors()).isNull();
		assertThat(article.body()).contains("Пишува: „Ова е најубавата зграда во градот“");
	}

}
