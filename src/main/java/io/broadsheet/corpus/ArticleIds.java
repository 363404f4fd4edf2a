package io.broadsheet.corpus;

import java.util.regex.Pattern;

/**
 * Article ids from file paths: the path without {@code .txt}, folders joined with
 * {@code ~}, characters that are not URL-safe replaced by {@code -}. A file at the top of
 * the corpus keeps its name: {@code 000_a9e816bf096b0a86.txt} is
 * {@code 000_a9e816bf096b0a86}. Ids depend only on the path, so they survive restarts and
 * re-orderings of the folder.
 */
final class ArticleIds {

	/** Separates folder names in an id; unreserved in URLs and rare in file names. */
	static final String FOLDER_SEPARATOR = "~";

	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");

	private ArticleIds() {
	}

	static String of(String relativePath) {
		String withoutExtension = relativePath.substring(0, relativePath.length() - ".txt".length());
		String[] segments = withoutExtension.split("/");
		StringBuilder id = new StringBuilder();
		for (String segment : segments) {
			if (!id.isEmpty()) {
				id.append(FOLDER_SEPARATOR);
			}
			id.append(UNSAFE.matcher(segment).replaceAll("-"));
		}
		return id.toString();
	}

}
