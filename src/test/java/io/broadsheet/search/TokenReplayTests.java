package io.broadsheet.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unstemmed copy of a field is indexed from the tokens its stemmed field recorded:
 * prefix queries read that copy, so its terms must be exactly those the query side's
 * analysis makes of the same text, whatever order the fields are analysed in. The copy
 * keeps which words a document holds and nothing else, so a replay may give each word as
 * written once: the same words, not the same list. A body's copy keeps only the words the
 * stemmer changed, followed by its stems apart ({@link StemmedPrefixQuery}).
 */
class TokenReplayTests {

	private static final String TEXT = "Negotiations négociées NEGOTIATING Lavrov’s ministers' U.S.-led talks "
			+ "переговоры 2025-06-05 e-mail x".repeat(3) + "a".repeat(300) + " Müller's café";

	private static final String OTHER_TEXT = "Other words entirely, unlike the first text";

	@Test
	void theUnstemmedCopyAfterItsStemmedFieldHasTheTermsOfItsOwnAnalysis() throws IOException {
		try (Analyzer searching = new SearchAnalyzer(); SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			for (String analysis : List.of("en", "fr", "ru")) {
				String stemmed = SearchAnalyzer.TITLE + analysis;
				String plain = stemmed + SearchAnalyzer.UNSTEMMED;
				// As Lucene inverts a document: the stemmed field, then its copy.
				assertThat(terms(indexing, stemmed, TEXT)).as(stemmed).isEqualTo(terms(searching, stemmed, TEXT));
				assertThat(new HashSet<>(terms(indexing, plain, TEXT))).as(plain)
					.isEqualTo(new HashSet<>(terms(searching, plain, TEXT)));
			}
			// Not tokenized a second time.
			assertThat(indexing.replayedFields()).isEqualTo(3);
		}
	}

	@Test
	void aBodysCopyKeepsTheWordsTheStemmerChangedThenItsStemsApartFollow() throws IOException {
		String text = TEXT + " Happy taking hoping hoped hope energy's negotiable";
		try (Analyzer searching = new SearchAnalyzer(); SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			for (String analysis : List.of("en", "fr", "ru", "nl")) {
				String stemmed = SearchAnalyzer.BODY + analysis;
				assertThat(terms(indexing, stemmed, text)).as(stemmed).isEqualTo(terms(searching, stemmed, text));
				assertThat(terms(indexing, stemmed + SearchAnalyzer.UNSTEMMED, text)).as(stemmed)
					.doesNotHaveDuplicates()
					.containsExactlyInAnyOrderElementsOf(changedWords(searching, stemmed, text));
				assertThat(terms(indexing, stemmed + SearchAnalyzer.STEMS_APART, text)).as(stemmed)
					.doesNotHaveDuplicates()
					.containsExactlyInAnyOrderElementsOf(stemsApart(searching, stemmed, text));
			}
			assertThat(indexing.replayedFields()).isEqualTo(8);
			// "negotiations" is stemmed to a beginning of its own, "happy" and "taking"
			// are not; "hope" begins "hoped", so it is not apart.
			terms(indexing, "body.en", text);
			assertThat(terms(indexing, "body.en.plain", text))
				.contains("negotiations", "happy", "taking", "hoped", "energy's", "lavrov's", "ministers")
				.doesNotContain("hope", "x", "e", "mail");
			assertThat(terms(indexing, "body.en.apart", text)).containsExactlyInAnyOrder("happi", "take", "energi");
		}
	}

	@Test
	void stemsApartWithoutTheCopyBeforeThemAreEveryStem() throws IOException {
		// Without the words the stemmer changed, a prefix query trusts the copy alone:
		// here a copy of every word.
		try (Analyzer searching = new SearchAnalyzer(); SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			assertThat(terms(indexing, "body.en.plain", TEXT)).isEqualTo(terms(searching, "body.en.plain", TEXT));
			assertThat(terms(indexing, "body.en.apart", TEXT)).isEqualTo(terms(searching, "body.en", TEXT));
			terms(indexing, "body.en", TEXT);
			assertThat(terms(indexing, "body.en.apart", TEXT)).isEqualTo(terms(searching, "body.en", TEXT));
			assertThat(indexing.replayedFields()).isZero();
		}
	}

