package io.broadsheet.corpus;

/**
 * The configured corpus location does not exist or cannot be read. Stops startup, with
 * {@link CorpusNotFoundFailureAnalyzer} explaining why in one line.
 */
class CorpusNotFoundException extends RuntimeException {

	private final String location;

	CorpusNotFoundException(String location, String problem) {
		super("Corpus " + location + " " + problem);
		this.location = location;
	}

	String getLocation() {
		return this.location;
	}

}
