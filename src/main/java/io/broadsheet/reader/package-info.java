/**
 * The reader: server-rendered HTML pages for people at {@code /} and {@code /read/**},
 * built on the same services as the API, so that the two never disagree.
 */
@ApplicationModule(allowedDependencies = { "article", "author", "extract", "search", "system" })
@NullMarked
package io.broadsheet.reader;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
