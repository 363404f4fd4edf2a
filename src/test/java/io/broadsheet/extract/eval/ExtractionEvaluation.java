package io.broadsheet.extract.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.extract.ArticleExtractor;
import io.broadsheet.extract.Extracted;
import io.broadsheet.extract.ParsedArticle;
import io.broadsheet.extract.eval.ExtractionScorer.BodyScore;
import io.broadsheet.extract.eval.ExtractionScorer.PageScore;
import io.broadsheet.extract.eval.ExtractionScorer.Scores;

/**
 * Runs the extractor (no server, no database) over a labelled folder, a
 * {@code labels.json} beside a {@code corpus/} folder as in
 * {@code ../shared/eval-web/dev}, and prints the errors grouped by kind, then the figures
 * {@code ../shared/eval-web/score.py} prints, then the names given on pages whose label
 * does not know the authors, which no figure judges, and their count
 * ({@code UNLABELLED_AUTHORS}). Not a test: run it by hand from the project directory
 * (arguments: the folder, then optionally {@code --predictions FILE} to write what
 * {@code score.py --predictions} reads, {@code --examples N} to show more of each kind of
 * error):
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) io.broadsheet.extract.eval.ExtractionEvaluation ../shared/eval-web/dev
 * </pre>
 */
public final class ExtractionEvaluation {

	private static final double LOW_BODY = 0.8;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ArticleExtractor extractor = new ArticleExtractor();

	private final Map<String, Prediction> predictions = new LinkedHashMap<>();

	private final ExtractionScorer scorer = new ExtractionScorer();

	private final Map<String, List<String>> errors = new TreeMap<>();

	private final Map<String, Integer> spuriousAuthors = new TreeMap<>();

	private final List<Map.Entry<String, BodyScore>> lowBodies = new ArrayList<>();

	// The names given on pages whose label does not know the authors, by file stem: the
	// scorer never judges them, so a byline rule that starts naming menu words there
	// shows here and nowhere else.
	private final Map<String, List<String>> unlabelledAuthors = new TreeMap<>();

	/**
	 * Extracts and scores every labelled page of a folder.
	 * @param folder a folder holding {@code labels.json} and {@code corpus/}
	 * @return the evaluation, ready to report
	 * @throws IOException when the labels or a page cannot be read
	 */
	public static ExtractionEvaluation of(Path folder) throws IOException {
		List<PageLabel> labels = JSON.readValue(folder.resolve("labels.json").toFile(), new TypeReference<>() {
		});
		ExtractionEvaluation evaluation = new ExtractionEvaluation();
		for (PageLabel label : labels) {
			evaluation.evaluate(label, folder.resolve("corpus").resolve(label.file()));
		}
		return evaluation;
	}

	private void evaluate(PageLabel label, Path page) throws IOException {
		byte[] content;
		try {
			content = Files.readAllBytes(page);
		}
		catch (NoSuchFileException ex) {
			this.scorer.missing();
			error("page missing", label.stem());
			return;
		}
		Prediction prediction = predict(this.extractor.extract(content, null));
		this.predictions.put(label.stem(), prediction);
		PageScore score = this.scorer.score(label, prediction);
		group(label, prediction, score);
	}

	private static Prediction predict(ParsedArticle article) {
		Extracted<String> title = article.title();
		return new Prediction((title != null) ? title.value() : null, article.authorNames(),
				(article.publishedDate() != null) ? article.publishedDate().value().toString() : null, article.body(),
				(title != null) ? title.source().name() : null);
	}

	private void group(PageLabel label, Prediction prediction, PageScore score) {
		String stem = label.stem();
		if (Boolean.FALSE.equals(score.titleRight())) {
			error(titleErrorKind(label.title(), prediction),
					stem + ": " + quote(prediction.title()) + " instead of " + quote(label.title()));
		}
		if (label.authors() == null && prediction.authors() != null && !prediction.authors().isEmpty()) {
			this.unlabelledAuthors.put(stem, prediction.authors());
		}
		score.spuriousAuthors().forEach((name) -> this.spuriousAuthors.merge(name, 1, Integer::sum));
		if (!score.spuriousAuthors().isEmpty()) {
			error("authors: spurious", stem + ": " + score.spuriousAuthors() + " (expected " + label.authors() + ")");
		}
		if (!score.missedAuthors().isEmpty()) {
			error("authors: missed", stem + ": " + score.missedAuthors());
		}
		if (label.published() != null && !label.published().equals(prediction.publishedDate())) {
			error((prediction.publishedDate() != null) ? "date: wrong" : "date: missed",
					stem + ": " + prediction.publishedDate() + " instead of " + label.published());
		}
		BodyScore body = score.body();
		if (body != null && (body.precision() < LOW_BODY || body.recall() < LOW_BODY)) {
			this.lowBodies.add(Map.entry(stem, body));
			String kind = (body.precision() < LOW_BODY && body.recall() < LOW_BODY)
					? "body: furniture kept and text lost" : (body.precision() < LOW_BODY)
							? "body: furniture kept (precision < 0.8)" : "body: text lost (recall < 0.8)";
			error(kind, String.format("%s: p=%.2f r=%.2f", stem, body.precision(), body.recall()));
		}
	}

