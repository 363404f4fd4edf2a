package io.broadsheet.extract;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.extract.eval.ExtractionScorer;
import io.broadsheet.extract.eval.PageLabel;

/**
 * Fits the weights of {@link HeadlineRanker} on a labelled folder (a {@code labels.json}
 * beside {@code corpus/}, as in {@code ../shared/eval-web/dev}): a conditional logit
 * model (a softmax over each page's candidate lines, the labelled title's line the one to
 * pick) with an L2 penalty, fitted by gradient ascent. It first fits on one half of the
 * pages (the MD5 of the file's stem even or odd) and scores the other, both ways, against
 * the rules alone; then fits on every page and prints the weights file (or writes it with
 * {@code --write FILE}). Not a test: run it by hand.
 *
 * <pre>
 * ./mvnw -B -q process-test-classes dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath -Dfuzz.skip=true
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) io.broadsheet.extract.HeadlineRankerFit ../shared/eval-web/dev [--write src/main/resources/io/broadsheet/extract/headline-ranker.tsv]
 * </pre>
 */
public final class HeadlineRankerFit {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final double PENALTY = Double.parseDouble(System.getProperty("penalty", "0.05"));

	private static final double STEP = Double.parseDouble(System.getProperty("step", "0.5"));

	private static final double MARGIN = Double.parseDouble(System.getProperty("margin", "0"));

	private static final List<String> DROPPED = List.of(System.getProperty("drop", "").split(","));

	private static final int ROUNDS = Integer.getInteger("rounds", 4000);

