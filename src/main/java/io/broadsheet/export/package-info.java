/**
 * Exports and feeds: any {@code /articles} query as CSV or NDJSON (the whole matching
 * set, streamed) or as an Atom feed (the newest articles), chosen by {@code Accept} or
 * {@code format=}. Built on the article module's own filters, so every filter of
 * {@code /articles} applies.
 */
@ApplicationModule(allowedDependencies = { "article", "system" })
@NullMarked
package io.broadsheet.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
