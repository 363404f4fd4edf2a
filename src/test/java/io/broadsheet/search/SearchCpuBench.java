package io.broadsheet.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * CPU per search of the index alone, in one thread, over the benchmark's generated
 * queries: what a change to {@link ArticleIndex#search} saves, measured without the HTTP
 * layer and far less disturbed by a shared machine than latency under load (thread CPU
 * time, not wall-clock time), with the bytes allocated per search. Not a test: run it by
 * hand on a copy of an index (it opens the index for writing, so never on one a server
 * uses), built by {@code src/bench/run.sh} or by one start of the jar on a generated
 * corpus with a file store, which keeps the index beside it:
 *
 * <pre>
 * java src/bench/CorpusGenerator.java --count 10000 --seed 42 --out /tmp/c10
 * java -jar target/broadsheet-*.jar --spring.datasource.url=jdbc:h2:file:/tmp/s10/broadsheet \
 *     --broadsheet.corpus.path=/tmp/c10/corpus     # stop it once ready
 * cp -r /tmp/s10/broadsheet.index /tmp/index-10k
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.broadsheet.search.SearchCpuBench \
 *     /tmp/index-10k /tmp/c10/search-broadsheet.txt 2000 2000 5
 * </pre>
 *
 * Or in process, without a jar or a store: {@link SearchBenchIndex} builds the index of a
 * generated corpus with the index's own code.
 *
 * Arguments: the index, the query list, searches to warm up with, searches per round,
 * rounds (1 if left out). Each round runs the same searches; it prints each round's CPU
 * and allocation per search, their medians, and a digest of every answer (ids, totals,
 * highlights), checked equal in every round, so that two builds can be compared for the
 * same answers as well as for speed. Alternate the builds: on a shared machine the median
 * moves by a third from one run to the next.
 * <p>
 * It also prints the CPU of each kind of search (one word, a word and a year, a word and
 * an author, two words, a phrase, an {@code OR}, a prefix) over all rounds: its mean,
 * median, 99th percentile and share of the whole, to know which searches make the tail.
 */
public final class SearchCpuBench {

	private SearchCpuBench() {
	}

	public static void main(String[] args) throws Exception {
		Path indexPath = Path.of(args[0]);
		List<String> urls = Files.readAllLines(Path.of(args[1]));
		int warmup = Integer.parseInt(args[2]);
		int measured = Integer.parseInt(args[3]);
		int rounds = (args.length > 4) ? Integer.parseInt(args[4]) : 1;
		ArticlesToIndex nothing = new ArticlesToIndex() {
			@Override
			public void forEachContentHash(java.util.function.BiConsumer<String, String> consumer) {
			}

			@Override
			public List<IndexedArticle> load(java.util.Collection<String> ids) {
				return List.of();
			}
		};
		ArticleIndex index = new ArticleIndex(nothing, new IndexLocation(indexPath, false));
		try {
			List<Search> searches = urls.stream().filter((url) -> !url.isBlank()).map(SearchCpuBench::parse).toList();
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			for (int i = 0; i < warmup; i++) {
				searches.get(i % searches.size()).run(index);
			}
			double[] cpuPerSearch = new double[rounds];
			double[] bytesPerSearch = new double[rounds];
			Map<String, List<Long>> cpuByKind = new TreeMap<>();
			List<long[]> everySearch = new ArrayList<>();
			List<String> kinds = new ArrayList<>();
			String digest = null;
			for (int round = 0; round < rounds; round++) {
				MessageDigest answers = MessageDigest.getInstance("SHA-256");
				long allocated = threads.getCurrentThreadAllocatedBytes();
				long started = threads.getCurrentThreadCpuTime();
				long before = started;
				for (int i = 0; i < measured; i++) {
					Search search = searches.get(i % searches.size());
					SearchHits hits = search.run(index);
					long after = threads.getCurrentThreadCpuTime();
					cpuByKind.computeIfAbsent(search.kind(), (kind) -> new ArrayList<>()).add(after - before);
					if (round == 0) {
						kinds.add(search.kind() + ((search.page().getPageNumber() > 0) ? ", page 2+" : ""));
					}
					everySearch.add(new long[] { after - before, i });
					before = after;
					answers.update(hits.toString().getBytes(StandardCharsets.UTF_8));
				}
				long took = threads.getCurrentThreadCpuTime() - started;
				allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
				cpuPerSearch[round] = took / 1e6 / measured;
				bytesPerSearch[round] = allocated / 1024.0 / measured;
				String roundDigest = HexFormat.of().formatHex(answers.digest()).substring(0, 16);
				if (digest != null && !digest.equals(roundDigest)) {
					throw new IllegalStateException("round " + round + " answered differently: " + roundDigest);
				}
				digest = roundDigest;
				System.out.printf("round %d: %.3f ms CPU, %.0f KB allocated per search%n", round + 1,
						cpuPerSearch[round], bytesPerSearch[round]);
			}
			System.out.printf(
					"%d searches x %d rounds: %.3f ms CPU per search (median), %.0f KB allocated; answers %s%n",
					measured, rounds, median(cpuPerSearch), median(bytesPerSearch), digest);
			long all = cpuByKind.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
			cpuByKind.forEach((kind, took) -> {
				long[] sorted = took.stream().mapToLong(Long::longValue).sorted().toArray();
				long sum = Arrays.stream(sorted).sum();
				System.out.printf(
						"  %-12s %5.1f %% of searches, %5.1f %% of CPU: mean %.3f, median %.3f, p99 %.3f ms%n", kind,
						100.0 * sorted.length / (measured * rounds), 100.0 * sum / all, sum / 1e6 / sorted.length,
						sorted[sorted.length / 2] / 1e6,
						sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
			});
			slowest(everySearch, kinds, 0.01);
			slowest(everySearch, kinds, 0.02);
		}
		finally {
			index.destroy();
		}
	}

	/**
	 * Which kinds of search make the slowest share of all searches of every round (the
	 * tail a loaded server's 99th percentile is made of), and the least CPU among them.
	 */
	private static void slowest(List<long[]> everySearch, List<String> kinds, double share) {
		List<long[]> sorted = new ArrayList<>(everySearch);
		sorted.sort((a, b) -> Long.compare(b[0], a[0]));
		int count = (int) Math.ceil(sorted.size() * share);
		Map<String, Integer> byKind = new TreeMap<>();
		for (long[] search : sorted.subList(0, count)) {
			byKind.merge(kinds.get((int) search[1]), 1, Integer::sum);
		}
		System.out.printf("  slowest %.0f %% (%d searches, from %.3f ms): %s%n", share * 100, count,
				sorted.get(count - 1)[0] / 1e6, byKind);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static Search parse(String url) {
		String q = null;
		String author = null;
		String date = null;
		int page = 0;
		for (String parameter : url.substring(url.indexOf('?') + 1).split("&")) {
			String name = parameter.substring(0, parameter.indexOf('='));
			String value = URLDecoder.decode(parameter.substring(parameter.indexOf('=') + 1), StandardCharsets.UTF_8);
			switch (name) {
				case "q" -> q = value;
				case "author" -> author = value;
				case "date" -> date = value;
				case "page" -> page = Integer.parseInt(value);
				default -> throw new IllegalArgumentException(url);
			}
		}
		LocalDate from = (date != null) ? LocalDate.of(Integer.parseInt(date), 1, 1) : null;
		LocalDate to = (date != null) ? LocalDate.of(Integer.parseInt(date), 12, 31) : null;
		SearchCriteria criteria = new SearchCriteria(TextQuery.parse(q), (author != null) ? Set.of(author) : Set.of(),
				from, to, null, null);
		String kind;
		if (q.contains("\"")) {
			kind = "phrase";
		}
		else if (q.contains(" OR ")) {
			kind = "or";
		}
		else if (q.contains("*")) {
			kind = "prefix";
		}
		else if (q.trim().contains(" ")) {
			kind = "words";
		}
		else {
			kind = (date != null) ? "word+year" : (author != null) ? "word+author" : "word";
		}
		return new Search(criteria, PageRequest.of(page, 20, Sort.by("relevance").and(Sort.by("id"))), kind);
	}

	private record Search(SearchCriteria criteria, PageRequest page, String kind) {

		SearchHits run(ArticleIndex index) throws IOException {
			return index.search(this.criteria, this.page);
		}

	}

}
