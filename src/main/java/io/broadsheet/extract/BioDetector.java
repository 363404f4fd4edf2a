package io.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Recognises author biographies: "About the author" headings and sentences that introduce
 * a person by their role ("A is a professor of ...", "A ist Politikwissenschaftler ...",
 * "A est chercheur ..."). The name at the start of such a sentence is the author when it
 * closes the article.
 */
final class BioDetector {

	private static final int MAX_BIO = 1200;

	private static final int ROLE_WINDOW = 160;

	private static final Set<String> ABOUT_HEADINGS = Set.of("about the author", "about the authors", "about author",
			"about the writer", "about the contributor", "author bio", "author's bio", "the author", "the authors",
			"über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin", "zu den autoren",
			"der autor", "die autorin", "à propos de l'auteur", "à propos de l'autrice", "à propos des auteurs",
			"l'auteur", "l'autrice", "sobre el autor", "sobre la autora", "sobre los autores", "el autor", "la autora",
			"sull'autore", "l'autore", "sobre o autor", "об авторе", "об авторах", "автор", "авторы");

	// The verbs that set a role beside the name rather than state it: a quoted person's
	// introduction takes them as well as a bio does ("Dr Anita Rao, the board's director
	// of public health, said: …").
	private static final List<String> APPOSITIONS = List.of(" — ", " – ", " - ", ", a ", ", an ", ", the ");

	// The verbs that state a role, then the appositions.
	private static final String[] VERBS = Stream.concat(
			Stream.of(" is ", " was ", " has been ", " serves as ", " works as ", " ist ", " war ", " arbeitet als ",
					" est ", " était ", " travaille comme ", " es ", " fue ", " trabaja como ", " è ", " é "),
			APPOSITIONS.stream())
		.toArray(String[]::new);

	// What closes a role set beside a name: a comma or a dash.
	private static final String CLOSING_MARKS = ",\u2014\u2013-";

	private static final Set<String> ROLES = Languages.words(Languages.BIO_ROLES);

	private static final Set<String> SPEECH_VERBS = Languages.words(Languages.BIO_SPEECH_VERBS);

	private BioDetector() {
	}

	/**
	 * Whether a word between {@code from} and {@code to} of a lower-cased text is a verb
	 * of saying of the languages' (bio.speech-verbs: "said", "says", "added"): a sentence
	 * that holds one reports someone's words.
	 */
	static boolean holdsSpeechVerb(String lower, int from, int to) {
		return Texts.holdsWord(lower, from, to, (start, end) -> SPEECH_VERBS.contains(lower.substring(start, end)));
	}

	static boolean isAboutHeading(String line) {
		if (line.length() > 40) {
			return false;
		}
		String key = Texts.key(line);
		if (ABOUT_HEADINGS.contains(key)) {
			return true;
		}
		// "About Sarah", "About Emil Avdaliani": an author box named after its author
		String text = line.strip();
		if (key.startsWith("about ") && !text.endsWith(".")) {
			String rest = text.substring(6).strip();
			while (!rest.isEmpty() && ":".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
				rest = rest.substring(0, rest.length() - 1);
			}
			int words = Texts.words(rest, 4);
			return words >= 1 && words <= 3 && Character.isUpperCase(rest.charAt(0))
					&& !NOT_ABOUT.contains(rest.toLowerCase(Locale.ROOT))
					&& (words == 1 || PersonNames.clean(rest) != null);
		}
		return false;
	}

	private static final Set<String> NOT_ABOUT = Set.of("us", "me", "this", "the", "it", "them", "our", "cookies",
			"this site", "this article", "this story", "the project", "the site");

	/**
	 * Whether a short header line states a role and affiliation ("Senior Fellow, Carnegie
	 * Europe") rather than article text.
	 */
	static boolean isAffiliation(String line) {
		if (line.length() > 100 || Texts.endsWithSentencePunctuation(line) || line.isEmpty()
				|| !Character.isUpperCase(line.charAt(0)) || Texts.words(line, 13) > 12) {
			return false;
		}
		return hasRole(line.toLowerCase(Locale.ROOT));
	}

	/**
	 * The text after an inline "About the author:" label, or {@code null} when the line
	 * has none.
	 */
	static String afterAboutLabel(String line) {
		int colon = line.indexOf(':');
		if (colon <= 0 || colon > 40 || colon + 1 >= line.length()) {
			return null;
		}
		return isAboutHeading(line.substring(0, colon)) ? line.substring(colon + 1).strip() : null;
	}

