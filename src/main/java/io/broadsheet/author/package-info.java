/**
 * Authors: {@code /authors}, and the {@code author} table, which only this module writes
 * ({@link io.broadsheet.author.AuthorStore}).
 */
@ApplicationModule(allowedDependencies = { "system" })
@NullMarked
package io.broadsheet.author;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
