package io.broadsheet.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Builds the index {@link SearchCpuBench} searches, in process, with the index's own
 * code: a generated corpus's files are extracted, handed to
 * {@link ArticleIndex#indexCommitted} in batches of 500 as a sync hands them over, and a
 * catch-up commits them. Not a test: run it by hand, once per corpus, then search copies
 * of the folder it writes (the bench opens the index for writing):
 *
 * <pre>
 * java src/bench/CorpusGenerator.java --count 30000 --seed 42 --out /tmp/c30
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     io.broadsheet.search.SearchBenchIndex /tmp/c30/corpus 30000 /tmp/index-30k
 * </pre>
 *
 * Arguments: a folder of article files, how many of them (the first by name), and an
 * empty or missing folder for the index.
 */
public final class SearchBenchIndex {

	private static final int BATCH = 500;

	private SearchBenchIndex() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		Path path = Files.createDirectories(Path.of(args[2]));
		long started = System.nanoTime();
		List<IndexedArticle> articles = IndexingCpuBench.extract(folder, count);
		long extracted = System.nanoTime();
		ArticleIndex index = new ArticleIndex(new IndexingCpuBench.Stored(articles), new IndexLocation(path, false));
		try {
			for (int start = 0; start < articles.size(); start += BATCH) {
				index.indexCommitted(articles.subList(start, Math.min(articles.size(), start + BATCH)));
			}
			index.catchUp("bench");
		}
		finally {
			index.destroy();
		}
		System.out.printf(Locale.ROOT, "%d articles: extracted in %.0f s, indexed in %.0f s, into %s%n",
				articles.size(), (extracted - started) / 1e9, (System.nanoTime() - extracted) / 1e9, path);
	}

}