	/**
	 * The person a biography sentence introduces ("Emil Avdaliani is a professor of
	 * ..."), or {@code null} when the paragraph does not open with one. A role set beside
	 * the name whose sentence goes on to say what the person said ("Dr Anita Rao, the
	 * board's director of public health, said: …", "Joshua Apte, a professor …, explained
	 * that …") introduces a quote in the text, not a bio: its sentence often stands last,
	 * and read as a bio it ended the article above it.
	 */
	static String bioName(String paragraph) {
		if (paragraph.length() > MAX_BIO || paragraph.length() < 15) {
			return null;
		}
		String window = paragraph.substring(0, Math.min(paragraph.length(), 90));
		int verbAt = -1;
		String verb = null;
		for (String candidate : VERBS) {
			int index = window.indexOf(candidate);
			if (index > 0 && (verbAt < 0 || index < verbAt)) {
				verbAt = index;
				verb = candidate;
			}
		}
		if (verbAt < 0) {
			return null;
		}
		String name = PersonNames.clean(paragraph.substring(0, verbAt));
		if (name == null) {
			return null;
		}
		int from = verbAt + verb.length();
		String role = paragraph.substring(from, Math.min(paragraph.length(), from + ROLE_WINDOW))
			.toLowerCase(Locale.ROOT);
		return (hasRole(role) && !(APPOSITIONS.contains(verb) && saysSomething(paragraph, from))) ? name : null;
	}

	// Whether the sentence that opens at from goes on, once the role is set beside the
	// name, with a speech verb of the languages' ("…, said:", "…, also told …", "… —
	// explained that …"). A verb inside the role or after an auxiliary is a bio's ("…,
	// is the author of \"What the River Said\"", "…, has told stories from the Sahel …").
	private static boolean saysSomething(String paragraph, int from) {
		int end = paragraph.indexOf(". ", from);
		String sentence = paragraph.substring(from, (end < 0) ? paragraph.length() : end).toLowerCase(Locale.ROOT);
		Texts.WordTest saying = (start, stop) -> SPEECH_VERBS.contains(sentence.substring(start, stop))
				&& followsRole(sentence, start);
		return Texts.holdsWord(sentence, saying);
	}

	// Whether the word at the given index stands right after the comma or dash that
	// closes the role, perhaps after an adverb ("also said", "later told").
	private static boolean followsRole(String sentence, int word) {
		String before = sentence.substring(0, word).stripTrailing();
		int space = before.lastIndexOf(' ');
		String last = before.substring(space + 1);
		if (last.equals("also") || last.length() > 3 && last.endsWith("ly")) {
			before = before.substring(0, Math.max(space, 0)).stripTrailing();
		}
		return !before.isEmpty() && CLOSING_MARKS.indexOf(before.charAt(before.length() - 1)) >= 0;
	}

	/**
	 * Whether the block opens with one of the writers' full names and goes on as a
	 * sentence about them: the name, perhaps a handle or an address in brackets ("Molly
	 * Wood (@mollywood) is …") or a class year ("Hannah Strom ’15 is …"), then a word in
	 * lower case, whatever the verb ("covers education", "writes about", "teaches
	 * English"). A writer's note, told by the name a byline gave, not by a role word. A
	 * sentence that names the writer further in, or a line of the name alone, is none.
	 * @param text a block of the body
	 * @param writers the page's authors
	 * @return whether the block is a sentence about one of them, opening with their name
	 */
	static boolean opensWithWriter(String text, List<String> writers) {
		if (text.length() > MAX_BIO || !Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		for (String writer : writers) {
			if (writer.indexOf(' ') > 0 && text.startsWith(writer + " ")) {
				int next = afterClassYear(text, writer.length() + 1);
				if (text.charAt(next) == '(') {
					int close = text.indexOf(") ", next);
					next = (close > 0) ? close + 2 : text.length();
				}
				if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
					return true;
				}
			}
		}
		return false;
	}

	// Where the words after a name go on past a school's class year set after it, an
	// apostrophe and two figures ("Hannah Strom ’15 is a writer …", "Ben Liu '27
	// covers …"), as alumni magazines and student papers name their writers; or from.
	private static int afterClassYear(String text, int from) {
		if (from + 4 < text.length() && (text.charAt(from) == '\u2019' || text.charAt(from) == '\'')
				&& Character.isDigit(text.charAt(from + 1)) && Character.isDigit(text.charAt(from + 2))
				&& text.charAt(from + 3) == ' ') {
			return from + 4;
		}
		return from;
	}

	// Whether a word of the text is a role of the languages' ("editor", "reporter",
	// "writer").
	static boolean hasRole(String text) {
		return Texts.holdsWord(text, (start, end) -> ROLES.contains(text.substring(start, end)));
	}

}
