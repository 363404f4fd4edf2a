package io.broadsheet.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.broadsheet.article.ArticleDetail;
import io.broadsheet.article.AuthorRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a CSV export holds, read back by a real RFC 4180 parser: every value survives
 * separators, quotes, line breaks and any script, and a value a spreadsheet would run as
 * a formula comes back as text.
 */
class CsvArticlesTests {

	@ParameterizedTest
	@ValueSource(strings = { "plain", "commas, inside, it", "\"quoted\" and \"\"doubled\"\"", "two\nlines",
			"windows\r\nline", "Lavrov’s Yerevan Visit", "Ереван, Երևան, 東京, مرحبا", "emoji 📰 news", "trailing space ",
			" leading space", "a 'quote'", "semi; colon" })
	void textValuesRoundTripUnchanged(String value) throws IOException {
		CSVRecord row = writeAndParse(article(value, List.of(new AuthorRef("a", value)), "https://x.test/" + 1), value);
		assertThat(row.get("title")).isEqualTo(value);
		assertThat(row.get("authors")).isEqualTo(value);
		assertThat(row.get("excerpt")).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.test\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tcmd",
			"\rcmd", "=1,2\n=3" })
	void formulaLikeValuesComeBackAsText(String value) throws IOException {
		CSVRecord row = writeAndParse(article(value, List.of(new AuthorRef("a", value)), value), value);
		for (String column : List.of("title", "authors", "publisher", "url", "excerpt")) {
			assertThat(row.get(column)).as(column).isEqualTo("'" + value);
		}
	}

	@Test
	void severalAuthorsAreJoinedInBylineOrderAndUnknownValuesAreEmpty() throws IOException {
		ArticleDetail article = new ArticleDetail("id-1", null,
				List.of(new AuthorRef("tigran-grigoryan", "Tigran Grigoryan"), new AuthorRef("emil-a", "Emil A")), null,
				null, null, 12, null, "id-1.txt", null, null);
		CSVRecord row = writeAndParse(article, "");
		assertThat(row.get("authors")).isEqualTo("Tigran Grigoryan; Emil A");
		assertThat(row.get("authorIds")).isEqualTo("tigran-grigoryan; emil-a");
		assertThat(row.get("title")).isEmpty();
		assertThat(row.get("publishedDate")).isEmpty();
		assertThat(row.get("wordCount")).isEqualTo("12");
	}

	private static ArticleDetail article(String text, List<AuthorRef> authors, String url) {
		return new ArticleDetail("id-1", text, authors, LocalDate.of(2025, 12, 4), text, url, 3, null, "id-1.txt", null,
				null);
	}

	private static CSVRecord writeAndParse(ArticleDetail article, String excerpt) throws IOException {
		StringWriter out = new StringWriter();
		CsvArticles csv = new CsvArticles(out);
		csv.write(article, excerpt);
		csv.write(article, excerpt);
		csv.flush();
		assertThat(out.toString()).startsWith("\"" + String.join("\",\"", CsvArticles.HEADER) + "\"\r\n");
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()), format)) {
			List<CSVRecord> rows = parser.getRecords();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).toMap()).isEqualTo(rows.get(1).toMap());
			return rows.get(0);
		}
	}

}
