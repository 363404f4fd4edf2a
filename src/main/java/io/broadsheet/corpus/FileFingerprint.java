package io.broadsheet.corpus;

import java.time.Instant;

/**
 * What the file system says about an article file and its sidecar without reading them:
 * their sizes and modification times, the quick check of rsync and make.
 *
 * @param value the sizes and times as text, compared with the one stored with the article
 * @param lastModified the later of the two modification times
 */
record FileFingerprint(String value, Instant lastModified) {
}
