package io.broadsheet.search;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@link IndexingCpuBench}'s rounds for two builds of the indexing code in one JVM,
 * alternated round by round, so that both see the same load, heap and machine: on a
 * shared machine only ratios of rounds run side by side mean anything. Each build is
 * loaded apart, with its own copy of every library (so that Lucene finds each build's
 * codec); the corpus is extracted once, by the first build, and handed to the second as
 * its own articles. Not a test: run it by hand with the compiled classes of each build:
 *
 * <pre>
 * java -Xmx256m -XX:+UseG1GC -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     io.broadsheet.search.OffsetsAbBench /tmp/corpus-10000-s42/corpus 10000 4 \
 *     /tmp/a/test-classes:/tmp/a/classes /tmp/b/test-classes:/tmp/b/classes
 * </pre>
 *
 * Arguments: a folder of article files, how many of them, pairs of measured rounds, the
 * class folders of build A, then of build B. The rounds run A B (warming both up, not
 * counted), then B A A B B A A B and so on; per article it prints each round's CPU of the
 * sync's indexing thread(s), of the catch-up and of the process, the bytes the indexing
 * thread(s) allocated and the index's size, then each build's medians and B / A.
 */
public final class OffsetsAbBench {

	private static final String[] COLUMNS = { "sync thread µs", "catch-up µs", "process µs", "allocated KB",
			"index MB" };

	private OffsetsAbBench() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		int pairs = Integer.parseInt(args[2]);
		Build a = new Build("A", args[3]);
		Build b = new Build("B", args[4]);
		List<?> articles = (List<?>) a.call("extract", folder, count);
		a.articles = articles;
		b.articles = b.copyOf(articles);
		List<double[]> measuredA = new ArrayList<>();
		List<double[]> measuredB = new ArrayList<>();
		for (int round = 0; round < 2 + 2 * pairs; round++) {
			// A B | B A A B | B A A B ...
			boolean isA = (round == 0) || (round >= 2 && ((round - 2) % 4 == 1 || (round - 2) % 4 == 2));
			Build build = isA ? a : b;
			double[] perArticle = build.round();
			System.out.printf(Locale.ROOT,
					"round %d %s: sync %.1f µs, catch-up %.1f µs, process %.1f µs, %.2f KB allocated, index %.2f MB, "
							+ "terms %s%n",
					round, build.name, perArticle[0], perArticle[1], perArticle[2], perArticle[3], perArticle[4],
					build.digest);
			if (round >= 2) {
				(isA ? measuredA : measuredB).add(perArticle);
			}
		}
		for (int column = 0; column < COLUMNS.length; column++) {
			double medianA = IndexingCpuBench.median(measuredA, column);
			double medianB = IndexingCpuBench.median(measuredB, column);
			System.out.printf(Locale.ROOT, "%s: A %.2f, B %.2f, B / A %.3f%n", COLUMNS[column], medianA, medianB,
					medianB / medianA);
		}
	}

	/**
	 * One build's classes, over its own copy of the libraries on this JVM's class path.
	 */
	private static final class Build {

		private final String name;

		private final ClassLoader loader;

		private final Class<?> bench;

		private List<?> articles;

		private String digest;

		Build(String name, String classFolders) throws Exception {
			this.name = name;
			List<URL> urls = new ArrayList<>();
			for (String folder : classFolders.split(File.pathSeparator)) {
				urls.add(Path.of(folder).toUri().toURL());
			}
			// The libraries: every jar of this JVM's class path.
			for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
				if (entry.endsWith(".jar")) {
					urls.add(Path.of(entry).toUri().toURL());
				}
			}
			this.loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
			this.bench = this.loader.loadClass(IndexingCpuBench.class.getName());
		}

		Object call(String method, Object... arguments) throws Exception {
			for (Method candidate : this.bench.getDeclaredMethods()) {
				if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
					candidate.setAccessible(true);
					return withOwnLoader(() -> candidate.invoke(null, arguments));
				}
			}
			throw new NoSuchMethodException(method);
		}

		double[] round() throws Exception {
			Object round = call("round", this.articles);
			this.digest = (String) component(round, "digest");
			int size = this.articles.size();
			return new double[] { (long) component(round, "syncCpuNanos") / 1e3 / size,
					(long) component(round, "catchUpCpuNanos") / 1e3 / size,
					(long) component(round, "processCpuNanos") / 1e3 / size,
					(long) component(round, "syncAllocatedBytes") / 1024.0 / size,
					(long) component(round, "indexBytes") / 1e6 };
		}

		// The other build's articles as this build's: the same strings and dates.
		List<Object> copyOf(List<?> articles) throws Exception {
			Class<?> article = this.loader.loadClass(IndexedArticle.class.getName());
			Class<?> author = this.loader.loadClass(IndexedArticle.Author.class.getName());
			List<Object> copies = new ArrayList<>(articles.size());
			for (Object original : articles) {
				List<Object> authors = new ArrayList<>();
				for (Object each : (List<?>) component(original, "authors")) {
					authors.add(construct(author, each));
				}
				Object[] values = components(original);
				values[Arrays.asList(componentNames(article)).indexOf("authors")] = List.copyOf(authors);
				copies.add(construct(article, values));
			}
			return copies;
		}

		private static Object construct(Class<?> type, Object original) throws Exception {
			return construct(type, components(original));
		}

		private static Object construct(Class<?> type, Object[] values) throws Exception {
			var constructor = type.getDeclaredConstructor(componentTypes(type));
			constructor.setAccessible(true);
			return constructor.newInstance(values);
		}

		private static Object[] components(Object record) throws Exception {
			RecordComponent[] components = record.getClass().getRecordComponents();
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				Method accessor = components[i].getAccessor();
				accessor.setAccessible(true);
				values[i] = accessor.invoke(record);
			}
			return values;
		}

		private static Object component(Object record, String name) throws Exception {
			Object[] values = components(record);
			return values[Arrays.asList(componentNames(record.getClass())).indexOf(name)];
		}

		private static String[] componentNames(Class<?> type) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
		}

		private static Class<?>[] componentTypes(Class<?> type) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
		}

		private <T> T withOwnLoader(Call<T> call) throws Exception {
			Thread thread = Thread.currentThread();
			ClassLoader previous = thread.getContextClassLoader();
			thread.setContextClassLoader(this.loader);
			try {
				return call.run();
			}
			finally {
				thread.setContextClassLoader(previous);
			}
		}

	}

	@FunctionalInterface
	private interface Call<T> {

		T run() throws Exception;

	}

}
