package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word count lists, the reader and exports show comes from here.
 */
class ParsedArticleTests {

	@ParameterizedTest(name = "{0} words")
	@CsvSource(delimiter = '|', value = { "7|First paragraph of the body.\\n\\nSecond one.", "0|''", "0|'  \\n\\n  '",
			"3|  leading and trailing  ", "4|tab\\tand\\nnew line", "2|Quote: “yes”" })
	void countsRunsOfCharactersBetweenWhiteSpace(int expected, String body) {
		ParsedArticle article = new ParsedArticle(null, null, null, null, null,
				body.replace("\\n", "\n").replace("\\t", "\t"), null, List.of());
		assertThat(article.wordCount()).isEqualTo(expected);
	}

}
