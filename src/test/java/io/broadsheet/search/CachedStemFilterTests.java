package io.broadsheet.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is written with remembered terms and searched with Lucene's own filters: both
 * must make the same terms of the same text, or a search would miss what was indexed.
 */
class CachedStemFilterTests {

	@Test
	void makesTheTermsOfLucenesSnowballFilterInEveryLanguage() throws IOException {
		String text = "Negotiations negotiated NEGOTIATING négociations Verhandlungen verhandelte "
				+ "переговоры переговорами Lavrov’s ministers' running runs ran";
		try (Analyzer searching = new SearchAnalyzer(); Analyzer indexing = new SearchAnalyzer(true)) {
			// The unstemmed copy, body.en.plain, gives each word once: TokenReplayTests.
			for (String field : List.of("body.en", "body.fr", "body.de", "body.ru", "title.en", "body.und")) {
				// Twice, so that the second pass is answered from the cache.
				assertThat(terms(indexing, field, text + " " + text)).as(field)
					.isEqualTo(terms(searching, field, text + " " + text));
			}
		}
	}

	@Test
	void staysCorrectWhenTheCacheFillsAndIsEmptied() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < CachedStemFilter.MAX_CACHED + 2_000; i++) {
			text.append("talk").append(Integer.toString(i, 26).replace('0', 'z')).append("ing ");
		}
		text.append("negotiations negotiating");
		try (Analyzer searching = new SearchAnalyzer(); Analyzer indexing = new SearchAnalyzer(true)) {
			List<String> indexed = terms(indexing, "body.en", text.toString());
			assertThat(indexed).isEqualTo(terms(searching, "body.en", text.toString()));
			assertThat(indexed.subList(indexed.size() - 2, indexed.size())).containsExactly("negoti", "negoti");
		}
	}

	private static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
		return AnalyzedTerms.of(analyzer, field, text);
	}

}
