package io.broadsheet.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * Turns text into the terms the index holds, one way per language. The title and body of
 * an article go to fields named after its analysis language ({@code body.en},
 * {@code body.und}), because Lucene analyses a field one way for every document: an
 * English article's words are stemmed by the English stemmer, a German one's by the
 * German one, and articles in a language without a stemmer here (or of unknown language)
 * are only folded.
 * <p>
 * Every field is lower-cased and folded to ASCII <em>before</em> stemming, so that
 * {@code café} and {@code cafe}, {@code Müller} and {@code muller} are one term whatever
 * the stemmer makes of them: search is case- and accent-insensitive in every language.
 * Stop words are kept, so that a title typed in full, or a quoted phrase, matches
 * exactly.
 */
final class SearchAnalyzer extends Analyzer {

	/** Analysis of articles of unknown language, or of one without a stemmer here. */
	static final String NEUTRAL = "und";

	static final String TITLE = "title.";

	static final String BODY = "body.";

	/**
	 * Suffix of the unstemmed copy of a stemmed field: a prefix is matched against words
	 * as written, since a stem need not start with what was typed ({@code negotiat*} and
	 * the stem {@code negoti}).
	 */
	static final String UNSTEMMED = ".plain";

	/**
	 * Suffix of a body's common word pairs: every two common terms ({@link #common}) next
	 * to each other in the body's field, as it analysed them ({@code of the}), joined by
	 * a space. A phrase of several common words then looks first at the articles holding
	 * each of its pairs, instead of every article holding each of its words
	 * ({@link LuceneQueries}); a phrase with a rarer word is cheap already.
	 */
	static final String PAIRS = ".pairs";