	@Test
	void aCopyOfAnotherTextOrOnItsOwnIsTokenizedAfresh() throws IOException {
		try (Analyzer searching = new SearchAnalyzer(); SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			String plain = "title.en" + SearchAnalyzer.UNSTEMMED;
			// Nothing recorded yet.
			assertThat(terms(indexing, plain, TEXT)).isEqualTo(terms(searching, plain, TEXT));
			// The recording is of the body, the copy is of the title.
			terms(indexing, "body.en", OTHER_TEXT);
			assertThat(terms(indexing, plain, TEXT)).isEqualTo(terms(searching, plain, TEXT));
			// Replayed once; a second copy of the same text is tokenized again,
			// correctly.
			terms(indexing, "title.en", OTHER_TEXT);
			assertThat(terms(indexing, plain, OTHER_TEXT)).isEqualTo(terms(searching, plain, OTHER_TEXT));
			assertThat(terms(indexing, plain, OTHER_TEXT)).isEqualTo(terms(searching, plain, OTHER_TEXT));
			// A text that only begins like the recorded one.
			terms(indexing, "title.en", OTHER_TEXT);
			assertThat(terms(indexing, plain, OTHER_TEXT + " and more"))
				.isEqualTo(terms(searching, plain, OTHER_TEXT + " and more"));
			assertThat(indexing.replayedFields()).isEqualTo(1);
		}
	}

	@Test
	void aReplayGivesEachWordAsWrittenOnce() throws IOException {
		String text = "Talks talks TALKS talks Talks négociées negociees négociées";
		try (SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			terms(indexing, "title.fr", text);
			assertThat(terms(indexing, "title.fr.plain", text)).containsExactly("talks", "talks", "talks", "negociees",
					"negociees");
			assertThat(indexing.replayedFields()).isEqualTo(1);
		}
	}

	@Test
	void aLongTextIsReplayedWhole() throws IOException {
		StringBuilder longText = new StringBuilder();
		for (int i = 0; i < 30_000; i++) {
			longText.append("Minister").append(i).append(" ");
		}
		try (Analyzer searching = new SearchAnalyzer(); SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			terms(indexing, "title.en", longText.toString());
			List<String> replayed = terms(indexing, "title.en.plain", longText.toString());
			assertThat(replayed).hasSize(30_000).isEqualTo(terms(searching, "title.en.plain", longText.toString()));
			assertThat(indexing.replayedFields()).isEqualTo(1);
		}
	}

	@Test
	void aTextWithMoreWordsThanTheStemCacheHoldsGivesEachWordOnce() throws IOException {
		// The cache is emptied within the text and numbers its words afresh: a number
		// seen before then names another word.
		StringBuilder text = new StringBuilder("Negotiations talks ");
		for (int i = 0; i < CachedStemFilter.MAX_CACHED + 100; i++) {
			text.append("word").append(i).append(' ');
		}
		text.append("Negotiations talks word1 word2 summit");
		text.append(" happy taking hoped hoping");
		try (Analyzer searching = new SearchAnalyzer(); SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			terms(indexing, "title.en", text.toString());
			List<String> replayed = terms(indexing, "title.en.plain", text.toString());
			assertThat(replayed).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(
						new HashSet<>(terms(searching, "title.en.plain", text.toString())));
			// And a body's copy and stems apart.
			terms(indexing, "body.en", text.toString());
			assertThat(terms(indexing, "body.en.plain", text.toString())).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(changedWords(searching, "body.en", text.toString()));
			assertThat(terms(indexing, "body.en.apart", text.toString()))
				.containsExactlyInAnyOrderElementsOf(stemsApart(searching, "body.en", text.toString()))
				.containsExactlyInAnyOrder("happi", "take");
			assertThat(indexing.replayedFields()).isEqualTo(3);
		}
	}

	// The distinct words of a text, as its copy writes them, that the stemmer changed.
	private static Set<String> changedWords(Analyzer searching, String field, String text) throws IOException {
		Set<String> changed = new HashSet<>();
		List<String> stems = terms(searching, field, text);
		List<String> words = terms(searching, field + SearchAnalyzer.UNSTEMMED, text);
		for (int i = 0; i < words.size(); i++) {
			if (!words.get(i).equals(stems.get(i))) {
				changed.add(words.get(i));
			}
		}
		return changed;
	}

	// The stems of a text that begin none of the words they were made from.
	private static Set<String> stemsApart(Analyzer searching, String field, String text) throws IOException {
		Set<String> apart = new HashSet<>();
		Set<String> begun = new HashSet<>();
		List<String> stems = terms(searching, field, text);
		List<String> words = terms(searching, field + SearchAnalyzer.UNSTEMMED, text);
		for (int i = 0; i < words.size(); i++) {
			(words.get(i).startsWith(stems.get(i)) ? begun : apart).add(stems.get(i));
		}
		apart.removeAll(begun);
		return apart;
	}

	private static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
		return AnalyzedTerms.of(analyzer, field, text);
	}

}
