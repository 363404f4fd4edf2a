package io.broadsheet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import io.broadsheet.article.ArticleDetail;
import io.broadsheet.article.AuthorRef;

/**
 * Articles as RFC 4180 CSV: a header row, then one row per article, every value quoted
 * and lines ended by CRLF. Safe to open in a spreadsheet: a text cell that a spreadsheet
 * would take for a formula is neutralised (OWASP's CSV injection advice).
 */
final class CsvArticles {

	/** Between the names (and the ids) of an article's several authors. */
	static final String AUTHOR_SEPARATOR = "; ";

	static final String[] HEADER = { "id", "title", "authors", "authorIds", "publishedDate", "publisher", "url",
			"wordCount", "excerpt", "sourceFile" };

	// Null stays an empty, unquoted cell; every other value is quoted, so that a
	// spreadsheet never splits or reinterprets it.
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader(HEADER)
		.setQuoteMode(QuoteMode.ALL_NON_NULL)
		.get();

	private final CSVPrinter printer;

	CsvArticles(Writer out) throws IOException {
		this.printer = new CSVPrinter(out, FORMAT);
	}

	void write(ArticleDetail article, String excerpt) throws IOException {
		this.printer.printRecord(safe(article.id()), safe(article.title()),
				safe(article.authors().stream().map(AuthorRef::name).collect(Collectors.joining(AUTHOR_SEPARATOR))),
				safe(article.authors().stream().map(AuthorRef::id).collect(Collectors.joining(AUTHOR_SEPARATOR))),
				(article.publishedDate() != null) ? article.publishedDate().toString() : null,
				safe(article.publisher()), safe(article.url()), article.wordCount(), safe(excerpt),
				safe(article.sourceFile()));
	}

	void flush() throws IOException {
		this.printer.flush();
	}

	/**
	 * The text as a spreadsheet should show it: a value starting with {@code =},
	 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be evaluated as a
	 * formula, so it gets a leading {@code '}, which spreadsheets take as "this is text".
	 * @param value the text, or {@code null}
	 * @return the text to write
	 */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

}
