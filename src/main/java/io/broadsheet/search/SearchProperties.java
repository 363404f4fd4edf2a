package io.broadsheet.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the full-text index lives.
 *
 * @param indexPath the index folder. Unset (the default), each instance builds its index
 * in a new temporary folder and deletes it when it stops: right for the default in-memory
 * store, which is itself rebuilt at every start. With a store that persists
 * ({@code jdbc:h2:file:}, PostgreSQL) a folder of its own lets a restart catch up only
 * what changed instead of indexing everything again. One instance per folder.
 */
@ConfigurationProperties("broadsheet.search")
public record SearchProperties(Path indexPath) {

}
