package io.broadsheet.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unstemmed copy of a field is indexed from the tokens its stemmed field recorded:
 * prefix queries read that copy, so its terms must be exactly those the query side's
 * analysis makes of the same text, whatever order the fields are analysed in. The copy
 * keeps which words a document holds and nothing else, so a replay may give each word as
 * written once: the same words, not the same list.
 */
class TokenReplayTests {

	private static final String TEXT = "Negotiations négociées NEGOTIATING Lavrov’s ministers' U.S.-led talks "
			+ "переговоры 2025-06-05 e-mail x".repeat(3) + "a".repeat(300) + " Müller's café";

	private static final String OTHER_TEXT = "Other words entirely, unlike the first text";

	@Test
	void theUnstemmedCopyAfterItsStemmedFieldHasTheTermsOfItsOwnAnalysis() throws IOException {
		try (Analyzer searching = new SearchAnalyzer(); SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			for (String analysis : List.of("en", "fr", "ru")) {
				String stemmed = SearchAnalyzer.BODY + analysis;
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
	void aCopyOfAnotherTextOrOnItsOwnIsTokenizedAfresh() throws IOException {
		try (Analyzer searching = new SearchAnalyzer(); SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			String plain = "body.en" + SearchAnalyzer.UNSTEMMED;
			// Nothing recorded yet.
			assertThat(terms(indexing, plain, TEXT)).isEqualTo(terms(searching, plain, TEXT));
			// The recording is of the title, the copy is of the body.
			terms(indexing, "title.en", OTHER_TEXT);
			assertThat(terms(indexing, plain, TEXT)).isEqualTo(terms(searching, plain, TEXT));
			// Replayed once; a second copy of the same text is tokenized again,
			// correctly.
			terms(indexing, "body.en", OTHER_TEXT);
			assertThat(terms(indexing, plain, OTHER_TEXT)).isEqualTo(terms(searching, plain, OTHER_TEXT));
			assertThat(terms(indexing, plain, OTHER_TEXT)).isEqualTo(terms(searching, plain, OTHER_TEXT));
			// A text that only begins like the recorded one.
			terms(indexing, "body.en", OTHER_TEXT);
			assertThat(terms(indexing, plain, OTHER_TEXT + " and more"))
				.isEqualTo(terms(searching, plain, OTHER_TEXT + " and more"));
			assertThat(indexing.replayedFields()).isEqualTo(1);
		}
	}

	@Test
	void aReplayGivesEachWordAsWrittenOnce() throws IOException {
		String text = "Talks talks TALKS talks Talks négociées negociees négociées";
		try (SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			terms(indexing, "body.fr", text);
			assertThat(terms(indexing, "body.fr.plain", text)).containsExactly("talks", "talks", "talks", "negociees",
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
			terms(indexing, "body.en", longText.toString());
			List<String> replayed = terms(indexing, "body.en.plain", longText.toString());
			assertThat(replayed).hasSize(30_000).isEqualTo(terms(searching, "body.en.plain", longText.toString()));
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
		try (Analyzer searching = new SearchAnalyzer(); SearchAnalyzer indexing = new SearchAnalyzer(true)) {
			terms(indexing, "body.en", text.toString());
			List<String> replayed = terms(indexing, "body.en.plain", text.toString());
			assertThat(replayed).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(new HashSet<>(terms(searching, "body.en.plain", text.toString())));
			assertThat(indexing.replayedFields()).isEqualTo(1);
		}
	}

	private static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
		return AnalyzedTerms.of(analyzer, field, text);
	}

}
