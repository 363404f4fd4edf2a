package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head55: two lines at the top of a short page without blank lines, whose text is
 * located twelve blocks down or less, so that its body is read from the page's top and
 * the reader's walks take the header away. A cookie or consent notice over its lone
 * button, the site's name and a menu stopped the walk down to the headline as the text's
 * first paragraph would, and stayed the body's first paragraph (blind32's Karoo page); a
 * byline label before an article and a body of people naming no one ("Posted by the
 * Trustees") was no byline's shape, so nothing attested the headline and the line stayed
 * the body's first paragraph (blind32's carousel trust). Invented pages throughout;
 * lang57 added the cookie words of Amharic, isiZulu and isiXhosa, Quebec's French, Khmer,
 * Lao and Burmese.
 */
class ConsentNoticeAndGroupCreditAtTextTopTests extends WholePageTests {

	// blind32's shape: a consent sentence over "OK", the site's name, a six-line menu,
	// the headline, a byline with a job, a dashed date and seven short paragraphs.
	private static final String CONSENT_OVER_MENU = """
			This website uses cookies to give you a better visit. By continuing you agree to our use of cookies.
			OK
			Overberg Weekly
			Home
			News
			Farming
			Sport
			Schools
			Community
			Church bell rings again after village recasts it
			By Marietjie Swanepoel, Community Reporter
			2026-11-28
			The bell of the old stone church in Elim rang on Sunday for the first time in eleven years after a foundry recast it.
			The bell, cast in 1894, cracked during a cold snap in 2015 and had hung silent in the tower since.
			Parishioners raised the money for the work over three years with cake sales, a fun run and a quiz night.
			"We did not think we would hear it again in our lifetime," said churchwarden Hendrik Pieterse, 81.
			A team from the foundry lifted the bell back into the tower with a crane borrowed from a neighbouring farm.
			The church will ring the bell for the first service of the new year on 3 January.
			The congregation plans to put a small plaque beside the door naming everyone who gave.
			Share: Facebook | WhatsApp | X
			More news
			Harvest festival draws record crowd in Napier
			Overberg Weekly © 2026
			""";

	@Test
	void aConsentNoticeOverItsButtonAndTheMenuLeavesTheBody() {
		ParsedArticle article = extract(CONSENT_OVER_MENU);
		assertThat(article.title().value()).isEqualTo("Church bell rings again after village recasts it");
		assertThat(article.body()).startsWith("The bell of the old stone church in Elim rang on Sunday")
			.doesNotContain("cookies")
			.doesNotContain("Overberg Weekly")
			.endsWith("naming everyone who gave.");
	}

	// The same page in Norwegian and in Slovenian, Estonian and Turkish consent notices
	// (and lang57's languages): a language's own word for a browser's cookie
	// (notes.cookie-words).
	private static String inLanguage(String notice) {
		return CONSENT_OVER_MENU.replace(
				"This website uses cookies to give you a better visit. By continuing you agree to our use of cookies.",
				notice);
	}

	@Test
	void aConsentNoticeInALanguagesOwnWordLeavesTheBody() {
		for (String notice : new String[] {
				"Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. Ved å fortsette godtar du dette.",
				"Spletna stran uporablja piškotke za boljšo izkušnjo. Z nadaljnjo uporabo se strinjate z njihovo uporabo.",
				"See veebileht kasutab küpsiseid. Lehe kasutamist jätkates nõustute küpsiste kasutamisega.",
				"Bu sitede deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Devam ederek kabul edersiniz.",
				// lang57: am, zu, xh, Quebec's fr, km, lo, my
				"ይህ ድረ ገጽ ኩኪዎችን ይጠቀማል። መጠቀምዎን በመቀጠል ይስማማሉ።",
				"Sisebenzisa amakhukhi ukuthuthukisa ukuvakasha kwakho. Ngokuqhubeka uyavumelana nakho.",
				"Le webhusayithi isebenzisa iikhukhi ukuphucula amava akho. Ngokuqhubeka uyavuma.",
				"Nous utilisons des témoins de connexion pour améliorer votre expérience. En poursuivant, vous acceptez.",
				"គេហទំព័រនេះប្រើខូឃី ដើម្បីផ្តល់បទពិសោធន៍ល្អជាងមុន។ ដោយបន្តប្រើ អ្នកយល់ព្រម។",
				"ເວັບໄຊນີ້ໃຊ້ຄຸກກີ້ ເພື່ອປັບປຸງປະສົບການຂອງທ່ານ. ການນຳໃຊ້ຕໍ່ໄປ ຖືວ່າທ່ານຍອມຮັບ.",
				"ဤဝဘ်ဆိုက်သည် ကွတ်ကီးများကို အသုံးပြုပါသည်။ ဆက်လက်အသုံးပြုခြင်းဖြင့် သဘောတူပါသည်။" }) {
			ParsedArticle article = extract(inLanguage(notice));
			assertThat(article.body()).as(notice)
				.startsWith("The bell of the old stone church in Elim rang on Sunday")
				.doesNotContain(notice.substring(0, 20));
		}
	}

	// lang57: the words of the languages whose files had none, each read as a consent
	// notice's.
	@ParameterizedTest
	@ValueSource(strings = { "ይህ ድረ ገጽ ኩኪዎችን ይጠቀማል።", "Sisebenzisa amakhukhi ukuthuthukisa ukuvakasha kwakho.",
			"Le webhusayithi isebenzisa iikhukhi ukuphucula amava akho.",
			"Ce site utilise des témoins de navigation pour mesurer l'audience.",
			"គេហទំព័រនេះប្រើខូឃី ដើម្បីផ្តល់បទពិសោធន៍ល្អជាងមុន។", "ເວັບໄຊນີ້ໃຊ້ຄຸກກີ້ ເພື່ອປັບປຸງປະສົບການຂອງທ່ານ.",
			"ဤဝဘ်ဆိုက်သည် ကွတ်ကီးများကို အသုံးပြုပါသည်။",
			// review57d: Khmer's browser's other spelling, and Quebec's word in the
			// singular
			"គេហទំព័រនេះប្រើខូគី ដើម្បីកែលម្អបទពិសោធន៍របស់អ្នក។",
			"Ce site utilise un témoin de connexion pour retenir vos choix." })
	void readsTheCookieWordsOfMoreLanguages(String line) {
		assertThat(Boilerplate.isConsentNotice(line)).isTrue();
	}

