package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a short string is a person's name, and cleans it. Used for every author
 * candidate, so that site names, roles, "Staff" and sentence fragments never become
 * authors. Errs on the side of rejecting.
 */
final class PersonNames {

	private static final int MAX_LENGTH = 60;

	// A name of one word: an initial and a given name, or a Burmese name of a few
	// syllables.
	private static final int MAX_ONE_WORD_NAME = 30;

	// Compiled once: String.split compiles its pattern on every call.
	private static final Pattern HYPHEN = Pattern.compile("-");

	// "dela" and "delos" are Filipino ("Juan dela Cruz", "Maria delos Santos")
	private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
			"du", "la", "le", "ibn", "bin", "al", "el", "dos", "das", "do", "zu", "ten", "ter", "y", "af", "st.",
			"dela", "delos");

	// "der" joins names only after another particle ("van der Berg", "von der Leyen");
	// between two capitalised words it is German's article ("Protokoll der Sitzung").
	private static final String ARTICLE_PARTICLE = "der";

	// "y" joins a second surname after a given name and the first ("José Ortega y
	// Gasset"); right after a name's first word it joins two nouns ("Cultura y Ocio",
	// "Ciencia y Tecnología": a section's name) or is Welsh's article ("Llais y Fro").
	private static final String JOINING_PARTICLE = "y";

	// The titles a name may carry before it ("Dr.", "Revd", "Pfarrerin", "père";
	// byline.name-titles, byline.address-titles and byline.article-titles of the
	// language files): cut off, as the labels write the name.
	private static final Set<String> TITLES = Languages.words(Languages.BYLINE_NAME_TITLES,
			Languages.BYLINE_ADDRESS_TITLES, Languages.BYLINE_ARTICLE_TITLES);

	// The forms of address ("Dr.", "Mrs", "Herr", "M."; byline.address-titles): cut off
	// before one word alone too, as a family name alone is no name ("Dr Smith").
	private static final Set<String> ADDRESS_TITLES = Languages.words(Languages.BYLINE_ADDRESS_TITLES);

	// How many letters an initial of a script without capitals has before its dot: "க."
	// (one), "எஸ்." (Tamil's "S.", two and a mark).
	private static final int MAX_INITIAL_LETTERS = 2;

	// Words that never occur in a person's name but do in outlets, placeholders and
	// menus, and roles that are not a bio's (plurals, desks, offices); a bio's role words
	// ("bio.roles" of the language files) never occur in one either.
	private static final Set<String> NOT_NAME = Set.of("staff", "editors", "editorial", "team", "desk", "newsroom",
			"admin", "administrator", "reporters", "correspondents", "writers", "contributors", "guest", "anonymous",
			"unknown", "authors", "redaktion", "rédaction", "redacción", "redazione", "редакция", "редактор",
			"агентство", "agency", "news", "press", "media", "service", "bureau", "online", "daily", "times", "post",
			"journal", "tribune", "herald", "magazine", "institute", "university", "universität", "université",
			"universidad", "center", "centre", "council", "foundation", "ministry", "department", "office", "group",
			"international", "associated", "reuters", "afp", "tass", "ria", "interfax", "bbc", "cnn", "dpa", "efe",
			"ansa", "xinhua", "the", "and", "of", "for", "in", "at", "on", "with", "from", "senior", "junior", "chief",
			"research", "policy", "program", "programme", "initiative", "forum", "report", "analysis", "opinion",
			"commentary", "photo", "image", "video", "source", "sources", "contact", "email", "twitter", "facebook",
			"telegram", "instagram", "linkedin", "placeholder", "lorem", "ipsum", "about", "us", "any", "he", "she",
			"it", "they", "we", "this", "that", "these", "those", "his", "her", "its", "their", "our", "der", "die",
			"das", "le", "la", "les", "el", "los", "las", "il", "un", "une", "ein", "eine", "он", "она", "они", "это",
			"mit", "avec", "con", "und", "et", "is", "was", "are", "according", "minister", "prime", "foreign",
			"secretary", "spokesperson", "spokesman", "government", "republic", "state", "states", "united", "european",
			"union", "nato", "armed", "forces", "army", "party", "committee", "commission", "parliament", "national",
			"federal", "security", "affairs", "relations", "studies", "economic", "economics", "politics", "world",
			"global", "today", "yesterday", "update", "updated", "published", "posted", "share", "print", "comment",
			"comments", "subscribe", "login", "register", "menu", "home", "search", "read", "more", "tags", "category",
			"links", "categories", "archive", "archives", "newsletter", "edition", "issue", "column", "blog", "podcast",
			"live", "wire", "feeds", "feed", "ap", "upi", "nyt", "wsj", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "january", "february", "march", "june", "july", "august", "september",
			"october", "november", "december");

	private static final Set<String> ROLES = Languages.words(Languages.BIO_ROLES);

	// "Auto Zeitung", "Agencia Reforma", "Campact-Team": an outlet's or an organisation's
	// words (byline.outlet-words of the language files), alone or as a compound's part.
	private static final Set<String> OUTLET_WORDS = Languages.words(Languages.BYLINE_OUTLET_WORDS);

	// "Letzte Aktualisierung", "Published": the labels of publication and revision dates
	// stand where a byline's name does; those of six letters or more are no one's name
	// ("Stand", "date" and the like may be).
	private static final int MIN_DATE_LABEL = 6;

	private static final Set<String> DATE_LABELS = Languages.words(Languages.DATE_PUBLISHED, Languages.DATE_UPDATED)
		.stream()
		.filter((label) -> label.length() >= MIN_DATE_LABEL && label.indexOf(' ') < 0)
		.collect(Collectors.toUnmodifiableSet());

	private static final Set<String> PLACEHOLDERS = Set.of("john doe", "jane doe", "first last", "firstname lastname",
			"your name", "name surname", "author name", "max mustermann", "иван иванов");

	private PersonNames() {
	}

	/**
	 * Returns the cleaned name when the candidate is a person's name, otherwise
	 * {@code null}. Names in capitals are turned into title case.
	 */
	static String clean(String candidate) {
		if (candidate == null) {
			return null;
		}
		String text = trimDecoration(candidate);
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			return null;
		}
		List<String> tokens = spaceSeparated(text);
		int titles = 0;
		while (titles < tokens.size() && isTitle(tokens.get(titles).toLowerCase(Locale.ROOT))) {
			titles++;
		}
		// one title and one word are the name as written, never less than a name ("Lord
		// Smith", "Pastor Maldonado" whose given name is a title word, "Lady Gaga"), but
		// for a form of address ("Dr Smith", "Mr. Roadshow")
		if (titles != 1 || tokens.size() != 2 || ADDRESS_TITLES.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
			tokens.subList(0, titles).clear();
		}
		// an initial of a script without capitals stands before the name; a short word
		// with its full stop after the others ends a sentence ("ډېر ښه کار دی.")
		if (tokens.size() < 2 || tokens.size() > 5 || isUncasedInitials(tokens.get(tokens.size() - 1))) {
			return null;
		}
		boolean allCaps = true;
		for (String token : tokens) {
			if (!token.equals(token.toUpperCase(Locale.ROOT)) || Texts.letters(token) < 2) {
				allCaps = false;
			}
		}
		List<String> cleaned = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			String token = allCaps ? titleCase(tokens.get(i)) : tokens.get(i);
			boolean edge = i == 0 || i == tokens.size() - 1;
			if (!isNameToken(token, edge) && !isCapitalisedParticle(tokens, i)
					|| ARTICLE_PARTICLE.equals(token) && !isParticle(tokens.get(i - 1))
					|| i == 1 && JOINING_PARTICLE.equals(token)) {
				return null;
			}
			cleaned.add(token);
		}
		String name = String.join(" ", cleaned);
		return PLACEHOLDERS.contains(name.toLowerCase(Locale.ROOT)) ? null : name;
	}

	/**
	 * The name when the candidate is a person's name written as one word, which only a
	 * byline's label vouches for, otherwise {@code null}: an initial glued to the name by
	 * its dot, as Mongolian writes the father's initial before the given name
	 * ("Б.Сарантуяа", "Ж.Бат-Эрдэнэ"), or a Burmese name, whose syllables are written
	 * without spaces ("ဇော်မင်းထွန်း").
	 */
	static String oneWordName(String candidate) {
		if (candidate == null) {
			return null;
		}
		String text = trimDecoration(candidate);
		if (text.isEmpty() || text.length() > MAX_ONE_WORD_NAME || text.indexOf(' ') >= 0) {
			return null;
		}
		if (text.length() > 3 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.'
				&& Character.isUpperCase(text.charAt(2))) {
			String given = text.substring(2);
			return (isNameToken(given, true) && Texts.letters(given) >= 2
					&& !given.equals(given.toUpperCase(Locale.ROOT))) ? text : null;
		}
		return isBurmeseName(text) ? text : null;
	}

	/**
	 * The word when it may be a person's given name standing alone, which only a blog's
	 * footer vouches for ("Posted by Rosie at 8:14 PM"), otherwise {@code null}:
	 * capitalised, two letters or more, not in capitals, and no word a name never has
	 * ("Admin", "Anonymous", "Staff").
	 */
	static String givenName(String word) {
		String text = trimDecoration(word);
		if (text.indexOf(' ') >= 0 || !isNameToken(text, true) || Texts.letters(text) < 2
				|| text.equals(text.toUpperCase(Locale.ROOT)) || !Character.isUpperCase(text.charAt(0))) {
			return null;
		}
		return text;
	}

	// A Burmese name: Myanmar letters and their marks, two letters at least, no
	// punctuation (the sentence mark "။" ends a sentence, never a name).
	private static boolean isBurmeseName(String text) {
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.UnicodeScript.of(c) != Character.UnicodeScript.MYANMAR) {
				return false;
			}
			if (Character.isLetter(c)) {
				letters++;
			}
			else if (!isMark(c)) {
				return false;
			}
		}
		return letters >= 2;
	}

	// "Yann Le Bihan", "Marine Le Pen", "Lana Del Rey": a capitalised particle between a
	// given and a family name. Only in a name of three words, as "Le" and "La" are also
	// a sentence's first word.
	private static boolean isCapitalisedParticle(List<String> tokens, int i) {
		return i == 1 && tokens.size() == 3 && isCapitalisedParticle(tokens.get(0), tokens.get(1), tokens.get(2));
	}

	/**
	 * Whether the three words are a given name, a capitalised particle and the family
	 * name it opens ("Ramil Dela Paz", "Yann Le Bihan").
	 */
	static boolean isCapitalisedParticle(String given, String token, String surname) {
		String lower = token.toLowerCase(Locale.ROOT);
		// "Von Der Spendenteddy": a label and an article, no given name
		return !PARTICLES.contains(given.toLowerCase(Locale.ROOT)) && PARTICLES.contains(lower)
				&& Character.isUpperCase(token.charAt(0)) && token.substring(1).equals(lower.substring(1))
				&& !surname.isEmpty() && Character.isUpperCase(surname.charAt(0));
	}

	/** Whether the token is a lower-case name particle ("von", "de", "van"). */
	static boolean isParticle(String token) {
		return PARTICLES.contains(token) && token.equals(token.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the lower-cased word never stands in a person's name (roles, outlets, menu
	 * words).
	 */
	static boolean isNeverName(String lower) {
		return NOT_NAME.contains(lower) || ROLES.contains(lower) || OUTLET_WORDS.contains(lower)
				|| DATE_LABELS.contains(lower);
	}

	/**
	 * Whether the lower-cased word is a title a name may carry before it ("revd", "dr.",
	 * "pfarrerin", "père"), which {@link #clean(String)} cuts off.
	 */
	static boolean isTitle(String lower) {
		return TITLES.contains(lower);
	}

	/** Whether the lower-cased word names a person's job ("reporter", "archivist"). */
	static boolean isRoleWord(String lower) {
		return ROLES.contains(lower);
	}

	/** Whether the lower-cased word makes a name an outlet's ("news", "zeitung"). */
	static boolean isOutletWord(String lower) {
		return OUTLET_WORDS.contains(lower);
	}

	/**
	 * Whether the lower-cased word names a job or makes a name an outlet's: the last word
	 * of a writer's role ("Local Democracy Reporter", "Tribune Features Syndicate").
	 */
	static boolean isRoleOrOutletWord(String lower) {
		return isRoleWord(lower) || isOutletWord(lower);
	}

	// "MTB-News", "Campact-Team": a compound with an outlet's word is an outlet's name;
	// "Jean-Luc", "El-Sayed" are compounds of a person's.
	private static boolean hasOutletPart(String lower) {
		if (lower.indexOf('-') < 0) {
			return false;
		}
		for (String part : HYPHEN.split(lower)) {
			if (OUTLET_WORDS.contains(part)) {
				return true;
			}
		}
		return false;
	}

	// "NU.nl": a dot followed by a lower-case letter is a web address's, while initials
	// ("J.R.") put a capital after theirs.
	private static boolean isAddress(String token) {
		for (int i = 1; i + 1 < token.length(); i++) {
			if (token.charAt(i) == '.' && Character.isLowerCase(token.charAt(i + 1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text's parts between runs of spaces, as {@code text.split(" +")} cuts them (a
	 * part before a space at the start, none after the last), without running the
	 * pattern: every byline candidate is asked.
	 */
	static List<String> spaceSeparated(String text) {
		List<String> parts = new ArrayList<>();
		int from = 0;
		int i = text.indexOf(' ');
		while (i >= 0) {
			parts.add(text.substring(from, i));
			from = i + 1;
			while (from < text.length() && text.charAt(from) == ' ') {
				from++;
			}
			i = text.indexOf(' ', from);
		}
		parts.add(text.substring(from));
		// split drops the empty parts at the end, but for the whole text when it has no
		// space
		while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
			parts.remove(parts.size() - 1);
		}
		if (parts.size() == 1 && parts.get(0).isEmpty() && !text.isEmpty()) {
			parts.clear();
		}
		return parts;
	}

	private static String trimDecoration(String candidate) {
		String text = candidate.strip();
		int start = 0;
		int end = text.length();
		while (start < end && ",;:–—-|*•·(".indexOf(text.charAt(start)) >= 0
				|| start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && (",;:–—-|*•·)".indexOf(text.charAt(end - 1)) >= 0
				|| Character.isWhitespace(text.charAt(end - 1))
				|| (text.charAt(end - 1) == '.' && end - 2 >= start && Character.isLowerCase(text.charAt(end - 2))))) {
			end--;
		}
		return text.substring(start, end).strip();
	}

	private static boolean isNameToken(String token, boolean edge) {
		String lower = token.toLowerCase(Locale.ROOT);
		if (PARTICLES.contains(lower) && token.equals(lower)) {
			return !edge;
		}
		if (isNeverName(lower) || isNeverName(stripPossessive(lower)) || hasOutletPart(lower) || isAddress(token)) {
			return false;
		}
		// "Grace Patel's office clears the board": a possessive names whose something
		// follows, a deck's words after a byline's label, not the writer.
		if (lower.endsWith("'s") || lower.endsWith("’s")) {
			return false;
		}
		char first = token.charAt(0);
		if (!Character.isUpperCase(first)) {
			return isUncasedName(token) || isUncasedInitials(token);
		}
		int letters = 0;
		int upper = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
			else if (c != '-' && c != '\'' && c != '’' && c != '.' && !isMark(c)) {
				return false;
			}
		}
		if (letters == 0) {
			return false;
		}
		// An initial ("J." or "J") is fine; a word in capitals is an acronym, not a name.
		if (letters >= 3 && upper == letters) {
			return false;
		}
		return letters >= 2 || token.length() <= 2;
	}

	// A combining mark a letter carries where no single character has both: Yoruba's
	// tone over a dotted letter ("Adébáyọ̀", "ọ" and a grave accent), a name's letter as
	// much as the precomposed "é" is.
	static boolean isMark(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	// A word of a script without capitals (Arabic, Hebrew, Devanagari, Thai): its
	// letters,
	// their marks and the Persian non-joiner make it, as capitals do a Latin name.
	// Chinese,
	// Japanese and Korean names are single words without spaces, read by the byline
	// detector itself.
	static boolean isUncasedName(String token) {
		if (!isUncasedLetter(token.charAt(0))) {
			// a lower-case word, the common case
			return false;
		}
		if (Scripts.isCjk(token.codePointAt(0))) {
			return false;
		}
		int letters = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			int type = Character.getType(c);
			if (isUncasedLetter(c)) {
				letters++;
			}
			else if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && c != '\u200c') {
				return false;
			}
		}
		return letters >= 2;
	}

	// "க." in "க. சரவணன்", "மு.க.": initials of a script without capitals, a letter or
	// two and their marks before each dot, as Tamil bylines write the father's initial
	// before the given name. CJK names take no dots.
	private static boolean isUncasedInitials(String token) {
		if (token.length() < 2 || token.charAt(token.length() - 1) != '.' || Scripts.isCjk(token.codePointAt(0))) {
			return false;
		}
		int letters = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c == '.') {
				if (letters == 0) {
					return false;
				}
				letters = 0;
			}
			else if (isUncasedLetter(c)) {
				if (++letters > MAX_INITIAL_LETTERS) {
					return false;
				}
			}
			else if (!isMark(c)) {
				return false;
			}
		}
		return true;
	}

	// Georgian's everyday letters (Mkhedruli, U+10D0-U+10FF) are lower-case letters to
	// Unicode since its capitals (Mtavruli) were added, which are a display style no
	// page writes a name in: "ნინო ბერიძე" is a name as an Arabic one is.
	private static boolean isUncasedLetter(char c) {
		int type = Character.getType(c);
		return type == Character.OTHER_LETTER || type == Character.LOWERCASE_LETTER && c >= '\u10D0' && c <= '\u10FF';
	}

	private static String stripPossessive(String lower) {
		if (lower.endsWith("'s") || lower.endsWith("’s")) {
			return lower.substring(0, lower.length() - 2);
		}
		return lower;
	}

	/**
	 * The token with a capital at the start of each of its parts, the rest lower case.
	 */
	static String titleCase(String token) {
		StringBuilder out = new StringBuilder(token.length());
		boolean start = true;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
			start = c == '-' || c == '\'' || c == '’' || c == '.';
		}
		return out.toString();
	}

}
