package io.broadsheet.extract.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;

/**
 * The metrics of {@code ../shared/eval-web/score.py}, computed the same way, so that the
 * figures printed here equal the script's on the same predictions: 4-word shingle
 * precision, recall and F1 of the body (macro over files, as article-extraction-benchmark
 * computes it), exact titles after normalisation, author precision and recall, date
 * accuracy and precision.
 * <p>
 * The script is Python: where Java's defaults differ (what a word character, a space or a
 * case fold is) this class follows Python's definitions.
 */
public final class ExtractionScorer {

	private static final int SHINGLE = 4;

	private static final String TITLE_TRIM = " .–-—:|\"'";

	private final List<Double> precisions = new ArrayList<>();

	private final List<Double> recalls = new ArrayList<>();

	private int files;

	private int missing;

	private int titles;

	private int titlesRight;

	private int authorFiles;

	private int authorsRight;

	private int authorsSpurious;

	private int authorsMissed;

	private int dates;

	private int datesGiven;

	private int datesRight;

	private int datesWrong;

	/** Counts a labelled page that has no prediction. */
	public void missing() {
		this.missing++;
	}

	/**
	 * Scores one page.
	 * @param label what the page should yield
	 * @param prediction what the extractor made of it
	 * @return the page's own figures, for grouping errors
	 */
	public PageScore score(PageLabel label, Prediction prediction) {
		this.files++;
		BodyScore body = null;
		if (label.body() != null) {
			body = body(label.body(), prediction.body());
			if (body.predicted()) {
				this.precisions.add(body.precision());
			}
			if (body.expected()) {
				this.recalls.add(body.recall());
			}
		}
		Boolean titleRight = null;
		if (label.title() != null && !label.title().isEmpty()) {
			this.titles++;
			titleRight = normalizeTitle(label.title()).equals(normalizeTitle(prediction.title()));
			this.titlesRight += titleRight ? 1 : 0;
		}
		Set<String> spurious = Set.of();
		Set<String> missed = Set.of();
		if (label.authors() != null && !label.authors().isEmpty()) {
			this.authorFiles++;
			Set<String> got = names(prediction.authors());
			Set<String> expected = names(label.authors());
			Set<String> right = new HashSet<>(got);
			right.retainAll(expected);
			spurious = new HashSet<>(got);
			spurious.removeAll(expected);
			missed = new HashSet<>(expected);
			missed.removeAll(got);
			this.authorsRight += right.size();
			this.authorsSpurious += spurious.size();
			this.authorsMissed += missed.size();
		}
		if (label.published() != null && !label.published().isEmpty()) {
			this.dates++;
			String given = prediction.publishedDate();
			if (given != null && !given.isEmpty()) {
				this.datesGiven++;
			}
			if (label.published().equals(given)) {
				this.datesRight++;
			}
			else if (given != null && !given.isEmpty()) {
				this.datesWrong++;
			}
		}
		return new PageScore(body, titleRight, spurious, missed);
	}

	/** The set's figures so far. */
	public Scores scores() {
		double precision = mean(this.precisions);
		double recall = mean(this.recalls);
		double f1 = (precision + recall > 0) ? 2 * precision * recall / (precision + recall) : 0;
		return new Scores(this.files, this.missing, f1, precision, recall, ratio(this.titlesRight, this.titles),
				ratio(this.authorsRight, this.authorsRight + this.authorsSpurious),
				ratio(this.authorsRight, this.authorsRight + this.authorsMissed), ratio(this.datesRight, this.dates),
				ratio(this.datesRight, this.datesGiven), this.datesWrong);
	}

	private static double mean(List<Double> values) {
		return values.isEmpty() ? 0 : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
	}

	private static double ratio(int part, int whole) {
		return (whole > 0) ? (double) part / whole : 0;
	}

	/**
	 * Shingle precision and recall of one body, as {@code score.py}'s {@code prf}.
	 * @param expected the labelled article text
	 * @param predicted the extracted body
	 * @return the figures
	 */
	static BodyScore body(String expected, String predicted) {
		Map<List<String>, Integer> truth = shingles(expected);
		Map<List<String>, Integer> guess = shingles(predicted);
		Set<List<String>> keys = new HashSet<>(truth.keySet());
		keys.addAll(guess.keySet());
		long tp = 0;
		long fp = 0;
		long fn = 0;
		for (List<String> key : keys) {
			int a = truth.getOrDefault(key, 0);
			int b = guess.getOrDefault(key, 0);
			tp += Math.min(a, b);
			fp += Math.max(0, b - a);
			fn += Math.max(0, a - b);
		}
		double precision = (fp == 0 && fn == 0) ? 1.0 : ((tp == 0 && fp == 0) ? 0.0 : (double) tp / (tp + fp));
		double recall = (fp == 0 && fn == 0) ? 1.0 : ((tp == 0 && fn == 0) ? 0.0 : (double) tp / (tp + fn));
		return new BodyScore(precision, recall, tp + fp > 0, tp + fn > 0);
	}

