package io.broadsheet.corpus;

import java.io.IOException;

/**
 * One article file found in the corpus, not read yet.
 */
interface CorpusFile {

	/** The file's path relative to the corpus root, with {@code /} separators. */
	String relativePath();

	/** The file's size in bytes. */
	long size();

	/** The file's content. */
	byte[] read() throws IOException;

	/**
	 * The content of the curator's sidecar ({@code <stem>.yaml} or {@code .yml}), or
	 * {@code null}.
	 */
	byte[] readSidecar() throws IOException;

	/**
	 * The sizes and modification times of the file and of its sidecar, as the file system
	 * reported them when the file was found (before any read), or {@code null} when the
	 * source has none worth trusting (a jar).
	 */
	FileFingerprint fingerprint();

}
