package io.broadsheet.search;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query scored one matching document after another through its scorer, as Lucene does
 * below the top of a query, rather than in windows by {@code BooleanScorer}.
 * <p>
 * A search must score and count every match ({@link BestFirst}). For a disjunction at the
 * top (a one-word search: the word in each field and analysis) Lucene chooses
 * {@code BooleanScorer}, which allocates 4,096 buckets per segment: at 100k articles
 * (twelve segments) 22 % of what the searches allocated. Scored through the scorer, the
 * answers are the same (SearchCpuBench's digests at 10k and 100k), the CPU per search
 * within the noise, and a search allocates 20 % less at 100k (1,978 to 1,570 KB), 10 %
 * less at 10k.
 * <p>
 * The collector is given a {@link Bounded} scorer: besides the score, it tells the most
 * the current match can score, from the postings' block maxima ({@link ScoreBounds}), so
 * that a collector that counts every match can skip scoring those that cannot enter its
 * page ({@link BestFirst}).
 */
final class DocumentAtATime extends Query {

	private final Query in;

	DocumentAtATime(Query in) {
		this.in = in;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight weight = this.in.createWeight(searcher, scoreMode, boost);
		ScoreBounds bounds = scoreMode.needsScores() ? ScoreBounds.of(searcher, this.in, boost) : null;
		if (bounds == null) {
			// FilterWeight keeps Weight's own bulk scorer, which walks the scorer.
			return new FilterWeight(weight) {
			};
		}
		return new FilterWeight(weight) {

			@Override
			public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
				Scorer scorer = scorer(context);
				if (scorer == null) {
					return null;
				}
				return new OneByOne(scorer, new Bounded(scorer, bounds, context));
			}

		};
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.in.rewrite(searcher);
		return (rewritten != this.in) ? new DocumentAtATime(rewritten) : this;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.in.visit(visitor);
	}

	@Override
	public String toString(String field) {
		return this.in.toString(field);
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.in.equals(((DocumentAtATime) other).in);
	}

	@Override
	public int hashCode() {
		return classHash() * 31 + this.in.hashCode();
	}

	/**
	 * The scorer a collector is given: the query's score of the current match, and the
	 * most it can be, known without scoring.
	 */
	static final class Bounded extends Scorable {

		private final Scorer scorer;

		private final ScoreBounds bounds;

		private final LeafReaderContext context;

		/** Made the first time it is asked: a search that never asks pays nothing. */
		private ScoreBounds.InSegment inSegment;

		Bounded(Scorer scorer, ScoreBounds bounds, LeafReaderContext context) {
			this.scorer = scorer;
			this.bounds = bounds;
			this.context = context;
		}

		@Override
		public float score() throws IOException {
			return this.scorer.score();
		}

		@Override
		public int docID() {
			return this.scorer.docID();
		}

		/**
		 * The most the current match can score.
		 * @param doc the current match, as the collector was given it
		 * @return at least its {@link #score()}
		 * @throws IOException if the index cannot be read
		 */
		double maxScore(int doc) throws IOException {
			if (this.inSegment == null) {
				this.inSegment = this.bounds.inSegment(this.context);
			}
			return this.inSegment.maxScore(doc);
		}

	}

	/**
	 * Every match in turn, as Weight's default bulk scorer, with a {@link Bounded}
	 * scorer.
	 */
	private static final class OneByOne extends BulkScorer {

		private final Scorable scorable;

		private final TwoPhaseIterator twoPhase;

		private final DocIdSetIterator approximation;

		OneByOne(Scorer scorer, Scorable scorable) {
			this.scorable = scorable;
			this.twoPhase = scorer.twoPhaseIterator();
			this.approximation = ScoreBounds.approximation(scorer);
		}

		@Override
		public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
			collector.setScorer(this.scorable);
			int doc = this.approximation.docID();
			if (doc < min) {
				doc = this.approximation.advance(min);
			}
			while (doc < max) {
				if ((acceptDocs == null || acceptDocs.get(doc)) && (this.twoPhase == null || this.twoPhase.matches())) {
					collector.collect(doc);
				}
				doc = this.approximation.nextDoc();
			}
			return doc;
		}

		@Override
		public long cost() {
			return this.approximation.cost();
		}

	}

}
