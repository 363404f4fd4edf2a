package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.HighlightFlag;
import org.apache.lucene.util.BytesRef;

/**
 * Where a text query matches in each hit of one page, read from the index, for its
 * snippets.
 * <p>
 * Lucene's highlighter prepares the query again for every hit and field: it rewrites it
 * and builds its weight over a reader of that hit's segment alone, so every term is
 * looked up in the segment's term dictionary once per hit; that was a fifth of a search's
 * CPU at 10k articles. Here the query is prepared once per page, over the whole index,
 * and each hit's matches are asked of the same weight: a term is looked up once per
 * segment. And it is prepared for each field apart, with only the parts of the query that
 * look in that field: a hit matches the whole query, so within one field it matches
 * exactly where those parts do; Lucene's would find the title's matches again while
 * highlighting the body. The matches are the same, as long as the highlighted field is
 * the only field of the query it takes matches from ({@link #serves}). Where a field's
 * part is words alone, their postings are read directly, opened once per segment and page
 * ({@link TermMatches}).
 */
final class PageMatches {

	/** What {@link #inField} answers for a query part that looks in several fields. */
	private static final Query UNSPLIT = new MatchNoDocsQuery("looks in several fields");

	/** Without a query cache, like the highlighter's own: matching caches nothing. */
	private final IndexSearcher searcher;

	private final List<LeafReaderContext> leaves;

	/**
	 * How each field's matches are found, by field; {@code null} where nothing in the
	 * query looks in that field.
	 */
	private final Map<String, FieldMatches> fields = new HashMap<>();

	/** The text query the weights were prepared for: one per page. */
	private Query query;

	/** Whether a field's offsets are in its table rather than in its postings. */
	private final Predicate<String> tabled;

	/**
	 * The tables of offsets of the bodies being highlighted, by document in the reader's
	 * numbering.
	 */
	private final Map<Integer, BytesRef> offsetTables = new HashMap<>();

	/** The table of the hit whose matches were last asked for, read as far as needed. */
	private final OffsetTable table = new OffsetTable();

	/**
	 * Matches of the reader's hits.
	 * @param reader the searched reader
	 * @param tabled whether a field's offsets are in each document's {@link OffsetTable},
	 * given with the hits ({@link #addOffsetTable}), rather than in the field's postings
	 */
	PageMatches(IndexReader reader, Predicate<String> tabled) {
		this.searcher = new IndexSearcher(reader);
		this.searcher.setQueryCache(null);
		this.leaves = reader.leaves();
		this.tabled = tabled;
	}

	/** Forgets the tables of the hits highlighted so far. */
	void clearOffsetTables() {
		this.offsetTables.clear();
	}

	/**
	 * Gives the table of a hit about to be highlighted.
	 * @param doc the hit, in the reader's numbering
	 * @param table its body's table of offsets, as stored
	 */
	void addOffsetTable(int doc, BytesRef table) {
		this.offsetTables.put(doc, table);
	}

