package io.broadsheet.search;

import java.util.List;

/**
 * A full-text query as a person types it, parsed: every group must match, except the
 * excluded ones, which must not.
 *
 * @param text the query as written
 * @param groups the parts of the query, all of which must hold
 */
public record TextQuery(String text, List<Group> groups) {

	public TextQuery {
		groups = List.copyOf(groups);
	}

	/**
	 * Parses a query.
	 * @param text words, {@code "a phrase"}, {@code -word}, {@code word*} and
	 * {@code a OR b}
	 * @return the query
	 * @throws QuerySyntaxException naming the position the parser could not read
	 */
	public static TextQuery parse(String text) {
		return new TextQueryParser(text).parse();
	}

	/**
	 * Alternatives of which at least one must match (one alternative for a plain word),
	 * or, when excluded, none may.
	 *
	 * @param alternatives the terms, any of which matches
	 * @param excluded whether matching articles are left out instead
	 */
	public record Group(List<Term> alternatives, boolean excluded) {

		public Group {
			alternatives = List.copyOf(alternatives);
		}

	}

	/**
	 * One thing to look for.
	 *
	 * @param text the word, the words of the phrase, or the prefix (without {@code *})
	 * @param kind how to match it
	 */
	public record Term(String text, Kind kind) {

	}

	/** How a term matches. */
	public enum Kind {

		/** A word, stemmed in the article's language. */
		WORD,

		/** Words next to each other, in this order. */
		PHRASE,

		/** Any word that starts with the text. */
		PREFIX

	}

}
