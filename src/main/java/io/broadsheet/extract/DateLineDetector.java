package io.broadsheet.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.broadsheet.extract.DateParser.Found;
import io.broadsheet.extract.DateParser.Kind;
import io.broadsheet.extract.DateParser.NumericOrder;
import io.broadsheet.extract.DateParser.Token;

/**
 * Recognises a date line: a short line that is a date and little else, perhaps with a
 * label ("Published", "Updated", "Veröffentlicht"), a weekday, a time or widget remnants
 * around it. A date inside a sentence is not a date line, nor is a "today is" site header
 * or a copyright notice.
 */
final class DateLineDetector {

	static final int MAX_LINE = 160;

	// How far above the article's text its header may stand.
	private static final int HEADER_REACH = 15;

	// How far around a date line other date lines make it part of a list.
	private static final int LIST_WINDOW = 4;

	// How far below a "Related" heading a date line belongs to the related list.
	private static final int RELATED_REACH = 12;

	// "More from Coastal Press Agency": an opening of a related heading, followed by the
	// outlet's, the section's or the subject's name.
	private static final String[] RELATED_OPENINGS = Languages.values(Languages.RELATED_HEADING_OPENINGS)
		.stream()
		.map((opening) -> opening + " ")
		.toArray(String[]::new);

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Set<String> PUBLISHED = Languages.words(Languages.DATE_PUBLISHED);

	private static final Set<String> UPDATED = Languages.words(Languages.DATE_UPDATED);

	private static final Set<String> NOT_DATE_LINE = Languages.words(Languages.DATE_NOT_PUBLICATION);

	// Words that may stand next to a date on a date line without making it a sentence;
	// weekday names come from the JDK's locale data.
	private static final Set<String> ALLOWED = Languages.words(Languages.DATE_FILLERS);

	private static final List<String> TODAY = Languages.values(Languages.DATE_TODAY);

	// Longer than any "today" word, so that lower-casing this prefix decides as the
	// whole line would.
	private static final int TODAY_PREFIX = TODAY.stream().mapToInt(String::length).max().orElse(0) + 1;

	// One-word byline labels ("by", "von", "par"): the words after one on a date line
	// are the author's name, not words of a sentence.
	private static final Set<String> BYLINE_WORDS = bylineWords();

	// Every language's byline labels of two words ("scritto da", "pubblicato da"): on a
	// date line the second is a label after the first, not a word of a sentence.
	private static final Set<String> PAIRED_LABELS = Languages.values(Languages.BYLINE_LABELS)
		.stream()
		.filter((label) -> label.indexOf(' ') > 0 && label.indexOf(' ') == label.lastIndexOf(' '))
		.collect(Collectors.toUnmodifiableSet());

	// "August 30, 2017 / 0", "The Frontier Post / March 1, 2020": a slash between
	// spaces divides a meta line as a bar does; "21/06/2014" and "Berlin/Ratingen" keep
	// theirs.
	private static final Pattern SEGMENT_SEPARATORS = Pattern
		.compile("\\s+[|·⋅•—]\\s*|\\s*[|·⋅•]\\s+|\\s+/\\s+|/(?<=\\d{4}/)(?=\\d\\s)");

	// A character each of SEGMENT_SEPARATORS' alternatives holds (a bar, a middle dot, a
	// bullet, an em dash, a slash): a line without one has no segments.
	private static final String SEGMENT_SEPARATOR_MARKS = "|·⋅•—/";

	private static final Set<String> TIME_ZONES = Set.of("gmt", "utc", "hkt", "est", "edt", "pst", "pdt", "cet", "cest",
			"bst", "ist", "et", "mez", "mesz", "msk", "jst", "kst", "aest");

	// The marks of hours, minutes and seconds after their numbers in Chinese, Japanese
	// and Korean ("2020年7月15日 11時00分", "11点30分", "2025년 12월 4일 11시 30분"): a time
	// written out, as "11:00" is in other scripts.
	private static final Set<String> CLOCK_MARKS = Set.of("時", "时", "点", "點", "分", "秒", "시", "분", "초");

	// A meta line of more parts than this is a list, not a date line.
	private static final int MAX_SEGMENTS = 5;

	// "3 Comments", "1 Kommentar", "12 views": a count on a meta line, no day or year.
	private static final Set<String> COUNTED = Languages.words(Languages.COMMENTS_HEADINGS, Languages.DATE_COUNTED);

	// "Kategorie:", "Categories:": the label of a meta line's sections, and how many
	// words after it are taken for their names.
	private static final Set<String> CATEGORY_LABELS = Languages.words(Languages.DATE_CATEGORY_LABELS);

	private static final int MAX_CATEGORY_WORDS = 6;

	// The opening of a CMS's closing "posted on" sentence ("This entry was posted on"),
	// and how far after it its date may end.
	private static final List<String> POSTED_FOOTERS = Languages.values(Languages.DATE_POSTED_FOOTERS);

	private static final int FOOTER_DATE_REACH = 60;

	// The openings' first characters, case folded as String.regionMatches ignoring case
	// compares two characters: every line longer than a date line is asked, and most
	// start with none of them.
	private static final String FOOTER_FIRSTS = POSTED_FOOTERS.stream()
		.map((opening) -> String.valueOf(caseFolded(opening.charAt(0))))
		.distinct()
		.reduce("", String::concat);

	// The openings by their first character's place in FOOTER_FIRSTS, each in the
	// order of POSTED_FOOTERS: a line is compared with those that share its first
	// character only, where the others' comparison would fail.
	private static final String[][] FOOTERS_BY_FIRST = footersByFirst();

	private static String[][] footersByFirst() {
		String[][] byFirst = new String[FOOTER_FIRSTS.length()][];
		for (int i = 0; i < byFirst.length; i++) {
			char first = FOOTER_FIRSTS.charAt(i);
			byFirst[i] = POSTED_FOOTERS.stream()
				.filter((opening) -> caseFolded(opening.charAt(0)) == first)
				.toArray(String[]::new);
		}
		return byFirst;
	}

	// The openings of a note on when the piece was published ("This article was
	// published on", "Originally published"), as the tokenizer splits them, longest
	// first so that "This article was first published" is not taken for a shorter one.
	private static final List<String[]> PUBLICATION_NOTE_WORDS = Languages.values(Languages.DATE_PUBLICATION_NOTES)
		.stream()
		.map((note) -> DateParser.tokenize(note).stream().map(Token::text).toArray(String[]::new))
		.sorted(Comparator.comparingInt((String[] words) -> words.length).reversed())
		.toList();

	// The notes' first characters, case folded: most lines open with none of them.
	private static final String NOTE_FIRSTS = Languages.values(Languages.DATE_PUBLICATION_NOTES)
		.stream()
		.map((note) -> String.valueOf(caseFolded(note.charAt(0))))
		.distinct()
		.reduce("", String::concat);

	// How long a date line with a word of a name or a place may be, without the
	// fillers, and one that opens with a "Published" label.
	private static final int PLAIN_LINE = 60;

	private static final int LABELLED_LINE = 90;

	// A comment prompt that may end a meta line: the comments headings of two words or
	// more ("leave a comment", "schreibe einen kommentar").
	static final List<String> COMMENT_PROMPTS = Languages.values(Languages.COMMENTS_HEADINGS)
		.stream()
		.filter((heading) -> heading.indexOf(' ') > 0)
		.toList();

	// The prompts' words, as the tokenizer splits them.
	private static final List<String[]> COMMENT_PROMPT_WORDS = COMMENT_PROMPTS.stream()
		.map((prompt) -> DateParser.tokenize(prompt).stream().map(Token::text).toArray(String[]::new))
		.toList();

	// Labels of several words ("news release", "published online"), as the tokenizer
	// splits them.
	private static final List<String[]> PUBLISHED_PHRASE_WORDS = Languages.values(Languages.DATE_PUBLISHED_PHRASES)
		.stream()
		.map((phrase) -> DateParser.tokenize(phrase).stream().map(Token::text).toArray(String[]::new))
		.toList();

	// How many words after a byline label are taken for a name.
	private static final int MAX_NAME_WORDS = 3;

	// Blocks past the article's last one where its closing date line ("Published 12 May",
	// "24 July 2017 - 18:55") may still stand; an unlabelled date lower down dates a
	// teaser, a comment or the footer.
	private static final int BELOW_END_REACH = 8;

	// How many tokens before a date its label may stand: "Updated 10:01 pm PST, Tuesday,
	// November 19".
	private static final int LABEL_REACH = 10;

	// A year of two digits ("02/11/23"), of four, or of four with the next date's day
	// glued on ("06/11/20230 Kommentare", which the tokenizer cuts).
	private static final Pattern AMBIGUOUS_SLASH_DATE = Pattern
		.compile("(?<![\\d/])(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/(\\d{2}|\\d{4,6})(?![\\d/])");

	// "03/12/2026 19:30", "08/11/2023 | 20:26 PM": an ambiguous slashed date with its
	// time right after it on a 24-hour clock (an hour over 12), as pages that write the
	// day first print their stamps. Not "07:30", which an American site may write for
	// the morning, nor with a dash between them: "Tue, 12/01/2026 - 14:22" is an
	// American blog's template (Drupal's), month first.
	private static final Pattern SLASH_DATE_WITH_DAY_CLOCK = Pattern
		.compile("(?<![\\d/])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/(?:\\d{2}|\\d{4}),?(?:\\s+\\|)?\\s+"
				+ "(?:1[3-9]|2[0-3]):[0-5]\\d(?!\\d)");

	// "03.04.2026", "3-4-26": a day and a month that could be either, with dots or
	// hyphens.
	private static final Pattern AMBIGUOUS_DOTTED_DATE = Pattern
		.compile("(?<![\\d.-])(0?[1-9]|1[0-2])([.-])(0?[1-9]|1[0-2])\\2(\\d{2}|\\d{4})(?!\\d|[.-]\\d)");

	// A numeric date with its year last whose first or second number is over 12, so
	// only one of them can be the month ("30/11/2026", "11.17.2026").
	private static final Pattern ORDERED_NUMERIC_DATE = Pattern
		.compile("(?<![\\d./-])([0-2]?\\d|3[01])([./-])([0-2]?\\d|3[01])\\2(\\d{2}|\\d{4})(?!\\d|[./-]\\d)");

	// An English month name, full or short ("December", "Dec", "Sept"), from CLDR.
	private static final String ENGLISH_MONTH = englishNames(Month.values(),
			(month, style) -> month.getDisplayName(style, Locale.ENGLISH), "Sept");

	// "2 December", "on 1st December 2026": the day written before the month's name, as
	// British English writes it. Not "4th of July", a holiday's name in American English
	// too, nor a number that ends a time or a score ("10:30 May", "3-2 Dec").
	private static final Pattern DAY_BEFORE_MONTH_NAME = Pattern
		.compile("(?<![\\d.,:/-])\\b([0-2]?\\d|3[01])(?:st|nd|rd|th)?\\s+(?:" + ENGLISH_MONTH + ")\\b");

	// "December 2", "Nov. 3, 2023": the month's name before the day, as American English
	// writes it. Not a year ("December 2026") nor a time ("Dec 10:30").
	private static final String MONTH_NAME_DAY = "(?:" + ENGLISH_MONTH
			+ ")\\.?\\s+([0-2]?\\d|3[01])(?:st|nd|rd|th)?\\b(?![\\d:.]\\d)";

	private static final Pattern MONTH_NAME_BEFORE_DAY = Pattern.compile("\\b" + MONTH_NAME_DAY);

	// "Friday, Nov. 3": the same after a weekday. Only so does it order a page month
	// first: a British page writes "the October 7 attacks", an American event's "opened
	// on Broadway on November 20", an embedded post's "December 2, 2026" and a comment's
	// "Dec 3" in that order too (review36b), where an American page seldom writes "2
	// December"; without the weekday it still leaves a page that spells the day first
	// unordered.
	private static final Pattern WEEKDAY_MONTH_NAME_BEFORE_DAY = Pattern
		.compile("\\b(?:" + englishNames(DayOfWeek.values(), (day, style) -> day.getDisplayName(style, Locale.ENGLISH),
				"Tues", "Thurs") + ")\\.?,?\\s+" + MONTH_NAME_DAY);

	// How much running text tells the page's language.
	private static final int LANGUAGE_SAMPLE = 2000;

	private static final Set<String> OTHER_EVENT_LABELS = Languages.words(Languages.DATE_OTHER_EVENT_LABELS);

	// The score of an unlabelled date line that stands nowhere near the headline or the
	// article's start.
	private static final int UNSUPPORTED = 2;

	// How long a fact box's label ("Member since:", "Erscheinungstermin") may be.
	private static final int OTHER_EVENT_LABEL = 30;

	// How many blocks under the headline its byline and date line stand.
	private static final int UNDER_HEADLINE = 3;

	// A fact box: how many other "Label: value" lines within how many blocks of a
	// labelled date, and how long such a line and its label may be.
	private static final int FACT_BOX_FACTS = 3;

