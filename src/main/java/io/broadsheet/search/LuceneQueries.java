package io.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import io.broadsheet.search.TextQuery.Group;

/**
 * Turns search criteria into a Lucene query. Every term of the text query is looked for
 * in the title and body fields of each analysis language the index holds, analysed the
 * way that language's articles were; an article has the fields of its own language only,
 * so exactly one language's clauses can match it.
 */
final class LuceneQueries {

	/**
	 * How much more a word in the title weighs than the same word in the body: an article
	 * about a thing names it in its title.
	 */
	static final float TITLE_BOOST = 3f;

	private final Analyzer analyzer;

	private final QueryBuilder builder;

	LuceneQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
		this.builder = new QueryBuilder(analyzer);
	}

	/** The query for the criteria, over articles analysed in any of the given ways. */
	Query toQuery(SearchCriteria criteria, Set<String> analyses) {
		return toQuery(criteria, (criteria.text() != null) ? text(criteria.text(), analyses) : null);
	}

	/**
	 * The query for the criteria, given the query of their text that
	 * {@link #text(TextQuery, Set)} made, for a caller that needs that one too.
	 * @param criteria what to match
	 * @param text the query of the criteria's text, {@code null} when they have none
	 * @return the text query with the criteria's filters
	 */
	Query toQuery(SearchCriteria criteria, Query text) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (text != null) {
			query.add(text, Occur.MUST);
		}
		else {
			query.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		if (!criteria.authorIds().isEmpty()) {
			query.add(new TermInSetQuery(ArticleDocuments.AUTHOR,
					criteria.authorIds().stream().map(BytesRef::new).toList()), Occur.FILTER);
		}
		if (criteria.from() != null || criteria.to() != null) {
			long from = (criteria.from() != null) ? criteria.from().toEpochDay() : Long.MIN_VALUE;
			long to = (criteria.to() != null) ? criteria.to().toEpochDay() : Long.MAX_VALUE;
			query.add(LongPoint.newRangeQuery(ArticleDocuments.PUBLISHED, from, to), Occur.FILTER);
		}
		if (criteria.publisher() != null && !criteria.publisher().isBlank()) {
			query.add(new TermQuery(new Term(ArticleDocuments.PUBLISHER, ArticleDocuments.key(criteria.publisher()))),
					Occur.FILTER);
		}
		if (criteria.language() != null) {
			query.add(new TermQuery(new Term(ArticleDocuments.LANGUAGE, criteria.language().toLowerCase(Locale.ROOT))),
					Occur.FILTER);
		}
		return query.build();
	}

	/**
	 * The text query alone, without filters: what highlighting looks for.
	 */
	Query text(TextQuery text, Set<String> analyses) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		boolean anyRequired = false;
		for (Group group : text.groups()) {
			BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
			for (TextQuery.Term term : group.alternatives()) {
				for (String analysis : analyses) {
					ArticleDocuments.TextFields fields = ArticleDocuments.TextFields.of(analysis);
					addField(alternatives, fields, fields.title(), term, TITLE_BOOST);
					addField(alternatives, fields, fields.body(), term, 1f);
				}
			}
			query.add(alternatives.build(), group.excluded() ? Occur.MUST_NOT : Occur.MUST);
			anyRequired |= !group.excluded();
		}
		if (!anyRequired) {
			// Only exclusions: everything else matches, all equally.
			query.add(new MatchAllDocsQuery(), Occur.FILTER);
		}
		return query.build();
	}

	private void addField(BooleanQuery.Builder alternatives, ArticleDocuments.TextFields fields, String field,
			TextQuery.Term term, float boost) {
		for (Query query : fieldQueries(fields, field, term)) {
			alternatives.add((boost != 1f) ? new BoostQuery(query, boost) : query, Occur.SHOULD);
		}
	}

	private List<Query> fieldQueries(ArticleDocuments.TextFields fields, String field, TextQuery.Term term) {
		List<Query> queries = new ArrayList<>();
		switch (term.kind()) {
			// A word the tokenizer splits ("e-mail", "U.S.") must keep its parts
			// together: a phrase, which is a plain term query for a single
			// token.
			case WORD, PHRASE -> {
				Query query = this.builder.createPhraseQuery(field, term.text());
				if (query != null) {
					queries.add(query);
				}
			}
			case PREFIX -> {
				// Folded but not stemmed, against the words as written.
				queries.add(fields.prefixQuery(field, this.analyzer.normalize(field, term.text())));
			}
		}
		return queries;
	}

}
