package io.broadsheet.search;

/**
 * The text of a stored article that snippets are cut from, as the store holds it now. The
 * index keeps where each word of the title and body is, not the text itself.
 *
 * @param id the article id
 * @param contentHash the content hash it was stored with: the text is the one indexed
 * only while the index holds the same hash
 * @param title the title, or {@code null}
 * @param body the body text
 */
public record ArticleText(String id, String contentHash, String title, String body) {

}
