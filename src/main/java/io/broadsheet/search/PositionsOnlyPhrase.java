package io.broadsheet.search;

import java.io.IOException;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A phrase whose words' positions are read through the postings Lucene opens for
 * {@link ScoreMode#TOP_SCORES}, with the same matches, frequencies and scores.
 * <p>
 * Titles and bodies are indexed with their terms' offsets (for the snippets). A scored
 * phrase asked for {@link ScoreMode#COMPLETE} opens its words with the postings enum that
 * also walks the offsets' file beside the positions; the one opened for
 * {@link ScoreMode#TOP_SCORES} (for words in 128 articles or more) reads positions alone.
 * A phrase of two common words reads the positions of both words in most of the articles
 * (it cannot count its matches otherwise), so that is nearly all of its CPU. No minimum
 * competitive score is ever set on the phrase's scorer (the collectors above it score and
 * count every match), so it skips nothing: it matches what the phrase matches, with the
 * same frequency and so the same score.
 */
final class PositionsOnlyPhrase extends Query {

	private final PhraseQuery phrase;

	PositionsOnlyPhrase(PhraseQuery phrase) {
		this.phrase = phrase;
	}

	/**
	 * The query itself, or a phrase in it made to read positions alone.
	 * @param query a query for one term of a field
	 * @return what to search with
	 */
	static Query of(Query query) {
		return (query instanceof PhraseQuery phrase) ? new PositionsOnlyPhrase(phrase) : query;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		return this.phrase.createWeight(searcher, (scoreMode == ScoreMode.COMPLETE) ? ScoreMode.TOP_SCORES : scoreMode,
				boost);
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.phrase.rewrite(searcher);
		return (rewritten == this.phrase) ? this : of(rewritten);
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
		return sameClassAs(other) && this.phrase.equals(((PositionsOnlyPhrase) other).phrase);
	}

	@Override
	public int hashCode() {
		return classHash() * 31 + this.phrase.hashCode();
	}

}
