package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds author names in byline lines ("By A and B", "Von A", "Автор: A") and in agency
 * credit lines ("Reporting by A; Editing by B"). Only whole short lines that are nothing
 * but a byline count: a sentence that happens to start with "By" is not one.
 */
final class BylineDetector {

	private static final int MAX_LINE = 250;

	// Compiled once: String.split compiles its pattern on every call. A word's marks are
	// its own: Tamil's "மற்றும்" (and) and Hindi's "दिसंबर" hold vowel signs and viramas,
	// and a split at each left no joining word and no month whole.
	private static final Pattern NOT_LETTERS_OR_MARKS = Pattern.compile("[^\\p{L}\\p{M}]+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern COMMA_OR_SEMICOLON = Pattern.compile("[,;]");

	private static final Pattern SPACES = Pattern.compile(" +");

	private static final Pattern CJK_NAME_SEPARATORS = Pattern.compile("[\\s·、,，]+");

	// Longest first: "written by" must win over "by".
	private static final String[] LABELS = Languages.values(Languages.BYLINE_LABELS).toArray(new String[0]);

	// The labels by their first character, longest first within each: a line is
	// compared only with the labels that can start it, not with all of them.
	private static final Map<Character, String[]> LABELS_BY_FIRST = Arrays.stream(LABELS)
		.collect(Collectors.groupingBy((label) -> label.charAt(0),
				Collectors.collectingAndThen(Collectors.toList(), (labels) -> labels.toArray(new String[0]))));

	private static final String[] NO_LABELS = new String[0];

	// LABELS_BY_FIRST's labels of the ASCII characters, by character.
	private static final String[][] ASCII_LABELS = asciiLabels();

	private static final int LONGEST_LABEL = Arrays.stream(LABELS).mapToInt(String::length).max().orElse(0);

	// The labels compared in place: a line or segment that starts with none is let go
	// before it is cut out and lower-cased.
	private static final Prefixes LABEL_PREFIXES = Prefixes.of(LABELS);

	// The first letters of all labels, lower-cased.
	private static final String LABEL_STARTS = Arrays.stream(LABELS)
		.map((label) -> label.substring(0, 1))
		.distinct()
		.collect(Collectors.joining());

	// The byline prefixes of every page ("ngu" of Zulu and Xhosa), and the first letters
	// of all of them in both cases: most lines start with none.
	private static final List<String> PREFIXES = Languages.values(Languages.BYLINE_PREFIXES);

	private static final String PREFIX_STARTS = PREFIXES.stream()
		.map((prefix) -> prefix.substring(0, 1) + prefix.substring(0, 1).toUpperCase(Locale.ROOT))
		.collect(Collectors.joining());

	private static final String[] NAME_SEPARATORS = spaced(Languages.values(Languages.BYLINE_SEPARATORS));

	// A two-word label's first word joined to another credit ("words and recipe by",
	// "story and photos by"): each two-word label's first word and a separator, as
	// "words and ", and the label's last word it waits for, by that prefix.
	private static final Map<String, String> JOINED_LABELS = joinedLabels();

	private static final Prefixes JOINED_LABEL_PREFIXES = Prefixes.of(JOINED_LABELS.keySet().toArray(new String[0]));

	// The other credits a joined label may name, and the separators between them.
	private static final Set<String> JOINED_CREDITS = joinedCredits();

	private static Set<String> joinedCredits() {
		Set<String> words = new HashSet<>(Languages.words(Languages.BYLINE_JOINED_CREDITS));
		words.addAll(Languages.words(Languages.BYLINE_SEPARATORS));
		return Set.copyOf(words);
	}

	// How many words the other credit of a joined label may have ("recipe", "recipes
	// and photos").
	private static final int MAX_JOINED_CREDIT = 3;

	private static Map<String, String> joinedLabels() {
		// each language's labels with its own separators
		Map<String, String> joined = new HashMap<>();
		for (String language : Languages.codes()) {
			for (String label : Languages.values(language, Languages.BYLINE_LABELS)) {
				String[] words = label.split(" ");
				if (words.length == 2 && label.indexOf(':') < 0) {
					for (String separator : Languages.values(language, Languages.BYLINE_SEPARATORS)) {
						joined.putIfAbsent(words[0] + " " + separator + " ", words[1]);
					}
				}
				else if (words.length == 1 && label.endsWith(":")) {
					// "Teksti ja kuvat:", "Text och bild:": a one-word label whose colon
					// ends the joined credit
					String word = label.substring(0, label.length() - 1);
					for (String separator : Languages.values(language, Languages.BYLINE_SEPARATORS)) {
						joined.putIfAbsent(word + " " + separator + " ", ":");
					}
				}
			}
		}
		return Map.copyOf(joined);
	}

	private static final String[] PLACE_CUTS = spaced(Languages.values(Languages.BYLINE_PLACE_WORDS));

	// " by " inside a date line: the one-word labels ("by", "von", "par").
	private static final String[] INLINE_LABELS = spaced(Languages.values(Languages.BYLINE_LABELS)
		.stream()
		.filter((label) -> label.indexOf(' ') < 0 && label.indexOf(':') < 0)
		.toList());

	// Roles that follow the name on a byline ("김민수 기자", "Иван Петров, специальный
	// корреспондент"), longest first, and their first characters in both cases.
	private static final String[] ROLES = Languages.values(Languages.BYLINE_ROLES).toArray(new String[0]);

	// The last characters of the roles: a line that ends with none holds no role.
	private static final String ROLE_ENDS = Texts.lastCharacters(Arrays.asList(ROLES));

	// The roles that end a sentence with a full stop (byline.sentence-roles: "Dilnoza
	// Rashidova tayyorladi."), and their last characters.
	private static final String[] SENTENCE_ROLES = Languages.values(Languages.BYLINE_SENTENCE_ROLES)
		.toArray(new String[0]);

	private static final String SENTENCE_ROLE_ENDS = Texts.lastCharacters(Arrays.asList(SENTENCE_ROLES));

	// How long a line of names and a role may be.
	private static final int MAX_ROLE_LINE = 80;

	// What an author box prints right after the name ("Senior Contributor", "View More
	// Articles"), longest first, grouped by their last letter: most lines end with a
	// letter that ends no mark, and the rest are compared with a few marks in place, not
	// lower-cased. Marks ending with an ASCII letter are found in an array.
	private static final Map<Character, String[]> BOX_MARKS_BY_LAST = Languages.values(Languages.BYLINE_BOX_MARKS)
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.collect(Collectors.groupingBy((mark) -> mark.charAt(mark.length() - 1),
				Collectors.collectingAndThen(Collectors.toList(), (marks) -> marks.toArray(new String[0]))));

	private static final String[][] ASCII_BOX_MARKS = asciiBoxMarks();

	private static String[][] asciiBoxMarks() {
		String[][] byLast = new String[128][];
		BOX_MARKS_BY_LAST.forEach((last, marks) -> {
			if (last < byLast.length) {
				byLast[last] = marks;
			}
		});
		return byLast;
	}

	// How long a bare name line under which a role is looked for may be.
	private static final int MAX_BOX_NAME = 40;

	// How much may follow an author's handle on their name line ("/ 2 days").
	private static final int MAX_AFTER_HANDLE = 20;

	// How long a name in Chinese, Japanese or Korean is: a family name of one or two
	// characters and a given name of one to three, written without a space.
	private static final int MIN_CJK_NAME = 2;

	private static final int MAX_CJK_NAME = 4;

	private static final int MAX_SIGN_OFF_NAME = 5;

	// INLINE_LABELS by the character after their leading space, as their indexes in
	// INLINE_LABELS (ascending): a line is searched once for all of them.
	private static final Map<Character, int[]> INLINE_LABELS_BY_SECOND = inlineLabelsBySecond();

	// The same for the ASCII characters, by index: most characters after a line's spaces
	// are, and an index neither boxes nor hashes.
	private static final int[][] INLINE_LABELS_BY_ASCII_SECOND = inlineLabelsByAsciiSecond();

	// Where no inline label stands in a line: -1 for each.
	private static final int[] NO_INLINE_LABELS = noInlineLabels();

	private static int[] noInlineLabels() {
		int[] none = new int[INLINE_LABELS.length];
		Arrays.fill(none, -1);
		return none;
	}

	private static Map<Character, int[]> inlineLabelsBySecond() {
		Map<Character, List<Integer>> bySecond = new HashMap<>();
		for (int k = 0; k < INLINE_LABELS.length; k++) {
			bySecond.computeIfAbsent(INLINE_LABELS[k].charAt(1), (c) -> new ArrayList<>()).add(k);
		}
		Map<Character, int[]> labels = new HashMap<>();
		bySecond.forEach((c, indexes) -> labels.put(c, indexes.stream().mapToInt(Integer::intValue).toArray()));
		return Map.copyOf(labels);
	}

	private static int[][] inlineLabelsByAsciiSecond() {
		int[][] labels = new int[128][];
		INLINE_LABELS_BY_SECOND.forEach((c, indexes) -> {
			if (c < 128) {
				labels[c] = indexes;
			}
		});
		return labels;
	}

	private static String[] spaced(List<String> words) {
		return words.stream().map((word) -> " " + word + " ").toArray(String[]::new);
	}

	private BylineDetector() {
	}

	// How far around a byline other bylines make it part of a list.
	private static final int LIST_WINDOW = 6;

	// How close to the date line a byline belongs to the same article header.
	private static final int DATE_REACH = 3;

	private static final int MAX_CANDIDATES = 200;

	// How far under a related-articles heading a byline is a teaser's, and how long the
	// heading may be.
	private static final int RELATED_REACH = 3;

	private static final int MAX_HEADING = 40;

	// The comments headings of one word, which a heading in the singular starts ("1
	// Comment", "1 Kommentar", "1 commentaire").
	private static final List<String> COMMENT_WORDS = Languages.values(Languages.COMMENTS_HEADINGS)
		.stream()
		.filter((heading) -> heading.indexOf(' ') < 0)
		.toList();

	private static final int MIN_COMMENT_WORD = 5;

	// A bare name this close to the top with a date line beside it is the header of an
	// article-shaped file; further down a whole page it is more often a menu.
	private static final int ARTICLE_SHAPED_HEAD = 6;

	// Further down a whole page, a bare name under the headline is the article's byline
	// when a date line stands right beside it ("Jane Doe / 18 Nov 2019, 19:09"), the way
	// news pages set their header; a menu item seldom has a date line next to it.
	private static final int NAME_BESIDE_DATE = 2;

	/**
	 * Every byline of a page, best first: by {@link Candidate#score()}, then in page
	 * order. Linear in the page's length.
	 * @param paragraphs the page's paragraphs, in order
	 * @param dateParagraph the index of the paragraph holding the publication date line,
	 * or {@code -1} when none is known: a byline beside it is the article's
	 * @return the candidates, best first, possibly empty
	 */
	static List<Candidate> candidates(List<Paragraph> paragraphs, int dateParagraph) {
		return candidates(paragraphs, dateParagraph, null);
	}

	/**
	 * {@link #candidates(List, int)} on a page read to be in the given language: its
	 * bylines are also read with the labels and separators that apply only there
	 * ({@link #ownByline(String, String)}).
	 * @param language the page's ISO 639-1 code, or {@code null} when not known
	 */
	static List<Candidate> candidates(List<Paragraph> paragraphs, int dateParagraph, String language) {
		int size = paragraphs.size();
		boolean ownWords = language != null && OWN_WORDS.containsKey(language);
		List<Candidate> found = new ArrayList<>();
		// Names read from "name and date" lines: when the page has several such names,
		// they are teasers of other articles, wherever they stand.
		Set<List<String>> datedNames = new HashSet<>();
		// Author boxes' name lines: the author's teasers elsewhere on the page, each with
		// its name and date, do not make the box one of them.
		Set<Integer> boxes = new HashSet<>();
		int comments = commentsHeading(paragraphs);
		// Comments follow the article: a "Comments" entry of the menu above its date line
		// heads none.
		comments = (dateParagraph > comments && comments != Integer.MAX_VALUE) ? Integer.MAX_VALUE : comments;
		int related = -RELATED_REACH - 1;
		for (int i = 0; i < size && found.size() < MAX_CANDIDATES; i++) {
			String text = paragraphs.get(i).text();
			List<String> names = paragraphs.get(i).byline();
			List<String> own = ownWords ? ownByline(text, language) : null;
			own = (own == null && ownWords) ? uncasedPrefixed(paragraphs, i, OWN_WORDS.get(language).prefixes()) : own;
			names = (own != null) ? own : names;
			if (names == null && i + 1 < size && isLabelAlone(text)) {
				// "By" on a line of its own, the names on the next
				names = labelledNames(paragraphs.get(i + 1).text());
			}
			boolean dated = false;
			if (names == null) {
				names = datedByline(text);
				dated = names != null;
			}
			if (names == null) {
				names = signOff(text);
			}
			if (names == null) {
				names = openingCredit(text);
			}
			if (names == null) {
				names = colonSegmentByline(text);
			}
			if (names == null) {
				names = dispatchCredit(text);
			}
			boolean labelled = names != null;
			// afterBy needs an inline label after a date: in a date line, or after a date
			// the line starts with (startsWithDate finds the label itself). The block's
			// date line is known by now (the date lines are read first), and a line with
			// neither is not lower-cased to look for a label.
			if (names == null
					&& ((paragraphs.get(i).dateLine() != null) ? hasInlineLabel(text) : startsWithDate(text))) {
				names = afterBy(text);
				labelled = names != null;
			}
			if (names == null && dateParagraph >= 0 && Math.abs(i - dateParagraph) <= 2 && text.length() <= 40) {
				String name = PersonNames.clean(withoutDispatchPlace(text));
				// A name in a script without capitals needs a label: an outlet's name
				// repeated on the page looks as much like one.
				names = (name != null && Character.isUpperCase(name.charAt(0))
						&& mentionedElsewhere(paragraphs, i, name, 0)) ? List.of(name) : null;
				names = (names != null) ? names : dashedNames(paragraphs, i, text);
				names = (names != null) ? names : capitalSurnameName(paragraphs, i, text);
			}
			if (names == null && dateParagraph >= 0 && i != dateParagraph
					&& Math.abs(i - dateParagraph) <= NAME_BESIDE_DATE && text.length() <= MAX_ROLE_LINE) {
				// "Elsa Provenzano et Mickaël Bosredon" beside the date line: two full
				// names or more joined by separators and nothing else, which a menu's
				// entries seldom are
				names = namesLine(withoutPublisher(paragraphs, i, withoutDispatchPlace(text)));
				// "Smoked Haddock and Sweetcorn Chowder": a dish's or a headline's name,
				// written again as the page's title, is no byline
				names = (names != null && mentionedElsewhere(paragraphs, i, text, 0)) ? null : names;
			}
			boolean box = false;
			if (names == null && i > 0 && text.length() <= MAX_BOX_NAME
					&& isArticleLink(paragraphs.get(i - 1).text())) {
				// a blog theme's author box under its previous and next article links
				// ("Next articleFDP-Landes- …" / "Alexander Scheidweiler" / "Neueste
				// Artikel"): the name line alone is the writer's
				String name = PersonNames.clean(text);
				names = (name != null && name.equals(text) && name.indexOf(' ') > 0) ? List.of(name) : null;
				box = names != null;
				labelled = box;
			}
			if (names == null && text.length() <= MAX_ROLE_LINE && !text.isEmpty()
					&& Character.isUpperCase(text.charAt(0))) {
				// an author box's name line: the name and the author's handle, role or
				// articles link, which vouch for it as a label would, unless it is one
				// of a list of people ("A, columnist" / "B, Bard College")
				names = boxNames(paragraphs, i, text);
				box = names != null;
				labelled = box;
			}
			if (text.length() <= MAX_HEADING && Boilerplate.isRelatedHeading(paragraphs.get(i))) {
				related = i;
			}
			if (names != null) {
				boolean nearDate = dateParagraph >= 0 && Math.abs(i - dateParagraph) <= DATE_REACH;
				int score = (labelled ? 3 : 1) + (nearDate ? 2 : 0) - ((i > comments) ? 10 : 0);
				// "Lesen Sie auch" / a headline / "von Jesse Coghlan": a teaser's byline,
				// under a related heading below the article's date line.
				if (i - related <= RELATED_REACH && related > dateParagraph) {
					score -= 4;
				}
				found.add(new Candidate(names, i, paragraphs.get(i).line(), labelled, false, score));
				if (dated) {
					datedNames.add(names);
				}
				if (box) {
					boxes.add(i);
				}
			}
		}
		List<Candidate> ranked = new ArrayList<>(found.size());
		for (int k = 0; k < found.size(); k++) {
			Candidate candidate = found.get(k);
			int neighbours = 0;
			for (int j = k - 1; j >= 0 && candidate.paragraph() - found.get(j).paragraph() <= LIST_WINDOW; j--) {
				neighbours += isListNeighbour(candidate, found.get(j)) ? 1 : 0;
			}
			for (int j = k + 1; j < found.size()
					&& found.get(j).paragraph() - candidate.paragraph() <= LIST_WINDOW; j++) {
				neighbours += isListNeighbour(candidate, found.get(j)) ? 1 : 0;
			}
			// (the byline inside the publication date line, "Posted on … by Mia Lund in
			// …",
			// is the article's, whoever else signs a dated line: its writer answering
			// the comments, "Mia Lund – November 30, 2026 at 9:02 pm")
			boolean inList = neighbours >= 1 || datedNames.size() > 1 && datedNames.contains(candidate.names())
					&& !boxes.contains(candidate.paragraph()) && candidate.paragraph() != dateParagraph;
			ranked.add(new Candidate(candidate.names(), candidate.paragraph(), candidate.line(), candidate.labelled(),
					inList, candidate.score() - (inList ? 4 : 0)));
		}
		// At the same score a labelled byline goes first: a bare capitalised line beside
		// the date is a section's name ("Bandung Raya") as often as a writer's.
		ranked.sort(Comparator.comparingInt(Candidate::score)
			.reversed()
			.thenComparing(Candidate::labelled, Comparator.reverseOrder())
			.thenComparingInt(Candidate::paragraph));
		return ranked;
	}

	private static final List<String> ARTICLE_LINKS = Languages.values(Languages.BYLINE_ARTICLE_LINKS);

	// How far into its line an article link may start: a theme's icon word may come first
	// ("PrevVorheriger Artikel…").
	private static final int ARTICLE_LINK_START = 4;

	private static final int LONGEST_ARTICLE_LINK = ARTICLE_LINKS.stream().mapToInt(String::length).max().orElse(0);

	// Whether the line is a link to the previous or next article, the teaser's headline
	// glued after it ("Next articleChina Announces Plan…").
	private static boolean isArticleLink(String text) {
		// Only the line's first characters are lower-cased, enough for a link that
		// starts by ARTICLE_LINK_START: the block above a short line is often a long
		// paragraph. A character lower-cases as it would in the whole line (no link
		// holds a sigma, the one letter whose case reads the characters after it), so
		// the search finds what it found in the whole line's copy. Compared in place
		// unless one of those characters lower-cases otherwise alone (inlineLabels).
		int read = Math.min(text.length(), ARTICLE_LINK_START + LONGEST_ARTICLE_LINK + 1);
		if (!lowerCasesAlone(text, read)) {
			return isArticleLinkIn(text, text.substring(0, read).toLowerCase(Locale.ROOT));
		}
		// Each character lower-cases alone as in the copy, where it stands in the
		// copy: each link is compared in place where it may start, nothing copied.
		for (String link : ARTICLE_LINKS) {
			int last = Math.min(ARTICLE_LINK_START, read - link.length());
			for (int at = 0; at <= last; at++) {
				if (startsLowerCased(text, at, link)) {
					// the first place it stands, as indexOf finds it
					int end = at + link.length();
					if (end == text.length() || !Character.isLowerCase(text.charAt(end))) {
						return true;
					}
					break;
				}
			}
		}
		return false;
	}

	// As isArticleLink, in the line's first characters lower-cased.
	private static boolean isArticleLinkIn(String text, String lower) {
		for (String link : ARTICLE_LINKS) {
			int at = lower.indexOf(link);
			int end = at + link.length();
			// ("Previous articles" is a list's heading)
			if (at >= 0 && at <= ARTICLE_LINK_START
					&& (end == text.length() || !Character.isLowerCase(text.charAt(end)))) {
				return true;
			}
		}
		return false;
	}

	// Another byline near a candidate makes it one of a list of teasers, unless it names
	// the same people, or it is a bare name and the candidate a labelled byline: a tag
	// above the headline ("Donald Trump") lists no articles.
	private static boolean isListNeighbour(Candidate candidate, Candidate other) {
		return !other.names().equals(candidate.names()) && (other.labelled() || !candidate.labelled());
	}

	// Where the readers' comments start: the last "Comments" heading of the page, as a
	// menu or a comment counter above the article may show the word too.
	private static int commentsHeading(List<Paragraph> paragraphs) {
		for (int i = paragraphs.size() - 1; i >= 0; i--) {
			if (Boilerplate.isCommentsHeading(paragraphs.get(i)) || isCommentCount(paragraphs.get(i))) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	/**
	 * Whether the block counts readers' comments in the singular ("1 Comment", "1
	 * Kommentar"): a count and one word that a comments heading starts with. The count
	 * says it heads comments, as the plural alone does; "Comment" alone is as often a
	 * form's field or an opinion section.
	 */
	static boolean isCommentCount(Paragraph block) {
		String text = block.text();
		if (text.length() > MAX_HEADING || text.isEmpty() || !Character.isDigit(text.charAt(0))) {
			return false;
		}
		String key = block.key();
		int space = key.indexOf(' ');
		if (space < 0 || key.indexOf(' ', space + 1) >= 0 || key.length() - space - 1 < MIN_COMMENT_WORD) {
			return false;
		}
		for (int i = 0; i < space; i++) {
			if (!Character.isDigit(key.charAt(i))) {
				return false;
			}
		}
		String word = key.substring(space + 1);
		for (String heading : COMMENT_WORDS) {
			if (heading.startsWith(word)) {
				return true;
			}
		}
		return false;
	}

	// A bare name beside the date line is an author when the page names them again (a
	// bio, "More from ..."); a lone capitalised phrase there is more often a menu item.
	// Only paragraphs longer than longerThan count (0: any).
	private static boolean mentionedElsewhere(List<Paragraph> paragraphs, int at, String name, int longerThan) {
		for (int i = 0; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text();
			if (i != at && text.length() > longerThan && text.contains(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A writer's name beside the date line as French regional papers sign it, the given
	 * name first, the surname in capitals and a full stop after it ("Marie LE GALL.",
	 * "Jean-Yves DUPONT."), or {@code null}. An acronym beside a name ("Live TV.", "Der
	 * NDR.") is the menu's or the text's word too: no word in capitals of the line may
	 * stand elsewhere on the page.
	 */
	static List<String> capitalSurnameName(List<Paragraph> paragraphs, int at, String text) {
		if (!text.endsWith(".") || text.endsWith("..")) {
			return null;
		}
		String[] tokens = SPACES.split(text.substring(0, text.length() - 1).strip());
		if (tokens.length < 2 || tokens.length > 4 || !isMixedCaseWord(tokens[0])
				|| CREDIT_OPENERS.contains(tokens[0].toLowerCase(Locale.ROOT))) {
			// "Illustration PIXABAY.", "Capture YOUTUBE.": a picture's credit, its source
			// in capitals
			return null;
		}
		for (int k = 1; k < tokens.length; k++) {
			String token = tokens[k];
			if (Texts.letters(token) < 2 || !token.equals(token.toUpperCase(Locale.ROOT))
					|| token.equals(token.toLowerCase(Locale.ROOT)) || writtenElsewhereAsWord(paragraphs, at, token)) {
				return null;
			}
		}
		if (writtenAloneElsewhere(paragraphs, at, tokens[0], tokens[1])) {
			// "Saint-Malo PORT.": a place the story is about, which its text names
			// again, as a writer's given name is seldom written without the surname
			return null;
		}
		StringBuilder name = new StringBuilder(tokens[0]);
		for (int k = 1; k < tokens.length; k++) {
			name.append(' ').append(PersonNames.titleCase(tokens[k]));
		}
		String clean = PersonNames.clean(name.toString());
		return (clean != null) ? List.of(clean) : null;
	}

	private static final Set<String> CREDIT_OPENERS = Languages.words(Languages.CAPTION_CREDIT_OPENERS);

	// "Marie", "Jean-Yves": a capital, then lower-case letters (a hyphen may join two
	// such parts).
	private static boolean isMixedCaseWord(String token) {
		if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
			return false;
		}
		for (int i = 1; i < token.length(); i++) {
			char c = token.charAt(i);
			if (!Character.isLowerCase(c) && !(c == '-' && i + 1 < token.length())
					&& !(Character.isUpperCase(c) && token.charAt(i - 1) == '-')) {
				return false;
			}
		}
		return true;
	}

	// Whether a paragraph other than the line writes the word whole, in the same case.
	private static boolean writtenElsewhereAsWord(List<Paragraph> paragraphs, int at, String word) {
		return writtenElsewhereAsWord(paragraphs, at, word, (text, end) -> true);
	}

	// Whether a paragraph other than the line writes the word whole, in the same case,
	// without the next word after it in any case ("Saint-Malo" in the text, not "Marie
	// Le Gall" in the writer's bio) and without another capitalised word after it: "école
	// Marie Curie", "rue Jean Moulin" name someone else of the writer's given name.
	private static boolean writtenAloneElsewhere(List<Paragraph> paragraphs, int at, String word, String next) {
		return writtenElsewhereAsWord(paragraphs, at, word,
				(text, end) -> !beforeCapitalisedWord(text, end) && !(end + 1 + next.length() <= text.length()
						&& text.charAt(end) == ' ' && text.regionMatches(true, end + 1, next, 0, next.length())));
	}

	// Whether a paragraph other than the line writes the word whole, in the same case,
	// where what follows it passes the check (given the text and the word's end).
	private static boolean writtenElsewhereAsWord(List<Paragraph> paragraphs, int at, String word, WordEndCheck after) {
		for (int i = 0; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text();
			for (int k = (i != at) ? text.indexOf(word) : -1; k >= 0; k = text.indexOf(word, k + 1)) {
				int end = k + word.length();
				if (isWordStart(text, k) && isWordEnd(text, end) && after.accepts(text, end)) {
					return true;
				}
			}
		}
		return false;
	}

	// Whether a space and a capitalised word follow the end ("Marie Curie", and the
	// signature's own "Marie Le Gall").
	private static boolean beforeCapitalisedWord(String text, int end) {
		return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
	}

	// The spaced dashes a name line beside the date sets between a writer and their
	// outlet.
	private static final String[] NAME_DASHES = { " - ", " – ", " — " };

	// A writer's name beside the date line and, after a spaced dash, the outlet they
	// write for ("Vidya Pinandhita - detikHealth", "Maricel Santos - Pahayagang Masa"),
	// which the page names again (its masthead, its page title, a section), or a second
	// writer ("Mert Kaplan - Zeynep Aksoy"), each a given name and a surname, as a menu's
	// entries seldom are. A title and its part ("Sex Appeal - Eine Lektion") is no name
	// and an outlet.
	private static List<String> dashedNames(List<Paragraph> paragraphs, int at, String text) {
		int dash = -1;
		for (String mark : NAME_DASHES) {
			int index = text.indexOf(mark);
			if (index > 0) {
				if (dash >= 0 || text.indexOf(mark, index + 1) >= 0) {
					return null;
				}
				dash = index;
			}
		}
		if (dash < 0) {
			return null;
		}
		String name = PersonNames.clean(text.substring(0, dash));
		String rest = text.substring(dash + 3).strip();
		if (name == null || name.indexOf(' ') < 0 || !Character.isUpperCase(name.charAt(0)) || rest.isEmpty()
				|| namedInSentences(paragraphs, at, name)) {
			return null;
		}
		if (namedAsMasthead(paragraphs, at, rest)) {
			return List.of(name);
		}
		String other = PersonNames.clean(rest);
		return (other != null && other.equals(rest) && other.indexOf(' ') > 0
				&& !namedInSentences(paragraphs, at, other)) ? List.of(name, other) : null;
	}

	// Longer than a name line beside the date: a sentence, a page title.
	private static final int MAX_DASHED_NAME_LINE = 40;

	// What sets the publisher apart after a line of names.
	private static final String[] PUBLISHER_MARKS = { " | ", " - ", " – ", " — ", ", " };

	// "Carmela Dizon and Rafael Ocampo - Manila Daily Chronicle": a line of names with
	// the site after its last dash, bar or comma, which the page sets as its masthead or
	// which is an outlet's name ("…, Associated Press"). The site is no writer, and the
	// names before it are read as a line of names alone is. Any other rest is left on
	// the line, which then reads as no line of names.
	private static String withoutPublisher(List<Paragraph> paragraphs, int at, String text) {
		int cut = -1;
		int after = -1;
		for (String mark : PUBLISHER_MARKS) {
			int index = text.lastIndexOf(mark);
			if (index > cut) {
				cut = index;
				after = index + mark.length();
			}
		}
		if (cut <= 0) {
			return text;
		}
		String rest = text.substring(after).strip();
		return (!rest.isEmpty() && (isOutletName(rest) || namedAsMasthead(paragraphs, at, rest)))
				? text.substring(0, cut) : text;
	}

	// A team, a place, a league or a stop is named again in the article's sentences
	// ("Premier League - Round Up" over "four points clear at the top of the Premier
	// League", "New York - United Nations" over "Diplomats in New York said"); the
	// writer beside the date seldom is.
	private static boolean namedInSentences(List<Paragraph> paragraphs, int at, String name) {
		return mentionedElsewhere(paragraphs, at, name, MAX_DASHED_NAME_LINE);
	}

	// The outlet after the dash is the page's masthead: a line of its own ("detikHealth")
	// or the site's part of a title ("Health | The Ledger"), not a body named in a
	// sentence ("The United Nations said").
	private static boolean namedAsMasthead(List<Paragraph> paragraphs, int at, String outlet) {
		for (int i = 0; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text().strip();
			if (i == at || !text.endsWith(outlet)) {
				continue;
			}
			String before = text.substring(0, text.length() - outlet.length()).stripTrailing();
			if (before.isEmpty() || (before.length() < text.length() - outlet.length()
					&& "|-–—·»:".indexOf(before.charAt(before.length() - 1)) >= 0)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether authors found elsewhere (under the headline, in an "About the author"
	 * block) are borne out by the page: their line is a labelled byline or credit line, a
	 * bio or an about block, a bare name beside the date line, or a bare name the page
	 * names again elsewhere ("More from Jane Doe", a bio, a credit line): a menu phrase
	 * under a headline is seldom repeated in running text. A bare capitalised line under
	 * a headline ("Privacy Notice", "Trending Latest Sections") is a menu more often than
	 * a name.
	 * @param paragraphs the page's paragraphs
	 * @param names the names found
	 * @param line the 1-based line of the file they were found on
	 */
	static boolean isCorroborated(List<Paragraph> paragraphs, List<String> names, int line) {
		return isCorroborated(paragraphs, names, line, -1);
	}

	/**
	 * {@link #isCorroborated(List, List, int)} on a page whose publication date was read
	 * from the given paragraph: a bare name beside it is beside the date line, whether or
	 * not the line reads as one on its own ("Jueves 3 de diciembre de 2026 - 10:15 hs",
	 * "Publié le 05/06/2024 à 06h30", read with the page's other dates).
	 * @param dateParagraph the index of the paragraph the publication date was read from
	 * (a date line or a fallback: a meta line, a dateline), or {@code -1}
	 */
	static boolean isCorroborated(List<Paragraph> paragraphs, List<String> names, int line, int dateParagraph) {
		int i = Paragraph.indexOfLine(paragraphs, line);
		if (i < 0) {
			return true;
		}
		String text = paragraphs.get(i).text();
		int reach = (i <= ARTICLE_SHAPED_HEAD) ? DATE_REACH : NAME_BESIDE_DATE;
		return byline(text) != null || creditLine(text) != null || afterBy(text) != null
				|| BioDetector.bioName(text) != null || underAboutHeading(paragraphs, i)
				|| nearDateLine(paragraphs, i, reach)
				|| dateParagraph >= 0 && Math.abs(i - dateParagraph) <= reach && !opensWithCreditWord(names)
				|| mentionedElsewhere(paragraphs, i, names) || isNamesLine(text, names);
	}

	// How many words the writer's bare name over the date line may have.
	private static final int MAX_NAME_OVER_DATE_WORDS = 4;

	// How many words the writer's bare name may have in a script without capitals, where
	// nothing but a joining word tells two writers from one ("רונית לוי ואבי כהן").
	private static final int MAX_UNCASED_NAME_WORDS = 3;

	// How many words the writer's town or post between the name and the date line may
	// have ("Lisburn", "Political sketch writer").
	private static final int MAX_LINE_UNDER_NAME_WORDS = 4;

	/**
	 * The writer's name set alone under the headline (or under its deck) and over the
	 * page's date line, in any script, as news pages set their header ("Sanne de Groot" /
	 * "4 december 2026, 10:15", "سعاد بنعلي" / "الجمعة 4 دجنبر 2026 - 10:30"), in a cased
	 * script a short line of the writer's town or post allowed between ("Jane Doe" /
	 * "Lisburn" / "4 December 2026"), or {@code null}. Two to
	 * {@value #MAX_NAME_OVER_DATE_WORDS} words of a name, no figure, no desk's credit
	 * ("নিজস্ব প্রতিবেদক"), and written nowhere else on the page: an outlet's name or a
	 * section's, which a header may set there too, the page repeats in its masthead, menu
	 * or footer. A script without capitals tells a name by nothing else, so there the
	 * date line stands right under the name (a section's label over its place, "সারাদেশ
	 * খবর" / "সিলেট", reads as a writer over their town), no word of the line may stand
	 * elsewhere ("ನಾಡವಾಣಿ ವಾರ್ತೆ" under the masthead "ನಾಡವಾಣಿ"), the name has at most
	 * {@value #MAX_UNCASED_NAME_WORDS} words, and the date line writes letters of the
	 * name's script; two writers or more joined by the languages' separators read there
	 * too ({@link #uncasedNamesJoined}). A picture's credit ("Crédit DR") is no name.
	 * @param paragraphs the page's paragraphs
	 * @param headline the index of the headline's paragraph
	 * @param dateParagraph the index of the paragraph the publication date was read from,
	 * or {@code -1}
	 */
	static Candidate nameOverDate(List<Paragraph> paragraphs, int headline, int dateParagraph) {
		if (paragraphs.get(headline).isCaption()) {
			// a picture's caption read as the headline: the line under it is no header's
			return null;
		}
		int at = headline + 1;
		if (at < paragraphs.size() && isDeck(paragraphs.get(at).text())) {
			at++;
		}
		if (at + 1 >= paragraphs.size()) {
			return null;
		}
		String text = paragraphs.get(at).text().strip();
		List<String> names = isNameAlone(paragraphs, at, text) ? List.of(text)
				: uncasedNamesJoined(paragraphs, at, text);
		if (names == null) {
			return null;
		}
		int next = at + 1;
		if (!isDateParagraph(paragraphs, next, dateParagraph)) {
			// a line between, in a script without capitals: a section's label over its
			// place ("সারাদেশ খবর" / "সিলেট") as often as a writer over their town
			String between = paragraphs.get(next).text();
			if (!Texts.hasCasedLetter(text) || between.isEmpty() || Texts.hasDigit(between)
					|| Texts.isRunningText(between) || Texts.endsWithSentencePunctuation(between)
					|| Texts.words(between, MAX_LINE_UNDER_NAME_WORDS + 1) > MAX_LINE_UNDER_NAME_WORDS
					|| !isDateParagraph(paragraphs, next + 1, dateParagraph)) {
				return null;
			}
			next++;
		}
		if (!Texts.hasCasedLetter(text) && !sharesScript(text, paragraphs.get(next).text())) {
			// "દિવ્ય ભાસ્કર" over "Apr 02, 2020, 04:11 AM IST": a header that writes its
			// date in another script than the line is no writer's header of its own
			return null;
		}
		return new Candidate(names, at, paragraphs.get(at).line(), false, false, 0);
	}

	// Whether the line is one writer's name alone, as nameOverDate takes it.
	private static boolean isNameAlone(List<Paragraph> paragraphs, int at, String text) {
		if (isHanName(text)) {
			// one word, which PersonNames reads as no name: a desk's or an outlet's
			// word ("編集部") is none
			return !PersonNames.isNeverName(text) && !DESKS.contains(text) && !writtenAloneAbove(paragraphs, at, text);
		}
		String name = PersonNames.clean(text);
		int words = SPACES.split(text).length;
		return name != null && name.equals(text) && !Texts.hasDigit(text) && !isBylineShaped(text)
				&& !opensWithCreditWord(List.of(name)) && words >= 2 && words <= MAX_NAME_OVER_DATE_WORDS
				&& !mentionedElsewhere(paragraphs, at, text, 0) && (Texts.hasCasedLetter(text)
						|| words <= MAX_UNCASED_NAME_WORDS && !holdsWordWrittenElsewhere(paragraphs, at, text));
	}

	// How many characters a writer's name in Han characters alone has: a family name and
	// a given name of one or two each ("高橋健太", "佐藤美咲"). Two is as often a
	// section's label ("県内", "社会").
	private static final int MIN_HAN_NAME = 3;

	private static final int MAX_HAN_NAME = 4;

	// Whether the line is one word of three or four Han characters, as Japanese pages set
	// the writer's name over the date line ("高橋健太" / "2025年2月18日 6時00分"): no
	// space tells a name's two parts there.
	private static boolean isHanName(String text) {
		if (text.length() < MIN_HAN_NAME || text.length() > MAX_HAN_NAME) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
				return false;
			}
		}
		return true;
	}

	// Whether a line above the given one is the text alone: a menu's entry or the
	// masthead. A writer's name stands again below, in a picture's credit
	// ("…、高橋健太撮影") or the box on the writer, and there it vouches for the name.
	private static boolean writtenAloneAbove(List<Paragraph> paragraphs, int at, String text) {
		return LineIndex.of(paragraphs).indexOfText(text, 0, at) >= 0;
	}

	/**
	 * The writers of a line in a script without capitals that holds two names or more
	 * joined by the languages' separators and nothing else, one of them a word of its own
	 * ("கவிதா ராமன் மற்றும் சரவணன் முத்து", Kavitha Raman and Saravanan Muthu), each of
	 * two to {@value #MAX_UNCASED_NAME_WORDS} words, no word of which the page writes
	 * anywhere else nor the text under it inflected ({@link #namesTheText}), or
	 * {@code null}. A cased script's line of names ("Ana Reyes and Tom Bakker") is read
	 * beside the date wherever it stands ({@link #namesLine}); without capitals a joined
	 * line names writers only here, under the headline and over the date line, and the
	 * joining word may stand in the text's sentences ("ஜோதிடம் மற்றும் இலக்கியம்") where
	 * a name's words do not.
	 */
	private static List<String> uncasedNamesJoined(List<Paragraph> paragraphs, int at, String text) {
		if (Texts.hasCasedLetter(text) || Texts.hasDigit(text) || isBylineShaped(text)
				|| mentionedElsewhere(paragraphs, at, text, 0)) {
			return null;
		}
		List<String> names = joinedNames(text);
		if (names == null || !holdsSeparatorWord(text)) {
			return null;
		}
		for (String name : names) {
			if (Texts.words(name, MAX_UNCASED_NAME_WORDS + 1) > MAX_UNCASED_NAME_WORDS
					|| holdsWordWrittenElsewhere(paragraphs, at, name)) {
				return null;
			}
		}
		return namesTheText(paragraphs, at, names) ? null : names;
	}

	// How many characters a word of a script written without spaces has at least to be
	// looked for inside the text's runs.
	private static final int MIN_SPACELESS_WORD = 4;

	// How many syllables an Ethiopic word has at least to be looked for inside the text's
	// words ("የቡና", "ምርት": of coffee, production); a word of two ("ቡና") stands inside
	// too many others.
	private static final int MIN_ETHIOPIC_WORD = 3;

	/**
	 * Whether the names of a caseless line joined by "and" name the text under it, as a
	 * deck's two things do: the text writes them inflected, so no word of them stands
	 * there whole ("கூடுதல் ரயில்கள் மற்றும் குறைந்த கட்டணம்", more trains and lower
	 * fares, over "ரயில்களை", "கட்டணத்தில்"; "ახალი სკოლები და …" over "სკოლებში"). Their
	 * words are compared by their first letters, as the article's vocabulary compares
	 * them; in a script written without spaces, a word of four characters or more is
	 * looked for inside the text's runs ("ข้าวหอมมะลิ ราคาดี และ …" over
	 * "ราคาข้าวหอมมะลิในตลาด…"), its first letters no stem there. Ethiopic writes a
	 * syllable a character, so an Amharic word of three is under the vocabulary's
	 * shortest and was compared with nothing: there a word of three syllables or more is
	 * looked for inside the text's words, which glue their prepositions and endings to it
	 * ("የቡና ምርት እና የውጭ ንግድ", coffee production and foreign trade, over "ምርቱ", "ንግዱን"),
	 * and each of the line's names must hold one: Amharic names are words ("ዓለም", world;
	 * "ሰላም", peace; "ደስታ", joy), so one writer's name glued inside the text ("የዓለም ባንክ")
	 * is no deck, where a deck's two things both stand there. A writer's name stands in
	 * no sentence of the story.
	 */
	private static boolean namesTheText(List<Paragraph> paragraphs, int at, List<String> names) {
		String joined = String.join(" ", names);
		boolean syllables = Scripts.isEthiopicSyllable(joined.codePointAt(0));
		if (!syllables && Scripts.lettersPerWord(joined.codePointAt(0)) == 0) {
			return ArticleVocabulary.namesWordOf(joined, paragraphs, at + 1, paragraphs.size());
		}
		int named = 0;
		for (String name : names) {
			named += holdsWordInside(paragraphs, at, name, syllables ? MIN_ETHIOPIC_WORD : MIN_SPACELESS_WORD) ? 1 : 0;
		}
		return syllables ? named == names.size() : named > 0;
	}

	// Whether a word of the name, of the length given or longer, stands inside the text
	// under the line.
	private static boolean holdsWordInside(List<Paragraph> paragraphs, int at, String name, int shortest) {
		for (String word : SPACES.split(name.strip())) {
			if (word.length() >= shortest) {
				for (int i = at + 1; i < paragraphs.size(); i++) {
					if (holdsInside(paragraphs.get(i).text(), word)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	// Whether the text holds the word inside its runs or words; an Ethiopic word whose
	// last syllable carries no vowel with that syllable in any form of its consonant,
	// as an ending fuses with it ("ምርት" inside "ምርቱ", never inside "ምርጫ").
	private static boolean holdsInside(String text, String word) {
		int last = word.length() - 1;
		int consonant = Scripts.vowellessConsonant(word.charAt(last));
		if (consonant < 0) {
			return text.contains(word);
		}
		String stem = word.substring(0, last);
		for (int k = text.indexOf(stem); k >= 0 && k + last < text.length(); k = text.indexOf(stem, k + 1)) {
			if (Scripts.ethiopicConsonant(text.charAt(k + last)) == consonant) {
				return true;
			}
		}
		return false;
	}

	// Whether a separator stands as a word of its own between the line's spaces: a letter
	// glued to a name as "and" (Arabic's and Hebrew's "و", "ו") opens as many other words
	// ("إطلاق جائزة وطنية …", the launch of a national prize, split at "وطنية" into two
	// "names"), and a comma alone joins a headline's clauses as often.
	private static boolean holdsSeparatorWord(String text) {
		for (String word : SPACES.split(text)) {
			if (SEPARATOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	// Whether the other line holds a letter of the script the line's first letter is in.
	private static boolean sharesScript(String line, String other) {
		Character.UnicodeScript script = null;
		for (int i = 0; i < line.length() && script == null; i++) {
			script = Character.isLetter(line.charAt(i)) ? Character.UnicodeScript.of(line.charAt(i)) : null;
		}
		for (int i = 0; i < other.length(); i++) {
			if (Character.isLetter(other.charAt(i)) && Character.UnicodeScript.of(other.charAt(i)) == script) {
				return true;
			}
		}
		return false;
	}

	// Whether another line writes a word of the line whole ("ನಾಡವಾಣಿ ವಾರ್ತೆ", the
	// outlet's news, under the masthead "ನಾಡವಾಣಿ"): in a script without capitals the
	// site's name is told from a writer's so.
	private static boolean holdsWordWrittenElsewhere(List<Paragraph> paragraphs, int at, String text) {
		for (String word : SPACES.split(text)) {
			if (writtenElsewhereAsWord(paragraphs, at, word)) {
				return true;
			}
		}
		return false;
	}

	// How many words a headline's deck has at least when it does not read as running text
	// ("השביל באורך 11 קילומטרים יחבר … לעבודה", no full stop at its end).
	private static final int MIN_DECK_WORDS = 9;

	// Whether the line under a headline is its deck: running text, or a sentence's
	// length.
	private static boolean isDeck(String text) {
		return Texts.isRunningText(text) || Texts.words(text, MIN_DECK_WORDS) >= MIN_DECK_WORDS;
	}

	// Whether the page's date was read from the paragraph, or it is a date line.
	private static boolean isDateParagraph(List<Paragraph> paragraphs, int i, int dateParagraph) {
		return i < paragraphs.size() && (i == dateParagraph || paragraphs.get(i).dateLine() != null);
	}

	// "Crédit DR", "Illustration Pixabay": a picture's credit over the date's line, read
	// as a name of two capitalised words, is no writer's.
	private static boolean opensWithCreditWord(List<String> names) {
		for (String name : names) {
			String[] words = SPACES.split(name.strip());
			if (words.length > 1 && CREDIT_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	// "Kimberly Miller and Gareth McGrath": two full names or more joined by separators
	// and nothing else; a menu's entries are seldom each a given name and a surname.
	private static boolean isNamesLine(String text, List<String> names) {
		if (names.size() < 2) {
			return false;
		}
		for (String name : names) {
			if (name.indexOf(' ') < 0) {
				return false;
			}
		}
		return names.equals(names(text));
	}

	/**
	 * The names of a bare line that holds two full names or more, each as the line writes
	 * it, and nothing between them but separators ("Elsa Provenzano et Mickaël Bosredon",
	 * "A, B and C"), or {@code null}.
	 * @param text the line
	 */
	static List<String> namesLine(String text) {
		if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
			return null;
		}
		return joinedNames(text);
	}

	// The names of a line of two full names or more and nothing between them but
	// separators, in any script (namesLine without its capital), or null.
	private static List<String> joinedNames(String text) {
		List<String> names = names(text);
		if (names == null || names.size() < 2) {
			return null;
		}
		// each name as the line writes it, and nothing between them but separators
		// ("Lemony Chicken and Barley Soup" is no line of names, but nothing here tells
		// it from one: the page's own checks of ordinary words do)
		String rest = text;
		for (String name : names) {
			int at = rest.indexOf(name);
			if (name.indexOf(' ') < 0 || at < 0) {
				return null;
			}
			rest = rest.substring(0, at) + ',' + rest.substring(at + name.length());
		}
		for (String word : NOT_LETTERS_OR_MARKS.split(rest)) {
			if (!word.isEmpty() && !SEPARATOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return null;
			}
		}
		return names;
	}

	// Where a dispatch was written from, after the writer's comma at the line's end
	// ("Odile Martin, in Port Lakeshore"): no second name. Slovenian's "in" (and) joins
	// names without a comma before it ("Maja Kovač in Ana Novak").
	private static final Pattern DISPATCH_PLACE = Pattern
		.compile(",\\s+in\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)*\\s*$");

	private static String withoutDispatchPlace(String text) {
		return (text.contains(", in ")) ? DISPATCH_PLACE.matcher(text).replaceFirst("") : text;
	}

	private static boolean mentionedElsewhere(List<Paragraph> paragraphs, int at, List<String> names) {
		for (String name : names) {
			if (!mentionedElsewhere(paragraphs, at, name, 0)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The names without those a page shows to be ordinary words: a name read from a line
	 * no byline label opens ("Aktuelle Meldung", "Cake Recipes", "Saftiger
	 * Zitronenkuchen" under a headline or beside a date) of which a word before the last
	 * the page also writes in lower case, as a word of its sentences ("aktuelle", "cake",
	 * "saftiger"), or whose line is a button's words ("Link Kopieren", "Copy Link": a
	 * share bar's, in title case beside the date line). A given name is written with its
	 * capital wherever it stands; a label vouches for the names after it whatever the
	 * page says. On a page read to be in a language, a word of the name ending as the
	 * language's adjectives do before a noun (byline.adjective-endings.own: "Olympische
	 * Winterspiele", "Ganzes Ergebnis") is an ordinary word too when the page writes it
	 * in lower case with another of those endings or none ("olympischen", "ganz"). German
	 * writes its nouns, and a topic's name over a teaser, with capitals, so only the
	 * adjective before them tells.
	 * @param paragraphs the page's paragraphs
	 * @param line the 1-based line of the file the names were read from
	 * @param names the names read there
	 * @param language the page's ISO 639-1 code, or {@code null} when not known
	 * @return the names the page does not write as ordinary words, or {@code null} when
	 * none is left
	 */
	static List<String> withoutOrdinaryWords(List<Paragraph> paragraphs, int line, List<String> names,
			String language) {
		List<String> endings = Languages.own(language, Languages.BYLINE_ADJECTIVE_ENDINGS);
		NameTest ordinary = (page, at, name) -> isButton(page, at) || hasOrdinaryWord(page, at, name, endings);
		return withoutUnlabelled(paragraphs, line, names, ordinary);
	}

	// Whether the paragraph is a button's words alone ("Link Kopieren", a share bar's).
	private static boolean isButton(List<Paragraph> paragraphs, int at) {
		return Boilerplate.isPrompt(paragraphs.get(at).text().strip());
	}

	/**
	 * The names without a writer's job that a labelled byline sets after the writer's
	 * comma as two capitalised words, the last an office's word that is a surname too
	 * (byline.office-surnames) and the first a word the page writes in lower case in its
	 * sentences ("by Hilary Prowse, Tower Captain" on a page that rings "the tower's
	 * bells"): a given name is written with its capital wherever it stands, so "By Ann
	 * Lee, Ben Crew" still names two, and one that is an ordinary word too
	 * (byline.given-name-words: "By Ann Lee, Mark Ranger" on a page that says "to mark")
	 * names two as well. A job word first ("Head Coach") is cut when the byline is read.
	 * @param paragraphs the page's paragraphs
	 * @param line the 1-based line of the file the names were read from
	 * @param names the names read there
	 * @return the names without such a job, the same list when there is none
	 */
	static List<String> withoutOfficeAfterComma(List<Paragraph> paragraphs, int line, List<String> names) {
		int at = Paragraph.indexOfLine(paragraphs, line);
		if (at < 0 || names.size() < 2 || !isLabelled(paragraphs, at)) {
			return names;
		}
		String text = paragraphs.get(at).text();
		List<String> kept = new ArrayList<>(names.size());
		for (int i = 0; i < names.size(); i++) {
			if (i == 0 || !isOfficeAfterComma(paragraphs, at, text, names.get(i))) {
				kept.add(names.get(i));
			}
		}
		return (kept.size() == names.size()) ? names : List.copyOf(kept);
	}

	// Whether the name stands after a comma on its line as two words, the last an
	// office's word that is a surname too, the first a word the page writes in lower
	// case and no given name.
	private static boolean isOfficeAfterComma(List<Paragraph> paragraphs, int at, String text, String name) {
		String[] words = SPACES.split(name);
		return words.length == 2 && text.contains(", " + name)
				&& OFFICE_SURNAMES.contains(stripTrailing(words[1].toLowerCase(Locale.ROOT)))
				&& !GIVEN_NAME_WORDS.contains(words[0].toLowerCase(Locale.ROOT))
				&& writtenInLowerCase(paragraphs, at, words[0]);
	}

	// The names without those the test finds, unless a label introduces them on their
	// line: the same list when none is dropped, null when none is left.
	private static List<String> withoutUnlabelled(List<Paragraph> paragraphs, int line, List<String> names,
			NameTest dropped) {
		int at = Paragraph.indexOfLine(paragraphs, line);
		if (at < 0 || isLabelled(paragraphs, at)) {
			return names;
		}
		List<String> kept = new ArrayList<>(names.size());
		for (String name : names) {
			if (!dropped.test(paragraphs, at, name)) {
				kept.add(name);
			}
		}
		return (kept.size() == names.size()) ? names : kept.isEmpty() ? null : List.copyOf(kept);
	}

	// How many lines on each side of a name's other line are read to tell a menu.
	private static final int MENU_REACH = 2;

	// How long a menu's entry may be.
	private static final int MAX_MENU_ENTRY = 40;

	/**
	 * The names without those the page also sets as an entry of its menu: a name read
	 * from a line no byline label opens ("Real Estate", "Freier Zugang", "Aktuelle
	 * Meldungen" under a headline or beside a date) that stands again alone on a line
	 * elsewhere (twice or more, the header's menu and the footer's, unless the name's own
	 * line stands among them too), between {@value #MENU_REACH} entries on each side,
	 * each a short line without a digit or a sentence's or a label's mark, one of them a
	 * single word ("Business", "Klimaschutz"). A site's sections are so listed; a list of
	 * the site's writers ("Jana Roth", "Ole Berg") has no single word, and an author box
	 * sets its label, a date or a bio beside the name. Nor a name each of whose words
	 * stands alone on a line elsewhere: two of the site's sections or tags joined on one
	 * line over a teaser ("Ehrenamt Jugendverbände", "Wein Erzeuger" on pages that list
	 * "Ehrenamt" and "Jugendverbände" alone), as a given name and a surname seldom both
	 * are. A label vouches for the names after it.
	 * @param paragraphs the page's paragraphs
	 * @param line the 1-based line of the file the names were read from
	 * @param names the names read there
	 * @return the names the page does not set as menu entries, or {@code null} when none
	 * is left
	 */
	static List<String> withoutMenuEntries(List<Paragraph> paragraphs, int line, List<String> names) {
		return withoutUnlabelled(paragraphs, line, names,
				(page, at, name) -> isMenuEntryElsewhere(page, at, name) || isEachWordListed(page, at, name));
	}

	// Whether each word of a name of two words or more is alone on a line of the page
	// other than the name's own.
	private static boolean isEachWordListed(List<Paragraph> paragraphs, int at, String name) {
		String[] words = SPACES.split(name);
		if (words.length < 2) {
			return false;
		}
		LineIndex lines = LineIndex.of(paragraphs);
		int size = paragraphs.size();
		for (String word : words) {
			int i = lines.indexOfText(word, 0, size);
			if (i < 0 || i == at && lines.indexOfText(word, at + 1, size) < 0) {
				return false;
			}
		}
		return true;
	}

	// How many times a name read from a byline's place (over a date, under a headline)
	// must stand among menu entries elsewhere: a site lists its sections in its header's
	// menu and again in its footer's or a side list, while a menu that lists a columnist
	// among its sections ("Opinion / Editorials / Mara Quist / Letters"), a footer's
	// "Editor / Mara Quist / Advertise" or a tag list holding the writer's name sets it
	// once (review51b: each of those lost its writer when once sufficed). A name read
	// from a line that itself stands among menu entries is a menu's at its first listing.
	private static final int MIN_MENU_LISTINGS = 2;

	// Whether paragraphs other than the given one are the name alone, among menu entries,
	// once when the given one stands among them too, else {@value #MIN_MENU_LISTINGS}
	// times or more.
	private static boolean isMenuEntryElsewhere(List<Paragraph> paragraphs, int at, String name) {
		int needed = (isListedAt(paragraphs, at, name)) ? 1 : MIN_MENU_LISTINGS;
		int listings = 0;
		LineIndex lines = LineIndex.of(paragraphs);
		int end = paragraphs.size() - MENU_REACH;
		int i = lines.indexOfText(name, MENU_REACH, end);
		while (i >= 0 && listings < needed) {
			if (i != at && isListedAt(paragraphs, i, name)) {
				listings++;
			}
			i = lines.indexOfText(name, i + 1, end);
		}
		return listings >= needed;
	}

	// Whether the paragraph is the name alone among menu entries.
	private static boolean isListedAt(List<Paragraph> paragraphs, int i, String name) {
		return i >= MENU_REACH && i + MENU_REACH < paragraphs.size() && paragraphs.get(i).text().strip().equals(name)
				&& isAmongMenuEntries(paragraphs, i, name);
	}

	// Whether the lines around the paragraph are a menu's entries, one a single word.
	private static boolean isAmongMenuEntries(List<Paragraph> paragraphs, int i, String name) {
		boolean singleWord = false;
		for (int k = i - MENU_REACH; k <= i + MENU_REACH; k++) {
			String text = paragraphs.get(k).text().strip();
			if (k == i) {
				continue;
			}
			if (!isMenuEntry(text, name)) {
				return false;
			}
			singleWord |= text.indexOf(' ') < 0 && Texts.letters(text) >= 2;
		}
		return singleWord;
	}

	// A short line without a digit, or a sentence's or a label's mark at its end, that
	// does not name the name beside other words ("MORE FROM Jane Doe", a writer's link).
	private static boolean isMenuEntry(String text, String name) {
		return !text.isEmpty() && text.length() <= MAX_MENU_ENTRY && !Texts.endsWithSentencePunctuation(text)
				&& (text.equals(name) || !text.contains(name)) && !Texts.hasDigit(text);
	}

	// The separators a page title's line sets before the site's name ("Headline | Site").
	private static final String[] SITE_SEPARATORS = { " | ", " - ", " – ", " — " };

	// How long the page title's line may be.
	private static final int MAX_PAGE_TITLE = 200;

	/**
	 * The names without the site's: the name the page's first line, its page title, ends
	 * with after a bar or a dash ("Pet of the week: Biscuit | Lakeshore Patch"), which a
	 * page repeats as its masthead under it, where it reads as a bare name. No labelled
	 * page of dev or the blind sets has a writer named so. A label vouches for its first
	 * name ("par Attac France" on the organisation's own site), not for the site's name
	 * after a writer's comma, alone or with the town it reports from ("Por Ana Souza,
	 * Portal Paulista Campinas" under the title "… | Portal Paulista"); there the first
	 * line standing alone is the site's masthead too ("Portal Nordeste"). A title that
	 * names the site first, before a colon ("Harbour Herald: Headline"), turns away every
	 * bare name read between it and the headline's own line: the masthead's and the
	 * menu's.
	 * @param paragraphs the page's paragraphs
	 * @param line the 1-based line of the file the names were read from
	 * @param names the names found
	 * @return the names but the site's, or {@code null} when none is left
	 */
	static List<String> withoutSiteName(List<Paragraph> paragraphs, int line, List<String> names) {
		int from = Paragraph.indexOfLine(paragraphs, line);
		boolean labelled = from >= 0 && isLabelled(paragraphs, from);
		if (from < 0 || labelled && names.size() < 2) {
			return names;
		}
		String title = paragraphs.get(0).text();
		if (!labelled && title.length() <= MAX_PAGE_TITLE && isOverSiteFirstHeadline(paragraphs, title, from)) {
			return null;
		}
		int at = -1;
		int separator = 0;
		for (String mark : SITE_SEPARATORS) {
			int index = title.lastIndexOf(mark);
			if (index > at) {
				at = index;
				separator = mark.length();
			}
		}
		if (at < 0 && !labelled || title.length() > MAX_PAGE_TITLE) {
			return names;
		}
		String site = (at < 0) ? title.strip() : title.substring(at + separator).strip();
		if (!labelled && underHeadline(paragraphs, from, title.substring(0, at).strip())) {
			// a blog's title line ends with its writer's name, who signs under the
			// headline; the site's masthead stands over it
			return names;
		}
		List<String> kept = new ArrayList<>(names.size());
		for (String name : names) {
			if (labelled ? kept.isEmpty() || !isSiteOrSiteAndTown(name, site) : !name.equalsIgnoreCase(site)) {
				kept.add(name);
			}
		}
		return (kept.size() == names.size()) ? names : kept.isEmpty() ? null : List.copyOf(kept);
	}

	// "Harbour Herald: Pupils' drawings chosen for the ferry tickets": a page title that
	// names the site first, before a colon, over its masthead (the site's name alone on
	// a line) and the headline it names after the colon, alone on a line further down
	// (blind29's Jersey paper). A bare name read from a line between the title and that
	// headline is the masthead's or the menu's under it ("Family Notices"); the writer
	// signs under the headline. A title that names a writer first ("Jane Roe: Why we
	// walked") stands over no line that is the name alone above the headline (head52).
	// A title that names a topic or a section first ("Opinion: …", "Ukraine war: …",
	// "Kommentar: …") shows it as a kicker set right over the columnist's bare name or
	// right over the headline ("Opinion" / "Margaret Doyle" / headline), where the name
	// is the writer's; a site's masthead stands apart from both, at the page's top over
	// its menu (review52c).
	private static boolean isOverSiteFirstHeadline(List<Paragraph> paragraphs, String title, int at) {
		int colon = title.indexOf(": ");
		if (colon <= 0 || at <= 0) {
			return false;
		}
		String site = title.substring(0, colon).strip();
		String headline = title.substring(colon + 2).strip();
		int masthead = -1;
		for (int i = 1; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text().strip();
			if (text.equalsIgnoreCase(headline)) {
				return masthead > 0 && i > at && masthead != at - 1 && masthead != i - 1;
			}
			if (text.equalsIgnoreCase(site)) {
				masthead = i;
			}
		}
		return false;
	}

	// Whether a name after a labelled writer's is the site's, alone or with one word
	// more, the town its desk writes from ("Portal Paulista Campinas"). A site named by
	// one word takes no town: that word and one more are a second writer's given name
	// and surname ("Por Ana Souza, Stella Jones" under "… | Stella", review50c).
	private static boolean isSiteOrSiteAndTown(String name, String site) {
		if (name.equalsIgnoreCase(site)) {
			return true;
		}
		int end = site.length();
		return site.indexOf(' ') > 0 && name.length() > end + 1 && name.regionMatches(true, 0, site, 0, end)
				&& name.charAt(end) == ' ' && name.indexOf(' ', end + 1) < 0;
	}

	// Whether the page repeats the page title's headline over the paragraph, below its
	// title line.
	private static boolean underHeadline(List<Paragraph> paragraphs, int at, String headline) {
		for (int i = 1; i < at; i++) {
			if (paragraphs.get(i).text().strip().equalsIgnoreCase(headline)) {
				return true;
			}
		}
		return false;
	}

	// Whether a word of the name before its last the page writes in lower case. The last
	// is left: many surnames are ordinary words too ("Lewis White", "Michel Rose").
	private static boolean hasOrdinaryWord(List<Paragraph> paragraphs, int at, String name, List<String> endings) {
		String[] words = SPACES.split(name);
		for (int i = 0; i < words.length - 1; i++) {
			if (!opensSurname(words, i) && (writtenInLowerCase(paragraphs, at, words[i])
					|| writtenInflected(paragraphs, at, words[i], endings)
							&& writtenApartFrom(paragraphs, at, words[words.length - 1], words[i]))) {
				return true;
			}
		}
		return false;
	}

	// Whether a paragraph other than the line writes the name's last word whole without
	// the given word right before it: a topic's noun that the text names again
	// ("Olympischen Winterspiele", "Komplettes Ergebnis", "diese Informationen"), as it
	// seldom does a writer's surname outside the name. A given name ending as an
	// adjective does ("Reiner", "Lasse", "Malte") over a page that writes "reine",
	// "lassen" or "malten" keeps (review59b).
	private static boolean writtenApartFrom(List<Paragraph> paragraphs, int at, String last, String before) {
		return writtenElsewhereAsWord(paragraphs, at, last,
				(text, end) -> !isWordBefore(text, end - last.length(), before));
	}

	// Whether the word and a space stand right before the index.
	private static boolean isWordBefore(String text, int start, String word) {
		int from = start - 1 - word.length();
		return from >= 0 && text.charAt(start - 1) == ' ' && text.startsWith(word, from) && isWordStart(text, from);
	}

	// The shortest stem an adjective's ending is read off: "Jane" is no "jan" and "e".
	private static final int MIN_ADJECTIVE_STEM = 3;

	// Whether the capitalised word ends with one of the adjective endings (longest
	// first) and the page writes its stem in lower case with another of them or none.
	private static boolean writtenInflected(List<Paragraph> paragraphs, int at, String word, List<String> endings) {
		if (endings.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		for (String ending : endings) {
			if (lower.endsWith(ending) && lower.length() - ending.length() >= MIN_ADJECTIVE_STEM) {
				String stem = lower.substring(0, lower.length() - ending.length());
				if (writtenElsewhereAsWord(paragraphs, at, stem)) {
					return true;
				}
				for (String other : endings) {
					if (!other.equals(ending) && writtenElsewhereAsWord(paragraphs, at, stem + other)) {
						return true;
					}
				}
				return false;
			}
		}
		return false;
	}

	// Whether the word is a capitalised particle after the given name that opens the
	// surname ("Sofie Van den Broeck", "Yann Le Bihan"): the page's "van" or "le" in its
	// sentences says nothing of the name.
	private static boolean opensSurname(String[] words, int i) {
		int surname = i + 1;
		while (surname < words.length && PersonNames.isParticle(words[surname])) {
			surname++;
		}
		return i > 0 && surname < words.length
				&& PersonNames.isCapitalisedParticle(words[i - 1], words[i], words[surname]);
	}

	// Whether a label introduces the names on the paragraph: on its line, inside a date
	// line, in a credit line, or alone on the line above.
	private static boolean isLabelled(List<Paragraph> paragraphs, int at) {
		String text = paragraphs.get(at).text();
		// a surname in capitals and a full stop vouch for a name as a label does
		return byline(text) != null || afterBy(text) != null || creditLine(text) != null
				|| at > 0 && isLabelAlone(paragraphs.get(at - 1).text())
				|| capitalSurnameName(paragraphs, at, text) != null;
	}

	// Whether a paragraph other than the given one holds the capitalised word in lower
	// case as a word of its own: not inside an address or a handle ("jane.doe@",
	// "/jane-doe").
	private static boolean writtenInLowerCase(List<Paragraph> paragraphs, int at, String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || lower.equals(word)
				|| !Character.isLowerCase(lower.charAt(0))) {
			return false;
		}
		return writtenElsewhereAsWord(paragraphs, at, lower);
	}

	private static boolean isWordStart(String text, int k) {
		if (k == 0) {
			return true;
		}
		char before = text.charAt(k - 1);
		return !Character.isLetterOrDigit(before) && "-_@/.#".indexOf(before) < 0;
	}

	private static boolean isWordEnd(String text, int end) {
		if (end == text.length()) {
			return true;
		}
		char after = text.charAt(end);
		if (after == '.') {
			return end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1));
		}
		return !Character.isLetterOrDigit(after) && "-_@/".indexOf(after) < 0;
	}

	private static boolean underAboutHeading(List<Paragraph> paragraphs, int at) {
		for (int i = Math.max(0, at - 4); i <= at; i++) {
			String text = paragraphs.get(i).text();
			if (BioDetector.isAboutHeading(text) || BioDetector.afterAboutLabel(text) != null) {
				return true;
			}
		}
		return false;
	}

	private static boolean nearDateLine(List<Paragraph> paragraphs, int at, int reach) {
		for (int i = Math.max(0, at - reach); i < paragraphs.size() && i <= at + reach; i++) {
			if (i != at && paragraphs.get(i).dateLine() != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The article's authors from a page read as a whole, or {@code null} when no byline
	 * stands apart: the best of {@link #candidates(List, int)} if it is labelled or
	 * beside the date line, and not in a list.
	 */
	static Candidate authors(List<Paragraph> paragraphs, int dateParagraph) {
		return authors(paragraphs, dateParagraph, null);
	}

	/**
	 * {@link #authors(List, int)} on a page read to be in the given language, or in none
	 * known ({@code null}).
	 */
	static Candidate authors(List<Paragraph> paragraphs, int dateParagraph, String language) {
		List<Candidate> candidates = candidates(paragraphs, dateParagraph, language);
		return (!candidates.isEmpty() && candidates.get(0).score() >= 3) ? candidates.get(0) : null;
	}

	// Per language, the byline labels and name separators that apply only on its pages.
	private static final Map<String, OwnWords> OWN_WORDS = ownWords();

	private static Map<String, OwnWords> ownWords() {
		Map<String, OwnWords> own = new HashMap<>();
		for (String language : Languages.codes()) {
			List<String> labels = Languages.own(language, Languages.BYLINE_LABELS);
			List<String> separators = Languages.own(language, Languages.BYLINE_SEPARATORS);
			List<String> prefixes = Languages.own(language, Languages.BYLINE_PREFIXES);
			if (!labels.isEmpty() || !separators.isEmpty() || !prefixes.isEmpty()) {
				own.put(language, new OwnWords(labels, spaced(separators), prefixes));
			}
		}
		return Map.copyOf(own);
	}

	/**
	 * The authors of a byline that only a page in the given language reads as one, or
	 * {@code null}: one opened by a label of that language alone ("Per Jordi Puig i Marta
	 * Vila" in Catalan, "Na Juma Mwinyi" in Swahili), or a labelled byline whose names
	 * that language's own separator joins ("Ni Ana Cruz at Ben Reyes" in Tagalog, where
	 * every other page reads "at" as a place's: "By Ana Reyes at Rappler Manila"). The
	 * keys {@code byline.labels.own} and {@code byline.separators.own} of the language's
	 * file ({@link Languages#own(String, String)}) hold them.
	 * @param line the line
	 * @param language the page's ISO 639-1 code, or {@code null}
	 */
	static List<String> ownByline(String line, String language) {
		OwnWords own = (language != null) ? OWN_WORDS.get(language) : null;
		if (own == null || line.length() > MAX_ROLE_LINE) {
			return null;
		}
		String text = withoutEmphasis(line.strip());
		String joined = text;
		boolean separated = false;
		for (String separator : own.separators()) {
			if (joined.toLowerCase(Locale.ROOT).contains(separator)) {
				joined = replaceIgnoreCase(joined, separator, ", ");
				separated = true;
			}
		}
		for (String label : own.labels()) {
			if (text.length() > label.length() && text.regionMatches(true, 0, label, 0, label.length())
					&& Character.isWhitespace(text.charAt(label.length()))) {
				// "သတင်း - နိုင်ငံရေး" (news - politics): a section's word, no one's name
				List<String> names = labelledNames(joined.substring(label.length()));
				return (names != null && names.size() == 1
						&& ACCOUNT_NAMES.contains(names.get(0).toLowerCase(Locale.ROOT))) ? null : names;
			}
		}
		List<String> prefixed = prefixedByline(text, own.prefixes());
		if (prefixed != null) {
			return prefixed;
		}
		return separated ? byline(joined) : null;
	}

	// How many words a line of capitals after a hyphened prefix may hold ("NGU-THANDEKA
	// MKHIZE"): a name's, not a headline's.
	private static final int MAX_CAPITALS_NAME_WORDS = 3;

	/**
	 * The authors of a line that is a prefix glued to a name's capital and the names
	 * alone ("NguSibusiso Mthembu", "nguLuvuyo Mtshali", "ngu-Ayanda Nqweniso": by …), or
	 * {@code null}. A capital after a lower-case letter inside a word, or after the
	 * hyphen of a prefix listed with it ("ngu-"), is a shape no word of running text has.
	 * A prefix listed without one is no label before a hyphen: English's "By-Election",
	 * "By-Law" and "By-Pass" are words (review59b).
	 * @param text the line, stripped
	 * @param prefixes the prefixes, lower-cased
	 */
	static List<String> prefixedByline(String text, List<String> prefixes) {
		for (String prefix : prefixes) {
			int at = prefix.length();
			boolean hyphen = prefix.endsWith("-");
			// the hyphen sets the name apart in a line of capitals too ("NGU-THANDEKA
			// MKHIZE"), a name's two or three words: "NGU-RAMAPHOSA OZA KUVULA INKOMFA"
			// ("it is Ramaphosa who will open …") is a headline in capitals
			if (text.length() > at + 1 && text.regionMatches(true, 0, prefix, 0, prefix.length())
					&& Character.isUpperCase(text.charAt(at)) && (Character.isLowerCase(text.charAt(at + 1))
							|| hyphen && Texts.words(text, MAX_CAPITALS_NAME_WORDS + 1) <= MAX_CAPITALS_NAME_WORDS)) {
				return names(text.substring(at));
			}
		}
		return null;
	}

	// Whether a name in a script without capitals ends with a word that makes it a
	// place's or a body's ("አማራ ክልል", the Amhara region; "… ኮርፖሬሽን", corporation):
	// the language puts such a head noun last (review48b).
	private static boolean endsWithOutletWord(String name) {
		return PersonNames.isOutletWord(name.substring(name.lastIndexOf(' ') + 1));
	}

	/**
	 * The writer of a line that is a language's own prefix glued to a name in a script
	 * without capitals ("በሰላማዊት ተስፋዬ", by Selamawit Tesfaye, in Amharic), or
	 * {@code null}. The same letter opens any noun there ("በአዲስ አበባ", in Addis Ababa),
	 * and no capital tells a name: the line must be two or three words without a figure,
	 * one name, no word of which the page writes anywhere else (a place's or a section's
	 * words are its text's too).
	 * @param paragraphs the page's paragraphs
	 * @param at the line's paragraph
	 * @param prefixes the page language's own prefixes
	 */
	static List<String> uncasedPrefixed(List<Paragraph> paragraphs, int at, List<String> prefixes) {
		String text = paragraphs.get(at).text();
		if (prefixes.isEmpty() || text.length() > MAX_BOX_NAME || text.isEmpty()) {
			return null;
		}
		for (String prefix : prefixes) {
			int n = prefix.length();
			if (text.length() > n && text.startsWith(prefix) && Character.isLetter(text.charAt(n))
					&& !Texts.hasCasedLetter(text) && !Texts.hasDigit(text)) {
				String rest = text.substring(n);
				int words = Texts.words(rest, MAX_PLACED_NAME_WORDS + 1);
				List<String> names = (words >= 2 && words <= MAX_PLACED_NAME_WORDS) ? names(rest) : null;
				return (names != null && names.size() == 1 && !endsWithOutletWord(names.get(0))
						&& !writtenElsewhere(paragraphs, at, names.get(0))) ? names : null;
			}
		}
		return null;
	}

	// Words joining two author names ("and", "und", "et"), as a line may start with them.
	private static final Set<String> SEPARATOR_WORDS = Languages.words(Languages.BYLINE_SEPARATORS);

	// How many lines below a byline its further names are looked for.
	private static final int NAMES_BELOW_REACH = 8;

	/**
	 * The byline's names and those the page sets on the lines below it, each line opened
	 * by a separator ("By A | a@example.com" / ", B | b@example.com" / "and C | …", "A,
	 * Staff Attorney" / "& B, Director"), perhaps after a line with the role of the name
	 * before ("By A" / "Senior Reporter" / "and" / "B"). What follows the name on its
	 * line (a role, an address) is left; the name must fill its part.
	 * @param paragraphs the page's paragraphs
	 * @param line the 1-based line of the file the byline was read from
	 * @param names the byline's names
	 * @return the names with those below, or {@code names} when none follow
	 */
	static List<String> withNamesBelow(List<Paragraph> paragraphs, int line, List<String> names) {
		int at = Paragraph.indexOfLine(paragraphs, line);
		if (at < 0) {
			return names;
		}
		List<String> all = names;
		int j = at + 1;
		while (j < paragraphs.size() && j <= at + NAMES_BELOW_REACH) {
			String text = paragraphs.get(j).text();
			int after = afterSeparator(text);
			if (after < 0 && isRoleLine(text) && j + 1 < paragraphs.size()) {
				// the role of the name above, then the next name
				j++;
				text = paragraphs.get(j).text();
				after = afterSeparator(text);
			}
			if (after < 0) {
				break;
			}
			String rest = text.substring(after).strip();
			if (rest.isEmpty() && j + 1 < paragraphs.size()) {
				// "and" alone on its line, the name on the next
				j++;
				rest = paragraphs.get(j).text();
			}
			String name = PersonNames.clean(firstPart(rest));
			if (name == null) {
				break;
			}
			if (!all.contains(name)) {
				all = new ArrayList<>(all);
				all.add(name);
			}
			j++;
		}
		return (all == names) ? names : List.copyOf(all);
	}

	// Where the text after a separator that opens the line starts ("& B", ", B", "and
	// B"), or -1 when none opens it.
	private static int afterSeparator(String text) {
		if (text.isEmpty() || text.length() > MAX_LINE) {
			return -1;
		}
		if (text.charAt(0) == '&' || text.charAt(0) == ',') {
			return 1;
		}
		int space = text.indexOf(' ');
		int end = (space < 0) ? text.length() : space;
		return (end <= 4 && Character.isLowerCase(text.charAt(0))
				&& SEPARATOR_WORDS.contains(text.substring(0, end).toLowerCase(Locale.ROOT))) ? end : -1;
	}

	// Where a name on a line below a byline ends: a comma, a bar or a spaced dash.
	private static final String[] PART_ENDS = { ",", "|", " - ", " – ", " — " };

	// The text up to its first comma, bar or spaced dash: where a name would end.
	private static String firstPart(String text) {
		int cut = text.length();
		for (String end : PART_ENDS) {
			int index = text.indexOf(end);
			if (index >= 0 && index < cut) {
				cut = index;
			}
		}
		return text.substring(0, cut).strip();
	}

	// A short line that may be a role ("Senior Politics Reporter, HuffPost"):
	// capitalised,
	// a few words, no figure, no closing punctuation.
	private static boolean isRoleLine(String text) {
		return !text.isEmpty() && text.length() <= MAX_ROLE_LINE && Character.isUpperCase(text.charAt(0))
				&& !Texts.hasDigit(text) && !Texts.endsWithSentencePunctuation(text);
	}

	/**
	 * The authors named by a byline line, or {@code null} when the line is not a byline.
	 */
	static List<String> byline(String line) {
		if (line.length() > MAX_LINE) {
			return null;
		}
		// Segments divided by "|", "•", "·" or " /"; most start with no label's first
		// letter and are let go before they are cut out of the line. Most lines hold no
		// divider: the walk starts at the first one (the JDK's search finds it), or at
		// the line's end, where the one segment is the line.
		int start = 0;
		for (int i = firstSegmentDivider(line); i <= line.length(); i++) {
			char c = (i < line.length()) ? line.charAt(i) : '|';
			if (c == '|' || c == '•' || c == '·'
					|| c == '/' && i > 0 && line.charAt(i - 1) == ' ' && !isSlashLabel(line, start, i)) {
				if (mayStartWithLabel(line, start, i)) {
					List<String> names = bylineSegment(line.substring(start, i).strip());
					if (names != null) {
						return names;
					}
				}
				start = i + 1;
			}
		}
		if (JOINED_LABEL_PREFIXES.mayStartAt(line, labelStart(line), line.length())) {
			List<String> names = joinedLabelByline(withoutEmphasis(line));
			if (names != null) {
				return names;
			}
		}
		if (line.length() <= MAX_ROLE_LINE && !line.isEmpty() && PREFIX_STARTS.indexOf(line.charAt(0)) >= 0) {
			List<String> names = prefixedByline(line.strip(), PREFIXES);
			if (names != null) {
				return names;
			}
		}
		return (line.length() <= MAX_ROLE_LINE && mayEndWithRole(line)) ? roleByline(line) : null;
	}

	// Where the first character that may divide a byline's segments stands (see
	// byline(String)), or the line's length when none does.
	private static int firstSegmentDivider(String line) {
		int first = line.length();
		for (int k = 0; k < SEGMENT_DIVIDERS.length(); k++) {
			int at = line.indexOf(SEGMENT_DIVIDERS.charAt(k));
			if (at >= 0 && at < first) {
				first = at;
			}
		}
		return first;
	}

	// The characters byline(String) divides a line's segments at (a slash only with a
	// space before it).
	private static final String SEGMENT_DIVIDERS = "|•·/";

	// Whether the segment up to a spaced slash is a label that ends with it ("文 / 陈美玲",
	// text by): the slash ends the label, not the segment.
	// Compared in place, the segment's leading spaces skipped as strip() would: asked
	// at every spaced slash of every block, most of them no label's.
	private static boolean isSlashLabel(String line, int start, int slash) {
		int from = start;
		while (Character.isWhitespace(line.charAt(from))) {
			from++;
		}
		int length = slash + 1 - from;
		if (length > LONGEST_LABEL) {
			// most spaced slashes: a sentence's or a menu's, far from the segment's start
			return false;
		}
		for (String label : labelsStarting(line.charAt(from))) {
			if (label.length() == length && line.regionMatches(true, from, label, 0, length)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The writer of a Chinese meta line, or {@code null}: "2026-03-10 07:45 来源：湘江晚报
	 * 作者：李静" sets its parts apart with (ideographic, decoded as plain) spaces, each a
	 * label with a full-width colon and its value, the labelled writer among a date and a
	 * source. Each part after a space is read on its own, and only as an author's line,
	 * not as a byline the header is read around (the page's text starts below it as
	 * before); "記者 王小明" sets the same space between a label and its name, and
	 * {@link #byline(String)} reads it whole. The same space sets a second reporter apart
	 * ("记者：张三 王五", "记者 王磊 李婷"): the labelled part runs on over the parts after it up to
	 * the next label's colon.
	 */
	static List<String> colonSegmentByline(String line) {
		// only a meta line, which opens with its date: a book's details in the text
		// ("书名：《小镇》 作者：余华 出版社：…") name the book's writer, not the page's
		if (line.length() > MAX_LINE || line.indexOf('：') < 0 || !Character.isDigit(line.charAt(0))) {
			return null;
		}
		int start = line.indexOf(' ') + 1;
		while (start > 0 && start < line.length()) {
			int end = line.indexOf(' ', start);
			end = (end < 0) ? line.length() : end;
			int colon = line.indexOf('：', start);
			boolean labelled = colon > start && colon < end;
			if ((labelled || isLabelAlone(line.substring(start, end))) && mayStartWithLabel(line, start, end)) {
				List<String> names = bylineSegment(line.substring(start, namesEnd(line, end)));
				names = (names == null && labelled) ? bylineSegment(line.substring(start, end)) : names;
				if (names != null) {
					return names;
				}
			}
			start = end + 1;
		}
		return null;
	}

	// Where the names after a meta line's labelled part end: before the next part that
	// holds a colon (the next label's, "责任编辑：…"), or at the line's end.
	private static int namesEnd(String line, int end) {
		int next = line.indexOf('：', end);
		return (next < 0) ? line.length() : Math.max(end, line.lastIndexOf(' ', next));
	}

	// "Words and recipe by Lena Marković": a label's first word, a separator, another
	// credit of a few words and the label's last word before the names; or null.
	private static List<String> joinedLabelByline(String text) {
		String[] words = SPACES.split(text, MAX_JOINED_CREDIT + 4);
		if (words.length < 4) {
			return null;
		}
		String last = JOINED_LABELS.get((words[0] + " " + words[1] + " ").toLowerCase(Locale.ROOT));
		if (last == null) {
			return null;
		}
		int at = words[0].length() + words[1].length() + 2;
		for (int i = 2; i < words.length - 1 && i < 2 + MAX_JOINED_CREDIT; i++) {
			String credit = words[i].toLowerCase(Locale.ROOT);
			// a one-word label's colon glued to the credit's last word ("kuvat:")
			boolean colonEnds = last.equals(":") && credit.length() > 1 && credit.endsWith(":");
			if (!JOINED_CREDITS.contains(colonEnds ? credit.substring(0, credit.length() - 1) : credit)) {
				// "Written and directed by": a film's credit, not a writer's
				return null;
			}
			at += words[i].length() + 1;
			if (colonEnds) {
				return labelledNames(text.substring(at).strip());
			}
			if (words[i + 1].equalsIgnoreCase(last)) {
				return labelledNames(text.substring(at + words[i + 1].length()).strip());
			}
		}
		return null;
	}

	// Whether the line, or the line before its closing e-mail address or "=", ends with a
	// role's last character: most lines do not, and are not searched for each role.
	private static boolean mayEndWithRole(String line) {
		char last = lastChar(line, line.length());
		if (ROLE_ENDS.indexOf(last) >= 0) {
			return true;
		}
		if (last == '.' && SENTENCE_ROLE_ENDS.indexOf(lastChar(line, line.lastIndexOf('.'))) >= 0) {
			// "Dilnoza Rashidova tayyorladi." (prepared by): a role that is a verb ends
			// its sentence
			return true;
		}
		return (last == '=' || line.indexOf('@') >= 0) && ROLE_ENDS.indexOf(lastChar(line, contactStart(line))) >= 0;
	}

	// Where an e-mail address or an "=" that ends the line starts ("김민수 기자
	// minsu@example.co.kr", "이서연 기자 ="), or the line's length.
	private static int contactStart(String line) {
		int end = line.length();
		while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
			end--;
		}
		int space = line.lastIndexOf(' ', end - 1);
		if (space < 0) {
			return line.length();
		}
		int at = line.indexOf('@', space);
		boolean contact = (at > space + 1 && at < end - 1) || (end == space + 2 && line.charAt(space + 1) == '=');
		return contact ? space : line.length();
	}

	// The last character before the end, lower-cased, past spaces and emphasis; 0 for
	// none.
	private static char lastChar(String line, int end) {
		int i = end;
		while (i > 0 && (Character.isWhitespace(line.charAt(i - 1)) || line.charAt(i - 1) == '*'
				|| line.charAt(i - 1) == '_')) {
			i--;
		}
		return (i > 0) ? Character.toLowerCase(line.charAt(i - 1)) : 0;
	}

	// The brackets a Korean agency's dateline is set in before the reporter's name:
	// "(서울=연합뉴스)", "（서울=연합뉴스）", "[서울=뉴시스]"; each opening's closing at the same
	// place.
	private static final String DATELINE_OPENS = "(（[";

	private static final String DATELINE_CLOSES = ")）]";

	/**
	 * The authors of a byline whose label follows the names: a role ("김민수 기자", "Иван
	 * Петров, специальный корреспондент", "राहुल शर्मा द्वारा"), perhaps after an
	 * agency's dateline in brackets ("(서울=연합뉴스) 이서연 기자") and before an e-mail address or
	 * an "=". The names must fill what stands before the role.
	 */
	static List<String> roleByline(String line) {
		String text = withoutEmphasis(line.substring(0, contactStart(line)).strip());
		int bracket = text.isEmpty() ? -1 : DATELINE_OPENS.indexOf(text.charAt(0));
		if (bracket >= 0) {
			int close = text.indexOf(DATELINE_CLOSES.charAt(bracket));
			text = (close > 0) ? text.substring(close + 1).strip() : text;
		}
		text = text.endsWith(".") ? withoutSentenceRoleStop(text) : text;
		String lower = text.toLowerCase(Locale.ROOT);
		for (String role : ROLES) {
			int at = lower.length() - role.length();
			if (at <= 0 || !lower.endsWith(role)
					|| !(Character.isWhitespace(lower.charAt(at - 1)) || lower.charAt(at - 1) == ',')) {
				continue;
			}
			String names = text.substring(0, at).strip();
			if (role.indexOf(' ') > 0 && !names.endsWith(",")) {
				// a role of several words right after words is the sentence's phrase
				// ("ఏపీ ప్రభుత్వ ప్రత్యేక ప్రతినిధి", the state government's special
				// representative); a comma sets a writer's role apart
				continue;
			}
			names = names.endsWith(",") ? names.substring(0, names.length() - 1).strip() : names;
			List<String> found = Scripts.startsCjk(names) ? cjkNames(names) : names(names);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	// The text without its closing full stop when a sentence role stands before it
	// ("Dilnoza Rashidova tayyorladi."); else the text, which then ends with no role:
	// "Андрей Козлов, обозреватель." is as often a list's item or a caption.
	private static String withoutSentenceRoleStop(String text) {
		String bare = text.substring(0, text.length() - 1).strip();
		String lower = bare.toLowerCase(Locale.ROOT);
		for (String role : SENTENCE_ROLES) {
			if (lower.endsWith(role)) {
				return bare;
			}
		}
		return text;
	}

	// The author of the author box whose name line the paragraph is, or null.
	private static List<String> boxNames(List<Paragraph> paragraphs, int i, String text) {
		List<String> names = authorBox(text);
		if (names == null && i + 1 < paragraphs.size() && text.length() <= MAX_BOX_NAME && text.indexOf(' ') > 0
				&& isBoxRole(paragraphs.get(i + 1).text())
				&& (i == 0 || !Insets.isWhollyQuoted(paragraphs.get(i - 1).text()))) {
			// the name on its line, the role on the next ("Jane Doe" / "News Reporter"),
			// unless a pull quote stands over them: then they say whose words it gives
			// ("“They were wrong.”" / "Margaret Holt" / "Former editor")
			String name = PersonNames.clean(text);
			names = (name != null) ? List.of(name) : null;
		}
		return (names != null && !besidePersonEntry(paragraphs, i) && !signsLetter(paragraphs, i, text)) ? names : null;
	}

	// Whether a name and its role after a comma sign the sentences right over them ("…
	// before it is too late." / "Helen Mayhew, former editor"): a letter's writer on a
	// letters page, not the page's author box, which stands in the header or apart. Only
	// where another letter goes on under it or another signature signs one over it: a
	// standfirst's sentence stands over the box of a header (over its date line), and a
	// single op-ed's writer signs it so at its end.
	private static boolean signsLetter(List<Paragraph> paragraphs, int i, String text) {
		if (i == 0 || text.indexOf(',') < 0) {
			return false;
		}
		String above = paragraphs.get(i - 1).text();
		if (!Texts.isClosedRunningText(above)) {
			return false;
		}
		return i + 1 < paragraphs.size() && Texts.isRunningText(paragraphs.get(i + 1).text())
				|| signedAbove(paragraphs, i);
	}

	/**
	 * The author of an author box's name line, or {@code null}: a name followed by what
	 * such a box prints after it and nothing else, the author's own handle ("Jane
	 * Doe@janedoe", "Jane Doe @jdoe / 2 days"), a role ("Jane Doe Senior Contributor",
	 * "Jane DoeContributor", "Jane Doe Education editor") or a link to their articles
	 * ("Jane DoeView More Articles"). A bare name is as often a menu entry or a person
	 * the article is about; the mark after it says whose name it is.
	 */
	static List<String> authorBox(String line) {
		String text = line.strip();
		if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
			return null;
		}
		String mark = boxMarkAtEnd(text, text.length());
		if (mark == null) {
			int at = text.indexOf('@');
			return (at > 0) ? ownHandle(text, at) : null;
		}
		int start = text.length() - mark.length();
		if (start == 0) {
			return null;
		}
		char before = text.charAt(start - 1);
		boolean glued = Character.isLowerCase(before) && Character.isUpperCase(text.charAt(start));
		if (!glued && before != ' ' && before != ',' && before != '/') {
			return null;
		}
		String rest = text.substring(0, start).strip();
		if (!glued && Character.isLowerCase(text.charAt(start)) && !rest.endsWith(",")) {
			// a role in sentence case may name its field first ("Education editor"); a
			// comma ends the name ("Juan Carlos Pérez, periodista"), also before a role
			// of a few words in lower case ("Amara Nwosu, readers' editor")
			int space = rest.lastIndexOf(' ');
			if (space > 0 && Character.isUpperCase(rest.charAt(space + 1))) {
				List<String> names = boxName(rest.substring(0, space));
				if (names != null) {
					return names;
				}
			}
			int comma = rest.lastIndexOf(',');
			if (comma > 0 && isLowerCaseRole(rest.substring(comma + 1))) {
				return boxName(rest.substring(0, comma));
			}
		}
		int bar = rest.lastIndexOf(" | ");
		if (!glued && bar > 0 && isCapitalisedField(rest.substring(bar + 3))) {
			// a bar between the name and a role of capitalised words ("Nadia Quraishi |
			// Technology Reporter"), as a comma stands before one in lower case
			return boxName(rest.substring(0, bar));
		}
		int slash = rest.lastIndexOf('/');
		if (!glued && slash > 0 && (slash == rest.length() - 1 || isCapitalisedField(rest.substring(slash + 1)))) {
			// a slash, as a bar ("Tamika Reid/Staff Reporter")
			return boxName(rest.substring(0, slash).strip());
		}
		return boxName(rest);
	}

	// Whether the text is a role's first words, each capitalised, no more than a few
	// ("Technology", "Senior Politics").
	private static boolean isCapitalisedField(String text) {
		String[] words = SPACES.split(text.strip());
		if (words.length > MAX_ROLE_FIELD) {
			return false;
		}
		for (String word : words) {
			if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
					|| !word.chars().allMatch((c) -> Character.isLetter(c) || c == '-')) {
				return false;
			}
		}
		return true;
	}

	// How many words a role in lower case may set before its mark ("readers' editor",
	// "deputy political editor").
	private static final int MAX_ROLE_FIELD = 2;

	// Whether the text is a role's first words in lower case, no more than a few.
	private static boolean isLowerCaseRole(String text) {
		return isFewWordsOfCase(text, MAX_ROLE_FIELD, false);
	}

	// Whether the text is at most so many words, each opening in upper case (or lower
	// case) and made of letters, hyphens and apostrophes alone: a role's first words in
	// lower case ("readers' editor"), a place of a signature ("Milton Keynes").
	private static boolean isFewWordsOfCase(String text, int maxWords, boolean upperCase) {
		String[] words = SPACES.split(text.strip());
		if (words.length > maxWords) {
			return false;
		}
		for (String word : words) {
			if (word.isEmpty() || upperCase && !Character.isUpperCase(word.charAt(0))
					|| !upperCase && !Character.isLowerCase(word.charAt(0))
					|| !word.chars().allMatch((c) -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	// The longest mark of byline.box-marks the text ends with before the end, after
	// something, compared in place whatever its case, or null.
	private static String boxMarkAtEnd(String text, int end) {
		char last = (end > 0) ? Character.toLowerCase(text.charAt(end - 1)) : 0;
		String[] marks = (last < ASCII_BOX_MARKS.length) ? ASCII_BOX_MARKS[last] : BOX_MARKS_BY_LAST.get(last);
		if (marks != null) {
			for (String mark : marks) {
				int start = end - mark.length();
				// the mark's first letter first: most lines end with no mark, and
				// most differ from each there
				if (start >= 0 && Character.toLowerCase(text.charAt(start)) == mark.charAt(0)
						&& text.regionMatches(true, start, mark, 0, mark.length())) {
					return mark;
				}
			}
		}
		return null;
	}

	// Whether the line is a role an author box prints under the name ("News Reporter",
	// "Senior Politics Reporter, HuffPost", "Redakteurin"): a few words, each
	// capitalised, ending with a mark, perhaps an outlet after a comma. A label alone
	// ("Autor", the name on the next line) or a link ("Zeige alle Artikel", "Message
	// from the Editor") is none.
	private static boolean isBoxRole(String line) {
		if (line.isEmpty() || line.length() > MAX_ROLE_LINE || !Character.isUpperCase(line.charAt(0))) {
			return false;
		}
		int end = line.length();
		String mark = boxMarkAtEnd(line, end);
		if (mark == null) {
			// an outlet after a comma ("Politics Reporter, HuffPost")
			end = line.indexOf(',');
			while (end > 0 && line.charAt(end - 1) == ' ') {
				end--;
			}
			mark = (end > 0) ? boxMarkAtEnd(line, end) : null;
		}
		if (mark == null || end > mark.length() && line.charAt(end - mark.length() - 1) != ' ') {
			return false;
		}
		// each word capitalised ("Senior Writer"), or the role in sentence case ("Senior
		// writer", "Contributing columnist"); not both: "Letters to the Editor" is a
		// section's link
		boolean capitalised = false;
		boolean lowerCase = false;
		int words = 1;
		for (int i = 1; i < end; i++) {
			char c = line.charAt(i);
			if (Character.isDigit(c) || c == '|') {
				return false;
			}
			if (line.charAt(i - 1) == ' ') {
				capitalised |= Character.isUpperCase(c);
				lowerCase |= Character.isLowerCase(c);
				if (!Character.isLetter(c)) {
					return false;
				}
			}
			words += (c == ' ') ? 1 : 0;
		}
		return words <= 5 && !(capitalised && lowerCase) && !isLabelAlone(line.substring(0, end));
	}

	private static List<String> boxName(String text) {
		if (text.equals(text.toUpperCase(Locale.ROOT))) {
			// a heading in capitals ("MEHR VOM AUTOR"), not a name set in its own case
			return null;
		}
		String name = PersonNames.clean(text.endsWith(",") ? text.substring(0, text.length() - 1) : text);
		return (name != null) ? List.of(name) : null;
	}

	// Whether a line next to the given one names a person and what they are ("Ian
	// Buruma, Bard College"): the line is then one entry of a list of people.
	private static boolean besidePersonEntry(List<Paragraph> paragraphs, int at) {
		for (int i = Math.max(0, at - 1); i <= at + 1 && i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text();
			int comma = text.indexOf(',');
			if (i != at && comma > 0 && text.length() <= MAX_ROLE_LINE
					&& PersonNames.clean(text.substring(0, comma)) != null) {
				return true;
			}
		}
		return false;
	}

	// "Jane Doe@janedoe": a name and a handle made of it, perhaps followed by a short
	// element after a separator ("/ 2 days").
	private static List<String> ownHandle(String text, int at) {
		String name = PersonNames.clean(text.substring(0, at).strip());
		if (name == null) {
			return null;
		}
		int end = at + 1;
		while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
			end++;
		}
		String rest = text.substring(end).strip();
		if (rest.length() > MAX_AFTER_HANDLE || !rest.isEmpty() && "/|·•-–—".indexOf(rest.charAt(0)) < 0) {
			return null;
		}
		String handle = text.substring(at + 1, end).toLowerCase(Locale.ROOT);
		// folded: lower case, its edge punctuation off
		String surname = Texts.fold(name.substring(name.lastIndexOf(' ') + 1));
		return (surname.length() >= 3 && handle.contains(surname)) ? List.of(name) : null;
	}

	/**
	 * Names in Chinese, Japanese or Korean, one word each ("张伟", "김민수"), divided by
	 * spaces, "·" or "、" ("张伟 王芳"), or {@code null} when a part is no such name.
	 */
	static List<String> cjkNames(String text) {
		List<String> names = new ArrayList<>();
		for (String part : CJK_NAME_SEPARATORS.split(text)) {
			if (part.isEmpty() || LABELS_ALONE.contains(part)) {
				// "记者 陈晓 通讯员 刘思远": the second credit's label between the names
				continue;
			}
			// "編集部", "编辑部": the editorial desk, no person
			if (!isCjkName(part, MAX_CJK_NAME) || PersonNames.isOutletWord(part)) {
				return null;
			}
			names.add(part);
		}
		return names.isEmpty() ? null : List.copyOf(names);
	}

	private static boolean isCjkName(String word, int longest) {
		if (word.length() < MIN_CJK_NAME || word.length() > longest) {
			return false;
		}
		Character.UnicodeScript first = Character.UnicodeScript.of(word.charAt(0));
		for (int i = 0; i < word.length(); i++) {
			Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(i));
			if (script != first || script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HANGUL) {
				return false;
			}
		}
		return true;
	}

	// What ends an agency's dateline right before the reporters in brackets ("电").
	private static final List<String> DISPATCH_MARKS = Languages.values(Languages.BYLINE_DISPATCH_MARKS);

	// How far into the text an agency's dateline ends, and how long the reporters'
	// credit after it may be.
	private static final int MAX_DATELINE = 40;

	private static final int MAX_DISPATCH_CREDIT = 20;

	/**
	 * The reporters an agency's dateline names in brackets at the start of the text
	 * ("新华社南昌11月2日电（记者王晓明、李华）随着…"), or {@code null}: the dateline ends with a dispatch
	 * mark ({@code byline.dispatch-marks}) right before the bracket, and the bracket
	 * holds a byline label and names and nothing else. A photo's credit in brackets
	 * ("（記者陳怡安攝）") ends with no dispatch mark before it.
	 */
	static List<String> dispatchCredit(String text) {
		int open = text.indexOf('（');
		if (open < 1 || open > MAX_DATELINE) {
			return null;
		}
		boolean dispatched = false;
		for (String mark : DISPATCH_MARKS) {
			dispatched |= text.startsWith(mark, open - mark.length());
		}
		int close = text.indexOf('）', open);
		if (!dispatched || close < open + 2 || close - open > MAX_DISPATCH_CREDIT) {
			return null;
		}
		String credit = text.substring(open + 1, close);
		for (String label : LABELS_BY_FIRST.getOrDefault(credit.charAt(0), NO_LABELS)) {
			if (credit.startsWith(label) && credit.length() > label.length()) {
				return cjkNames(credit.substring(label.length()).strip());
			}
		}
		return null;
	}

	// What a sign-off's bracket follows when it is not the paragraph's whole: the end of
	// the last sentence ("…と話した。（山田太郎）"). After a word the bracket is the line's own
	// aside ("今すぐ登録（初月無料）", an offer's first month free).
	private static final String SIGN_OFF_AFTER = "。！？」』";

	/**
	 * The name a Japanese article signs its last paragraph with, in full-width brackets
	 * ("…と話した。（山田太郎）"), perhaps after a credit's label ("（文・佐藤健一）"), or {@code null}.
	 * Three to five kanji: an agency's short name ("（共同）") or a katakana word is no
	 * writer; the bracket closes a sentence or stands alone.
	 */
	static List<String> signOff(String text) {
		int length = text.length();
		if (length < 5 || text.charAt(length - 1) != '）') {
			return null;
		}
		int open = text.lastIndexOf('（');
		if (open < 0 || length - open - 2 < 3 || open > 0 && SIGN_OFF_AFTER.indexOf(text.charAt(open - 1)) < 0) {
			return null;
		}
		String name = withoutCreditLabel(text.substring(open + 1, length - 1));
		return (name.length() >= MIN_CREDIT_NAME && isCjkName(name, MAX_SIGN_OFF_NAME)
				&& Character.UnicodeScript.of(name.charAt(0)) == Character.UnicodeScript.HAN) ? List.of(name) : null;
	}

	/**
	 * Whether the line is a writer's sign-off and nothing else ("（山本直樹）", "（文・佐藤健一）"):
	 * under the text it names the writer and ends the article, as an agency's "（共同）"
	 * does. A sign-off closing the last sentence ("…と話した。（山田太郎）") leaves the paragraph
	 * the text's.
	 */
	static boolean isSignOffLine(String text) {
		return !text.isEmpty() && text.charAt(0) == '（' && signOff(text) != null;
	}

	// The name without the credit's label before it ("文・佐藤健一").
	private static String withoutCreditLabel(String text) {
		for (String label : LABELS_BY_FIRST.getOrDefault(text.charAt(0), NO_LABELS)) {
			if (isCreditLabel(label) && text.startsWith(label)) {
				return text.substring(label.length());
			}
		}
		return text;
	}

	// How far above the body's last paragraph a writer's signature may stand (the page
	// left a share bar or a comments link in the body under it), and how far below.
	private static final int SIGNATURE_ABOVE = 2;

	private static final int SIGNATURE_BELOW = 1;

	/**
	 * The writer who signs the article's end, or {@code null}: a line holding a name and
	 * nothing else ("Marie Dupont", "— Gwen Porter"), right under the text's last
	 * sentence and near the body's last paragraph, with no running text under it but a
	 * bio of the same writer. Blogs and regional papers sign there instead of under the
	 * headline; a commenter's name further down has the comment's text under it.
	 * @param paragraphs the page's paragraphs
	 * @param lastBody the index of the body's last paragraph
	 */
	static Candidate signature(List<Paragraph> paragraphs, int lastBody) {
		int to = Math.min(paragraphs.size() - 1, lastBody + SIGNATURE_BELOW);
		for (int i = Math.max(1, lastBody - SIGNATURE_ABOVE); i <= to; i++) {
			String text = paragraphs.get(i).text();
			String above = paragraphs.get(i - 1).text();
			if (text.length() > MAX_SIGNATURE || !Texts.endsWithSentencePunctuation(above)) {
				continue;
			}
			String signed = withoutDash(text);
			// "Ruth Ellery, Kielder, Northumberland": the writer and where they write
			// from; "Gwen Harris, Local Democracy Reporter": the writer and their job
			int comma = signed.indexOf(", ");
			boolean employed = comma > 0 && isSignatureRole(signed.substring(comma + 2));
			boolean placed = comma > 0 && !employed && isPlaceList(signed.substring(comma + 2));
			// under the text's last sentence; a journalist's job vouches for a last
			// sentence too short to be running text ("A final decision will be made in
			// March.") under running text
			if (!Texts.isRunningText(above)
					&& !(employed && i >= 2 && Texts.isRunningText(paragraphs.get(i - 2).text()))) {
				continue;
			}
			// under a quotation in full, a name and a job are the quote's speaker
			// ("“He never missed a deadline.”" / "— Brenda Okafor, former editor"), not
			// the writer, whom the job vouches for only under the text's own sentence
			if (employed && Insets.isWhollyQuoted(above.strip())) {
				continue;
			}
			// under a correction, the name signs the note ("This article was amended on
			// 4 December …" / "— Sarah Linton, standards editor"), not the article
			if (isCorrection(above)) {
				continue;
			}
			signed = (placed || employed) ? signed.substring(0, comma) : signed;
			String name = PersonNames.clean(signed);
			if (name == null || !name.equals(signed) || initialsOnly(name) || Boilerplate.isPrompt(text)
					|| namedAbove(paragraphs, i, name) || signedAbove(paragraphs, i)) {
				continue;
			}
			String below = (i + 1 < paragraphs.size()) ? paragraphs.get(i + 1).text() : "";
			// after the writer's place or job, a line that ends no sentence (a
			// commenter's place has the comment under it); after a job, no other name
			// and its part (a letter's signatories, "Louis Begley, writer" / "Mia Bay,
			// historian")
			if (below.isEmpty() || below.startsWith(name) || Boilerplate.isPrompt(below)
					|| placed && !Texts.endsWithSentencePunctuation(below)
					|| employed && !Texts.endsWithSentencePunctuation(below) && !isNameAndPart(below)) {
				return new Candidate(List.of(name), i, paragraphs.get(i).line(), true, false, 3);
			}
		}
		return null;
	}

	// How a correction of the piece opens (notes.corrections), in lower case.
	private static final Prefixes CORRECTIONS = Prefixes
		.of(Languages.values(Languages.NOTES_CORRECTIONS).toArray(new String[0]));

	private static boolean isCorrection(String text) {
		return CORRECTIONS.find(text.strip().toLowerCase(Locale.ROOT)) != null;
	}

	// A writer's job in a signature ("— Gwen Harris, Local Democracy Reporter"): a few
	// words, no figure, the last a journalist's (byline.signature-roles); a quoted
	// speaker's role under a quote ("— Gemma Walsh, Under-14s coach") is none.
	private static final Set<String> SIGNATURE_ROLES = Languages.words(Languages.BYLINE_SIGNATURE_ROLES);

	private static boolean isSignatureRole(String part) {
		String[] words = SPACES.split(part.strip());
		return words.length <= MAX_ROLE_WORDS && !Texts.hasDigit(part)
				&& SIGNATURE_ROLES.contains(stripTrailing(words[words.length - 1].toLowerCase(Locale.ROOT)));
	}

	// Whether the line is a name and what follows it after a comma ("Mia Bay,
	// historian"): the next signatory of a list, whose names sign no one article.
	private static boolean isNameAndPart(String line) {
		int comma = line.indexOf(", ");
		return comma > 0 && PersonNames.clean(withoutDash(line.substring(0, comma))) != null;
	}

	/**
	 * The writer of a header line that is a name and the town they write from after a bar
	 * ("Ayşe Demir | İzmir", "નેહા પટેલ | સુરત"), or in a script without capitals after a
	 * comma ("ਹਰਪ੍ਰੀਤ ਕੌਰ, ਪਟਿਆਲਾ"), or {@code null}. The town must be one the text's
	 * sentences write (at a word's start: "İzmir'de", "Bermeoko", "સુરતના"), none of its
	 * words a job's or an outlet's ("Rachel Ng | Industry correspondent" is read as a
	 * role line), and no word of the name may stand anywhere else on the page: a
	 * section's or an organisation's words are the menu's, the site's or the text's too
	 * ("Büyükşehir Belediyesi | İzmir"), and in a script without capitals, where no
	 * capital tells a name from a section's label ("રાજ્ય સમાચાર | સુરત"), nothing else
	 * does. There the town is one word, and a desk's words ("নিজস্ব প্রতিবেদক, ঢাকা", own
	 * correspondent) are a job's (bio.roles), no name.
	 * @param paragraphs the page's paragraphs
	 * @param at the index of the line, under the headline
	 */
	static List<String> nameAndPlace(List<Paragraph> paragraphs, int at) {
		String text = paragraphs.get(at).text().strip();
		int bar = text.indexOf(" | ");
		int after = bar + 3;
		if (bar < 0 && !Texts.hasCasedLetter(text)) {
			// "ਹਰਪ੍ਰੀਤ ਕੌਰ, ਪਟਿਆਲਾ": in a script without capitals the town may follow a
			// comma
			bar = text.indexOf(", ");
			after = bar + 2;
		}
		if (bar <= 0 || text.length() > MAX_SIGNATURE || text.indexOf('|', after) >= 0 || Texts.hasDigit(text)) {
			return null;
		}
		String name = text.substring(0, bar).strip();
		String place = text.substring(after).strip();
		String[] words = SPACES.split(place);
		boolean cased = Texts.hasCasedLetter(name);
		if (place.isEmpty()
				|| (cased ? place.indexOf(',') >= 0 || !isPlaceList(place)
						: words.length > 1 || Texts.hasCasedLetter(place))
				|| !writtenBelow(paragraphs, at, words[0]) && (cased || !BYLINE_PLACES.contains(words[0]))) {
			// in a script without capitals a town the language's data knows
			// (byline.places) vouches for itself: "प्रशांत कुलकर्णी | नाशिक" over a text
			// about a market of its district that names no town
			return null;
		}
		for (String word : words) {
			String lower = stripTrailing(word.toLowerCase(Locale.ROOT));
			if (PersonNames.isRoleOrOutletWord(lower)) {
				return null;
			}
		}
		String clean = PersonNames.clean(name);
		return (clean != null && clean.equals(name) && !writtenElsewhere(paragraphs, at, name)) ? List.of(clean) : null;
	}

	/**
	 * The writer of a header line that is a name and, after a bar, the organisation they
	 * write for, its last word an outlet's ("Hannah Ostrowski | Local Democracy Reporting
	 * Service", "Tom Hale | Coastal News Agency"), or {@code null}. As with a town after
	 * the bar ({@link #nameAndPlace(List, int)}), no word of the name may stand anywhere
	 * else on the page: a section and its site ("Eat Drink | The Northern Herald") are
	 * the menu's or the page title's words too.
	 * @param paragraphs the page's paragraphs
	 * @param at the index of the line, under the headline
	 */
	static List<String> nameAndOutlet(List<Paragraph> paragraphs, int at) {
		String text = paragraphs.get(at).text().strip();
		int bar = text.indexOf(" | ");
		if (bar <= 0 || text.length() > MAX_SIGNATURE || text.indexOf('|', bar + 3) >= 0 || Texts.hasDigit(text)) {
			return null;
		}
		String name = text.substring(0, bar).strip();
		if (!isOutletName(text.substring(bar + 3).strip())) {
			return null;
		}
		String clean = PersonNames.clean(name);
		return (clean != null && clean.equals(name) && !writtenElsewhere(paragraphs, at, name)) ? List.of(clean) : null;
	}

	// Whether the words are an organisation's name of two words or more, each
	// capitalised, the last an outlet's ("Local Democracy Reporting Service").
	private static boolean isOutletName(String words) {
		String[] split = SPACES.split(words);
		return split.length >= 2
				&& PersonNames.isOutletWord(stripTrailing(split[split.length - 1].toLowerCase(Locale.ROOT)))
				&& isIgnorable(words);
	}

	// How far under a header line the text's sentences are looked through for its town.
	private static final int PLACE_REACH = 30;

	// Whether a running paragraph under the line writes the word at a word's start.
	private static boolean writtenBelow(List<Paragraph> paragraphs, int at, String word) {
		for (int i = at + 1; i < Math.min(paragraphs.size(), at + PLACE_REACH); i++) {
			String text = paragraphs.get(i).text();
			if (Texts.isRunningText(text) && writesAtWordStart(text, word)) {
				return true;
			}
		}
		return false;
	}

	// Whether a paragraph other than the line writes a word of the name at a word's
	// start; a particle ("de", "van") or a word of two letters says nothing.
	private static boolean writtenElsewhere(List<Paragraph> paragraphs, int at, String name) {
		String[] words = SPACES.split(name);
		for (int i = 0; i < paragraphs.size(); i++) {
			for (String word : words) {
				if (i != at && word.length() >= 3 && !Character.isLowerCase(word.codePointAt(0))
						&& writesAtWordStart(paragraphs.get(i).text(), word)) {
					return true;
				}
			}
		}
		return false;
	}

	// Whether the text writes the word where a word starts, with or without an ending
	// ("İzmir'de", "સુરતના").
	private static boolean writesAtWordStart(String text, String word) {
		for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
			if (isWordStart(text, k)) {
				return true;
			}
		}
		return false;
	}

	// How many places a signature may name after the writer ("Kielder, Northumberland").
	private static final int MAX_SIGNATURE_PLACES = 2;

	// How many words a place of a signature may have ("Milton Keynes").
	private static final int MAX_PLACE_WORDS = 3;

	// Whether the text is a place or two parted by a comma, each of capitalised words
	// and nothing else ("Kielder, Northumberland", "Northfield"): no digit, no sentence.
	private static boolean isPlaceList(String text) {
		String[] places = text.strip().split(", ", -1);
		if (places.length > MAX_SIGNATURE_PLACES || Texts.hasDigit(text)) {
			return false;
		}
		for (String place : places) {
			if (!isFewWordsOfCase(place, MAX_PLACE_WORDS, true)) {
				return false;
			}
		}
		return true;
	}

	// Whether a signature stands over the text's last one too, right under sentences
	// ("… were wrong." / "Tom Hale, Leeds"): a page of several letters, whose writers are
	// not the page's author.
	private static boolean signedAbove(List<Paragraph> paragraphs, int at) {
		for (int i = Math.max(1, at - MAX_LETTERS_REACH); i < at - 1; i++) {
			String text = withoutDash(paragraphs.get(i).text());
			String above = paragraphs.get(i - 1).text();
			if (text.length() > MAX_SIGNATURE || !Texts.isRunningText(above)
					|| !Texts.endsWithSentencePunctuation(above)) {
				continue;
			}
			int comma = text.indexOf(", ");
			String signed = (comma > 0 && isPlaceList(text.substring(comma + 2))) ? text.substring(0, comma) : text;
			String name = PersonNames.clean(signed);
			if (name != null && name.equals(signed) && Texts.isRunningText(paragraphs.get(i + 1).text())) {
				return true;
			}
		}
		return false;
	}

	// How far over the last signature another makes the page one of letters.
	private static final int MAX_LETTERS_REACH = 30;

	// Whether a paragraph above writes a word of the name: the person the article is
	// about or speaks with ("Mark Helfrich über …", "Helfrich: …"), or a tag line's topic
	// ("Durlach Feuerwehr"), not the writer, whom the text does not name. A particle
	// ("de", "van", "la") or a word of two letters says nothing of who is named.
	private static boolean namedAbove(List<Paragraph> paragraphs, int at, String name) {
		String[] words = SPACES.split(name);
		for (int i = 0; i < at; i++) {
			String text = paragraphs.get(i).text();
			for (String word : words) {
				if (word.length() < 3 || !Character.isUpperCase(word.codePointAt(0))) {
					continue;
				}
				for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
					if (isWordStart(text, k) && isWordEnd(text, k + word.length())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	// Whether every word of the name is a single letter ("C. V.", "J.-M. L."): a desk's
	// sign-off under a short item, which names no writer a reader could ask for.
	private static boolean initialsOnly(String name) {
		int letters = 0;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetter(c)) {
				if (++letters > 1) {
					return false;
				}
			}
			else {
				letters = 0;
			}
		}
		return true;
	}

	// How long a signature's line may be.
	private static final int MAX_SIGNATURE = 60;

	// The line without the dash a signature may open with ("— Gwen Porter").
	private static String withoutDash(String text) {
		String line = text.strip();
		int start = 0;
		while (start < line.length() && (line.charAt(start) == '—' || line.charAt(start) == '–'
				|| line.charAt(start) == '-' || Character.isWhitespace(line.charAt(start)))) {
			start++;
		}
		return line.substring(start);
	}

	// How long the bracketed reporter's credit opening a paragraph may be.
	private static final int MAX_OPENING_CREDIT = 30;

	// How far into a paragraph an agency's dateline and its reporter's name and role may
	// reach before the "=" that ends them.
	private static final int MAX_DATELINE_CREDIT = 50;

	/**
	 * The reporter a Taiwanese article credits in brackets before its first words
	 * ("〔記者陳怡安／台中報導〕台中市…"), or a Korean one after the agency's dateline ("(제주=뉴스한빛) 박민재
	 * 기자 = …"), or {@code null}: a labelled byline inside full-width brackets that open
	 * the paragraph, or a name and its role between the dateline and an "=". The
	 * paragraph stays the text's.
	 */
	static List<String> openingCredit(String text) {
		if (text.length() < 6) {
			return null;
		}
		if (DATELINE_OPENS.indexOf(text.charAt(0)) >= 0) {
			// a Korean agency's dateline, the reporter and "=" before the first words
			// ("(제주=뉴스한빛) 박민재 기자 = 학생 수가 …", "[서울=한빛통신] 박서연 기자 = …"): the
			// byline ends at the "="
			int equals = text.substring(0, Math.min(text.length(), MAX_DATELINE_CREDIT)).indexOf(" = ");
			return (equals > 0) ? roleByline(text.substring(0, equals + 2)) : null;
		}
		if ("〔【［".indexOf(text.charAt(0)) < 0) {
			return null;
		}
		int close = -1;
		for (int i = 1; i < Math.min(text.length(), MAX_OPENING_CREDIT) && close < 0; i++) {
			close = ("〕】］".indexOf(text.charAt(i)) >= 0) ? i : -1;
		}
		return (close > 1) ? bylineSegment(text.substring(1, close)) : null;
	}

	// Whether the segment, stripped and without emphasis as bylineSegment reads it, may
	// start with a label: a label stands there, compared in place (LABEL_PREFIXES turns
	// away a first letter no label starts with, and most segments that start with a
	// label's letter, "The", "As", "But", start with no label).
	private static boolean mayStartWithLabel(String line, int start, int end) {
		return LABEL_PREFIXES.mayStartAt(line, labelStart(line, start, end), end);
	}

	private static List<String> bylineSegment(String raw) {
		String segment = withoutEmphasis(raw);
		if (segment.isEmpty() || LABEL_STARTS.indexOf(Character.toLowerCase(segment.charAt(0))) < 0) {
			// most lines: no label starts with their first letter
			return null;
		}
		// Only the start is compared with the labels: no need to lower-case the rest.
		String lower = segment.substring(0, Math.min(segment.length(), LONGEST_LABEL + 1)).toLowerCase(Locale.ROOT);
		for (String label : labelsStarting(lower)) {
			if (lower.startsWith(label) && segment.length() > label.length()) {
				char after = segment.charAt(label.length());
				// A Taiwanese reporter's line sets no space between the label and the
				// name, and the place after a slash ("記者林怡君／高雄報導"); a Japanese
				// credit's label ends with its slash or dot ("文／佐藤由美")
				boolean credit = isCreditLabel(label);
				boolean labelEndsWord = label.endsWith(":") || label.endsWith("：") || credit
						|| Character.isWhitespace(after) || after == ':' || after == '：'
						|| Scripts.isChineseOrJapanese(label.charAt(label.length() - 1))
								&& Scripts.isChineseOrJapanese(after) && segment.indexOf('／') > 0;
				if (!labelEndsWord) {
					continue;
				}
				String rest = segment.substring(label.length()).strip();
				rest = credit ? beforeNextCredit(afterJoinedCredits(rest)) : rest;
				if (credit && rest.length() < MIN_CREDIT_NAME) {
					// "文／写真" (text and photos): a word of two kanji is no name after a
					// credit's label, as none is in a sign-off's brackets
					return null;
				}
				if (rest.startsWith(":") || rest.startsWith("：")) {
					rest = rest.substring(1).strip();
				}
				rest = beforeCreditAfterComma(rest);
				if (label.endsWith(" -") && (Texts.words(rest, MAX_DASH_LABEL_NAME + 1) > MAX_DASH_LABEL_NAME
						|| Texts.endsWithSentencePunctuation(rest))) {
					// "සටහන - බස් ගාස්තු පසුව නිවේදනය කෙරේ" (note - the fares will be
					// announced later): after a note's label and its dash, a name stands
					// alone on the line, a sentence is the note's own
					return null;
				}
				// A label over a name and its role ("기자명 정유진 기자", the reporter's
				// name): the role is no name
				List<String> beforeRole = mayEndWithRole(rest) ? roleByline(rest) : null;
				if (beforeRole != null) {
					return beforeRole;
				}
				// "By Main Ingredient:", "By the numbers:": a heading over what follows,
				// no byline; a meta line may end with a colon after its time ("Posted by
				// A at 9:05 PM No comments:")
				if (rest.endsWith(":") && !Texts.hasDigit(rest)) {
					return null;
				}
				String named = withoutLabelPlaces(label, joinedByIn(label, rest));
				if (goesOnAsSentence(label, named)) {
					return null;
				}
				List<String> names = labelledNames(named);
				if (names == null && !rest.isEmpty() && PREFIX_STARTS.indexOf(rest.charAt(0)) >= 0) {
					// "Ibhaliwe ngu-Ayanda Nqweniso" (written by): the prefix
					// glued to the name after the label
					names = prefixedByline(rest, PREFIXES);
				}
				return (names != null) ? names : givenNameBeforeTime(rest);
			}
		}
		return null;
	}

	// How many words a sentence runs on at least after the capitalised words a label's
	// preposition opens it with.
	private static final int MIN_SENTENCE_AFTER_NAME = 3;

	/**
	 * Whether the text after a byline's label runs on past the name it opens with as a
	 * sentence does: three lower-case words or more, no figure, up to the sentence's
	 * closing mark ("By Easter Sunday prices had doubled at the market.", "Por Semana
	 * Santa los precios subieron un veinte por ciento."). The label is the sentence's
	 * preposition there, the "name" a feast or a time. A byline's words after the name
	 * are a place or an outlet ("in Leeds", "voor de redactie": byline.place-words, or
	 * the label's languages' byline.writer-places), a surname a particle opens, a date or
	 * a time, with their figures, and no full stop closes them. In a script without
	 * capitals no name's end is seen: {@link #isUncasedSentence} reads the sentence
	 * there.
	 */
	private static boolean goesOnAsSentence(String label, String text) {
		if (isUncasedSentence(text)) {
			return true;
		}
		if (!Texts.endsWithSentencePunctuation(text) || Texts.hasDigit(text)) {
			return false;
		}
		String name = leadingName(text);
		String after = text.startsWith(name) ? text.substring(name.length()).strip() : "";
		if (name.isEmpty() || after.isEmpty() || !Character.isLowerCase(after.charAt(0))
				|| Texts.words(after, MIN_SENTENCE_AFTER_NAME) < MIN_SENTENCE_AFTER_NAME) {
			return false;
		}
		if (opensWithPlaceWord(after)) {
			return false;
		}
		String first = SPACES.split(after, 2)[0];
		return !PersonNames.isParticle(first) && !LABEL_PLACE_WORDS.getOrDefault(label, Set.of()).contains(first);
	}

	// The fewest words of a sentence after a caseless script's label that runs past a
	// name: a name there is two or three words (leadingName).
	private static final int MIN_UNCASED_SENTENCE = 4;

	/**
	 * Whether the text after a byline's label, in a script without capitals, is a
	 * sentence, not a name ("نامہ نگار: کل بارش ہوئی۔", reporter: it rained yesterday;
	 * "लेखक: कल शहर में भारी बारिश हुई।"): no capital ends the name there, so
	 * {@link #leadingName} would take its first two words. Such a sentence closes with
	 * its script's full stop, as none of the 81 caseless bylines of dev and the open sets
	 * does, and runs past a name's three words or speaks through a stop word ("ہوئی",
	 * "में", "على") other than the one that joins two names ("और", "و":
	 * byline.separators). Not the stop word alone: a name may hold one ("احمد ولي صافي",
	 * whose "ولي" is an Arabic stop word).
	 */
	private static boolean isUncasedSentence(String text) {
		if (text.isEmpty() || !PersonNames.isUncasedName(SPACES.split(text, 2)[0]) || Texts.hasDigit(text)
				|| !Texts.endsWithStop(text, Texts.FULL_STOPS)) {
			return false;
		}
		String[] words = SPACES.split(text);
		if (words.length < 3) {
			return false;
		}
		if (words.length >= MIN_UNCASED_SENTENCE) {
			return true;
		}
		for (int i = 1; i < words.length; i++) {
			String word = words[i];
			int end = word.length();
			while (end > 0 && !Character.isLetter(word.charAt(end - 1)) && !PersonNames.isMark(word.charAt(end - 1))) {
				// the stop closing the sentence ("ہوئی۔", "हुई।")
				end--;
			}
			word = word.substring(0, end);
			if (!word.isEmpty() && !SEPARATOR_WORDS.contains(word)
					&& StopWords.bitsOf(word.toCharArray(), 0, word.length()) != 0L) {
				return true;
			}
		}
		return false;
	}

	// How many words a blog's footer may set after the writer's given name: a date's
	// word, the time and up to two words after it ("at 8:14 PM EST").
	private static final int MAX_AFTER_GIVEN_NAME = 4;

	// "Posted by Webmaster at 8:14 PM": an account's word, no given name
	// (byline.account-names).
	private static final Set<String> ACCOUNT_NAMES = Languages.words(Languages.BYLINE_ACCOUNT_NAMES);

	// "Posted by Rosie at 8:14 PM": a blog's footer names its writer by the name she
	// blogs under, one word, before the time the post went up. The line must end with
	// that time and a date's little words (date.fillers): "By Tuesday at 10:00 the
	// council …" goes on, and a month's or weekday's name, or a word no name has, is
	// none.
	private static List<String> givenNameBeforeTime(String rest) {
		String[] words = SPACES.split(rest.strip(), MAX_AFTER_GIVEN_NAME + 2);
		if (words.length < 3 || words.length > MAX_AFTER_GIVEN_NAME + 1
				|| !AFTER_NAME_WORDS.contains(words[1].toLowerCase(Locale.ROOT)) || !isClockTime(words[2])) {
			return null;
		}
		for (int i = 3; i < words.length; i++) {
			if (!AFTER_NAME_WORDS.contains(stripTrailing(words[i].toLowerCase(Locale.ROOT)))) {
				return null;
			}
		}
		String name = PersonNames.givenName(words[0]);
		return (name != null && !endsName(name, null) && !ACCOUNT_NAMES.contains(name.toLowerCase(Locale.ROOT)))
				? List.of(name) : null;
	}

	// "8:14", "20:14": an hour of one or two digits, a colon and two digits.
	private static boolean isClockTime(String word) {
		int colon = word.indexOf(':');
		if (colon < 1 || colon > 2 || word.length() != colon + 3) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (i != colon && !Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	// The writer's names of a line that credits the photographs too, after a comma and
	// the photo credit's colon ("Тэкст: Ганна Карповіч, фота: Сяргей Лукашэвіч", "Text:
	// Jane Doe, photos: John Roe"): the names end at the comma; a credit's word
	// (byline.joined-credits) must stand between it and the colon.
	private static String beforeCreditAfterComma(String rest) {
		int colon = rest.indexOf(':');
		for (int comma = rest.indexOf(", "); comma > 0 && colon > comma; comma = rest.indexOf(", ", comma + 2)) {
			if (rest.indexOf(',', comma + 2) < 0 || rest.indexOf(',', comma + 2) > colon) {
				String word = rest.substring(comma + 2, colon).strip().toLowerCase(Locale.ROOT);
				return JOINED_CREDITS.contains(word) ? rest.substring(0, comma) : rest;
			}
		}
		return rest;
	}

	// How many words a name after a label ending in a dash may have ("සටහන - කසුන්
	// පෙරේරා"): more make a note's sentence.
	private static final int MAX_DASH_LABEL_NAME = 3;

	// The marks a Japanese credit's label ends with ("文／", "文・"): the credit's words
	// and the names are set apart by them, not by a space.
	private static final String CREDIT_LABEL_ENDS = "／・";

	// How long a name after a Japanese credit's label is at least: three kanji, as in a
	// sign-off ("（文・共同）" names an agency).
	private static final int MIN_CREDIT_NAME = 3;

	private static boolean isCreditLabel(String label) {
		return CREDIT_LABEL_ENDS.indexOf(label.charAt(label.length() - 1)) >= 0;
	}

	// The names after the other credits a writer's credit is joined to ("写真／編集部" after
	// "文・", text and photos by; "構成／佐藤由美", text and composition by): each credit's
	// word (byline.joined-credits) and its dot or slash; the names follow the slash. A
	// name
	// right after the label ("佐藤由美") is left as it is.
	private static String afterJoinedCredits(String rest) {
		int start = 0;
		for (int end = 1; end < rest.length(); end++) {
			char mark = rest.charAt(end);
			if (mark != '・' && mark != '／') {
				continue;
			}
			if (!JOINED_CREDITS.contains(rest.substring(start, end))) {
				return rest;
			}
			if (mark == '／') {
				return rest.substring(end + 1).strip();
			}
			start = end + 1;
		}
		return rest;
	}

	// The names of a credit up to the next credit on its line ("佐藤由美 写真／中村健":
	// the photographer's credit after a space, whose label is no writer's name).
	private static String beforeNextCredit(String rest) {
		int next = rest.indexOf('／');
		for (int i = next - 1; i > 0; i--) {
			if (Character.isWhitespace(rest.charAt(i))) {
				return rest.substring(0, i).strip();
			}
		}
		return rest;
	}

	private static final Set<String> LABELS_ALONE = labelsAlone();

	private static Set<String> labelsAlone() {
		Set<String> labels = new HashSet<>();
		for (String label : LABELS) {
			labels.add(label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label);
		}
		return Set.copyOf(labels);
	}

	// The labels alone compared in place, as LABEL_PREFIXES: a line that starts with none
	// is not copied and lower-cased to be looked up.
	private static final Prefixes LABEL_ALONE_PREFIXES = Prefixes.of(LABELS_ALONE.toArray(new String[0]));

	/**
	 * Whether the line is a byline label and nothing else ("By", "Von:", "Written by"):
	 * pages that set the label and the names in separate elements save them on two lines.
	 */
	static boolean isLabelAlone(String line) {
		if (line.length() > 30 || !mayBeLabel(line)) {
			return false;
		}
		String key = withoutEmphasis(line.strip()).toLowerCase(Locale.ROOT);
		if (key.endsWith(":")) {
			key = key.substring(0, key.length() - 1).strip();
		}
		return LABELS_ALONE.contains(key);
	}

	// Whether a label alone may stand at the start of the line, stripped and without
	// emphasis as isLabelAlone reads it: most short lines start with none, and are not
	// copied and lower-cased to be looked up.
	private static boolean mayBeLabel(String line) {
		return LABEL_ALONE_PREFIXES.mayStartAt(line, labelStart(line), line.length());
	}

	// Where the line, stripped and without emphasis ("*By*"), starts.
	private static int labelStart(String line) {
		return labelStart(line, 0, line.length());
	}

	// Where the line's part from start to end, stripped and without emphasis, starts.
	private static int labelStart(String line, int start, int end) {
		int i = start;
		while (i < end && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		while (i < end && (line.charAt(i) == '*' || line.charAt(i) == '_')) {
			i++;
		}
		while (i < end && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * The author of a line that is a date and a name and nothing else, the name first or
	 * last ("04.02.2022 | 15:33 Uhr | Jan Weber", "Jan Weber 15.06.2020, 12.11 Uhr", "1
	 * Feb 2022, Jan Weber"), or {@code null}. A page's header sets its byline this way
	 * without a label.
	 */
	static List<String> datedByline(String line) {
		// The line's rest must hold a date (checked last): it has the digits of one.
		// (the ASCII digit runs first: they turn away most lines at less cost)
		if (line.length() > 100 || !DateParser.mayHoldDate(line) || !hasDigitAndTwoCapitals(line)) {
			return null;
		}
		String text = withoutEmphasis(line.strip());
		String first = leadingName(text.substring(0, firstSeparator(text)).strip());
		String name = PersonNames.clean(first);
		String rest = (name != null) ? text.substring(text.indexOf(first) + first.length()) : null;
		if (name == null) {
			int separator = Math.max(Math.max(text.lastIndexOf('|'), text.lastIndexOf(',')),
					Math.max(text.lastIndexOf(" - "), Math.max(text.lastIndexOf('–'), text.lastIndexOf('—'))));
			if (separator < 0) {
				// "2019-11-20 17:27:46 Jan Weber": the name after the last number
				for (int k = text.length() - 1; k >= 0 && separator < 0; k--) {
					separator = Character.isDigit(text.charAt(k)) ? k : -1;
				}
			}
			name = (separator >= 0) ? PersonNames.clean(text.substring(separator + 1)) : null;
			rest = (separator >= 0) ? text.substring(0, separator + 1) : null;
		}
		return (name != null && isDateOnly(rest) && !namesCalendar(name)
				&& !DATE_LABELS.contains(name.toLowerCase(Locale.ROOT))
				&& !DateParser.findAll(DateParser.tokenize(rest)).isEmpty()) ? List.of(name) : null;
	}

	// "Release Date: March 20, 2026" under a press release's headline: a date's label in
	// capitals before its date reads as a name of two words, but it names the date, no
	// writer (the labels of every language's date.published, date.updated,
	// date.published-phrases and date.other-event-labels)
	private static final Set<String> DATE_LABELS = Languages.words(Languages.DATE_PUBLISHED, Languages.DATE_UPDATED,
			Languages.DATE_PUBLISHED_PHRASES, Languages.DATE_OTHER_EVENT_LABELS);

	// "Barcelona. Dimarts, 12 de març del 2024": a place and a weekday before a date, not
	// a name. Only the last word, and not a short one, which may be an abbreviation in
	// some language ("Ann", "De").
	private static boolean namesCalendar(String name) {
		String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return last.length() > 3 && (CalendarNames.isWeekday(last) || CalendarNames.month(last) != null);
	}

	private static boolean hasInlineLabel(String line) {
		if (line.length() > MAX_LINE) {
			return false;
		}
		int[] at = inlineLabels(line);
		for (int index : at) {
			if (index > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where each of {@link #INLINE_LABELS} first stands in the line lower-cased
	 * ({@code Locale.ROOT}; -1 where it does not), as {@code lower.indexOf(label)} would
	 * say for each, in one pass over the line's spaces: there are dozens of labels, in
	 * all the languages. Asked of byline and headline candidates, most of which hold
	 * none: the line is compared in place, one lower-cased character at a time, and an
	 * array is filled only when a label stands in it (where none does, a shared one,
	 * never written to, is returned). A string lower-cases character by character but for
	 * 'İ' (two characters), a capital sigma (by what follows it) and a surrogate pair (as
	 * one code point): a line with one of those is lower-cased whole.
	 */
	private static int[] inlineLabels(String line) {
		if (!lowerCasesAlone(line, line.length())) {
			return inlineLabelsOfLower(line.toLowerCase(Locale.ROOT));
		}
		int[] at = null;
		for (int p = line.indexOf(' '); p >= 0 && p + 1 < line.length(); p = line.indexOf(' ', p + 1)) {
			char second = Character.toLowerCase(line.charAt(p + 1));
			int[] labels = (second < 128) ? INLINE_LABELS_BY_ASCII_SECOND[second] : INLINE_LABELS_BY_SECOND.get(second);
			if (labels != null) {
				for (int k : labels) {
					if ((at == null || at[k] < 0) && startsLowerCased(line, p, INLINE_LABELS[k])) {
						if (at == null) {
							at = new int[INLINE_LABELS.length];
							Arrays.fill(at, -1);
						}
						at[k] = p;
					}
				}
			}
		}
		return (at != null) ? at : NO_INLINE_LABELS;
	}

	// Whether each of the text's first characters lower-cases on its own as it does in
	// the whole text's copy: all but 'İ' (two characters), a capital sigma (by what
	// follows it) and a surrogate pair (one code point).
	private static boolean lowerCasesAlone(String text, int to) {
		for (int i = 0; i < to; i++) {
			char c = text.charAt(i);
			if (c >= '\u0130' && (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c))) {
				return false;
			}
		}
		return true;
	}

	// Whether the label stands at the position of the text, each character lower-cased
	// on its own.
	private static boolean startsLowerCased(String text, int from, String label) {
		if (from + label.length() > text.length()) {
			return false;
		}
		for (int j = 0; j < label.length(); j++) {
			if (Character.toLowerCase(text.charAt(from + j)) != label.charAt(j)) {
				return false;
			}
		}
		return true;
	}

	// As inlineLabels, for the line lower-cased whole.
	private static int[] inlineLabelsOfLower(String lower) {
		int[] at = new int[INLINE_LABELS.length];
		Arrays.fill(at, -1);
		for (int p = lower.indexOf(' '); p >= 0 && p + 1 < lower.length(); p = lower.indexOf(' ', p + 1)) {
			char second = lower.charAt(p + 1);
			int[] labels = (second < 128) ? INLINE_LABELS_BY_ASCII_SECOND[second] : INLINE_LABELS_BY_SECOND.get(second);
			if (labels != null) {
				for (int k : labels) {
					if (at[k] < 0 && lower.startsWith(INLINE_LABELS[k], p)) {
						at[k] = p;
					}
				}
			}
		}
		return at;
	}

	// "Stand: 26.10.2023 von Jan Weber", "02.02.2022, 11:30 Uhr von Jan Weber": a date
	// and nothing else before the inline label.
	private static boolean startsWithDate(String line) {
		if (line.length() > MAX_LINE || !DateParser.mayHoldDate(line)) {
			return false;
		}
		int[] at = inlineLabels(line);
		for (int index : at) {
			if (index > 0) {
				String before = line.substring(0, index);
				return isDateOnly(before) && !DateParser.findAll(DateParser.tokenize(before)).isEmpty();
			}
		}
		return false;
	}

	// Where the first of "|", ",", "/", "–", "—" or " - " stands, or the text's length.
	private static int firstSeparator(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '|' || c == ',' || c == '/' || c == '–' || c == '—' || c == '-' && i > 0
					&& text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
				return (c == '-') ? i - 1 : i;
			}
		}
		return text.length();
	}

	// A name (PersonNames.clean) is two words at least, the first and the last starting
	// with a capital: a line with fewer capitals holds no dated byline ("4 December
	// 2025", "12 comments"), and is let go before its name is looked for.
	// The labels a lower-cased text may start with, longest first.
	private static String[] labelsStarting(String lower) {
		if (lower.isEmpty()) {
			return NO_LABELS;
		}
		return labelsStarting(lower.charAt(0));
	}

	private static String[] labelsStarting(char first) {
		// ASCII from an array: asked of every segment of every block that may start
		// with a label, the map's boxed look-up cost more than the labels' comparison
		return (first < ASCII_LABELS.length) ? ASCII_LABELS[first] : LABELS_BY_FIRST.getOrDefault(first, NO_LABELS);
	}

	private static String[][] asciiLabels() {
		String[][] labels = new String[128][];
		for (char c = 0; c < labels.length; c++) {
			labels[c] = LABELS_BY_FIRST.getOrDefault(c, NO_LABELS);
		}
		return labels;
	}

	private static boolean hasDigitAndTwoCapitals(String text) {
		boolean digit = false;
		int capitals = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c)) {
				digit = true;
			}
			else if (Character.isUpperCase(c)) {
				capitals++;
			}
		}
		return digit && capitals >= 2;
	}

	// A date and time and nothing else: digits, month and weekday names, the little
	// words of date lines ("Uhr", "am", "le"). The caller also asks for a whole date: a
	// year alone is a headline's ("Paris Olympics 2024").
	private static boolean isDateOnly(String text) {
		if (!Texts.hasDigit(text)) {
			return false;
		}
		for (String word : NOT_LETTERS_OR_MARKS.split(text.toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty() && !AFTER_NAME_WORDS.contains(word) && CalendarNames.month(word) == null
					&& !CalendarNames.isWeekday(word)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the line has the shape of a byline, names or not ("By Staff", "By Reuters",
	 * "Posted by admin", a desk's "নিজস্ব প্রতিবেদক, ঢাকা"): page furniture either way.
	 */
	static boolean isBylineShaped(String line) {
		if (line.length() > 80) {
			return false;
		}
		int start = labelStart(line);
		if (DESK_PREFIXES.mayStartAt(line, start, line.length()) && isDeskCredit(line)) {
			return true;
		}
		if (isNameAndKnownPlace(line)) {
			return true;
		}
		if (!LABEL_PREFIXES.mayStartAt(line, start, line.length())) {
			// most lines start with no label: not copied and lower-cased to be compared
			return false;
		}
		String segment = withoutEmphasis(line.strip());
		String lower = segment.toLowerCase(Locale.ROOT);
		for (String label : labelsStarting(lower)) {
			if (lower.startsWith(label) && segment.length() > label.length()
					&& (label.endsWith(":") || Character.isWhitespace(segment.charAt(label.length())))) {
				String rest = segment.substring(label.length()).strip();
				return !rest.isEmpty() && (Character.isUpperCase(rest.charAt(0)) && Texts.words(rest, 9) <= 8
						&& !Texts.endsWithSentencePunctuation(rest) || isArticleAndOfficeCredit(rest)
						|| isArticleAndTitledName(rest));
			}
		}
		return false;
	}

	/**
	 * Whether a byline label's words name a body of people after their article ("Posted
	 * by the Trustees", "Posted by the Parish Office", "Von der Redaktion"): a lower-case
	 * stop word, then an {@link #isOfficeCredit(String) office's credit} (its last word
	 * an office's, a body's or an outlet's: byline.office-words, byline.outlet-words). A
	 * title of the text's after "By the" ends otherwise ("By the Waters of Babylon", "By
	 * the Numbers").
	 */
	private static boolean isArticleAndOfficeCredit(String rest) {
		int space = rest.indexOf(' ');
		return space > 0 && Character.isLowerCase(rest.charAt(0)) && StopWords.isStopWordAt(rest, 0)
				&& isOfficeCredit(rest.substring(space + 1));
	}

	// "By the Revd Jane Smith", "Par le père Jean Martin": a title in lower case or after
	// the label's article, then a name ("By the Rev. Awdry's engines" names none).
	private static boolean isArticleAndTitledName(String rest) {
		String named = withoutTitles(rest);
		return !named.equals(rest) && PersonNames.clean(named) != null;
	}

	// How many words a name before a bar and a known town may have.
	private static final int MAX_PLACED_NAME_WORDS = 3;

	/**
	 * Whether the line is a name and, after a bar, a town the languages' data knows in a
	 * script without capitals ("प्रशांत कुलकर्णी | नाशिक"): a byline by its shape, never
	 * a headline, whose writer {@link #nameAndPlace(List, int)} reads with the page in
	 * hand. Two or three words before the bar, no figure, no cased letter; the town one
	 * word of byline.places. A headline and its site ("… | ગુજરાત સમાચાર") name no town.
	 */
	static boolean isNameAndKnownPlace(String line) {
		int bar = line.indexOf(" | ");
		if (bar <= 0) {
			return false;
		}
		String place = line.substring(bar + 3).strip();
		if (place.isEmpty() || !BYLINE_PLACES.contains(place) || Texts.hasCasedLetter(line) || Texts.hasDigit(line)) {
			return false;
		}
		String[] words = SPACES.split(line.substring(0, bar).strip());
		return words.length >= 2 && words.length <= MAX_PLACED_NAME_WORDS;
	}

	// The desks' credits of every language file ("নিজস্ব প্রতিবেদক", "మా ప్రతినిధి").
	private static final Set<String> DESKS = Languages.words(Languages.BYLINE_DESKS);

	private static final Prefixes DESK_PREFIXES = Prefixes.of(DESKS.toArray(new String[0]));

	// The words of the town after a desk's comma ("নিজস্ব প্রতিবেদক, ঢাকা", "संवाद
	// सहयोगी, उदयपुर"; "नई दिल्ली" has two).
	private static final int MAX_DESK_PLACE_WORDS = 3;

	// Whether the line is a desk's credit alone ("নিজস্ব প্রতিবেদক") or with the town
	// after a comma ("మా ప్రతినిధి, వరంగల్"): no digit, no sentence's end, a few words.
	private static boolean isDeskCredit(String line) {
		String lower = withoutEmphasis(line.strip()).toLowerCase(Locale.ROOT);
		int comma = lower.indexOf(',');
		String desk = (comma < 0) ? lower : lower.substring(0, comma).strip();
		if (!DESKS.contains(desk)) {
			return false;
		}
		if (comma < 0) {
			return true;
		}
		String place = lower.substring(comma + 1).strip();
		return !place.isEmpty() && place.indexOf(',') < 0 && !Texts.hasDigit(place)
				&& !Texts.endsWithSentencePunctuation(place) && Texts.words(place, 4) <= MAX_DESK_PLACE_WORDS;
	}

	/**
	 * Whether the line is a desk's, an office's or a team's credit naming no person
	 * ("Media Relations", "Press Office", "Media and Communications Team"): a few words,
	 * no figure, no sentence's end, every word of four letters or more capitalised, the
	 * last a job's, an outlet's or an office's word (byline.office-words,
	 * byline.outlet-words, the roles), no comma and no stop word but the joining "and"
	 * (byline.separators). A name ends otherwise ("Ngũgĩ wa Thiong'o"), and so does a
	 * line of the text's set in title case ("By the Waters of Babylon"); a crosshead or a
	 * standfirst in title case speaks through its articles and prepositions ("Meet the
	 * Team", "Letters to the Editor", "Unser Team"), and a name with its job after a
	 * comma is a writer's line ("Jane Doe, Health Correspondent"), never an office's
	 * (review54c).
	 */
	static boolean isOfficeCredit(String line) {
		String text = withoutEmphasis(line.strip());
		if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) || Texts.hasDigit(text)
				|| Texts.endsWithSentencePunctuation(text) || text.indexOf(',') >= 0
				|| Texts.words(text, MAX_OFFICE_CREDIT_WORDS + 1) > MAX_OFFICE_CREDIT_WORDS
				|| Texts.holdsLowerCaseWord(text) || holdsStopWordButJoiner(text)) {
			return false;
		}
		return isJobWord(stripTrailing(text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)));
	}

	// The words of an office's credit: "Interior Avalanche Centre Forecast Team".
	private static final int MAX_OFFICE_CREDIT_WORDS = 5;

	// Whether a word of the line is a stop word of some language other than a joining
	// one (byline.separators: "Media and Communications Team").
	private static boolean holdsStopWordButJoiner(String text) {
		for (String word : SPACES.split(text)) {
			if (StopWords.isStopWordAt(word, 0) && !OFFICE_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> OFFICE_JOINERS = Languages.words(Languages.BYLINE_SEPARATORS);

	/**
	 * The authors after a " by " inside a date line ("Posted on June 3, 2024 by Mia
	 * Chen"), or {@code null}.
	 */
	static List<String> afterBy(String line) {
		if (line.length() > MAX_LINE) {
			return null;
		}
		int[] at = inlineLabels(line);
		for (int k = 0; k < at.length; k++) {
			int index = at[k];
			if (index > 0) {
				List<String> names = labelledNames(line.substring(index + INLINE_LABELS[k].length()));
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
		return names(text, false);
	}

	/**
	 * {@link #names(String)} for the text after a byline label: each name may be followed
	 * by what a page glues to it (see {@link #leadingName(String)}). A bare line has no
	 * label to vouch for it, so there the whole part must be a name.
	 */
	static List<String> labelledNames(String text) {
		return names(text, true);
	}

	private static List<String> names(String text, boolean labelled) {
		if (labelled && Scripts.startsCjk(text.strip())) {
			// "记者 张伟 王芳": names of one word each, divided by spaces; a slash ends them,
			// the place the reporter wrote from after it ("記者林怡君／高雄報導")
			String names = text.strip();
			int slash = Math.max(names.indexOf('／'), names.indexOf('/'));
			return cjkNames((slash > 0) ? names.substring(0, slash) : names);
		}
		List<String> parts = splitNames(labelled ? withoutPlaces(withoutBrackets(withoutJoinedRole(text))) : text);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			if (labelled && i > 0 && (isRolePart(parts.get(i)) || isInstitutionPart(parts.get(i)))
					&& isAfterCommaOrSemicolon(text, parts.get(i))) {
				// "By Harriet Cole, Local Democracy Reporter": the writer's role after a
				// comma, not a second writer ("Local Democracy") once the role word is
				// cut off; after "and" a writer and the agency ("and TOM HADLEY
				// Associated Press")
				continue;
			}
			if (labelled && i > 0 && opensWithPaper(parts.get(i)) && isAfterCommaOrSemicolon(text, parts.get(i))) {
				// "By Elena Carranza, Special to the Herald", "Von Anna Schmidt, für die
				// Zeit": after a comma a place word opens the paper the writer wrote for,
				// or where, no second writer; the words after it name no one
				break;
			}
			if (labelled && i > 0 && i == parts.size() - 1 && isLowerCaseJob(parts.get(i))
					&& isAfterCommaOrSemicolon(text, parts.get(i))) {
				// "Muallif: Dilnoza Rahimova, muxbir", "By the Revd Jane Smith, vicar": a
				// job after the last comma, in a language or a word bio.roles lacks
				continue;
			}
			String part = labelled ? labelledName(parts.get(i)) : cutPlace(withoutGluedElement(parts.get(i)));
			String name = PersonNames.clean(part);
			if (name == null && labelled) {
				// a label vouches for a name of one word: "Б.Сарантуяа", "ဇော်မင်းထွန်း"
				name = PersonNames.oneWordName(part);
			}
			if (name != null) {
				if (!names.contains(name)) {
					names.add(name);
				}
			}
			else if (i == 0 || !isIgnorable(parts.get(i)) || !labelled && isJoinedBody(text, parts.get(i))) {
				return null;
			}
			else if (endsNames(parts.get(i))) {
				// "By Nada Tawfik, BBC News, New York": a place after the outlet
				break;
			}
		}
		return names.isEmpty() ? null : List.copyOf(names);
	}

	// Whether the part follows a comma or a semicolon in the byline: "By Jane Roe; Staff
	// Writer", "Par Marie Dubois; journaliste" set the role apart as a comma does.
	private static boolean isAfterCommaOrSemicolon(String text, String part) {
		return text.contains(", " + part) || text.contains("; " + part);
	}

	// Whether a part opens with a place word of any language (byline.place-words, in any
	// case: "Special To The Herald" in a title-cased byline).
	private static boolean opensWithPlaceWord(String part) {
		return placeWordOpening(part) != null;
	}

	// The place word of any language a part opens with, in any case, or null.
	private static String placeWordOpening(String part) {
		String opening = " " + part.strip().toLowerCase(Locale.ROOT) + " ";
		for (String place : PLACE_CUTS) {
			if (opening.startsWith(place)) {
				return place.strip();
			}
		}
		return null;
	}

	/**
	 * Whether a part after a writer's comma opens the paper or the place the writer wrote
	 * for: a place word in lower case ("for the Herald", "für die Zeit", "desde
	 * Caracas"), or a place word of two words in any case ("Special To The Herald",
	 * "Especial para El Universal"). A single place word of some language with a capital
	 * opens a second writer's name as often ("By John Smith, Na Li", "No Kyung-min",
	 * "Para Fernández", "Em Nguyen", "Из Сидоров"), as a label's place words are read in
	 * lower case only (LABEL_PLACE_WORDS: "Lucia Da Ros").
	 */
	private static boolean opensWithPaper(String part) {
		String place = placeWordOpening(part);
		return place != null && (place.indexOf(' ') > 0 || Character.isLowerCase(part.strip().charAt(0)));
	}

	/**
	 * The name a labelled part holds: without the writer's titles
	 * ({@link #withoutTitles}), or as written when the cut leaves less than a name ("By
	 * Lord Smith of Finsbury" keeps "Lord Smith", "By Pastor Maldonado" a given name that
	 * is a title word, "By Lady Gaga" a name as known), as the base read them.
	 */
	private static String labelledName(String part) {
		String asWritten = cutPlace(leadingName(withoutJobBefore(part)));
		String untitled = withoutTitles(part);
		if (untitled.equals(part)) {
			return asWritten;
		}
		String named = cutPlace(leadingName(withoutJobBefore(untitled)));
		return (PersonNames.clean(named) != null) ? named : asWritten;
	}

	/**
	 * Whether a labelled name's last part after a comma is a job in lower case
	 * ("reporter", "muxbir", "dziennikarka", "staff writer"): a {@link #isLowerCaseRole
	 * role's few words in lower case}, none a stop word of any language. A person's name
	 * is capitalised, and a short clause after the name speaks through its stop words
	 * ("By Grace Patel, as told", "…, not me").
	 */
	private static boolean isLowerCaseJob(String part) {
		if (!isLowerCaseRole(part)) {
			return false;
		}
		for (String word : SPACES.split(part.strip())) {
			if (StopWords.isStopWordAt(word, 0)) {
				return false;
			}
		}
		return true;
	}

	// Whether a part of a bare line that is no name, capitalised words joined to a name
	// by a separator word rather than a comma and ending with an outlet's or a body's
	// word, makes the line one body's name ("Animal Health and Welfare Agency"), no
	// writer and their outlet: only a label vouches for "By Jo Hale and Associated
	// Press". A second writer whose name holds a word no name is read with ("Jo Hale and
	// Minh Le", "… and Hannah Post") leaves the line a byline, as before.
	private static boolean isJoinedBody(String text, String part) {
		String[] words = SPACES.split(part.strip());
		return words.length > 1 && !Texts.hasDigit(part)
				&& PersonNames.isOutletWord(stripTrailing(words[words.length - 1].toLowerCase(Locale.ROOT)))
				&& !text.contains(", " + part) && !text.contains("; " + part) && !text.contains("," + part);
	}

	/**
	 * The labelled names without the writer's role after the last comma when the role's
	 * field joins two words with a separator and the role's own word ends it in lower
	 * case ("By Alasdair Mackie, Highlands and Islands reporter"): split at the
	 * separator, the field's last word and the role would read as a second writer
	 * ("Islands reporter"). A role of capitalised words ("Health and Science Editor") is
	 * let go as a part after a name already; a name after a separator ("Tom Hale, Ann Lee
	 * and Jo Brand") ends with no role's word in lower case.
	 */
	private static String withoutJoinedRole(String text) {
		int comma = text.lastIndexOf(", ");
		if (comma < 0) {
			return text;
		}
		String[] words = SPACES.split(text.substring(comma + 2).strip());
		String last = words[words.length - 1];
		if (words.length < 3 || words.length > MAX_ROLE_WORDS + 2 || last.isEmpty()
				|| !Character.isLowerCase(last.charAt(0))
				|| !PersonNames.isRoleWord(stripTrailing(last.toLowerCase(Locale.ROOT)))) {
			return text;
		}
		boolean joined = false;
		for (int i = 0; i < words.length - 1; i++) {
			boolean separator = SEPARATOR_WORDS.contains(words[i].toLowerCase(Locale.ROOT));
			if (!separator && (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0)))) {
				return text;
			}
			joined |= separator;
		}
		return joined ? text.substring(0, comma) : text;
	}

	/**
	 * A labelled part without the writer's titles before the name and the article some
	 * take after the label ("By Prof. Dr. Anna Koch", "By the Revd Canon Anne Baker",
	 * "Von der Pfarrerin Anna Koch", "Par le père Jean Martin", "Par l'abbé Pierre
	 * Dubois"): the titles of {@link PersonNames#isTitle}, cut off as the labels write
	 * the name, after a lower-case stop word or an article elided and glued to the first
	 * when that one is of byline.article-titles; titles counted as the name's words would
	 * end it early ({@link #leadingName} kept "Prof. Dr." of "Prof. Dr. Anna Koch").
	 * Otherwise the part as it is: "By the Numbers", "Posted by the Trustees" and "By the
	 * Waters of Babylon" take no title after their article, and "By the Canon Street
	 * Gate" or "By the Lady Chapel" a title that takes none before a person.
	 */
	private static String withoutTitles(String part) {
		String text = part.strip();
		int space = text.indexOf(' ');
		if (space < 0) {
			return part;
		}
		int from = 0;
		if (Character.isLowerCase(text.charAt(0)) && !PersonNames.isTitle(wordAt(text, 0))) {
			// "l'abbé": the article's vowel elided before the title
			boolean elided = text.length() > 2 && (text.charAt(1) == '\'' || text.charAt(1) == '’')
					&& ARTICLE_TITLES.contains(text.substring(2, space).toLowerCase(Locale.ROOT));
			from = elided ? 2 : space + 1;
			if (!elided && (!StopWords.isStopWordAt(text, 0) || !ARTICLE_TITLES.contains(wordAt(text, from)))) {
				return part;
			}
		}
		while (PersonNames.isTitle(wordAt(text, from))) {
			int next = text.indexOf(' ', from);
			if (next < 0) {
				return part;
			}
			from = next + 1;
		}
		return (from > 0) ? text.substring(from) : part;
	}

	private static final Set<String> ARTICLE_TITLES = Languages.words(Languages.BYLINE_ARTICLE_TITLES);

	// The lower-cased word of the text that starts at the index, up to the next space.
	private static String wordAt(String text, int from) {
		int end = text.indexOf(' ', from);
		return text.substring(from, (end < 0) ? text.length() : end).toLowerCase(Locale.ROOT);
	}

	// The first words of the author box's marks (byline.box-marks), and the marks longest
	// first: a writer's job a label may set before the name.
	private static final Set<String> JOB_FIRST_WORDS = Languages.values(Languages.BYLINE_BOX_MARKS)
		.stream()
		.map((mark) -> (mark.indexOf(' ') > 0) ? mark.substring(0, mark.indexOf(' ')) : mark)
		.collect(Collectors.toUnmodifiableSet());

	private static final List<String> JOBS = Languages.values(Languages.BYLINE_BOX_MARKS);

	/**
	 * A labelled part without the writer's job before the name ("Meteorologist Dana
	 * Kowalski", "Senior Reporter Jane Roe"): a job an author box prints after the name,
	 * capitalised, and a name of two words or more after it; otherwise the part as it is
	 * ("Reporter Tom" names no one either way).
	 */
	private static String withoutJobBefore(String part) {
		String text = part.strip();
		int space = text.indexOf(' ');
		if (space <= 0 || !Character.isUpperCase(text.charAt(0))
				|| !JOB_FIRST_WORDS.contains(text.substring(0, space).toLowerCase(Locale.ROOT))) {
			return part;
		}
		for (String job : JOBS) {
			if (text.length() > job.length() + 1 && text.regionMatches(true, 0, job, 0, job.length())
					&& text.charAt(job.length()) == ' ') {
				String rest = text.substring(job.length() + 1).strip();
				return (rest.indexOf(' ') > 0) ? rest : part;
			}
		}
		return part;
	}

	// Where each writer of a byline or a credit line worked ("Jane Roe in New York, Tom
	// Hale in London and …"): cut before the names are split at commas and separators,
	// so no place becomes a name.
	private static final Pattern WRITER_PLACE = Pattern
		.compile("\\s+in\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)*");

	private static String withoutPlaces(String text) {
		return (text.contains(" in ")) ? WRITER_PLACE.matcher(text).replaceAll("") : text;
	}

	// Where each writer worked, in the place words of the languages the byline's label
	// belongs to: "Por Ana Lima en Nueva York y Juan Pérez en Buenos Aires" (Spanish "en"
	// is Dutch's "and", and would split a place off as a name), "Di Marco Rossi da Reggio
	// Emilia". The place runs to the next comma or separator of those languages, so "no
	// Rio de Janeiro" goes whole. The word is read in lower case only: "Lucia Da Ros" is
	// a name. English "in" is WRITER_PLACE's, for every labelled list.
	private static final Map<String, Set<String>> LABEL_PLACE_WORDS = labelPlaceWords();

	private static final Map<String, Pattern> LABEL_PLACES = labelPlaces();

	// The place and writer-place words of the languages each label belongs to.
	private static Map<String, Set<String>> labelPlaceWords() {
		Map<String, Set<String>> places = new HashMap<>();
		for (String language : Languages.codes()) {
			for (String label : Languages.values(language, Languages.BYLINE_LABELS)) {
				Set<String> words = places.computeIfAbsent(label, (key) -> new TreeSet<>());
				words.addAll(Languages.values(language, Languages.BYLINE_PLACE_WORDS));
				words.addAll(Languages.values(language, Languages.BYLINE_WRITER_PLACES));
			}
		}
		return Map.copyOf(places);
	}

	private static Map<String, Pattern> labelPlaces() {
		Map<String, Set<String>> separators = new HashMap<>();
		for (String language : Languages.codes()) {
			for (String label : Languages.values(language, Languages.BYLINE_LABELS)) {
				separators.computeIfAbsent(label, (key) -> new TreeSet<>())
					.addAll(Languages.values(language, Languages.BYLINE_SEPARATORS));
			}
		}
		Map<String, Pattern> patterns = new HashMap<>();
		LABEL_PLACE_WORDS.forEach((label, placeWords) -> {
			Set<String> words = new TreeSet<>(placeWords);
			Set<String> ends = separators.get(label);
			// a word that is also a separator of the label's languages parts names
			words.removeAll(ends);
			words.remove("in");
			if (!words.isEmpty()) {
				String separator = ends.isEmpty() ? "" : "\\s+(?iu:" + alternatives(ends) + ")\\s|";
				patterns.put(label, Pattern
					.compile("\\s+(?:" + alternatives(words) + ")\\s+\\p{Lu}.*?(?=" + separator + "\\s*[,;&]|$)"));
			}
		});
		return Map.copyOf(patterns);
	}

	private static String alternatives(Set<String> words) {
		return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

	// The labels of the languages whose "and" is "in" (Slovenian: "Avtorja: Maja Kovač in
	// Nejc Horvat"), which every other labelled list reads as where its writer worked
	// (WRITER_PLACE): there it joins the names, and is made a comma before any place is
	// cut.
	private static final Set<String> LABELS_JOINING_WITH_IN = labelsJoiningWithIn();

	private static Set<String> labelsJoiningWithIn() {
		Set<String> labels = new HashSet<>();
		for (String language : Languages.codes()) {
			if (Languages.values(language, Languages.BYLINE_SEPARATORS).contains("in")) {
				labels.addAll(Languages.values(language, Languages.BYLINE_LABELS));
			}
		}
		return Set.copyOf(labels);
	}

	private static String joinedByIn(String label, String text) {
		return (LABELS_JOINING_WITH_IN.contains(label) && text.contains(" in ")) ? text.replace(" in ", ", ") : text;
	}

	private static String withoutLabelPlaces(String label, String text) {
		Pattern place = LABEL_PLACES.get(label);
		return (place != null) ? place.matcher(text).replaceAll("") : text;
	}

	// "Claire Vauthier (Besançon, correspondante)", "Anna Berg (Reuters, Oslo)": what a
	// byline sets in brackets after a name is a place, a role or an outlet, never one of
	// the names, and the commas inside would split it into parts that are none.
	private static String withoutBrackets(String text) {
		if (text.indexOf('(') < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && depth > 0) {
				depth--;
			}
			else if (depth == 0) {
				kept.append(c);
			}
		}
		return SPACES.matcher(kept).replaceAll(" ").strip();
	}

	/**
	 * The name at the start of one part of a byline, without what a page glues after it:
	 * a handle ("Jane Doe@jdoe"), a link, a date or time, a date label ("Updated"), a
	 * role ("Jane Doe - Staff Writer", "Jane Doe Senior Contributor") or the next element
	 * of the page run into the name without a space ("Jane DoeStaff Writer"). What is
	 * left is judged by {@link PersonNames#clean(String)} as before.
	 */
	static String leadingName(String part) {
		int cut = part.length();
		for (String end : NAME_ENDS) {
			int index = part.indexOf(end);
			if (index > 0 && index < cut) {
				cut = index;
			}
		}
		String[] tokens = WHITESPACE.split(part.substring(0, cut).strip());
		List<String> kept = new ArrayList<>(tokens.length);
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i];
			int glue = gluedElement(token);
			if (glue > 0) {
				kept.add(token.substring(0, glue));
				break;
			}
			// Two words make a name; a third that is no name word ends it. A capitalised
			// word after a particle is the surname the particle opens ("Sanne de Wit",
			// whose "Wit" is also an Indonesian time zone's abbreviation).
			// Not when another capitalised word follows: "Jan Jansen van De Telegraaf"
			// names an outlet after the particle.
			// A capitalised particle opens it too in a name of three words ("Ramil Dela
			// Paz", whose "Paz" is also Turkish's Sunday).
			boolean afterParticle = i > 0 && Character.isUpperCase(token.charAt(0))
					&& (PersonNames.isParticle(tokens[i - 1]) || i == 2 && tokens.length == 3
							&& PersonNames.isCapitalisedParticle(tokens[0], tokens[1], token))
					&& (i + 1 >= tokens.length || !Character.isUpperCase(tokens[i + 1].charAt(0)));
			if (kept.size() >= 2 && opensDate(tokens, i)) {
				// "Aïssatou Ndiaye le Vendredi 4 Décembre": the little word opens a date
				break;
			}
			if (kept.size() >= 2 && !afterParticle && !isUncasedThirdName(tokens, i) && !isCalendarNameWord(tokens, i)
					&& endsName(token, (i + 1 < tokens.length) ? tokens[i + 1] : null)) {
				if (kept.size() == 2 && isOutletRest(tokens, i)) {
					// "Practical Horseman Editorial Staff": the two words name the outlet
					return "";
				}
				if (kept.size() >= 3 && OUTLET_ENDINGS.contains(stripTrailing(token.toLowerCase(Locale.ROOT)))) {
					// "Jane Doe Riverside News": the word before "News" names the outlet
					kept.remove(kept.size() - 1);
				}
				break;
			}
			kept.add(token);
		}
		return String.join(" ", kept);
	}

	// Whether a name's particle at the index opens a date instead ("le Vendredi 4
	// Décembre", "am Freitag, 4."): a weekday's whole name after it, then a figure.
	// Not a month's name nor a short word that is also one ("Ana Paula de Maio
	// 04/12/2026", "Sofía Ruiz del Mar 5 min"): surnames that a figure may follow. A
	// particle before a calendar word keeps it when no figure follows ("Carlos de
	// Mayo").
	private static boolean opensDate(String[] tokens, int i) {
		if (i + 2 >= tokens.length || !Character.isDigit(tokens[i + 2].charAt(0))
				|| !PersonNames.isParticle(tokens[i])) {
			return false;
		}
		String word = stripTrailing(tokens[i + 1].toLowerCase(Locale.ROOT));
		return word.length() > 3 && CalendarNames.isWeekday(word) && CalendarNames.month(word) == null;
	}

	// "احمد ولي صافي", "राम बहादुर थापा": in a script without capitals no capital tells a
	// name's third word from a place or a role after it, so a third word is the name's
	// only when it ends the part, after two words of such a script, and is no town the
	// language's data knows ("محمد علي القاهرة": the writer's place); after a fourth the
	// name is cut at two words, as before.
	private static boolean isUncasedThirdName(String[] tokens, int i) {
		return i == 2 && tokens.length == 3 && PersonNames.isUncasedName(tokens[0])
				&& PersonNames.isUncasedName(tokens[1]) && PersonNames.isUncasedName(tokens[2])
				&& !AFTER_NAME_WORDS.contains(tokens[2]) && !BYLINE_PLACES.contains(stripTrailing(tokens[2]));
	}

	// Towns written after a writer's name in scripts without capitals, of every language.
	private static final Set<String> BYLINE_PLACES = Languages.words(Languages.BYLINE_PLACES);

	// Whether the tokens from the given one on are an outlet's words ("Editorial
	// Staff", "Bund 4. 2. 2022"), perhaps before a date.
	private static boolean isOutletRest(String[] tokens, int from) {
		for (int i = from; i < tokens.length && !Character.isDigit(tokens[i].charAt(0)); i++) {
			if (!PersonNames.isOutletWord(stripTrailing(tokens[i].toLowerCase(Locale.ROOT)))) {
				return false;
			}
		}
		return PersonNames.isOutletWord(stripTrailing(tokens[from].toLowerCase(Locale.ROOT)));
	}

	// The last word of many outlets' names ("Riverside News", "Sputnik International").
	private static final Set<String> OUTLET_ENDINGS = Set.of("international", "news", "times", "post", "magazine",
			"media", "online", "journal", "tribune", "herald", "press", "daily");

	// Where another element starts inside a byline: a handle, a link, a slash between
	// items, a dash before a role.
	private static final String[] NAME_ENDS = { "@", "http", "/", " - ", " – ", " — ", "|" };

	// Words that stand after a name on a byline line and are never part of it: date
	// labels, the little words of date lines and the words before a place or an outlet,
	// in every language known.
	private static final Set<String> AFTER_NAME_WORDS = afterNameWords();

	private static Set<String> afterNameWords() {
		Set<String> words = new HashSet<>(Languages.words(Languages.BYLINE_PLACE_WORDS, Languages.DATE_PUBLISHED,
				Languages.DATE_UPDATED, Languages.DATE_FILLERS));
		// "Jane Doe Leave a Comment", "Max Müller Schreibe einen Kommentar": a comment
		// prompt's first word ends the name before it
		for (String prompt : DateLineDetector.COMMENT_PROMPTS) {
			words.add(prompt.substring(0, prompt.indexOf(' ')));
		}
		return Set.copyOf(words);
	}

	// "Phóng viên: Trần Thị Mai", "Nguyễn Thị Thu Hà": a name's third or fourth word may
	// be some language's month or weekday ("Mai", German's and French's May; "Thu",
	// English's Thursday), which dates nothing where another name word follows it, and
	// a month nothing where it ends the part. A weekday ending it opens the date after
	// a comma ("Max Müller Mittwoch, 3. Dezember", "Jane Doe Thu, Dec 4") (review59a).
	private static boolean isCalendarNameWord(String[] tokens, int i) {
		String word = tokens[i].toLowerCase(Locale.ROOT);
		if (!Character.isUpperCase(tokens[i].charAt(0)) || !isCalendarWord(word) || !stripTrailing(word).equals(word)
				|| AFTER_NAME_WORDS.contains(word) || PersonNames.isNeverName(word)) {
			return false;
		}
		if (i + 1 == tokens.length) {
			return CalendarNames.month(word) != null;
		}
		String next = tokens[i + 1];
		String nextWord = stripTrailing(next.toLowerCase(Locale.ROOT));
		return Character.isUpperCase(next.charAt(0)) && !Texts.hasDigit(next) && !isCalendarWord(nextWord)
				&& !AFTER_NAME_WORDS.contains(nextWord);
	}

	// A month's name, or a weekday's of more than two letters (one of two is some
	// language's abbreviation and a given name elsewhere: "Nguyễn Văn An").
	private static boolean isCalendarWord(String word) {
		return CalendarNames.month(word) != null || word.length() > 2 && CalendarNames.isWeekday(word);
	}

	private static boolean endsName(String token, String next) {
		char first = token.charAt(0);
		if (Character.isDigit(first)) {
			return true;
		}
		if (Character.isUpperCase(first) && (token.length() == 1 || token.length() == 2 && token.charAt(1) == '.')) {
			// an initial: "Nicolas Gutierrez C."
			return false;
		}
		String word = stripTrailing(token.toLowerCase(Locale.ROOT));
		if (PersonNames.isParticle(token) && next != null && Character.isUpperCase(next.charAt(0))) {
			// "Christoph von Ritter", "Marcus de Guzman"
			return false;
		}
		return !Character.isUpperCase(first) || AFTER_NAME_WORDS.contains(word) || isCalendarWord(word)
				|| PersonNames.isNeverName(word);
	}

	private static String stripTrailing(String word) {
		int end = word.length();
		while (end > 1 && ",.:;".indexOf(word.charAt(end - 1)) >= 0) {
			end--;
		}
		return word.substring(0, end);
	}

	// "Jane DoeContributor": the name without the element run into it.
	private static String withoutGluedElement(String part) {
		int space = part.lastIndexOf(' ');
		int glue = gluedElement(part.substring(space + 1));
		return (glue > 0) ? part.substring(0, space + 1 + glue) : part;
	}

	// "HiltzikBusiness": a lower-case run of four or more letters followed by a capital
	// is where the next element of the page starts (a role, "View More Articles"); a
	// short run is part of the name ("McDonald", "DeFino", "MacKenzie").
	private static int gluedElement(String token) {
		int lowerRun = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isUpperCase(c) && lowerRun >= 4) {
				return i;
			}
			lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
		}
		return -1;
	}

	private static List<String> splitNames(String text) {
		String unified = text;
		// lower-cased once to find which separators stand in the text: there are dozens,
		// in all the languages, and each replacement lower-cases the text again
		String lower = text.toLowerCase(Locale.ROOT);
		for (String separator : NAME_SEPARATORS) {
			if (lower.indexOf(separator) >= 0) {
				unified = replaceIgnoreCase(unified, separator, ",");
			}
		}
		List<String> parts = new ArrayList<>();
		for (String part : COMMA_OR_SEMICOLON.split(unified)) {
			if (!part.isBlank()) {
				splitAtPrefix(part.strip(), parts);
			}
		}
		return parts;
	}

	// "רונית לוי ואבי כהן", "محمد علي وسارة حسن": where "and" is a letter glued to the
	// next word, a name of two words or more and another of two words or more; the word
	// that starts the second name is not split off before the third word, so a name of
	// three ("محمد علي ولي") stays whole unless a fourth word follows.
	private static void splitAtPrefix(String part, List<String> parts) {
		// a split needs four words: a stripped part of fewer spaced words is kept whole
		// without splitting it
		if (SEPARATOR_PREFIXES.isEmpty() || spacedWords(part) < 4) {
			parts.add(part);
			return;
		}
		String[] words = SPACES.split(part);
		for (int i = 2; i + 1 < words.length; i++) {
			String word = words[i];
			for (String prefix : SEPARATOR_PREFIXES) {
				if (word.length() > prefix.length() + 1 && word.startsWith(prefix)
						&& Character.isLetter(word.charAt(prefix.length()))) {
					parts.add(String.join(" ", Arrays.copyOfRange(words, 0, i)));
					words[i] = word.substring(prefix.length());
					parts.add(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
					return;
				}
			}
		}
		parts.add(part);
	}

	private static final List<String> SEPARATOR_PREFIXES = Languages.values(Languages.BYLINE_SEPARATOR_PREFIXES);

	// How many words SPACES parts a stripped text into: one more than its runs of
	// spaces.
	private static int spacedWords(String text) {
		int words = 1;
		for (int i = 1; i < text.length(); i++) {
			if (text.charAt(i) == ' ' && text.charAt(i - 1) != ' ') {
				words++;
			}
		}
		return words;
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

	// An outlet ("BBC News") or a date after the names: what follows it on the line (a
	// place, the categories) names no one.
	private static boolean endsNames(String part) {
		if (Texts.hasDigit(part)) {
			return true;
		}
		for (String word : SPACES.split(part.toLowerCase(Locale.ROOT))) {
			if (PersonNames.isOutletWord(word)) {
				return true;
			}
		}
		return false;
	}

	// What stands between a writer's name and their place ("reports from"), spaced.
	private static final String[] REPORTS_FROM = spaced(Languages.values(Languages.BYLINE_REPORTS_FROM));

	/**
	 * The writers of a header line that names them first and the place they report from
	 * after ("Glen Morrow reports from Carrick Mart", "Ana Lima and Tom Hale report from
	 * Kyiv"), or {@code null}: the names must fill what stands before, and the place,
	 * what stands after, is capitalised words only, no sentence ("Jane Doe reports from
	 * Kyiv that the talks have stalled."). Read only between the headline and the text
	 * ({@code ArticleReader}): a headline of this form is the title, and a video's
	 * caption between paragraphs names a stranger.
	 */
	static List<String> reportingByline(String line) {
		if (line.length() > MAX_ROLE_LINE) {
			return null;
		}
		for (String words : REPORTS_FROM) {
			int at = line.indexOf(words);
			if (at > 0) {
				return isPlaceName(line.substring(at + words.length())) ? names(withoutEmphasis(line.substring(0, at)))
						: null;
			}
		}
		return null;
	}

	// Capitalised words, perhaps parted by commas ("Carrick Mart", "Lviv, Ukraine"), and
	// no sentence's end.
	private static boolean isPlaceName(String text) {
		String place = withoutEmphasis(text.strip());
		if (place.isEmpty() || Texts.endsWithSentencePunctuation(place) || Texts.hasDigit(place)) {
			return false;
		}
		for (String word : SPACES.split(place)) {
			if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	// How many words a writer's role after a comma may have ("Local Democracy Reporter").
	private static final int MAX_ROLE_WORDS = 4;

	// Whether a part of a labelled byline after the first names the writer's job or desk
	// and no one: its last word is a role's or an outlet's ("Local Democracy Reporter",
	// "Patch staff", "Herald archivist"), in lower case or after two words or more. Two
	// capitalised words may be a name whose surname is such a word ("Tom Writer"), but
	// not one whose last word is an office's (byline.office-words): "Veterinary
	// Surgeon", "Head Coach" name a job after the comma.
	private static boolean isRolePart(String part) {
		String[] words = SPACES.split(part.strip());
		if (isRoleOfField(words) && !Texts.hasDigit(part)) {
			return true;
		}
		String last = words[words.length - 1];
		if (words.length > MAX_ROLE_WORDS || last.isEmpty() || Texts.hasDigit(part)) {
			return false;
		}
		String word = stripTrailing(last.toLowerCase(Locale.ROOT));
		if (words.length < 3 && Character.isUpperCase(last.charAt(0))) {
			// an office word that is a surname too is a job only after a job's word:
			// "Head Coach", "Club Captain", but "By Ann Lee, Ben Crew" names two
			return words.length == 2 && OFFICE_WORDS.contains(word)
					&& (!OFFICE_SURNAMES.contains(word) || isJobWord(words[0].toLowerCase(Locale.ROOT)));
		}
		return PersonNames.isRoleOrOutletWord(word);
	}

	// "Head of Sporting Memorabilia", "Director for Digital Strategy": a role's word
	// first (bio.roles), capitalised, a joining word in lower case ("of", "for"), then
	// the field's capitalised words, small joining words between them, as many as an
	// institution's; a phrase's longer lower-case word ("Head of sales who …") makes
	// none.
	private static boolean isRoleOfField(String[] words) {
		if (words.length < 3 || words.length > MAX_INSTITUTION_WORDS || words[0].isEmpty() || words[1].isEmpty()
				|| !Character.isUpperCase(words[0].charAt(0)) || !Character.isLowerCase(words[1].charAt(0))
				|| words[1].length() > MAX_JOINING_WORD
				|| !PersonNames.isRoleWord(stripTrailing(words[0].toLowerCase(Locale.ROOT)))) {
			return false;
		}
		for (int i = 2; i < words.length; i++) {
			if (words[i].isEmpty()
					|| !Character.isUpperCase(words[i].charAt(0)) && words[i].length() > MAX_JOINING_WORD) {
				return false;
			}
		}
		return Character.isUpperCase(words[words.length - 1].charAt(0));
	}

	// The longest small word that joins a role's or an institution's words ("of", "for",
	// "the").
	private static final int MAX_JOINING_WORD = 3;

	// The words that make a part after a labelled name's comma the writer's institution
	// (byline.institution-words): "University", "Institute", "College".
	private static final Set<String> INSTITUTION_WORDS = Languages.words(Languages.BYLINE_INSTITUTION_WORDS);

	// How many words an institution after a labelled name's comma may have ("University
	// of Illinois at Chicago").
	private static final int MAX_INSTITUTION_WORDS = 7;

	// Whether a part of a labelled byline after the first names the writer's institution
	// and no one ("by Ottilie Brannagh, University of Carrowmore"): capitalised words,
	// small joining words in lower case between them ("of", "for"), one of them an
	// institution's word. A bare line is not read so: an open letter's signatories stand
	// one a line as "Name, University of X".
	private static boolean isInstitutionPart(String part) {
		String[] words = SPACES.split(part.strip());
		if (words.length < 2 || words.length > MAX_INSTITUTION_WORDS || Texts.hasDigit(part)
				|| !Character.isUpperCase(words[words.length - 1].charAt(0))) {
			return false;
		}
		boolean institution = false;
		for (String word : words) {
			if (word.isEmpty()) {
				return false;
			}
			if (Character.isUpperCase(word.charAt(0))) {
				institution |= INSTITUTION_WORDS.contains(stripTrailing(word.toLowerCase(Locale.ROOT)));
			}
			else if (word.length() > MAX_JOINING_WORD) {
				// a lower-case word longer than "of", "for", "the": a phrase, no name
				return false;
			}
		}
		return institution;
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
		String[] words = SPACES.split(part);
		if (words.length == 1 && Character.isUpperCase(part.charAt(0))) {
			return true;
		}
		// A role or an outlet: every word capitalised ("Senior Fellow", "Reuters"); a
		// dash between them is no word ("Portal Nordeste — Recife").
		for (String word : words) {
			if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0))
					&& word.chars().anyMatch(Character::isLetter)) {
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
			for (String label : new String[] { "reporting by", "writing by", "written by", "reporting and writing by",
					REPORT_LABEL }) {
				if (lower.startsWith(label)) {
					List<String> clauseNames = labelledNames(clause.strip().substring(label.length()));
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
		return isReportCredit(line);
	}

	/**
	 * Whether the line credits the piece's writer as "Report by Rosa Kettle": a line
	 * opening "Report by the council's auditors …" names no one. Under the text it ends
	 * the body; between the paragraphs the same words may be the text's crosshead over
	 * what a group's report found ("Report by Harbour Watch"), so it is no furniture
	 * there (review40a).
	 */
	static boolean isReportCredit(String line) {
		String text = line.strip();
		int from = text.startsWith("(") ? 1 : 0;
		return line.length() <= MAX_LINE && text.regionMatches(true, from, REPORT_LABEL, 0, REPORT_LABEL.length())
				&& labelledNames(text.substring(from + REPORT_LABEL.length())) != null;
	}

	private static final String REPORT_LABEL = "report by";

	/**
	 * The writer of a "Report by Iain Mackay" line between the headline and the text (an
	 * angling club's or a village's report), or {@code null}. A bare "report by" is no
	 * label elsewhere (review36b): over the text the line must be the label and one name
	 * filling the rest, no word of it written anywhere else on the page ("Report by Care
	 * Quality Commission" over a text on what the commission found names the body the
	 * text is about), read by {@code ArticleReader} only under the headline and over the
	 * text's first paragraph.
	 * @param paragraphs the page's paragraphs
	 * @param at the index of the line
	 */
	static List<String> headerReportCredit(List<Paragraph> paragraphs, int at) {
		String text = paragraphs.get(at).text().strip();
		if (text.length() > MAX_SIGNATURE || !text.startsWith("Report by ")) {
			return null;
		}
		String rest = text.substring(REPORT_LABEL.length() + 1).strip();
		String name = PersonNames.clean(rest);
		return (name != null && name.equals(rest) && rest.indexOf(' ') > 0 && !namesOffice(name)
				&& !writtenElsewhere(paragraphs, at, name)) ? List.of(name) : null;
	}

	// "Auditor General", "Club Captain", "Lifeboat Crew": an office's or a body's word
	// (byline.office-words) where a report's writer would stand (review46b).
	private static final Set<String> OFFICE_WORDS = Languages.words(Languages.BYLINE_OFFICE_WORDS);

	private static final Set<String> OFFICE_SURNAMES = Languages.words(Languages.BYLINE_OFFICE_SURNAMES);

	private static final Set<String> GIVEN_NAME_WORDS = Languages.words(Languages.BYLINE_GIVEN_NAME_WORDS);

	private static boolean isJobWord(String lower) {
		return OFFICE_WORDS.contains(lower) || PersonNames.isRoleOrOutletWord(lower);
	}

	private static boolean namesOffice(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return Texts.holdsWord(lower, (start, end) -> OFFICE_WORDS.contains(lower.substring(start, end)));
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

	/**
	 * A byline of a page, with what tells the article's byline from the others a page
	 * shows (teasers of other articles, comments).
	 *
	 * @param names the author names, in byline order
	 * @param paragraph the index of the paragraph in the list given to
	 * {@link #candidates(List, int)}
	 * @param line the 1-based line of the file
	 * @param labelled whether a label ("By", "Von", "Автор:") introduces the names; an
	 * unlabelled candidate is a bare name line beside the date line
	 * @param inList whether other bylines stand close by (a list of articles)
	 * @param score higher is likelier the article's byline: a label and closeness to the
	 * date line count for, a list or comments against
	 */
	record Candidate(List<String> names, int paragraph, int line, boolean labelled, boolean inList, int score) {

	}

	// One language's own byline labels, longest first, its own separators, spaced, and
	// its labels glued to the name as a prefix.
	private record OwnWords(List<String> labels, String[] separators, List<String> prefixes) {

	}

	// What writtenElsewhereAsWord asks of the text after a word it found whole.
	@FunctionalInterface
	private interface WordEndCheck {

		boolean accepts(String text, int end);

	}

	// What a page says of a name read from the paragraph at an index.
	@FunctionalInterface
	private interface NameTest {

		boolean test(List<Paragraph> paragraphs, int at, String name);

	}

}
