package io.broadsheet.article;

/**
 * The identity of an article already in the store, and what the sync knew of the file it
 * was made from.
 *
 * @param id the article id
 * @param sourceFile the path of its file relative to the corpus root
 * @param contentHash the hash of its file and sidecar when it was stored
 * @param fileFingerprint their sizes and modification times when last read, or
 * {@code null}
 */
public record StoredArticle(String id, String sourceFile, String contentHash, String fileFingerprint) {
}
