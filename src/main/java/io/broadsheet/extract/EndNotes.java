package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lines a page sets under an article's text that close it, each a note on the piece, not
 * its last sentence: an interview's editing note ("This interview has been edited for
 * length and clarity."), where it appeared first or who paid for it ("This column first
 * appeared in …", "This content was paid for by …"), a link to the whole document ("Read
 * the full recall notice"), the study's reference ("Reference: Marsh H. et al. (2026),
 * …") and an obituary's line of dates ("…, born 4 March 1935; died 18 November 2026").
 * Short lines under the text, so the walk up from the page's end passed over them as
 * maybe the article's and kept them with all under them (a run's dates, more interviews,
 * the footer); each is a strong marker of the article's end. The words come from the
 * language files ({@link Languages#NOTES_CLOSING},
 * {@link Languages#NOTES_FULL_TEXT_LINKS}, {@link Languages#NOTES_LIFESPAN}).
 */
final class EndNotes {

	// A note is a sentence or two.
	private static final int MAX_NOTE = 300;

	// A link's line is a few words ("Read the full story at Coastal Press Agency").
	private static final int MAX_LINK_WORDS = 10;

	// A line of dates: a name, a role, two dates.
	private static final int MAX_LIFESPAN = 200;

	// How far after its word a lifespan's date starts ("born 4 March", "born on 4
	// March").
	private static final int DATE_REACH = 6;

	private static final Prefixes CLOSING = Prefixes.openings(Languages.NOTES_CLOSING);

	// Each note's opening (with its space) and the verbs of saying of the languages whose
	// files list it: another language's verb may be a word of the note's own ("dit",
	// French for "says", opens every Dutch note: "Dit artikel is vertaald door …").
	private static final Map<String, Set<String>> SPEECH_VERBS = speechVerbsByOpening();

	private static final Prefixes FULL_TEXT_LINKS = Prefixes.openings(Languages.NOTES_FULL_TEXT_LINKS);

	// Each language's two words, born and died, in its file's order.
	private static final List<String[]> LIFESPAN = lifespanWords();

	private EndNotes() {
	}

	private static Map<String, Set<String>> speechVerbsByOpening() {
		Map<String, Set<String>> verbs = new HashMap<>();
		for (String language : Languages.codes()) {
			List<String> own = Languages.values(language, Languages.BIO_SPEECH_VERBS);
			for (String opening : Languages.values(language, Languages.NOTES_CLOSING)) {
				Set<String> set = verbs.computeIfAbsent(opening.toLowerCase(Locale.ROOT) + " ",
						(key) -> new HashSet<>());
				own.forEach((verb) -> set.add(verb.toLowerCase(Locale.ROOT)));
			}
		}
		verbs.replaceAll((opening, set) -> Set.copyOf(set));
		return Map.copyOf(verbs);
	}

	private static List<String[]> lifespanWords() {
		List<String[]> pairs = new ArrayList<>();
		for (String language : Languages.codes()) {
			List<String> words = Languages.values(language, Languages.NOTES_LIFESPAN);
			if (words.size() == 2) {
				pairs
					.add(new String[] { words.get(0).toLowerCase(Locale.ROOT), words.get(1).toLowerCase(Locale.ROOT) });
			}
		}
		return List.copyOf(pairs);
	}

	/**
	 * Whether the line closes the article as a note on the piece, a link to the whole
	 * document, a labelled reference or an obituary's line of dates.
	 */
	static boolean isEndNote(String text) {
		if (text.isEmpty() || text.length() > MAX_NOTE || text.indexOf('\n') >= 0) {
			return false;
		}
		String key = Texts.key(text);
		return isClosingNote(text, key) || isFullTextLink(text, key) || ReferenceDetector.isLabelledEntry(text)
				|| isLifespan(text);
	}

	// A note opens so and ends as a sentence; one with a verb of saying after its opening
	// reports someone ("A version of this story appeared in print on Sunday, the editor
	// said, …": a media story's sentence, review60d). Its own languages' verbs only.
	private static boolean isClosingNote(String text, String key) {
		String opening = CLOSING.find(key);
		if (opening == null || !Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		Set<String> verbs = SPEECH_VERBS.getOrDefault(opening, Set.of());
		return !Texts.holdsWord(key, opening.length(), key.length(),
				(start, end) -> verbs.contains(key.substring(start, end)));
	}

	/**
	 * Whether the block under a note goes on with the article's text: a paragraph of
	 * running text, no disclaimer or site's line said to the reader ("When you buy a book
	 * using a link on this page, we may earn …"). Over one, the line is the text's own
	 * ("Adapted from Clare Donnelly's novel, the film keeps …" over the review's last
	 * paragraphs; an obituary's dates over "She is survived by …"; "Read the full
	 * statement below" over the statement), and ends nothing.
	 */
	private static boolean goesOnWithText(String below) {
		return Texts.isRunningText(below) && !PublisherDetector.isDisclaimer(below)
				&& !Boilerplate.readsAsSiteFurniture(below);
	}

	/**
	 * Whether the line ends the article as a note over what stands under it: an end note
	 * ({@link #isEndNote}) with no running text of the article going on under it
	 * ({@link #goesOnWithText}).
	 * @param text the line
	 * @param below the block under it, or {@code null} at the body's end
	 */
	static boolean endsText(String text, String below) {
		return isEndNote(text) && (below == null || !goesOnWithText(below));
	}

	// "Read the full recall notice": a few words, no sentence ("Read the full report,
	// published on Monday, before you vote." is one).
	private static boolean isFullTextLink(String text, String key) {
		return FULL_TEXT_LINKS.matches(key) && !Texts.endsWithSentencePunctuation(text)
				&& Texts.words(text, MAX_LINK_WORDS + 1) <= MAX_LINK_WORDS;
	}

	// "Eleanor Mary Whitcombe, architect, born 4 March 1935; died 18 November 2026": the
	// born word before a date, a semicolon, the died word before a date. A sentence of
	// the text that names a birth and a death ("She was born in Coventry in 1935 and
	// died at home.") has no semicolon between them and ends as a sentence.
	private static boolean isLifespan(String text) {
		if (text.length() > MAX_LIFESPAN || Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (String[] words : LIFESPAN) {
			int born = wordBeforeDigit(lower, words[0], 0);
			int semicolon = (born >= 0) ? lower.indexOf(';', born) : -1;
			if (semicolon >= 0 && wordBeforeDigit(lower, words[1], semicolon) >= 0) {
				return true;
			}
		}
		return false;
	}

	// Where the word stands from {@code from} on, whole and with a digit a few
	// characters after it, or -1.
	private static int wordBeforeDigit(String lower, String word, int from) {
		int at = lower.indexOf(word, from);
		while (at >= 0) {
			int end = at + word.length();
			boolean whole = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
					&& (end == lower.length() || !Character.isLetter(lower.charAt(end)));
			if (whole) {
				for (int i = end; i < lower.length() && i <= end + DATE_REACH; i++) {
					if (Character.isDigit(lower.charAt(i))) {
						return at;
					}
				}
			}
			at = lower.indexOf(word, at + 1);
		}
		return -1;
	}

}
