package io.broadsheet.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What a look at the corpus folder found: the article files to read, and the files that
 * were passed over before reading, each with its reason.
 *
 * @param files the article files, in a stable order
 * @param rejected files passed over
 */
record CorpusScan(List<CorpusFile> files, List<CorpusReport.SkippedFile> rejected) {

	/**
	 * The fingerprint (sizes and times) of each file that has one, by relative path: what
	 * a second look compares to tell a file still being written.
	 */
	Map<String, String> fingerprints() {
		Map<String, String> fingerprints = new HashMap<>();
		for (CorpusFile file : this.files) {
			if (file.fingerprint() != null) {
				fingerprints.put(file.relativePath(), file.fingerprint().value());
			}
		}
		return fingerprints;
	}

	/**
	 * A digest of everything this look saw: two looks with the same digest saw no file
	 * added, changed or removed. Kept instead of the look itself, which at 100k files
	 * would hold megabytes.
	 */
	String digest() {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
		for (CorpusFile file : this.files) {
			digest.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			String fingerprint = (file.fingerprint() != null) ? file.fingerprint().value() : "";
			digest.update(fingerprint.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		for (CorpusReport.SkippedFile file : this.rejected) {
			digest.update(file.file().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 1);
			digest.update(file.reason().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		return HexFormat.of().formatHex(digest.digest(), 0, 16);
	}

}
