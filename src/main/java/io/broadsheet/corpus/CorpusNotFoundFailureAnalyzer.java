package io.broadsheet.corpus;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing corpus into Spring Boot's short "APPLICATION FAILED TO START" report
 * instead of a stack trace.
 */
class CorpusNotFoundFailureAnalyzer extends AbstractFailureAnalyzer<CorpusNotFoundException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CorpusNotFoundException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Point broadsheet.corpus.path (environment variable BROADSHEET_CORPUS_PATH) at a readable folder "
						+ "of .txt files, or leave it unset to serve the bundled corpus.",
				cause);
	}

}
