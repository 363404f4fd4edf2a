package io.broadsheet.search;

/**
 * A query the parser cannot read. The message says what is wrong and where, in words fit
 * for a client.
 */
public class QuerySyntaxException extends IllegalArgumentException {

	private final int position;

	QuerySyntaxException(int position, String problem) {
		super(problem + " at position " + position);
		this.position = position;
	}

	/** The 0-based position in the query of the character the parser stopped at. */
	public int getPosition() {
		return this.position;
	}

}
