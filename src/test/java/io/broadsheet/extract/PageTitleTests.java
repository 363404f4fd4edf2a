package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page title saved as a page's first line: which lines further down it confirms as
 * the headline, and the site it names.
 */
class PageTitleTests {

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = ';',
			textBlock = """
					NASA adds five companies to lunar lander program - SpaceNews; NASA adds five companies to lunar lander program; true; SpaceNews
					Pour le néolibéralisme, la retraite est un archaïsme | AOC media; Pour le néolibéralisme, la retraite est un archaïsme; true; AOC media
					邦人１０人含む外国籍３６１人、ガザからエジプトに退避 : 読売新聞; 邦人１０人含む外国籍３６１人、ガザからエジプトに退避; true; 読売新聞
					Guerre en Ukraine : ce que l'on sait de la contre-offensive; Guerre en Ukraine; false;
					Taliban say they freed US hostages for 3 terrorist figuresNew York Post; Taliban say they freed US hostages for 3 terrorist figures; true;
					Ditë zie! Shënohen 1 mijë viktima nga COVID-19 në 24 orët e fundit – Gazeta Standard; Ditë zie! Shënohen 1 mijë viktima nga COVID-19 në 24…; false; Gazeta Standard
					«Wir waren fast 40 Tage in Quarantäne» - Rosa-Luxemburg-Stiftung; «Wir waren fast 40 Tage in...; false; Rosa-Luxemburg-Stiftung
					Council approves the budget for road repairs | The Valley Evening Post; The Valley Evening Post; false; The Valley Evening Post
					په جلال آباد کې نوی روغتون پرانیستل شو | سپین غر خبري ویبپاڼه; سپین غر خبري ویبپاڼه; false; سپین غر خبري ویبپاڼه
					Council approves the budget for road repairs | The Valley Evening Post; Council approves the budget for road repairs; true; The Valley Evening Post
					The Valley Evening Post | Council approves the budget for road repairs; Council approves the budget for road repairs; true;
					Council approves the budget for road repairsValley Evening Post Online; Valley Evening Post Online; true;
					""")
	void confirmsTheHeadlineAndNamesTheSite(String pageTitle, String line, boolean confirmed, String site) {
		HeadlineFinder.PageTitle title = HeadlineFinder.PageTitle
			.of(List.of(new Paragraph(pageTitle, 1), new Paragraph("Home", 2)));
		assertThat(title.confirms(line)).isEqualTo(confirmed);
		if (site != null) {
			assertThat(title.siteName()).isEqualTo(site);
		}
	}

	// The page title and a line: the line's end that the title names, after a section or
	// a kicker glued on with a space; none after a colon (the headline's own two halves),
	// after more than three words, or for the title's part alone.
	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';',
			textBlock = """
					«We spent forty days in quarantine» - Example Foundation; Refugees «We spent forty days in quarantine»; «We spent forty days in quarantine»
					Council approves the budget for road repairs | City Times; Politics Council approves the budget for road repairs; Council approves the budget for road repairs
					How the prosecutor shielded the deputy - Kyiv Daily; Operation foiled: How the prosecutor shielded the deputy;
					Council approves the budget for road repairs | City Times; Share all sharing options for Council approves the budget for road repairs;
					Council approves the budget for road repairs | City Times; Council approves the budget for road repairs;
					Road repairs | City Times; Politics Road repairs;
					""")
	void namesTheEndOfALine(String pageTitle, String line, String named) {
		HeadlineFinder.PageTitle title = HeadlineFinder.PageTitle
			.of(List.of(new Paragraph(pageTitle, 1), new Paragraph("Home", 2)));
		assertThat(title.namedEnd(line, Texts.key(line))).isEqualTo(named);
	}

	// The site's name from the page title, repeated as a masthead under it, is no
	// headline: the walk goes on to the headline under the menus (blind12's Pashto page's
	// shape, in English and in Pashto; both took the masthead before round lang36).
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			textBlock = """
					Council approves the budget for road repairs; The Valley Evening Post; Home | News | Sport | Weather; By Ann Carter; The council voted on Tuesday to spend two million pounds on road repairs across the valley, with the worst streets to be mended first. Work will start in the spring and should be finished by the end of the summer, the council said.
					په جلال آباد کې نوی روغتون پرانیستل شو; سپین غر خبري ویبپاڼه; کور | خبرونه | سیاست | ورزش; لیکوال: احمد ولي صافي; د ننګرهار ولایت په مرکز جلال آباد ښار کې د ښځو او ماشومانو لپاره یو نوی روغتون پرانیستل شو. دا روغتون ۱۵۰ بسترې لري او د ولایت له ټولو ولسوالیو به ناروغان مني.
					""")
	void takesNoMastheadRepeatingTheSiteNameForTheHeadline(String headline, String site, String menu, String byline,
			String text) {
		String page = String.join("\n\n", headline + " | " + site, site, menu, headline, byline, text, text);
		ParsedArticle article = new ArticleExtractor().extract(page.getBytes(StandardCharsets.UTF_8), null);
		assertThat(article.title().value()).isEqualTo(headline);
	}

}
