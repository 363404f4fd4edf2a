package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round style47: scrapers save a page with a blank line between its lines or with none,
 * and the same page must read the same both ways. Without blank lines every line of a
 * page is next to another, so the guess that a file is hard-wrapped (lines stopping
 * mid-sentence with the sentence going on, lower case, on the next) saw a run of short
 * lower-case links, or a Georgian page (Unicode calls its letters lower case), as wrapped
 * text and joined paragraphs, a date line with them. Each page is written once with blank
 * lines and read both ways. Invented text throughout.
 */
class SavedWithOrWithoutBlankLinesTests extends WholePageTests {

	private static final String GEORGIAN_PAGE = """
			ქუთაისში ახალი ბაღი გაიხსნა | ქალაქის ამბები

			ქალაქის ამბები

			მთავარი

			პოლიტიკა

			საზოგადოება

			ეკონომიკა

			სპორტი

			კულტურა

			საზოგადოება

			ქუთაისში ახალი ბაღი გაიხსნა

			ავტორი: ნინო ბერიძე

			3 დეკემბერი 2026, 11:40

			ქუთაისის მერიამ ქალაქის ცენტრში ახალი ბაღი გახსნა, სადაც ასზე მეტი ხე დაირგო.

			ბაღი ყოველდღე, დილის შვიდი საათიდან ღამის თერთმეტ საათამდე იქნება ღია.

			„ეს არის ადგილი, სადაც ყველას შეუძლია დასვენება“, — განაცხადა ქალაქის მერმა.

			მერიის ინფორმაციით, მომავალ წელს კიდევ ორი ბაღი გაიხსნება.

			გაზიარება

			მსგავსი სიახლეები

			ქუთაისში ახალი სკვერი გაიხსნა

			2 დეკემბერი 2026
			""";

	// Without blank lines the Georgian lines under menu words counted as sentences going
	// on, the page read as hard-wrapped and its four paragraphs as two.
	@ParameterizedTest(name = "blank lines: {0}")
	@ValueSource(booleans = { true, false })
	void keepsTheParagraphsOfAGeorgianPageApart(boolean blankLines) {
		ParsedArticle article = extract(saved(GEORGIAN_PAGE, blankLines));
		assertThat(article.body().split("\n\n")).containsExactly(
				"ქუთაისის მერიამ ქალაქის ცენტრში ახალი ბაღი გახსნა, სადაც ასზე მეტი ხე დაირგო.",
				"ბაღი ყოველდღე, დილის შვიდი საათიდან ღამის თერთმეტ საათამდე იქნება ღია.",
				"„ეს არის ადგილი, სადაც ყველას შეუძლია დასვენება“, — განაცხადა ქალაქის მერმა.",
				"მერიის ინფორმაციით, მომავალ წელს კიდევ ორი ბაღი გაიხსნება.");
	}

	private static final String BLOG_PAGE = """
			Why the new station car park is the wrong answer | harbourside notes

			harbourside notes

			A weblog about the town, its streets, its planning and its politics.

			You are here: Home / Why the new station car park is the wrong answer

			Why the new station car park is the wrong answer

			The council wants to spend four million pounds on a car park next to the station, and it says the money will bring shoppers back to the high street.

			But the survey it paid for last year found that most people who come into town on a Saturday arrive on foot, by bus or by bike, and that few of them would drive if there were more spaces.

			Author: mara | Published on 14.11.2025

			Categories: Planning, Transport

			Leave a comment

			Links

			town hall watch

			the cycling forum

			bus users group

			walk to school

			harbour trust

			local history archive

			green spaces map

			parking facts

			planning notices

			station friends

			the allotment blog

			river path news
			""";

	// Without blank lines the run of lower-case links under the text counted as wrapped
	// sentences, and the line with the date was joined to the paragraph above it.
	@ParameterizedTest(name = "blank lines: {0}")
	@ValueSource(booleans = { true, false })
	void readsTheDateUnderTheTextWithALowerCaseLinkListBelow(boolean blankLines) {
		ParsedArticle article = extract(saved(BLOG_PAGE, blankLines));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2025, 11, 14));
		assertThat(article.body()).contains("The council wants to spend four million pounds")
			.endsWith("few of them would drive if there were more spaces.");
	}

	private static final String WRAPPED_PAGE = """
			Harbour board approves new ferry timetable

			By Daniel Hayes

			The harbour board approved a new winter timetable for the island
			ferry on Monday, adding two sailings on weekdays and moving the
			last crossing of the evening half an hour later.

			Passengers had asked for the change for years, according to the
			board's chair, who said the extra sailings would cost little.
			""";

	// A look-alike: a page wrapped by hand at sixty columns is still rejoined.
	@Test
	void stillRejoinsAPageWrappedByHand() {
		ParsedArticle article = extract(WRAPPED_PAGE);
		assertThat(article.body()).startsWith(
				"The harbour board approved a new winter timetable for the island ferry on Monday, adding two sailings on weekdays and moving the last crossing of the evening half an hour later.")
			.contains("Passengers had asked for the change for years, according to the board's chair,");
	}

	// The page as written (a blank line between its lines), or with its blank lines
	// removed, as a scraper that saves one line per block writes it.
	private static String saved(String page, boolean blankLines) {
		return blankLines ? page
				: page.lines().filter((line) -> !line.isBlank()).collect(Collectors.joining("\n", "", "\n"));
	}

}
