package io.broadsheet.extract;

import java.util.List;

/**
 * What one tokenizing pass over a page's longer blocks tells: the page's language (the
 * stop-word set its text hits most) and each block's stop-word density in that language.
 * Both used to take a pass of their own, each folding and looking up every word again;
 * now every word is looked up once, and the stages read the result.
 * <p>
 * The language is chosen from letter runs (the first {@value #LANGUAGE_SAMPLE} words of
 * the page's longer blocks); a block's density counts runs of letters and digits in its
 * first {@value Paragraph.Words#DENSITY_SAMPLE} characters. Where a run is the same word
 * for both (most words: a word without digits) its look-up serves both.
 */
final class PageFacts {

	/** No language: the page's text hits no stop-word set enough to choose one. */
	static final int NONE = StopWords.NONE;

	// Enough stop words on the page to trust the language chosen from them.
	private static final int MIN_LANGUAGE_HITS = 20;

	// Only so many words are sampled to choose the language.
	private static final int LANGUAGE_SAMPLE = 20000;

	private final int language;

	private final double[] density;

	private PageFacts(int language, double[] density) {
		this.language = language;
		this.density = density;
	}

	/**
	 * Reads the page's blocks once.
	 * @param paragraphs the page's blocks
	 * @param measured blocks shorter than this are neither sampled nor measured
	 * @return the page's facts
	 */
	static PageFacts of(List<Paragraph> paragraphs, int measured) {
		int size = paragraphs.size();
		int languages = StopWords.languages();
		long[] hits = new long[languages];
		// Per measured block its words and how many are stop words: per language while
		// the language is still being chosen, of the chosen one after.
		int[] words = new int[size];
		int[][] tallies = new int[size][];
		int[] stops = new int[size];
		Integer chosen = null;
		// one buffer for every block the pass reads: as long as the longest of them
		int longest = 0;
		for (Paragraph block : paragraphs) {
			if (block.text().length() >= measured) {
				longest = Math.max(longest, block.text().length());
			}
		}
		Sampler sampler = new Sampler(longest);
		for (int i = 0; i < size; i++) {
			Paragraph block = paragraphs.get(i);
			if (block.text().length() < measured) {
				continue;
			}
			if (chosen == null) {
				tallies[i] = new int[languages];
				words[i] = sampler.read(block, hits, tallies[i], 0L);
				if (sampler.sampledAll()) {
					// no more votes: the language is what it will be
					chosen = choose(hits);
				}
			}
			else if (chosen != NONE) {
				words[i] = sampler.read(block, hits, null, 1L << chosen);
				stops[i] = sampler.stops;
			}
		}
		int language = (chosen != null) ? chosen : choose(hits);
		double[] density = new double[size];
		if (language == NONE) {
			return new PageFacts(NONE, density);
		}
		for (int i = 0; i < size; i++) {
			int inLanguage = (tallies[i] != null) ? tallies[i][language] : stops[i];
			density[i] = (words[i] > 0) ? (double) inLanguage / words[i] : 0;
		}
		return new PageFacts(language, density);
	}

	private static int choose(long[] hits) {
		int language = StopWords.language(hits);
		return (language != NONE && hits[language] >= MIN_LANGUAGE_HITS) ? language : NONE;
	}

	/**
	 * The page's stop-word language, as {@link StopWords} numbers them, or {@link #NONE}.
	 */
	int language() {
		return this.language;
	}

	/**
	 * The share of a measured block's words that are stop words of the page's language; 0
	 * when the page has no language or the block was too short to measure.
	 */
	double density(int block) {
		return this.density[block];
	}

	/**
	 * One page's pass: the language words sampled so far and one buffer for all blocks.
	 */
	private static final class Sampler {

		private int sampled;

		// The stop words of the given language in the last block read without a tally.
		private int stops;

		private final char[] buffer;

		Sampler(int longest) {
			this.buffer = new char[longest];
		}

		boolean sampledAll() {
			return this.sampled >= LANGUAGE_SAMPLE;
		}

		/**
		 * Votes with the block's letter runs while the page's sample lasts, and tallies
		 * the stop words among the runs of letters and digits of the block's start: per
		 * language into {@code tally}, or, when it is {@code null}, those of
		 * {@code language} (its bit) into {@link #stops}. The letter runs are the block's
		 * {@link Paragraph#words words}, looked up once for this and for the body's
		 * language; a run of letters and digits that is one of them (most are: a word
		 * without digits) takes its look-up from there.
		 * @return how many runs of letters and digits the block's start holds
		 */
		int read(Paragraph block, long[] hits, int[] tally, long language) {
			this.stops = 0;
			String text = block.text();
			int length = text.length();
			char[] chars = this.buffer;
			text.getChars(0, length, chars, 0);
			// While the page's sample lasts the block's letter runs vote; past it only
			// the start of the block is read, for its density.
			Paragraph.Words words = block.words(chars, Math.max(0, LANGUAGE_SAMPLE - this.sampled));
			for (int k = 0; k < words.count() && this.sampled < LANGUAGE_SAMPLE; k++) {
				for (long bits = StopWords.ownLanguages(words.bits(k)); bits != 0; bits &= bits - 1) {
					hits[Long.numberOfTrailingZeros(bits)]++;
				}
				this.sampled++;
			}
			for (int k = 0; k < words.densityWords(); k++) {
				long bits = StopWords.ownLanguages(words.densityBits(k));
				if (tally == null) {
					this.stops += ((bits & language) != 0) ? 1 : 0;
				}
				else {
					for (; bits != 0; bits &= bits - 1) {
						tally[Long.numberOfTrailingZeros(bits)]++;
					}
				}
			}
			return words.densityWords();
		}

	}

}
