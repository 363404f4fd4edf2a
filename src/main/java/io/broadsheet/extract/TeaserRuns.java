package io.broadsheet.extract;

import java.util.List;

/**
 * Lists of other stories under an article whose teasers show their headline twice, as a
 * page's text dump gives a card's image link and its title link: "Business" / "Emirates
 * to get 30 Boeing 787 Dreamliners" / "Business" / "Emirates to get 30 Boeing 787
 * Dreamliners" / a deck sentence, teaser after teaser. Each deck is a sentence, so the
 * walk up from the page's end stopped at the last one and kept the whole list.
 * <p>
 * The evidence is about the run, never one line: a headline-shaped line repeated one or
 * two blocks below, at least twice in a row, the teasers at most a deck and a label
 * apart. An article repeats no headline-shaped line that close, and one repeated line (a
 * subhead over a quote of itself) is no run. Each teaser's first block (its section's
 * name, when the name is shown twice too) is a strong tail marker, so the body ends at
 * the first; the decks and labels between them let the walk pass on to it.
 * <p>
 * One pass over the blocks, each compared with the two below it: linear.
 */
final class TeaserRuns {

	// A teaser's headline is a line of some length: a section's name ("Business"),
	// repeated as often, is shorter.
	private static final int MIN_HEADLINE = 15;

	private static final int MAX_HEADLINE = 160;

	private static final int MAX_HEADLINE_WORDS = 24;

	// A list shows at least so many teasers.
	private static final int MIN_TEASERS = 2;

	// Between one teaser's repeated headline and the next teaser: its deck and a label
	// ("Latest Business") at most.
	private static final int MAX_GAP = 2;

	// The last teaser's deck is a sentence or two.
	private static final int MAX_DECK = 400;

	private static final TeaserRuns NONE = new TeaserRuns(0, new byte[0]);

	private static final byte INSIDE = 1;

	private static final byte FIRST = 2;

	private final int from;

	private final byte[] marks;

	private TeaserRuns(int from, byte[] marks) {
		this.from = from;
		this.marks = marks;
	}

	/** The runs of teasers among blocks {@code [from, to)}. */
	static TeaserRuns find(List<Paragraph> paragraphs, int from, int to) {
		if (to - from < MIN_TEASERS * 2) {
			return NONE;
		}
		byte[] marks = new byte[to - from];
		int runStart = -1;
		int teasers = 0;
		int lastEnd = -1;
		int j = from;
		while (j < to) {
			int second = repeatedHeadline(paragraphs, j, to);
			if (second < 0) {
				j++;
				continue;
			}
			// "Business" / headline / "Business" / headline: the section's name is shown
			// twice with it, and the teaser starts at the name.
			int start = (second == j + 2 && j > from && same(paragraphs, j - 1, j + 1)) ? j - 1 : j;
			if (teasers > 0 && start - lastEnd - 1 > MAX_GAP) {
				close(paragraphs, marks, from, to, runStart, teasers, lastEnd);
				teasers = 0;
			}
			if (teasers == 0) {
				runStart = start;
			}
			marks[start - from] = FIRST;
			teasers++;
			// A section's name long enough to pass for a headline is found first: the
			// headline under it is shown twice too, and the teaser ends at its second.
			lastEnd = (second == j + 2 && j + 3 < to && same(paragraphs, j + 1, j + 3)) ? j + 3 : second;
			j = lastEnd + 1;
		}
		if (teasers > 0) {
			close(paragraphs, marks, from, to, runStart, teasers, lastEnd);
		}
		return new TeaserRuns(from, marks);
	}

	/** Whether block {@code i} is a teaser's first block in a run of teasers. */
	boolean isFirstOfTeaser(int i) {
		return mark(i) == FIRST;
	}

	/** Whether block {@code i} stands in a run of teasers. */
	boolean isInside(int i) {
		return mark(i) != 0;
	}

	private byte mark(int i) {
		int k = i - this.from;
		return (k >= 0 && k < this.marks.length) ? this.marks[k] : 0;
	}

	// Marks a run's blocks when it holds enough teasers, its last teaser's deck with
	// them;
	// a lone teaser's mark is taken back.
	private static void close(List<Paragraph> paragraphs, byte[] marks, int from, int to, int runStart, int teasers,
			int lastEnd) {
		if (teasers < MIN_TEASERS) {
			marks[runStart - from] = 0;
			return;
		}
		int end = lastEnd;
		if (end + 1 < to && paragraphs.get(end + 1).text().length() <= MAX_DECK) {
			end++;
		}
		for (int k = runStart; k <= end; k++) {
			if (marks[k - from] == 0) {
				marks[k - from] = INSIDE;
			}
		}
	}

	// The block that repeats headline-shaped block {@code j} right under it or one block
	// further down (under an image's line or a section's name), or -1.
	private static int repeatedHeadline(List<Paragraph> paragraphs, int j, int to) {
		if (j + 1 >= to || !isHeadlineShaped(paragraphs.get(j).text())) {
			return -1;
		}
		if (same(paragraphs, j, j + 1)) {
			return j + 1;
		}
		return (j + 2 < to && same(paragraphs, j, j + 2)) ? j + 2 : -1;
	}

	// A headline ends in no full stop, though it may ask or exclaim.
	private static boolean isHeadlineShaped(String text) {
		if (text.length() < MIN_HEADLINE || text.length() > MAX_HEADLINE
				|| Texts.words(text, MAX_HEADLINE_WORDS) > MAX_HEADLINE_WORDS) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		return !Texts.endsWithSentencePunctuation(text) || last == '?' || last == '!';
	}

	private static boolean same(List<Paragraph> paragraphs, int a, int b) {
		return paragraphs.get(a).text().equals(paragraphs.get(b).text());
	}

}