	private HeadlineRankerFit() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		List<PageLabel> labels = JSON.readValue(folder.resolve("labels.json").toFile(), new TypeReference<>() {
		});
		ArticleExtractor extractor = new ArticleExtractor();
		List<Page> pages = new ArrayList<>();
		for (PageLabel label : labels) {
			if (label.title() == null || label.title().isEmpty()) {
				continue;
			}
			byte[] content = Files.readAllBytes(folder.resolve("corpus").resolve(label.file()));
			String wanted = ExtractionScorer.normalizeTitle(label.title());
			ArticleExtractor.RuledTitle ruledTitle = ArticleExtractor.ruledTitle(content);
			List<HeadlineRanker.Candidate> candidates = HeadlineRanker.candidates(ruledTitle.paragraphs(),
					ruledTitle.start(), ruledTitle.headline(), ruledTitle.title());
			boolean[] right = new boolean[candidates.size()];
			boolean ruled = false;
			for (int i = 0; i < right.length; i++) {
				right[i] = wanted.equals(ExtractionScorer.normalizeTitle(candidates.get(i).title().value()));
				ruled |= right[i] && candidates.get(i).chosen();
			}
			if (candidates.isEmpty()) {
				ParsedArticle parsed = extractor.extract(content, null);
				ruled = parsed.title() != null
						&& wanted.equals(ExtractionScorer.normalizeTitle(parsed.title().value()));
			}
			pages.add(new Page(half(label.stem()), candidates, right, ruled));
			if (Boolean.getBoolean("dump") && !ruled) {
				System.out.println("== " + label.stem() + " wanted: " + label.title());
				for (int i = 0; i < right.length; i++) {
					HeadlineRanker.Candidate c = candidates.get(i);
					if (right[i] || c.chosen()) {
						System.out.println(((right[i]) ? " R " : " C ") + java.util.Arrays.toString(c.features()) + " "
								+ c.title().value());
					}
				}
			}
		}
		int withRight = 0;
		int recoverable = 0;
		for (Page page : pages) {
			withRight += page.hasRight() ? 1 : 0;
			recoverable += (page.hasRight() && !page.ruled()) ? 1 : 0;
		}
		System.out.printf(Locale.ROOT, "pages %d, the title among the lines ranked %d, of them the rules wrong %d%n",
				pages.size(), withRight, recoverable);
		for (int half = 0; half < 2; half++) {
			double[] weights = fit(pages, 1 - half);
			System.out.printf(Locale.ROOT, "half %d (fitted on the other): rules %.3f, model %.3f%n", half,
					accuracy(pages, half, null), accuracy(pages, half, weights));
		}
		double[] weights = fit(pages, -1);
		System.out.printf(Locale.ROOT, "all (fitted on all): rules %.3f, model %.3f%n", accuracy(pages, -1, null),
				accuracy(pages, -1, weights));
		StringBuilder file = new StringBuilder("# weights of HeadlineRanker, fitted by HeadlineRankerFit (src/test)\n");
		for (int i = 0; i < weights.length; i++) {
			file.append(HeadlineRanker.FEATURES.get(i))
				.append('\t')
				.append(String.format(Locale.ROOT, "%.4f", weights[i]))
				.append('\n');
		}
		if (args.length > 2 && args[1].equals("--write")) {
			Files.writeString(Path.of(args[2]), file);
		}
		System.out.print(file);
	}

	private static int half(String stem) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(stem.getBytes(StandardCharsets.UTF_8));
			return new BigInteger(1, digest).testBit(0) ? 1 : 0;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// The share of labelled pages of a half (-1: all) whose title is right: the model's
	// best line, or the rules' title without weights.
	private static double accuracy(List<Page> pages, int half, double[] weights) {
		int right = 0;
		int total = 0;
		for (Page page : pages) {
			if (half >= 0 && page.half() != half) {
				continue;
			}
			total++;
			if (weights == null || page.candidates().isEmpty()) {
				right += (page.ruled()) ? 1 : 0;
				continue;
			}
			int best = 0;
			for (int i = 1; i < page.candidates().size(); i++) {
				if (HeadlineRanker.score(page.candidates().get(i).features(), weights) > HeadlineRanker
					.score(page.candidates().get(best).features(), weights)) {
					best = i;
				}
			}
			for (int i = 0; i < page.candidates().size(); i++) {
				if (page.candidates().get(i).chosen()
						&& HeadlineRanker.score(page.candidates().get(i).features(), weights) + MARGIN >= HeadlineRanker
							.score(page.candidates().get(best).features(), weights)) {
					best = i;
				}
			}
			right += (page.right()[best]) ? 1 : 0;
		}
		return (double) right / total;
	}

	// Gradient ascent on the log-likelihood of the right lines of each page that has
	// one, less the penalty.
	private static double[] fit(List<Page> pages, int half) {
		int n = HeadlineRanker.FEATURES.size();
		double[] weights = new double[n];
		int used = 0;
		for (Page page : pages) {
			used += ((half < 0 || page.half() == half) && page.hasRight()) ? 1 : 0;
		}
		for (int round = 0; round < ROUNDS; round++) {
			double[] gradient = new double[n];
			for (Page page : pages) {
				if (half >= 0 && page.half() != half || !page.hasRight()) {
					continue;
				}
				List<HeadlineRanker.Candidate> candidates = page.candidates();
				double[] scores = new double[candidates.size()];
				double max = Double.NEGATIVE_INFINITY;
				for (int i = 0; i < scores.length; i++) {
					scores[i] = HeadlineRanker.score(candidates.get(i).features(), weights);
					max = Math.max(max, scores[i]);
				}
				double all = 0;
				double good = 0;
				for (int i = 0; i < scores.length; i++) {
					scores[i] = Math.exp(scores[i] - max);
					all += scores[i];
					good += (page.right()[i]) ? scores[i] : 0;
				}
				for (int i = 0; i < scores.length; i++) {
					double[] features = candidates.get(i).features();
					double weight = ((page.right()[i]) ? scores[i] / good : 0) - scores[i] / all;
					for (int k = 0; k < n; k++) {
						gradient[k] += weight * features[k];
					}
				}
			}
			for (int k = 0; k < n; k++) {
				if (DROPPED.contains(HeadlineRanker.FEATURES.get(k))) {
					continue;
				}
				weights[k] += STEP * (gradient[k] / used - PENALTY * weights[k]);
			}
		}
		return weights;
	}

	private record Page(int half, List<HeadlineRanker.Candidate> candidates, boolean[] right, boolean ruled) {

		boolean hasRight() {
			for (boolean r : this.right) {
				if (r) {
					return true;
				}
			}
			return false;
		}

	}

}
