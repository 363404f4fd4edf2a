package io.broadsheet.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Tells the language of a text as an ISO 639-1 code, or {@code null} when unsure. Light
 * and linear: the script of the letters decides the languages that have a script of their
 * own (Greek, Hebrew, Korean, Thai, …); among languages that share a script (Latin,
 * Cyrillic, Arabic, Devanagari) the one whose stop words are most frequent in the text
 * wins, by a clear margin. The stop words are the sets Lucene's
 * {@code lucene-analysis-common} ships (Snowball's lists and Lucene's own), with the
 * words a language file adds to them, and the language files' lists of the languages
 * Lucene has none for, read once.
 * <p>
 * Only the first {@value #MAX_CHARS} characters are read: enough to tell a language, and
 * it keeps the cost per article bounded.
 */
final class LanguageDetector {

	static final int MAX_CHARS = 20_000;

	// Fewer stop-word hits than this: too little text to tell.
	private static final int MIN_HITS = 5;

	// The winner needs this share of the words and this lead over the runner-up.
	private static final double MIN_SHARE = 0.12;

	private static final double MIN_LEAD = 1.3;

	// Share of letters a script needs to decide the language alone.
	private static final double SCRIPT_SHARE = 0.5;

	private static final String LUCENE = "/org/apache/lucene/analysis/";

	// Stop-word lists by language, and how each is written: Snowball lists ("|"
	// comments, several words a line) or Lucene's own ("#" comments, one a line).
	private static final String[][] STOP_SETS = { { "en", "snowball/english_stop.txt" },
			{ "de", "snowball/german_stop.txt" }, { "fr", "snowball/french_stop.txt" },
			{ "es", "snowball/spanish_stop.txt" }, { "it", "snowball/italian_stop.txt" },
			{ "pt", "snowball/portuguese_stop.txt" }, { "nl", "snowball/dutch_stop.txt" },
			{ "da", "snowball/danish_stop.txt" }, { "sv", "snowball/swedish_stop.txt" },
			{ "no", "snowball/norwegian_stop.txt" }, { "fi", "snowball/finnish_stop.txt" },
			{ "hu", "snowball/hungarian_stop.txt" }, { "id", "snowball/indonesian_stop.txt" },
			{ "ru", "snowball/russian_stop.txt" }, { "ro", "ro/stopwords.txt" }, { "tr", "tr/stopwords.txt" },
			{ "ca", "ca/stopwords.txt" }, { "cs", "cz/stopwords.txt" }, { "lv", "lv/stopwords.txt" },
			{ "lt", "lt/stopwords.txt" }, { "bg", "bg/stopwords.txt" }, { "ar", "ar/stopwords.txt" },
			{ "fa", "fa/stopwords.txt" }, { "hi", "hi/stopwords.txt" }, { "ne", "ne/stopwords.txt" },
			{ "ga", "ga/stopwords.txt" } };

	// Languages Lucene has no stop words for, whose language files list their commonest
	// words (key "stop-words"): Swahili, Filipino, Welsh, Albanian, Croatian, Serbian, ….
	private static final List<String> FILE_SETS = Languages.codes()
		.stream()
		.filter((code) -> !Languages.values(code, Languages.STOP_WORDS).isEmpty())
		.filter((code) -> Arrays.stream(STOP_SETS).noneMatch((set) -> set[0].equals(code)))
		.toList();

	/**
	 * How many languages the detector can have: a word's languages are two longs
	 * ({@link #stopWordLists()}), so that the count per word stays two walks over bits,
	 * without a loop over an array.
	 */
	static final int MAX_LANGUAGES = 2 * Long.SIZE;

	/** The longs of one word's languages ({@link #stopWordLists()}). */
	static final int LANGUAGE_LONGS = MAX_LANGUAGES / Long.SIZE;

	private static final String[] CODES = new String[STOP_SETS.length + FILE_SETS.size()];

	// Each stop word with the languages (bits, in CODES order: languages 0-63 in the
	// first long, 64-127 in the second) that list it, read once; looked up in
	// StopWords' merged table, so that a page's word is looked up once for every stage
	// that counts stop words.
	private static final Map<String, long[]> STOP_WORD_LISTS;

	// KIN[i][k]: languages i and k write most of each other's stop words (a language
	// file's "stop-words.kin", either way); YIELDS[i][k]: i names k so, and a tie
	// between them goes to k.
	private static final boolean[][] KIN;

	private static final boolean[][] YIELDS;

	// Pairs told apart by the words only one list holds (a file's
	// "stop-words.told-from"): TOLD[p][0] the file's language, TOLD[p][1] the other.
	private static final int[][] TOLD;

	// The languages of TOLD's pairs, as bits of a word's detector languages (languages
	// 0-63, then 64-127). A word that is a stop word of none of them counts for no pair:
	// most stop words of an English page.
	private static final long TOLD_LOW;

	private static final long TOLD_HIGH;

	// For each language the pairs of TOLD it is in, a bit per pair: a word counts only
	// for the pairs of its languages, found without trying every pair.
	private static final long[] PAIRS_OF;

	private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

	private static final int LATIN = Character.UnicodeScript.LATIN.ordinal();

	private static final int HAN = Character.UnicodeScript.HAN.ordinal();

	private static final int HIRAGANA = Character.UnicodeScript.HIRAGANA.ordinal();

	private static final int KATAKANA = Character.UnicodeScript.KATAKANA.ordinal();

	// Below U+3000 (the alphabets and the Indic scripts) a character's script and
	// whether it belongs to a word are read from tables built once (whether it is a
	// letter, from CharTables'): the JDK finds a script by a binary search over all of
	// Unicode, for every letter of a page not in ASCII.
	private static final int TABLED = CharTables.TABLED;

	private static final byte[] SCRIPT_OF = new byte[TABLED];

	private static final boolean[] WORD_CHAR = new boolean[TABLED];

	static {
		if (SCRIPTS.length > 256) {
			throw new IllegalStateException("More scripts than a byte holds: " + SCRIPTS.length);
		}
		for (char c = 0; c < TABLED; c++) {
			SCRIPT_OF[c] = (byte) Character.UnicodeScript.of(c).ordinal();
			WORD_CHAR[c] = DateParser.isWordChar(c);
		}
		for (int i = 0; i < STOP_SETS.length; i++) {
			CODES[i] = STOP_SETS[i][0];
		}
		for (int k = 0; k < FILE_SETS.size(); k++) {
			CODES[STOP_SETS.length + k] = FILE_SETS.get(k);
		}
		STOP_WORD_LISTS = wordLanguages(Arrays.asList(CODES), LanguageDetector::stopWords);
		List<String> codes = Arrays.asList(CODES);
		KIN = new boolean[CODES.length][CODES.length];
		YIELDS = new boolean[CODES.length][CODES.length];
		List<int[]> told = new ArrayList<>();
		for (int i = 0; i < CODES.length; i++) {
			for (String kin : Languages.values(CODES[i], Languages.STOP_WORDS_KIN)) {
				int k = detectorLanguage(codes, kin);
				KIN[i][k] = true;
				KIN[k][i] = true;
				YIELDS[i][k] = true;
			}
			for (String other : Languages.values(CODES[i], Languages.STOP_WORDS_TOLD_FROM)) {
				told.add(new int[] { i, detectorLanguage(codes, other) });
			}
		}
		TOLD = told.toArray(new int[0][]);
		long[] toldLanguages = new long[LANGUAGE_LONGS];
		for (int[] pair : TOLD) {
			for (int language : pair) {
				addLanguage(toldLanguages, language);
			}
		}
		TOLD_LOW = toldLanguages[0];
		TOLD_HIGH = toldLanguages[1];
		if (TOLD.length > Long.SIZE) {
			throw new IllegalStateException("More told-from pairs than a long holds: " + TOLD.length);
		}
		PAIRS_OF = new long[CODES.length];
		for (int p = 0; p < TOLD.length; p++) {
			PAIRS_OF[TOLD[p][0]] |= 1L << p;
			PAIRS_OF[TOLD[p][1]] |= 1L << p;
		}
	}

	// Sets a language's bit in a row of LANGUAGE_LONGS longs: languages 0-63 in the
	// first, 64-127 in the second.
	private static void addLanguage(long[] languages, int language) {
		languages[language / Long.SIZE] |= 1L << (language % Long.SIZE);
	}

	/**
	 * Each word of the languages' stop-word lists with the languages (bits, by their
	 * place among the codes) whose lists hold it: two longs, languages 0-63 in the first,
	 * 64-127 in the second. A language past them would take the bit of another
	 * ({@code 1L << 128} is {@code 1L}) and count its words for that one, so more
	 * languages than {@value #MAX_LANGUAGES} stop the load instead.
	 * @param codes the detector's languages, in the order of their bits
	 * @param lists each language's stop words
	 * @return each word with its languages' bits
	 * @throws IllegalStateException with more than {@value #MAX_LANGUAGES} languages
	 */
	static Map<String, long[]> wordLanguages(List<String> codes, Function<String, List<String>> lists) {
		if (codes.size() > MAX_LANGUAGES) {
			throw new IllegalStateException("The language detector keeps a word's languages in two longs of "
					+ MAX_LANGUAGES + " bits, and " + codes.size() + " languages have stop words ("
					+ codes.get(MAX_LANGUAGES) + " and after would take other languages' bits): widen"
					+ " LanguageDetector.STOP_WORD_LISTS before adding a language file with stop-words");
		}
		Map<String, long[]> words = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			for (String word : lists.apply(codes.get(i))) {
				addLanguage(words.computeIfAbsent(word, (w) -> new long[LANGUAGE_LONGS]), i);
			}
		}
		return Map.copyOf(words);
	}

	// A language's stop words: Lucene's list, if it has one, and its file's. The file's
	// list is the whole list of a language Lucene has none for; for one it has, the
	// everyday words Lucene's function words lack (Latvian's "kas", "tas", Lithuanian's
	// "dar", "daugiau"), read beside them.
	private static List<String> stopWords(String code) {
		List<String> words = new ArrayList<>();
		for (String[] set : STOP_SETS) {
			if (set[0].equals(code)) {
				words.addAll(readWords(LUCENE + set[1], set[1].startsWith("snowball/")));
			}
		}
		words.addAll(Languages.values(code, Languages.STOP_WORDS));
		return words;
	}

	private static int detectorLanguage(List<String> codes, String code) {
		int i = codes.indexOf(code);
		if (i < 0) {
			throw new IllegalStateException("Not a language of the detector: " + code);
		}
		return i;
	}

	private LanguageDetector() {
	}

	/**
	 * The text's language as an ISO 639-1 code, or {@code null} when unsure. The
	 * extractor reads a body block by block with the method below, which answers as this
	 * one does for the joined text (tested against it).
	 */
	static String detect(String text) {
		int length = Math.min(text.length(), MAX_CHARS);
		// One copy of the text, looked up in place: no string per word.
		char[] chars = new char[length];
		text.getChars(0, length, chars, 0);
		Reading reading = new Reading();
		reading.read(chars, length, null);
		return reading.language();
	}

	/**
	 * The language of the text the blocks make joined by separators (a blank line between
	 * the body's paragraphs), as {@link #detect(String)} tells it from that text: the
	 * same words read, but each block's stop words taken from its
	 * {@link Paragraph#wordsIfRead() words} where the page's pass has looked them up
	 * already, instead of looking them up again.
	 * @param texts the blocks' texts, in order
	 * @param blocks the blocks they are the texts of (a text that is not its block's own,
	 * such as a heading without its marks, is read alone)
	 * @param separator how many characters stand between two texts when joined
	 * @return the language, or {@code null} when unsure
	 */
	static String detect(List<String> texts, List<Paragraph> blocks, int separator) {
		Reading reading = new Reading();
		char[] chars = new char[256];
		int offset = 0;
		for (int k = 0; k < texts.size() && offset < MAX_CHARS; k++) {
			String text = texts.get(k);
			int length = Math.min(text.length(), MAX_CHARS - offset);
			Paragraph block = blocks.get(k);
			Paragraph.Words known = (block.text() == text) ? block.wordsIfRead() : null;
			offset += text.length() + separator;
			if (known != null && length == text.length() && known.asciiLetters() >= 0) {
				// an ASCII block read whole: its words are known, nothing to scan
				reading.readAscii(known, text);
				continue;
			}
			if (chars.length < length) {
				chars = new char[Math.max(length, 2 * chars.length)];
			}
			text.getChars(0, length, chars, 0);
			reading.read(chars, length, known);
		}
		return reading.language();
	}

	/**
	 * Each stop word of the lists this class reads, with the languages (bits, in the
	 * order of {@link #CODES}: Lucene's languages of {@link #STOP_SETS}, then those of
	 * the language files; languages 0-63 in the first long, 64-127 in the second) that
	 * list it: {@link StopWords} merges them into its table. The arrays are the map's
	 * own: read them, never write.
	 */
	static Map<String, long[]> stopWordLists() {
		return STOP_WORD_LISTS;
	}

	/**
	 * The detector's languages, in the order of their bits ({@link #stopWordLists()}):
	 * Lucene's languages, then those of the language files.
	 */
	static List<String> languages() {
		return List.of(CODES);
	}

	// DateParser.isWordChar, from the table where it covers the character.
	private static boolean isWordChar(char c) {
		return (c < TABLED) ? WORD_CHAR[c] : DateParser.isWordChar(c);
	}

	private static String byScript(Character.UnicodeScript script, int kana, int count) {
		return switch (script) {
			case GREEK -> "el";
			case HEBREW -> "he";
			case HANGUL -> "ko";
			case HIRAGANA, KATAKANA -> "ja";
			// Japanese writes with Han characters too, but never without kana.
			case HAN -> (kana > count / 10) ? "ja" : "zh";
			case THAI -> "th";
			case ARMENIAN -> "hy";
			case GEORGIAN -> "ka";
			case BENGALI -> "bn";
			case TAMIL -> "ta";
			case TELUGU -> "te";
			case GUJARATI -> "gu";
			case GURMUKHI -> "pa";
			case KANNADA -> "kn";
			case MALAYALAM -> "ml";
			case KHMER -> "km";
			case LAO -> "lo";
			case MYANMAR -> "my";
			case ETHIOPIC -> "am";
			case SINHALA -> "si";
			default -> null;
		};
	}

	private static String byStopWords(int[] hits, int[] toldHits, int words) {
		int best = best(hits, -1);
		if (best < 0) {
			return null;
		}
		// kin are told apart below: the lead is over the best other language
		int second = -1;
		for (int i = 0; i < hits.length; i++) {
			if (i != best && !KIN[best][i] && (second < 0 || hits[i] > hits[second])) {
				second = i;
			}
		}
		int pair = toldPair(best, second);
		if (pair >= 0 && hits[second] > 0) {
			// "je", "na", "se", "za" count for Czech and Croatian alike: the words only
			// one
			// of the two lists holds decide between them
			int own = toldHits[2 * pair];
			int other = toldHits[2 * pair + 1];
			int language = TOLD[pair][0];
			if (other > own) {
				best = TOLD[pair][1];
				own = other;
				other = toldHits[2 * pair];
			}
			else {
				best = best(hits, language);
			}
			// with no word of either list alone, the pair names its language by its tie,
			// and the winner still needs its lead over the languages outside the pair
			int outside = (own == 0) ? bestOutside(hits, best, pair) : -1;
			if (hits[best] < MIN_HITS || hits[best] < words * MIN_SHARE || own < other * MIN_LEAD
					|| outside >= 0 && hits[best] < hits[outside] * MIN_LEAD) {
				return null;
			}
			return CODES[best];
		}
		if (hits[best] < MIN_HITS || hits[best] < words * MIN_SHARE
				|| second >= 0 && hits[best] < hits[second] * MIN_LEAD) {
			return null;
		}
		return CODES[best];
	}

	// The language with the most hits, among all (kinOf < 0) or among a language and its
	// kin; of kin with as many, the one the others yield to.
	private static int best(int[] hits, int kinOf) {
		int best = -1;
		for (int i = 0; i < hits.length; i++) {
			if (kinOf >= 0 && i != kinOf && !KIN[kinOf][i]) {
				continue;
			}
			if (best < 0 || hits[i] > hits[best] || hits[i] == hits[best] && YIELDS[best][i]) {
				best = i;
			}
		}
		return best;
	}

	// The language with the most hits outside a pair of TOLD, the pair's kin and the
	// winner's, or -1: a text with no word only one of the pair's lists holds needs its
	// lead over it. A short English line whose "under", "alt" and "ham" count for Danish
	// and Norwegian alike (no.properties) tied the pair with no word to tell it, and read
	// Danish over English's "the", "at", "for" (review54d).
	private static int bestOutside(int[] hits, int best, int pair) {
		int language = TOLD[pair][0];
		int other = TOLD[pair][1];
		int outside = -1;
		for (int i = 0; i < hits.length; i++) {
			if (i == best || i == language || i == other || KIN[best][i] || KIN[language][i] || KIN[other][i]) {
				continue;
			}
			if (outside < 0 || hits[i] > hits[outside]) {
				outside = i;
			}
		}
		return outside;
	}

	// The pair of TOLD that two languages are, in either order, or -1: the pair of the
	// language itself, else the pair of one of its kin.
	private static int toldPair(int best, int second) {
		int kinPair = -1;
		for (int p = 0; second >= 0 && p < TOLD.length; p++) {
			int language = TOLD[p][0];
			int other = TOLD[p][1];
			int member = (second == other) ? best : (best == other) ? second : -1;
			if (member == language) {
				return p;
			}
			if (member >= 0 && kinPair < 0 && KIN[member][language]) {
				kinPair = p;
			}
		}
		return kinPair;
	}

	private static List<String> readWords(String resource, boolean snowball) {
		List<String> words = new ArrayList<>();
		try (InputStream in = LanguageDetector.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Lucene's stop words are missing from the class path: " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int comment = line.indexOf(snowball ? '|' : '#');
				String content = ((comment >= 0) ? line.substring(0, comment) : line).replace("\uFEFF", "");
				for (String word : content.strip().split("\\s+")) {
					if (!word.isEmpty()) {
						words.add(word.toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	/** What one text's letters and words tell, gathered as it is read. */
	private static final class Reading {

		private final int[] hits = new int[CODES.length];

		// For each pair of TOLD, the words only its first language's list holds, then
		// those only the second's does.
		private final int[] toldHits = new int[2 * TOLD.length];

		private final int[] scripts = new int[SCRIPTS.length];

		private int words;

		private int letters;

		private int ukrainianLetters;

		private int russianLetters;

		private int kana;

		/**
		 * Reads {@code chars[0, length)}: a text, or one block of it (no word runs over
		 * the end of a block).
		 * @param known the block's words looked up already, or {@code null}
		 */
		void read(char[] chars, int length, Paragraph.Words known) {
			int[] scripts = this.scripts;
			int cursor = 0;
			int i = 0;
			while (i < length) {
				char c = chars[i];
				if (!CharTables.isLetter(c)) {
					i++;
					continue;
				}
				int start = i;
				// counted here, added once the word is read
				int ascii = 0;
				while (i < length && isWordChar(chars[i])) {
					char l = chars[i];
					if (l < 0x80) {
						// An ASCII letter (marks are not ASCII): Latin, without a table.
						ascii++;
					}
					else if (CharTables.isLetter(l)) {
						this.letters++;
						Character.UnicodeScript script = (l < TABLED) ? SCRIPTS[SCRIPT_OF[l] & 0xFF]
								: Character.UnicodeScript.of(l);
						scripts[script.ordinal()]++;
						if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
							this.kana++;
						}
						if ("іїєґІЇЄҐ".indexOf(l) >= 0) {
							this.ukrainianLetters++;
						}
						else if ("ыэъёЫЭЪЁ".indexOf(l) >= 0) {
							this.russianLetters++;
						}
					}
					i++;
				}
				this.letters += ascii;
				scripts[LATIN] += ascii;
				this.words++;
				long bits;
				if (known != null) {
					// the block's words are in order: step to this one's start
					cursor = known.from(cursor, start);
					bits = known.is(cursor, start, i) ? known.bits(cursor) : StopWords.bitsOf(chars, start, i - start);
				}
				else {
					bits = StopWords.bitsOf(chars, start, i - start);
				}
				count(bits, chars, start, i);
			}
		}

		// Counts a word's hits: its languages from the merged long, or, for a word
		// marked as a stop word of a later language, all of them from the second table.
		private void count(long bits, char[] chars, int start, int end) {
			long low;
			long high;
			if ((bits & StopWords.MORE_DETECTOR) == 0) {
				low = StopWords.detectorLanguages(bits);
				high = 0;
			}
			else {
				long[] languages = StopWords.allDetectorLanguages(chars, start, end - start);
				low = languages[0];
				high = languages[1];
			}
			for (long languages = low; languages != 0; languages &= languages - 1) {
				this.hits[Long.numberOfTrailingZeros(languages)]++;
			}
			for (long languages = high; languages != 0; languages &= languages - 1) {
				this.hits[Long.SIZE + Long.numberOfTrailingZeros(languages)]++;
			}
			if ((low & TOLD_LOW) != 0 || (high & TOLD_HIGH) != 0) {
				// a pair counts a word one of its languages lists and the other not: only
				// a pair of one of the word's languages can
				long pairs = 0;
				for (long languages = low & TOLD_LOW; languages != 0; languages &= languages - 1) {
					pairs |= PAIRS_OF[Long.numberOfTrailingZeros(languages)];
				}
				for (long languages = high & TOLD_HIGH; languages != 0; languages &= languages - 1) {
					pairs |= PAIRS_OF[Long.SIZE + Long.numberOfTrailingZeros(languages)];
				}
				for (; pairs != 0; pairs &= pairs - 1) {
					int p = Long.numberOfTrailingZeros(pairs);
					boolean own = lists(low, high, TOLD[p][0]);
					if (own != lists(low, high, TOLD[p][1])) {
						this.toldHits[2 * p + (own ? 0 : 1)]++;
					}
				}
			}
		}

		// Whether a word of these detector languages (0-63, then 64-127) is a stop word
		// of the language.
		private static boolean lists(long low, long high, int language) {
			return (((language < Long.SIZE) ? low : high) >>> (language % Long.SIZE) & 1) != 0;
		}

		/**
		 * Reads a whole block of ASCII characters from its words alone: what
		 * {@link #read} finds there, its words being the block's runs of ASCII letters.
		 */
		void readAscii(Paragraph.Words known, String text) {
			int letters = known.asciiLetters();
			this.letters += letters;
			this.scripts[LATIN] += letters;
			this.words += known.count();
			char[] word = null;
			for (int k = 0; k < known.count(); k++) {
				long bits = known.bits(k);
				if ((bits & StopWords.MORE_DETECTOR) == 0) {
					count(bits, null, 0, 0);
					continue;
				}
				// rare: a stop word of a later language, copied out to be looked up
				int length = known.end(k) - known.start(k);
				if (word == null || word.length < length) {
					word = new char[Math.max(length, 32)];
				}
				text.getChars(known.start(k), known.end(k), word, 0);
				count(bits, word, 0, length);
			}
		}

		String language() {
			if (this.letters == 0) {
				return null;
			}
			Character.UnicodeScript main = null;
			int mainCount = 0;
			for (int script = 0; script < this.scripts.length; script++) {
				if (this.scripts[script] > mainCount) {
					main = SCRIPTS[script];
					mainCount = this.scripts[script];
				}
			}
			if (Scripts.isChineseOrJapanese(main)) {
				// Japanese writes its words with Han characters and kana alike, about as
				// many of each: the three count as one script
				mainCount = this.scripts[HAN] + this.scripts[HIRAGANA] + this.scripts[KATAKANA];
			}
			if (mainCount < this.letters * SCRIPT_SHARE) {
				return null;
			}
			String byScript = byScript(main, this.kana, mainCount);
			if (byScript != null) {
				return byScript;
			}
			String byStopWords = byStopWords(this.hits, this.toldHits, this.words);
			if ("ru".equals(byStopWords) || main == Character.UnicodeScript.CYRILLIC && byStopWords == null) {
				// Ukrainian has no Lucene stop set; its own letters tell it from Russian.
				if (this.ukrainianLetters > this.russianLetters * 2 && this.ukrainianLetters >= 3) {
					return "uk";
				}
			}
			return byStopWords;
		}

	}

}
