import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * The extractor's speed as the corpus sync meets it (HISTORY.md, ingest61): each file of a
 * folder extracted once per pass, in batches of 100 whose files go to a parallel stream on
 * a pool of N threads, as {@code CorpusSync} sends each batch to the common pool and its
 * own thread. Every extraction's thread CPU time is summed, so the figure is the
 * extractor's own work, not the JIT's, G1's or another process's on a shared machine. The
 * first pass is also given in thirds: a sync extracts each file once, from a cold JVM.
 * Run with the JDK's source launcher, under the ingest's heap and collector flags:
 *
 * <pre>
 * ./mvnw -B -q process-test-classes dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath -Dfuzz.skip=true
 * java -Xmx256m -XX:+UseG1GC src/bench/IngestExtraction.java target/classes "$(cat target/test.classpath)" target/bench/corpus-30000-s42/corpus 3 2
 * java ... IngestExtraction.java target/classes "$(cat target/test.classpath)" DIR 3 1 2000 read
 * </pre>
 *
 * Arguments: the build's class folder, the class path of its dependencies, a folder of
 * files, the passes, the threads extracting (2 is the sync's on two cores: its own and
 * the common pool's one), optionally the first so many files only, and {@code read} to
 * read each file from disk inside the timed call as the sync does (otherwise all are read
 * once before the first pass). Prints per pass MB per CPU second of the extracting
 * threads, the process's CPU and the JIT's and G1's time meanwhile.
 */
public final class IngestExtraction {

	private static final int BATCH = 100;

	private IngestExtraction() {
	}

	public static void main(String[] args) throws Throwable {
		List<URL> urls = new ArrayList<>();
		urls.add(new File(args[0]).toURI().toURL());
		for (String entry : args[1].split(File.pathSeparator)) {
			urls.add(new File(entry).toURI().toURL());
		}
		ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
		Class<?> type = loader.loadClass("io.broadsheet.extract.ArticleExtractor");
		Class<?> parsed = loader.loadClass("io.broadsheet.extract.ParsedArticle");
		MethodHandle extract = MethodHandles.publicLookup()
			.findVirtual(type, "extract", MethodType.methodType(parsed, byte[].class, byte[].class))
			.bindTo(type.getConstructor().newInstance());
		int passes = Integer.parseInt(args[3]);
		int threads = Integer.parseInt(args[4]);
		int limit = (args.length > 5) ? Integer.parseInt(args[5]) : Integer.MAX_VALUE;
		boolean read = args.length > 6 && "read".equals(args[6]);
		List<Path> paths;
		try (Stream<Path> listing = Files.list(Path.of(args[2]))) {
			paths = listing.filter(Files::isRegularFile).sorted().limit(limit).toList();
		}
		List<byte[]> contents = new ArrayList<>();
		long bytes = 0;
		for (Path path : paths) {
			byte[] content = Files.readAllBytes(path);
			bytes += content.length;
			contents.add(read ? null : content);
		}
		double megabytes = bytes / (1024.0 * 1024.0);
		ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		ForkJoinPool pool = new ForkJoinPool(threads);
		System.out.printf("%.1f MB, %d files, %d threads, %s%n", megabytes, paths.size(), threads,
				read ? "read inside the timed call" : "read before");
		for (int pass = 1; pass <= passes; pass++) {
			long[] thirdCpu = new long[3];
			long[] thirdBytes = new long[3];
			long processBefore = os.getProcessCpuTime();
			long jitBefore = jit.getTotalCompilationTime();
			long gcBefore = gcMillis();
			long total = 0;
			for (int start = 0; start < paths.size(); start += BATCH) {
				int from = start;
				int to = Math.min(paths.size(), start + BATCH);
				LongAdder cpu = new LongAdder();
				LongAdder extracted = new LongAdder();
				pool.submit(() -> java.util.stream.IntStream.range(from, to).parallel().forEach((i) -> {
					long before = threadBean.getCurrentThreadCpuTime();
					try {
						byte[] content = (contents.get(i) != null) ? contents.get(i) : Files.readAllBytes(paths.get(i));
						extracted.add(content.length);
						extract.invoke(content, (byte[]) null);
					}
					catch (Throwable ex) {
						throw new IllegalStateException(paths.get(i).toString(), ex);
					}
					cpu.add(threadBean.getCurrentThreadCpuTime() - before);
				})).get();
				int third = Math.min(2, from * 3 / paths.size());
				thirdCpu[third] += cpu.sum();
				thirdBytes[third] += extracted.sum();
				total += cpu.sum();
			}
			double process = (os.getProcessCpuTime() - processBefore) / 1e9;
			System.out.printf(
					"pass %d: %.2f MB per CPU second (extraction %.1f s; process %.1f s; JIT %.1f s; GC pauses %.1f s)",
					pass, megabytes / (total / 1e9), total / 1e9, process,
					(jit.getTotalCompilationTime() - jitBefore) / 1e3, (gcMillis() - gcBefore) / 1e3);
			System.out.printf("; thirds %.2f, %.2f, %.2f%n", rate(thirdBytes[0], thirdCpu[0]),
					rate(thirdBytes[1], thirdCpu[1]), rate(thirdBytes[2], thirdCpu[2]));
		}
		pool.shutdown();
	}

	private static double rate(long bytes, long nanos) {
		return (bytes / (1024.0 * 1024.0)) / (nanos / 1e9);
	}

	private static long gcMillis() {
		long millis = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			millis += collector.getCollectionTime();
		}
		return millis;
	}

}
