package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits text lines into paragraphs. Scraped files come in two shapes: paragraphs
 * separated by blank lines, and one paragraph per line with no blank lines at all. Both
 * are handled by treating every non-blank line as a paragraph, unless the file is
 * hard-wrapped (a paragraph spread over several lines of similar width), in which case
 * the lines of a paragraph are joined again.
 */
final class Paragraphs {

	// A line counts as filled to the wrap width when it reaches this share of the widest.
	private static final double FULL_LINE = 0.6;

	private static final int MAX_WRAP_WIDTH = 120;

	// A writer who wraps by hand wraps at 60 to 80 columns: a shorter line that stops
	// before a lower-case one is a menu entry or link over the next, as in a page
	// saved without blank lines, not a sentence going on.
	private static final int MIN_WRAP_WIDTH = 40;

	private Paragraphs() {
	}

	/**
	 * Splits lines into paragraphs.
	 * @param lines the lines of the file, already normalised
	 * @param from the index of the first line to use (after front matter)
	 * @return the paragraphs in file order
	 */
	static List<Paragraph> split(String[] lines, int from) {
		boolean wrapped = isHardWrapped(lines, from);
		List<Paragraph> paragraphs = new ArrayList<>();
		// A paragraph of one line (most, and all of a file that is not hard-wrapped) is
		// that line: only the lines of a wrapped paragraph are copied to be joined.
		String current = null;
		StringBuilder joined = null;
		int currentLine = 0;
		int blockWidth = 0;
		for (int i = from; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || isSeparator(line)) {
				flush(paragraphs, current, joined, currentLine);
				current = null;
				joined = null;
				blockWidth = 0;
				continue;
			}
			if (current != null && wrapped && continues(lines, i, blockWidth, line)) {
				if (joined == null) {
					joined = new StringBuilder(current);
				}
				joined.append(' ').append(line);
				continue;
			}
			flush(paragraphs, current, joined, currentLine);
			current = line;
			joined = null;
			currentLine = i + 1;
			if (wrapped && blockWidth == 0) {
				blockWidth = blockWidth(lines, i);
			}
		}
		flush(paragraphs, current, joined, currentLine);
		return paragraphs;
	}

	private static void flush(List<Paragraph> paragraphs, String current, StringBuilder joined, int line) {
		if (current != null) {
			paragraphs.add(new Paragraph((joined != null) ? joined.toString() : current, line));
		}
	}

	// Joins line i to the paragraph when the line before it was filled up to the wrap
	// width (so the writer did not end the paragraph there) and line i is not a list
	// item.
	private static boolean continues(String[] lines, int i, int blockWidth, String line) {
		String previous = lines[i - 1].strip();
		if (previous.isEmpty() || Texts.isListItem(line)) {
			return false;
		}
		return previous.length() >= FULL_LINE * blockWidth;
	}

	private static int blockWidth(String[] lines, int start) {
		int width = 0;
		for (int i = start; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				break;
			}
			width = Math.max(width, line.length());
		}
		return width;
	}

	/**
	 * A file is hard-wrapped when lines inside multi-line blocks are narrow, and many of
	 * them stop mid-sentence, filled to a wrap width, with the sentence going on,
	 * lower-case, on the next line.
	 */
	static boolean isHardWrapped(String[] lines, int from) {
		int candidates = 0;
		int continuations = 0;
		int tooWide = 0;
		for (int i = from; i + 1 < lines.length; i++) {
			String line = lines[i].strip();
			String next = lines[i + 1].strip();
			if (line.isEmpty() || next.isEmpty()) {
				continue;
			}
			candidates++;
			if (line.length() > MAX_WRAP_WIDTH) {
				tooWide++;
				continue;
			}
			// Georgian's letters are lower case to Unicode, but the script has no
			// capitals: a Georgian line under a menu word goes on no sentence.
			char first = next.charAt(0);
			if (line.length() >= MIN_WRAP_WIDTH && !Texts.endsWithSentencePunctuation(line)
					&& Texts.isCasedLowerCase(first)) {
				continuations++;
			}
		}
		return continuations >= 2 && continuations * 3 >= candidates && tooWide * 10 < candidates;
	}

	private static boolean isSeparator(String line) {
		if (line.length() > 40) {
			return false;
		}
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if ("-=_*~#•·.—–+".indexOf(c) < 0 && !Character.isWhitespace(c)) {
				return false;
			}
		}
		return line.length() >= 3;
	}

	/**
	 * The blocks of a stretch that are still kept, in page order: the body's walks over
	 * its boxes look past the blocks already left out (a caption, a share bar), as the
	 * reader does.
	 * @param removed the blocks left out so far
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @return the indexes of the kept blocks, none when {@code to} is not past
	 * {@code from}
	 */
	static int[] kept(boolean[] removed, int from, int to) {
		int[] kept = new int[Math.max(0, to - from)];
		int size = 0;
		for (int i = from; i < to; i++) {
			if (!removed[i]) {
				kept[size++] = i;
			}
		}
		return Arrays.copyOf(kept, size);
	}

}
