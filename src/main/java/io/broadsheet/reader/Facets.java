package io.broadsheet.reader;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The facet lists of the home page, as {@code GET /articles/facets} counts them over the
 * whole matching set: exact at any corpus size.
 *
 * @param authors authors, most articles first, at most {@link #TOP}
 * @param years years, newest first
 * @param months months, oldest first, every one (the timeline draws them)
 * @param publishers publishers, most articles first, at most {@link #TOP}
 * @param languages languages, most articles first
 */
record Facets(List<Facet> authors, List<Facet> years, List<Facet> months, List<Facet> publishers,
		List<Facet> languages) {

	/**
	 * Longest author and publisher lists: a person scans them, a longer tail is noise.
	 */
	static final int TOP = 20;

	static Facets none() {
		return new Facets(List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * The lists a person reads, from the API's counts.
	 * @param counts every value of every facet, as the catalog counted them
	 * @return the lists of the page
	 */
	static Facets of(io.broadsheet.search.Facets counts) {
		List<Facet> authors = counts.authors()
			.stream()
			.limit(TOP)
			.map((author) -> new Facet(author.id(), author.name(), author.count()))
			.toList();
		List<Facet> years = counts.years()
			.stream()
			.map((year) -> new Facet(year.period(), year.period(), year.count()))
			.sorted(Comparator.comparing(Facet::value).reversed())
			.toList();
		List<Facet> publishers = counts.publishers()
			.stream()
			.limit(TOP)
			.map((publisher) -> new Facet(publisher.name(), publisher.name(), publisher.count()))
			.toList();
		List<Facet> languages = counts.languages()
			.stream()
			.map((language) -> new Facet(language.code(), languageLabel(language.code()), language.count()))
			.toList();
		return new Facets(authors, years, months(counts), publishers, languages);
	}

	/**
	 * Every month with articles, oldest first, for a timeline or a sparkline.
	 * @param counts the catalog's counts
	 * @return the months
	 */
	static List<Facet> months(io.broadsheet.search.Facets counts) {
		return counts.months()
			.stream()
			.map((month) -> new Facet(month.period(), monthLabel(month.period()), month.count()))
			.sorted(Comparator.comparing(Facet::value))
			.toList();
	}

	static String monthLabel(String period) {
		YearMonth month = YearMonth.parse(period);
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
	}

	// "German (de)": the code is what the URL and the API carry, the name what a person
	// reads.
	static String languageLabel(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
		return (name.isEmpty() || name.equalsIgnoreCase(code)) ? code : name + " (" + code + ")";
	}

	/** An author's name as the list shows it, or what was asked for when not listed. */
	public String authorName(String idOrName) {
		return this.authors.stream()
			.filter((author) -> author.value().equals(idOrName))
			.map(Facet::label)
			.findFirst()
			.orElse(idOrName);
	}

	/** A language's name as the list shows it, or the code asked for when not listed. */
	public String languageName(String code) {
		return this.languages.stream()
			.filter((language) -> language.value().equalsIgnoreCase(code))
			.map(Facet::label)
			.findFirst()
			.orElse(code);
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
