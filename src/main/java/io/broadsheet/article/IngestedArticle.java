package io.broadsheet.article;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the store keeps of one article file: what the corpus hands over after
 * extraction.
 *
 * @param id the stable article id, derived from the file's path in the corpus
 * @param sourceFile the file's path relative to the corpus root
 * @param contentHash hash of the file (and its sidecar), to skip unchanged files
 * @param fileFingerprint sizes and modification times of the file and its sidecar, to
 * skip even reading unchanged files; {@code null} when not to be trusted
 * @param title the title
 * @param authorNames the authors' display names in byline order, possibly empty
 * @param authorsOrigin where the authors came from
 * @param publishedDate the publication date
 * @param publisher the publisher
 * @param url the original address
 * @param body the clean body text
 * @param wordCount the body's length in words, as the extractor counts them
 * @param language the body's language as an ISO 639-1 code, {@code null} when unsure
 */
public record IngestedArticle(String id, String sourceFile, String contentHash, String fileFingerprint,
		Traced<String> title, List<String> authorNames, FieldOrigin authorsOrigin, Traced<LocalDate> publishedDate,
		Traced<String> publisher, Traced<String> url, String body, int wordCount, String language) {

	public IngestedArticle {
		authorNames = List.copyOf(authorNames);
		authorsOrigin = authorNames.isEmpty() ? FieldOrigin.UNKNOWN : authorsOrigin;
	}

}
