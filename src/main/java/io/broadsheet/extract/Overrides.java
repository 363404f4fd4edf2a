package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * Metadata a curator states for a file, in YAML front matter or a sidecar file. A
 * {@code null} component states nothing.
 *
 * @param title the title
 * @param authors the authors, in order
 * @param publishedDate the publication date
 * @param publisher the publisher
 * @param url the original address
 */
record Overrides(String title, List<String> authors, LocalDate publishedDate, String publisher, String url) {

	static final Overrides NONE = new Overrides(null, null, null, null, null);

	/** These overrides, with each field the other states taking precedence. */
	Overrides overriddenBy(Overrides other) {
		return new Overrides(pick(other.title, this.title), pick(other.authors, this.authors),
				pick(other.publishedDate, this.publishedDate), pick(other.publisher, this.publisher),
				pick(other.url, this.url));
	}

	private static <T> T pick(T preferred, T fallback) {
		return (preferred != null) ? preferred : fallback;
	}

}
