package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
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
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.HighlightFlag;

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
 * the only field of the query it takes matches from ({@link #serves}).
 */
final class PageMatches {

	/** What {@link #inField} answers for a query part that looks in several fields. */
	private static final Query UNSPLIT = new MatchNoDocsQuery("looks in several fields");

	/** Without a query cache, like the highlighter's own: matching caches nothing. */
	private final IndexSearcher searcher;

	private final List<LeafReaderContext> leaves;

	/**
	 * The prepared queries, by field; {@code null} where nothing in the query looks in
	 * that field.
	 */
	private final Map<String, Weight> weights = new HashMap<>();

	/** The text query the weights were prepared for: one per page. */
	private Query query;

	PageMatches(IndexReader reader) {
		this.searcher = new IndexSearcher(reader);
		this.searcher.setQueryCache(null);
		this.leaves = reader.leaves();
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
		Weight weight = weightOf(components.getQuery(), components.getField());
		Matches matches = (weight != null) ? weight.matches(leaf, doc) : null;
		if (matches == null) {
			return true;
		}
		for (String field : matches) {
			if (components.getFieldMatcher().test(field)) {
				MatchesIterator iterator = matches.getMatches(field);
				if (iterator != null) {
					results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
				}
			}
		}
		return true;
	}

	private Weight weightOf(Query query, String field) throws IOException {
		if (query != this.query) {
			this.weights.clear();
			this.query = query;
		}
		if (this.weights.containsKey(field)) {
			return this.weights.get(field);
		}
		Query inField = inField(query, field);
		Query matched = (inField == UNSPLIT) ? query : inField;
		Weight weight = (matched != null)
				? this.searcher.rewrite(matched).createWeight(this.searcher, ScoreMode.COMPLETE_NO_SCORES, 1f) : null;
		this.weights.put(field, weight);
		return weight;
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
