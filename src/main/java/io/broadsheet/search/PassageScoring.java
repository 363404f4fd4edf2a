package io.broadsheet.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's score of a snippet (BM25 over the passage, as {@link PassageScorer} with its
 * defaults), computed without its hash of the passage's distinct terms. That hash takes a
 * fresh 32 KB block for every passage scored, and the highlighter scores every sentence
 * with a match in every hit of a page: it was the largest single source of garbage of a
 * search (28 % of the bytes allocated in a JFR profile of random searches at 10k
 * articles, about 4.7 MB per search in all). A passage holds a handful of matches, so its
 * distinct terms are found by comparing each with those seen before; they are summed in
 * the same order, so the score is the same to the bit.
 */
final class PassageScoring extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		int matches = passage.getNumMatches();
		BytesRef[] terms = passage.getMatchTerms();
		int[] frequenciesInDocument = passage.getMatchTermFreqsInDoc();
		// For each distinct term, in order of its first match: that match, and how
		// often the term matches in the passage.
		int[] firstMatch = new int[matches];
		int[] frequencyInPassage = new int[matches];
		int distinct = 0;
		for (int i = 0; i < matches; i++) {
			int term = 0;
			while (term < distinct && !terms[firstMatch[term]].bytesEquals(terms[i])) {
				term++;
			}
			if (term == distinct) {
				firstMatch[distinct++] = i;
			}
			frequencyInPassage[term]++;
		}
		double score = 0;
		for (int term = 0; term < distinct; term++) {
			score += tf(frequencyInPassage[term], passage.getLength())
					* weight(contentLength, frequenciesInDocument[firstMatch[term]]);
		}
		score *= norm(passage.getStartOffset());
		return (float) score;
	}

}
