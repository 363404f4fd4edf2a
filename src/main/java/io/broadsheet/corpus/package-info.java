/**
 * Reading the corpus folder: the sync at startup and on changes, what it found and
 * skipped ({@code /corpus}). Each file goes through the extractor module
 * ({@code io.broadsheet.extract}); the articles go to the article module's store.
 */
@ApplicationModule(allowedDependencies = { "article", "extract", "system" })
@NullMarked
package io.broadsheet.corpus;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
