package io.broadsheet.corpus.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the headline of an article located inside a whole page: of the lines just above
 * the article's first block, the best scored headline candidate, not the first short line
 * (which is a menu entry in a whole page). A page-title line saved at the top of the page
 * ({@code Headline - Site}, {@code Headline | Site}, or the headline alone) confirms a
 * candidate and names the site.
 * <p>
 * A candidate scores for its length in words (headlines are sentences without a period),
 * for a byline or date line under it, and most for a page-title confirmation; it loses
 * for each line between it and the article and for the shape of a sentence.
 */
final class HeadlineFinder {

	// How many blocks above the article are looked at.
	private static final int REACH = 40;

	// The page title is saved among the first lines of the page.
	private static final int PAGE_TITLE_LINES = 3;

	private static final int MAX_HEADLINE = 250;

	private static final double CONFIRMED = 4;

	private static final double PER_LINE_ABOVE = 0.1;

	private static final double WITH_BYLINE_OR_DATE = 2;

	private static final double SENTENCE = 2;

	// Headlines are rarely longer than this many words; ledes and teasers are.
	private static final int LONG_HEADLINE = 20;

	private static final double MIN_SCORE = 1.5;

	private static final String[] TRAIL_SEPARATORS = { " » ", " > ", " >> ", " / ", " › " };

	private static final String[] SITE_SEPARATORS = { " | ", " - ", " – ", " — ", " :: ", " · ", " » " };

	/**
	 * The headline found, scored.
	 *
	 * @param text the headline as shown
	 * @param index the block it stands in
	 * @param score how sure the finder is
	 * @param confirmed whether the page title confirms it
	 * @param siteName the site the page title names after the headline, or {@code null}
	 */
	record Headline(String text, int index, double score, boolean confirmed, String siteName) {

	}

	private HeadlineFinder() {
	}

	/**
	 * The best headline above the article.
	 * @param paragraphs the page's blocks
	 * @param start the article's first block
	 * @return the headline, or {@code null} when no line is headline enough
	 */
	static Headline find(List<Paragraph> paragraphs, int start) {
		Set<String> pageTitles = new HashSet<>();
		String[] siteNames = new String[PAGE_TITLE_LINES];
		int top = Math.min(PAGE_TITLE_LINES, paragraphs.size());
		for (int i = 0; i < top; i++) {
			String text = paragraphs.get(i).text();
			pageTitles.add(Texts.key(text));
			for (String separator : SITE_SEPARATORS) {
				int at = text.lastIndexOf(separator);
				if (at > 0) {
					pageTitles.add(Texts.key(text.substring(0, at)));
					siteNames[i] = text.substring(at + separator.length()).strip();
				}
			}
		}
		Headline best = null;
		int linesAbove = 0;
		for (int i = Math.min(start, paragraphs.size()) - 1; i >= 0 && i >= start - REACH; i--) {
			String text = paragraphs.get(i).text();
			if (Boilerplate.isNoise(text)) {
				continue;
			}
			linesAbove++;
			String headline = TitleDetector.headlineText(afterTrail(text));
			if (!isCandidate(headline)) {
				continue;
			}
			boolean confirmed = i >= top && pageTitles.contains(Texts.key(headline));
			int words = Texts.words(headline, LONG_HEADLINE + 1);
			double score = Math.min(words, 12) / 4.0 - PER_LINE_ABOVE * linesAbove;
			if (words > LONG_HEADLINE) {
				score -= SENTENCE;
			}
			if (confirmed) {
				score += CONFIRMED;
			}
			if (Texts.endsWithSentencePunctuation(headline) && !headline.endsWith("?") && !headline.endsWith("!")) {
				score -= SENTENCE;
			}
			if (i + 1 < paragraphs.size() && isBylineOrDateLine(paragraphs.get(i + 1).text())
					|| i + 2 < paragraphs.size() && isBylineOrDateLine(paragraphs.get(i + 2).text())) {
				score += WITH_BYLINE_OR_DATE;
			}
			if (best == null || score > best.score()) {
				String site = null;
				for (int k = 0; k < top && confirmed; k++) {
					site = (site != null) ? site : siteNames[k];
				}
				best = new Headline(headline, i, score, confirmed, site);
			}
		}
		return (best != null && best.score() >= MIN_SCORE) ? best : null;
	}

	// "Home » News » Headline", "Home / India News / Headline": the headline after its
	// navigation trail.
	private static String afterTrail(String text) {
		int cut = -1;
		for (String separator : TRAIL_SEPARATORS) {
			int at = text.lastIndexOf(separator);
			if (at >= 0 && at + separator.length() > cut) {
				cut = at + separator.length();
			}
		}
		if (cut < 0) {
			return text;
		}
		String last = text.substring(cut).strip();
		return (Texts.words(last, 3) >= 3) ? last : text;
	}

	private static boolean isCandidate(String text) {
		if (text.length() < 10 || text.length() > MAX_HEADLINE || !Texts.hasLetter(text)) {
			return false;
		}
		if (Texts.words(text, 2) < 2 || text.endsWith(":") || text.endsWith(",")
				|| text.toLowerCase(Locale.ROOT).equals(text)) {
			return false;
		}
		return !Boilerplate.isBreadcrumb(text) && !Boilerplate.isSectionLabel(text) && !Boilerplate.isCaption(text)
				&& !hasInnerSentenceEnd(text) && !Texts.isDomainName(text) && !Texts.isListItem(text)
				&& !isBylineOrDateLine(text) && !Boilerplate.isBareLink(text);
	}

	// "Get breaking news alerts. The stories that matter.": two sentences are a blurb.
	private static boolean hasInnerSentenceEnd(String text) {
		for (int i = 1; i + 2 < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
					&& Character.isUpperCase(text.charAt(i + 2)) && Character.isLowerCase(text.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBylineOrDateLine(String text) {
		return BylineDetector.byline(text) != null || BylineDetector.isBylineShaped(text)
				|| DateLineDetector.detect(text) != null;
	}

}
