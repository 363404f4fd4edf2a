package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round title47: a page saved without its page-title line opens with what the page shows
 * first, and the header took a skip link ("Pređite na glavni sadržaj", skip to the main
 * content) or a share button's prompt ("Click to copy URL") for the title: they read as
 * headlines by shape. Both are prompts of the languages' files now, furniture whatever
 * they score. Invented pages throughout.
 */
class PromptOverHeadlineTests extends WholePageTests {

	private static final String COPY_PROMPT_OVER_HEADLINE = """
			Skip to content
			Click to copy URL
			Ferry chief leaves
			The harbour ferry operator's chief executive Ann Vale is leaving after six years, the operator said on Wednesday, months after the last of its new boats arrived.
			Vale said she would take some time off before deciding what to do next, and that she was proud of the new boats and of the crews.
			Passengers' groups said they hoped her successor would restore the timetable that was cut when the boats were late.
			""";

	@Test
	void aCopyLinkPromptIsNotTheTitle() {
		ParsedArticle article = extract(COPY_PROMPT_OVER_HEADLINE);
		assertThat(article.title().value()).isEqualTo("Ferry chief leaves");
	}

	private static final String SERBIAN_SKIP_LINK = """
			Skip to main content
			Pređite na glavni sadržaj
			Novi most otvoren
			Novi most preko reke otvoren je u sredu za saobraćaj, posle dve godine radova, saopštila je gradska uprava u svom saopštenju za javnost.
			Autobusi će od ponedeljka ponovo voziti svojom uobičajenom trasom preko mosta, a pešaci već mogu da ga koriste.
			Gradonačelnik je rekao da je most završen nedelju dana pre roka i da su radovi koštali manje nego što je bilo planirano.
			""";

	@Test
	void aSerbianSkipLinkIsNotTheTitle() {
		ParsedArticle article = extract(SERBIAN_SKIP_LINK);
		assertThat(article.title().value()).isEqualTo("Novi most otvoren");
	}

	private static final String SHARE_BUTTONS_OVER_HEADLINE = """
			Skip to main content
			Thanks for writing to us. We have received your message.
			Back to Reading
			Sections
			Harbour Daily
			Video
			Photos
			Podcasts
			Sign in
			Search
			Share this:
			Click to share on Facebook (Opens in new window)
			Click to email this to a friend (Opens in new window)
			Click to copy URL
			Share this:
			Click to share on Facebook (Opens in new window)
			Click to email this to a friend (Opens in new window)
			Click to copy URL
			Ferry operator names a new chief after a year of delays
			By Nora Belle
			December 2, 2026 | 9:14am
			The harbour's ferry operator named a new chief executive on Wednesday, a year after its new boats were first due and months after the last of them arrived.
			The new chief ran the island's bus company for six years and starts in January, the operator said in a statement that named no other changes.
			Passengers' groups said they hoped the new chief would restore the timetable that was cut when the boats were late.
			""";

	// Look-alike: share buttons over a headline with its byline (passes on the base).
	@Test
	void theHeadlineUnderShareButtonsStaysTheTitle() {
		ParsedArticle article = extract(SHARE_BUTTONS_OVER_HEADLINE);
		assertThat(article.title().value()).isEqualTo("Ferry operator names a new chief after a year of delays");
	}

	private static final String SHORT_HEADLINE = """
			Skip to main content

			Home

			News

			Sport

			Culture

			Bridge reopens

			By Tom Hale | 2 December 2026

			The old river bridge reopened to traffic on Wednesday after eight months of repairs, the county council said. Buses return to their usual route from Monday.

			Engineers replaced the bridge's deck and strengthened two of its piers, which had cracked in last winter's floods, and the work finished a week ahead of schedule.

			Shops on both banks said they expected their customers to come back now that the detour is over.
			""";

	// Look-alike: a two-word headline under a skip link and a menu stays the title.
	@Test
	void aShortHeadlineUnderASkipLinkStaysTheTitle() {
		ParsedArticle article = extract(SHORT_HEADLINE);
		assertThat(article.title().value()).isEqualTo("Bridge reopens");
	}

	private static final String QUESTION_HEADLINE = """
			Skip to main content

			Menu

			Search

			Opinion

			Is the four-day week coming to our town hall?

			By Lena Ford

			Published 1 December 2026

			The town hall will try a four-day week for its staff from January, the mayor announced on Tuesday. The trial will last six months and cover all departments.

			Staff will work the same number of hours over four days instead of five, and the offices will stay open on Fridays with a rota of volunteers.

			The council will publish a report on the trial in the summer, the mayor said.
			""";

	// Look-alike: a headline that asks a question under a skip link stays the title.
	@Test
	void aQuestionHeadlineUnderASkipLinkStaysTheTitle() {
		ParsedArticle article = extract(QUESTION_HEADLINE);
		assertThat(article.title().value()).isEqualTo("Is the four-day week coming to our town hall?");
	}

}
