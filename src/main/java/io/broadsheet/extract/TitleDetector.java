package io.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a line is a headline, and derives a title from the first sentence when
 * an article has none. A headline has three words or more; two words are enough directly
 * above a byline or a date line, unless they read as a site name or section labels. A
 * single word above a byline or a date line is taken for a section label.
 */
final class TitleDetector {

	static final int MAX_HEADLINE = 200;

	static final int DERIVED_LENGTH = 100;

	private static final int MIN_WORDS = 3;

	private static final int MAX_WORDS = 30;

	// Words of newspaper and site names: a short line holding one is not taken for a
	// headline on the strength of the byline below it.
	private static final Set<String> MASTHEAD_WORDS = Set.of("news", "times", "post", "daily", "weekly", "journal",
			"herald", "gazette", "tribune", "chronicle", "courier", "observer", "guardian", "telegraph", "express",
			"independent", "monitor", "review", "watch", "today", "online", "magazine", "digest", "dispatch",
			"bulletin", "insider", "wire", "media", "press", "agency", "radio", "tv", "blog", "report", "reporter",
			"zeitung", "nachrichten", "rundschau", "presse", "allgemeine", "kurier", "tagesspiegel", "quotidien",
			"hebdo", "diario", "periódico", "noticias", "gazzetta", "corriere", "notizie", "jornal", "folha", "новости",
			"газета", "ведомости", "известия", "вестник", "правда");

	private TitleDetector() {
	}

	/**
	 * Whether the line reads as a headline: short, several words, no closing sentence
	 * punctuation (a question mark is fine), and not a label, breadcrumb, caption, link
	 * or site name.
	 */
	static boolean isHeadline(String line) {
		String text = headlineText(line);
		if (text.length() < 10 || text.length() > MAX_HEADLINE) {
			return false;
		}
		int words = words(text);
		if (words < MIN_WORDS || words > MAX_WORDS) {
			return false;
		}
		return hasHeadlineShape(line, text);
	}

	// A headline's words. Thai, Lao and Khmer set a headline without a space (ten of the
	// fifteen labelled titles in them), and one of a dozen words was a single word, no
	// headline: on a short page whose text the locator did not find, the title was
	// derived from the menu's first entry. Such a line counts as the headline finder
	// counts it, by its letters (Texts.spacedWords), when it has a clause's
	// letters: every labelled title in them has 23 or more, the menus' entries, skip
	// links and site names over them 7 to 15 (ต่างประเทศ, ข้ามไปยังเนื้อหาหลัก). Not
	// Burmese, which spaces a headline's phrases (all five labelled titles).
	// The script is the first letter's of a script written without spaces (review59c): a
	// headline may open with a number, a quotation mark or a brand in Latin letters
	// ("5ร้าน…", "“ประยุทธ์”ยืนยัน…", "Appleเปิดตัว…").
	private static int words(String text) {
		int words = Texts.words(text, MAX_WORDS);
		if (words >= MIN_WORDS || !isThaiLaoOrKhmer(text)) {
			return words;
		}
		int byLetters = Texts.spacedWords(text, MAX_WORDS);
		return (byLetters >= MIN_SPACELESS_WORDS) ? byLetters : words;
	}

	// Whether the line's first letter of a script written without spaces is Thai, Lao or
	// Khmer.
	private static boolean isThaiLaoOrKhmer(String text) {
		for (int i = 0; i < text.length(); i++) {
			int perWord = Scripts.lettersPerWord(text.charAt(i));
			if (perWord > 0) {
				return perWord == LETTERS_PER_SPACELESS_WORD;
			}
		}
		return false;
	}

	/**
	 * Whether the line is the headline over {@code next} ({@link #isHeadline}), in the
	 * reader's walk down a page's head. A Thai, Lao or Khmer line that is a headline only
	 * by its letters is so directly above a byline or a date line, as a two-word headline
	 * is ({@link #isShortHeadlineAbove}), review59c: those scripts set a sign-up prompt,
	 * an app's or a cookie's notice and a teaser's headline over the headline as they set
	 * the headline, without a space or a stop ("สมัครสมาชิกวันนี้รับส่วนลดพิเศษ…").
	 * @param line the candidate line
	 * @param next the paragraph after it, or {@code null}
	 */
	static boolean isHeadlineAbove(String line, String next) {
		return isHeadline(line) && (!isHeadlineByLetters(line) || next != null && isBylineOrDateLine(next));
	}

	// Whether the line's words reach a headline's only when counted by its letters.
	private static boolean isHeadlineByLetters(String line) {
		String text = headlineText(line);
		return Texts.words(text, MIN_WORDS) < MIN_WORDS && words(text) >= MIN_WORDS;
	}

