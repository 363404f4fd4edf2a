package io.broadsheet.corpus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds author names in byline lines ("By A and B", "Von A", "Автор: A") and in agency
 * credit lines ("Reporting by A; Editing by B"). Only whole short lines that are nothing
 * but a byline count: a sentence that happens to start with "By" is not one.
 */
final class BylineDetector {

	private static final int MAX_LINE = 250;

	// Longest first: "written by" must win over "by".
	private static final String[] LABELS = { "written and reported by", "written by", "reported by", "words by",
			"text by", "story by", "posted by", "article by", "opinion by", "commentary by", "analysis by",
			"geschrieben von", "verfasst von", "ein beitrag von", "ein kommentar von", "écrit par", "rédigé par",
			"un article de", "escrito por", "redactado por", "scritto da", "authors:", "author:", "authors", "author",
			"autorin:", "autoren:", "autor:", "autor", "auteurs:", "auteur:", "auteur", "autores:", "autora:",
			"autore:", "авторы:", "автор:", "автор", "текст:", "text:", "texte:", "texto:", "by:", "by", "von", "par",
			"por", "di", "door", "av", "de:", "от" };

	private static final String[] NAME_SEPARATORS = { " and ", " & ", " und ", " et ", " y ", " e ", " i ", " и ",
			" та ", " ve " };

	private static final String[] PLACE_CUTS = { " for ", " in ", " at ", " from ", " für ", " aus ", " pour ", " à ",
			" para ", " en ", " desde ", " из ", " для ", " в ", " special to ", " with " };

	private BylineDetector() {
	}

	/**
	 * The authors named by a byline line, or {@code null} when the line is not a byline.
	 */
	static List<String> byline(String line) {
		if (line.length() > MAX_LINE) {
			return null;
		}
		for (String segment : segments(line)) {
			List<String> names = bylineSegment(segment);
			if (names != null) {
				return names;
			}
		}
		return null;
	}

