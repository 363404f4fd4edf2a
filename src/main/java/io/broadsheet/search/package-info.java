/**
 * Full-text search: an embedded Lucene index derived from the article store, kept in step
 * on every {@link io.broadsheet.system.CorpusChanged}, answering {@code q}, highlights
 * and facets for the {@code article} module.
 */
@ApplicationModule(allowedDependencies = { "system" })
@NullMarked
package io.broadsheet.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