	// How many letters a Thai, Lao or Khmer word takes (Scripts.lettersPerWord).
	private static final int LETTERS_PER_SPACELESS_WORD = 3;

	// A Thai, Lao or Khmer headline written without spaces has a clause's letters at
	// least: eighteen, six words.
	private static final int MIN_SPACELESS_WORDS = 6;

	// No closing sentence punctuation, a capital start, and not a label, breadcrumb,
	// caption, link or site name.
	private static boolean hasHeadlineShape(String line, String text) {
		char last = text.charAt(text.length() - 1);
		// (nor the full stop of another script: a Khmer or Burmese paragraph under the
		// date line is a sentence however few spaces it holds; a question, Arabic's "؟"
		// too, may head an article)
		if (last == '.' && !text.endsWith("...") || last == ',' || last == ';' || last == ':'
				|| last == '!' && text.length() > 120 || !Texts.isQuestionMark(last) && Texts.isOtherScriptStop(last)) {
			return false;
		}
		char first = text.charAt(0);
		// A script without capitals (Arabic, Hebrew, Devanagari, Hangul) starts a
		// headline with a letter that is neither case; not Chinese or Japanese, where
		// a sentence with a few spaces would pass for a headline.
		if (!Character.isUpperCase(first) && !Character.isDigit(first) && "“\"«'‘„¿¡".indexOf(first) < 0
				&& !(Texts.isCaseless(first) && !Scripts.isChineseOrJapanese(first))) {
			return false;
		}
		return !Texts.isListItem(line) && !Boilerplate.isNoise(text) && !Boilerplate.isBreadcrumb(text)
				&& !Boilerplate.isSectionLabel(text) && !Texts.isDomainName(text) && Texts.hasLetter(text)
				&& !HeadlineFinder.isFurniture(text);
	}

	/**
	 * Whether a line of two words or more, too short for {@link #isHeadline}, is a
	 * headline because a byline or a date line follows it directly ("Tram Vote" above "By
	 * Ann Carter"). Section labels, breadcrumbs and site names ("World News", "Home ›
	 * Politics", "Caucasus Watch", "The Guardian") are not, nor is the name the byline
	 * gives, nor a line that is plainly a name above a date line.
	 * @param line the candidate line
	 * @param next the paragraph after it, or {@code null}
	 */
	static boolean isShortHeadlineAbove(String line, String next) {
		String text = headlineText(line);
		if (next == null || text.length() < 4 || text.length() > MAX_HEADLINE) {
			return false;
		}
		int words = Texts.words(text, MAX_WORDS);
		if (words < 2 || words > MAX_WORDS || !hasHeadlineShape(line, text) || isLabelOrSiteName(text)) {
			return false;
		}
		List<String> byline = BylineDetector.byline(next);
		if (byline != null || BylineDetector.isBylineShaped(next)) {
			String name = PersonNames.clean(text);
			return name == null || byline == null || !byline.contains(name);
		}
		return DateLineDetector.detect(next) != null && !isPlainlyName(text);
	}

