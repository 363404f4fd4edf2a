package io.broadsheet.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Measures extraction throughput on one thread, in MB of input per CPU second (robust on
 * a shared machine) and per wall-clock second: the five bundled seeds, and generated 10
 * MB inputs (one single line; many short paragraphs), and the whole web pages of a folder
 * (the first argument, by default {@code ../shared/eval-web/dev/corpus}, skipped when
 * absent). Reports the median of several timed rounds after a warm-up. Not a test: run it
 * by hand from the project directory:
 *
 * <pre>
 * ./mvnw -B -q process-test-classes dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) io.broadsheet.extract.ExtractorBenchmark
 * </pre>
 *
 * On a shared machine the MB per CPU second is the figure to quote; wall-clock throughput
 * drops with the load of other processes.
 */
public final class ExtractorBenchmark {

	private static final int WARM_UP_ROUNDS = 5;

	private static final int ROUNDS = 9;

	private static final int TEN_MB = 10 * 1024 * 1024;

	private ExtractorBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		ArticleExtractor extractor = new ArticleExtractor();
		List<byte[]> seeds = new ArrayList<>();
		for (String stem : new String[] { "000_a9e816bf096b0a86", "001_68b7a782fc4b3297", "002_62ce8fa616d42fc4",
				"003_b7db214251bb9adf", "004_aa2b845cab8e237c" }) {
			try (InputStream in = ExtractorBenchmark.class.getResourceAsStream("/corpus/" + stem + ".txt")) {
				seeds.add(in.readAllBytes());
			}
		}
		report("seeds (5 files, x200 per round)", extractor, repeat(seeds, 200));
		report("10 MB single line", extractor, List.of(singleLine(TEN_MB)));
		report("10 MB of short paragraphs", extractor, List.of(paragraphs(TEN_MB)));
		Path pages = Path.of((args.length > 0) ? args[0] : "../shared/eval-web/dev/corpus");
		if (Files.isDirectory(pages)) {
			report("whole web pages (" + pages.getFileName() + ")", extractor, readAll(pages));
		}
		else {
			System.out.println("whole web pages: skipped, no folder " + pages.toAbsolutePath().normalize());
		}
	}

	// Every file of the folder, in name order: whole pages as scrapers save them.
	private static List<byte[]> readAll(Path folder) throws IOException {
		List<byte[]> files = new ArrayList<>();
		try (Stream<Path> listing = Files.list(folder)) {
			for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
				files.add(Files.readAllBytes(file));
			}
		}
		return files;
	}

	private static List<byte[]> repeat(List<byte[]> files, int times) {
		List<byte[]> all = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			all.addAll(files);
		}
		return all;
	}

	static byte[] singleLine(int size) {
		Random random = new Random(42);
		String[] words = { "Armenia", "Russia", "the", "of", "and", "relations", "Moscow", "Yerevan,", "2025", "said.",
				"By", "Photo:", "4 December 2025", "is", "a", "professor", "—", "News.Az", "“quoted”", "Lavrov’s" };
		StringBuilder text = new StringBuilder(size + 32);
		while (text.length() < size) {
			text.append(words[random.nextInt(words.length)]).append(' ');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] paragraphs(int size) {
		Random random = new Random(7);
		String[] lines = { "By Tom Hart", "4 December 2025", "Share this:", "Photo: Reuters",
				"Armenia and Russia signed a new agreement on Tuesday, officials said.", "News.Az", "1. A list item",
				"Emil Avdaliani is a professor of international relations.", "Leave a reply",
				"The history of Armenia–Russia relations is a complex story of reliance and alliance." };
		StringBuilder text = new StringBuilder(size + 128);
		while (text.length() < size) {
			text.append(lines[random.nextInt(lines.length)]).append(random.nextBoolean() ? "\n" : "\n\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void report(String name, ArticleExtractor extractor, List<byte[]> inputs) {
		long bytes = inputs.stream().mapToLong((input) -> input.length).sum();
		for (int i = 0; i < WARM_UP_ROUNDS; i++) {
			run(extractor, inputs);
		}
		double[] perCpuSecond = new double[ROUNDS];
		double[] perWallSecond = new double[ROUNDS];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < ROUNDS; i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long wallStart = System.nanoTime();
			run(extractor, inputs);
			perCpuSecond[i] = megabytes(bytes) / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
			perWallSecond[i] = megabytes(bytes) / ((System.nanoTime() - wallStart) / 1e9);
		}
		Arrays.sort(perCpuSecond);
		Arrays.sort(perWallSecond);
		System.out.printf("%-32s %7.1f MB/s per CPU second, %7.1f MB/s wall (medians of %d rounds of %.1f MB)%n", name,
				perCpuSecond[ROUNDS / 2], perWallSecond[ROUNDS / 2], ROUNDS, megabytes(bytes));
	}

	private static double megabytes(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

	private static int run(ArticleExtractor extractor, List<byte[]> inputs) {
		int total = 0;
		for (byte[] input : inputs) {
			total += extractor.extract(input, null).body().length();
		}
		return total;
	}

}
