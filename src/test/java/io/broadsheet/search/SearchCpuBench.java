package io.broadsheet.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * CPU per search of the index alone, in one thread, over the benchmark's generated
 * queries: what a change to {@link ArticleIndex#search} saves, measured without the HTTP
 * layer and far less disturbed by a shared machine than latency under load (thread CPU
 * time, not wall-clock time). Not a test: run it by hand on a copy of an index built by
 * {@code src/bench/run.sh} (it opens the index for writing, so never on one a server
 * uses):
 *
 * <pre>
 * cp -r target/bench/run-10000/store/broadsheet.index /tmp/index-10k
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.broadsheet.search.SearchCpuBench \
 *     /tmp/index-10k target/bench/corpus-10000-s42/search-broadsheet.txt 3000 6000
 * </pre>
 *
 * It prints the CPU per search and a digest of every answer (ids, totals, highlights), so
 * that two builds can be compared for the same answers as well as for speed.
 */
public final class SearchCpuBench {

	private SearchCpuBench() {
	}

	public static void main(String[] args) throws Exception {
		Path indexPath = Path.of(args[0]);
		List<String> urls = Files.readAllLines(Path.of(args[1]));
		int warmup = Integer.parseInt(args[2]);
		int measured = Integer.parseInt(args[3]);
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
			ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
			for (int i = 0; i < warmup; i++) {
				searches.get(i % searches.size()).run(index);
			}
			MessageDigest answers = MessageDigest.getInstance("SHA-256");
			long started = cpu.getCurrentThreadCpuTime();
			for (int i = 0; i < measured; i++) {
				SearchHits hits = searches.get(i % searches.size()).run(index);
				answers.update(hits.toString().getBytes(StandardCharsets.UTF_8));
			}
			long took = cpu.getCurrentThreadCpuTime() - started;
			System.out.printf("%d searches: %.3f ms CPU per search; answers %s%n", measured, took / 1e6 / measured,
					HexFormat.of().formatHex(answers.digest()).substring(0, 16));
		}
		finally {
			index.destroy();
		}
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
		return new Search(criteria, PageRequest.of(page, 20, Sort.by("relevance").and(Sort.by("id"))));
	}

	private record Search(SearchCriteria criteria, PageRequest page) {

		SearchHits run(ArticleIndex index) throws IOException {
			return index.search(this.criteria, this.page);
		}

	}

}
