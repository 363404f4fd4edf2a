package io.broadsheet.search;

import java.io.IOException;

import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

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
 */
final class DocumentAtATime extends Query {

	private final Query in;

	DocumentAtATime(Query in) {
		this.in = in;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		// FilterWeight keeps Weight's own bulk scorer, which walks the scorer.
		return new FilterWeight(this.in.createWeight(searcher, scoreMode, boost)) {
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

}
