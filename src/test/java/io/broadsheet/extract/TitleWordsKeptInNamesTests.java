package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round review56c: meta56 cut a writer's titles before the name (byline.name-titles,
 * byline.article-titles), also where the cut left one word, so a peer known by a title
 * and a family name ("By Lord Smith of Finsbury") and a person whose given name is a
 * title word ("By Pastor Maldonado", "By Bishop Briggs") lost their name: main's head
 * named no writer where meta56's base did. A title cut never leaves less than a name now:
 * the name is kept as written then, but for a form of address (byline.address-titles: "By
 * Dr Smith" names no one, as on the base).
 */
class TitleWordsKeptInNamesTests extends WholePageTests {

	private static String clubPage(String byline) {
		return """
				Hartley Green Cricket Club
				Home
				Fixtures
				Juniors
				Contact
				Pavilion roof mended in time for the new season
				""" + byline
				+ """

						2 December 2026
						The pavilion at Hartley Green has a new roof after volunteers spent four weekends replacing the slates blown off in the October storm.
						A roofer from the village gave his time for nothing, and the club's juniors painted the shutters in the club's green and white.
						The work was paid for by a summer fete and a quiz night, which together raised a little over six thousand pounds.
						Nets practice for the juniors starts again on the first Saturday of March.
						Share
						© 2026 Hartley Green Cricket Club
						""";
	}

	// Main's head named no writer: the title cut left one word.
	@Test
	void aGivenNameThatIsATitleWordStaysTheWritersName() {
		ParsedArticle article = extract(clubPage("By Pastor Maldonado"));
		assertThat(article.authorNames()).containsExactly("Pastor Maldonado");
		assertThat(article.body()).startsWith("The pavilion at Hartley Green").doesNotContain("Maldonado");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "By Lord Smith of Finsbury|Lord Smith", "By Pastor Maldonado|Pastor Maldonado",
					"By Bishop Briggs|Bishop Briggs", "By Lady Gaga|Lady Gaga", "By Rabbi Sacks|Rabbi Sacks",
					"By Father Brown|Father Brown", "By Sister Wendy|Sister Wendy", "Von Pfarrer Fliege|Pfarrer Fliege",
					"Par Abbé Pierre|Abbé Pierre", "Por Padre Pio|Padre Pio" })
	void keepsTheNameAsWrittenWhenTheTitleCutLeavesOneWord(String line, String writer) {
		assertThat(BylineDetector.byline(line)).as(line).containsExactly(writer);
	}

	// Main's head dropped both writers: the first part, no name once cut, rejected the
	// list.
	@Test
	void aTitleWordGivenNameKeepsTheWholeList() {
		assertThat(BylineDetector.byline("By Pastor Maldonado and Anna Koch")).containsExactly("Pastor Maldonado",
				"Anna Koch");
	}

	// Near misses: a title before a name of two words is still cut, given names that are
	// no title in the data are read as written, as before.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "By Pastor Rick Warren|Rick Warren", "By Lord David Smith|David Smith",
			"By Bishop Michael Curry|Michael Curry", "Par le père Jean-Luc Martin|Jean-Luc Martin",
			"Von Prof. Dr. Anna Koch|Anna Koch", "By Dean Baquet|Dean Baquet", "By Duke Ellington|Duke Ellington",
			"By Earl Smith|Earl Smith", "By Marshall Mathers|Marshall Mathers" })
	void stillCutsATitleBeforeANameOfTwoWords(String line, String writer) {
		assertThat(BylineDetector.byline(line)).as(line).containsExactly(writer);
	}

	// Near misses: titles alone, two titles and one word, or a form of address
	// (byline.address-titles) and one word are no name, as before.
	@ParameterizedTest
	@ValueSource(strings = { "Prof. Dr.", "Rt Revd Smith", "Revd Canon Baker", "Mr.", "Dr Smith", "Mr. Roadshow",
			"Herr Quaas", "Mme Girard" })
	void titlesAloneAreNoName(String text) {
		assertThat(PersonNames.clean(text)).as(text).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "By the Revd Smith", "Par le père Fouras", "By the Canon Street Gate", "By Dr Smith",
			"Von Herr Quaas" })
	void readsNoWriterAfterAnArticleOrAFormOfAddressBeforeOneWord(String line) {
		assertThat(BylineDetector.byline(line)).as(line).isNull();
	}

}
