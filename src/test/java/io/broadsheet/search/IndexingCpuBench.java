package io.broadsheet.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.management.ThreadMXBean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.util.FileSystemUtils;

import io.broadsheet.author.AuthorSlug;
import io.broadsheet.extract.ArticleExtractor;
import io.broadsheet.extract.ParsedArticle;

/**
 * CPU to index an article the way a sync hands its batches over: what a change to the
 * indexing path ({@link ArticleDocuments}, the indexing analyzer, the writer's settings)
 * saves, measured apart from extraction and the store, in thread CPU time, which a shared
 * machine disturbs far less than the wall time of an ingest. Not a test: run it by hand
 * on a generated corpus, with the heap the README recommends (the index sizes its buffer
 * from it):
 *
 * <pre>
 * java src/bench/CorpusGenerator.java --count 100000 --seed 42 --out /tmp/corpus-100000-s42
 * ./mvnw -B -q process-test-classes dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath -Dfuzz.skip=true
 * java -Xmx256m -XX:+UseG1GC -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     io.broadsheet.search.IndexingCpuBench /tmp/corpus-100000-s42/corpus 10000 5
 * </pre>
 *
 * Arguments: a folder of article files, how many of them (the first by name), and the
 * rounds. The files are extracted once, before any round. Each round then builds an index
 * from scratch in a temporary folder: the articles go to
 * {@link ArticleIndex#indexCommitted} in batches of 500, as a sync hands them over, and a
 * {@link ArticleIndex#catchUp catch-up} commits them. Per article it prints the CPU of
 * the sync's indexing thread(s) (the critical path of an ingest), of the catch-up (its
 * last flush and the commit), of Lucene's merge threads (the sync's merges and the
 * catch-up's), of the whole process (collections and compiling too) and the bytes the
 * indexing thread(s) allocated, and the segments left; then the median of every round but
 * the first, which warms the JIT up. The last line is a digest of the terms of every
 * field, so that two builds can be compared for the same index as well as for speed.
 */
public final class IndexingCpuBench {

	private static final int BATCH = 500;

	private IndexingCpuBench() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		int rounds = Integer.parseInt(args[2]);
		List<IndexedArticle> articles = extract(folder, count);
		long bytes = articles.stream().mapToLong((article) -> article.body().length()).sum();
		System.out.printf(Locale.ROOT, "%d articles, %.1f MB of body text; heap %d MB, %d cores%n", articles.size(),
				bytes / 1e6, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
		List<double[]> measured = new ArrayList<>();
		String digest = null;
		for (int round = 1; round <= rounds; round++) {
			Round result = round(articles);
			digest = result.digest();
			double[] perArticle = { result.syncCpuNanos() / 1e3 / articles.size(),
					result.catchUpCpuNanos() / 1e3 / articles.size(), result.processCpuNanos() / 1e3 / articles.size(),
					result.syncAllocatedBytes() / 1024.0 / articles.size(), result.wallNanos() / 1e6,
					result.mergeCpuNanos() / 1e3 / articles.size() };
			System.out.printf(Locale.ROOT,
					"round %d: per article %.1f µs sync thread(s) + %.1f µs catch-up, %.1f µs merge threads, "
							+ "%.1f µs process, %.1f KB allocated; %.0f ms wall, index %.1f MB, %d segments%n",
					round, perArticle[0], perArticle[1], perArticle[5], perArticle[2], perArticle[3], perArticle[4],
					result.indexBytes() / 1e6, result.segments());
			if (round > 1 || rounds == 1) {
				measured.add(perArticle);
			}
		}
		System.out.printf(Locale.ROOT,
				"median of %d rounds: per article %.1f µs sync thread(s) + %.1f µs catch-up, %.1f µs merge threads, "
						+ "%.1f µs process, %.1f KB allocated; %.0f ms wall%n",
				measured.size(), median(measured, 0), median(measured, 1), median(measured, 5), median(measured, 2),
				median(measured, 3), median(measured, 4));
		System.out.println("terms " + digest);
	}

