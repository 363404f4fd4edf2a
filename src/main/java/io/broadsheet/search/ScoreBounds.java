package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The most a query can score at a document, read from the block maxima the postings keep
 * (Lucene's impacts), without scoring it: what lets {@link BestFirst} count a match and
 * skip its score when it cannot enter the page.
 * <p>
 * A query's score is the sum of the scores of its scoring leaves: each word or phrase in
 * a title or a body, under {@code MUST} and {@code SHOULD} clauses, with its boosts. Each
 * leaf is asked, through a scorer made for {@link ScoreMode#TOP_SCORES} and never used to
 * score, for its most in the block of postings around the document
 * ({@link Scorer#getMaxScore}). A leaf with few postings against the query's leaf with
 * the most (a word in titles against the same word in bodies) is followed from document
 * to document and adds its maximum only where it matches; a leaf with many (a common word
 * in bodies) is taken to match everywhere, since following it would read its postings a
 * second time. Either way the bound is at least the score: Lucene's own top hits rely on
 * the same maxima.
 */
final class ScoreBounds {

	/**
	 * Scores are floats summed in doubles and rounded to a float at each level of the
	 * query, maxima too: a bound this much above their sum is above any such rounding
	 * (each rounding is at most 2^-24 of the value).
	 */
	private static final double MARGIN = 1 + 0x1p-16;

	/**
	 * A leaf is followed when it has at most one posting for this many of the leaf with
	 * the most: a word in titles against the same word in bodies. Not against the query's
	 * candidates: a disjunction's cost is the sum of its clauses' (two common words in
	 * {@code OR} would each be followed, every body read twice), and a word in titles is
	 * worth following among a year's articles too.
	 */
	private static final long FOLLOWED = 2;

	private final IndexSearcher searcher;

	private final Query query;

	private final float boost;

	/** The scoring leaves' weights, made the first time a segment needs them. */
	private List<Weight> leaves;

	private ScoreBounds(IndexSearcher searcher, Query query, float boost) {
		this.searcher = searcher;
		this.query = query;
		this.boost = boost;
	}

	/**
	 * Bounds for a query whose scoring leaves are all words.
	 * <p>
	 * A phrase's block maxima merge its words' for every block a match falls in, and its
	 * matches are few and far apart: at 100k articles a search for a two-word phrase took
	 * 7-12 % more CPU with them than without (and no match went unscored).
	 * @param searcher the searcher it runs on
	 * @param query the query, rewritten
	 * @param boost the boost its weight was made with
	 * @return the bounds, or {@code null} for a query with another kind of scoring leaf
	 */
	static ScoreBounds of(IndexSearcher searcher, Query query, float boost) {
		return wordsOnly(query) ? new ScoreBounds(searcher, query, boost) : null;
	}

	private static boolean wordsOnly(Query query) {
		if (query instanceof BooleanQuery bool) {
			for (BooleanClause clause : bool.clauses()) {
				if ((clause.getOccur() == Occur.MUST || clause.getOccur() == Occur.SHOULD)
						&& !wordsOnly(clause.getQuery())) {
					return false;
				}
			}
			return true;
		}
		if (query instanceof BoostQuery boosted) {
			return wordsOnly(boosted.getQuery());
		}
		return query instanceof TermQuery;
	}

	/**
	 * The bounds in one segment.
	 * @param context the segment
	 * @return the bounds, for documents in increasing order
	 * @throws IOException if the index cannot be read
	 */
	InSegment inSegment(LeafReaderContext context) throws IOException {
		List<Scorer> scorers = new ArrayList<>();
		long most = 0;
		for (Weight leaf : leaves()) {
			Scorer scorer = leaf.scorer(context);
			if (scorer != null) {
				scorers.add(scorer);
				most = Math.max(most, approximation(scorer).cost());
			}
		}
		List<Scorer> everywhere = new ArrayList<>();
		List<Scorer> followed = new ArrayList<>();
		for (Scorer scorer : scorers) {
			((approximation(scorer).cost() * FOLLOWED <= most) ? followed : everywhere).add(scorer);
		}
		return new InSegment(everywhere.toArray(Scorer[]::new), followed.toArray(Scorer[]::new));
	}

	private synchronized List<Weight> leaves() throws IOException {
		if (this.leaves == null) {
			List<Weight> weights = new ArrayList<>();
			addLeaves(this.query, this.boost, weights);
			this.leaves = weights;
		}
		return this.leaves;
	}

	// As BooleanWeight and BoostQuery pass their boosts down to the clauses' weights.
	private void addLeaves(Query query, float boost, List<Weight> weights) throws IOException {
		if (query instanceof BooleanQuery bool) {
			for (BooleanClause clause : bool.clauses()) {
				if (clause.getOccur() == Occur.MUST || clause.getOccur() == Occur.SHOULD) {
					addLeaves(clause.getQuery(), boost, weights);
				}
			}
		}
		else if (query instanceof BoostQuery boosted) {
			addLeaves(boosted.getQuery(), boost * boosted.getBoost(), weights);
		}
		else {
			weights.add(this.searcher.createWeight(query, ScoreMode.TOP_SCORES, boost));
		}
	}

	// The scorer's cheap iterator: its two-phase approximation, or its iterator when it
	// has none. DocumentAtATime walks matches through it too.
	static DocIdSetIterator approximation(Scorer scorer) {
		TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
		return (twoPhase != null) ? twoPhase.approximation() : scorer.iterator();
	}

	/** The bounds in one segment, asked for documents in increasing order. */
	static final class InSegment {

		private final Scorer[] everywhere;

		/** The last document of each leaf's current block, and its maximum there. */
		private final int[] everywhereUpTo;

		private final float[] everywhereMax;

		/** Their sum, valid up to the first block's end. */
		private double everywhereSum;

		private int everywhereValidUpTo = -1;

		private final Scorer[] followed;

		private final DocIdSetIterator[] followedDocs;

		private final int[] followedUpTo;

		private final float[] followedMax;

		/** Up to this document the bound is {@link #quietBound}. */
		private int quietUpTo = -1;

		private double quietBound;

		InSegment(Scorer[] everywhere, Scorer[] followed) {
			this.everywhere = everywhere;
			this.everywhereUpTo = new int[everywhere.length];
			this.everywhereMax = new float[everywhere.length];
			Arrays.fill(this.everywhereUpTo, -1);
			this.followed = followed;
			this.followedDocs = new DocIdSetIterator[followed.length];
			this.followedUpTo = new int[followed.length];
			this.followedMax = new float[followed.length];
			for (int i = 0; i < followed.length; i++) {
				this.followedDocs[i] = approximation(followed[i]);
				this.followedUpTo[i] = -1;
			}
		}

		/**
		 * The most the query can score at a document.
		 * @param doc a document, after those asked for before
		 * @return at least its score
		 * @throws IOException if the index cannot be read
		 */
		double maxScore(int doc) throws IOException {
			if (doc <= this.quietUpTo) {
				return this.quietBound;
			}
			if (doc > this.everywhereValidUpTo) {
				nextBlocks(doc);
			}
			double sum = this.everywhereSum;
			int quiet = this.everywhereValidUpTo;
			for (int i = 0; i < this.followed.length; i++) {
				int at = this.followedDocs[i].docID();
				if (at < doc) {
					at = this.followedDocs[i].advance(doc);
				}
				if (at == doc) {
					if (doc > this.followedUpTo[i]) {
						this.followedUpTo[i] = this.followed[i].advanceShallow(doc);
						this.followedMax[i] = this.followed[i].getMaxScore(this.followedUpTo[i]);
					}
					sum += this.followedMax[i];
					quiet = -1;
				}
				else {
					quiet = Math.min(quiet, at - 1);
				}
			}
			double bound = sum * MARGIN;
			if (quiet >= doc) {
				// Up to there no followed leaf matches and no block ends: the same bound.
				this.quietUpTo = quiet;
				this.quietBound = bound;
			}
			return bound;
		}

		private void nextBlocks(int doc) throws IOException {
			double sum = 0;
			int validUpTo = DocIdSetIterator.NO_MORE_DOCS;
			for (int i = 0; i < this.everywhere.length; i++) {
				if (doc > this.everywhereUpTo[i]) {
					this.everywhereUpTo[i] = this.everywhere[i].advanceShallow(doc);
					this.everywhereMax[i] = this.everywhere[i].getMaxScore(this.everywhereUpTo[i]);
				}
				sum += this.everywhereMax[i];
				validUpTo = Math.min(validUpTo, this.everywhereUpTo[i]);
			}
			this.everywhereSum = sum;
			this.everywhereValidUpTo = validUpTo;
		}

	}

}
