package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head37: Georgian pages. Georgian's everyday letters (Mkhedruli) are lower case to
 * Unicode, which added their capitals (Mtavruli) as a display style, so a Georgian
 * headline looked like a line that starts in lower case, no headline, to every check that
 * asks a script with capitals for one. Georgian is written without capitals, and the
 * checks now read it as Arabic or Hindi. Invented text throughout.
 */
class GeorgianPagesTests {

	private static final String HEADLINE = "ბათუმში ახალი საჯარო ბიბლიოთეკა გაიხსნა";

	private static final String SITE = "აჭარის ახალი ამბები";

	private static final String MENU = "მთავარი  პოლიტიკა  ეკონომიკა  სპორტი  კულტურა";

	private static final String FIRST = "ბათუმის მერიამ ქალაქის ცენტრში ახალი საჯარო ბიბლიოთეკა გახსნა, რომელშიც ოცი ათასზე მეტი წიგნია.";

	private static final String SECOND = "ბიბლიოთეკა ყოველდღე, დილის ათი საათიდან საღამოს რვა საათამდე იმუშავებს და შესვლა უფასო იქნება.";

	private static final String THIRD = "„ეს არის ადგილი, სადაც ყველას შეუძლია კითხვა და სწავლა“, — განაცხადა ქალაქის მერმა.";

	private final ArticleExtractor extractor = new ArticleExtractor();

	// A whole page: the page-title line "Headline | Site", the site's name, a menu, a
	// language switch and a section over the headline (blind14's Georgian page's shape).
	// Before, the title kept " | Site" (the headline under the menu was refused for
	// starting in lower case) and the body opened with the site's name and its menu.
	@Test
	void takesTheHeadlineAndLeavesTheHeadOutOfTheBody() {
		ParsedArticle article = extract(HEADLINE + " | " + SITE, SITE, MENU, "ENG  РУС", "კულტურა", HEADLINE,
				"ავტორი: თამარ კვარაცხელია", "5 ნოემბერი 2026, 09:15", FIRST, SECOND, THIRD);
		assertThat(article.title().value()).as("title").isEqualTo(HEADLINE);
		assertThat(article.body()).as("body").startsWith(FIRST).doesNotContain(SITE).doesNotContain("პოლიტიკა");
	}

	// A section's one word over the headline, no page-title line (blind9's Georgian
	// page's
	// shape): the section was the title.
	@Test
	void takesTheHeadlineUnderASectionWord() {
		ParsedArticle article = extract("კულტურა", HEADLINE, "ავტორი: თამარ კვარაცხელია", FIRST, SECOND, THIRD);
		assertThat(article.title().value()).as("title").isEqualTo(HEADLINE);
		assertThat(article.body()).as("body").startsWith(FIRST);
	}

	// Which first letters tell a line that is no headline where a script has capitals: a
	// lower-case Latin or Armenian start still does (Armenian writes capitals);
	// Georgian's
	// Mkhedruli does not, its Mtavruli capitals are capitals.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			veröffentlicht am 14 Feb; true
			read more; true
			կարդացեք նաև; true
			ბათუმში ახალი ბიბლიოთეკა; false
			40 ახალი ავტობუსი; false
			Council approves the budget; false
			ᲑᲐᲗᲣᲛᲘ; false
			""")
	void startsLowerCaseOnlyInAScriptWithCapitals(String line, boolean lower) {
		assertThat(HeadlineFinder.startsLowerCase(line)).isEqualTo(lower);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			ა; true
			ჰ; true
			ب; true
			a; false
			Ა; false
			ա; false
			""")
	void readsGeorgianLettersAsLettersOfAScriptWithoutCapitals(char letter, boolean caseless) {
		assertThat(Texts.isCaseless(letter)).isEqualTo(caseless);
	}

	// Look-alike: a language switch in Latin and Cyrillic letters on a Georgian page
	// holds
	// letters of scripts with capitals; a Georgian line holds none.
	@Test
	void findsCasedLettersOnlyOutsideGeorgian() {
		assertThat(Texts.hasCasedLetter("ENG  РУС")).isTrue();
		assertThat(Texts.hasCasedLetter("ქართული ENG")).isTrue();
		assertThat(Texts.hasCasedLetter(MENU)).isFalse();
	}

	private ParsedArticle extract(String... blocks) {
		return this.extractor.extract(String.join("\n\n", blocks).getBytes(StandardCharsets.UTF_8), null);
	}

}
