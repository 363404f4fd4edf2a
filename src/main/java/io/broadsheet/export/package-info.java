/**
 * Exports and feeds: any {@code /articles} query as CSV or NDJSON (the whole matching
 * set, streamed) or as an Atom feed (the newest articles), chosen by {@code Accept} or
 * {@code format=}. Built on the article module's own filters, so every filter of
 * {@code /articles} applies. Which characters a feed may hold is the {@code xml} module's
 * rule, the one the extractor checks a curator's values by.
 */
@ApplicationModule(allowedDependencies = { "article", "system", "xml" })
@NullMarked
package io.broadsheet.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
