package io.broadsheet.corpus;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the article files are, how to read them, and how long answers about them may be
 * cached.
 *
 * @param path the corpus: a folder on disk, read recursively for {@code *.txt} files, or
 * a {@code classpath:} location. Defaults to the five bundled articles.
 * @param maxFileSize files larger than this are skipped, with the reason reported
 * @param batchSize articles written per transaction during a sync
 * @param cacheMaxAge how long clients and shared caches may reuse an answer without
 * asking again ({@code Cache-Control: max-age}); answers only change with the corpus
 * @param trustFileTimes whether a sync takes a file whose size and modification time (and
 * its sidecar's) have not changed since it was last read as unchanged without reading it;
 * {@code false} reads and hashes every file on every sync
 */
@ConfigurationProperties("broadsheet.corpus")
public record CorpusProperties(@DefaultValue("classpath:corpus") String path, @DefaultValue("5MB") DataSize maxFileSize,
		@DefaultValue("500") int batchSize, @DefaultValue("60s") Duration cacheMaxAge,
		@DefaultValue("true") boolean trustFileTimes) {

	public CorpusProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("broadsheet.corpus.batch-size must be at least 1");
		}
	}

}
