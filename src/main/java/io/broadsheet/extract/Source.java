package io.broadsheet.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where the value of a metadata field came from: the one provenance vocabulary of the
 * service. The store keeps it by {@link #name()}; the API and the reader show
 * {@link #value()}.
 */
public enum Source {

	/** Found in the article text itself, at a known line. */
	TEXT("text"),

	/** Supplied by a curator: YAML front matter or a sidecar file. */
	OVERRIDE("override"),

	/**
	 * Made up from the text by a rule, not stated by it (a title cut from the first
	 * sentence).
	 */
	DERIVED("derived");

	private final String value;

	Source(String value) {
		this.value = value;
	}

	/**
	 * The name clients read, in JSON and in the reader's pages. (Jackson's annotation
	 * alone, not Jackson: the extractor still runs without it.)
	 * @return the lower-case name
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

}
