package io.broadsheet.search;

import java.io.Reader;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

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
	 * Suffix of the field that holds, for a stemmed body, its stems that begin none of
	 * the words they were made from in that article ({@code take} of {@code taking}, with
	 * no {@code take} or {@code takes} beside it): where a prefix of the stem is no
	 * prefix of a word ({@link StemmedPrefixQuery}).
	 */
	static final String STEMS_APART = ".apart";

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

	/** The titles and bodies of the analyses that stem, as their fields are named. */
	private static final Set<String> STEMMED_FIELDS = STEMMERS.keySet()
		.stream()
		.flatMap((analysis) -> Stream.of(TITLE + analysis, BODY + analysis))
		.collect(Collectors.toUnmodifiableSet());

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
		boolean body = fieldName.startsWith(BODY);
		if (this.forIndexing && fieldName.endsWith(UNSTEMMED)) {
			// The same filters as the query side's copy, over the tokens that the stemmed
			// field just made of the same text: a body's copy keeps the words the stemmer
			// changed, a title's every word.
			Tokenizer replayed = body ? this.replay.replayChanged() : this.replay.replay();
			return new TokenStreamComponents(replayed, unstemmed(replayed));
		}
		if (this.forIndexing && fieldName.endsWith(STEMS_APART)) {
			String stemmed = analysisOfField(fieldName.substring(0, fieldName.length() - STEMS_APART.length()));
			return new TokenStreamComponents(this.replay.replayStemsApart((tokens) -> filters(tokens, stemmed)));
		}
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream filtered;
		if (this.forIndexing && stems(analysis)) {
			// Each word as written goes through the filters once, then is remembered; a
			// body's with how its term stands to it as its copy would write it.
			TokenReplay.Recorder recorded = this.replay.recorder(tokenizer);
			filtered = new CachedStemFilter(recorded, (word) -> filters(word, analysis),
					body ? SearchAnalyzer::unstemmed : null, recorded);
		}
		else {
			filtered = filters(tokenizer, analysis);
		}
		// A body's offsets go to its table, not to its postings.
		return new TokenStreamComponents(tokenizer,
				(this.forIndexing && body) ? new OffsetTable.Recorder(filtered) : filtered);
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
		stream = unstemmed(stream);
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
		// Once per field of every document indexed: the name looked up, not cut.
		if (this.forIndexing && STEMMED_FIELDS.contains(fieldName)) {
			return this.replay.recording(reader);
		}
		return reader;
	}

	// What a prefix query's text goes through: the same folding, no stemming.
	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return unstemmed(in);
	}

	// The words as an unstemmed copy holds them, and as a prefix is looked for there:
	// lower-cased and folded to ASCII.
	private static TokenStream unstemmed(TokenStream tokens) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(tokens));
	}

}
