package io.broadsheet.extract;

import java.util.Collection;

/**
 * Small string checks shared by the detectors. Everything here is a single pass over a
 * bounded prefix, so detectors stay linear however long a paragraph is.
 */
final class Texts {

	// Remembered keys of short strings only (block texts a headline or label could be),
	// so the memo pins little memory.
	private static final int MEMO_MAX_TEXT = 300;

	private static final KeyMemo[] KEY_MEMO = new KeyMemo[1024];

	// A key is folded from the text's first so many characters.
	private static final int KEY_SOURCE = 256;

	private Texts() {
	}

	/**
	 * Lower-cases, collapses runs of spaces, folds typographic apostrophes and strips
	 * surrounding punctuation that does not change what a short line means (a trailing
	 * colon, an ellipsis, brackets).
	 */
	static String key(String text) {
		if (text.length() > MEMO_MAX_TEXT) {
			return fold(text);
		}
		// The stages ask for the key of the same block's string again and again (the
		// headline finder from every start it tries, the caption, section-label and
		// link-row checks of each candidate, the page title's match), so the last keys
		// are remembered, by the string's own hash (kept in the string once computed;
		// the identity hash would cost a call into the VM for every new string). An
		// entry is immutable, so threads that race on a slot at worst fold again.
		int slot = text.hashCode() & (KEY_MEMO.length - 1);
		KeyMemo memo = KEY_MEMO[slot];
		if (memo != null && memo.text().equals(text)) {
			return memo.key();
		}
		String key = fold(text);
		KEY_MEMO[slot] = new KeyMemo(text, key);
		return key;
	}

	/**
	 * The {@link #key(String) key}, folded without the memo: for a caller that keeps the
	 * key itself ({@link Paragraph#key()}).
	 */
	static String fold(String text) {
		int length = Math.min(text.length(), KEY_SOURCE);
		// Folded in place: one bulk copy, and every write lands at or before the
		// character being read.
		char[] out = new char[length];
		text.getChars(0, length, out, 0);
		int n = 0;
		boolean space = false;
		for (int i = 0; i < length; i++) {
			char c = out[i];
			if (c == '’' || c == '‘' || c == '`') {
				c = '\'';
			}
			// ASCII, most characters of most keys, without the Unicode tables
			if ((c < 0x80) ? isAsciiWhitespace(c) : CharTables.isWhitespace(c)) {
				space = n > 0;
				continue;
			}
			if (space) {
				out[n++] = ' ';
				space = false;
			}
			if (c < 0x80) {
				out[n++] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
			}
			else {
				out[n++] = CharTables.toLowerCase(c);
			}
		}
		int start = 0;
		int end = n;
		while (start < end && isEdgePunctuation(out[start])) {
			start++;
		}
		while (end > start && isEdgePunctuation(out[end - 1])) {
			end--;
		}
		while (start < end && out[start] == ' ') {
			start++;
		}
		while (end > start && out[end - 1] == ' ') {
			end--;
		}
		return new String(out, start, end - start);
	}

