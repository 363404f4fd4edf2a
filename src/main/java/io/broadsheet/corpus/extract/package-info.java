/**
 * Reads one scraped text file into an article: finds the article in a whole page, its
 * title, authors, publication date, publisher, language and clean body, each with where
 * it came from. Pure Java (no Spring), deterministic and linear in the input; knowledge
 * of each language is data under {@code languages/} beside these classes.
 */
@NullMarked
package io.broadsheet.corpus.extract;

import org.jspecify.annotations.NullMarked;
