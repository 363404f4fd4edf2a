package io.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * A phrase of two words in a body, matched through the body's word-pair field
 * ({@link SearchAnalyzer#PAIRS}) and scored exactly as the phrase.
 * <p>
 * A phrase query walks the documents holding both words and reads both words' positions
 * in each to find them side by side: at 100,000 articles a phrase of two common words
 * visits a third of them, and checking positions was 18 % of a search's CPU. The pair of
 * the two words is one term of the pair field, whose postings are exactly the documents
 * where the phrase occurs, with its number of occurrences as the term's frequency. The
 * score is the phrase's: the same similarity over the body's statistics and the two
 * words' (their summed IDF), the body's length norm, and that frequency, so a page is
 * ranked the same either way.
 * <p>
 * A segment written without the pair field (none is: a new schema rebuilds the index)
 * would be searched by the phrase itself.
 */
final class WordPairQuery extends Query {

	private final PhraseQuery phrase;

	private final Term pair;

	private WordPairQuery(PhraseQuery phrase, Term pair) {
		this.phrase = phrase;
		this.pair = pair;
	}

	/**
	 * The query for a phrase of a body field, or the phrase itself when it is not two
	 * words side by side.
	 * @param phrase a phrase query on a body field
	 * @return the query to search with
	 */
	static Query of(PhraseQuery phrase) {
		Term[] terms = phrase.getTerms();
		int[] positions = phrase.getPositions();
		if (terms.length != 2 || phrase.getSlop() != 0 || positions[0] != 0 || positions[1] != 1) {
			return phrase;
		}
		return new WordPairQuery(phrase, pairOf(phrase.getField(), terms[0].bytes(), terms[1].bytes()));
	}

	/** The term of the pair field that holds where the two terms stand side by side. */
	static Term pairOf(String field, BytesRef first, BytesRef second) {
		BytesRefBuilder pair = new BytesRefBuilder();
		pair.append(first);
		pair.append((byte) WordPairFilter.SEPARATOR);
		pair.append(second);
		return new Term(field + SearchAnalyzer.PAIRS, pair.toBytesRef());
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		return new PairWeight(searcher, scoreMode, boost);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.phrase.visit(visitor);
	}

	@Override
	public String toString(String field) {
		return this.phrase.toString(field);
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.phrase.equals(((WordPairQuery) other).phrase);
	}

	@Override
	public int hashCode() {
		return classHash() * 31 + this.phrase.hashCode();
	}

	private final class PairWeight extends Weight {

		private final IndexSearcher searcher;

		private final ScoreMode scoreMode;

		private final float boost;

		private final TermStates pairStates;

		/**
		 * The phrase's scorer of a document's frequency and norm; null without scores.
		 */
		private final Similarity.SimScorer simScorer;

		private Weight phraseWeight;

		PairWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
			super(WordPairQuery.this);
			this.searcher = searcher;
			this.scoreMode = scoreMode;
			this.boost = boost;
			this.pairStates = TermStates.build(searcher, WordPairQuery.this.pair, false);
			this.simScorer = scoreMode.needsScores() ? phraseScorer(searcher, boost) : null;
		}

		// As PhraseWeight makes it: the words' statistics (those the index holds) and the
		// field's.
		private Similarity.SimScorer phraseScorer(IndexSearcher searcher, float boost) throws IOException {
			Term[] terms = WordPairQuery.this.phrase.getTerms();
			TermStatistics[] termStats = new TermStatistics[terms.length];
			int found = 0;
			for (Term term : terms) {
				TermStates states = TermStates.build(searcher, term, true);
				if (states.docFreq() > 0) {
					termStats[found++] = searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
				}
			}
			if (found == 0) {
				return null;
			}
			return searcher.getSimilarity()
				.scorer(boost, searcher.collectionStatistics(WordPairQuery.this.phrase.getField()),
						Arrays.copyOf(termStats, found));
		}

		private synchronized Weight phraseWeight() throws IOException {
			if (this.phraseWeight == null) {
				this.phraseWeight = this.searcher.rewrite(WordPairQuery.this.phrase)
					.createWeight(this.searcher, this.scoreMode, this.boost);
			}
			return this.phraseWeight;
		}

		private boolean holdsPairs(LeafReaderContext context) {
			return context.reader().getFieldInfos().fieldInfo(WordPairQuery.this.pair.field()) != null;
		}

		@Override
		public Scorer scorer(LeafReaderContext context) throws IOException {
			if (!holdsPairs(context)) {
				return phraseWeight().scorer(context);
			}
			TermState state = this.pairStates.get(context);
			if (state == null || (this.scoreMode.needsScores() && this.simScorer == null)) {
				return null;
			}
			Terms terms = context.reader().terms(WordPairQuery.this.pair.field());
			TermsEnum termsEnum = terms.iterator();
			termsEnum.seekExact(WordPairQuery.this.pair.bytes(), state);
			boolean scores = this.scoreMode.needsScores();
			PostingsEnum postings = termsEnum.postings(null, scores ? PostingsEnum.FREQS : PostingsEnum.NONE);
			LeafSimScorer leafScorer = scores
					? new LeafSimScorer(this.simScorer, context.reader(), WordPairQuery.this.phrase.getField(), true)
					: null;
			float maxScore = scores ? this.simScorer.score(Float.MAX_VALUE, 1L) : 0f;
			return new Scorer(this) {

				@Override
				public int docID() {
					return postings.docID();
				}

				@Override
				public DocIdSetIterator iterator() {
					return postings;
				}

				@Override
				public float score() throws IOException {
					// A phrase's frequency is a float sum of ones, one per occurrence.
					return leafScorer.score(postings.docID(), postings.freq());
				}

				@Override
				public float getMaxScore(int upTo) {
					return maxScore;
				}

			};
		}

		@Override
		public Explanation explain(LeafReaderContext context, int doc) throws IOException {
			return phraseWeight().explain(context, doc);
		}

		@Override
		public Matches matches(LeafReaderContext context, int doc) throws IOException {
			return phraseWeight().matches(context, doc);
		}

		@Override
		public boolean isCacheable(LeafReaderContext context) {
			return true;
		}

	}

}