	private static String titleErrorKind(String expected, Prediction prediction) {
		String got = ExtractionScorer.normalizeTitle(prediction.title());
		String want = ExtractionScorer.normalizeTitle(expected);
		if (got == null) {
			return "title: none";
		}
		if ("DERIVED".equals(prediction.titleSource())) {
			return "title: derived from the body";
		}
		if (got.contains(want)) {
			return "title: the headline and more (site name?)";
		}
		if (want.contains(got)) {
			return "title: part of the headline";
		}
		return "title: another line";
	}

	private void error(String kind, String example) {
		this.errors.computeIfAbsent(kind, (key) -> new ArrayList<>()).add(example);
	}

	private static String quote(String text) {
		return (text != null) ? "'" + text + "'" : "null";
	}

	/** The set's figures. */
	public Scores scores() {
		return this.scorer.scores();
	}

	/**
	 * How many names the extractor gives on pages whose label does not know the authors:
	 * figures the scorer cannot judge, watched so that they do not grow unseen.
	 */
	public UnlabelledAuthors unlabelledAuthors() {
		int given = 0;
		Set<String> distinct = new HashSet<>();
		for (List<String> names : this.unlabelledAuthors.values()) {
			given += names.size();
			names.forEach((name) -> distinct.add(ExtractionScorer.normalizeName(name)));
		}
		return new UnlabelledAuthors(this.unlabelledAuthors.size(), given, distinct.size());
	}

	/** What the extractor made of each page, by file stem. */
	public Map<String, Prediction> predictions() {
		return this.predictions;
	}

	/**
	 * Prints the errors by kind, then the figures.
	 * @param out where to print
	 * @param examples how many examples of each kind to show
	 */
	public void report(PrintStream out, int examples) {
		this.errors.forEach((kind, list) -> {
			out.printf("%s: %d%n", kind, list.size());
			list.stream().limit(examples).forEach((example) -> out.println("    " + example));
		});
		if (!this.spuriousAuthors.isEmpty()) {
			out.println("most frequent spurious author names:");
			this.spuriousAuthors.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.limit(examples)
				.forEach((entry) -> out.printf("    %3d  %s%n", entry.getValue(), entry.getKey()));
		}
		if (!this.lowBodies.isEmpty()) {
			out.println("lowest body F1:");
			this.lowBodies.stream()
				.sorted(Comparator.comparingDouble((Map.Entry<String, BodyScore> entry) -> entry.getValue().f1()))
				.limit(examples)
				.forEach((entry) -> out.printf("    %.2f  %s%n", entry.getValue().f1(), entry.getKey()));
		}
		out.println(scores().scoreLine());
		out.printf("authors given where the label has none (not scored): %d pages%n", this.unlabelledAuthors.size());
		this.unlabelledAuthors.forEach((stem, names) -> out.println("    " + stem + ": " + names));
		out.println(unlabelledAuthors().line());
	}

	/**
	 * Writes the predictions as {@code score.py --predictions} reads them.
	 * @param file where to write
	 * @throws IOException when the file cannot be written
	 */
	public void writePredictions(Path file) throws IOException {
		Map<String, Map<String, Object>> json = new LinkedHashMap<>();
		this.predictions.forEach((stem, prediction) -> {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("title", prediction.title());
			fields.put("authors", prediction.authors());
			fields.put("publishedDate", prediction.publishedDate());
			fields.put("body", prediction.body());
			json.put(stem, fields);
		});
		JSON.writeValue(file.toFile(), json);
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			System.err.println("usage: ExtractionEvaluation FOLDER [--predictions FILE] [--examples N]");
			System.exit(2);
		}
		ExtractionEvaluation evaluation = of(Path.of(args[0]));
		int examples = 10;
		for (int i = 1; i + 1 < args.length; i += 2) {
			if (args[i].equals("--predictions")) {
				evaluation.writePredictions(Path.of(args[i + 1]));
			}
			else if (args[i].equals("--examples")) {
				examples = Integer.parseInt(args[i + 1]);
			}
		}
		evaluation.report(System.out, examples);
	}

	/**
	 * The author names given on pages whose label does not know them.
	 *
	 * @param files pages given authors whose label has none
	 * @param given names given on them, counted on each page
	 * @param names distinct names among them, normalised as the scorer compares names
	 */
	public record UnlabelledAuthors(int files, int given, int names) {

		/** The line the evaluation prints after the {@code SCORE} line. */
		public String line() {
			return "UNLABELLED_AUTHORS files=" + this.files + " given=" + this.given + " names=" + this.names;
		}

	}

}
