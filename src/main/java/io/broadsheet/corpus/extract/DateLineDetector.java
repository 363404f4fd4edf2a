package io.broadsheet.corpus.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.broadsheet.corpus.extract.DateParser.Found;
import io.broadsheet.corpus.extract.DateParser.Kind;
import io.broadsheet.corpus.extract.DateParser.Token;

/**
 * Recognises a date line: a short line that is a date and little else, perhaps with a
 * label ("Published", "Updated", "Veröffentlicht"), a weekday, a time or widget remnants
 * around it. A date inside a sentence is not a date line, nor is a "today is" site header
 * or a copyright notice.
 */
final class DateLineDetector {

	static final int MAX_LINE = 160;

	/** What a date line says about its date. */
	enum Label {

		PUBLISHED, UPDATED, NONE

	}

	/** A date line's date, its label and how sure we are. */
	record DateLine(LocalDate date, Label label) {

	}

	private static final Set<String> PUBLISHED = Set.of("published", "publish", "posted", "date", "dated", "released",
			"pubdate", "veröffentlicht", "erschienen", "publiziert", "datum", "publié", "publiée", "publie",
			"publicado", "publicada", "publicación", "fecha", "pubblicato", "pubblicata", "data", "опубликовано",
			"опубликован", "опубликована", "дата", "публикации", "gepostet");

	private static final Set<String> UPDATED = Set.of("updated", "update", "modified", "edited", "revised",
			"aktualisiert", "geändert", "aktualisierung", "stand", "actualisé", "actualisée", "modifié", "modifiée",
			"mis", "mise", "jour", "actualizado", "actualizada", "actualización", "modificado", "aggiornato",
			"aggiornata", "atualizado", "обновлено", "обновлен", "обновлена", "изменено");

	private static final Set<String> NOT_DATE_LINE = Set.of("today", "heute", "aujourd", "hui", "hoy", "сегодня",
			"oggi", "hoje", "copyright", "rights", "reserved", "since", "founded", "established", "seit", "depuis",
			"desde", "с", "born", "died", "geboren", "до", "until", "till", "bis", "deadline", "event", "events",
			"conference", "webinar", "registration", "weather");

	// Words that may stand next to a date on a date line without making it a sentence.
	private static final Set<String> ALLOWED = Set.of("on", "at", "am", "pm", "a", "m", "p", "um", "uhr", "le", "la",
			"à", "el", "de", "del", "du", "en", "las", "los", "il", "alle", "ore", "в", "г", "года", "гг", "h", "hrs",
			"gmt", "utc", "msk", "cet", "cest", "est", "edt", "pst", "pdt", "bst", "eet", "eest", "ist", "local",
			"time", "last", "first", "px", "pt", "em", "min", "mins", "minute", "minutes", "read", "reading",
			"lesezeit", "lecture", "lectura", "чтения", "мин", "views", "view", "просмотров", "comments", "comment",
			"shares", "комментариев", "and", "und", "et", "y", "и", "to", "of", "by", "font", "size", "text", "aa",
			"ot", "in", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
			"tues", "wed", "thu", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
			"freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
			"lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
			"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "пн", "вт", "ср", "чт",
			"пт", "сб", "вс", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "segunda",
			"terça", "quarta", "quinta", "sexta", "feira", "t", "z", "st", "nd", "rd", "th", "er", "o");

	private DateLineDetector() {
	}

