package io.broadsheet.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.DocIdSetBuilder;
import org.apache.lucene.util.StringHelper;

/**
 * The articles with a word in their stemmed body that begins with a prefix, as a
 * {@link PrefixQuery} over an unstemmed copy of every word would find them, from a copy
 * of only the words the stemmer changed. Hashing every article's distinct words into a
 * second field was about a third of the indexing thread's CPU on text whose words the
 * stemmer mostly leaves alone (index55), and half of its words on real text.
 * <p>
 * A word begins with the prefix when:
 * <ul>
 * <li>the stemmer changed it: it is in the copy ({@link SearchAnalyzer#UNSTEMMED}), which
 * is searched as before;</li>
 * <li>or it is its own term, which then begins with the prefix: the article holds a stem
 * that begins with it. Not every such article holds such a word: a stem that begins none
 * of the article's words it was made from ({@code take} of {@code taking} alone, for
 * {@code take*}) is no evidence; those stems are indexed apart
 * ({@link SearchAnalyzer#STEMS_APART}) and an article is not matched by them. Any other
 * stem that begins with the prefix begins one of the article's words, which then does
 * too.</li>
 * </ul>
 * So the articles are exactly those the full copy gave; every one scores alike, as a
 * prefix query's. Whatever visits the query (the highlighter, {@link PageMatches}) sees
 * the prefix query over the copy, and matches in a text analysed again (the highlighter
 * analyses a body for a prefix) come from that query over every word; asked of the index,
 * an article found through its stems alone matches too, with no words to show.
 */
final class StemmedPrefixQuery extends Query {

	private final String stemmed;

	private final String changed;

	private final String apart;

	private final BytesRef prefix;

	/**
	 * The prefix in the copy: what visitors see, and where matches in a text are read.
	 */
	private final PrefixQuery asWritten;

	/**
	 * The query.
	 * @param stemmed the stemmed body's field
	 * @param changed its copy of the words the stemmer changed
	 * @param apart its stems that begin none of their words
	 * @param prefix lower-cased and folded, as the copy's words are
	 */
	StemmedPrefixQuery(String stemmed, String changed, String apart, BytesRef prefix) {
		this.stemmed = stemmed;
		this.changed = changed;
		this.apart = apart;
		this.prefix = BytesRef.deepCopyOf(prefix);
		this.asWritten = new PrefixQuery(new Term(changed, this.prefix));
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		return new ConstantScoreWeight(this, boost) {

			private Weight asWrittenWeight;

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				DocIdSetIterator matching = matching(context.reader());
				return (matching != null) ? new ConstantScoreScorer(this, score(), scoreMode, matching) : null;
			}

			// Where the copy's field holds every word (a text analysed again: the
			// highlighter's), the words that begin with the prefix. Of the index, whose
			// copy holds only the changed words, an article found through a word the
			// stemmer left alone matches with no words to show, as any article the
			// scorer finds: its stem is no word of the text.
			@Override
			public Matches matches(LeafReaderContext context, int doc) throws IOException {
				if (this.asWrittenWeight == null) {
					this.asWrittenWeight = searcher.rewrite(StemmedPrefixQuery.this.asWritten)
						.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
				}
				Matches words = this.asWrittenWeight.matches(context, doc);
				return (words != null) ? words : super.matches(context, doc);
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return true;
			}

		};
	}

	// The segment's articles with a changed word or a stem, not apart, that begins with
	// the prefix; null when none.
	private DocIdSetIterator matching(LeafReader reader) throws IOException {
		DocIdSetBuilder docs = new DocIdSetBuilder(reader.maxDoc());
		boolean any = false;
		PostingsEnum postings = null;
		TermsEnum words = prefixed(reader.terms(this.changed));
		for (; words != null; words = next(words)) {
			postings = words.postings(postings, PostingsEnum.NONE);
			docs.add(postings);
			any = true;
		}
		TermsEnum apartStems = prefixed(reader.terms(this.apart));
		PostingsEnum apartDocs = null;
		for (TermsEnum stems = prefixed(reader.terms(this.stemmed)); stems != null; stems = next(stems)) {
			postings = stems.postings(postings, PostingsEnum.NONE);
			any = true;
			// Both in order, and every stem apart is a stem of the segment: it is this
			// one or one after.
			while (apartStems != null && apartStems.term().compareTo(stems.term()) < 0) {
				apartStems = next(apartStems);
			}
			if (apartStems == null || !apartStems.term().bytesEquals(stems.term())) {
				docs.add(postings);
				continue;
			}
			apartDocs = apartStems.postings(apartDocs, PostingsEnum.NONE);
			DocIdSetBuilder.BulkAdder adder = docs.grow(stems.docFreq());
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				if (apartDocs.docID() < doc) {
					apartDocs.advance(doc);
				}
				if (apartDocs.docID() != doc) {
					adder.add(doc);
				}
			}
			apartStems = next(apartStems);
		}
		return any ? docs.build().iterator() : null;
	}

	// The field's terms from the first that begins with the prefix; null when none does.
	private TermsEnum prefixed(Terms terms) throws IOException {
		if (terms == null) {
			return null;
		}
		TermsEnum enumerated = terms.iterator();
		if (enumerated.seekCeil(this.prefix) == TermsEnum.SeekStatus.END) {
			return null;
		}
		return StringHelper.startsWith(enumerated.term(), this.prefix) ? enumerated : null;
	}

	// The next term that begins with the prefix, on the same enum; null past the last.
	private TermsEnum next(TermsEnum enumerated) throws IOException {
		BytesRef term = enumerated.next();
		return (term != null && StringHelper.startsWith(term, this.prefix)) ? enumerated : null;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.asWritten.visit(visitor);
	}

	@Override
	public String toString(String field) {
		return this.stemmed + ":" + this.prefix.utf8ToString() + "* (stems, " + this.changed + ", " + this.apart + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.stemmed.equals(((StemmedPrefixQuery) other).stemmed)
				&& this.changed.equals(((StemmedPrefixQuery) other).changed)
				&& this.apart.equals(((StemmedPrefixQuery) other).apart)
				&& this.prefix.equals(((StemmedPrefixQuery) other).prefix);
	}

	@Override
	public int hashCode() {
		return classHash() ^ Objects.hash(this.stemmed, this.changed, this.apart, this.prefix);
	}

}
