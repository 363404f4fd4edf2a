import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares the extractor's speed in two builds on one machine whose load changes by the
 * minute: both builds are loaded into one JVM, each file is extracted by one build and
 * then the other (the order swapped every file), and the thread's CPU time is summed per
 * build, so both see the same load. Separate runs of the two builds, minutes apart, differ
 * by more than most changes do on a shared machine. Run with the JDK's source launcher:
 *
 * <pre>
 * ./mvnw -B -q process-test-classes dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath -Dfuzz.skip=true
 * cp -r target/classes /tmp/before-classes   # before the change; build again after it
 * java src/bench/ExtractorComparison.java /tmp/before-classes target/classes "$(cat target/test.classpath)" ../shared/eval-web/dev/corpus 3 5
 * </pre>
 *
 * Arguments: the two builds' class folders, the class path of their dependencies, a folder
 * of files, the warm-up and the timed passes. Prints each build's median MB per CPU second
 * and the after/before ratio of every pass.
 */
public final class ExtractorComparison {

	private ExtractorComparison() {
	}

	public static void main(String[] args) throws Throwable {
		List<URL> dependencies = new ArrayList<>();
		for (String entry : args[2].split(File.pathSeparator)) {
			dependencies.add(new File(entry).toURI().toURL());
		}
		ClassLoader shared = new URLClassLoader(dependencies.toArray(new URL[0]),
				ClassLoader.getPlatformClassLoader());
		MethodHandle[] extract = { extractor(args[0], shared), extractor(args[1], shared) };
		List<byte[]> files = new ArrayList<>();
		try (Stream<Path> listing = Files.list(Path.of(args[3]))) {
			for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
				files.add(Files.readAllBytes(file));
			}
		}
		int warmUps = Integer.parseInt(args[4]);
		int passes = Integer.parseInt(args[5]);
		double megabytes = files.stream().mapToLong((file) -> file.length).sum() / (1024.0 * 1024.0);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < warmUps; i++) {
			for (byte[] file : files) {
				extract[0].invoke(file, (byte[]) null);
				extract[1].invoke(file, (byte[]) null);
			}
		}
		double[][] rates = new double[2][passes];
		for (int pass = 0; pass < passes; pass++) {
			long[] cpu = new long[2];
			int n = 0;
			for (byte[] file : files) {
				int first = (n++ & 1);
				for (int build : new int[] { first, 1 - first }) {
					long start = threads.getCurrentThreadCpuTime();
					extract[build].invoke(file, (byte[]) null);
					cpu[build] += threads.getCurrentThreadCpuTime() - start;
				}
			}
			for (int build = 0; build < 2; build++) {
				rates[build][pass] = megabytes / (cpu[build] / 1e9);
			}
		}
		double[] ratios = new double[passes];
		for (int pass = 0; pass < passes; pass++) {
			ratios[pass] = rates[1][pass] / rates[0][pass];
		}
		System.out.printf("%.1f MB, %d files, %d passes%n", megabytes, files.size(), passes);
		System.out.printf("before: median %.2f MB/s per CPU second %s%n", median(rates[0]), Arrays.toString(rates[0]));
		System.out.printf("after:  median %.2f MB/s per CPU second %s%n", median(rates[1]), Arrays.toString(rates[1]));
		System.out.printf("after/before per pass: median %.2f %s%n", median(ratios), Arrays.toString(ratios));
	}

	private static MethodHandle extractor(String classes, ClassLoader dependencies) throws Exception {
		ClassLoader build = new URLClassLoader(new URL[] { new File(classes).toURI().toURL() }, dependencies);
		Class<?> type = build.loadClass("io.broadsheet.extract.ArticleExtractor");
		Class<?> parsed = build.loadClass("io.broadsheet.extract.ParsedArticle");
		return MethodHandles.publicLookup()
			.findVirtual(type, "extract", MethodType.methodType(parsed, byte[].class, byte[].class))
			.bindTo(type.getConstructor().newInstance());
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
