/**
 * Articles: the store the corpus sync writes
 * ({@link io.broadsheet.article.ArticleStore}), and {@code /articles} and
 * {@code /authors/{id}/articles} that read it. Owns the {@code article},
 * {@code article_body} and {@code article_author} tables; authors are the author
 * module's. Provenance is told in the extractor's words
 * ({@link io.broadsheet.extract.Source}).
 */
@ApplicationModule(allowedDependencies = { "author", "extract", "search", "system" })
@NullMarked
package io.broadsheet.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
