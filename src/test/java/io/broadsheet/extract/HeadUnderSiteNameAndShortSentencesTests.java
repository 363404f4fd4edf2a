package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head58: two heads read from a page's top because nothing anchors the headline. An
 * undated, unsigned club page opens on the site's name, which its footer says again alone
 * or in its copyright notice, over a menu of short items and the headline: the name took
 * the title and the menu opened the body (blind35's morris side). And a short page whose
 * paragraphs are all short sentences, in any script, had no run of text at all: it was
 * kept whole, a consent notice or the site's name became the title and the head opened
 * the body (review57e's probes). Round review58e's look-alikes keep both in their family:
 * a headline said again at the foot over its tags, comments, a recipe and a poem.
 * Invented pages throughout.
 */
class HeadUnderSiteNameAndShortSentencesTests extends WholePageTests {

	// A bell-ringers' page: the site's name over its menu and the section's word, a
	// headline naming few of the text's words, four paragraphs, the name again under
	// them.
	private static final String ENGLISH_CLUB = """
			Stockwell Green Bell Ringers
			Home
			About the band
			Our tower
			Learn to ring
			Contact
			News
			A milestone for our newest member
			The band rang its first quarter peal on the new treble bell last Sunday, three weeks after the bell came back from the foundry in Loughborough with a new clapper and headstock.
			It took forty-five minutes and 1,260 changes, and the new treble was rung by Amy Holt, who learned to ring at the tower only two years ago and who had never rung a quarter before.
			The bell was recast with money raised at the summer fete and a grant from the diocesan bell fund, and it now sounds in tune with the other five for the first time in living memory.
			Practice night is Thursday from half past seven, and anyone who would like to learn is welcome to come up the tower and watch before they decide.
			Stockwell Green Bell Ringers
			Privacy
			Facebook
			""";

	// A brass band's page, its name said again in the footer's copyright notice.
	private static final String GERMAN_CLUB = """
			Posaunenchor der Kirchengemeinde Lindenau
			Startseite
			Über uns
			Proben
			Mitmachen
			Kontakt
			Aktuelles
			Ein besonderer Winter für unsere Gruppe
			Der Posaunenchor hat in diesem Herbst zum ersten Mal seit vielen Jahren neue Noten für das Adventsblasen gekauft, bezahlt von einer Spende der örtlichen Sparkasse und vom Erlös des Sommerfestes.
			Geprobt wird seit Oktober jeden Mittwoch im Gemeindehaus, und auch die drei Jungbläser, die erst im Frühjahr angefangen haben, spielen beim ersten Stück schon mit.
			Das Adventsblasen beginnt am ersten Adventssonntag um siebzehn Uhr vor dem Rathaus, bei Regen in der Kirche, und dauert etwa eine halbe Stunde mit Liedern zum Mitsingen.
			Wer selbst ein Blechblasinstrument spielt oder es lernen möchte, ist jederzeit herzlich eingeladen, einfach zu einer Probe vorbeizukommen.
			Impressum
			Datenschutz
			© 2026 Posaunenchor der Kirchengemeinde Lindenau
			""";

	// Four short sentences under the site's name and its menu, no notice.
	private static final String ENGLISH_SHORT = """
			Hollins Green Allotments
			Home
			Plots
			News
			Contact
			News
			New water tanks fitted on the lower plots
			Four new tanks were fitted on the lower plots last week.
			Each holds a thousand litres of rain from the shed roofs.
			Members paid for them with the proceeds of the summer show.
			The old tanks will go to the school garden.
			Share
			Facebook
			© 2026 Hollins Green Allotments
			""";

	// Four short Armenian sentences closed by "։" under a consent notice and its button.
	private static final String ARMENIAN_SHORT = """
			Այս կայքը օգտագործում է թխուկներ։
			Լավ
			Գյումրու լուրեր
			Գլխավոր
			Մշակույթ
			Սպորտ
			Կապ
			Մշակույթ
			Գյումրիում վերաբացվեց հին տիկնիկային թատրոնը
			Թատրոնը փակ էր ավելի քան տասը տարի։
			Վերանորոգումը տևեց երկու տարի և արժեցավ մեկ միլիոն դոլար։
			Առաջին ներկայացմանը ներկա էր երեք հարյուր երեխա։
			Թատրոնը կաշխատի ամեն շաբաթ և կիրակի։
			Կիսվել
			Facebook
			© 2026 Գյումրու լուրեր
			""";

	// Four short Chinese sentences closed by "。" under a consent notice.
	private static final String CHINESE_SHORT = """
			本网站使用Cookie以改善您的浏览体验。
			同意
			青山日报
			首页
			新闻
			文化
			体育
			联系我们
			文化
			青山镇老茶馆重新开业迎来首批客人
			这家茶馆已有一百二十年历史，去年因房屋老化停业。
			镇政府出资修缮了屋顶和木楼梯，保留了原来的门窗。
			重新开业当天，许多老茶客一早就来排队。
			茶馆今后每天上午七点开门，晚上九点关门。
			分享
			微信
			© 2026 青山日报
			""";

	// Four short Amharic sentences closed by "።" under a consent notice.
	private static final String AMHARIC_SHORT = """
			ይህ ድረ ገጽ ኩኪዎችን ይጠቀማል።
			እሺ
			ጣና ዜና
			መነሻ
			ዜና
			ባህል
			ስፖርት
			ባህል
			በባሕር ዳር የድሮው ሲኒማ ቤት እንደገና ተከፈተ
			ሲኒማ ቤቱ ለአሥር ዓመታት ተዘግቶ ቆይቷል።
			እድሳቱ ሁለት ዓመት ፈጅቷል።
			በመጀመሪያው ምሽት ሦስት መቶ ሰዎች ተገኝተዋል።
			ሲኒማ ቤቱ በየሳምንቱ መጨረሻ ይከፈታል።
			አጋራ
			Facebook
			© 2026 ጣና ዜና
			""";

	// Round review58e's look-alikes. An article's own headline on the first line, said
	// again at the foot (a "back to top" bar repeating it), over a row of its tags and
	// its photo's caption: no site's name over a menu.
	private static final String ENGLISH_HEADLINE_AT_FOOT = """
			Lindenau bridge reopens after two years of works
			Local
			Transport
			Crowds on the new bridge at its opening on Saturday morning
			The bridge over the Lind was closed two years ago when engineers found cracks in two of its piers, and since then drivers have taken a twelve-mile detour through Oldfield.
			The new deck was lifted into place in March, and the last of the resurfacing was finished on Thursday night, a week ahead of the date the council gave in the spring.
			Shopkeepers on both banks said trade had fallen by a third while the bridge was shut, and several hope the reopening will bring their customers back before Christmas.
			Lindenau bridge reopens after two years of works
			Back to top
			""";

	private static final String RUSSIAN_HEADLINE_AT_FOOT = """
			Мост через реку снова открыт после двух лет ремонта
			Общество
			Транспорт
			Сотни жителей пришли на открытие нового моста в субботу утром
			Мост через реку был закрыт два года назад, когда инженеры нашли трещины в двух его опорах, и с тех пор водителям приходилось объезжать город по дороге длиной двадцать километров.
			Новый пролёт установили в марте, а последние работы по укладке асфальта закончили в четверг вечером, на неделю раньше срока, который назвала администрация весной.
			Торговцы на обоих берегах говорят, что их выручка упала на треть, пока мост был закрыт, и надеются вернуть покупателей до Нового года.
			Мост через реку снова открыт после двух лет ремонта
			Наверх
			""";

	// A choir's page in Spanish: the family the rule is for, in another language.
	private static final String SPANISH_CLUB = """
			Coro Voces del Valle
			Inicio
			Quiénes somos
			Ensayos
			Noticias
			Únete
			Contacto
			Noticias
			Un nuevo repertorio para nuestro vigésimo aniversario
			El coro ha preparado este otoño un repertorio nuevo de villancicos, y ha costado casi tres meses aprenderlo entre todos los martes en el salón parroquial.
			La mayoría de las piezas son del siglo dieciocho, y dos de ellas las ha arreglado nuestro director para cuatro voces y guitarra, algo que nunca habíamos intentado.
			Cantamos por primera vez en público en la feria de la castaña del pueblo, y la respuesta de los vecinos fue mejor de lo que esperábamos todos.
			Los ensayos siguen los martes por la tarde, y siempre son bienvenidas nuevas voces, sobre todo tenores y bajos, aunque no sepan leer música.
			Coro Voces del Valle
			Aviso legal
			Instagram
			""";

	// A short article's three sentences, then its readers' comments, more of them.
	private static final String GERMAN_COMMENTS = """
			Kleingartenverein Lindenau
			Startseite
			Verein
			Aktuelles
			Kontakt
			Neue Wassertanks für die unteren Gärten
			Letzte Woche wurden vier neue Tanks aufgestellt.
			Jeder fasst tausend Liter Regenwasser.
			Bezahlt wurden sie vom Erlös des Sommerfestes.
			Kommentare
			Super, danke an alle!
			Endlich!
			Bekommen die oberen Gärten auch welche?
			Schön, dass die alten weiterverwendet werden.
			Toll gemacht.
			© 2026 Kleingartenverein Lindenau
			""";

	// A recipe: its serving line and ingredients over five steps.
	private static final String RECIPE = """
			Kitchen Notes
			Home
			Recipes
			About
			Leek and potato soup
			Serves four.
			3 leeks
			500 g potatoes
			1 litre stock
			Wash and slice the leeks.
			Peel and dice the potatoes.
			Soften the leeks in butter for ten minutes.
			Add the potatoes and the stock.
			Simmer for twenty minutes, then blend.
			Print
			""";

	// A poem whose first stanza's lines end in commas, its second's in full stops.
	private static final String POEM = """
			Verse Corner
			Home
			Poems
			About
			Winter on the Allotment
			The frost is on the cabbages,
			the water butt is still,
			the robin sits upon the spade
			and sings across the hill.
			The sheds are locked, the paths are bare.
			The onions sleep below.
			We dream of beans and marrows there.
			Beneath the winter snow.
			Share
			""";

	@Test
	void aSiteNameSaidAgainInTheFooterIsNoHeadlineOverItsMenu() {
		assertHeadLeft(ENGLISH_CLUB, "A milestone for our newest member", "The band rang its first quarter peal",
				"About the band", "Learn to ring");
	}

	@Test
	void aSiteNameSaidAgainInTheCopyrightNoticeIsNoHeadlineOverItsMenu() {
		assertHeadLeft(GERMAN_CLUB, "Ein besonderer Winter für unsere Gruppe", "Der Posaunenchor hat in diesem Herbst",
				"Mitmachen", "Über uns");
	}

	@Test
	void aMenuItemEndingAsASentenceKeepsTheSiteNameFound() {
		// a line of the head closed by a full stop is no menu's item: the rule stands
		// back
		ParsedArticle article = extract(ENGLISH_CLUB.replace("Our tower\n", "Ring with us on Sundays.\n"));
		assertThat(article.title().value()).isNotEqualTo("A milestone for our newest member");
	}

	@Test
	void shortEnglishSentencesAreTheTextUnderTheMenu() {
		assertHeadLeft(ENGLISH_SHORT, "New water tanks fitted on the lower plots",
				"Four new tanks were fitted on the lower plots last week.", "Plots\n", "Contact");
		assertThat(extract(ENGLISH_SHORT).body()).endsWith("The old tanks will go to the school garden.");
	}

	@Test
	void shortArmenianSentencesAreTheTextUnderANotice() {
		assertHeadLeft(ARMENIAN_SHORT, "Գյումրիում վերաբացվեց հին տիկնիկային թատրոնը",
				"Թատրոնը փակ էր ավելի քան տասը տարի։", "թխուկներ", "Գյումրու լուրեր");
	}

	@Test
	void shortChineseSentencesAreTheTextUnderANotice() {
		assertHeadLeft(CHINESE_SHORT, "青山镇老茶馆重新开业迎来首批客人", "这家茶馆已有一百二十年历史", "Cookie", "首页");
	}

	@Test
	void shortAmharicSentencesAreTheTextUnderANotice() {
		assertHeadLeft(AMHARIC_SHORT, "በባሕር ዳር የድሮው ሲኒማ ቤት እንደገና ተከፈተ", "ሲኒማ ቤቱ ለአሥር ዓመታት ተዘግቶ ቆይቷል።", "ኩኪዎችን", "መነሻ");
	}

	@Test
	void twoRunsOfShortSentencesAsLongKeepThePageWhole() {
		// a second run of four under the first, set apart by a menu's line: nothing tells
		// which is the article's, and no head leaves the body
		ParsedArticle article = extract(ENGLISH_SHORT.replace("Share\n",
				"More news\nThe shed roof was mended.\nNew paths were laid.\nA bench was given.\nThe gate was painted.\n"));
		assertThat(article.body()).contains("Contact");
	}

	@Test
	void aHeadlineSaidAgainAtTheFootStaysOverItsTagsAndCaption() {
		assertThat(extract(ENGLISH_HEADLINE_AT_FOOT).title().value())
			.isEqualTo("Lindenau bridge reopens after two years of works");
		assertThat(extract(RUSSIAN_HEADLINE_AT_FOOT).title().value())
			.isEqualTo("Мост через реку снова открыт после двух лет ремонта");
	}

	@Test
	void aShortHeadlineSaidAgainAtTheFootStaysOverThreeTags() {
		// a name's length, but three tags are no site's menu
		String page = ENGLISH_HEADLINE_AT_FOOT
			.replace("Lindenau bridge reopens after two years of works", "Bridge reopens at last")
			.replace("Transport\n", "Transport\nLindenau\n");
		assertThat(extract(page).title().value()).isEqualTo("Bridge reopens at last");
	}

	@Test
	void aSpanishSiteNameSaidAgainInTheFooterIsNoHeadlineOverItsMenu() {
		assertHeadLeft(SPANISH_CLUB, "Un nuevo repertorio para nuestro vigésimo aniversario",
				"El coro ha preparado este otoño", "Quiénes somos", "Únete");
	}

	@Test
	void commentsUnderAShortArticleAreNotItsText() {
		// the comments' run is the longer, but the article's sentences stand above it
		assertThat(extract(GERMAN_COMMENTS).body()).contains("Letzte Woche wurden vier neue Tanks aufgestellt.");
		String english = ENGLISH_SHORT.replace("Share\n",
				"Comments\nGreat news, well done everyone!\nAbout time too.\nCan we get one on the top plots?\n"
						+ "Lovely to see the old ones reused.\nThanks to all who helped.\n");
		assertThat(extract(english).body()).contains("Four new tanks were fitted on the lower plots last week.");
	}

	@Test
	void aRecipesStepsAreNotItsWholeText() {
		assertThat(extract(RECIPE).body()).contains("Serves four.").contains("500 g potatoes");
	}

	@Test
	void aPoemsSecondStanzaIsNotItsStart() {
		assertThat(extract(POEM).body()).contains("The frost is on the cabbages,");
	}

	// The headline is the title, the body opens with the text's first paragraph, and no
	// line of the head stands in it.
	private void assertHeadLeft(String page, String title, String firstParagraph, String... head) {
		ParsedArticle article = extract(page);
		assertThat(article.title().value()).isEqualTo(title);
		assertThat(article.body()).startsWith(firstParagraph);
		for (String line : head) {
			assertThat(article.body()).doesNotContain(line);
		}
	}

}