	/**
	 * The first character of the text's {@link #fold key}, or -1 when the key is empty,
	 * read without folding: for a check that asks how a key opens of every block, most of
	 * them long text whose key no other check needs. The same steps as the fold's.
	 */
	static int foldedFirst(String text) {
		int length = Math.min(text.length(), KEY_SOURCE);
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '’' || c == '‘' || c == '`') {
				return '\'';
			}
			if ((c < 0x80) ? isAsciiWhitespace(c) : CharTables.isWhitespace(c)) {
				continue;
			}
			char lower = (c < 0x80) ? ((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c)
					: CharTables.toLowerCase(c);
			if (!isEdgePunctuation(lower)) {
				return lower;
			}
		}
		return -1;
	}

	// Character.isWhitespace for ASCII: tab to carriage return, the four separators
	// U+001C to U+001F and the space.
	private static boolean isAsciiWhitespace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
	}

	// The punctuation a key drops at its ends.
	static boolean isEdgePunctuation(char c) {
		return c == ':' || c == '.' || c == '…' || c == '(' || c == ')' || c == '[' || c == ']' || c == '»' || c == '«'
				|| c == '>' || c == '|' || c == '-' || c == '–' || c == '—' || c == '•' || c == '·' || c == ' '
				|| c == '!' || c == '*' || c == '#';
	}

	/**
	 * Whether the text closes a sentence: a full stop, a question or exclamation mark or
	 * an ellipsis last, perhaps inside closing quotes ("… at Parkhill Hospital."). A
	 * colon, which introduces what stands under it, or a comma closes none.
	 */
	static boolean closesSentence(String text) {
		String stripped = text.strip();
		int end = lastIndexBefore(stripped, CLOSING_QUOTES);
		return end >= 0 && ".!?…".indexOf(stripped.charAt(end)) >= 0;
	}

	static boolean endsWithSentencePunctuation(String text) {
		int end = lastIndexBefore(text, CLOSING_QUOTES);
		if (end < 0) {
			return false;
		}
		char c = text.charAt(end);
		return c == '.' || c == '!' || c == '?' || c == '…' || c == ';' || c == ',' || c == ':';
	}

	/**
	 * Whether the block is running text: a long paragraph, or a full sentence of some
	 * length, as no headline, label or menu entry is. A sentence closed by another
	 * script's full stop (the danda of Hindi, Nepali, Marathi and Bengali, the Urdu,
	 * Burmese, Khmer or Amharic stop) ends as a Latin one does with its ".".
	 */
	static boolean isRunningText(String text) {
		return text.length() >= 200 || text.length() >= 80 && endsAsSentenceInAnyScript(text) && words(text, 12) >= 12;
	}

	/**
	 * Whether the text ends as a sentence does: with one of
	 * {@link #endsWithSentencePunctuation}'s marks, or with another script's full stop
	 * ({@link #isOtherScriptStop}: the danda, the Ethiopic "።", the Khmer "។"), which
	 * closes a sentence there as "." does. Not with Chinese's and Japanese's full-width
	 * stops: a caller that reads them asks {@link #endsWithStop} for
	 * {@link #UNSPACED_STOPS}.
	 */
	static boolean endsAsSentenceInAnyScript(String text) {
		return endsWithSentencePunctuation(text) || endsWithStop(text, OTHER_SCRIPT_STOPS);
	}

	/**
	 * Whether the block is running text that also closes as a sentence does: a paragraph
	 * of the story, not a long caption or list item left without its stop.
	 */
	static boolean isClosedRunningText(String text) {
		return isRunningText(text) && endsWithSentencePunctuation(text);
	}

	// What a sentence may close with after its full stop.
	static final String CLOSING_QUOTES = "\"”’'»)";

	// The quotation marks that open a quotation, and each one's closing mark at the same
	// place: the straight quote, English's, French's and German's (whose "„" closes with
	// "“", or with "”" as some pages set it).
	private static final String OPENING_QUOTES = "\"\u201c\u00ab\u201e";

	private static final String CLOSING_QUOTES_OF = "\"\u201d\u00bb\u201c";

	/** Whether the character opens a quotation ({@link #outsideQuotes}). */
	static boolean isOpeningQuote(char c) {
		return OPENING_QUOTES.indexOf(c) >= 0;
	}

	/**
	 * Where the quotation the text opens at {@code open} closes, or -1 where it stays
	 * open: "„" closes with "“" or with "”" as some pages set it.
	 */
	static int quotationEnd(String text, int open) {
		char closer = closerOf(text.charAt(open));
		for (int i = open + 1; i < text.length(); i++) {
			if (closes(closer, text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	// The mark that closes a quotation opened with {@code opening}, one of
	// OPENING_QUOTES.
	private static char closerOf(char opening) {
		return CLOSING_QUOTES_OF.charAt(OPENING_QUOTES.indexOf(opening));
	}

	// Whether the character closes a quotation whose closing mark is {@code closer}:
	// German's "„" closes with "“", or with "”" as some pages set it.
	private static boolean closes(char closer, char c) {
		return c == closer || closer == '\u201c' && c == '\u201d';
	}

	/**
	 * The text outside its quotation marks, each quotation read as a space (“It breathes
	 * differently now,” she said. reads " she said."), or null where the text quotes
	 * nothing or leaves a quotation open.
	 */
	static String outsideQuotes(String text) {
		StringBuilder outside = null;
		char closer = 0;
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (closer == 0 && OPENING_QUOTES.indexOf(c) >= 0) {
				outside = (outside != null) ? outside : new StringBuilder(text.length());
				outside.append(text, from, i).append(' ');
				closer = closerOf(c);
			}
			else if (closer != 0 && closes(closer, c)) {
				closer = 0;
				from = i + 1;
			}
		}
		if (outside == null || closer != 0) {
			return null;
		}
		return outside.append(text, from, text.length()).toString();
	}

	// What may close a sentence after its stop, in every script: the quotes of the
	// scripts written with spaces, the brackets, and the corner brackets and full-width
	// bracket of Chinese and Japanese (「…。」, 『…。』, （…。）).
	static final String SENTENCE_CLOSERS = CLOSING_QUOTES + "」』）";

	/** {@link #endsWithStop}: a full stop, question or exclamation mark or ellipsis. */
	static final int LATIN_STOPS = 1;

	/** {@link #endsWithStop}: a comma, semicolon or colon, closing a clause. */
	static final int CLAUSE_MARKS = 2;

	/** {@link #endsWithStop}: the stops of {@link #isOtherScriptStop}. */
	static final int OTHER_SCRIPT_STOPS = 4;

	/** {@link #endsWithStop}: the full-width stops of {@link #isUnspacedStop}. */
	static final int UNSPACED_STOPS = 8;

	/**
	 * {@link #endsWithStop}: the full stops, question and exclamation marks of every
	 * script, no clause mark: a sentence's close wherever it is written.
	 */
	static final int FULL_STOPS = LATIN_STOPS | OTHER_SCRIPT_STOPS | UNSPACED_STOPS;

	/** {@link #endsWithStop}: every stop and clause mark of every script. */
	static final int ANY_STOP = LATIN_STOPS | CLAUSE_MARKS | OTHER_SCRIPT_STOPS | UNSPACED_STOPS;

	/**
	 * Whether the text's last character before any {@link #SENTENCE_CLOSERS} is one of
	 * the {@code stops} asked for ({@link #LATIN_STOPS}, {@link #CLAUSE_MARKS},
	 * {@link #OTHER_SCRIPT_STOPS}, {@link #UNSPACED_STOPS}, or them together): the one
	 * test of a sentence's end, each caller naming the scripts it means.
	 */
	static boolean endsWithStop(String text, int stops) {
		char last = lastBeforeClosers(text);
		return last != 0 && isStop(last, stops);
	}

	/**
	 * The text's last character before any {@link #SENTENCE_CLOSERS}, or 0 when the text
	 * holds nothing else. The Ethiopic full stop typed as two wordspaces ("፡፡", as many
	 * Amharic sites set it) is read as the "።" it stands for.
	 */
	static char lastBeforeClosers(String text) {
		int end = lastIndexBefore(text, SENTENCE_CLOSERS);
		if (end < 0) {
			return 0;
		}
		char last = text.charAt(end);
		boolean typedStop = last == ETHIOPIC_WORDSPACE && end > 0 && text.charAt(end - 1) == ETHIOPIC_WORDSPACE;
		return typedStop ? '።' : last;
	}

	// One wordspace separates words in older Ethiopic text; two close a sentence.
	private static final char ETHIOPIC_WORDSPACE = '\u1361';

	/** Whether the character is one of the {@code stops} asked for. */
	static boolean isStop(char c, int stops) {
		return (stops & LATIN_STOPS) != 0 && (c == '.' || c == '!' || c == '?' || c == '…')
				|| (stops & CLAUSE_MARKS) != 0 && (c == ',' || c == ';' || c == ':')
				|| (stops & OTHER_SCRIPT_STOPS) != 0 && isOtherScriptStop(c)
				|| (stops & UNSPACED_STOPS) != 0 && isUnspacedStop(c);
	}

	/**
	 * Whether the character is a full-width stop of Chinese and Japanese (。！？), which
	 * needs no space after it.
	 */
	static boolean isUnspacedStop(char c) {
		return c == '。' || c == '！' || c == '？';
	}

	/**
	 * Whether the character is a full stop of a script whose sentences
	 * {@link #endsWithSentencePunctuation} does not know: the Devanagari and Bengali
	 * danda (। ॥), the Urdu full stop and the Arabic question mark (۔ ؟), the Armenian
	 * (։), Ethiopic (።), Myanmar (။) and Khmer (។) full stops.
	 */
	static boolean isOtherScriptStop(char c) {
		return c == '।' || c == '॥' || c == '۔' || c == '؟' || c == '։' || c == '።' || c == '။' || c == '។';
	}

	/**
	 * Whether the character is a question mark of some script: the Latin one (Cyrillic's
	 * and most scripts'), the full-width one of Chinese and Japanese, the Arabic script's
	 * "؟", each also one of {@link #isStop}'s stops. Not Greek's, a semicolon.
	 */
	static boolean isQuestionMark(char c) {
		return c == '?' || c == '？' || c == '؟';
	}

	/**
	 * Whether the text ends with a question mark of some script, perhaps inside closing
	 * quotes or a bracket: an interview's question, a poll's
	 * ({@link Insets#removePolls}).
	 */
	static boolean endsWithQuestion(String text) {
		int end = lastIndexBefore(text, QUESTION_CLOSERS);
		return end >= 0 && isQuestionMark(text.charAt(end));
	}

	// Closing quotes and brackets looked through before a question's mark, and by the
	// locator before a full stop or a list item's end.
	static final String QUESTION_CLOSERS = "\"”»)’」";

	/**
	 * The index of the text's last character that is none of {@code closers}, or -1:
	 * where a sentence's own end stands, once the quotes and brackets that close it are
	 * looked through. Each script's check passes the closers its writers use.
	 */
	static int lastIndexBefore(String text, String closers) {
		int end = text.length() - 1;
		while (end >= 0 && closers.indexOf(text.charAt(end)) >= 0) {
			end--;
		}
		return end;
	}

	/**
	 * Whether any of the parts stands anywhere in the text, as it is written (the caller
	 * lower-cases or keys the text as its parts are).
	 * @param text the text
	 * @param parts the strings looked for
	 * @return whether the text contains one of them
	 */
	static boolean containsAny(String text, String[] parts) {
		for (String part : parts) {
			if (text.contains(part)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a word between {@code from} and {@code to} passes the test, asked of each
	 * word by its bounds (no substring unless the test makes one). A word is a run of
	 * letters and hyphens: "co-founder" and "value-added" are one word each, so a word
	 * list's entry matches whole, never a part of a joined word.
	 * @param text the text, lower-cased as the test's words are
	 * @param from where the walk starts
	 * @param to where it stops (a word running on past it ends there)
	 * @param test the test of a word's start and end
	 * @return whether any word passes
	 */
	static boolean holdsWord(String text, int from, int to, WordTest test) {
		int start = -1;
		for (int i = from; i <= to; i++) {
			boolean letter = i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-');
			if (letter && start < 0) {
				start = i;
			}
			else if (!letter && start >= 0) {
				if (test.test(start, i)) {
					return true;
				}
				start = -1;
			}
		}
		return false;
	}

	/** Whether a word of the whole text passes the test (see the bounded walk). */
	static boolean holdsWord(String text, WordTest test) {
		return holdsWord(text, 0, text.length(), test);
	}

	/** Counts words, stopping early once {@code limit} is passed. */
	static int words(String text, int limit) {
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean space = Character.isWhitespace(text.charAt(i));
			if (!space && !inWord) {
				count++;
				if (count > limit) {
					return count;
				}
			}
			inWord = !space;
		}
		return count;
	}

	/**
	 * How long the line is in words of a spaced language: the words between spaces, but a
	 * run between spaces that holds letters of a script written without spaces between
	 * words (Chinese, Japanese, Thai, Lao, Khmer, Burmese) counts by its letters instead,
	 * as many words as the script writes with them ({@link Scripts#lettersPerWord}), so
	 * that a line there weighs as much as one in a spaced script: a Thai headline of 34
	 * letters and no space is about eleven words, not one, and its section's word of five
	 * letters not four. The one such measure: each caller asks it with its own threshold
	 * (a headline's words, a pull quote's, a Thai title's).
	 * @param text the line
	 * @param limit counting stops once the words pass it
	 * @return the words, at most {@code limit + 1}
	 */
	static int spacedWords(String text, int limit) {
		int words = 0;
		// sixths of a word: a letter of a script whose words take two letters is three,
		// one of a script whose words take three is two
		int sixths = 0;
		boolean inRun = false;
		boolean unspaced = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				words += (inRun && !unspaced) ? 1 : 0;
				inRun = false;
				unspaced = false;
				if (words + sixths / 6 > limit) {
					return limit + 1;
				}
				continue;
			}
			inRun = true;
			int perWord = Scripts.lettersPerWord(c);
			if (perWord > 0 && Character.isLetter(c)) {
				unspaced = true;
				sixths += 6 / perWord;
			}
		}
		words += (inRun && !unspaced) ? 1 : 0;
		// rounded: a Thai word takes 3.2-3.7 letters, a Chinese one 1.6-1.7 characters,
		// and a line of one or two such letters is still a word
		return Math.min(words + Math.max((sixths + 3) / 6, (sixths > 0) ? 1 : 0), limit + 1);
	}

	/**
	 * The characters the words end with, each once: a line whose last character is none
	 * of them ends with none of the words, and is not compared with each.
	 */
	static String lastCharacters(Collection<String> words) {
		StringBuilder ends = new StringBuilder();
		for (String word : words) {
			char last = word.charAt(word.length() - 1);
			if (ends.indexOf(String.valueOf(last)) < 0) {
				ends.append(last);
			}
		}
		return ends.toString();
	}

	static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// ASCII, most of a page, without the Unicode tables
			if ((c < 0x80) ? (c >= '0' && c <= '9') : Character.isDigit(c)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the character is a letter of a script without capitals (Arabic, Hebrew,
	 * Devanagari, Hangul, CJK): one that is neither upper nor lower case, or a Georgian
	 * letter ({@link #isMkhedruli}).
	 */
	static boolean isCaseless(char c) {
		return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c)
				&& !Character.isTitleCase(c) || isMkhedruli(c);
	}

	/**
	 * Whether the character is one of Georgian's everyday letters (Mkhedruli,
	 * U+10D0-U+10FF). Unicode calls them lower case since it added their capitals
	 * (Mtavruli), a display style pages do not write headlines, names or sentences in:
	 * Georgian is written without capitals, as Arabic or Armenian's lower case alone is
	 * not.
	 */
	static boolean isMkhedruli(char c) {
		return c >= '\u10D0' && c <= '\u10FF' && Character.isLowerCase(c);
	}

	/**
	 * Whether the character is a lower-case letter of a script with capitals: not a
	 * Georgian letter ({@link #isMkhedruli}), which Unicode calls lower case.
	 */
	static boolean isCasedLowerCase(char c) {
		return Character.isLowerCase(c) && !isMkhedruli(c);
	}

	/**
	 * Whether a word of four letters or more starts in lower case: a desk's or an
	 * office's credit capitalises its words ("Media and Communications Team", "Press
	 * Office"), a sentence or a poem's line does not ("The tide comes in at four").
	 * Georgian, written without capitals, has none.
	 */
	static boolean holdsLowerCaseWord(String text) {
		for (String word : text.split(" ")) {
			if (word.length() >= MIN_LOWER_CASE_WORD && isCasedLowerCase(word.charAt(0))) {
				return true;
			}
		}
		return false;
	}

	// The letters a lower-case word needs to tell a sentence from a credit: "and", "of",
	// "the" join a credit's words ("Media and Communications Team", "Office of the
	// Mayor").
	private static final int MIN_LOWER_CASE_WORD = 4;

	/** Whether the text holds a letter of a script with capitals. */
	static boolean hasCasedLetter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isUpperCase(c) || isCasedLowerCase(c)) {
				return true;
			}
		}
		return false;
	}

	static boolean hasLetter(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetter(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static int letters(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetter(text.charAt(i))) {
				count++;
			}
		}
		return count;
	}

	/**
	 * How many characters the opening mark of a Spanish question or exclamation takes at
	 * the text's start ("¿Ya eres suscriptor?", "¡Suscríbete!"): 1, or 0 when it has
	 * none. The mark is no word, and a page may leave it out ("Te resultó útil esta
	 * información?"), so the language files write their phrases without it.
	 */
	static int openingMarkLength(String text) {
		return (!text.isEmpty() && (text.charAt(0) == '¿' || text.charAt(0) == '¡')) ? 1 : 0;
	}

	/**
	 * Whether the line starts like an item of a bulleted or numbered list: a bullet, a
	 * number or a letter followed by a dot or bracket, then a space.
	 */
	static boolean isListItem(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		if ("-*•●▪◦‣∙·–—○■□➢►✓✔".indexOf(first) >= 0) {
			return text.length() > 1 && Character.isWhitespace(text.charAt(1));
		}
		int i = 0;
		if (first == '(' || first == '[') {
			i = 1;
		}
		int digits = 0;
		while (i < text.length() && i < 4 && Character.isDigit(text.charAt(i))) {
			i++;
			digits++;
		}
		if (digits == 0) {
			if (i < text.length() && Character.isLetter(text.charAt(i)) && i + 2 < text.length()
					&& (text.charAt(i + 1) == ')' || text.charAt(i + 1) == '.')
					&& Character.isWhitespace(text.charAt(i + 2)) && Character.isLowerCase(text.charAt(i))) {
				return true;
			}
			return false;
		}
		return i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')' || text.charAt(i) == ']')
				&& Character.isWhitespace(text.charAt(i + 1));
	}

	/** The text without a leading list marker. */
	static String withoutListMarker(String text) {
		if (!isListItem(text)) {
			return text;
		}
		int space = 0;
		while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
			space++;
		}
		return text.substring(space).strip();
	}

	/** Whether the text looks like a bare domain name such as {@code News.Az}. */
	static boolean isDomainName(String text) {
		if (text.length() < 4 || text.length() > 40) {
			return false;
		}
		String host = text;
		if (host.regionMatches(true, 0, "www.", 0, 4)) {
			host = host.substring(4);
		}
		int dot = host.lastIndexOf('.');
		if (dot <= 0 || dot == host.length() - 1) {
			return false;
		}
		String tld = host.substring(dot + 1);
		if (tld.length() < 2 || tld.length() > 6) {
			return false;
		}
		for (int i = 0; i < tld.length(); i++) {
			if (!isAsciiLetter(tld.charAt(i))) {
				return false;
			}
		}
		for (int i = 0; i < dot; i++) {
			char c = host.charAt(i);
			if (!(isAsciiLetter(c) || Character.isDigit(c) || c == '-' || c == '.')) {
				return false;
			}
		}
		return isAsciiLetter(host.charAt(0)) || Character.isDigit(host.charAt(0));
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	private record KeyMemo(String text, String key) {
	}

	/** A test of a word by its bounds in a text (no boxing on a hot path). */
	@FunctionalInterface
	interface WordTest {

		boolean test(int start, int end);

	}

}
