package io.broadsheet.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The words an article opens with, to tell its headline from the other short lines around
 * it: a headline names what its article's first paragraphs tell ("Joe Biden predicts
 * Trump will try to delay elections" over "Joe Biden said Thursday he believes Donald
 * Trump will try to delay…"), while a share button, a byline, a menu entry or a related
 * story's headline shares few of their words. It holds in any language: words are
 * compared by their first letters (a crude stem that matches "predicts" and "predicted",
 * "Wahl" and "Wahlen"), and scripts written without spaces by pairs of characters.
 * <p>
 * Built once per page from a bounded sample of text, so the check stays linear.
 */
final class ArticleVocabulary {

	// How much of the article's opening is read.
	private static final int SAMPLE_CHARS = 3000;

	// Words are compared by so many first characters.
	private static final int STEM = 5;

	// Shorter words are mostly function words in the spaced scripts.
	private static final int MIN_WORD = 4;

	// A line is compared by at most so many of its words.
	private static final int MAX_LINE_WORDS = 40;

	// A line shares all its words with the article only when it has this many to
	// compare: two words ("What you agree to" holds "what" and "agree") match any text
	// by chance, so a menu entry of few words must not weigh as a headline naming the
	// story.
	private static final int FULL_SHARE_WORDS = 3;

	// Stem to the blocks that hold it: the count, and the last block seen.
	private final Map<String, int[]> blocks = new HashMap<>();

	private ArticleVocabulary() {
	}

	/**
	 * The vocabulary of the article's opening blocks.
	 * @param paragraphs the page's blocks
	 * @param start the article's first block
	 * @return the vocabulary
	 */
	static ArticleVocabulary of(List<Paragraph> paragraphs, int start) {
		if (start < 0 || start >= paragraphs.size()) {
			return read(paragraphs, start);
		}
		// The headline finder asks for the same start's vocabulary several times (the
		// search above it, then whether the headline found is weak, there and in the
		// extractor): read once, kept by the block the article starts at.
		return paragraphs.get(start).openingVocabulary(paragraphs, start);
	}

	/** Reads the vocabulary of the article's opening blocks, not kept. */
	static ArticleVocabulary read(List<Paragraph> paragraphs, int start) {
		ArticleVocabulary vocabulary = new ArticleVocabulary();
		int read = 0;
		for (int i = Math.max(0, start); i < paragraphs.size() && read < SAMPLE_CHARS; i++) {
			String text = paragraphs.get(i).text();
			int end = Math.min(text.length(), SAMPLE_CHARS - read);
			read += end;
			int block = i;
			forEachStem(text, end, Integer.MAX_VALUE, (stem) -> {
				int[] seen = vocabulary.blocks.computeIfAbsent(stem, (key) -> new int[] { 0, -1 });
				if (seen[1] != block) {
					seen[0]++;
					seen[1] = block;
				}
			});
		}
		return vocabulary;
	}

	/**
	 * The share of a line's words that the article's opening holds, not counting the
	 * line's own block.
	 * @param line the candidate line
	 * @param index the block the line stands in
	 * @return a share from 0 to 1, or 0 when the line has fewer than two words to
	 * compare; a line of two words shares two thirds at most
	 */
	double share(String line, int index) {
		int[] counts = new int[2];
		forEachStem(line, line.length(), MAX_LINE_WORDS, (stem) -> {
			counts[0]++;
			int[] seen = this.blocks.get(stem);
			if (seen != null && (seen[0] > 1 || seen[1] != index)) {
				counts[1]++;
			}
		});
		return (counts[0] < 2) ? 0 : (double) counts[1] / Math.max(counts[0], FULL_SHARE_WORDS);
	}

	// Calls back with the stem of every word long enough to mean something, and every
	// pair of characters of a script written without spaces, among the text's first
	// length characters (the words as cut there).
	private static void forEachStem(String text, int length, int limit, Consumer<String> stems) {
		int emitted = 0;
		int i = 0;
		while (i < length && emitted < limit) {
			char c = text.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				i++;
				continue;
			}
			if (isUnspaced(c)) {
				if (i + 1 < length && isUnspaced(text.charAt(i + 1))) {
					stems.accept(text.substring(i, i + 2));
					emitted++;
				}
				i++;
				continue;
			}
			int end = i;
			while (end < length && Character.isLetterOrDigit(text.charAt(end)) && !isUnspaced(text.charAt(end))) {
				end++;
			}
			if (end - i >= MIN_WORD) {
				stems.accept(stem(text, i, Math.min(end, i + STEM)));
				emitted++;
			}
			i = end;
		}
	}

	// The stem lower-cased: an ASCII stem (most) in one copy, any other as
	// String.toLowerCase(Locale.ROOT) does it (which may change its length: "İ").
	private static String stem(String text, int from, int to) {
		char[] chars = new char[to - from];
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if (c >= 0x80) {
				return text.substring(from, to).toLowerCase(Locale.ROOT);
			}
			chars[k - from] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
		}
		return new String(chars);
	}

	static boolean isUnspaced(char c) {
		if (c < 0x0E00) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
	}

}