	private static final int FACT_BOX_REACH = 3;

	private static final int MAX_FACT = 60;

	private static final int MAX_FACT_LABEL = 25;

	private DateLineDetector() {
	}

	/**
	 * Every date line of a page, best first: by {@link Candidate#score()}, then in page
	 * order. Linear in the page's length; "today is" headers, dates inside sentences and
	 * relative times ("2 hours ago", which name no date) are not candidates at all.
	 * @param paragraphs the page's paragraphs, in order
	 * @return the candidates, best first, possibly empty
	 */
	static List<Candidate> candidates(List<Paragraph> paragraphs) {
		return candidates(paragraphs, paragraphs.size());
	}

	/**
	 * Every date line of a page whose article ends before block {@code articleEnd}, best
	 * first, as {@link #candidates(List)}; an unlabelled date line well below the article
	 * counts against it.
	 * @param paragraphs the page's paragraphs, in order
	 * @param articleEnd the index after the article's last block
	 * @return the candidates, best first, possibly empty
	 */
	static List<Candidate> candidates(List<Paragraph> paragraphs, int articleEnd) {
		return candidates(paragraphs, articleEnd, -1);
	}

	/**
	 * Every date line of a page whose article ends before block {@code articleEnd} under
	 * a headline at block {@code headline}, best first, as
	 * {@link #candidates(List, int)}; a date line just under the headline, where a
	 * byline's date stands, counts for it.
	 * @param paragraphs the page's paragraphs, in order
	 * @param articleEnd the index after the article's last block
	 * @param headline the block of the article's headline, or -1 when none is known
	 * @return the candidates, best first, possibly empty
	 */
	static List<Candidate> candidates(List<Paragraph> paragraphs, int articleEnd, int headline) {
		int size = paragraphs.size();
		DateLine[] lines = new DateLine[size];
		int firstText = firstRunningText(paragraphs);
		int articleStart = articleStart(paragraphs);
		int comments = Integer.MAX_VALUE;
		int related = -RELATED_REACH - 1;
		boolean[] underRelated = new boolean[size];
		// How the page orders a numeric date's day and month: made at the first ambiguous
		// numeric date, each cue asked once and only when the earlier ones leave it open.
		PageOrder pageOrder = null;
		for (int i = 0; i < size; i++) {
			String text = paragraphs.get(i).text();
			if (text.length() <= 40) {
				String key = paragraphs.get(i).key();
				// A comments link in the navigation above the article heads no comments.
				if (comments == Integer.MAX_VALUE && i > articleStart
						&& (Boilerplate.isCommentsHeading(paragraphs.get(i))
								|| BylineDetector.isCommentCount(paragraphs.get(i)))) {
					comments = i;
				}
				// A heading over teasers stands under the text and has a headline under
				// it; a headline that opens so ("More In Common Than We Think") stands
				// over the text, and a subheading of the text ("More in Store for
				// Savers") has a sentence under it.
				if (Boilerplate.isRelatedHeading(paragraphs.get(i)) || i > articleStart && i != headline
						&& opensRelatedHeading(text, key)
						&& (i + 1 >= size || !Texts.endsWithSentencePunctuation(paragraphs.get(i + 1).text()))) {
					related = i;
				}
			}
			// A "Latest" or "Up next" in the navigation above the headline heads no list
			// of what stands under the headline.
			underRelated[i] = i - related <= RELATED_REACH && !(related < headline && i > headline);
			// Most blocks are no date line: ask the cheap question first.
			DateLine dateLine = paragraphs.get(i).dateLine();
			boolean ambiguousSlash = dateLine == null && hasAmbiguousSlashDate(text);
			if (ambiguousSlash || dateLine != null && hasAmbiguousDottedDate(text)) {
				if (pageOrder == null) {
					pageOrder = new PageOrder(paragraphs);
				}
				if (ambiguousSlash) {
					dateLine = detect(text, slashOrder(pageOrder, text));
				}
				else if (readsDottedMonthFirst(pageOrder, text)) {
					// "12.01.2026" on an English page that writes "11.17.2026" too, or
					// "12-02-2026" on a US school district's page
					dateLine = detect(text, NumericOrder.MONTH_FIRST);
				}
			}
			lines[i] = (dateLine != null && !isTodayHeader(text) && !isEmbeddedPost(text)
					&& !(i > 0 && isOtherEventLabel(paragraphs.get(i - 1).text()))
					&& !(i > articleStart && opensWithOtherEventLabel(text)) && !inFactBox(paragraphs, i)) ? dateLine
							: null;
		}
		// A sliding count of unlabelled date lines in the window around each line.
		int[] plainBefore = new int[size + 1];
		for (int i = 0; i < size; i++) {
			plainBefore[i + 1] = plainBefore[i] + ((lines[i] != null && lines[i].label() == Label.NONE) ? 1 : 0);
		}
		boolean[] inLists = new boolean[size];
		for (int i = 0; i < size; i++) {
			DateLine found = lines[i];
			if (found != null && found.label() == Label.NONE) {
				int from = Math.max(0, i - LIST_WINDOW);
				int to = Math.min(size, i + LIST_WINDOW + 1);
				inLists[i] = plainBefore[to] - plainBefore[from] - 1 >= 2 || underRelated[i];
			}
		}
		boolean weekdayDatesBelow = hasWeekdayDateBelow(paragraphs, lines, inLists, firstText, comments);
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			DateLine found = lines[i];
			if (found == null) {
				continue;
			}
			boolean inList = inLists[i];
			boolean inComments = i > comments;
			// An update alone does not say when the article first appeared.
			int score = switch (found.label()) {
				case PUBLISHED -> 4;
				case NONE -> 2;
				case UPDATED -> 1;
			};
			// "Wednesday, 1 November 2023" above everything else, or a date alone on the
			// page's first line: the site's masthead dating the visit, as a "today is"
			// header does; only beside the article's start may it be the article's. Right
			// over the headline it is the post's own date, as a blog sets it; and when
			// the text below has weekday date lines too, it heads the first of a blog's
			// posts. Under the headline, among its byline lines ("Ruth Adeyemi" / "Fri.,
			// Nov. 27, 2026 at 5:00 a.m."), it is the article's date line: a masthead
			// stands above the headline.
			boolean underHeadline = headline >= 0 && i > headline && i <= headline + UNDER_HEADLINE;
			boolean masthead = found.label() == Label.NONE && i < firstText
					&& (i == 0 || !weekdayDatesBelow && startsWithWeekday(paragraphs.get(i).text()))
					&& i != headline - 1 && !underHeadline;
			if (masthead) {
				score -= 2;
			}
			// Near where the article's running text starts: the article's own date line.
			if (i >= articleStart - HEADER_REACH && i <= articleStart + 3) {
				score += 1;
			}
			if (underHeadline) {
				score += 1;
			}
			// A date far below the article: a teaser's, a comment's, the footer's, a
			// product box's "Erscheinungsdatum", as often as the article's own. A
			// closing "Last updated" stands there alone and keeps its low score.
			if (found.label() != Label.UPDATED && i > articleEnd + BELOW_END_REACH) {
				score -= 2;
			}
			score -= inList ? 5 : 0;
			// The first or last teaser of a dated list, one dated neighbour only: less
			// likely the page's own date than a lone date line, likelier than an inner
			// one; below the article's end, as likely as an inner one (the first of a
			// list of other columns under a column).
			if (!inList && found.label() == Label.NONE && nextToListItem(lines, inLists, i)) {
				score -= (i >= articleEnd) ? 3 : 1;
			}
			score -= inComments ? 10 : 0;
			// "Press release 28 November 2026" under the text: a release's label dates
			// the
			// page in its header; below the text's start it is a note's, no better than a
			// date line without a label.
			if (found.label() == Label.PUBLISHED && i > articleStart
					&& opensWithPublishedPhrase(paragraphs.get(i).text())) {
				score -= 2;
			}
			candidates.add(new Candidate(found.date(), i, paragraphs.get(i).line(), found.label(), inList, inComments,
					masthead, score));
		}
		// Between date lines that score alike, the date the page repeats outside lists
		// (a header and a footer, a byline and a share bar) is the article's.
		Map<LocalDate, Integer> repeats = new HashMap<>();
		for (Candidate candidate : candidates) {
			if (!candidate.inList() && !candidate.inComments()) {
				repeats.merge(candidate.date(), 1, Integer::sum);
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::score)
			.thenComparingInt((Candidate candidate) -> repeats.getOrDefault(candidate.date(), 0))
			.reversed()
			.thenComparingInt(Candidate::paragraph));
		return candidates;
	}

	// "More from Coastal Press Agency", "More in Politics": a related heading's opening
	// and the name of where its list comes from, capitalised; a date line shortly under
	// it is a teaser's, even when the page has no other date line to make a list with it.
	// A sentence or a headline that opens so ("More in common than we think") goes on in
	// lower case.
	private static boolean opensRelatedHeading(String text, String key) {
		// A heading ends without a full stop or a colon: "More on Friday." closing a
		// column, "More in Common's director said:" over a quotation are the text's.
		if (Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		for (String opening : RELATED_OPENINGS) {
			if (key.startsWith(opening)) {
				// the word after the opening's words, as the page writes it
				String[] words = WHITESPACE.split(text.strip());
				int after = WHITESPACE.split(opening.strip()).length;
				return words.length > after && Character.isUpperCase(words[after].codePointAt(0));
			}
		}
		return false;
	}

	// The first and the last teaser of a list of dated teasers have one dated neighbour
	// only: the list's item next to them makes them its items too.
	private static boolean nextToListItem(DateLine[] lines, boolean[] inLists, int i) {
		for (int j = i - 1; j >= 0 && j >= i - LIST_WINDOW; j--) {
			if (lines[j] != null && lines[j].label() == Label.NONE) {
				if (inLists[j]) {
					return true;
				}
				break;
			}
		}
		for (int j = i + 1; j < lines.length && j <= i + LIST_WINDOW; j++) {
			if (lines[j] != null && lines[j].label() == Label.NONE) {
				return inLists[j];
			}
		}
		return false;
	}

	/**
	 * The publication date of a page read as a whole, or {@code null} when no date line
	 * stands apart from lists and comments: the best of {@link #candidates(List)} if its
	 * score is positive.
	 */
	static Candidate publicationDate(List<Paragraph> paragraphs) {
		return publicationDate(paragraphs, paragraphs.size());
	}

	/**
	 * The publication date of a page whose article ends before block {@code articleEnd},
	 * as {@link #publicationDate(List)}, an unlabelled date line well below the article
	 * counting against it.
	 * @param paragraphs the page's paragraphs, in order
	 * @param articleEnd the index after the article's last block
	 * @return the best candidate, or {@code null}
	 */
	static Candidate publicationDate(List<Paragraph> paragraphs, int articleEnd) {
		return publicationDate(paragraphs, articleEnd, -1);
	}

	/**
	 * The publication date of a page whose article ends before block {@code articleEnd}
	 * under a headline at block {@code headline}, as {@link #candidates(List, int, int)}
	 * ranks them, or {@code null}.
	 * @param paragraphs the page's paragraphs, in order
	 * @param articleEnd the index after the article's last block
	 * @param headline the block of the article's headline, or -1 when none is known
	 * @return the best candidate, or {@code null}
	 */
	static Candidate publicationDate(List<Paragraph> paragraphs, int articleEnd, int headline) {
		List<Candidate> candidates = candidates(paragraphs, articleEnd, headline);
		if (candidates.isEmpty() || candidates.get(0).score() <= 0) {
			return null;
		}
		Candidate best = candidates.get(0);
		// An unlabelled date line away from the headline and the article's start has
		// nothing but itself for it: when another date line of the page, as likely or
		// nearly, names another date, which one is the article's is a guess.
		// Unless the page repeats its date more often than it shows any other: a live
		// page's entries of the day, a byline's date again in the share bar.
		if (best.label() == Label.NONE && best.score() <= UNSUPPORTED) {
			Map<LocalDate, Integer> shown = new HashMap<>();
			for (int i = 0; i < candidates.size(); i++) {
				Candidate other = candidates.get(i);
				if (other.score() <= 0 || other.score() < best.score() - 1) {
					break;
				}
				if (!other.masthead()) {
					shown.merge(other.date(), 1, Integer::sum);
				}
			}
			int own = shown.getOrDefault(best.date(), 0);
			for (Map.Entry<LocalDate, Integer> entry : shown.entrySet()) {
				if (!entry.getKey().equals(best.date()) && (own < 2 || entry.getValue() >= own)) {
					return null;
				}
			}
		}
		return best;
	}

	// The first of two running-text paragraphs close together: where the article's
	// text most likely starts, past navigation and teasers.
	private static int articleStart(List<Paragraph> paragraphs) {
		int previous = -10;
		for (int i = 0; i < paragraphs.size(); i++) {
			if (Texts.isRunningText(paragraphs.get(i).text())) {
				if (i - previous <= 3) {
					return previous;
				}
				previous = i;
			}
		}
		return (previous >= 0) ? previous : paragraphs.size();
	}

	// "Joined" / "May 11, 2017", "Release:" / "06.06.2023": a fact box's label on the
	// line above its value names what the date is, and it is not the page's.
	private static boolean isOtherEventLabel(String text) {
		if (text.length() > OTHER_EVENT_LABEL) {
			return false;
		}
		String key = Texts.key(text);
		if (key.endsWith(":")) {
			key = key.substring(0, key.length() - 1).strip();
		}
		if (OTHER_EVENT_LABELS.contains(key)) {
			return true;
		}
		// "Video verfügbar bis:", "Available until:": a label that ends with a word of
		// another time than the page's ("bis", "until", "since") names when something
		// ends or starts.
		return text.strip().endsWith(":") && NOT_DATE_LINE.contains(key.substring(key.lastIndexOf(' ') + 1));
	}

	// "Issue date: 14 January 2027", "Release: 06.06.2023", "Termin: 21.02.2020": the
	// same label before a colon on the date's own line, a box's field inside the text,
	// names the date as well as on the line above it. Of 42 such lines in dev and the
	// open sets, none gives the page's labelled date but by chance. Asked only under
	// the article's start: over it, beside the headline, the same words date the page
	// itself ("News release: March 20, 2026", a podcast episode's "Air date:", a
	// magazine's "Issue date:"), review52a.
	private static boolean opensWithOtherEventLabel(String text) {
		int colon = text.indexOf(':');
		return colon > 0 && colon < OTHER_EVENT_LABEL && isOtherEventLabel(text.substring(0, colon + 1));
	}

	// "ISBN: 978…" / "Verlag: Heyne" / "Erscheinungsdatum: 14.08.2017" / "Preis: 12,99
	// €":
	// a labelled date among three or more other facts of the same shape, within three
	// blocks, is a product's fact box (a book's, a game's, an event's), and its date the
	// product's. A byline, a date, a category or a tags line is no such fact: an
	// article's own meta block ("Autor: …", "Datum: …", "Kategorie: …") stays a meta
	// block.
	private static boolean inFactBox(List<Paragraph> paragraphs, int i) {
		if (factLabel(paragraphs.get(i).text()) == null) {
			return false;
		}
		int facts = 0;
		for (int j = Math.max(0, i - FACT_BOX_REACH); j <= i + FACT_BOX_REACH && j < paragraphs.size(); j++) {
			if (j != i && isOtherFact(paragraphs.get(j))) {
				facts++;
			}
		}
		return facts >= FACT_BOX_FACTS;
	}

	private static boolean isOtherFact(Paragraph block) {
		String label = factLabel(block.text());
		return label != null && !CATEGORY_LABELS.contains(label) && !BYLINE_WORDS.contains(label) && !isLabel(label)
				&& block.dateLine() == null && block.byline() == null;
	}

	// The label of a "Label: value" line ("Verlag: Heyne"): one or two words before a
	// colon, a short value after it; lower-cased, or null.
	private static String factLabel(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || colon > MAX_FACT_LABEL || text.length() > MAX_FACT || colon == text.length() - 1
				|| !Character.isLetter(text.charAt(0))) {
			return null;
		}
		String label = text.substring(0, colon).strip();
		int space = label.indexOf(' ');
		if (space >= 0 && label.indexOf(' ', space + 1) >= 0) {
			return null;
		}
		return label.toLowerCase(Locale.ROOT);
	}

	// "— Mencho (@MilitaryEye) November 5, 2023": the signature of a post quoted in
	// the article, dated when it was posted.
	private static boolean isEmbeddedPost(String text) {
		return (text.startsWith("—") || text.startsWith("-") || text.startsWith("–")) && text.contains("(@");
	}

	private static int firstRunningText(List<Paragraph> paragraphs) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (Texts.isRunningText(paragraphs.get(i).text())) {
				return i;
			}
		}
		return paragraphs.size();
	}

	// "[Samstag, 19. Juli 2014]" above the first post and "[Donnerstag, 9. Mai 2013]"
	// over a later one: a blog's front page dates each post with its weekday. Whether an
	// unlabelled date line below the page's first running text opens with a weekday and
	// heads a post (running text right under it or under its title), outside lists and
	// comments (whose dates are the teasers' and the commenters'). A related story's
	// date over its title and the page's links heads no post; nor does one such date
	// alone, as a single teaser's over its first sentence stands: a blog's front page
	// shows at least two later posts.
	private static boolean hasWeekdayDateBelow(List<Paragraph> paragraphs, DateLine[] lines, boolean[] inLists,
			int firstText, int comments) {
		int posts = 0;
		for (int i = firstText + 1; i < lines.length && i <= comments; i++) {
			if (lines[i] != null && lines[i].label() == Label.NONE && !inLists[i]
					&& startsWithWeekday(paragraphs.get(i).text()) && headsPost(paragraphs, i)
					&& ++posts >= MIN_LATER_POSTS) {
				return true;
			}
		}
		return false;
	}

	// How many later posts' weekday date lines make a page a blog's front page.
	private static final int MIN_LATER_POSTS = 2;

	// Whether running text stands right under the date line or under the line after it.
	private static boolean headsPost(List<Paragraph> paragraphs, int dateLine) {
		for (int i = dateLine + 1; i <= dateLine + 2 && i < paragraphs.size(); i++) {
			if (Texts.isRunningText(paragraphs.get(i).text())) {
				return true;
			}
		}
		return false;
	}

	// "Mar 18, 2026" opens with a month: "mar" is Spanish's short Tuesday too, but a
	// word that names a month names no weekday at a date line's start.
	private static boolean startsWithWeekday(String text) {
		String word = leadingWord(text);
		return word != null && CalendarNames.isWeekday(word) && CalendarNames.month(word) == null;
	}

	// The line's first word, lower-cased, or null when a digit comes before it.
	private static String leadingWord(String text) {
		int i = 0;
		while (i < text.length() && !DateParser.isWordChar(text.charAt(i))) {
			// "23/06/2020 16h45", "5 Min. 1. November 2023": a line that opens with
			// its date or a count opens with no weekday
			if (Character.isDigit(text.charAt(i))) {
				return null;
			}
			i++;
		}
		int start = i;
		while (i < text.length() && DateParser.isWordChar(text.charAt(i))) {
			i++;
		}
		return (i > start) ? text.substring(start, i).toLowerCase(Locale.ROOT) : null;
	}

	// The dashes that end a dateline ("RENO, Nev., March 4, 2024 /PRNewswire/ -- …").
	private static final String[] DATELINE_DASHES = { " -- ", " – ", " — ", " - " };

	// How far into the text a dateline's dash may stand.
	private static final int MAX_DATELINE = 80;

	/**
	 * The date of a dateline opening the article's text ("RENO, Nev., March 4, 2024
	 * /PRNewswire/ -- …", "Freiburg, 12.03.2024 – …"), which a press release often has in
	 * place of a date line: before the first dash, short, after the place and its comma,
	 * one whole date with its year ("WASHINGTON, May 3 (Reuters) -" has none).
	 * @param text the first block of the article's text
	 * @return the date, or {@code null}
	 */
	static LocalDate dateline(String text) {
		int dash = -1;
		for (String candidate : DATELINE_DASHES) {
			int at = text.indexOf(candidate);
			if (at > 0 && (dash < 0 || at < dash)) {
				dash = at;
			}
		}
		if (dash < 0 || dash > MAX_DATELINE || !Character.isUpperCase(text.charAt(0))) {
			return null;
		}
		int comma = text.indexOf(',');
		if (comma < 0 || comma > dash) {
			return null;
		}
		List<DateParser.Found> found = DateParser.findAll(DateParser.tokenize(text.substring(comma + 1, dash)));
		return (found.size() == 1) ? found.get(0).date() : null;
	}

	// The marks that close a date opening the text before its first sentence.
	private static final String OPENING_DATE_MARKS = ".-\u2013\u2014";

	// How many words a place before an opening date's comma may have.
	private static final int MAX_OPENING_PLACE_WORDS = 3;

	/**
	 * The date opening the article's text where no dash follows a place's comma, as
	 * {@link #dateline(String)} needs: the date first, or after the place and its comma
	 * in brackets, closed by a stop or a dash and followed by the first sentence's
	 * capital ("27.1.2022 - Bei der Erinnerung …", "31. Oktober 2023. Dragqueens sind …",
	 * "Karlsruhe, (12.11.2021). Traditionell …"). A colon closes a teaser's date ("8.
	 * November 1923: Vor 100 Jahren …") and a clock or a number after the dash a
	 * comment's stamp ("06.11.23 - 13:53 von …"): neither is read. An ambiguous slashed
	 * date reads as none.
	 * @param text the first block of the article's text
	 * @return the date, or {@code null}
	 */
	static LocalDate openingDate(String text) {
		List<Token> tokens = DateParser.tokenize(text.substring(0, Math.min(text.length(), MAX_DATELINE)));
		int first = openingDateStart(text, tokens);
		if (first < 0) {
			return null;
		}
		List<Found> found = DateParser.findAll(tokens.subList(first, tokens.size()));
		if (found.isEmpty() || found.get(0).firstToken() != 0) {
			return null;
		}
		int next = first + found.get(0).lastToken() + 1;
		boolean bracketed = first > 0 && tokens.get(first - 1).is('(');
		if (bracketed) {
			if (next >= tokens.size() || !tokens.get(next).is(')')) {
				return null;
			}
			next++;
		}
		// the parser may have taken a year's stop ("2023.") as the date's own
		boolean closed = tokens.get(next - 1).is('.');
		if (!closed && next < tokens.size() && tokens.get(next).kind() == Kind.SYMBOL
				&& tokens.get(next).text().length() == 1
				&& OPENING_DATE_MARKS.indexOf(tokens.get(next).text().charAt(0)) >= 0) {
			closed = true;
			next++;
		}
		if (!closed || next >= tokens.size() || tokens.get(next).kind() != Kind.WORD
				|| !Character.isUpperCase(text.charAt(tokens.get(next).start()))) {
			return null;
		}
		return found.get(0).date();
	}

	// Whether a block of the text opens with a date other than the one given: a
	// timeline's or a diary's next entry may stand paragraphs further down.
	private static boolean opensWithOtherDate(List<Paragraph> blocks, LocalDate date) {
		for (Paragraph block : blocks) {
			LocalDate opening = openingDate(block.text());
			if (opening != null && !opening.equals(date)) {
				return true;
			}
		}
		return false;
	}

	// How many years before the latest year the page's furniture names an opening date
	// may lie: an archived piece's footer, masthead or year list runs on a few years.
	private static final int MAX_OPENING_DATE_AGE_YEARS = 10;

	private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])\\d{4}(?!\\d)");

	// Whether the opening date's year lies within the years the page names outside the
	// article's text (its masthead's day, a copyright's year, other stories' dates, an
	// archive's year list): not after the latest of them (an event announced, "14 March
	// 2027 - Doors open …") and not a decade before it (a history piece's or an
	// anniversary's "12 March 1998. …" over a 2026 footer). A page that names no year
	// outside its text gives no bound, and its opening date is not read: null over a
	// guess.
	private static boolean withinPageYears(List<Paragraph> paragraphs, List<Paragraph> bodyBlocks, LocalDate date) {
		int firstLine = bodyBlocks.get(0).line();
		int lastLine = bodyBlocks.get(bodyBlocks.size() - 1).line();
		int latest = -1;
		for (Paragraph paragraph : paragraphs) {
			if (paragraph.line() >= firstLine && paragraph.line() <= lastLine) {
				continue;
			}
			Matcher year = YEAR.matcher(paragraph.text());
			while (year.find()) {
				int value = Integer.parseInt(year.group());
				if (value >= DateParser.MIN_YEAR && value <= DateParser.MAX_YEAR) {
					latest = Math.max(latest, value);
				}
			}
		}
		return latest >= 0 && date.getYear() <= latest && date.getYear() >= latest - MAX_OPENING_DATE_AGE_YEARS;
	}

	// Where an opening date's tokens start: the text's first, or the one after a place's
	// comma and an opening bracket; -1 when the text opens otherwise.
	private static int openingDateStart(String text, List<Token> tokens) {
		if (tokens.isEmpty()) {
			return -1;
		}
		if (tokens.get(0).kind() != Kind.WORD) {
			return 0;
		}
		int comma = 0;
		while (comma < tokens.size() && tokens.get(comma).kind() == Kind.WORD
				&& Character.isUpperCase(text.charAt(tokens.get(comma).start()))) {
			comma++;
		}
		return (comma <= MAX_OPENING_PLACE_WORDS && comma + 1 < tokens.size() && tokens.get(comma).is(',')
				&& tokens.get(comma + 1).is('(')) ? comma + 2 : -1;
	}

	/**
	 * The publication date of a page without a date line, from the four fallbacks in the
	 * order they are trusted: a meta line beside the headline whose names no date line
	 * holds ({@link #detectBesideHeadline(String)}); a press release's dateline, its date
	 * opening the text (in the first block, or the one under a deck left in the body); a
	 * note on when the piece was published ({@link #publicationNote(String)}); then the
	 * page's address saved on a line of its own above the headline.
	 * @param paragraphs the page's blocks
	 * @param bodyBlocks the blocks of the article's text
	 * @param headline the index of the headline, or -1 when none was found
	 * @param above the index of the headline, or of the article's start when none was
	 * found: an address line is looked for above it
	 * @return the date with its line, or {@code null}
	 */
	static Extracted<LocalDate> fallbackDate(List<Paragraph> paragraphs, List<Paragraph> bodyBlocks, int headline,
			int above) {
		Extracted<LocalDate> metaLine = metaLineDate(paragraphs, headline);
		if (metaLine != null) {
			return metaLine;
		}
		// a press release's dateline opens its own text, or its date alone does; a note
		// on a publication may be a study's or a book's the text is about ("Published in
		// The Lancet on …")
		for (int i = 0; i < Math.min(2, bodyBlocks.size()); i++) {
			Paragraph block = bodyBlocks.get(i);
			LocalDate opening = dateline(block.text());
			if (opening == null) {
				opening = openingDate(block.text());
				if (opening != null && (opensWithOtherDate(bodyBlocks, opening)
						|| !withinPageYears(paragraphs, bodyBlocks, opening))) {
					// a timeline's or a list's entries open with their own days, further
					// down than the next block too; a history piece's or an announced
					// event's date lies outside the years the page's furniture names
					opening = null;
				}
			}
			if (opening != null) {
				return Extracted.fromText(opening, block.line());
			}
		}
		Extracted<LocalDate> note = publicationNoteDate(paragraphs);
		if (note != null) {
			return note;
		}
		Extracted<LocalDate> address = addressDate(paragraphs, above);
		return (address != null) ? address : pageTitleDate(paragraphs, bodyBlocks, headline);
	}

	// "Drive-in cinema's screen goes back up after 14 years - December 3, 2026 - Prairie
	// Ledger" over a page whose only stamp is "Published 3 hours ago": the page-title
	// line's part right after the headline found under it, a whole date and nothing
	// else, is the page's day; the last fallback, where nothing else dates the page. An
	// event's page names its event's day in its text ("The market opens on Saturday,
	// December 12, 2026"): a day the text names again is the event's, and dates nothing.
	// A title divided by bars or middle dots is a date line's segments already
	// (detectSegment); hyphens and en dashes divide no date line, as they join ranges.
	private static Extracted<LocalDate> pageTitleDate(List<Paragraph> paragraphs, List<Paragraph> bodyBlocks,
			int headline) {
		if (headline <= 0) {
			return null;
		}
		String part = HeadlineFinder.PageTitle.partAfterHeadline(paragraphs, paragraphs.get(headline).text());
		if (part == null || part.length() < 6 || !DateParser.mayHoldDate(part)) {
			return null;
		}
		List<Token> tokens = DateParser.tokenize(part);
		List<Found> dates = DateParser.findAll(tokens);
		if (dates.size() != 1 || !isWeekdayOnly(tokens, dates.get(0).firstToken())
				|| dates.get(0).lastToken() != tokens.size() - 1) {
			return null;
		}
		LocalDate date = dates.get(0).date();
		// the text names the event's day with its year or without ("on Saturday,
		// December 12")
		for (Paragraph block : bodyBlocks) {
			if (DateParser.namesDay(DateParser.tokenize(block.text()), date)) {
				return null;
			}
		}
		return Extracted.fromText(date, paragraphs.get(0).line());
	}

	// Whether the tokens before the date are a weekday and its comma at most
	// ("Thursday, December 3, 2026", "jeudi 3 décembre 2026").
	private static boolean isWeekdayOnly(List<Token> tokens, int date) {
		for (int i = 0; i < date; i++) {
			Token token = tokens.get(i);
			if (!token.is(',') && !(token.kind() == Kind.WORD && CalendarNames.isWeekday(token.text()))) {
				return false;
			}
		}
		return true;
	}

	// How many blocks under the headline its meta line may stand (a deck or a section's
	// name between them), and how far under the meta line the text must start.
	private static final int META_LINE_REACH = 3;

	private static final int TEXT_UNDER_META_LINE = 3;

	private static final int FURNITURE_UNDER_META_LINE = 8;

	// "21/06/2014 Tony Carter All, Books", "Por A B Publicado Jul 23, 2020 1 0": the
	// date of the meta line beside the headline (under it, or right over it where a blog
	// sets it) with the article's text under it, on a page where no date line stands
	// apart; none when two such lines name different dates. A line the date lines
	// already judged (one of a list, a masthead) is not read again.
	private static Extracted<LocalDate> metaLineDate(List<Paragraph> paragraphs, int headline) {
		if (headline < 0) {
			return null;
		}
		Extracted<LocalDate> found = null;
		for (int i = Math.max(0, headline - 1); i <= headline + META_LINE_REACH && i < paragraphs.size(); i++) {
			Paragraph block = paragraphs.get(i);
			if (i == headline || block.dateLine() != null || !hasTextUnder(paragraphs, i)) {
				continue;
			}
			String text = block.text();
			DateLine dateLine = detectBesideHeadline(text);
			if (dateLine == null && hasAmbiguousSlashDate(text)) {
				// "03/12/26" alone under a Welsh headline and its byline: read in the
				// order the page's other dates or its language tell, none when they
				// leave it open
				NumericOrder order = slashOrder(new PageOrder(paragraphs), text);
				dateLine = (order != NumericOrder.NOT_KNOWN) ? detectBesideHeadline(text, order) : null;
			}
			// the article's start is sought only for a line that opens with another
			// event's label: a pass over the page's blocks that most pages need not make
			if (dateLine == null || dateLine.label() == Label.UPDATED || isTodayHeader(text) || isEmbeddedPost(text)
					|| i > 0 && isOtherEventLabel(paragraphs.get(i - 1).text())
					|| opensWithOtherEventLabel(text) && i > articleStart(paragraphs)) {
				continue;
			}
			if (found != null && !found.value().equals(dateLine.date())) {
				return null;
			}
			found = (found != null) ? found : Extracted.fromText(dateLine.date(), block.line());
		}
		return found;
	}

	// "This article was published on 3 December 2026.", "Published in The Dunmore
	// Courier on March 12, 2026.", "Originally published on coastalpress.example at 7:05
	// a.m. on November 29, 2026.": a note saying when the piece itself appeared, a
	// sentence that opens with date.publication-notes and ends with its only date. A
	// site's footer, an aggregator's note under the text, an obituary's line under the
	// name: read only on a page no date line dates, as a sentence is no date line
	// elsewhere. Two such notes of different dates give none.
	private static Extracted<LocalDate> publicationNoteDate(List<Paragraph> paragraphs) {
		Extracted<LocalDate> found = null;
		for (Paragraph block : paragraphs) {
			LocalDate date = publicationNote(block.text());
			if (date == null) {
				continue;
			}
			if (found != null && !found.value().equals(date)) {
				return null;
			}
			found = (found != null) ? found : Extracted.fromText(date, block.line());
		}
		return found;
	}

	/**
	 * The date of a note on when the piece was published ("This article was published on
	 * 3 December 2026."), or {@code null}: one sentence ({@value #MAX_LINE} characters at
	 * most, a full stop last) opening with one of {@code date.publication-notes}, its
	 * only date at its end (a time may follow it); before the date a source's name, a web
	 * address and a time, but no other number and no more than one lower-case word that
	 * is no date line's filler. "Published in Nature on 3 March 2026, the study found …"
	 * (the date goes on into a sentence), "Published in: Nature Aging, December 1, 2026"
	 * (a journal's label, no full stop) and "Published in 1998, the novel was reissued on
	 * 3 March 2020." (another year) are none.
	 */
	static LocalDate publicationNote(String text) {
		if (text.length() > MAX_LINE || !text.endsWith(".") || NOTE_FIRSTS.indexOf(caseFolded(text.charAt(0))) < 0
				|| !DateParser.mayHoldDate(text)) {
			return null;
		}
		List<Token> tokens = DateParser.tokenize(text);
		int opening = noteOpening(tokens);
		if (opening < 0) {
			return null;
		}
		List<Found> dates = DateParser.findAll(tokens);
		if (dates.size() != 1) {
			return null;
		}
		Found date = dates.get(0);
		RunStart run = runStart(tokens, date);
		int lowerCase = 0;
		for (int i = opening; i < tokens.size(); i++) {
			if (i >= date.firstToken() && i <= date.lastToken()
					|| run != null && i >= run.firstToken() && i < date.firstToken()) {
				continue;
			}
			Token token = tokens.get(i);
			if (token.kind() == Kind.NUMBER) {
				if (!isTimeOrMeasure(tokens, i)) {
					return null;
				}
			}
			else if (token.kind() == Kind.WORD) {
				String word = token.text();
				// after the date only a time's words ("at 7:05 a.m."): more words go on
				// into a sentence about something else
				if (ALLOWED.contains(word) || i < date.firstToken() && (isWebAddressPart(tokens, i)
						|| !Character.isLowerCase(text.charAt(token.start())) || ++lowerCase <= 1)) {
					continue;
				}
				return null;
			}
			else if (token.is('©')) {
				return null;
			}
		}
		return (run != null) ? run.date() : date.date();
	}

	// "Published in The Sandusky Beacon from Dec. 4 to Dec. 6, 2026.": an obituary's run
	// in the paper, its first day written without the year the last day's date ends
	// with; the piece appeared on the first day. The first day is a month and a day in
	// either order (a dot may follow either), joined to the date by a filler ("to") or a
	// dash; its year is the last day's, or the year before when the run crosses the new
	// year ("Dec. 29 to Jan. 2, 2027").
	private static RunStart runStart(List<Token> tokens, Found date) {
		int joiner = date.firstToken() - 1;
		if (joiner < 2 || !isRunJoiner(tokens.get(joiner))) {
			return null;
		}
		int last = joiner - 1;
		int before = (tokens.get(last).is('.')) ? last - 1 : last;
		if (before < 1) {
			return null;
		}
		Token end = tokens.get(before);
		int first = (tokens.get(before - 1).is('.') && before >= 2) ? before - 2 : before - 1;
		Token start = tokens.get(first);
		Integer month;
		Token day;
		if (end.kind() == Kind.NUMBER && end.digits() <= 2 && last == before) {
			month = DateParser.month(start);
			day = end;
		}
		else {
			month = DateParser.month(end);
			day = start;
		}
		if (month == null || day.kind() != Kind.NUMBER || day.digits() > 2) {
			return null;
		}
		LocalDate runEnd = date.date();
		try {
			LocalDate runFirst = LocalDate.of(runEnd.getYear(), month, day.number());
			return new RunStart(first, runFirst.isAfter(runEnd) ? runFirst.minusYears(1) : runFirst);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean isRunJoiner(Token token) {
		return token.is('-') || token.is('–') || token.is('—')
				|| token.kind() == Kind.WORD && ALLOWED.contains(token.text());
	}

	// How many tokens the note's opening takes, or -1 when the line opens with none.
	private static int noteOpening(List<Token> tokens) {
		for (String[] words : PUBLICATION_NOTE_WORDS) {
			if (words.length < tokens.size() && isPromptAt(tokens, 0, words)) {
				return words.length;
			}
		}
		return -1;
	}

	// "coastalpress.example": a word of a web address, joined to the next or the last by
	// a dot without spaces.
	private static boolean isWebAddressPart(List<Token> tokens, int i) {
		return i + 2 < tokens.size() && isGluedDot(tokens, i, i + 1, i + 2)
				|| i >= 2 && isGluedDot(tokens, i - 2, i - 1, i);
	}

	private static boolean isGluedDot(List<Token> tokens, int word, int dot, int next) {
		Token before = tokens.get(word);
		Token after = tokens.get(next);
		return tokens.get(dot).is('.') && before.kind() == Kind.WORD && after.kind() == Kind.WORD
				&& tokens.get(dot).start() == before.start() + before.text().length()
				&& after.start() == tokens.get(dot).start() + 1;
	}

	// Whether running text starts within TEXT_UNDER_META_LINE blocks under the line (the
	// headline among them, for a line over it): a meta line over no text is a list's.
	// Share buttons and a photo's caption (Boilerplate.isNoise) are not counted, up to
	// FURNITURE_UNDER_META_LINE blocks in all: "Reblog" / "Share" / "Tweet" / "Share"
	// stand between a meta line and its text. An author's box (a name, "About", an
	// address, "Close") is counted, and keeps a meta line over it undated.
	private static boolean hasTextUnder(List<Paragraph> paragraphs, int i) {
		int counted = 0;
		for (int j = i + 1; counted < TEXT_UNDER_META_LINE && j <= i + FURNITURE_UNDER_META_LINE
				&& j < paragraphs.size(); j++) {
			Paragraph block = paragraphs.get(j);
			if (Texts.isRunningText(block.text())) {
				return true;
			}
			if (!Boilerplate.isNoise(block)) {
				counted++;
			}
		}
		return false;
	}

	// A page's address with a date in its path: "/2024/03/05/", the year, month and day
	// each a segment of their own.
	private static final Pattern ADDRESS_DATE = Pattern
		.compile("/((?:19|20)\\d\\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?:/|$)");

	// A breadcrumb trail that spells the page's address, segment by segment: "Home /
	// news / 2026 / 12 / 04 / the-foundry-licence-review", the year, month and day each
	// a segment of their own.
	private static final Pattern TRAIL_DATE = Pattern
		.compile(" / ((?:19|20)\\d\\d) / (0?[1-9]|1[0-2]) / (0?[1-9]|[12]\\d|3[01])(?: / |$)");

	// Words a segment of a breadcrumb trail holds at most: a section's name, not a
	// sentence.
	private static final int TRAIL_SEGMENT_WORDS = 4;

	// The last fallback, no date line and no dateline: the page's address, which a
	// scraper saves on a line of its own above the article
	// ("https://…/societe/2024/03/05/a-nantes-…"), or its breadcrumb trail that spells
	// the address, dates it when its path names a whole date. Only one such line above
	// the headline: several are a list of links, each another article's.
	private static Extracted<LocalDate> addressDate(List<Paragraph> paragraphs, int above) {
		Extracted<LocalDate> found = null;
		for (int i = 0; i < above; i++) {
			String text = paragraphs.get(i).text();
			Matcher matcher = null;
			if ((text.startsWith("https://") || text.startsWith("http://")) && text.indexOf(' ') < 0) {
				matcher = ADDRESS_DATE.matcher(text);
			}
			else if (isTrail(text)) {
				matcher = TRAIL_DATE.matcher(text);
			}
			if (matcher == null || !matcher.find()) {
				continue;
			}
			if (matcher.pattern() == TRAIL_DATE
					&& !slugNamesHeadline(text.substring(matcher.end()), paragraphs, i, above)) {
				// "Home / news / 2024 / 05 / 17 / older-story": another story's trail
				// over an undated headline, or a day's archive with no slug at all
				continue;
			}
			if (found != null) {
				return null;
			}
			try {
				found = Extracted.fromText(LocalDate.of(Integer.parseInt(matcher.group(1)),
						Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))),
						paragraphs.get(i).line());
			}
			catch (DateTimeException ex) {
				// "/2023/02/30/": no day
				return null;
			}
		}
		return found;
	}

	// Letters a slug's word has at least to count as naming the headline: "the", "of"
	// and "new" name nothing.
	private static final int SLUG_WORD = 4;

	// Whether the slug after a trail's date ("the-foundry-licence-review") shares a word
	// of four letters or more with the headline (the block above which the trail was
	// found: the headline, or the article's start when none was found) or with the
	// page title saved as the first line (unless the trail is that line): the trail is
	// the page's own, not a related story's. A trail that ends with its date has no
	// slug, and names nothing.
	private static boolean slugNamesHeadline(String slug, List<Paragraph> paragraphs, int trail, int above) {
		String headline = (above < paragraphs.size()) ? paragraphs.get(above).text() : "";
		String pageTitle = (trail > 0) ? paragraphs.get(0).text() : "";
		String named = " " + wordsOf(headline) + " " + wordsOf(pageTitle) + " ";
		for (String word : wordsOf(slug).split(" ")) {
			if (word.length() >= SLUG_WORD && named.contains(" " + word + " ")) {
				return true;
			}
		}
		return false;
	}

	// The text's words in lower case, one space between them: letters and digits, any
	// other character a break ("the-foundry-licence-review" gives four words).
	private static String wordsOf(String text) {
		StringBuilder words = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				words.append(Character.toLowerCase(c));
			}
			else if (!words.isEmpty() && words.charAt(words.length() - 1) != ' ') {
				words.append(' ');
			}
		}
		return words.toString().strip();
	}

	// "Home / news / 2026 / 12 / 04 / slug": segments between spaced slashes, each a
	// few words; a sentence ("Sales rose 12 / 04 …") or a date line with its weekday
	// ("2020 / 03 / 12 星期四", read as a date line) is none.
	private static boolean isTrail(String text) {
		if (text.length() > MAX_LINE || text.indexOf(" / ") <= 0) {
			return false;
		}
		for (String segment : text.split(" / ")) {
			if (segment.isBlank() || Texts.words(segment, TRAIL_SEGMENT_WORDS + 1) > TRAIL_SEGMENT_WORDS) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The date line's date and label, or {@code null} when the line is not a date line.
	 * <p>
	 * A date line is a short line ({@value #MAX_LINE} characters at most) that is mostly
	 * a date, or a labelled segment of one; and, at any length, a theme's "posted on"
	 * footer ({@code date.posted-footers}), whose sentence names the post's date first.
	 * Callers that use a date line as a landmark (the headline finder, the title's next
	 * line) therefore see such a footer as one too: it closes a post as a date line under
	 * a headline opens one.
	 */
	static DateLine detect(String line) {
		return detect(line, NumericOrder.NOT_KNOWN);
	}

	/**
	 * The date line's date and label, or {@code null} when the line is not a date line;
	 * {@code 03/04/2021} is read in the page's {@code order}, and is no date when it is
	 * not known.
	 */
	static DateLine detect(String line, NumericOrder order) {
		if (line.length() > MAX_LINE) {
			return postedFooter(line, order);
		}
		if (line.length() < 6 || !DateParser.mayHoldDate(line)) {
			// Most lines need no tokens: "5 comments", "Top 10 films", "© 2024" hold no
			// date.
			return null;
		}
		DateLine footer = postedFooter(line, order);
		if (footer != null) {
			return footer;
		}
		DateLine whole = detectWhole(line, order);
		return (whole != null) ? whole : detectSegment(line, order);
	}

	// "This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed
	// under …", "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr
	// veröffentlicht …": the sentence a WordPress theme closes a post with, in each
	// language its translations print, names the post's date first.
	private static DateLine postedFooter(String line, NumericOrder order) {
		if (line.isEmpty()) {
			return null;
		}
		boolean surrogate = Character.isSurrogate(line.charAt(0));
		int first = surrogate ? -1 : FOOTER_FIRSTS.indexOf(caseFolded(line.charAt(0)));
		if (!surrogate && first < 0) {
			// no opening matches the line's first character (a surrogate, which
			// regionMatches compares as half a code point, is let through)
			return null;
		}
		for (String opening : surrogate ? POSTED_FOOTERS.toArray(String[]::new) : FOOTERS_BY_FIRST[first]) {
			if (line.regionMatches(true, 0, opening, 0, opening.length())) {
				int end = Math.min(line.length(), opening.length() + FOOTER_DATE_REACH);
				List<Found> dates = DateParser.findAll(DateParser.tokenize(line.substring(opening.length(), end)),
						order);
				return dates.isEmpty() ? null : new DateLine(dates.get(0).date(), Label.PUBLISHED);
			}
		}
		return null;
	}

	// Two characters that String.regionMatches ignoring case takes as equal fold to the
	// same character: it compares them as they are, upper-cased, then lower-cased after
	// that.
	private static char caseFolded(char c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	// "03/04/2021": a day and a month that could be either, read only when the page's
	// language or its other dates tell which comes first.
	private static boolean hasAmbiguousSlashDate(String line) {
		return line.length() <= MAX_LINE && line.indexOf('/') >= 0 && AMBIGUOUS_SLASH_DATE.matcher(line).find();
	}

	/**
	 * Whether the line is a date line once the order of its ambiguous slashed date is
	 * known, whichever it is ("02/12/2026", "Pauline R. 04/12/2026 08:15"): a comment's
	 * stamp is one, whatever day it names. {@link #detect(String)} reads no such date
	 * without the page's order, nor a bare one with a two-digit year ("01/12/26 18:45",
	 * "30/11/26"), which may be a teaser's stamp anywhere on the page but is a stamp
	 * where the caller asks this (under the headline, under a comment's name).
	 * @param line the line
	 * @return whether the line is a date line read either way
	 */
	static boolean isDateLineEitherWay(String line) {
		return hasAmbiguousSlashDate(line) && detect(line, NumericOrder.DAY_FIRST) != null
				|| line.length() <= LABELLED_LINE && line.indexOf('/') >= 0 && isBareSlashedStamp(line);
	}

	// "01/12/26 18:45": a slashed date with a two-digit year and nothing on the line a
	// meta line beside the headline would not hold (no sentence, no other year).
	private static boolean isBareSlashedStamp(String line) {
		List<Token> tokens = DateParser.tokenize(line);
		List<Found> dates = DateParser.findAll(tokens, NumericOrder.DAY_FIRST);
		return !dates.isEmpty() && tokens.get(dates.get(0).firstToken() + 1).is('/') && isBareShortDate(tokens, dates)
				&& detectBesideHeadline(line, NumericOrder.DAY_FIRST) != null;
	}

	// "12.01.2026": read day first, as most pages that write dots do, unless the page's
	// other dates put the month first.
	private static boolean hasAmbiguousDottedDate(String line) {
		return line.length() <= MAX_LINE && AMBIGUOUS_DOTTED_DATE.matcher(line).find();
	}

	// The order to read an ambiguous slashed date of the line in: day first where the
	// page's language writes it so ("Thứ năm, 2/11/2023": or a weekday of such a
	// language opens the line, where the page's dates tell nothing); else the order the
	// page's numeric dates show, then that of the dates it spells with a month name
	// (asked once of the page), then that of the country the page shows (a US zone or
	// address, a day-first country's web domain: PageOrder.country), then the line's own
	// clock.
	private static NumericOrder slashOrder(PageOrder page, String text) {
		NumericOrder shown = page.shown();
		NumericOrder order = (page.dayFirst()
				|| shown == NumericOrder.NOT_KNOWN && CalendarNames.opensWithDayFirstWeekday(text))
						? NumericOrder.DAY_FIRST : shown;
		if (order == NumericOrder.NOT_KNOWN) {
			order = page.written();
		}
		if (order == NumericOrder.NOT_KNOWN) {
			// "12/03/2026" under a US school district's headline, its address's
			// "Cedar Falls, IA 50613" in the footer; "03/04/2024 6:45 PM MST"; or
			// day first, "4/12/2026" over a shire council's "media@….vic.gov.au"
			order = page.country();
		}
		if (order == NumericOrder.NOT_KNOWN && SLASH_DATE_WITH_DAY_CLOCK.matcher(text).find()) {
			// the last cue, the line's own clock: only where the page's language and
			// other dates leave the order open
			order = NumericOrder.DAY_FIRST;
		}
		return order;
	}

	// Whether an ambiguous dotted or dashed date ("12.01.2026", "12-02-2026"), read day
	// first as most pages that write so do, is read month first: where the page's short
	// lines' numeric dates put the month first, or, where they do not say, the date is
	// dashed, the page shows a country that writes it so and neither its language nor the
	// dates it spells put the day first. A dotted date asks no country: dots are how
	// Europe writes a date (115 of dev's and the open sets' 116 pages whose label is an
	// ambiguous dotted date's reading read it day first), and a British page may show a
	// US venue's address or zone (dev's Wired UK "Updated 11.02.23, 11:52 EST",
	// review53a).
	// The country is asked before the language, as few pages show one.
	private static boolean readsDottedMonthFirst(PageOrder page, String line) {
		NumericOrder shown = page.shown();
		return (shown == NumericOrder.MONTH_FIRST || shown == NumericOrder.NOT_KNOWN && hasAmbiguousDashedDate(line)
				&& page.country() == NumericOrder.MONTH_FIRST && page.written() != NumericOrder.DAY_FIRST)
				&& !page.dayFirst();
	}

	// "12-02-2026": an ambiguous date of the line written with dashes.
	private static boolean hasAmbiguousDashedDate(String line) {
		Matcher matcher = AMBIGUOUS_DOTTED_DATE.matcher(line);
		while (matcher.find()) {
			if (matcher.group(2).equals("-")) {
				return true;
			}
		}
		return false;
	}

	// How the page's numeric dates whose day is over 12 order the day and the month,
	// when they agree: "Mon, 11/30/2026" in a list under the article orders the "Posted:
	// Tue, 12/01/2026" over it, "30/11/2026" a "03/12/2026". A page that shows no such
	// date, or both orders, does not say. Only the page's short lines (meta lines,
	// teasers' and comments' dates) are asked, as the site's templates write them: a
	// sentence may quote another's date.
	private static NumericOrder shownOrder(List<Paragraph> paragraphs) {
		boolean dayFirst = false;
		boolean monthFirst = false;
		for (Paragraph paragraph : paragraphs) {
			String text = paragraph.text();
			if (text.length() > MAX_LINE || !DateParser.mayHoldDate(text)) {
				continue;
			}
			int orders = numericOrders(text);
			dayFirst |= (orders & DAY_OVER_TWELVE_FIRST) != 0;
			monthFirst |= (orders & DAY_OVER_TWELVE_SECOND) != 0;
		}
		return orderOf(dayFirst, monthFirst);
	}

	// How the page's English dates with a month name order the day and the month, when
	// they agree: "last seen on 2 December" and "– 1 December 2026" read a "03/12/2026"
	// of the same page as 3 December, "Friday, Nov. 3" an "11/8/2023" as 8 November. A
	// site writes its numeric dates in the order its writers spell dates; a page that
	// spells both orders, or none, does not say, nor one whose sentences quote a numeric
	// date of the other order ("opens on 11/30/2026" beside "on sale 5 December"). Asked
	// only of a page whose short lines' numeric dates and language leave an ambiguous
	// date open.
	private static NumericOrder writtenOrder(List<Paragraph> paragraphs) {
		boolean dayFirst = false;
		boolean monthFirst = false;
		boolean monthSpelledFirst = false;
		for (Paragraph paragraph : paragraphs) {
			String text = paragraph.text();
			dayFirst |= DAY_BEFORE_MONTH_NAME.matcher(text).find();
			monthSpelledFirst |= MONTH_NAME_BEFORE_DAY.matcher(text).find();
			monthFirst |= WEEKDAY_MONTH_NAME_BEFORE_DAY.matcher(text).find();
			int orders = numericOrders(text);
			dayFirst |= (orders & DAY_OVER_TWELVE_FIRST) != 0;
			monthFirst |= (orders & DAY_OVER_TWELVE_SECOND) != 0;
		}
		return orderOf(dayFirst, monthFirst || dayFirst && monthSpelledFirst);
	}

	// "6:45 PM MST", "5:42 p.m. ET": a clock, its half of the day if any, and a zone of a
	// country that writes the month first (date.month-first-zones), in capitals.
	private static final Pattern MONTH_FIRST_ZONE = Pattern.compile("(?<![\\d:])\\d{1,2}:[0-5]\\d"
			+ "(?:\\s?(?:[AaPp]\\.?[Mm]\\.?))?\\s+(?:" + capitalsOf(Languages.DATE_MONTH_FIRST_ZONES) + ")\\b");

	// ", IA 50613", ", DC 20036-2103": a state's postal code (date.month-first-states),
	// in capitals, after a town's comma and before a ZIP code of five figures.
	private static final Pattern MONTH_FIRST_ADDRESS = Pattern
		.compile(", (?:" + capitalsOf(Languages.DATE_MONTH_FIRST_STATES) + ") \\d{5}(?:-\\d{4})?(?!\\d)");

	// A town's name: up to four capitalised words ("Harlan", "Cedar Falls").
	private static final String TOWN = "[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}";

	// A state's postal code closing an address that has no ZIP code: any of
	// date.month-first-states but those a day-first country's own addresses close with
	// too (date.shared-state-codes: "12 Hay Street, Perth, WA" is Western Australia's),
	// which only a ZIP code makes American (review53a).
	private static final String STATE_WITHOUT_ZIP = "(?!(?:" + capitalsOf(Languages.DATE_SHARED_STATE_CODES) + ")$)(?:"
			+ capitalsOf(Languages.DATE_MONTH_FIRST_STATES) + ")$";

	// "1400 Courthouse Square, Harlan, IA": a street's number and name, a town and a
	// state's postal code closing the line, an address with no ZIP code; or the town and
	// the state alone on the line under the street's ("1000 W. Prairie Road" / "Cedar
	// Falls, IA"; MONTH_FIRST_STREET). Asked of short lines only, as an address is one:
	// each figure may open a try that reads on to the next comma.
	// The street is one by its word (Boilerplate.STREET: "Drive", "Ave."), so neither a
	// line's count ("3 Min Read" over "Steven Kim, MD") nor a European postcode before
	// its town ("Hauptstraße 12, 80331 München, Bayern, DE") is read as one (meta54).
	private static final Pattern MONTH_FIRST_STREET_ADDRESS = Pattern
		.compile("(?<!\\d)" + Boilerplate.STREET + ", " + TOWN + ", " + STATE_WITHOUT_ZIP);

	private static final Pattern MONTH_FIRST_TOWN = Pattern.compile("^" + TOWN + ", " + STATE_WITHOUT_ZIP);

	// A street opening the line ("1000 W. Prairie Road").
	private static final Pattern MONTH_FIRST_STREET = Pattern.compile("^" + Boilerplate.STREET + "(?![\\p{L}\\d])");

	// "media@hepburnranges.vic.gov.au", "www.cornwallnews.co.uk": an email's or a web
	// address's host under a country's domain (date.day-first-domains) where the day is
	// written first. A web address only as a site gives its own, the host alone: one
	// that goes on to a page's path ("https://www.ons.gov.uk/economy/…") is a link the
	// text cites, which a page of any country may (review53a).
	private static final Pattern DAY_FIRST_DOMAIN = Pattern
		.compile("(?:@|\\bhttps?://|\\bwww\\.)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:"
				+ String.join("|", Languages.values(Languages.DATE_DAY_FIRST_DOMAINS))
				+ ")(?![A-Za-z0-9-]|\\.[A-Za-z0-9]|/[^\\s)\\]])");

	// The key's values as alternatives of a pattern, in capitals as a stamp or an
	// address writes them (the language files write them in lower case).
	private static String capitalsOf(String key) {
		return Languages.values(key)
			.stream()
			.map((value) -> Pattern.quote(value.toUpperCase(Locale.ROOT)))
			.collect(Collectors.joining("|"));
	}

	// Whether a line of the page shows a clock in a time zone, or an address, of a
	// country that writes a numeric date's month first: a US site's stamp or footer. Of
	// the 102 pages of dev and the open sets that show a zone or a ZIP code, none writes
	// the day first; of the 10 invented pages that show a street address without a ZIP
	// code (dev has none), none either (meta53). The text's own sentences are no such
	// line: a British or an Irish story may name a launch "at 10:00 AM PT" or a fair's
	// office "…, Boston, MA 02114." and still write "04/11/2026" day first (review51a),
	// and neither is an address on a line among the text's paragraphs (standsAmongText);
	// a zone's clock counts wherever it stands.
	private static boolean showsMonthFirstCountry(List<Paragraph> paragraphs) {
		for (int i = 0; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text();
			if (Texts.isClosedRunningText(text)) {
				continue;
			}
			// a zone wherever the line stands, an address only off the text's paragraphs
			if (text.indexOf(':') >= 0 && MONTH_FIRST_ZONE.matcher(text).find() || text.indexOf(", ") >= 0
					&& (MONTH_FIRST_ADDRESS.matcher(text).find()
							|| text.length() <= MAX_LINE && MONTH_FIRST_STREET_ADDRESS.matcher(text).find()
							|| i > 0 && MONTH_FIRST_TOWN.matcher(text).find()
									&& MONTH_FIRST_STREET.matcher(paragraphs.get(i - 1).text()).find())
					&& !standsAmongText(paragraphs, i)) {
				return true;
			}
		}
		return false;
	}

	// Whether a line of the page (no sentence of its text, and no line among its
	// paragraphs: standsAmongText) shows an email or a web address under the domain of a
	// country that writes a numeric date's day first: a British, Irish, Australian or New
	// Zealand site's contact line or footer. Of the 21 pages of dev and the open sets
	// that show one, none writes the month first (meta53).
	private static boolean showsDayFirstCountry(List<Paragraph> paragraphs) {
		for (int i = 0; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text();
			if (!Texts.isClosedRunningText(text)
					&& (text.indexOf('@') >= 0 || text.indexOf("www.") >= 0 || text.indexOf("://") >= 0)
					&& DAY_FIRST_DOMAIN.matcher(text).find() && !standsAmongText(paragraphs, i)) {
				return true;
			}
		}
		return false;
	}

	// How far over a line among the text's paragraphs the paragraph above it may stand: a
	// venue's name and street over its town ("Paramount Theatre" / "713 Congress Avenue"
	// / "Austin, TX").
	private static final int AMONG_TEXT_REACH = 3;

	// Whether the line stands among the text's paragraphs: two paragraphs of running
	// text right under it and one within a few lines over it. An address or a web domain
	// there is the story's (a US venue's "1200 Congress Avenue, Austin, TX" in a British
	// choir's tour, a quoted source's "press@ox.ac.uk" in an American story), not the
	// site's own, which its header, contact line or footer gives. Of the 159 lines of
	// dev and the open sets that show a country, no address or domain stands so
	// (meta54); three zones' clocks do (two sites' stamps over the text's first
	// paragraph, a German page's quoted post), so a zone is asked wherever it stands.
	// One paragraph under it is not enough, nor a newsletter's sign-up prompt: a site's
	// own contact line right under the story's last paragraph stands over the site's
	// About or sign-up text ("…, 1400 Courthouse Square, Harlan, IA" / "Sign up for our
	// newsletter …", "news@….co.uk" / "The Penhallow Post is an independent weekly …";
	// dev's Australian mining story's "Contact: …@wanews.com.au" / "Get the latest news
	// … in your inbox.") and shows the site's country (review54b).
	private static boolean standsAmongText(List<Paragraph> paragraphs, int line) {
		if (!continuesText(paragraphs, line + 1) || !continuesText(paragraphs, line + 2)) {
			return false;
		}
		for (int i = line - 1; i >= 0 && i >= line - AMONG_TEXT_REACH; i--) {
			if (Texts.isRunningText(paragraphs.get(i).text())) {
				return true;
			}
		}
		return false;
	}

	// Whether the paragraph at the index is the text's running text, not a site's
	// newsletter prompt.
	private static boolean continuesText(List<Paragraph> paragraphs, int index) {
		if (index >= paragraphs.size()) {
			return false;
		}
		Paragraph paragraph = paragraphs.get(index);
		return Texts.isRunningText(paragraph.text()) && !Boilerplate.isSignUpPrompt(paragraph);
	}

	// Which orders the numeric dates of one line show by a day over 12: "30/11/2026"
	// sets DAY_OVER_TWELVE_FIRST, "11/30/2026" DAY_OVER_TWELVE_SECOND; a version's
	// number shows none.
	private static int numericOrders(String text) {
		int orders = 0;
		Matcher matcher = ORDERED_NUMERIC_DATE.matcher(text);
		while (matcher.find()) {
			if (!isVersionNumber(text, matcher.start())) {
				int first = Integer.parseInt(matcher.group(1));
				int second = Integer.parseInt(matcher.group(3));
				if (first > 12 && second >= 1 && second <= 12) {
					orders |= DAY_OVER_TWELVE_FIRST;
				}
				if (second > 12 && first >= 1 && first <= 12) {
					orders |= DAY_OVER_TWELVE_SECOND;
				}
			}
		}
		return orders;
	}

	private static final int DAY_OVER_TWELVE_FIRST = 1;

	private static final int DAY_OVER_TWELVE_SECOND = 2;

	// One order when the evidence shows one, none when it shows both or neither.
	private static NumericOrder orderOf(boolean dayFirst, boolean monthFirst) {
		return (dayFirst == monthFirst) ? NumericOrder.NOT_KNOWN
				: dayFirst ? NumericOrder.DAY_FIRST : NumericOrder.MONTH_FIRST;
	}

	// CLDR's full and short English names of the months or the weekdays, and the
	// spellings it lacks ("Sept", "Tues"), as one alternation.
	private static <T> String englishNames(T[] values, BiFunction<T, TextStyle, String> name, String... spellings) {
		Set<String> names = new HashSet<>(List.of(spellings));
		for (T value : values) {
			names.add(name.apply(value, TextStyle.FULL));
			names.add(name.apply(value, TextStyle.SHORT));
		}
		return String.join("|", names);
	}

	// "Users on version 2.14.26 and earlier": a version's or a build's number after its
	// word reads as a date but orders nothing.
	private static boolean isVersionNumber(String text, int start) {
		int end = start;
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		int from = end;
		while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
			from--;
		}
		return VERSION_WORDS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
	}

	// Words before a version's number ("version 2.14.26", "v2.14.26", "build 3.1.12").
	private static final Set<String> VERSION_WORDS = Set.of("version", "versión", "versão", "versione", "ver", "v",
			"build");

	// Whether the page's language writes a numeric date day first (CLDR's short date
	// pattern for it: "dd/MM/y", not "M/d/yy"). English is written both ways, so it
	// does not say.
	private static boolean readsDayFirst(List<Paragraph> paragraphs) {
		// The running text joined by line breaks, up to the sample's length: read block
		// by block, so the words the page's pass looked up are not looked up again.
		List<String> texts = new ArrayList<>();
		List<Paragraph> blocks = new ArrayList<>();
		sampleLanguage(paragraphs, Texts::isRunningText, texts, blocks);
		if (texts.isEmpty()) {
			// Lao, Thai, Khmer and Burmese leave no space between words: a short
			// article's paragraphs have too few to be running text, but each closes as
			// a sentence, in a script that names its language alone (blind36's Lao
			// "04/12/2026" under its byline, day first as Lao writes it). Only blocks in
			// such a script: on an English page of short lines a French cookie notice
			// or a Spanish menu closes as a sentence too, and would order its date
			// (review59a).
			sampleLanguage(paragraphs, DateLineDetector::closesUnspacedSentence, texts, blocks);
		}
		String language = LanguageDetector.detect(texts, blocks, 1);
		if (language == null || language.equals("en")) {
			return false;
		}
		return CalendarNames.writesDayFirst(Locale.forLanguageTag(language));
	}

	// A block that closes as a sentence, its first letter of a script written without
	// spaces between words (Lao, Thai, Khmer, Burmese).
	private static boolean closesUnspacedSentence(String text) {
		return Texts.endsAsSentenceInAnyScript(text)
				&& Scripts.lettersPerWord(text.codePoints().filter(Character::isLetter).findFirst().orElse(0)) > 0;
	}

	// The page's blocks the test takes, up to the language sample's length.
	private static void sampleLanguage(List<Paragraph> paragraphs, Predicate<String> sampled, List<String> texts,
			List<Paragraph> blocks) {
		int length = 0;
		for (Paragraph paragraph : paragraphs) {
			if (sampled.test(paragraph.text())) {
				texts.add(paragraph.text());
				blocks.add(paragraph);
				length += paragraph.text().length() + 1;
				if (length >= LANGUAGE_SAMPLE) {
					return;
				}
			}
		}
	}

	// "Von Christian am 03.05.2013, 11:51 | 0 Meinungen | Energie sparen", "January 13,
	// 2020 at 08:45 AM | categories: Python": a meta line whose parts a separator
	// divides; the part that is a date line dates the page, and a label in the part
	// before it ("Veröffentlicht am: | 28. Oktober 2023") still counts.
	private static DateLine detectSegment(String line, NumericOrder order) {
		if (!mayHoldSegmentSeparator(line)) {
			// the pattern cannot split it: one part, no segments (most lines asked)
			return null;
		}
		String[] parts = SEGMENT_SEPARATORS.split(line, MAX_SEGMENTS + 1);
		if (parts.length < 2 || parts.length > MAX_SEGMENTS) {
			return null;
		}
		DateLine first = null;
		for (String part : parts) {
			String segment = part.strip();
			if (segment.length() < 6) {
				continue;
			}
			DateLine found = detectWhole(segment, order);
			if (first == null && found != null) {
				first = found;
			}
			// "Release: 11.02.2005 | Dragonflight: 29.11.2022": a fact box of a product
			// whose other dates are releases too, not the page's.
			if (found == null && namesOtherEvent(segment)) {
				return null;
			}
		}
		return first;
	}

	// Whether the line holds a character that every SEGMENT_SEPARATORS match holds, so
	// that a line without one is let go without running the pattern.
	private static boolean mayHoldSegmentSeparator(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (SEGMENT_SEPARATOR_MARKS.indexOf(line.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean namesOtherEvent(String segment) {
		for (Token token : DateParser.tokenize(segment)) {
			if (token.kind() == Kind.WORD && NOT_DATE_LINE.contains(token.text())) {
				return true;
			}
		}
		return false;
	}

	private static DateLine detectWhole(String line, NumericOrder order) {
		List<Token> tokens = DateParser.tokenize(line);
		List<Found> dates = DateParser.findAll(tokens, order);
		if (dates.isEmpty() || isBareShortDate(tokens, dates)) {
			return null;
		}
		boolean[] covered = coveredDates(tokens, dates);
		boolean[] phraseLabels = coverPublishedPhrases(tokens, covered);
		int fillerChars = coverMetaWords(line, tokens, dates, covered);
		int unknownWords = 0;
		// Fillers ("am", "um", "Uhr") and comment prompts do not make a line a sentence.
		int unknownLowerCase = 0;
		boolean labelled = phraseLabels != null && covered[0];
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
				if (ALLOWED.contains(word)) {
					fillerChars += word.length() + 1;
					continue;
				}
				if (isLabel(word)) {
					labelled |= i == 0;
					continue;
				}
				if (CalendarNames.isWeekday(word) || DateParser.month(token) != null || isClockMark(tokens, i)
						|| CalendarNames.isPrefixedWeekday(word)) {
					continue;
				}
				unknownWords++;
				if (Character.isLowerCase(line.charAt(token.start()))) {
					unknownLowerCase++;
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
		// not. A meta line that opens with its label may name more ("Veröffentlicht am
		// 03.02.2022 von A B Site Name"), and a meta line that ends with a comment prompt
		// may name its author by a lower-case user name ("28. Januar 2015 jdoe Schreibe
		// einen Kommentar").
		if (unknownLowerCase > 0 && !(unknownLowerCase == 1 && unknownWords == 1 && endsWithCommentPrompt(tokens))
				|| unknownWords > 2
				|| (unknownWords > 0 && line.length() - fillerChars > (labelled ? LABELLED_LINE : PLAIN_LINE))) {
			return null;
		}
		return choose(tokens, dates, phraseLabels);
	}

	/**
	 * The date of a site's meta line right beside the headline, or {@code null}:
	 * "21/06/2014 Tony Carter All, Books, Kit Reviews", "19.10.2019 11:36 telebasel",
	 * "25. Januar 2022 (DJV/FWR) Berlin/Ratingen" name the date among a writer's, a
	 * source's or the sections' names, more of them than {@link #detect(String)} lets a
	 * date line hold anywhere on the page. Read only where the caller knows the line
	 * stands beside the headline over the text: one date, no sentence (no closing
	 * punctuation, at most one lower-case word that is no date line's), no other event's
	 * word, no label after the date, no other year; small numbers (a count, "1.
	 * Bundesliga") may stand there.
	 */
	static DateLine detectBesideHeadline(String line) {
		return detectBesideHeadline(line, NumericOrder.NOT_KNOWN);
	}

	/**
	 * The date of a site's meta line right beside the headline, as
	 * {@link #detectBesideHeadline(String)}, {@code 03/12/26} read in the page's
	 * {@code order}.
	 */
	static DateLine detectBesideHeadline(String line, NumericOrder order) {
		if (line.length() > LABELLED_LINE || Texts.endsWithSentencePunctuation(line) || !DateParser.mayHoldDate(line)) {
			return null;
		}
		List<Token> tokens = DateParser.tokenize(line);
		List<Found> dates = DateParser.findAll(tokens, order);
		if (dates.size() != 1) {
			return null;
		}
		Found date = dates.get(0);
		boolean[] covered = coveredDates(tokens, dates);
		boolean[] phraseLabels = coverPublishedPhrases(tokens, covered);
		coverMetaWords(line, tokens, dates, covered);
		int lowerCase = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (covered[i]) {
				continue;
			}
			if (token.kind() == Kind.WORD) {
				String word = token.text();
				// "November 18, 2019 at 2:26 PM HST - Updated November 18": a label after
				// the date names another time of the article
				if (NOT_DATE_LINE.contains(word) || isLabel(word) && i > date.lastToken()
						|| EVENT_PLACES.contains(word)) {
					return null;
				}
				if (!ALLOWED.contains(word) && !isLabel(word) && !CalendarNames.isWeekday(word)
						&& DateParser.month(token) == null && !isClockMark(tokens, i)
						&& Character.isLowerCase(line.charAt(token.start())) && !CalendarNames.isPrefixedWeekday(word)
						&& ++lowerCase > 1) {
					return null;
				}
			}
			else if (token.kind() == Kind.NUMBER && token.digits() > 2 && !isTimeOrMeasure(tokens, i)
					&& !isTrailingCount(tokens, i, date) || token.is('©') || isScore(line, tokens, i)) {
				return null;
			}
		}
		return choose(tokens, dates, phraseLabels);
	}

	// "Friday, 4 December 2026 00:00 - - 312": a meta line's view count, the line's last
	// token, after the date and a dash or a bar that parts the line's fields. No year (a
	// range's "2020 - 2026"), and a separator right before it, so "2026 312 Main Street"
	// or "4 December 2026, 312 pages" stay refused.
	private static boolean isTrailingCount(List<Token> tokens, int i, Found date) {
		Token token = tokens.get(i);
		if (i != tokens.size() - 1 || i < date.lastToken() + 2 || token.digits() > MAX_COUNT_DIGITS
				|| token.digits() == 4 && token.number() >= DateParser.MIN_YEAR) {
			return false;
		}
		Token before = tokens.get(i - 1);
		return before.is('-') || before.is('–') || before.is('—') || before.is('|') || before.is('·');
	}

	private static final int MAX_COUNT_DIGITS = 7;

	// What both date-line readers cover after the dates and the published phrases, in
	// this order (each step leaves what an earlier one covered): a byline, a glued
	// twin's author, the categories, the comment prompts. Returns the prompts'
	// characters, which count as fillers. The twin's author needs two dates, so it
	// never applies beside the headline, where a line holds one.
	private static int coverMetaWords(String line, List<Token> tokens, List<Found> dates, boolean[] covered) {
		coverByline(line, tokens, covered);
		coverTwinsAuthor(tokens, dates, covered);
		coverCategories(tokens, covered);
		return coverCommentPrompts(tokens, covered);
	}

	// "November 26, 2017November 26, 2017 jdoe", "1. November 20161. November 2016":
	// a theme that prints the post's published and updated stamps side by side, with
	// no space between them, shows one date twice when the post was never updated.
	// Only the same date, the second starting where the first ends.
	private static boolean isGluedTwin(List<Token> tokens, List<Found> dates) {
		if (dates.size() != 2 || !dates.get(0).date().equals(dates.get(1).date())) {
			return false;
		}
		Token end = tokens.get(dates.get(0).lastToken());
		return tokens.get(dates.get(1).firstToken()).start() == end.start() + end.text().length();
	}

	// "November 26, 2017November 26, 2017 jdoe42, Politics": the author's name a theme
	// prints right after a glued twin (isGluedTwin), up to three words, a user name
	// perhaps lower case and with digits glued on, is no word of a sentence.
	private static void coverTwinsAuthor(List<Token> tokens, List<Found> dates, boolean[] covered) {
		if (!isGluedTwin(tokens, dates)) {
			return;
		}
		int names = 0;
		for (int j = dates.get(1).lastToken() + 1; j < tokens.size() && names < MAX_NAME_WORDS; j++) {
			Token next = tokens.get(j);
			if (covered[j] || next.kind() != Kind.WORD || isLabel(next.text()) || NOT_DATE_LINE.contains(next.text())) {
				return;
			}
			covered[j] = true;
			names++;
			Token digits = (j + 1 < tokens.size()) ? tokens.get(j + 1) : null;
			if (digits != null && digits.kind() == Kind.NUMBER && digits.digits() <= 2
					&& digits.start() == next.start() + next.text().length()) {
				covered[++j] = true;
			}
		}
	}

	// The line's tokens, those of its dates marked: what a date line holds besides them
	// is judged word by word.
	private static boolean[] coveredDates(List<Token> tokens, List<Found> dates) {
		boolean[] covered = new boolean[tokens.size()];
		for (Found found : dates) {
			for (int i = found.firstToken(); i <= found.lastToken(); i++) {
				covered[i] = true;
			}
		}
		return covered;
	}

	// Where a match, a concert or a show takes place ("Town Hall", "Stadium", "Rovers vs
	// Town", "Kick-off"): the line under the headline names the event's date, not the
	// page's ("Saturday 14 March 2026, Town Hall, Ashford").
	private static final Set<String> EVENT_PLACES = Languages.words(Languages.DATE_EVENT_PLACES);

	// "Rovers 2-1 Town, 16 March 2025": a match's score, two small numbers joined by a
	// hyphen, names the day the match was played.
	private static boolean isScore(String line, List<Token> tokens, int i) {
		if (i + 2 >= tokens.size() || tokens.get(i).kind() != Kind.NUMBER || !tokens.get(i + 1).is('-')
				|| tokens.get(i + 2).kind() != Kind.NUMBER || tokens.get(i).digits() > 2
				|| tokens.get(i + 2).digits() > 2) {
			return false;
		}
		int hyphen = tokens.get(i + 1).start();
		return hyphen == tokens.get(i).start() + tokens.get(i).text().length()
				&& tokens.get(i + 2).start() == hyphen + 1;
	}

	// Whether the line's label is one of several words ("Press release 28 November").
	private static boolean opensWithPublishedPhrase(String line) {
		List<Token> tokens = DateParser.tokenize(line);
		return coverPublishedPhrases(tokens, new boolean[tokens.size()]) != null;
	}

	// "NEWS RELEASE 2-DEC-2026", "Published online 30 November 2026": a label of several
	// words covers them all, so that its last word, alone a product's release or a
	// sentence's word, makes the line no sentence. Returns where each label's last word
	// stands, the word a date's label is looked for at, or null when the line has none.
	private static boolean[] coverPublishedPhrases(List<Token> tokens, boolean[] covered) {
		boolean[] labels = null;
		for (String[] words : PUBLISHED_PHRASE_WORDS) {
			for (int i = 0; i + words.length <= tokens.size(); i++) {
				if (isPromptAt(tokens, i, words)) {
					for (int k = 0; k < words.length; k++) {
						covered[i + k] = true;
					}
					labels = (labels != null) ? labels : new boolean[tokens.size()];
					labels[i + words.length - 1] = true;
				}
			}
		}
		return labels;
	}

	// "Leave a comment", "Schreibe einen Kommentar" at the end of a meta line, after
	// other words, as WordPress themes print it after the date and the author: the
	// prompt coverCommentPrompts finds anywhere, as the line's last words (but for the
	// punctuation a key drops at its end).
	private static boolean endsWithCommentPrompt(List<Token> tokens) {
		int end = tokens.size();
		while (end > 0 && tokens.get(end - 1).kind() == Kind.SYMBOL
				&& Texts.isEdgePunctuation(tokens.get(end - 1).text().charAt(0))) {
			end--;
		}
		for (String[] words : COMMENT_PROMPT_WORDS) {
			if (end - words.length > 0 && isPromptAt(tokens, end - words.length, words)) {
				return true;
			}
		}
		return false;
	}

	// "By Jeff Foust — November 18, 2019", "Veröffentlicht am 12. Juni 2017 von gizzmo",
	// "Written by Ana Sandoiu on July 27, 2017": a byline shares the date line. The label
	// and up to three name words after it (a user name may be lower case) are not
	// words of a sentence, nor is a participle right before a label that opens the line
	// ("Written by", "Erstellt von").
	private static void coverByline(String line, List<Token> tokens, boolean[] covered) {
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			boolean pair = isPairedLabel(tokens, i);
			if (covered[i] || token.kind() != Kind.WORD
					|| !pair && !BYLINE_WORDS.contains(token.text()) && !isGluedByline(line, token)) {
				continue;
			}
			covered[i] = true;
			if (pair || i == 1 && tokens.get(0).kind() == Kind.WORD) {
				covered[i - 1] = true;
			}
			int names = 0;
			// "Author: Jane Roe": the label's colon
			int first = (i + 1 < tokens.size() && tokens.get(i + 1).is(':')) ? i + 2 : i + 1;
			for (int j = first; j < tokens.size() && names < MAX_NAME_WORDS; j++) {
				Token next = tokens.get(j);
				if (covered[j] || next.kind() == Kind.NUMBER
						|| next.kind() == Kind.WORD && (isLabel(next.text()) || ALLOWED.contains(next.text())
								|| BYLINE_WORDS.contains(next.text()) || CATEGORY_LABELS.contains(next.text()))) {
					break;
				}
				if (next.kind() == Kind.WORD) {
					covered[j] = true;
					names++;
				}
				else if (!next.is('@') && !next.is('.') && !next.is('-') && !next.is('_')) {
					break;
				}
			}
		}
	}

	// Whether the token closes a byline label of two words with the word before it
	// ("Pubblicato da Marta Lodi il 3 dicembre 2026", "Scritto da …"): Italian's "da"
	// alone is "from" and no label.
	private static boolean isPairedLabel(List<Token> tokens, int i) {
		if (i == 0 || tokens.get(i).kind() != Kind.WORD || tokens.get(i - 1).kind() != Kind.WORD) {
			return false;
		}
		String first = tokens.get(i - 1).text();
		return PAIRED_LABELS.contains(first + " " + tokens.get(i).text());
	}

	// "Veröffentlicht vonChris Jung", "byJane Roe": a theme that prints the label and
	// the author's link without a space between them; the name's capital shows where
	// the label ends.
	private static boolean isGluedByline(String line, Token token) {
		int length = token.text().length();
		for (int k = 2; k < length - 1 && token.start() + k < line.length(); k++) {
			if (Character.isUpperCase(line.charAt(token.start() + k))) {
				return Character.isLowerCase(line.charAt(token.start()))
						&& BYLINE_WORDS.contains(token.text().substring(0, k));
			}
		}
		return false;
	}

	// "01.02.2022 Kategorie: Synchronschwimmen, Verband", "Von A Kategorien: Mode 6.
	// November 2023": a category label and the names after it, up to the date or a
	// number, are the page's sections, not words of a sentence.
	private static void coverCategories(List<Token> tokens, boolean[] covered) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (covered[i] || token.kind() != Kind.WORD || !tokens.get(i + 1).is(':')
					|| !CATEGORY_LABELS.contains(token.text())) {
				continue;
			}
			covered[i] = true;
			int names = 0;
			for (int j = i + 2; j < tokens.size() && names < MAX_CATEGORY_WORDS; j++) {
				Token next = tokens.get(j);
				if (covered[j] || next.kind() == Kind.NUMBER) {
					break;
				}
				if (next.kind() == Kind.WORD) {
					covered[j] = true;
					names++;
				}
			}
		}
	}

	// "26. September 2019 · Schreibe einen Kommentar", "May 5, 2019 - Leave a reply": a
	// meta line's comment prompt, whole as the comments headings name it, is no sentence.
	// Returns the characters it covers, which count as fillers.
	private static int coverCommentPrompts(List<Token> tokens, boolean[] covered) {
		int chars = 0;
		for (String[] words : COMMENT_PROMPT_WORDS) {
			for (int i = 0; i + words.length <= tokens.size(); i++) {
				if (isPromptAt(tokens, i, words) && !isAnyCovered(covered, i, words.length)) {
					for (int k = 0; k < words.length; k++) {
						covered[i + k] = true;
						chars += words[k].length() + 1;
					}
				}
			}
		}
		return chars;
	}

	// Whether the prompt's words stand at the token, one word token each.
	private static boolean isPromptAt(List<Token> tokens, int at, String[] words) {
		for (int k = 0; k < words.length; k++) {
			Token token = tokens.get(at + k);
			if (token.kind() != Kind.WORD || !token.text().equals(words[k])) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAnyCovered(boolean[] covered, int from, int count) {
		for (int k = from; k < from + count; k++) {
			if (covered[k]) {
				return true;
			}
		}
		return false;
	}

	// "11/13/19 9:00AM" alone under a teaser's headline, as a list of other stories
	// shows it: a slashed date with a two-digit year dates the page only with its byline
	// or label on the line ("By Tess Bonn - 11/19/19", "Publié le 02/11/23 à 16h33"); so
	// does a dashed one ("04-12-26, 10:15"), which beside the headline still dates the
	// page as its meta line.
	private static boolean isBareShortDate(List<Token> tokens, List<Found> dates) {
		Found found = dates.get(0);
		Token separator = tokens.get(found.firstToken() + 1);
		if (found.lastToken() - found.firstToken() != 4 || !separator.is('/') && !separator.is('-')
				|| tokens.get(found.firstToken()).digits() > 2 || tokens.get(found.lastToken()).digits() != 2) {
			return false;
		}
		for (Token token : tokens) {
			if (token.kind() == Kind.WORD && (isLabel(token.text()) || BYLINE_WORDS.contains(token.text()))) {
				return false;
			}
		}
		return true;
	}

	private static Set<String> bylineWords() {
		Set<String> words = new HashSet<>();
		for (String label : Languages.values(Languages.BYLINE_LABELS)) {
			String word = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
			if (!word.isEmpty() && word.indexOf(' ') < 0) {
				words.add(word);
			}
		}
		words.removeAll(Languages.words(Languages.DATE_PUBLISHED));
		return Set.copyOf(words);
	}

	private static boolean isLabel(String word) {
		return PUBLISHED.contains(word) || UPDATED.contains(word);
	}

	// Picks the publication date when a line holds both ("Published 3 May, updated 5
	// May").
	private static DateLine choose(List<Token> tokens, List<Found> dates, boolean[] phraseLabels) {
		DateLine updated = null;
		DateLine plain = null;
		for (Found found : dates) {
			Label label = labelBefore(tokens, found.firstToken(), phraseLabels);
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

	private static Label labelBefore(List<Token> tokens, int index, boolean[] phraseLabels) {
		for (int i = index - 1; i >= 0 && i >= index - LABEL_REACH; i--) {
			Token token = tokens.get(i);
			// "Updated 10:01 pm PST, Tuesday, November 19": a time between the label and
			// its date is no other date.
			if (token.kind() == Kind.NUMBER && !isTimeOrMeasure(tokens, i)) {
				break;
			}
			if (token.kind() == Kind.WORD) {
				if (UPDATED.contains(token.text())) {
					return Label.UPDATED;
				}
				if (PUBLISHED.contains(token.text()) || phraseLabels != null && phraseLabels[i]) {
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
		// "(GMT+7)": a zone's offset
		if (i > 1 && (tokens.get(i - 1).is('+') || tokens.get(i - 1).is('-'))
				&& TIME_ZONES.contains(tokens.get(i - 2).text())) {
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
		if (token.digits() <= 2 && isClockMark(tokens, i + 1)) {
			return true;
		}
		if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.WORD) {
			String unit = tokens.get(i + 1).text();
			// "0339 GMT (1139 HKT)": a time in a zone; "0 Kommentare": a count
			if (token.digits() == 4 && token.number() <= 2359 && TIME_ZONES.contains(unit) || COUNTED.contains(unit)) {
				return true;
			}
			return unit.equals("px") || unit.equals("pt") || unit.equals("em") || unit.startsWith("min")
					|| unit.equals("мин") || unit.equals("views") || unit.equals("h") || unit.equals("am")
					|| unit.equals("pm") || unit.equals("uhr") || unit.equals("просмотров")
					|| unit.startsWith("comment") || unit.equals("shares") || unit.startsWith("комментари");
		}
		return false;
	}

	// 時 in "11時00分": an hour's, a minute's or a second's mark right after its number.
	private static boolean isClockMark(List<Token> tokens, int i) {
		return i > 0 && i < tokens.size() && tokens.get(i - 1).kind() == Kind.NUMBER
				&& tokens.get(i - 1).start() + tokens.get(i - 1).text().length() == tokens.get(i).start()
				&& CLOCK_MARKS.contains(tokens.get(i).text());
	}

	/** Whether the line says "today is ...", which dates the visit, not the article. */
	static boolean isTodayHeader(String line) {
		// Only the start is compared: lower-case a prefix, not a whole page-long line.
		// A capital sigma lower-cases by what follows it, so a prefix holding one is
		// not cut.
		String head = (line.length() > TODAY_PREFIX) ? line.substring(0, TODAY_PREFIX) : line;
		String lower = ((head.indexOf('Σ') >= 0) ? line : head).toLowerCase(Locale.ROOT);
		for (String today : TODAY) {
			if (lower.startsWith(today)) {
				return true;
			}
		}
		return false;
	}

	/** What a date line says about its date. */
	enum Label {

		PUBLISHED, UPDATED, NONE

	}

	/** A date line's date, its label and how sure we are. */
	record DateLine(LocalDate date, Label label) {

	}

	/**
	 * A date line of a page, with what tells a publication date from the other dates a
	 * page shows.
	 *
	 * @param date the date
	 * @param paragraph the index of the paragraph in the list given to
	 * {@link #candidates(List)}
	 * @param line the 1-based line of the file
	 * @param label whether a "Published" or an "Updated" label stands before it
	 * @param inList whether it stands among other date lines (a list of related articles,
	 * an archive) or under a heading of related articles
	 * @param inComments whether it stands below a comments heading
	 * @param masthead whether it is a weekday's date above the page's text, where a site
	 * dates the visit
	 * @param score higher is likelier the publication date: a label counts for, a list or
	 * comments against; position is left to the caller, who knows where the article is
	 */
	record Candidate(LocalDate date, int paragraph, int line, Label label, boolean inList, boolean inComments,
			boolean masthead, int score) {

	}

	// A page's cues to the order of an ambiguous numeric date's day and month, each asked
	// of the page once and only when a reader needs it: the order its short lines'
	// numeric dates show, whether that or its language writes the day first, the order
	// of the dates it spells with a month name, and the order of the country it shows
	// by a clock in a time zone, an address or a web address's domain.
	private static final class PageOrder {

		private final List<Paragraph> paragraphs;

		private NumericOrder shown;

		private Boolean dayFirst;

		private NumericOrder written;

		private NumericOrder country;

		PageOrder(List<Paragraph> paragraphs) {
			this.paragraphs = paragraphs;
		}

		NumericOrder shown() {
			if (this.shown == null) {
				this.shown = shownOrder(this.paragraphs);
			}
			return this.shown;
		}

		// Day first where the page's numeric dates show it, else where its language
		// writes it so.
		boolean dayFirst() {
			if (this.dayFirst == null) {
				this.dayFirst = shown() == NumericOrder.DAY_FIRST || readsDayFirst(this.paragraphs);
			}
			return this.dayFirst;
		}

		NumericOrder written() {
			if (this.written == null) {
				this.written = writtenOrder(this.paragraphs);
			}
			return this.written;
		}

		// The order of the country the page shows, when it shows one country's only:
		// a US address beside a British site's email says nothing.
		NumericOrder country() {
			if (this.country == null) {
				this.country = orderOf(showsDayFirstCountry(this.paragraphs), showsMonthFirstCountry(this.paragraphs));
			}
			return this.country;
		}

	}

	// A run's first day, with the first token it takes.
	private record RunStart(int firstToken, LocalDate date) {

	}

}
