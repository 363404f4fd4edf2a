package io.broadsheet.corpus.extract;

/**
 * Where the value of a metadata field came from.
 */
public enum Source {

	/** Found in the article text itself, at a known line. */
	TEXT,

	/** Supplied by a curator: YAML front matter or a sidecar file. */
	OVERRIDE,

	/**
	 * Made up from the text by a rule, not stated by it (a title cut from the first
	 * sentence).
	 */
	DERIVED

}
