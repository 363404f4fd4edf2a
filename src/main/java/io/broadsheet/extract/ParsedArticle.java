package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What the extractor made of one article file. A field the text does not hold is
 * {@code null}: values are never guessed.
 *
 * @param title the headline, or one derived from the first sentence
 * @param authors the authors' display names in byline order, or {@code null}
 * @param publishedDate the publication date, or {@code null}
 * @param publisher the publishing outlet or institution, or {@code null}
 * @param url the original address, known only from an override, or {@code null}
 * @param body the clean text: paragraphs separated by one blank line, no boilerplate
 * @param language the body's language as an ISO 639-1 code, or {@code null} when unsure
 * @param warnings problems that did not stop extraction (bad front matter, for instance),
 * in words a curator understands
 */
public record ParsedArticle(Extracted<String> title, Extracted<List<String>> authors,
		Extracted<LocalDate> publishedDate, Extracted<String> publisher, Extracted<String> url, String body,
		String language, List<String> warnings) {

	public ParsedArticle {
		body = (body != null) ? body : "";
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/**
	 * The body's length in words: runs of characters between white space. The one word
	 * count of the service; the store keeps it, and lists and exports show it.
	 * @return the number of words in the body
	 */
	public int wordCount() {
		return Texts.words(this.body, Integer.MAX_VALUE);
	}

	/** The author names, or an empty list when none is known. */
	public List<String> authorNames() {
		return (this.authors != null) ? this.authors.value() : List.of();
	}

}
