package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.br.BrazilianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The stop words (the, der, le, и, ...) of about 35 languages, from Lucene's analyzers:
 * running text is dense in them, menus, link lists and headlines are not, in any language
 * that has them. A page's language is taken as the set its text hits most; a block's
 * stop-word density is then measured against that one set, so that a short word of one
 * language does not count in a page of another.
 * <p>
 * All sets are merged into one table from word to a bit per language, so each token is
 * looked up once, whatever the number of languages. The same table holds the stop words
 * {@link LanguageDetector} reads (Snowball's and Lucene's lists and the language files'),
 * in the bits from {@link #DETECTOR_SHIFT} up: a page's word looked up once serves the
 * page's language, a block's density and the body's language
 * ({@link Paragraph#words(char[], int)}).
 * <p>
 * One long holds the first {@link #DETECTOR_IN_MERGED} of the detector's languages; a
 * word of a later one carries {@link #MORE_DETECTOR} (the top bit) instead, and all its
 * detector languages, as the detector numbers them in two longs, are in a second, smaller
 * table that only the detector reads ({@link #allDetectorLanguages}), for the few words
 * that carry the mark.
 */
final class StopWords {

	private static final List<CharArraySet> SETS = List.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
			GermanAnalyzer.getDefaultStopSet(), FrenchAnalyzer.getDefaultStopSet(), SpanishAnalyzer.getDefaultStopSet(),
			ItalianAnalyzer.getDefaultStopSet(), PortugueseAnalyzer.getDefaultStopSet(),
			BrazilianAnalyzer.getDefaultStopSet(), DutchAnalyzer.getDefaultStopSet(),
			RussianAnalyzer.getDefaultStopSet(), TurkishAnalyzer.getDefaultStopSet(),
			SwedishAnalyzer.getDefaultStopSet(), NorwegianAnalyzer.getDefaultStopSet(),
			DanishAnalyzer.getDefaultStopSet(), FinnishAnalyzer.getDefaultStopSet(),
			HungarianAnalyzer.getDefaultStopSet(), CzechAnalyzer.getDefaultStopSet(),
			RomanianAnalyzer.getDefaultStopSet(), BulgarianAnalyzer.getDefaultStopSet(),
			GreekAnalyzer.getDefaultStopSet(), ArabicAnalyzer.getDefaultStopSet(), PersianAnalyzer.getDefaultStopSet(),
			HindiAnalyzer.getDefaultStopSet(), BengaliAnalyzer.getDefaultStopSet(), NepaliAnalyzer.getDefaultStopSet(),
			IndonesianAnalyzer.getDefaultStopSet(), CatalanAnalyzer.getDefaultStopSet(),
			GalicianAnalyzer.getDefaultStopSet(), BasqueAnalyzer.getDefaultStopSet(), IrishAnalyzer.getDefaultStopSet(),
			ArmenianAnalyzer.getDefaultStopSet(), LatvianAnalyzer.getDefaultStopSet(),
			LithuanianAnalyzer.getDefaultStopSet(), EstonianAnalyzer.getDefaultStopSet(),
			SerbianAnalyzer.getDefaultStopSet(), SoraniAnalyzer.getDefaultStopSet(), ThaiAnalyzer.getDefaultStopSet());

	/** No language: the page's text hits no stop-word set enough to choose one. */
	static final int NONE = -1;

	/**
	 * Where the bits of {@link LanguageDetector}'s languages start in what
	 * {@link #bitsOf} answers.
	 */
	static final int DETECTOR_SHIFT = 36;

	/**
	 * How many of {@link LanguageDetector}'s languages have their bit in the merged long:
	 * all bits above {@link #DETECTOR_SHIFT} but the top one.
	 */
	private static final int DETECTOR_IN_MERGED = Long.SIZE - 1 - DETECTOR_SHIFT;

	/**
	 * The top bit of a merged answer: the word is a stop word of a detector language
	 * numbered {@link #DETECTOR_IN_MERGED} or up, and {@link #allDetectorLanguages}
	 * answers its languages.
	 */
	static final long MORE_DETECTOR = 1L << (Long.SIZE - 1);

	// The bits of this class's languages in a merged answer.
	private static final long OWN_BITS = (1L << DETECTOR_SHIFT) - 1;

	// The bits of the detector's first languages in a merged answer, shifted down.
	private static final long DETECTOR_IN_MERGED_BITS = (1L << DETECTOR_IN_MERGED) - 1;

	private static final CharArrayMap<Long> LANGUAGES = merge();

	// All the detector languages of each word marked MORE_DETECTOR, two longs a row (as
	// LanguageDetector.stopWordLists numbers them); row 0 is a word of none.
	private static final long[][] MORE_LANGUAGES;

	// Each word marked MORE_DETECTOR with its row of MORE_LANGUAGES: looked up only for
	// a word that carries the mark.
	private static final FoldedWords MORE;

	static {
		// spellings the tables fold alike (foldCase) are one word with the languages of
		// all, as in the merged long, which is marked if one of them has a later language
		CharArrayMap<long[]> folded = new CharArrayMap<>(LanguageDetector.stopWordLists().size(), true);
		LanguageDetector.stopWordLists().forEach((word, bits) -> {
			long[] row = folded.get(word);
			if (row == null) {
				row = new long[bits.length];
				folded.put(word, row);
			}
			for (int i = 0; i < bits.length; i++) {
				row[i] |= bits[i];
			}
		});
		List<long[]> rows = new ArrayList<>();
		rows.add(new long[LanguageDetector.LANGUAGE_LONGS]);
		CharArrayMap<Long> words = new CharArrayMap<>(256, true);
		for (Map.Entry<Object, long[]> word : folded.entrySet()) {
			if (hasLaterLanguage(word.getValue())) {
				words.put((char[]) word.getKey(), (long) rows.size());
				rows.add(word.getValue());
			}
		}
		MORE_LANGUAGES = rows.toArray(new long[0][]);
		MORE = new FoldedWords(words);
	}

	// The same table, looked up faster.
	private static final FoldedWords FOLDED = new FoldedWords(LANGUAGES);

	// The longest stop word: a longer word needs no look-up.
	private static final int LONGEST = longest();

	private StopWords() {
	}

	private static CharArrayMap<Long> merge() {
		Map<String, Long> languages = new HashMap<>();
		for (int language = 0; language < SETS.size(); language++) {
			long bit = 1L << language;
			for (Object word : SETS.get(language)) {
				languages.merge(new String((char[]) word).toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
			}
		}
		// the detector's languages fit two longs, or it stops the load
		// (LanguageDetector.wordLanguages): its first ones here, all of a word's in MORE
		// if it has a later one
		if (SETS.size() > DETECTOR_SHIFT) {
			throw new IllegalStateException("This class's stop-word languages do not fit below the detector's bits");
		}
		LanguageDetector.stopWordLists().forEach((word, bits) -> {
			long merged = (bits[0] & DETECTOR_IN_MERGED_BITS) << DETECTOR_SHIFT;
			if (hasLaterLanguage(bits)) {
				merged |= MORE_DETECTOR;
			}
			languages.merge(word, merged, (a, b) -> a | b);
		});
		return foldCase(languages);
	}

	// Whether a word of these detector languages (LanguageDetector.stopWordLists) is a
	// stop word of one numbered DETECTOR_IN_MERGED or up.
	private static boolean hasLaterLanguage(long[] bits) {
		return (bits[0] >>> DETECTOR_IN_MERGED) != 0 || bits[1] != 0;
	}

	// Looked up in place, ignoring case: no string is made per word of the page.
	private static CharArrayMap<Long> foldCase(Map<String, Long> languages) {
		CharArrayMap<Long> map = new CharArrayMap<>(languages.size(), true);
		languages.forEach((word, bits) -> {
			// two spellings the map folds alike keep the languages of both
			Long folded = map.get(word);
			map.put(word, (folded != null) ? (folded | bits) : bits);
		});
		return map;
	}

	private static int longest() {
		int longest = 0;
		for (Object word : LANGUAGES.keySet()) {
			longest = Math.max(longest, ((char[]) word).length);
		}
		return longest;
	}

	/**
	 * The bits of the languages a word is a stop word of, of this class's languages (the
	 * low bits, as {@link #language(long[])} numbers them; {@link #ownLanguages}) and of
	 * {@link LanguageDetector}'s (from {@link #DETECTOR_SHIFT} up), or 0.
	 * @param text characters holding the word
	 * @param offset where the word starts
	 * @param length how long it is
	 * @return the bits
	 */
	static long bitsOf(char[] text, int offset, int length) {
		if (length > LONGEST) {
			// most words of a text: no hashing, no lower-casing
			return 0L;
		}
		return FOLDED.get(text, offset, length);
	}

	/**
	 * Whether the run of letters that starts at {@code from} (none when no letter stands
	 * there) is a stop word of some language: the first word of a list's item, of the
	 * words after a label's colon.
	 * @param text the text
	 * @param from where the word starts
	 * @return whether it is a stop word
	 */
	static boolean isStopWordAt(String text, int from) {
		int end = from;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return end > from && bitsOf(text.toCharArray(), from, end - from) != 0L;
	}

	/**
	 * {@link #bitsOf(char[], int, int)} of a word its reader has hashed as it read it
	 * ({@link FoldedWords#hash(char[], int, int)}).
	 * @param text characters holding the word
	 * @param offset where the word starts
	 * @param length how long it is
	 * @param hash the word's hash
	 * @return the bits
	 */
	static long bitsOf(char[] text, int offset, int length, int hash) {
		if (length > LONGEST) {
			return 0L;
		}
		return FOLDED.get(text, offset, length, hash);
	}

	/**
	 * The detector's first {@link #DETECTOR_IN_MERGED} languages among merged bits
	 * ({@link #bitsOf}), language 0 as bit 0.
	 */
	static long detectorLanguages(long bits) {
		return (bits >>> DETECTOR_SHIFT) & DETECTOR_IN_MERGED_BITS;
	}

	/**
	 * All the detector languages of a word marked {@link #MORE_DETECTOR}, as
	 * {@link LanguageDetector#stopWordLists()} numbers them (languages 0-63 in the first
	 * long, 64-127 in the second), or two zeros for a word not marked.
	 * @param text characters holding the word
	 * @param offset where the word starts
	 * @param length how long it is
	 * @return the bits: the table's own array, to read, never to write
	 */
	static long[] allDetectorLanguages(char[] text, int offset, int length) {
		return MORE_LANGUAGES[(int) MORE.get(text, offset, length)];
	}

	/** This class's languages among merged bits ({@link #bitsOf}). */
	static long ownLanguages(long bits) {
		return bits & OWN_BITS;
	}

	/**
	 * The language whose stop words a text hits most.
	 * @param hits per language, how many of the text's words are its stop words
	 * @return the language's number, or {@link #NONE}
	 */
	static int language(long[] hits) {
		int best = NONE;
		for (int language = 0; language < hits.length; language++) {
			if (hits[language] > 0 && (best == NONE || hits[language] > hits[best])) {
				best = language;
			}
		}
		return best;
	}

	/** How many languages there are, so how long a hits array is. */
	static int languages() {
		return SETS.size();
	}

}
