package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * How many articles hold any of a query's words, worked out from the postings' document
 * frequencies instead of visiting every match: what lets {@link BestFirst} rank the page
 * of a one-word search (or of words in {@code OR}) with Lucene's block-max skipping,
 * which passes over the matches that cannot enter the page without counting them.
 * <p>
 * A word is looked for in the title and body of every analysis, and an article can hold
 * it in both: the count is the document frequency of the word with the most articles (a
 * common word in bodies), plus the articles of the others (the same word in titles) that
 * it does not hold, each looked up in its postings by skipping. A segment's document
 * frequencies count its deleted articles too, so a reader with deletions (none after a
 * catch-up, which merges them away) gets no count; nor does a query with anything but
 * words in {@code SHOULD} clauses: a filter, an exclusion, a phrase, a prefix, two
 * required words. Those are counted as they are ranked, every match visited.
 */
final class PostingsCount {

	private PostingsCount() {
	}

	/**
	 * A word is counted apart only when the word with the most articles has at least this
	 * many times the postings of all the others together: a common word in bodies against
	 * the same word in titles. Two common words in {@code OR} would have the others'
	 * postings read once to count and again to rank, and the ranking skips little where
	 * two words with many articles can each lift a match into the page: at 100k articles
	 * such searches took more CPU at their 99th percentile counted apart than visited
	 * once.
	 */
	private static final long MOST = 2;

	/**
	 * The number of documents a query matches, if its postings tell.
	 * @param reader the reader the query runs on
	 * @param query the query, rewritten for that reader
	 * @return the count, or -1 when the postings do not tell it, or not cheaply
	 * @throws IOException if the index cannot be read
	 */
	static long of(IndexReader reader, Query query) throws IOException {
		List<Term> words = new ArrayList<>();
		if (reader.hasDeletions() || !anyOfWords(query, words) || words.isEmpty()) {
			return -1;
		}
		List<InSegment> segments = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			InSegment segment = InSegment.of(leaf, words);
			if (segment.otherPostings() * MOST > segment.mostDocs()) {
				return -1;
			}
			segments.add(segment);
		}
		long count = 0;
		for (InSegment segment : segments) {
			count += segment.count();
		}
		return count;
	}

	// Words alone, boosted or not, in SHOULD clauses at every level: any of them matches.
	private static boolean anyOfWords(Query query, List<Term> words) {
		if (query instanceof TermQuery word) {
			words.add(word.getTerm());
			return true;
		}
		if (query instanceof BoostQuery boosted) {
			return anyOfWords(boosted.getQuery(), words);
		}
		if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() <= 1) {
			for (BooleanClause clause : bool.clauses()) {
				if (clause.getOccur() != Occur.SHOULD || !anyOfWords(clause.getQuery(), words)) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * A query's words as one segment holds them.
	 *
	 * @param leaf the segment
	 * @param most the word with the most articles, or {@code null} if it holds none
	 * @param others the other words it holds
	 */
	private record InSegment(LeafReaderContext leaf, TermsEnum most, List<TermsEnum> others) {

		static InSegment of(LeafReaderContext leaf, List<Term> words) throws IOException {
			List<TermsEnum> others = new ArrayList<>();
			TermsEnum most = null;
			for (Term word : words) {
				Terms terms = leaf.reader().terms(word.field());
				if (terms == null) {
					continue;
				}
				TermsEnum term = terms.iterator();
				if (!term.seekExact(word.bytes())) {
					continue;
				}
				if (most == null || term.docFreq() > most.docFreq()) {
					if (most != null) {
						others.add(most);
					}
					most = term;
				}
				else {
					others.add(term);
				}
			}
			return new InSegment(leaf, most, others);
		}

		int mostDocs() throws IOException {
			return (this.most != null) ? this.most.docFreq() : 0;
		}

		/** The others' postings together. */
		long otherPostings() throws IOException {
			long postings = 0;
			for (TermsEnum term : this.others) {
				postings += term.docFreq();
			}
			return postings;
		}

		long count() throws IOException {
			long count = mostDocs();
			if (this.others.isEmpty()) {
				return count;
			}
			// The others' articles, each once however many of them hold it.
			FixedBitSet others = new FixedBitSet(this.leaf.reader().maxDoc());
			for (TermsEnum term : this.others) {
				others.or(term.postings(null, PostingsEnum.NONE));
			}
			PostingsEnum inMost = this.most.postings(null, PostingsEnum.NONE);
			int last = others.length() - 1;
			for (int doc = others.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = (doc < last)
					? others.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
				int at = inMost.docID();
				if (at < doc) {
					at = inMost.advance(doc);
				}
				if (at != doc) {
					count++;
				}
			}
			return count;
		}

	}

}
