package io.broadsheet.article;

/**
 * The identity of an article already in the store, and the hash of the file it was made
 * from.
 *
 * @param id the article id
 * @param contentHash the hash of its file and sidecar when it was stored
 */
public record StoredArticle(String id, String contentHash) {
}
