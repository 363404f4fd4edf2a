package io.broadsheet.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises reference lists at the end of analyses: a "References" heading, or entries
 * that cite a work (a year, and a quoted title, a publisher, a link or a closing date).
 * Dates inside references are the cited works' dates, never the article's.
 */
final class ReferenceDetector {

	private static final int MAX_ENTRY = 600;

	private static final Set<String> HEADINGS = Set.of("references", "reference", "sources", "bibliography", "notes",
			"endnotes", "footnotes", "works cited", "further reading", "literature", "citations", "literatur",
			"quellen", "quellenangaben", "anmerkungen", "références", "bibliographie", "notes et références",
			"sources et références", "referencias", "bibliografía", "fuentes", "notas", "riferimenti", "bibliografia",
			"fonti", "referências", "список литературы", "литература", "источники", "примечания",
			"использованная литература", "список источников");

	private static final String[] WORK_MARKS = { "press", "publishers", "publishing", "journal", "university", "review",
			"books", "pp.", "p.", "vol.", "no.", "ed.", "eds.", "retrieved", "accessed", "available at", "doi", "isbn",
			"issn", "http", "www.", "verlag", "éditions", "editorial", "изд", "издательство", "с." };

	private ReferenceDetector() {
	}

	static boolean isHeading(String line) {
		return line.length() <= 40 && HEADINGS.contains(Texts.key(line));
	}

	/** Whether the line cites a work, as entries of a reference list do. */
	static boolean isEntry(String line) {
		if (line.length() > MAX_ENTRY || line.length() < 10) {
			return false;
		}
		String text = Texts.withoutListMarker(line);
		if (!hasYear(text)) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.contains("http") || lower.contains("doi:") || lower.contains("doi.org")) {
			return true;
		}
		if (endsWithDateOrYear(text)) {
			return true;
		}
		boolean quoted = text.indexOf('“') >= 0 || text.indexOf('"') >= 0 || text.indexOf('«') >= 0;
		boolean work = false;
		for (String mark : WORK_MARKS) {
			if (lower.contains(mark)) {
				work = true;
				break;
			}
		}
		return quoted && work || line.startsWith("[") && work;
	}

	/**
	 * Whether the line is a reference under a label of its own, standing alone under the
	 * text ("Reference: Marsh H. et al. (2026), Animal Cognition Letters, 14(3).",
	 * "Sources: Office for National Statistics, 2025"): a references heading's word, a
	 * colon and a work cited, with its year and its authors' "et al.", a year in brackets
	 * or an entry's marks. A line of the text under such a word ("Sources said the deal
	 * was close.") has no colon after it.
	 */
	static boolean isLabelledEntry(String line) {
		int colon = line.indexOf(':');
		if (colon <= 0 || colon > MAX_LABEL || line.length() > MAX_ENTRY
				|| !HEADINGS.contains(Texts.key(line.substring(0, colon)))) {
			return false;
		}
		String cited = line.substring(colon + 1).strip();
		return hasYear(cited) && (cited.contains("et al") || YEAR_IN_BRACKETS.matcher(cited).find() || isEntry(cited));
	}

	// A label's words before its colon ("Reference", "Works cited").
	private static final int MAX_LABEL = 30;

	private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\((?:1[5-9]|20)\\d\\d[a-z]?\\)");

	// Whether a run of exactly four digits on the line reads as a year (1500 to 2100).
	static boolean hasYear(String text) {
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c)) {
				run++;
			}
			else {
				if (run == 4 && isYear(text, i - 4)) {
					return true;
				}
				run = 0;
			}
		}
		return run == 4 && isYear(text, text.length() - 4);
	}

	private static boolean isYear(String text, int start) {
		int year = Integer.parseInt(text.substring(start, start + 4));
		return year >= 1500 && year <= 2100;
	}

	// "..., Routledge, 4/8/2016", "..., 2019.", "(2021)"
	private static boolean endsWithDateOrYear(String text) {
		int end = text.length();
		while (end > 0 && ".)]".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		int digits = 0;
		int i = end - 1;
		while (i >= 0 && Character.isDigit(text.charAt(i))) {
			digits++;
			i--;
		}
		if (digits != 4) {
			return false;
		}
		// The year must close a citation, not a sentence ("... since 2019.").
		return i > 0 && (text.charAt(i) == '/' || text.charAt(i) == '(' || text.charAt(i) == '.'
				|| text.charAt(i) == '-' || (text.charAt(i) == ' ' && text.charAt(i - 1) == ','));
	}

}
