package io.broadsheet.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	// Stem to the blocks that hold it: the count, and the last block seen. Stems of
	// ASCII characters (most, in the spaced scripts) are packed into a long each: no
	// string per word, and no string hashed and compared.
	private final Map<String, int[]> blocks = new HashMap<>();

	private final PackedStems packed = new PackedStems();

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
		return read(paragraphs, start, paragraphs.size(), SAMPLE_CHARS);
	}

	// The vocabulary of blocks [start, until), of their first sample characters.
	private static ArticleVocabulary read(List<Paragraph> paragraphs, int start, int until, int sample) {
		ArticleVocabulary vocabulary = new ArticleVocabulary();
		int read = 0;
		for (int i = Math.max(0, start); i < until && read < sample; i++) {
			String text = paragraphs.get(i).text();
			int end = Math.min(text.length(), sample - read);
			read += end;
			int block = i;
			Paragraph.Words words = paragraphs.get(i).wordsIfRead();
			if (words != null && words.isAsciiLettersOnly()) {
				// The page's pass has read the block's words, and they are its stems'
				// words (ASCII letters only: nothing unspaced, no digit): each one's
				// first letters are packed from where it stands, no character scanned
				// for where words end.
				for (int k = 0; k < words.count() && words.start(k) < end; k++) {
					int from = words.start(k);
					int to = Math.min(words.end(k), end);
					if (to - from >= MIN_WORD) {
						vocabulary.packed.see(packedStem(text, from, Math.min(to, from + STEM)), block);
					}
				}
				continue;
			}
			forEachStem(text, end, Integer.MAX_VALUE, new Stems() {

				@Override
				public void accept(long stem) {
					vocabulary.packed.see(stem, block);
				}

				@Override
				public void accept(String stem) {
					int[] seen = vocabulary.blocks.computeIfAbsent(stem, (key) -> new int[] { 0, -1 });
					if (seen[1] != block) {
						seen[0]++;
						seen[1] = block;
					}
				}

			});
		}
		return vocabulary;
	}

	/**
	 * Whether a line names a word that blocks {@code [from, to)} hold: a word of the line
	 * that is no stop word of any language, compared by its first letters as the
	 * vocabulary compares words. A box's heading names what the text above it tells
	 * ("PLATYPUS AT A GLANCE" under a story of a platypus, "HOW THE COUNT WORKS" under
	 * "the count took place …"); a list of other stories' label names nothing of it
	 * ("MOST READ", "EDITOR'S PICKS"). A stop word of any language is no word named, so
	 * that "most" or "more" in a label matches no text by chance (and "VISIT THE MILL"
	 * names nothing: "mill" is an Estonian one).
	 * @param line the line
	 * @param paragraphs the page's blocks
	 * @param from the first block read
	 * @param to the index after the last
	 * @return whether one of the line's words is held there
	 */
	static boolean namesWordOf(String line, List<Paragraph> paragraphs, int from, int to) {
		ArticleVocabulary vocabulary = read(paragraphs, from, to, Integer.MAX_VALUE);
		boolean[] named = new boolean[1];
		Stems held = new Stems() {

			@Override
			public void accept(long stem) {
				named[0] |= vocabulary.packed.heldOutside(stem, -1);
			}

			@Override
			public void accept(String stem) {
				named[0] |= vocabulary.blocks.containsKey(stem);
			}

		};
		int i = 0;
		while (i < line.length() && !named[0]) {
			if (!Character.isLetterOrDigit(line.charAt(i))) {
				i++;
				continue;
			}
			int end = i;
			while (end < line.length() && isWordCharacter(line.charAt(end))) {
				end++;
			}
			if (!StopWords.isStopWordAt(line, i)) {
				forEachStem(line.substring(i, end), end - i, Integer.MAX_VALUE, held);
			}
			i = end;
		}
		return named[0];
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
		forEachStem(line, line.length(), MAX_LINE_WORDS, new Stems() {

			@Override
			public void accept(long stem) {
				counts[0]++;
				counts[1] += ArticleVocabulary.this.packed.heldOutside(stem, index) ? 1 : 0;
			}

			@Override
			public void accept(String stem) {
				counts[0]++;
				int[] seen = ArticleVocabulary.this.blocks.get(stem);
				if (seen != null && (seen[0] > 1 || seen[1] != index)) {
					counts[1]++;
				}
			}

		});
		return (counts[0] < 2) ? 0 : (double) counts[1] / Math.max(counts[0], FULL_SHARE_WORDS);
	}

	// Calls back with the stem of every word long enough to mean something, and every
	// pair of characters of a script written without spaces, among the text's first
	// length characters (the words as cut there).
	private static void forEachStem(String text, int length, int limit, Stems stems) {
		int emitted = 0;
		int i = 0;
		while (i < length && emitted < limit) {
			char c = text.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				i++;
				continue;
			}
			if (Scripts.isWrittenWithoutSpaces(c)) {
				if (i + 1 < length && Scripts.isWrittenWithoutSpaces(text.charAt(i + 1))) {
					stems.accept(text.substring(i, i + 2));
					emitted++;
				}
				i++;
				continue;
			}
			int end = i;
			while (end < length && isWordCharacter(text.charAt(end))
					&& !Scripts.isWrittenWithoutSpaces(text.charAt(end))) {
				end++;
			}
			if (end - i >= MIN_WORD) {
				long ascii = packedStem(text, i, Math.min(end, i + STEM));
				if (ascii != 0) {
					stems.accept(ascii);
				}
				else {
					stem(text, i, Math.min(end, i + STEM), stems);
				}
				emitted++;
			}
			i = end;
		}
	}

	// A letter or digit of a word, or a mark that belongs to it: the vowel signs and
	// viramas Tamil, Devanagari, Bengali, the other Indic scripts, Lao and Burmese write
	// inside their words ("நூலகத்தில்", "पुस्तकालय") are marks, no letters, and a word
	// cut at each of them left pieces too short to compare, so that a headline in those
	// scripts shared no word with its article.
	private static boolean isWordCharacter(char c) {
		return Character.isLetterOrDigit(c) || DateParser.isWordChar(c);
	}

	// The stem of ASCII characters lower-cased and packed (PackedStems.pack), or 0 when
	// it holds another character.
	private static long packedStem(String text, int from, int to) {
		long packed = 0;
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if (c >= 0x80) {
				return 0;
			}
			packed = (packed << 7) | ((c >= 'A' && c <= 'Z') ? (c + ('a' - 'A')) : c);
		}
		return packed | ((long) (to - from) << PackedStems.LENGTH_SHIFT);
	}

	// A stem that holds a character beyond ASCII, lower-cased as
	// String.toLowerCase(Locale.ROOT) does it (which may change its length: "İ"), and
	// packed if that made it ASCII (the Kelvin sign's "k"), so that a stem is always
	// kept and looked up one way.
	private static void stem(String text, int from, int to, Stems stems) {
		String stem = text.substring(from, to).toLowerCase(Locale.ROOT);
		long ascii = (stem.length() <= PackedStems.MAX_CHARS) ? packedStem(stem, 0, stem.length()) : 0;
		if (ascii != 0) {
			stems.accept(ascii);
		}
		else {
			stems.accept(stem);
		}
	}

	// Where forEachStem sends each stem: packed, or as a string.
	private interface Stems {

		void accept(long stem);

		void accept(String stem);

	}

	/**
	 * Stems of at most {@value #MAX_CHARS} ASCII characters, packed seven bits a
	 * character with their length above (never 0), each with how many blocks hold it and
	 * the last block seen: an open-addressing table, a few hundred stems a page.
	 */
	private static final class PackedStems {

		static final int MAX_CHARS = 8;

		static final int LENGTH_SHIFT = 7 * MAX_CHARS;

		// An opening's 3,000 characters hold some 110-160 stems of words of four letters
		// or more (141 the median of the bench corpus's articles): over half of 256
		// slots, which grew the table once on nine articles in ten.
		private static final int INITIAL_CAPACITY = 512;

		private long[] keys = new long[INITIAL_CAPACITY];

		private int[] counts = new int[INITIAL_CAPACITY];

		private int[] lastBlocks = new int[INITIAL_CAPACITY];

		private int size;

		void see(long stem, int block) {
			int slot = slot(this.keys, stem);
			if (this.keys[slot] == 0) {
				this.keys[slot] = stem;
				this.lastBlocks[slot] = -1;
				if (++this.size * 2 > this.keys.length) {
					grow();
					slot = slot(this.keys, stem);
				}
			}
			if (this.lastBlocks[slot] != block) {
				this.counts[slot]++;
				this.lastBlocks[slot] = block;
			}
		}

		// Whether a block other than the given one holds the stem.
		boolean heldOutside(long stem, int block) {
			int slot = slot(this.keys, stem);
			return this.keys[slot] != 0 && (this.counts[slot] > 1 || this.lastBlocks[slot] != block);
		}

		private static int slot(long[] keys, long stem) {
			int mask = keys.length - 1;
			long mixed = stem * 0x9E3779B97F4A7C15L;
			int slot = (int) (mixed >>> 40) & mask;
			while (keys[slot] != 0 && keys[slot] != stem) {
				slot = (slot + 1) & mask;
			}
			return slot;
		}

		private void grow() {
			long[] keys = new long[2 * this.keys.length];
			int[] counts = new int[keys.length];
			int[] lastBlocks = new int[keys.length];
			for (int k = 0; k < this.keys.length; k++) {
				if (this.keys[k] != 0) {
					int slot = slot(keys, this.keys[k]);
					keys[slot] = this.keys[k];
					counts[slot] = this.counts[k];
					lastBlocks[slot] = this.lastBlocks[k];
				}
			}
			this.keys = keys;
			this.counts = counts;
			this.lastBlocks = lastBlocks;
		}

	}

}
