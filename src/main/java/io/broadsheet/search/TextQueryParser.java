package io.broadsheet.search;

import java.util.ArrayList;
import java.util.List;

import io.broadsheet.search.TextQuery.Group;
import io.broadsheet.search.TextQuery.Kind;
import io.broadsheet.search.TextQuery.Term;

/**
 * Reads the query syntax people type into a search box, and nothing more: words (all must
 * match), {@code "a phrase"}, {@code -word} or {@code -"a phrase"}, {@code word*},
 * {@code a OR b}. Unlike Lucene's own query parsers it gives no access to fields, ranges,
 * boosts or fuzzy matching, and it reports every mistake with its position instead of
 * guessing what was meant.
 */
final class TextQueryParser {

	/** Shortest prefix before {@code *}: shorter ones match most of the vocabulary. */
	static final int MIN_PREFIX_LENGTH = 2;

	/**
	 * The most words and phrases a query may hold. Each is looked for in the title and
	 * the body of every language the index holds (up to 31 analyses, so 62 Lucene clauses
	 * a term); 32 terms stay well inside {@link ArticleIndex#MAX_CLAUSES}. A pasted
	 * paragraph is answered with a clear 400 instead of a failed search.
	 */
	static final int MAX_TERMS = 32;

	private static final String OR = "OR";

	private final String text;

	private int position;

	TextQueryParser(String text) {
		this.text = text;
	}

	TextQuery parse() {
		List<Group> groups = new ArrayList<>();
		skipSpaces();
		if (atEnd()) {
			throw new QuerySyntaxException(0, "empty query");
		}
		while (!atEnd()) {
			Group group = searchable(group());
			if (group != null) {
				groups.add(group);
			}
			skipSpaces();
		}
		if (groups.isEmpty()) {
			throw new QuerySyntaxException(0, "no words to search for");
		}
		int terms = groups.stream().mapToInt((group) -> group.alternatives().size()).sum();
		if (terms > MAX_TERMS) {
			throw new QuerySyntaxException(0,
					"too many words: at most " + MAX_TERMS + " words and phrases, this query has " + terms);
		}
		return new TextQuery(this.text, groups);
	}

	// Punctuation on its own ("&", "--") is no word: the index holds no term for it, and
	// requiring it would match nothing.
	private static Group searchable(Group group) {
		List<Term> words = group.alternatives().stream().filter((term) -> hasWordCharacter(term.text())).toList();
		return words.isEmpty() ? null : new Group(words, group.excluded());
	}

	private static boolean hasWordCharacter(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	// unit ( OR unit )*
	private Group group() {
		int start = this.position;
		Unit first = unit();
		if (first.orOperator) {
			throw new QuerySyntaxException(start, "OR needs a term before it");
		}
		List<Term> alternatives = new ArrayList<>(List.of(first.term));
		boolean excluded = first.excluded;
		while (true) {
			int beforeSpaces = this.position;
			skipSpaces();
			if (atEnd() || !nextIsOr()) {
				this.position = beforeSpaces;
				break;
			}
			int orAt = this.position;
			this.position += OR.length();
			skipSpaces();
			if (atEnd()) {
				throw new QuerySyntaxException(orAt, "OR needs a term after it");
			}
			int unitAt = this.position;
			Unit next = unit();
			if (next.orOperator) {
				throw new QuerySyntaxException(unitAt, "OR needs a term after it");
			}
			if (next.excluded || excluded) {
				throw new QuerySyntaxException(next.excluded ? unitAt : start,
						"an excluded term cannot be one of the alternatives of OR");
			}
			alternatives.add(next.term);
		}
		return new Group(alternatives, excluded);
	}

	private Unit unit() {
		int start = this.position;
		boolean excluded = false;
		if (peek() == '-') {
			excluded = true;
			this.position++;
			if (atEnd() || Character.isWhitespace(peek())) {
				throw new QuerySyntaxException(start, "'-' must be followed by the word or phrase to exclude");
			}
		}
		if (peek() == '"') {
			return new Unit(phrase(), excluded, false);
		}
		int wordStart = this.position;
		while (!atEnd() && !Character.isWhitespace(peek()) && peek() != '"') {
			this.position++;
		}
		String word = this.text.substring(wordStart, this.position);
		if (!excluded && word.equals(OR)) {
			return new Unit(null, false, true);
		}
		int star = word.indexOf('*');
		if (star < 0) {
			return new Unit(new Term(word, Kind.WORD), excluded, false);
		}
		if (star != word.length() - 1) {
			throw new QuerySyntaxException(wordStart + star, "'*' may only end a word");
		}
		if (star < MIN_PREFIX_LENGTH) {
			throw new QuerySyntaxException(wordStart + star,
					"'*' needs at least " + MIN_PREFIX_LENGTH + " characters before it");
		}
		return new Unit(new Term(word.substring(0, star), Kind.PREFIX), excluded, false);
	}

	private Term phrase() {
		int open = this.position;
		int close = this.text.indexOf('"', open + 1);
		if (close < 0) {
			throw new QuerySyntaxException(open, "unclosed quote");
		}
		String words = this.text.substring(open + 1, close);
		if (words.isBlank()) {
			throw new QuerySyntaxException(open, "empty phrase");
		}
		this.position = close + 1;
		if (!atEnd() && !Character.isWhitespace(peek())) {
			throw new QuerySyntaxException(this.position, "a closing quote must be followed by a space");
		}
		return new Term(words.strip(), Kind.PHRASE);
	}

	private boolean nextIsOr() {
		int end = this.position + OR.length();
		return this.text.startsWith(OR, this.position)
				&& (end == this.text.length() || Character.isWhitespace(this.text.charAt(end)));
	}

	private void skipSpaces() {
		while (!atEnd() && Character.isWhitespace(peek())) {
			this.position++;
		}
	}

	private boolean atEnd() {
		return this.position >= this.text.length();
	}

	private char peek() {
		return this.text.charAt(this.position);
	}

	/** A term as read, or the OR operator where a term was expected. */
	private record Unit(Term term, boolean excluded, boolean orOperator) {

	}

}