	// Each analysis's most frequent words: the stop set of Lucene's analyzer of that
	// language (Snowball's list for English, and for text of unknown language).
	private static final Map<String, Supplier<CharArraySet>> STOP_SETS = Map.ofEntries(
			Map.entry("ar", ArabicAnalyzer::getDefaultStopSet), Map.entry("hy", ArmenianAnalyzer::getDefaultStopSet),
			Map.entry("eu", BasqueAnalyzer::getDefaultStopSet), Map.entry("ca", CatalanAnalyzer::getDefaultStopSet),
			Map.entry("da", DanishAnalyzer::getDefaultStopSet), Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
			Map.entry("en", SearchAnalyzer::englishStopSet), Map.entry("et", EstonianAnalyzer::getDefaultStopSet),
			Map.entry("fi", FinnishAnalyzer::getDefaultStopSet), Map.entry("fr", FrenchAnalyzer::getDefaultStopSet),
			Map.entry("de", GermanAnalyzer::getDefaultStopSet), Map.entry("el", GreekAnalyzer::getDefaultStopSet),
			Map.entry("hi", HindiAnalyzer::getDefaultStopSet), Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
			Map.entry("id", IndonesianAnalyzer::getDefaultStopSet), Map.entry("ga", IrishAnalyzer::getDefaultStopSet),
			Map.entry("it", ItalianAnalyzer::getDefaultStopSet), Map.entry("lt", LithuanianAnalyzer::getDefaultStopSet),
			Map.entry("ne", NepaliAnalyzer::getDefaultStopSet), Map.entry("no", NorwegianAnalyzer::getDefaultStopSet),
			Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet),
			Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
			Map.entry("ro", RomanianAnalyzer::getDefaultStopSet), Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
			Map.entry("sr", SerbianAnalyzer::getDefaultStopSet), Map.entry("es", SpanishAnalyzer::getDefaultStopSet),
			Map.entry("sv", SwedishAnalyzer::getDefaultStopSet), Map.entry("ta", TamilAnalyzer::getDefaultStopSet),
			Map.entry("tr", TurkishAnalyzer::getDefaultStopSet), Map.entry(NEUTRAL, SearchAnalyzer::englishStopSet));

	private static final Map<String, CharArraySet> COMMON = new ConcurrentHashMap<>();

	// ISO 639-1 code to the Snowball stemmer of that language in lucene-analysis-common.
	private static final Map<String, String> STEMMERS = Map.ofEntries(Map.entry("ar", "Arabic"),
			Map.entry("hy", "Armenian"), Map.entry("eu", "Basque"), Map.entry("ca", "Catalan"),
			Map.entry("da", "Danish"), Map.entry("nl", "Dutch"), Map.entry("en", "English"),
			Map.entry("et", "Estonian"), Map.entry("fi", "Finnish"), Map.entry("fr", "French"),
			Map.entry("de", "German"), Map.entry("el", "Greek"), Map.entry("hi", "Hindi"), Map.entry("hu", "Hungarian"),
			Map.entry("id", "Indonesian"), Map.entry("ga", "Irish"), Map.entry("it", "Italian"),
			Map.entry("lt", "Lithuanian"), Map.entry("ne", "Nepali"), Map.entry("no", "Norwegian"),
			Map.entry("nb", "Norwegian"), Map.entry("pt", "Portuguese"), Map.entry("ro", "Romanian"),
			Map.entry("ru", "Russian"), Map.entry("sr", "Serbian"), Map.entry("es", "Spanish"),
			Map.entry("sv", "Swedish"), Map.entry("ta", "Tamil"), Map.entry("tr", "Turkish"),
			Map.entry("yi", "Yiddish"));

	private final boolean forIndexing;

	/** Tokens of a stemmed field kept for its unstemmed copy; only when indexing. */
	private final TokenReplay replay;

	/** The analyzer of queries and highlights. */
	SearchAnalyzer() {
		this(false);
	}

	/**
	 * An analyzer.
	 * @param forIndexing whether it analyses the articles being indexed: it then
	 * remembers stems ({@link CachedStemFilter}), which only pays on the few threads that
	 * index
	 */
	SearchAnalyzer(boolean forIndexing) {
		super(PER_FIELD_REUSE_STRATEGY);
		this.forIndexing = forIndexing;
		this.replay = forIndexing ? new TokenReplay() : null;
	}

	/**
	 * The analysis an article of the given language gets: the language itself when there
	 * is a stemmer for it, {@link #NEUTRAL} otherwise.
	 * @param language an ISO 639-1 code, or {@code null}
	 * @return the suffix of the article's text fields
	 */
	static String analysisOf(String language) {
		if (language == null) {
			return NEUTRAL;
		}
		String code = language.toLowerCase(Locale.ROOT);
		return STEMMERS.containsKey(code) ? code : NEUTRAL;
	}

	/** Whether the analysis stems words. */
	static boolean stems(String analysis) {
		return STEMMERS.containsKey(analysis);
	}

	/**
	 * The common terms of an analysis: its stop words as its filters make them, the words
	 * whose pairs a body's {@link #PAIRS} field holds. Fixed by the index's schema: a
	 * body indexed with other common terms lacks pairs that phrases look for.
	 */
	static CharArraySet common(String analysis) {
		return COMMON.computeIfAbsent(analysis, SearchAnalyzer::analysedStopWords);
	}

	private static CharArraySet analysedStopWords(String analysis) {
		Supplier<CharArraySet> stopSet = STOP_SETS.get(analysis);
		CharArraySet common = new CharArraySet(256, false);
		if (stopSet == null) {
			return CharArraySet.unmodifiableSet(common);
		}
		StandardTokenizer tokenizer = new StandardTokenizer();
		try (TokenStream terms = filters(tokenizer, analysis)) {
			CharTermAttribute term = terms.addAttribute(CharTermAttribute.class);
			for (Object word : stopSet.get()) {
				tokenizer.setReader(new StringReader(new String((char[]) word)));
				terms.reset();
				while (terms.incrementToken()) {
					common.add(term.toString());
				}
				terms.end();
				terms.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return CharArraySet.unmodifiableSet(common);
	}

	private static CharArraySet englishStopSet() {
		try (Reader words = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt",
				StandardCharsets.UTF_8)) {
			return WordlistLoader.getSnowballWordSet(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether a field is made from another field's text: an unstemmed copy, pairs. */
	static boolean isDerived(String field) {
		return field.endsWith(UNSTEMMED) || field.endsWith(PAIRS);
	}

	/** The language suffix of a text field, {@code null} for other fields. */
	static String analysisOfField(String field) {
		if (field.startsWith(TITLE)) {
			return field.substring(TITLE.length());
		}
		if (field.startsWith(BODY)) {
			return field.substring(BODY.length());
		}
		return null;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		String analysis = analysisOfField(fieldName);
		if (this.forIndexing && fieldName.endsWith(UNSTEMMED)) {
			// The same filters as the query side's copy, over the tokens that the stemmed
			// field just made of the same text.
			Tokenizer replayed = this.replay.replay();
			return new TokenStreamComponents(replayed, new ASCIIFoldingFilter(new LowerCaseFilter(replayed)));
		}
		if (this.forIndexing && fieldName.endsWith(PAIRS)) {
			// The terms the body's field just made, two by two; the unstemmed copy
			// follows and releases the recording, where there is one.
			String of = analysis.substring(0, analysis.length() - PAIRS.length());
			Tokenizer pairs = this.replay.pairs((tokens) -> filters(tokens, of), common(of), !stems(of));
			return new TokenStreamComponents(pairs);
		}
		StandardTokenizer tokenizer = new StandardTokenizer();
		boolean paired = this.forIndexing && fieldName.startsWith(BODY);
		if (this.forIndexing && stems(analysis)) {
			// Each word as written goes through the filters once, then is remembered.
			TokenReplay.Recorder recorded = this.replay.recorder(tokenizer);
			TokenStream terms = new CachedStemFilter(recorded, (word) -> filters(word, analysis), recorded);
			return new TokenStreamComponents(tokenizer,
					paired ? this.replay.termRecorder(terms, common(analysis)) : terms);
		}
		TokenStream terms = filters(tokenizer, analysis);
		return new TokenStreamComponents(tokenizer, paired ? this.replay.termRecorder(terms, common(analysis)) : terms);
	}

	// What every token of a title or body goes through after the tokenizer: each filter
	// changes the token's text alone (CachedStemFilter relies on it).
	private static TokenStream filters(TokenStream tokens, String analysis) {
		TokenStream stream = tokens;
		// "Lavrov’s" is one token to the tokenizer: without its "’s" it matches "Lavrov".
		// In English, and in text of unknown language, which is most often English here.
		if ("en".equals(analysis) || NEUTRAL.equals(analysis)) {
			stream = new EnglishPossessiveFilter(stream);
		}
		stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
		String stemmer = (analysis != null) ? STEMMERS.get(analysis) : null;
		if (stemmer != null) {
			stream = new SnowballFilter(stream, stemmer);
		}
		return stream;
	}

	/** How many unstemmed copies were indexed from their stemmed field's tokens. */
	long replayedFields() {
		return (this.replay != null) ? this.replay.replayed() : 0;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		String analysis = analysisOfField(fieldName);
		if (this.forIndexing && analysis != null && !isDerived(fieldName)
				&& (stems(analysis) || fieldName.startsWith(BODY))) {
			return this.replay.recording(reader);
		}
		return reader;
	}

	// What a prefix query's text goes through: the same folding, no stemming.
	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

}