	// Their near misses: a story's "témoins" (witnesses) without Quebec's "de connexion",
	// and a word that shares a stem's first letters.
	@ParameterizedTest
	@ValueSource(strings = { "Appel à témoins après l'accident d'un cycliste de 51 ans à Assat",
			"Les témoins de la collision ont appelé les secours.",
			// review57d: isiZulu's flood ("izikhukhula"), the stem's letters but its own
			"Izikhukhula eThekwini zibulale abantu abayisithupha ngoMsombuluko." })
	void readsNoWitnessesAsCookies(String line) {
		assertThat(Boilerplate.isConsentNotice(line)).isFalse();
	}

	// The near miss: a sentence of the text's about cookies over the headline's line,
	// with another of the text's under it, on a page whose title is that headline: the
	// walk down stops at the second, so neither leaves.
	private static final String COOKIES_TEXT_OVER_RECIPE = """
			Brown butter cookies are the ones my grandmother baked every December.
			She kept the recipe on a card inside the flour tin, and I still use that card today.
			Brown butter oat cookies
			Makes 24
			Melt the butter in a pan until it smells of toasted nuts, then leave it to cool for ten minutes before you go on.
			Beat in the sugar, the egg and the vanilla, then fold in the flour, the oats and a pinch of salt.
			Roll the dough into balls, flatten them a little and bake for twelve minutes until the edges are golden.
			""";

	@Test
	void sentencesOfTheTextAboutCookiesOverAHeadlineStay() {
		ParsedArticle article = extract(COOKIES_TEXT_OVER_RECIPE);
		assertThat(article.body()).startsWith("Brown butter cookies are the ones my grandmother baked")
			.contains("She kept the recipe on a card inside the flour tin")
			.contains("Melt the butter in a pan");
	}

	// blind32's other shape: a trust's news page, undated, a label before an article and
	// a body of people over the text.
	private static final String GROUP_CREDIT = """
			Skip to content
			Tidewell Lifeboat Museum Trust
			Home
			The museum
			Visit
			Volunteer
			Donate
			News
			Contact
			News
			Restored lifeboat returns to the museum slipway
			Posted by the Trustees
			The museum's 1931 lifeboat is back on its slipway after two years at a boatyard on the river.
			Shipwrights replaced forty planks of its hull, using larch from an estate on the other side of the county.
			The boat's engine, which had not run since 1979, was rebuilt by a team of volunteers in a shed behind the museum.
			Curator Alison Penhale said the lifeboat was the heart of the collection. "Children ask about it before anything else," she said.
			The boat will go back on display when the museum opens for the season in March.
			Visitors will be able to climb aboard for the first time since the museum opened.
			Share this page
			Tidewell Lifeboat Museum Trust is a registered charity no. 1198765
			Privacy
			""";

	@Test
	void aBodyOfPeopleAfterTheLabelAndItsArticleLeavesTheBodyAndNamesNoWriter() {
		for (String credit : new String[] { "Posted by the Trustees", "Posted by the Committee",
				"Posted by the Volunteers", "Posted by the Museum Office" }) {
			ParsedArticle article = extract(GROUP_CREDIT.replace("Posted by the Trustees", credit));
			assertThat(article.title().value()).as(credit).isEqualTo("Restored lifeboat returns to the museum slipway");
			assertThat(article.body()).as(credit)
				.startsWith("The museum's 1931 lifeboat is back on its slipway")
				.doesNotContain(credit);
			assertThat(article.authors()).as(credit)
				.satisfiesAnyOf((authors) -> assertThat(authors).isNull(),
						(authors) -> assertThat(authors.value()).isEmpty());
		}
	}

	@Test
	void aLabelArticleAndABodyOfPeopleIsABylinesShape() {
		assertThat(BylineDetector.isBylineShaped("Posted by the Trustees")).isTrue();
		assertThat(BylineDetector.isBylineShaped("Posted by the Parish Office")).isTrue();
		assertThat(BylineDetector.isBylineShaped("By the Volunteers")).isTrue();
		assertThat(BylineDetector.isBylineShaped("Von der Redaktion")).isTrue();
	}

	// The near misses: a title of the text's after "By the", a sentence, a street.
	@Test
	void aTitleOrASentenceAfterByTheIsNoBylinesShape() {
		assertThat(BylineDetector.isBylineShaped("By the Waters of Babylon")).isFalse();
		assertThat(BylineDetector.isBylineShaped("By the Numbers")).isFalse();
		assertThat(BylineDetector.isBylineShaped("By the time the Trustees met, the boat had gone.")).isFalse();
		assertThat(BylineDetector.isBylineShaped("Von der Leyen will Kriegsland Ukraine in EU holen")).isFalse();
	}

	// The near miss on a page: the text's first line is a title of the text's after "By
	// the" (a poem's), and stays.
	@Test
	void aPoemsTitleAfterByTheUnderTheHeadlineStays() {
		ParsedArticle article = extract(GROUP_CREDIT.replace("Posted by the Trustees", "By the Harbour Wall"));
		assertThat(article.body()).startsWith("By the Harbour Wall");
	}

}
