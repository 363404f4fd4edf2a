/**
 * The date archive: {@code /dates}, how many articles were published per year, month or
 * day. Reads the counts through the article module's
 * {@link io.broadsheet.article.PublicationCounts}.
 */
@ApplicationModule(allowedDependencies = { "article", "system" })
@NullMarked
package io.broadsheet.archive;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
