package io.broadsheet.article;

/**
 * The opening words of a body, shown in lists and exports.
 */
final class Excerpts {

	/** Longest excerpt, in characters, before the ellipsis. */
	static final int MAX_LENGTH = 280;

	private Excerpts() {
	}

	/** The body's opening, cut at a word boundary, with an ellipsis when cut. */
	static String of(String body) {
		String firstParagraph = body.strip();
		int paragraphEnd = firstParagraph.indexOf("\n\n");
		if (paragraphEnd >= 0) {
			firstParagraph = firstParagraph.substring(0, paragraphEnd);
		}
		if (firstParagraph.length() <= MAX_LENGTH) {
			return firstParagraph;
		}
		int cut = firstParagraph.lastIndexOf(' ', MAX_LENGTH);
		return firstParagraph.substring(0, (cut > MAX_LENGTH / 2) ? cut : MAX_LENGTH).stripTrailing() + "…";
	}

}
