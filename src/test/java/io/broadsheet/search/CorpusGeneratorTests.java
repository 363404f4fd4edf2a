package io.broadsheet.search;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's corpus generator ({@code src/bench/CorpusGenerator.java}, run by the
 * JDK's source launcher, so compiled here): the same seed gives the same corpus, the
 * default draw gives bodies shaped like real text (a Zipf law over a large vocabulary,
 * about a third function words, frequent content words in far fewer than every body), and
 * {@code --vocabulary flat} keeps the draw of the corpora before gen55.
 */
class CorpusGeneratorTests {

	private static final int ARTICLES = 300;

	private static final Pattern BODY = Pattern.compile("\"body\":\"((?:[^\"\\\\]++|\\\\.)*+)\"");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	@TempDir
	static Path work;

	private static ClassLoader loader;

	private static Class<?> generator;

	@BeforeAll
	static void compile() throws Exception {
		Path classes = work.resolve("classes");
		int status = ToolProvider.getSystemJavaCompiler()
			.run(null, null, null, "-d", classes.toString(), "src/bench/CorpusGenerator.java");
		assertThat(status).isZero();
		loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, CorpusGeneratorTests.class.getClassLoader());
		generator = loader.loadClass("CorpusGenerator");
	}

	@Test
	void theSameSeedWritesTheSameCorpusAndTheFlatDrawChangesOnlyTheBodies() throws Exception {
		Path first = generate("zipf");
		Path again = generate("zipf-again");
		List<Path> files = files(first);
		// The articles, db.json, queries.env and the five request lists.
		assertThat(files).hasSize(ARTICLES + 7);
		assertThat(files(again)).isEqualTo(files);
		for (Path file : files) {
			assertThat(Files.mismatch(first.resolve(file), again.resolve(file))).as(file.toString()).isEqualTo(-1L);
		}
		Path flat = generate("flat", "--vocabulary", "flat");
		String zipfDb = Files.readString(first.resolve("db.json"));
		String flatDb = Files.readString(flat.resolve("db.json"));
		assertThat(flatDb).isNotEqualTo(zipfDb);
		// Titles, authors, dates, publishers and ids are the same: only the words differ.
		assertThat(BODY.matcher(flatDb).replaceAll("")).isEqualTo(BODY.matcher(zipfDb).replaceAll(""));
		assertThat(files(flat)).isEqualTo(files);
	}

	@Test
	void theDefaultDrawIsShapedLikeRealTextAndTheFlatOneIsNot() throws Exception {
		Set<String> functionWords = Set.of(Arrays.copyOf(staticWords(), 40));
		Shape zipf = Shape.of(bodies(generate("zipf")), functionWords);
		// eval-web/dev's English bodies: the 40 most frequent words are 34 % of the
		// tokens, the top content word 0.5 %, in 69 % of the bodies, the 200th in 15 %.
		assertThat(zipf.functionShare()).isBetween(0.30, 0.40);
		assertThat(zipf.topContentShare()).isBetween(0.001, 0.005);
		assertThat(zipf.contentDocumentShare(1)).isBetween(0.45, 0.80);
		assertThat(zipf.contentDocumentShare(200)).isBetween(0.10, 0.35);
		assertThat(zipf.distinctWords()).isGreaterThan(30_000);
		// The flat draw: half the tokens function words, 209 words in all, each content
		// word in nearly every body.
		Shape flat = Shape.of(bodies(generate("flat", "--vocabulary", "flat")), functionWords);
		assertThat(flat.functionShare()).isGreaterThan(0.50);
		assertThat(flat.distinctWords()).isEqualTo(209);
		assertThat(flat.contentDocumentShare(100)).isGreaterThan(0.80);
	}

	@Test
	void theStemmerLeavesEveryGeneratedWordAsItIsAndMergesNoneWithAnother() throws Exception {
		Class<?> vocabulary = loader.loadClass("CorpusGenerator$ZipfVocabulary");
		Field instance = vocabulary.getDeclaredField("INSTANCE");
		instance.setAccessible(true);
		Field wordsField = vocabulary.getDeclaredField("words");
		wordsField.setAccessible(true);
		String[] words = (String[]) wordsField.get(instance.get(null));
		assertThat(words).hasSize(100_000).doesNotHaveDuplicates();
		Set<String> listed = Set.of(staticWords());
		List<String> generated = Arrays.stream(words).filter((word) -> !listed.contains(word)).toList();
		assertThat(generated).hasSize(100_000 - 209);
		try (Analyzer analyzer = new SearchAnalyzer()) {
			assertThat(AnalyzedTerms.of(analyzer, "body.en", String.join(" ", generated))).isEqualTo(generated);
			Set<String> listedStems = new HashSet<>(AnalyzedTerms.of(analyzer, "body.en", String.join(" ", listed)));
			assertThat(generated).doesNotContainAnyElementsOf(listedStems);
		}
	}

	@Test
	void theSearchListsPhrasesAreConsecutiveWordsOfABodyWithAContentWord() throws Exception {
		Path out = generate("zipf");
		String text = String.join("\n", bodies(out)).toLowerCase(Locale.ROOT).replace('\n', ' ');
		Set<String> functionWords = Set.of(Arrays.copyOf(staticWords(), 40));
		List<String> phrases = Files.readAllLines(out.resolve("search-broadsheet.txt"))
			.stream()
			.filter((line) -> line.startsWith("/articles?q=%22"))
			.map((line) -> java.net.URLDecoder.decode(line.substring("/articles?q=".length()).split("&")[0],
					java.nio.charset.StandardCharsets.UTF_8))
			.map((query) -> query.substring(1, query.length() - 1))
			.toList();
		assertThat(phrases).hasSizeGreaterThan(2_500);
		for (String phrase : phrases.subList(0, 200)) {
			String[] words = phrase.split(" ");
			assertThat(words).as(phrase).hasSize(2);
			assertThat(functionWords.contains(words[0]) && functionWords.contains(words[1])).as(phrase).isFalse();
			assertThat(Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(text).find()).as(phrase).isTrue();
		}
	}

	private static String[] staticWords() throws Exception {
		Field words = generator.getDeclaredField("WORDS");
		words.setAccessible(true);
		return (String[]) words.get(null);
	}

	// Seed 42, each folder written once for all the tests.
	private static Path generate(String name, String... options) throws Exception {
		Path out = work.resolve(name);
		if (!Files.isDirectory(out)) {
			String[] args = Stream
				.concat(Stream.of("--count", String.valueOf(ARTICLES), "--seed", "42", "--out", out.toString()),
						Stream.of(options))
				.toArray(String[]::new);
			generator.getMethod("main", String[].class).invoke(null, (Object) args);
		}
		return out;
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

	private static List<String> bodies(Path out) throws IOException {
		Matcher body = BODY.matcher(Files.readString(out.resolve("db.json")));
		List<String> bodies = new java.util.ArrayList<>();
		while (body.find()) {
			bodies.add(body.group(1).replace("\\n", "\n"));
		}
		assertThat(bodies).hasSize(ARTICLES);
		return bodies;
	}

	/** Token and document counts of lower-cased words. */
	private record Shape(int tokens, int functionTokens, List<Map.Entry<String, Integer>> contentByTokens,
			Map<String, Integer> documents, int bodies) {

		static Shape of(List<String> bodies, Set<String> functionWords) {
			Map<String, Integer> counts = new HashMap<>();
			Map<String, Integer> documents = new HashMap<>();
			int tokens = 0;
			int functionTokens = 0;
			for (String body : bodies) {
				Set<String> seen = new HashSet<>();
				Matcher word = WORD.matcher(body);
				while (word.find()) {
					String lower = word.group().toLowerCase(Locale.ROOT);
					tokens++;
					if (functionWords.contains(lower)) {
						functionTokens++;
					}
					counts.merge(lower, 1, Integer::sum);
					if (seen.add(lower)) {
						documents.merge(lower, 1, Integer::sum);
					}
				}
			}
			List<Map.Entry<String, Integer>> content = counts.entrySet()
				.stream()
				.filter((entry) -> !functionWords.contains(entry.getKey()))
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.toList();
			return new Shape(tokens, functionTokens, content, documents, bodies.size());
		}

		double functionShare() {
			return (double) this.functionTokens / this.tokens;
		}

		double topContentShare() {
			return (double) this.contentByTokens.get(0).getValue() / this.tokens;
		}

		int distinctWords() {
			return this.documents.size();
		}

		// The share of bodies with the content word of that document-frequency rank.
		double contentDocumentShare(int rank) {
			return this.contentByTokens.stream()
				.map((entry) -> this.documents.get(entry.getKey()))
				.sorted(java.util.Comparator.reverseOrder())
				.skip(rank - 1)
				.findFirst()
				.orElseThrow() / (double) this.bodies;
		}

	}

}