	private static Map<List<String>, Integer> shingles(String text) {
		List<String> tokens = words(text);
		Map<List<String>, Integer> shingles = new HashMap<>();
		int count = Math.max(1, tokens.size() - SHINGLE + 1);
		for (int i = 0; i < count; i++) {
			List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + SHINGLE, tokens.size()));
			if (!shingle.isEmpty()) {
				shingles.merge(List.copyOf(shingle), 1, Integer::sum);
			}
		}
		return shingles;
	}

	/** Python's {@code re.findall(r'\w+', text)}: letters, numbers and underscores. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		int start = -1;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (isPythonWordCharacter(codePoint)) {
				if (start < 0) {
					start = i;
				}
			}
			else if (start >= 0) {
				words.add(text.substring(start, i));
				start = -1;
			}
			i += Character.charCount(codePoint);
		}
		if (start >= 0) {
			words.add(text.substring(start));
		}
		return words;
	}

	private static boolean isPythonWordCharacter(int codePoint) {
		if (codePoint == '_' || Character.isLetter(codePoint)) {
			return true;
		}
		int type = Character.getType(codePoint);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	private static boolean isPythonSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
	}

	/**
	 * {@code score.py}'s {@code norm}: NFKC, case fold, typographic quotes made plain,
	 * spaces collapsed, punctuation trimmed from both ends.
	 * @param title a title or {@code null}
	 * @return the normalised title, or {@code null}
	 */
	public static String normalizeTitle(String title) {
		if (title == null) {
			return null;
		}
		String folded = UCharacter.foldCase(Normalizer.normalize(title, Normalizer.Form.NFKC), true);
		folded = folded.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
		StringBuilder collapsed = new StringBuilder(folded.length());
		boolean inSpace = false;
		for (int i = 0; i < folded.length();) {
			int codePoint = folded.codePointAt(i);
			if (isPythonSpace(codePoint)) {
				if (!inSpace) {
					collapsed.append(' ');
				}
				inSpace = true;
			}
			else {
				collapsed.appendCodePoint(codePoint);
				inSpace = false;
			}
			i += Character.charCount(codePoint);
		}
		int from = 0;
		int to = collapsed.length();
		while (from < to && TITLE_TRIM.indexOf(collapsed.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && TITLE_TRIM.indexOf(collapsed.charAt(to - 1)) >= 0) {
			to--;
		}
		return collapsed.substring(from, to);
	}

	/**
	 * {@code score.py}'s {@code name_norm}: accents removed, case folded, runs of
	 * non-word characters made one space.
	 * @param name an author name
	 * @return the normalised name
	 */
	static String normalizeName(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
		StringBuilder bare = new StringBuilder(decomposed.length());
		decomposed.codePoints()
			.filter((codePoint) -> UCharacter.getCombiningClass(codePoint) == 0)
			.forEach(bare::appendCodePoint);
		String folded = UCharacter.foldCase(bare.toString(), true);
		StringBuilder spaced = new StringBuilder(folded.length());
		boolean inGap = false;
		for (int i = 0; i < folded.length();) {
			int codePoint = folded.codePointAt(i);
			if (isPythonWordCharacter(codePoint)) {
				spaced.appendCodePoint(codePoint);
				inGap = false;
			}
			else if (!inGap) {
				spaced.append(' ');
				inGap = true;
			}
			i += Character.charCount(codePoint);
		}
		return spaced.toString().strip();
	}

	private static Set<String> names(List<String> names) {
		Set<String> normalized = new HashSet<>();
		if (names != null) {
			names.forEach((name) -> normalized.add(normalizeName(name)));
		}
		return normalized;
	}

	/**
	 * Rounds as Python's {@code round(x, 3)} does and prints as Python prints a float.
	 * @param value a figure
	 * @return its text in {@code score.py}'s {@code SCORE} line
	 */
	static String python(double value) {
		String text = new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
		return text.contains(".") ? text : text + ".0";
	}

	/**
	 * One body's figures.
	 *
	 * @param precision shingle precision
	 * @param recall shingle recall
	 * @param predicted whether the extractor gave any body (the precision counts)
	 * @param expected whether the label has any text (the recall counts)
	 */
	public record BodyScore(double precision, double recall, boolean predicted, boolean expected) {

		/** The page's own F1. */
		public double f1() {
			return (this.precision + this.recall > 0)
					? 2 * this.precision * this.recall / (this.precision + this.recall) : 0;
		}

	}

	/**
	 * One page's figures.
	 *
	 * @param body the body's figures, or {@code null} when the body is not labelled
	 * @param titleRight whether the title is right, or {@code null} when not labelled
	 * @param spuriousAuthors normalised names given but not labelled
	 * @param missedAuthors normalised names labelled but not given
	 */
	public record PageScore(BodyScore body, Boolean titleRight, Set<String> spuriousAuthors,
			Set<String> missedAuthors) {

	}

	/**
	 * The figures of a whole set, as {@code score.py}'s {@code SCORE} line.
	 *
	 * @param files pages scored
	 * @param missing labelled pages without a prediction
	 * @param bodyF1 harmonic mean of the mean precision and the mean recall
	 * @param bodyPrecision mean shingle precision over pages given a body
	 * @param bodyRecall mean shingle recall over pages with a labelled body
	 * @param title share of labelled titles matched exactly
	 * @param authorsPrecision right names over names given
	 * @param authorsRecall right names over names labelled
	 * @param dateAccuracy right dates over labelled dates
	 * @param datePrecision right dates over dates given
	 * @param dateWrong pages given a date that is not the label's
	 */
	public record Scores(int files, int missing, double bodyF1, double bodyPrecision, double bodyRecall, double title,
			double authorsPrecision, double authorsRecall, double dateAccuracy, double datePrecision, int dateWrong) {

		/** The line {@code score.py} prints last, figure for figure. */
		public String scoreLine() {
			return "SCORE files=" + this.files + " missing=" + this.missing + " body_f1=" + python(this.bodyF1)
					+ " body_p=" + python(this.bodyPrecision) + " body_r=" + python(this.bodyRecall) + " title="
					+ python(this.title) + " authors_p=" + python(this.authorsPrecision) + " authors_r="
					+ python(this.authorsRecall) + " date_acc=" + python(this.dateAccuracy) + " date_p="
					+ python(this.datePrecision) + " date_wrong=" + this.dateWrong;
		}

	}

}
