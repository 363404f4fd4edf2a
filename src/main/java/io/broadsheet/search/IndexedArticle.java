package io.broadsheet.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What the index keeps of one stored article.
 *
 * @param id the article id
 * @param contentHash the hash of its file when stored: the index re-reads an article only
 * when this changes
 * @param title the title, or {@code null}
 * @param body the clean body text
 * @param authors the authors in byline order
 * @param publishedDate the publication date, or {@code null}
 * @param publisher the publisher, or {@code null}
 * @param language the ISO 639-1 code of the body's language, or {@code null}
 */
public record IndexedArticle(String id, String contentHash, String title, String body, List<Author> authors,
		LocalDate publishedDate, String publisher, String language) {

	public IndexedArticle {
		authors = List.copyOf(authors);
	}

	/**
	 * One author of an article.
	 *
	 * @param id the author id (slug)
	 * @param name the display name
	 */
	public record Author(String id, String name) {

	}

}
