package io.broadsheet.search;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets are chosen by their score: ours must rank passages exactly as Lucene's own
 * scorer does, repeated terms and all.
 */
class PassageScoringTests {

	private static final String[] VOCABULARY = { "lavrov", "yerevan", "armenia", "visit", "crisis" };

	@Test
	void scoresEveryPassageAsLucenesScorerDoes() {
		PassageScorer lucene = new PassageScorer();
		PassageScoring ours = new PassageScoring();
		Random random = new Random(42);
		for (int round = 0; round < 2_000; round++) {
			Passage passage = new Passage();
			int start = random.nextInt(5_000);
			int length = 80 + random.nextInt(400);
			passage.setStartOffset(start);
			passage.setEndOffset(start + length);
			int matches = random.nextInt(9);
			int offset = start;
			for (int i = 0; i < matches; i++) {
				// A new BytesRef each time: distinct terms are told apart by their
				// bytes, not by identity.
				String term = VOCABULARY[random.nextInt(VOCABULARY.length)];
				passage.addMatch(offset, offset + term.length(), new BytesRef(term), 1 + term.length() * 3);
				offset += term.length() + 1;
			}
			int contentLength = start + length + random.nextInt(20_000);
			assertThat(ours.score(passage, contentLength)).as("passage %s", passage)
				.isEqualTo(lucene.score(passage, contentLength));
		}
	}

	@Test
	void aPassageWithMoreOfTheQuerysTermsScoresHigher() {
		PassageScoring scoring = new PassageScoring();
		Passage one = new Passage();
		one.setStartOffset(100);
		one.setEndOffset(260);
		one.addMatch(110, 116, new BytesRef("lavrov"), 3);
		Passage two = new Passage();
		two.setStartOffset(100);
		two.setEndOffset(260);
		two.addMatch(110, 116, new BytesRef("lavrov"), 3);
		two.addMatch(130, 137, new BytesRef("yerevan"), 2);
		assertThat(scoring.score(two, 5_000)).isGreaterThan(scoring.score(one, 5_000));
	}

}
