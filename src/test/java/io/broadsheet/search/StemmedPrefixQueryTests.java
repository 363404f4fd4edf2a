package io.broadsheet.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prefix query finds, and scores, exactly the articles that a prefix query over an
 * unstemmed copy of every word found (schema 5): an article matches when a word of its
 * title or body, lower-cased and folded, begins with the prefix. The body's copy now
 * holds only the words the stemmer changed, and the rest is read from the stems.
 */
class StemmedPrefixQueryTests {

	// Words of every shape: left alone by the stemmer (talks in German, Lavrov), stemmed
	// to a beginning of theirs (negotiations, negoti), to something else (happy, happi;
	// taking, take; naar, nar), with and without a word of the same stem beside them;
	// possessives, accents, apostrophes, and articles of unknown language.
	private static final List<IndexedArticle> ARTICLES = List.of(
			article("happy", "en", "A quiet week", "They were happy with the talks. Nothing else."),
			article("happiness", "en", null, "Happiness, said the minister, is a distant goal."),
			article("happy-and-happiness", "en", "Happy days", "Happy people seek happiness."),
			article("taking", "en", "Talks", "Taking part was easy; hoping was harder."),
			article("take", "en", "Take two", "They take part. Hope remains."),
			article("takes-and-taking", "en", "Takes", "She takes what taking gives."),
			article("negotiable", "en", "Prices", "The price is negotiable, said Lavrov’s aide."),
			article("negotiations", "en", "Negotiations", "Negotiations resumed; the negotiators met."),
			article("ministers", "en", "Ministers'", "The ministers' meeting in the U.S.-led talks ended."),
			article("energy", "en", "Energy policy", "Energy, policies and the country's military."),
			article("fr", "fr", "Expérience", "L'expérience des présidences nombreuses et chanceuses."),
			article("fr-2", "fr", "Hôpitaux", "Les hôpitaux internationaux, une expérience."),
			article("de", "de", "Verhandlungen", "Die Verhandlungen dauerten Wochen in Genf; Müller sprach."),
			article("es", "es", "Experiencia", "La experiencia y la emergencia de las transferencias."),
			article("it", "it", "Emergenza", "Sull'urgenza dell'assistenza e della presidenza."),
			article("nl", "nl", "Naar huis", "Naar het grote huis, geen tweede teamgenoot voor haar."),
			article("id", "id", "Perkembangan", "Melahirkan perkembangan berbagai kemarahan yang bergerak."),
			article("ru", "ru", "Переговоры", "Переговоры продолжились; переговорами занялись министры."),
			article("und", null, "Unknown", "Their negotiations stalled; happy Lavrov's café."),
			article("untitled", "en", null, "Cafe café CAFÉ Zürich zurich's happier hoped"));

	private static final Set<String> ANALYSES = new TreeSet<>(
			List.of("en", "fr", "de", "es", "it", "nl", "id", "ru", SearchAnalyzer.NEUTRAL));