	// Two capitalised words may be a headline ("Tram Vote") or a name; above a date line
	// only a name beyond doubt ("J. Carter", "Thomas de Waal", "Dr Ann Carter") is taken
	// for the author's rather than for a headline.
	private static boolean isPlainlyName(String text) {
		if (PersonNames.clean(text) == null) {
			return false;
		}
		for (String token : text.split(" +")) {
			if (token.length() <= 2 || token.endsWith(".") || token.equals(token.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a short line directly above a byline or a date line is a label or a site
	 * name, neither title nor body: a single word ("Lifestyle", "Tech"), whether or not a
	 * list knows it, since one-word headlines are rare and section labels are usually one
	 * word; or two or three words that read as a site name or a run of section labels
	 * ("Caucasus Watch", "The Guardian"). Lines that {@link #isHeadline} accepts are not
	 * labels.
	 * @param line the candidate line
	 * @param next the paragraph after it, or {@code null}
	 */
	static boolean isLabelAbove(String line, String next) {
		String text = headlineText(line);
		if (next == null || text.isEmpty() || text.length() > 40 || !Texts.hasLetter(text)
				|| Texts.endsWithSentencePunctuation(text) || isHeadline(line)) {
			return false;
		}
		int words = Texts.words(text, 3);
		if (words > 1 && (words > 3 || !isLabelOrSiteName(text))) {
			return false;
		}
		return isBylineOrDateLine(next);
	}

	private static boolean isBylineOrDateLine(String next) {
		return BylineDetector.byline(next) != null || BylineDetector.isBylineShaped(next)
				|| DateLineDetector.detect(next) != null;
	}

	// Two or three words can be a headline, a site name or a run of section labels:
	// "Eurasia Review", "The Guardian", "Latest News", "Europe Politics".
	private static boolean isLabelOrSiteName(String text) {
		String[] words = Texts.key(text).split(" ");
		if (words.length <= 3 && words[0].equals("the")) {
			return true;
		}
		boolean allLabels = true;
		for (String word : words) {
			if (MASTHEAD_WORDS.contains(word)) {
				return true;
			}
			allLabels &= Boilerplate.isSectionLabel(word);
		}
		return allLabels;
	}

	/**
	 * The headline as shown: without a Markdown heading mark ("## Headline"), and without
	 * a trailing " | Site" part that a page title often carries.
	 */
	static String headlineText(String line) {
		String text = line.strip();
		// A Markdown heading mark is followed by a space; "#RieslingBirthday" is a
		// hashtag, part of the headline.
		int marks = 0;
		while (marks < text.length() && text.charAt(marks) == '#') {
			marks++;
		}
		if (marks > 0 && (marks == text.length() || Character.isWhitespace(text.charAt(marks)))) {
			text = text.substring(marks).strip();
		}
		// most blocks hold no bar: a forward search for the character (a vector search)
		// rules them out before a backward search for the separator
		int bar = (text.indexOf('|') >= 0) ? text.lastIndexOf(" | ") : -1;
		if (bar > 0 && Texts.words(text.substring(bar + 3), 6) <= 5 && Texts.words(text.substring(0, bar), 4) >= 3) {
			text = text.substring(0, bar).strip();
		}
		return text;
	}

	/** Whether two headline candidates are the same title, shown twice. */
	static boolean sameTitle(String a, String b) {
		String left = Texts.key(headlineText(a));
		String right = Texts.key(headlineText(b));
		return !left.isEmpty() && left.equals(right);
	}

	/**
	 * A title made from the first sentence of the body: the sentence, or its start cut at
	 * a word boundary with an ellipsis.
	 */
	static String derive(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		String first = body.strip();
		int paragraphEnd = first.indexOf('\n');
		if (paragraphEnd > 0) {
			first = first.substring(0, paragraphEnd);
		}
		first = Texts.withoutListMarker(first);
		String sentence = firstSentence(Texts.truncate(first, DERIVED_LENGTH * 4));
		if (sentence.length() <= DERIVED_LENGTH) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', DERIVED_LENGTH);
		if (cut < DERIVED_LENGTH / 2) {
			cut = DERIVED_LENGTH;
		}
		String start = sentence.substring(0, cut);
		while (!start.isEmpty() && ",;:–—-(".indexOf(start.charAt(start.length() - 1)) >= 0) {
			start = start.substring(0, start.length() - 1).strip();
		}
		return start + "…";
	}

	// Ends at the first full stop, question or exclamation mark followed by a space and
	// a capital, unless the word before is an initial or a common abbreviation.
	private static String firstSentence(String text) {
		for (int i = 0; i + 2 < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
					&& (Character.isUpperCase(text.charAt(i + 2)) || "“\"«".indexOf(text.charAt(i + 2)) >= 0)
					&& !(c == '.' && isAbbreviation(text, i))) {
				return (c == '.') ? text.substring(0, i) : text.substring(0, i + 1);
			}
		}
		String sentence = text.strip();
		if (sentence.endsWith(".") && !sentence.endsWith("...")) {
			sentence = sentence.substring(0, sentence.length() - 1);
		}
		return sentence;
	}

	private static boolean isAbbreviation(String text, int dot) {
		int start = dot;
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
		if (word.length() <= 1 || word.indexOf('.') >= 0) {
			return true;
		}
		switch (word) {
			case "mr":
			case "mrs":
			case "ms":
			case "dr":
			case "prof":
			case "st":
			case "gen":
			case "col":
			case "lt":
			case "sgt":
			case "gov":
			case "sen":
			case "rep":
			case "jr":
			case "sr":
			case "vs":
			case "etc":
			case "no":
			case "inc":
			case "co":
			case "corp":
			case "ltd":
			case "jan":
			case "feb":
			case "aug":
			case "sept":
			case "oct":
			case "nov":
			case "dec":
			case "approx":
			case "dept":
			case "fig":
			case "bzw":
			case "z.b":
			case "ca":
			case "nr":
			case "г":
			case "гг":
			case "т":
			case "им":
				return true;
			default:
				return false;
		}
	}

}