	/**
	 * The date line's date and label, or {@code null} when the line is not a date line.
	 */
	static DateLine detect(String line) {
		if (line.length() > MAX_LINE || line.length() < 6) {
			return null;
		}
		List<Token> tokens = DateParser.tokenize(line);
		List<Found> dates = DateParser.findAll(tokens);
		if (dates.isEmpty()) {
			return null;
		}
		boolean[] covered = new boolean[tokens.size()];
		for (Found found : dates) {
			for (int i = found.firstToken(); i <= found.lastToken(); i++) {
				covered[i] = true;
			}
		}
		int unknownWords = 0;
		boolean unknownLowerCase = false;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (covered[i]) {
				continue;
			}
			if (token.kind() == Kind.WORD) {
				String word = token.text();
				if (NOT_DATE_LINE.contains(word) || (i + 1 < tokens.size() && word.equals("today"))) {
					return null;
				}
				if (isLabel(word) || ALLOWED.contains(word) || DateParser.month(token) != null) {
					continue;
				}
				unknownWords++;
				if (Character.isLowerCase(line.charAt(token.start()))) {
					unknownLowerCase = true;
				}
			}
			else if (token.kind() == Kind.NUMBER && !isTimeOrMeasure(tokens, i)) {
				return null;
			}
			else if (token.is('©')) {
				return null;
			}
		}
		// A dateline place ("Baku, 4 December 2025") is fine; words of a sentence are
		// not.
		if (unknownLowerCase || unknownWords > 2 || (unknownWords > 0 && line.length() > 60)) {
			return null;
		}
		return choose(tokens, dates);
	}

	private static boolean isLabel(String word) {
		return PUBLISHED.contains(word) || UPDATED.contains(word);
	}

	// Picks the publication date when a line holds both ("Published 3 May, updated 5
	// May").
	private static DateLine choose(List<Token> tokens, List<Found> dates) {
		DateLine updated = null;
		DateLine plain = null;
		for (Found found : dates) {
			Label label = labelBefore(tokens, found.firstToken());
			if (label == Label.PUBLISHED) {
				return new DateLine(found.date(), label);
			}
			if (label == Label.UPDATED && updated == null) {
				updated = new DateLine(found.date(), label);
			}
			else if (label == Label.NONE && plain == null) {
				plain = new DateLine(found.date(), label);
			}
		}
		return (plain != null) ? plain : updated;
	}

	private static Label labelBefore(List<Token> tokens, int index) {
		for (int i = index - 1; i >= 0 && i >= index - 6; i--) {
			Token token = tokens.get(i);
			if (token.kind() == Kind.NUMBER) {
				break;
			}
			if (token.kind() == Kind.WORD) {
				if (UPDATED.contains(token.text())) {
					return Label.UPDATED;
				}
				if (PUBLISHED.contains(token.text())) {
					return Label.PUBLISHED;
				}
			}
		}
		return Label.NONE;
	}

	// 15:14, 11:00:05, "16 px", "5 min read", "1 234 views"
	private static boolean isTimeOrMeasure(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		if (token.digits() > 2 && !(i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.WORD)) {
			return false;
		}
		if (i + 1 < tokens.size() && tokens.get(i + 1).is(':')) {
			return true;
		}
		if (i > 0 && (tokens.get(i - 1).is(':') || tokens.get(i - 1).text().equals("h"))) {
			return true;
		}
		// "12.30 GMT": a time written with a dot
		if (i + 2 < tokens.size() && tokens.get(i + 1).is('.') && tokens.get(i + 2).digits() == 2) {
			return true;
		}
		if (i > 1 && tokens.get(i - 1).is('.') && tokens.get(i - 2).kind() == Kind.NUMBER && token.digits() == 2) {
			return true;
		}
		if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.WORD) {
			String unit = tokens.get(i + 1).text();
			return unit.equals("px") || unit.equals("pt") || unit.equals("em") || unit.startsWith("min")
					|| unit.equals("мин") || unit.equals("views") || unit.equals("h") || unit.equals("am")
					|| unit.equals("pm") || unit.equals("uhr") || unit.equals("просмотров")
					|| unit.startsWith("comment") || unit.equals("shares") || unit.startsWith("комментари");
		}
		return false;
	}

	/** Whether the line says "today is ...", which dates the visit, not the article. */
	static boolean isTodayHeader(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		return lower.startsWith("today") || lower.startsWith("heute") || lower.startsWith("aujourd")
				|| lower.startsWith("hoy") || lower.startsWith("сегодня") || lower.startsWith("oggi");
	}

}