	/**
	 * Whether the matches for these components can come from here. Lucene's highlighter
	 * reads every field of the query that the highlighted field takes matches from (a
	 * field's unstemmed copy, where a prefix query looks) through the highlighted field's
	 * terms, which a weight shared by every field cannot; nor can a query part whose
	 * fields are not known.
	 * @param components what the highlighter looks for in one field
	 * @return whether the highlighted field is the only such field of the query
	 */
	static boolean serves(UHComponents components) {
		if (!components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
			return false;
		}
		QueryFields query = QueryFields.of(components.getQuery());
		if (query.unknownPart) {
			return false;
		}
		for (String field : query.fields) {
			if (!field.equals(components.getField()) && components.getFieldMatcher().test(field)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Adds where the query matches one hit in the highlighted field, as the highlighter's
	 * own {@code createOffsetsEnumsWeightMatcher} would.
	 * @param components what the highlighter looks for, which {@link #serves} accepted
	 * @param leafReader the hit's segment, as the highlighter passes it
	 * @param doc the hit, within its segment
	 * @param results where the matches go
	 * @return {@code false}, adding nothing, for a segment not of this index
	 */
	boolean add(UHComponents components, LeafReader leafReader, int doc, List<OffsetsEnum> results) throws IOException {
		LeafReaderContext leaf = leafOf(leafReader);
		if (leaf == null) {
			return false;
		}
		FieldMatches matches = matchesOf(components.getQuery(), components.getField());
		if (matches == null) {
			return true;
		}
		OffsetTable offsets = null;
		if (this.tabled.test(components.getField())) {
			BytesRef table = this.offsetTables.get(leaf.docBase + doc);
			if (table == null) {
				// Where it matches is known, not where that is in the text.
				return true;
			}
			this.table.read(table);
			offsets = this.table;
		}
		matches.add(components, leaf, doc, offsets, results);
		return true;
	}

	private FieldMatches matchesOf(Query query, String field) throws IOException {
		if (query != this.query) {
			this.fields.clear();
			this.query = query;
		}
		if (this.fields.containsKey(field)) {
			return this.fields.get(field);
		}
		Query inField = inField(query, field);
		FieldMatches matches = null;
		if (inField == UNSPLIT) {
			matches = new WeightMatches(prepared(query));
		}
		else if (inField != null) {
			List<Term> terms = TermMatches.termsOf(inField);
			matches = (terms != null) ? new TermMatches(terms, this.leaves.size(), this.tabled.test(field))
					: new WeightMatches(prepared(inField));
		}
		this.fields.put(field, matches);
		return matches;
	}

	private Weight prepared(Query query) throws IOException {
		return this.searcher.rewrite(query).createWeight(this.searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
	}

	/**
	 * The parts of a query that may match in one field, any of which may: {@code null}
	 * when there are none, {@link #UNSPLIT} for a part that looks in that field and
	 * others at once. Excluded parts are left out (a hit matches none of them), and so
	 * are boosts, which do not change where a query matches.
	 */
	static Query inField(Query query, String field) {
		if (query instanceof BoostQuery boosted) {
			return inField(boosted.getQuery(), field);
		}
		if (query instanceof BooleanQuery bool) {
			List<Query> parts = new ArrayList<>();
			for (BooleanClause clause : bool.clauses()) {
				if (clause.getOccur() == Occur.MUST_NOT) {
					continue;
				}
				Query part = inField(clause.getQuery(), field);
				if (part == UNSPLIT) {
					return UNSPLIT;
				}
				if (part != null) {
					parts.add(part);
				}
			}
			if (parts.size() <= 1) {
				return parts.isEmpty() ? null : parts.get(0);
			}
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			parts.forEach((part) -> any.add(part, Occur.SHOULD));
			return any.build();
		}
		Set<String> fields = fieldsOf(query);
		if (!fields.contains(field)) {
			return null;
		}
		return (fields.size() == 1) ? query : UNSPLIT;
	}

	private static Set<String> fieldsOf(Query query) {
		return QueryFields.of(query).fields;
	}

	private LeafReaderContext leafOf(LeafReader reader) {
		for (LeafReaderContext leaf : this.leaves) {
			if (leaf.reader() == reader) {
				return leaf;
			}
		}
		return null;
	}

	/** Where one field's part of the query matches a hit. */
	private interface FieldMatches {

		/**
		 * Adds the matches of one hit.
		 * @param offsets the hit's table of offsets, read from its first position;
		 * {@code null} for a field with offsets in its postings
		 */
		void add(UHComponents components, LeafReaderContext leaf, int doc, OffsetTable offsets,
				List<OffsetsEnum> results) throws IOException;

	}

	/** The matches of any query, asked of its weight hit by hit. */
	private record WeightMatches(Weight weight) implements FieldMatches {

		@Override
		public void add(UHComponents components, LeafReaderContext leaf, int doc, OffsetTable offsets,
				List<OffsetsEnum> results) throws IOException {
			Matches matches = this.weight.matches(leaf, doc);
			if (matches == null) {
				return;
			}
			for (String field : matches) {
				if (components.getFieldMatcher().test(field)) {
					MatchesIterator iterator = matches.getMatches(field);
					if (iterator != null) {
						results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(
								(offsets != null) ? offsets.offsetsOf(iterator) : iterator));
					}
				}
			}
		}

	}

	/**
	 * The matches of words alone (a word, words, {@code OR}: four in five of the
	 * benchmark's queries), read straight from each word's postings. A weight's matches
	 * look the word up in the segment's term dictionary and open its postings again for
	 * every hit: that was a quarter of the snippets' CPU. Here a word's postings are
	 * opened once per segment and page and moved forward from hit to hit (the highlighter
	 * takes a field's hits in document order). Each word's offsets come as the weight's
	 * would: the word as the term, a frequency of one.
	 */
	private static final class TermMatches implements FieldMatches {

		private final Term[] terms;

		/** By segment, then word: the postings, opened at the segment's first hit. */
		private final PostingsEnum[][] postings;

		/** By segment, then word: whether the segment has the word at all. */
		private final boolean[][] absent;

		/**
		 * By segment, then word: the last hit its postings were asked for. A hit at or
		 * before it (the same page highlighted again) opens them anew: postings only move
		 * forward, and a hit's positions are read once.
		 */
		private final int[][] lastHit;

		/**
		 * What the postings are opened for: the offsets in them, or the positions, whose
		 * offsets are in the hit's table.
		 */
		private final int flags;

		TermMatches(List<Term> terms, int segments, boolean tabled) {
			this.terms = terms.toArray(Term[]::new);
			this.postings = new PostingsEnum[segments][];
			this.absent = new boolean[segments][];
			this.lastHit = new int[segments][];
			this.flags = tabled ? PostingsEnum.POSITIONS : PostingsEnum.OFFSETS;
		}

		/**
		 * The words of a query that is a word or a choice of words in one field, each
		 * once; {@code null} for any other query.
		 */
		static List<Term> termsOf(Query query) {
			List<Term> terms = new ArrayList<>();
			return collect(query, terms) ? terms : null;
		}

		// inField builds only choices (SHOULD) of the parts that look in the field.
		private static boolean collect(Query query, List<Term> terms) {
			if (query instanceof TermQuery term) {
				// A word twice would be two matches at one place; the weight's
				// disjunction gives one.
				return !terms.contains(term.getTerm()) && terms.add(term.getTerm());
			}
			if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
				for (BooleanClause clause : bool.clauses()) {
					if (clause.getOccur() != Occur.SHOULD || !collect(clause.getQuery(), terms)) {
						return false;
					}
				}
				return !terms.isEmpty();
			}
			return false;
		}

		@Override
		public void add(UHComponents components, LeafReaderContext leaf, int doc, OffsetTable offsets,
				List<OffsetsEnum> results) throws IOException {
			if (this.postings[leaf.ord] == null) {
				this.postings[leaf.ord] = new PostingsEnum[this.terms.length];
				this.absent[leaf.ord] = new boolean[this.terms.length];
				this.lastHit[leaf.ord] = new int[this.terms.length];
			}
			PostingsEnum[] postings = this.postings[leaf.ord];
			boolean[] absent = this.absent[leaf.ord];
			int[] lastHit = this.lastHit[leaf.ord];
			for (int i = 0; i < this.terms.length; i++) {
				if (absent[i]) {
					continue;
				}
				if (postings[i] == null || lastHit[i] >= doc) {
					postings[i] = open(leaf, this.terms[i], this.flags);
					if (postings[i] == null) {
						absent[i] = true;
						continue;
					}
				}
				lastHit[i] = doc;
				PostingsEnum word = postings[i];
				if (word.docID() < doc) {
					word.advance(doc);
				}
				if (word.docID() == doc) {
					results.add((offsets != null) ? new TabledPostings(this.terms[i].bytes(), word, offsets)
							: new OffsetsEnum.OfPostings(this.terms[i].bytes(), 1, word));
				}
			}
		}

		private static PostingsEnum open(LeafReaderContext leaf, Term term, int flags) throws IOException {
			Terms terms = leaf.reader().terms(term.field());
			if (terms == null) {
				return null;
			}
			TermsEnum words = terms.iterator();
			return words.seekExact(term.bytes()) ? words.postings(null, flags) : null;
		}

	}

	/**
	 * A word's matches in one hit as {@link OffsetsEnum.OfPostings} gives them, with the
	 * offsets of their positions in the hit's table.
	 */
	private static final class TabledPostings extends OffsetsEnum {

		private final BytesRef term;

		private final PostingsEnum postings;

		private final OffsetTable offsets;

		private int left;

		private int position = -1;

		TabledPostings(BytesRef term, PostingsEnum postings, OffsetTable offsets) throws IOException {
			this.term = term;
			this.postings = postings;
			this.offsets = offsets;
			this.left = postings.freq();
		}

		@Override
		public boolean nextPosition() throws IOException {
			if (this.left == 0) {
				return false;
			}
			this.left--;
			this.position = this.postings.nextPosition();
			return true;
		}

		// As the weight's matches give it: one for each word.
		@Override
		public int freq() {
			return 1;
		}

		@Override
		public BytesRef getTerm() {
			return this.term;
		}

		@Override
		public int startOffset() {
			return this.offsets.startOffset(this.position);
		}

		@Override
		public int endOffset() {
			return this.offsets.endOffset(this.position);
		}

	}

	/**
	 * The fields a query looks in, every part of it counted, excluded parts too (the
	 * highlighter's weight reads them as well), and whether a part names no field.
	 */
	private static final class QueryFields extends QueryVisitor {

		private final Set<String> fields = new HashSet<>();

		private boolean unknownPart;

		static QueryFields of(Query query) {
			QueryFields visitor = new QueryFields();
			query.visit(visitor);
			return visitor;
		}

		@Override
		public boolean acceptField(String field) {
			this.fields.add(field);
			return true;
		}

		@Override
		public QueryVisitor getSubVisitor(Occur occur, Query parent) {
			return this;
		}

		@Override
		public void visitLeaf(Query query) {
			this.unknownPart |= !(query instanceof MatchAllDocsQuery);
		}

	}

}
