/**
 * Reading the corpus folder: the sync at startup, what it found and skipped
 * ({@code /corpus}), and the extractor ({@code corpus.extract}) that turns a text file
 * into an article. Hands articles to the article module's store.
 */
@ApplicationModule(allowedDependencies = { "article", "system" })
@NullMarked
package io.broadsheet.corpus;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
