package io.broadsheet.reader;

import java.util.List;

/**
 * The facet lists of the home page, and what they were counted over.
 *
 * @param authors authors, most articles first
 * @param years years, newest first
 * @param months months, oldest first (the timeline draws them)
 * @param publishers publishers, most articles first; empty when not counted
 * @param languages languages, most articles first; empty until articles have a language
 * @param note why some lists are empty although articles match, {@code null} when none
 * are
 */
record Facets(List<Facet> authors, List<Facet> years, List<Facet> months, List<Facet> publishers, List<Facet> languages,
		String note) {

	static Facets none(String note) {
		return new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), note);
	}

	/** An author's name as the list shows it, or what was asked for when not listed. */
	public String authorName(String idOrName) {
		return this.authors.stream()
			.filter((author) -> author.value().equals(idOrName))
			.map(Facet::label)
			.findFirst()
			.orElse(idOrName);
	}

	/** The months of one year, for the month list shown once a year is chosen. */
	public List<Facet> monthsOf(String date) {
		if (date == null || date.length() < 4) {
			return List.of();
		}
		String year = date.substring(0, 4);
		return this.months.stream().filter((month) -> month.value().startsWith(year)).toList();
	}

}
