package io.broadsheet.system;

import java.time.Instant;

/**
 * Published when this instance starts serving a new version of the corpus: after a sync
 * has committed, or when it learns that another instance's sync has. Every answer is
 * derived from the corpus, so each module listens and drops or rebuilds what it derived
 * from the previous version (caches, indexes). Listeners run before the new version's
 * validators ({@code ETag}, {@code Last-Modified}) are served.
 *
 * @param version a hash over every article's id and content
 * @param changedAt when the sync that produced this version finished
 */
public record CorpusChanged(String version, Instant changedAt) {

}
