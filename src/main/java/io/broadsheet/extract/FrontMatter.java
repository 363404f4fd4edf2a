package io.broadsheet.extract;

import java.util.List;

/**
 * Finds a YAML front matter block: a first line {@code ---}, YAML, and a closing line
 * {@code ---} (or {@code ...}). Its lines are not article text, but they are counted, so
 * line numbers of the article stay those of the whole file.
 *
 * @param yaml the YAML between the fences
 * @param bodyStart the index of the first line after the closing fence
 */
record FrontMatter(String yaml, int bodyStart) {

	private static final int MAX_LINES = 200;

	/**
	 * The front matter of the lines, or {@code null} when the file has none. An opening
	 * fence that is never closed is reported when what follows looks like overrides, and
	 * the file is then read as plain text.
	 */
	static FrontMatter find(String[] lines, List<String> warnings) {
		if (lines.length < 2 || !lines[0].strip().equals("---")) {
			return null;
		}
		int limit = Math.min(lines.length, MAX_LINES + 1);
		for (int i = 1; i < limit; i++) {
			String line = lines[i].strip();
			if (line.equals("---") || line.equals("...")) {
				StringBuilder yaml = new StringBuilder();
				for (int j = 1; j < i; j++) {
					yaml.append(lines[j]).append('\n');
				}
				return new FrontMatter(yaml.toString(), i + 1);
			}
		}
		if (looksLikeOverrides(lines[1])) {
			warnings.add("The front matter starting at line 1 has no closing '---' line within " + MAX_LINES
					+ " lines; it was read as article text.");
		}
		return null;
	}

	private static boolean looksLikeOverrides(String line) {
		int colon = line.indexOf(':');
		return colon > 0 && OverridesParser.KEYS.contains(line.substring(0, colon).strip());
	}

}