	private static List<String> segments(String line) {
		List<String> segments = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '|' || c == '•' || c == '·' || c == '/' && i > 0 && line.charAt(i - 1) == ' ') {
				segments.add(line.substring(start, i).strip());
				start = i + 1;
			}
		}
		segments.add(line.substring(start).strip());
		return segments;
	}

	private static List<String> bylineSegment(String raw) {
		String segment = withoutEmphasis(raw);
		String lower = segment.toLowerCase(Locale.ROOT);
		for (String label : LABELS) {
			if (lower.startsWith(label) && segment.length() > label.length()) {
				char after = segment.charAt(label.length());
				boolean labelEndsWord = label.endsWith(":") || Character.isWhitespace(after) || after == ':';
				if (!labelEndsWord) {
					continue;
				}
				String rest = segment.substring(label.length()).strip();
				if (rest.startsWith(":")) {
					rest = rest.substring(1).strip();
				}
				return names(rest);
			}
		}
		return null;
	}

	/**
	 * Whether the line has the shape of a byline, names or not ("By Staff", "By Reuters",
	 * "Posted by admin"): page furniture either way.
	 */
	static boolean isBylineShaped(String line) {
		if (line.length() > 80) {
			return false;
		}
		String segment = withoutEmphasis(line.strip());
		String lower = segment.toLowerCase(Locale.ROOT);
		for (String label : LABELS) {
			if (lower.startsWith(label) && segment.length() > label.length()
					&& (label.endsWith(":") || Character.isWhitespace(segment.charAt(label.length())))) {
				String rest = segment.substring(label.length()).strip();
				return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && Texts.words(rest, 9) <= 8
						&& !Texts.endsWithSentencePunctuation(rest);
			}
		}
		return false;
	}

	/**
	 * The authors after a " by " inside a date line ("Posted on June 3, 2024 by Mia
	 * Chen"), or {@code null}.
	 */
	static List<String> afterBy(String line) {
		if (line.length() > MAX_LINE) {
			return null;
		}
		String lower = line.toLowerCase(Locale.ROOT);
		for (String word : new String[] { " by ", " von ", " par ", " por ", " di " }) {
			int index = lower.indexOf(word);
			if (index > 0) {
				List<String> names = names(line.substring(index + word.length()));
				if (names != null) {
					return names;
				}
			}
		}
		return null;
	}

	// Markdown emphasis around a byline: "*By A*", "_By A_".
	private static String withoutEmphasis(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (text.charAt(start) == '*' || text.charAt(start) == '_')) {
			start++;
		}
		while (end > start && (text.charAt(end - 1) == '*' || text.charAt(end - 1) == '_')) {
			end--;
		}
		return text.substring(start, end).strip();
	}

	/**
	 * Parses a list of names ("A, B and C"). The first part must be a name; later parts
	 * that are not names are accepted only when they are plainly something else (a date,
	 * a role, a place, an address), otherwise the whole list is rejected as prose.
	 */
	static List<String> names(String text) {
		List<String> parts = splitNames(text);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			String part = cutPlace(parts.get(i));
			String name = PersonNames.clean(part);
			if (name != null) {
				if (!names.contains(name)) {
					names.add(name);
				}
			}
			else if (i == 0 || !isIgnorable(part)) {
				return null;
			}
		}
		return names.isEmpty() ? null : List.copyOf(names);
	}

	private static List<String> splitNames(String text) {
		String unified = text;
		for (String separator : NAME_SEPARATORS) {
			unified = replaceIgnoreCase(unified, separator, ",");
		}
		List<String> parts = new ArrayList<>();
		for (String part : unified.split("[,;]")) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

	private static String replaceIgnoreCase(String text, String target, String replacement) {
		String lower = text.toLowerCase(Locale.ROOT);
		int index = lower.indexOf(target);
		if (index < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int from = 0;
		while (index >= 0) {
			out.append(text, from, index).append(replacement);
			from = index + target.length();
			index = lower.indexOf(target, from);
		}
		return out.append(text.substring(from)).toString();
	}

	private static String cutPlace(String part) {
		String lower = part.toLowerCase(Locale.ROOT);
		int cut = part.length();
		for (String word : PLACE_CUTS) {
			int index = lower.indexOf(word);
			if (index > 0 && index < cut) {
				cut = index;
			}
		}
		int bracket = part.indexOf('(');
		if (bracket > 0 && bracket < cut) {
			cut = bracket;
		}
		// "Sarah Lopez 12 Comments": a counter glued to the name
		for (int i = 1; i < cut; i++) {
			if (Character.isDigit(part.charAt(i)) && part.charAt(i - 1) == ' ') {
				cut = i;
				break;
			}
		}
		return part.substring(0, cut).strip();
	}

	private static boolean isIgnorable(String part) {
		if (part.isEmpty() || part.indexOf('@') >= 0 || part.startsWith("http")) {
			return true;
		}
		for (int i = 0; i < part.length(); i++) {
			if (Character.isDigit(part.charAt(i))) {
				return true;
			}
		}
		String[] words = part.split(" +");
		if (words.length == 1 && Character.isUpperCase(part.charAt(0))) {
			return true;
		}
		// A role or an outlet: every word capitalised ("Senior Fellow", "Reuters").
		for (String word : words) {
			if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The writers named by an agency credit line ("(Reporting by A in Moscow; Writing by
	 * B; Editing by C)"), or {@code null} when the line is not one. Editors and
	 * additional reporters are not authors.
	 */
	static List<String> creditLine(String line) {
		if (line.length() > MAX_LINE) {
			return null;
		}
		String text = line.strip();
		if (text.startsWith("(") && text.endsWith(")")) {
			text = text.substring(1, text.length() - 1);
		}
		if (!isCreditLine(text)) {
			return null;
		}
		List<String> names = new ArrayList<>();
		for (String clause : text.split(";")) {
			String lower = clause.strip().toLowerCase(Locale.ROOT);
			for (String label : new String[] { "reporting by", "writing by", "written by",
					"reporting and writing by" }) {
				if (lower.startsWith(label)) {
					List<String> clauseNames = names(clause.strip().substring(label.length()));
					if (clauseNames != null) {
						clauseNames.stream().filter((name) -> !names.contains(name)).forEach(names::add);
					}
				}
			}
		}
		return names.isEmpty() ? null : List.copyOf(names);
	}

	/** Whether the line is a credit line (including one that names editors only). */
	static boolean isCreditLine(String line) {
		if (line.length() > MAX_LINE) {
			return false;
		}
		if (isContributorNote(line)) {
			return true;
		}
		String text = line.strip();
		int from = text.startsWith("(") ? 1 : 0;
		for (String label : CREDIT_LABELS) {
			if (text.regionMatches(true, from, label, 0, label.length())) {
				return true;
			}
		}
		return false;
	}

	// "CNN's Kylie Atwood contributed to this report.": helpers, not authors.
	private static boolean isContributorNote(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		return lower.contains("contributed to this report") || lower.contains("contributed reporting")
				|| lower.contains("contributed to this article") || lower.contains("contributed to this story");
	}

	private static final String[] CREDIT_LABELS = { "reporting by", "additional reporting by", "writing by",
			"editing by", "reporting and writing by", "compiled by" };

	/**
	 * Whether the line credits an editor, translator or photographer, who are not
	 * authors.
	 */
	static boolean isEditorLine(String line) {
		if (line.length() > 120) {
			return false;
		}
		return isEditorKey(Texts.key(line));
	}

	/**
	 * {@link #isEditorLine(String)} for a line already turned into a {@link Texts#key}.
	 */
	static boolean isEditorKey(String key) {
		return EDITOR_LABELS.matches(key);
	}

	private static final Prefixes EDITOR_LABELS = Prefixes.of("edited by", "editing by", "editor:", "editors:",
			"editor's note", "translated by", "translation by", "translation:", "redaktion:", "bearbeitet von",
			"redigiert von", "übersetzt von", "übersetzung:", "édité par", "traduit par", "édition:", "editado por",
			"traducido por", "edición:", "редактор:", "перевод:", "перевела:", "перевел:", "photos by", "photo by",
			"photography by", "illustration by", "graphics by", "video by");

}
