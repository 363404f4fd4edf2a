package io.broadsheet.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * THROWAWAY (index50): IndexingCpuBench's rounds in one JVM, alternating bodies with and
 * without offsets A B B A ..., so that both variants see the same load and JIT.
 */
public final class OffsetsAbBench {

	public static void main(String[] args) throws Exception {
		List<IndexedArticle> articles = IndexingCpuBench.extract(Path.of(args[0]), Integer.parseInt(args[1]));
		int pairs = Integer.parseInt(args[2]);
		List<double[]> a = new ArrayList<>();
		List<double[]> b = new ArrayList<>();
		// Warm-up: one round of each.
		for (int round = 0; round < 2 + 2 * pairs; round++) {
			int phase = round % 4;
			boolean offsets = (phase == 0 || phase == 3);
			ArticleDocuments.bodyOffsets = offsets;
			ArticleDocuments.offsetTable = args.length > 3 && "table".equals(args[3]);
			IndexingCpuBench.Round result = IndexingCpuBench.round(articles);
			double[] perArticle = { result.syncCpuNanos() / 1e3 / articles.size(),
					result.catchUpCpuNanos() / 1e3 / articles.size(), result.processCpuNanos() / 1e3 / articles.size(),
					result.syncAllocatedBytes() / 1024.0 / articles.size(), result.indexBytes() / 1e6 };
			System.out.printf(Locale.ROOT,
					"round %d %s: sync %.1f µs, catch-up %.1f µs, process %.1f µs, %.2f KB allocated, index %.1f MB, terms %s%n",
					round, offsets ? "A offsets" : (ArticleDocuments.offsetTable ? "C table" : "B no-offsets"), perArticle[0], perArticle[1], perArticle[2],
					perArticle[3], perArticle[4], result.digest());
			if (round >= 2) {
				(offsets ? a : b).add(perArticle);
			}
		}
		for (int column = 0; column < 5; column++) {
			double ma = median(a, column);
			double mb = median(b, column);
			System.out.printf(Locale.ROOT, "column %d: A %.2f B %.2f B/A %.3f%n", column, ma, mb, mb / ma);
		}
	}

	private static double median(List<double[]> rounds, int column) {
		double[] values = rounds.stream().mapToDouble((round) -> round[column]).sorted().toArray();
		return (values.length % 2 == 1) ? values[values.length / 2]
				: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
	}

}