	@ParameterizedTest(name = "a segment each: {0}")
	@ValueSource(booleans = { true, false })
	void findsAndScoresWhatACopyOfEveryWordFound(boolean segmentEach) throws IOException {
		List<String> prefixes = prefixesOfEveryWord(ARTICLES);
		prefixes.addAll(List.of("negotiat", "negoti", "negotiable", "happi", "happy", "take", "takin", "hope", "hopi",
				"nar", "naar", "grot", "groot", "experient", "experienc", "lahir", "melahir", "zz", "qu", "lavrov's",
				"lavrov’s", "ministers'", "U.S", "CAFÉ", "Zür", "переговор", "ПЕРЕГ"));
		assertThat(prefixes).hasSizeGreaterThan(500);
		try (ByteBuffersDirectory directory = PageHighlighterTests.index(ARTICLES, segmentEach, false);
				DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			LuceneQueries queries = new LuceneQueries(new SearchAnalyzer());
			int matched = 0;
			for (String prefix : prefixes) {
				Query query = queries.text(TextQuery.parse(prefix + "*"), ANALYSES);
				Map<String, Float> found = new TreeMap<>();
				for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
					found.put(searcher.storedFields().document(hit.doc).get(ArticleDocuments.ID), hit.score);
				}
				assertThat(found).as(prefix).isEqualTo(expected(prefix));
				matched += found.size();
			}
			assertThat(matched).isGreaterThan(900);
		}
	}

	@Test
	void aBodysCopyHoldsTheWordsTheStemmerChangedAndItsStemsApartThoseThatBeginNoneOfTheirWords() throws IOException {
		try (ByteBuffersDirectory directory = PageHighlighterTests.index(ARTICLES, false, false);
				DirectoryReader reader = DirectoryReader.open(directory)) {
			// "take" only from "taking": apart; from "takes" beside it, not.
			assertThat(terms(reader, "body.en.apart")).contains("happi", "take", "hope", "energi")
				.doesNotContain("negoti", "talk", "happy", "taking");
			assertThat(terms(reader, "body.en.plain"))
				.contains("happy", "taking", "takes", "negotiations", "negotiable", "lavrov's", "ministers")
				.doesNotContain("the", "talk", "take", "lavrov", "week");
			assertThat(terms(reader, "body.nl.apart")).contains("nar", "gen");
		}
	}

	private static Set<String> terms(DirectoryReader reader, String field) throws IOException {
		Set<String> terms = new TreeSet<>();
		Terms all = MultiTerms.getTerms(reader, field);
		if (all != null) {
			TermsEnum each = all.iterator();
			for (BytesRef term = each.next(); term != null; term = each.next()) {
				terms.add(term.utf8ToString());
			}
		}
		return terms;
	}

	// As schema 5 answered: a prefix query over the title's and the body's words,
	// lower-cased and folded (the terms of their unstemmed copies; of the fields
	// themselves where the language has no stemmer), 3 for the title and 1 for the body.
	private static Map<String, Float> expected(String prefix) throws IOException {
		SearchAnalyzer searching = new SearchAnalyzer();
		String folded = searching.normalize("body.en", prefix).utf8ToString();
		Map<String, Float> expected = new TreeMap<>();
		for (IndexedArticle article : ARTICLES) {
			String analysis = SearchAnalyzer.analysisOf(article.language());
			String copy = SearchAnalyzer.stems(analysis) ? SearchAnalyzer.UNSTEMMED : "";
			float score = 0;
			if (article.title() != null && anyBegins(
					AnalyzedTerms.of(searching, SearchAnalyzer.TITLE + analysis + copy, article.title()), folded)) {
				score += LuceneQueries.TITLE_BOOST;
			}
			if (anyBegins(AnalyzedTerms.of(searching, SearchAnalyzer.BODY + analysis + copy, article.body()), folded)) {
				score += 1;
			}
			if (score > 0) {
				expected.put(article.id(), score);
			}
		}
		return expected;
	}

	private static boolean anyBegins(List<String> words, String prefix) {
		return words.stream().anyMatch((word) -> word.startsWith(prefix));
	}

	// Every beginning of two characters or more of every word, as typed.
	private static List<String> prefixesOfEveryWord(List<IndexedArticle> articles) {
		Set<String> prefixes = new TreeSet<>();
		for (IndexedArticle article : articles) {
			String text = ((article.title() != null) ? article.title() + " " : "") + article.body();
			for (String word : text.split("[\\s,.;:!?\"„“]+")) {
				for (int end = TextQueryParser.MIN_PREFIX_LENGTH; end <= word.length(); end++) {
					String prefix = word.substring(0, end);
					// As the parser takes a word: not an exclusion.
					if (prefix.codePoints().anyMatch(Character::isLetterOrDigit) && !prefix.startsWith("-")) {
						prefixes.add(prefix);
					}
				}
			}
		}
		return new ArrayList<>(prefixes);
	}

	private static IndexedArticle article(String id, String language, String title, String body) {
		return new IndexedArticle(id, "hash-" + id, title, body, List.of(), LocalDate.of(2025, 1, 1), null, language);
	}

}
