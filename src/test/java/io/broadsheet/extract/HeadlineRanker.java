package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ranks the headline lines around a located article with a fitted linear model, once the
 * hand rules ({@link HeadlineFinder}, the reader's title) have chosen: the rules' choice
 * is one feature among others that hold in any language (where the line stands against
 * the article's start, its length and case, a byline or date line under it, the page
 * title confirming it, the share of its words the article holds), so the model keeps it
 * unless the other signs clearly outweigh it. The weights are data
 * ({@code headline-ranker.tsv}), fitted on labelled pages by {@code HeadlineRankerFit} in
 * the tests, which anyone can run again.
 */
final class HeadlineRanker {

	// Blocks above and below the article's start whose lines are ranked.
	static final int ABOVE = 30;

	static final int BELOW = 10;

	// How many blocks above a line are read to tell a menu's run of short lines.
	private static final int MENU_LOOK = 6;

	private static final int MENU_WORDS = 3;

	private static final int RUNNING_TEXT = 100;

	private static final int MAX_WORDS = 20;

	/** The features, in the order of the weights file. */
	static final List<String> FEATURES = List.of("chosen", "finder", "confirmed", "bylineBelow", "share", "belowStart",
			"blocksAbove", "blocksBelow", "words", "long", "fullStop", "lowerStart", "upperCase", "repeated",
			"titleCase", "innerSentence", "menuAbove", "textAfter", "nearest", "digit");

	private HeadlineRanker() {
	}

	static double score(double[] features, double[] weights) {
		double sum = 0;
		for (int i = 0; i < features.length; i++) {
			sum += features[i] * weights[i];
		}
		return sum;
	}

	/**
	 * The lines ranked for a page: every headline candidate within {@link #ABOVE} blocks
	 * above the start and {@link #BELOW} below it, and the title the rules chose.
	 * @param paragraphs the page's blocks
	 * @param start the located article's first block
	 * @param headline the finder's headline, or {@code null}
	 * @param title the title the rules chose, or {@code null}
	 * @return the candidates, empty when the title was not read from a line
	 */
	static List<Candidate> candidates(List<Paragraph> paragraphs, int start, HeadlineFinder.Headline headline,
			Extracted<String> title) {
		List<Candidate> candidates = new ArrayList<>();
		if (title == null || title.source() != Source.TEXT || title.line() == null) {
			return candidates;
		}
		HeadlineFinder.PageTitle pageTitle = HeadlineFinder.PageTitle.of(paragraphs);
		Set<String> repeated = HeadlineFinder.repeatedKeys(paragraphs, start);
		ArticleVocabulary vocabulary = ArticleVocabulary.of(paragraphs, start);
		boolean chosenSeen = false;
		boolean nearestSeen = false;
		int from = Math.max(0, start - ABOVE);
		int to = Math.min(paragraphs.size(), start + BELOW + 1);
		for (int i = to - 1; i >= from; i--) {
			Paragraph block = paragraphs.get(i);
			boolean chosen = block.line() == title.line();
			if (!chosen && !isCandidate(paragraphs, i)) {
				continue;
			}
			boolean nearest = !nearestSeen && i < start;
			nearestSeen |= i < start;
			String text = chosen ? title.value() : block.headline();
			Extracted<String> its = chosen ? title
					: HeadlineFinder.withoutGluedParts(paragraphs, Extracted.fromText(text, block.line()));
			chosenSeen |= chosen;
			candidates.add(new Candidate(its, chosen, features(paragraphs, i, start, its.value(), chosen,
					headline != null && headline.index() == i, nearest, pageTitle, repeated, vocabulary)));
		}
		if (!chosenSeen) {
			int index = indexOfLine(paragraphs, title.line());
			double[] features = (index < 0) ? new double[FEATURES.size()]
					: features(paragraphs, index, start, title.value(), true,
							headline != null && headline.index() == index, false, pageTitle, repeated, vocabulary);
			features[0] = 1;
			candidates.add(new Candidate(title, true, features));
		}
		return candidates;
	}

	private static boolean isCandidate(List<Paragraph> paragraphs, int i) {
		Paragraph block = paragraphs.get(i);
		if (block.isNoise() || block.text().length() > 2 * RUNNING_TEXT + 50) {
			return false;
		}
		String headline = block.headline();
		return HeadlineFinder.isCandidate(headline, block) && !HeadlineFinder.isInRunOfAlikeLinks(paragraphs, i);
	}

	private static int indexOfLine(List<Paragraph> paragraphs, int line) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).line() == line) {
				return i;
			}
		}
		return -1;
	}

	private static double[] features(List<Paragraph> paragraphs, int i, int start, String text, boolean chosen,
			boolean finder, boolean nearest, HeadlineFinder.PageTitle pageTitle, Set<String> repeated,
			ArticleVocabulary vocabulary) {
		int words = Texts.spacedWords(text, MAX_WORDS + 1);
		double[] f = new double[FEATURES.size()];
		f[0] = chosen ? 1 : 0;
		f[1] = finder ? 1 : 0;
		f[2] = (i >= pageTitle.lines() && pageTitle.confirmsHeadline(text)) ? 1 : 0;
		f[3] = HeadlineFinder.bylineOrDateBelow(paragraphs, i) / 2;
		f[4] = (i < start) ? vocabulary.share(text, i) : 0;
		f[5] = (i >= start) ? 1 : 0;
		f[6] = (i < start) ? Math.min(start - i, ABOVE) / 10.0 : 0;
		f[7] = (i >= start) ? (i - start) / 10.0 : 0;
		f[8] = Math.min(words, MAX_WORDS) / 10.0;
		f[9] = (words > MAX_WORDS) ? 1 : 0;
		f[10] = HeadlineFinder.endsWithFullStop(text) ? 1 : 0;
		f[11] = HeadlineFinder.startsLowerCase(text) ? 1 : 0;
		f[12] = HeadlineFinder.isAllUpperCase(text) ? 1 : 0;
		f[13] = repeated.contains(Texts.key(text)) ? 1 : 0;
		f[14] = HeadlineFinder.isTitleCase(text) ? 1 : 0;
		f[15] = HeadlineFinder.hasInnerSentenceEnd(text) ? 1 : 0;
		f[16] = menuAbove(paragraphs, i);
		f[17] = textAfter(paragraphs, i) ? 1 : 0;
		f[18] = nearest ? 1 : 0;
		f[19] = Texts.hasDigit(text) ? 1 : 0;
		return f;
	}

	// The share of short lines among the blocks just above: a headline follows a menu's
	// run of links more often than a line inside a run of text does.
	private static double menuAbove(List<Paragraph> paragraphs, int i) {
		int seen = 0;
		int shortLines = 0;
		for (int j = i - 1; j >= 0 && seen < MENU_LOOK; j--) {
			seen++;
			if (Texts.words(paragraphs.get(j).text(), MENU_WORDS + 1) <= MENU_WORDS) {
				shortLines++;
			}
		}
		return (seen == 0) ? 0 : (double) shortLines / seen;
	}

	private static boolean textAfter(List<Paragraph> paragraphs, int i) {
		for (int j = i + 1; j < paragraphs.size() && j <= i + 3; j++) {
			if (paragraphs.get(j).text().length() >= RUNNING_TEXT) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A line ranked as the headline.
	 *
	 * @param title the title it would give
	 * @param chosen whether the rules chose it
	 * @param features its features, in the order of {@link #FEATURES}
	 */
	record Candidate(Extracted<String> title, boolean chosen, double[] features) {

	}

}
