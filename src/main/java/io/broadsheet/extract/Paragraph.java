package io.broadsheet.extract;

import java.util.Arrays;
import java.util.List;

/**
 * One paragraph (block) of the article text, where it starts in the file, and the facts
 * about it that several stages ask for. A page's blocks are read by the locator, the
 * headline finder, the reader and the detectors, often several times each (the headline
 * finder looks again from each start it tries): each fact is computed on first use and
 * kept, so a block is folded and judged once per page whoever asks first.
 * <p>
 * Not a record: a record cannot keep what it has computed. Equal when text and line are
 * equal, as a record would be; the kept facts follow from the text, but for the
 * vocabulary of an article opening here, which is kept with the page it was read from,
 * and the page's {@link LineIndex}, kept on its first block.
 */
final class Paragraph {

	/**
	 * Where the paragraph read from the given line stands in the page's paragraphs.
	 * @param paragraphs the page's paragraphs
	 * @param line a 1-based line of the file
	 * @return its index, or -1 when no paragraph starts on that line
	 */
	static int indexOfLine(List<Paragraph> paragraphs, int line) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).line() == line) {
				return i;
			}
		}
		return -1;
	}

	private static final byte YES = 1;

	private static final byte NO = 2;

	private final String text;

	private final int line;

	// Computed on first use, without locks: a page's blocks are read by the one thread
	// that extracts it, never shared.
	private String key;

	private String headlineKey;

	private String headline;

	private String headlineReadKey;

	private byte noise;

	private byte prompt;

	private byte caption;

	private byte creditAtEnd;

	private byte promo;

	private byte aside;

	private byte headlineCandidate;

	private byte bylineOrDateLine;

	// Most blocks have no date line: null, once asked, is the answer.
	private DateLineDetector.DateLine dateLine;

	private boolean dateLineAsked;

	// Most blocks have no byline either.
	private List<String> byline;

	private boolean bylineAsked;

	private Words words;

	private ArticleVocabulary openingVocabulary;

	private List<Paragraph> openingVocabularyPage;

	private int openingVocabularyIndex;

	// The page's, kept on its first block only.
	private LineIndex lineIndex;

	/**
	 * A block of the file.
	 * @param text the paragraph, stripped, lines of a hard-wrapped paragraph joined by a
	 * space
	 * @param line the 1-based line of the file the paragraph starts on
	 */
	Paragraph(String text, int line) {
		this.text = text;
		this.line = line;
	}

	/** The paragraph, stripped, lines of a hard-wrapped paragraph joined by a space. */
	String text() {
		return this.text;
	}

	/** The 1-based line of the file the paragraph starts on. */
	int line() {
		return this.line;
	}

	/** The block's {@link Texts#key(String) key}: folded once, however often asked. */
	String key() {
		String folded = this.key;
		if (folded == null) {
			// kept here: Texts.key's memo of recent strings would only add a look-up
			folded = Texts.fold(this.text);
			this.key = folded;
		}
		return folded;
	}

	/**
	 * The block read as a headline: after its navigation trail
	 * ({@link HeadlineFinder#afterTrail(String)}), without what
	 * {@link TitleDetector#headlineText(String)} strips. The headline finder reads it
	 * from every start it tries and again for the page title's line.
	 */
	String headline() {
		String read = this.headline;
		if (read == null) {
			read = TitleDetector.headlineText(HeadlineFinder.afterTrail(this.text));
			this.headline = read;
		}
		return read;
	}

	/**
	 * The {@link Texts#key(String) key} of {@link #headline()}, folded once: the headline
	 * finder compares it with the page title's from every start it tries.
	 */
	String headlineReadKey() {
		String folded = this.headlineReadKey;
		if (folded == null) {
			String read = headline();
			// kept here, like key(): Texts.key's memo would only add a look-up
			folded = read.equals(this.text) ? key() : Texts.fold(read);
			this.headlineReadKey = folded;
		}
		return folded;
	}

	/**
	 * The key of the block read as a headline
	 * ({@link TitleDetector#headlineText(String)}): the block's own key when that leaves
	 * the text as it is, as it mostly does.
	 */
	String headlineKey() {
		String folded = this.headlineKey;
		if (folded == null) {
			String headline = TitleDetector.headlineText(this.text);
			folded = headline.equals(this.text) ? key() : Texts.key(headline);
			this.headlineKey = folded;
		}
		return folded;
	}

	/**
	 * Whether the block {@link #headline() read as a headline} may be one
	 * ({@link HeadlineFinder#isCandidate(String, Paragraph)}), judged once: the headline
	 * finder asks from every start it tries, and the windows of nearby starts overlap.
	 */
	boolean isHeadlineCandidate() {
		if (this.headlineCandidate == 0) {
			this.headlineCandidate = HeadlineFinder.isCandidate(headline(), this) ? YES : NO;
		}
		return this.headlineCandidate == YES;
	}

	/**
	 * Whether the block is page furniture: {@link Boilerplate#isNoise(String)}, judged
	 * once.
	 */
	boolean isNoise() {
		if (this.noise == 0) {
			this.noise = Boilerplate.isNoise(this) ? YES : NO;
		}
		return this.noise == YES;
	}

	/**
	 * Whether the block is a prompt to the reader:
	 * {@link Boilerplate#isPrompt(String, String)} of its text and key, judged once. The
	 * noise check, the reader's header and its tail's end ask it of the same blocks.
	 */
	boolean isPrompt() {
		if (this.prompt == 0) {
			this.prompt = Boilerplate.isPrompt(this.text, key()) ? YES : NO;
		}
		return this.prompt == YES;
	}

	/**
	 * Whether the block is a photo caption or credit:
	 * {@link Boilerplate#isCaption(String, String)} of its text and key, judged once. The
	 * locator's noise and aside checks, the headline finder's candidate check and the
	 * line under a candidate all ask it of the same blocks.
	 */
	boolean isCaption() {
		if (this.caption == 0) {
			this.caption = Boilerplate.isCaption(this.text, key()) ? YES : NO;
		}
		return this.caption == YES;
	}

	/**
	 * Whether the block ends with a photo's credit:
	 * {@link Boilerplate#endsWithAnyCredit(String)}, judged once for the locator's aside
	 * check and the reader's furniture check.
	 */
	boolean endsWithAnyCredit() {
		if (this.creditAtEnd == 0) {
			this.creditAtEnd = Boilerplate.endsWithAnyCredit(this.text) ? YES : NO;
		}
		return this.creditAtEnd == YES;
	}

	/**
	 * Whether the block is a teaser of another story: {@link Boilerplate#isPromo}, judged
	 * once for the locator's aside check and the reader's furniture check, which walk its
	 * prefix trees over the same blocks.
	 */
	boolean isPromo() {
		if (this.promo == 0) {
			this.promo = Boilerplate.isPromo(this) ? YES : NO;
		}
		return this.promo == YES;
	}

	/**
	 * Whether the block stands inside an article without being part of it:
	 * {@link Boilerplate#isAside}, judged once for the locator's classes and its own-text
	 * check.
	 */
	boolean isAside() {
		if (this.aside == 0) {
			this.aside = Boilerplate.isAside(this) ? YES : NO;
		}
		return this.aside == YES;
	}

	/** The block's date line: {@link DateLineDetector#detect(String)}, read once. */
	DateLineDetector.DateLine dateLine() {
		if (!this.dateLineAsked) {
			this.dateLine = DateLineDetector.detect(this.text);
			this.dateLineAsked = true;
		}
		return this.dateLine;
	}

	/**
	 * The names of the block's byline: {@link BylineDetector#byline(String)}, read once.
	 */
	List<String> byline() {
		if (!this.bylineAsked) {
			this.byline = BylineDetector.byline(this.text);
			this.bylineAsked = true;
		}
		return this.byline;
	}

	/**
	 * Whether the block is a byline (labelled or by its shape) or a date line: what makes
	 * the line above it a headline, and what the reader takes from the header.
	 */
	boolean isBylineOrDateLine() {
		if (this.bylineOrDateLine == 0) {
			this.bylineOrDateLine = (byline() != null || BylineDetector.isBylineShaped(this.text) || dateLine() != null)
					? YES : NO;
		}
		return this.bylineOrDateLine == YES;
	}

	/**
	 * The block's words (its runs of letters), each with the languages it is a stop word
	 * of, looked up once: the page's language and the block's stop-word density
	 * ({@link PageFacts}) and the body's language ({@link LanguageDetector}) read them.
	 * @param chars holds the block's text from index 0 (the caller's copy, read in place)
	 * @param maxRuns how many letter runs to read at most (a page's language is told from
	 * a sample, and a huge block is not read to its end for it); those after are looked
	 * up by whoever needs them
	 * @return the words; read by the first call, which later calls return whatever their
	 * {@code maxRuns} (the page's pass is the one caller, once per page)
	 */
	Words words(char[] chars, int maxRuns) {
		Words read = this.words;
		if (read == null) {
			read = Words.read(chars, this.text.length(), maxRuns);
			this.words = read;
		}
		return read;
	}

	/**
	 * The block's words if a stage has read them already, else {@code null}: for a stage
	 * that would look up only some of them.
	 */
	Words wordsIfRead() {
		return this.words;
	}

	/** The page's index kept on this block, its first, or {@code null}. */
	LineIndex lineIndex() {
		return this.lineIndex;
	}

	/** Keeps the page's index on this block, its first. */
	void keepLineIndex(LineIndex index) {
		this.lineIndex = index;
	}

	/**
	 * The {@link ArticleVocabulary} of an article that starts at this block, read once
	 * per page: it depends on the blocks after this one, so it is kept with the list and
	 * the index it was read from and read again if asked with others.
	 * @param paragraphs the page's blocks, this one among them
	 * @param index this block's index in them
	 * @return the vocabulary
	 */
	ArticleVocabulary openingVocabulary(List<Paragraph> paragraphs, int index) {
		ArticleVocabulary read = this.openingVocabulary;
		if (read == null || this.openingVocabularyPage != paragraphs || this.openingVocabularyIndex != index) {
			read = ArticleVocabulary.read(paragraphs, index);
			this.openingVocabulary = read;
			this.openingVocabularyPage = paragraphs;
			this.openingVocabularyIndex = index;
		}
		return read;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Paragraph paragraph && this.line == paragraph.line && this.text.equals(paragraph.text);
	}

	@Override
	public int hashCode() {
		return 31 * this.text.hashCode() + this.line;
	}

	@Override
	public String toString() {
		return "Paragraph[text=" + this.text + ", line=" + this.line + "]";
	}

	/**
	 * A block's runs of letters ({@link Character#isLetter(char)}) in order, each with
	 * the bits {@link StopWords#bitsOf} gives it, as offsets into the block's text (no
	 * substrings); and the bits of the runs of letters and digits in the block's first
	 * {@value #DENSITY_SAMPLE} characters, which its stop-word density counts. Both read
	 * in one pass, a run that is both (a word without digits) looked up once.
	 */
	static final class Words {

		/** How much of a block its density reads: the start measures it well enough. */
		static final int DENSITY_SAMPLE = 2000;

		// start and end of each letter run, in pairs
		private final int[] bounds;

		private final long[] bits;

		private final int count;

		private final long[] densityBits;

		private final int densityCount;

		// the letters of all runs when the block is ASCII and every run was read, else -1
		private final int asciiLetters;

		// whether the block holds a digit (known when asciiLetters says it was read
		// whole)
		private final boolean digits;

		private Words(int[] bounds, long[] bits, int count, long[] densityBits, int densityCount, int asciiLetters,
				boolean digits) {
			this.bounds = bounds;
			this.bits = bits;
			this.count = count;
			this.densityBits = densityBits;
			this.densityCount = densityCount;
			this.asciiLetters = asciiLetters;
			this.digits = digits;
		}

		static Words read(char[] chars, int length, int maxRuns) {
			if (length <= DENSITY_SAMPLE && maxRuns > length) {
				return readWhole(chars, length);
			}
			// sized for words of four letters and a space, rarely outgrown; a run needs
			// two characters at least, a letter and what ends it
			Runs runs = new Runs(Math.min(length / 5, maxRuns) + 4);
			int densityEnd = Math.min(length, DENSITY_SAMPLE);
			long[] densityBits = new long[densityEnd / 5 + 4];
			int densityCount = 0;
			int letterFrom = -1;
			int wordFrom = -1;
			// every character read, or-ed: below 0x80 when all are ASCII
			int seen = 0;
			// every character's kind, or-ed
			int kinds = 0;
			for (int j = 0; j <= length; j++) {
				if (runs.count >= maxRuns && j > densityEnd) {
					break;
				}
				// past the end, a space: it ends the last run
				int kind = 0;
				if (j < length) {
					char c = chars[j];
					seen |= c;
					kind = CharTables.letterOrDigit(c);
					kinds |= kind;
				}
				boolean letter = kind == CharTables.LETTER_KIND;
				if (letter && letterFrom < 0) {
					letterFrom = j;
				}
				else if (!letter && letterFrom >= 0 && runs.count < maxRuns) {
					runs.add(chars, letterFrom, j);
					letterFrom = -1;
				}
				if (j <= densityEnd) {
					boolean word = j < densityEnd && kind != 0;
					if (word && wordFrom < 0) {
						wordFrom = j;
					}
					else if (!word && wordFrom >= 0) {
						if (densityCount == densityBits.length) {
							densityBits = Arrays.copyOf(densityBits, 2 * densityBits.length + 1);
						}
						// the letter run just closed, when it is the same word
						boolean same = runs.count > 0 && runs.bounds[2 * runs.count - 2] == wordFrom
								&& runs.bounds[2 * runs.count - 1] == j;
						densityBits[densityCount++] = same ? runs.bits[runs.count - 1]
								: StopWords.bitsOf(chars, wordFrom, j - wordFrom);
						wordFrom = -1;
					}
				}
			}
			// fewer runs than the most asked for: none was left unread, nor the block's
			// end
			boolean whole = runs.count < maxRuns;
			return new Words(runs.bounds, runs.bits, runs.count, densityBits, densityCount,
					(whole && seen < 0x80) ? runs.letters : -1, (kinds & CharTables.DIGIT_KIND) != 0);
		}

		/**
		 * Whether the block is ASCII letters and what stands between them, no digit, and
		 * every letter run of it was read: its runs of letters or digits are then its
		 * letter runs.
		 */
		boolean isAsciiLettersOnly() {
			return this.asciiLetters >= 0 && !this.digits;
		}

		/** Where the {@code k}th letter run starts. */
		int start(int k) {
			return this.bounds[2 * k];
		}

		/** Where the {@code k}th letter run ends. */
		int end(int k) {
			return this.bounds[2 * k + 1];
		}

		/**
		 * {@link #read} of a block its density reads whole and whose every letter run is
		 * read (most blocks): one word at a time, a run of letters and digits, its letter
		 * runs cut out of it as it is read; a word without digits is its one letter run,
		 * looked up once.
		 */
		private static Words readWhole(char[] chars, int length) {
			Runs runs = new Runs(length / 5 + 4);
			// While no word holds a digit the words are the letter runs, one each, and
			// their bits the runs' bits: the runs' array serves for both (most blocks),
			// and a second one is made only at the first word that holds a digit.
			long[] densityBits = null;
			int densityCount = 0;
			// every character read, or-ed: below 0x80 when all are ASCII
			int seen = 0;
			boolean digits = false;
			int j = 0;
			while (true) {
				// each character's kind and lower case, read once: the stop-word look-up
				// takes a letter run's hash from this pass instead of reading it again
				int entry = 0;
				int kind = 0;
				while (j < length) {
					char c = chars[j];
					seen |= c;
					entry = CharTables.kindAndLower(c);
					kind = CharTables.kindOf(entry);
					if (kind != 0) {
						break;
					}
					j++;
				}
				if (j >= length) {
					break;
				}
				int wordFrom = j;
				int letterFrom = -1;
				boolean mixed = false;
				// the letter run's hash (FoldedWords.hash) and its characters' entries
				// or-ed: a character past the tables leaves the hash to the look-up
				int runHash = 0;
				int runEntries = 0;
				while (true) {
					if (kind == CharTables.LETTER_KIND) {
						if (letterFrom < 0) {
							letterFrom = j;
							runHash = 0;
							runEntries = 0;
						}
						runHash = 31 * runHash + CharTables.lowerOf(entry);
						runEntries |= entry;
					}
					else {
						mixed = true;
					}
					j++;
					int next = 0;
					if (j < length) {
						char c = chars[j];
						seen |= c;
						entry = CharTables.kindAndLower(c);
						next = CharTables.kindOf(entry);
					}
					if (letterFrom >= 0 && next != CharTables.LETTER_KIND) {
						// a digit, or the word's end, ends the letter run
						runs.add(chars, letterFrom, j, runHash, runEntries);
						letterFrom = -1;
					}
					if (next == 0) {
						break;
					}
					kind = next;
				}
				if (mixed && densityBits == null) {
					// the words so far were their letter runs, as many
					densityBits = Arrays.copyOf(runs.bits, runs.bits.length);
				}
				if (densityBits != null) {
					if (densityCount == densityBits.length) {
						densityBits = Arrays.copyOf(densityBits, 2 * densityBits.length + 1);
					}
					// a word without digits is the letter run just closed; one with
					// digits (few) is hashed by the look-up
					densityBits[densityCount] = mixed ? StopWords.bitsOf(chars, wordFrom, j - wordFrom)
							: runs.bits[runs.count - 1];
				}
				densityCount++;
				digits |= mixed;
			}
			return new Words(runs.bounds, runs.bits, runs.count, (densityBits != null) ? densityBits : runs.bits,
					densityCount, (seen < 0x80) ? runs.letters : -1, digits);
		}

		/**
		 * How many letters the runs hold, when the block is all ASCII and every letter
		 * run of it was read (its letter runs are then its words in any reading: runs of
		 * ASCII letters); else -1.
		 */
		int asciiLetters() {
			return this.asciiLetters;
		}

		/**
		 * How many runs of letters and digits the block's first {@value #DENSITY_SAMPLE}
		 * characters hold.
		 */
		int densityWords() {
			return this.densityCount;
		}

		/** The bits of the {@code k}th of the {@link #densityWords()}. */
		long densityBits(int k) {
			return this.densityBits[k];
		}

		/**
		 * How many letter runs were read: the block's, or the first {@code maxRuns} of
		 * them.
		 */
		int count() {
			return this.count;
		}

		/** The bits of the {@code k}th letter run. */
		long bits(int k) {
			return this.bits[k];
		}

		/**
		 * The first letter run at or after {@code k} that does not start before
		 * {@code start}: a reader going through the block in order keeps its place.
		 */
		int from(int k, int start) {
			int at = k;
			while (at < this.count && this.bounds[2 * at] < start) {
				at++;
			}
			return at;
		}

		/** Whether the {@code k}th letter run is exactly {@code [start, end)}. */
		boolean is(int k, int start, int end) {
			return k < this.count && this.bounds[2 * k] == start && this.bounds[2 * k + 1] == end;
		}

		/**
		 * The letter runs read so far, with their bits, and how many letters they hold.
		 */
		private static final class Runs {

			// start and end of each letter run, in pairs
			int[] bounds;

			long[] bits;

			int count;

			int letters;

			Runs(int capacity) {
				this.bounds = new int[2 * capacity];
				this.bits = new long[capacity];
			}

			void add(char[] chars, int from, int to) {
				add(from, to, StopWords.bitsOf(chars, from, to - from));
			}

			// A run its reader hashed as it read it (FoldedWords.hash), unless a
			// character past the tables stands in it (its entries or-ed say): that one
			// is hashed by the look-up.
			void add(char[] chars, int from, int to, int hash, int entries) {
				add(from, to, ((entries & CharTables.UNTABLED) == 0) ? StopWords.bitsOf(chars, from, to - from, hash)
						: StopWords.bitsOf(chars, from, to - from));
			}

			private void add(int from, int to, long runBits) {
				if (2 * this.count + 2 > this.bounds.length) {
					this.bounds = Arrays.copyOf(this.bounds, 2 * this.bounds.length);
					this.bits = Arrays.copyOf(this.bits, this.bounds.length / 2);
				}
				this.bounds[2 * this.count] = from;
				this.bounds[2 * this.count + 1] = to;
				this.bits[this.count] = runBits;
				this.letters += to - from;
				this.count++;
			}

		}

	}

}
