/**
 * Reads one scraped text file into an article: finds the article in a whole page, its
 * title, authors, publication date, publisher, language and clean body, each with where
 * it came from ({@link io.broadsheet.extract.Source}, the provenance the article module
 * stores and serves). Pure Java (no Spring, no I/O), deterministic and linear in the
 * input; knowledge of each language is data under {@code languages/} beside these
 * classes. Depends on no other module but {@code xml}, the one rule of which characters
 * XML may hold (refused in a curator's values, as the Atom feed could not write them):
 * the corpus module feeds it files.
 */
@ApplicationModule(allowedDependencies = { "xml" })
@NullMarked
package io.broadsheet.extract;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