	private static Round round(List<IndexedArticle> articles) throws Exception {
		Path path = Files.createTempDirectory("indexing-bench");
		var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		// Earlier rounds' indexing threads may not have ended yet: only this round's
		// count.
		Set<Long> before = Arrays.stream(threads.getAllThreadIds()).boxed().collect(Collectors.toSet());
		ArticleIndex index = new ArticleIndex(new Stored(articles), new IndexLocation(path, false));
		MergeThreads merges = new MergeThreads(threads);
		try {
			long wallStarted = System.nanoTime();
			long processStarted = process.getProcessCpuTime();
			for (int start = 0; start < articles.size(); start += BATCH) {
				index.indexCommitted(articles.subList(start, Math.min(articles.size(), start + BATCH)));
			}
			long catchUpStarted = threads.getCurrentThreadCpuTime();
			index.catchUp("bench");
			long catchUpCpu = threads.getCurrentThreadCpuTime() - catchUpStarted;
			long wall = System.nanoTime() - wallStarted;
			long processCpu = process.getProcessCpuTime() - processStarted;
			long mergeCpu = merges.stop();
			long syncCpu = 0;
			long syncAllocated = 0;
			for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (thread != null && !before.contains(thread.getThreadId())
						&& thread.getThreadName().startsWith("search-index-sync")) {
					syncCpu += threads.getThreadCpuTime(thread.getThreadId());
					syncAllocated += threads.getThreadAllocatedBytes(thread.getThreadId());
				}
			}
			if (index.lastCatchUp().indexed() != 0) {
				throw new IllegalStateException("The catch-up indexed " + index.lastCatchUp().indexed()
						+ " articles again: the sync's batches were not all indexed");
			}
			long indexBytes;
			try (Stream<Path> files = Files.list(path)) {
				indexBytes = files.mapToLong((file) -> file.toFile().length()).sum();
			}
			int segments;
			try (FSDirectory directory = FSDirectory.open(path);
					DirectoryReader reader = DirectoryReader.open(directory)) {
				segments = reader.leaves().size();
			}
			return new Round(syncCpu, catchUpCpu, processCpu, syncAllocated, wall, indexBytes, termsDigest(path),
					mergeCpu, segments);
		}
		finally {
			merges.stop();
			index.destroy();
			FileSystemUtils.deleteRecursively(path);
		}
	}

	// As the sync stores them: the extractor's fields, authors by slug.
	static List<IndexedArticle> extract(Path folder, int count) throws Exception {
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter((file) -> file.toString().endsWith(".txt")).sorted().limit(count).toList();
		}
		ArticleExtractor extractor = new ArticleExtractor();
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		List<IndexedArticle> articles = new ArrayList<>(files.size());
		for (Path file : files) {
			byte[] content = Files.readAllBytes(file);
			ParsedArticle parsed = extractor.extract(content, null);
			LinkedHashSet<IndexedArticle.Author> authors = new LinkedHashSet<>();
			for (String name : parsed.authorNames()) {
				authors.add(new IndexedArticle.Author(AuthorSlug.of(name), name));
			}
			String name = file.getFileName().toString();
			articles.add(new IndexedArticle(name.substring(0, name.length() - 4),
					HexFormat.of().formatHex(sha.digest(content)), value(parsed.title()), parsed.body(),
					List.copyOf(authors), value(parsed.publishedDate()), value(parsed.publisher()), parsed.language()));
		}
		return articles;
	}

	private static <T> T value(io.broadsheet.extract.Extracted<T> extracted) {
		return (extracted != null) ? extracted.value() : null;
	}

	static double median(List<double[]> rounds, int column) {
		double[] values = rounds.stream().mapToDouble((round) -> round[column]).sorted().toArray();
		return (values.length % 2 == 1) ? values[values.length / 2]
				: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
	}

	// Every term of every field with its document and total frequencies, in the committed
	// index: the same digest from two builds means the same postings statistics.
	private static String termsDigest(Path path) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		try (FSDirectory directory = FSDirectory.open(path); DirectoryReader reader = DirectoryReader.open(directory)) {
			List<String> fields = new ArrayList<>();
			FieldInfos.getIndexedFields(reader).forEach(fields::add);
			fields.sort(null);
			for (String field : fields) {
				sha.update(field.getBytes(StandardCharsets.UTF_8));
				Terms terms = MultiTerms.getTerms(reader, field);
				if (terms == null) {
					continue;
				}
				TermsEnum each = terms.iterator();
				for (BytesRef term = each.next(); term != null; term = each.next()) {
					sha.update(term.bytes, term.offset, term.length);
					sha.update(Long.toString(each.docFreq() * 31L + each.totalTermFreq())
						.getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
	}

	private record Round(long syncCpuNanos, long catchUpCpuNanos, long processCpuNanos, long syncAllocatedBytes,
			long wallNanos, long indexBytes, String digest, long mergeCpuNanos, int segments) {

	}

	/**
	 * The CPU of Lucene's merge threads, which end with their merge, so that their time
	 * cannot be read afterwards: each one's is read every few milliseconds while it runs,
	 * and its last reading counts (a merge's final milliseconds may be missed).
	 */
	private static final class MergeThreads {

		private final Map<Long, Long> lastSeen = new ConcurrentHashMap<>();

		private final Thread sampler;

		private volatile boolean running = true;

		MergeThreads(ThreadMXBean threads) {
			this.sampler = new Thread(() -> {
				while (this.running) {
					for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
						if (thread != null && thread.getThreadName().startsWith("Lucene Merge Thread")) {
							long cpu = threads.getThreadCpuTime(thread.getThreadId());
							if (cpu > 0) {
								this.lastSeen.merge(thread.getThreadId(), cpu, Math::max);
							}
						}
					}
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "merge-cpu-sampler");
			this.sampler.setDaemon(true);
			this.sampler.start();
		}

		long stop() throws InterruptedException {
			this.running = false;
			this.sampler.join();
			return this.lastSeen.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** The bench's articles as the store would hand them to a catch-up. */
	record Stored(List<IndexedArticle> articles) implements ArticlesToIndex {

		@Override
		public void forEachContentHash(BiConsumer<String, String> consumer) {
			this.articles.forEach((article) -> consumer.accept(article.id(), article.contentHash()));
		}

		@Override
		public List<IndexedArticle> load(Collection<String> ids) {
			return this.articles.stream().filter((article) -> ids.contains(article.id())).toList();
		}

	}

}
