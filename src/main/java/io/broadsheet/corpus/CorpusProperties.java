package io.broadsheet.corpus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the article files are and how to read them.
 *
 * @param path the corpus: a folder on disk, read recursively for {@code *.txt} files, or
 * a {@code classpath:} location. Defaults to the five bundled articles.
 * @param maxFileSize files larger than this are skipped, with the reason reported
 * @param batchSize articles written per transaction during a sync
 */
@ConfigurationProperties("broadsheet.corpus")
public record CorpusProperties(@DefaultValue("classpath:corpus") String path, @DefaultValue("5MB") DataSize maxFileSize,
		@DefaultValue("500") int batchSize) {

	public CorpusProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("broadsheet.corpus.batch-size must be at least 1");
		}
	}

}
