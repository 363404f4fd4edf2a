package io.broadsheet.corpus;

import java.io.IOException;

/**
 * A place article files come from: a folder on disk or a classpath location.
 */
interface CorpusLocation {

	/** The location as configured, for messages. */
	String location();

	/** Lists the article files; reads none of them. */
	CorpusScan scan() throws IOException;

}
