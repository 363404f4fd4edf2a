package io.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Boxes a page sets right under an article, whose sentences read as the article's own: an
 * organisation's box after a press release ("About Halvorsen Foods" / "Halvorsen Foods is
 * a family-owned dairy company …") and a paywall's ("Already a subscriber? Sign in" /
 * "Keep reading with a … subscription" / "Get unlimited access to …"). The walk up from
 * the page's end stops at the first sentence it meets, so it stopped at the box's and
 * kept the box; a box's heading is where the article ends, and the sentences under it let
 * the walk pass on to it.
 * <p>
 * A list of other stories under a "More …" label is left out the same way
 * ({@link #isTeaserListLabel}).
 * <p>
 * The words come from the language files ({@link Languages#BOXES_ABOUT},
 * {@link Languages#BOXES_PAYWALL}, {@link Languages#RELATED_LIST_LABELS}). Each check
 * reads a bounded opening of a few neighbouring blocks, so the walk stays linear.
 */
final class TailBoxes {

	// A box's heading is a short line.
	private static final int MAX_HEADING = 120;

	// An organisation's name in its box's heading has at most so many words.
	private static final int MAX_NAME_WORDS = 8;

	// A box's sentences stand at most so many blocks under its heading.
	private static final int REACH = 3;

	// The description under an organisation's heading names it among its first words.
	private static final int OPENING_WORDS = 12;

	// The opening's words are read from so many characters.
	private static final int OPENING_CHARS = 200;

	// A name word must be this long to be compared: "Us" and "Me" ("About Us") are
	// no organisation's name.
	private static final int MIN_NAME_LETTERS = 3;

	// "About " with a space after it, as a name follows; "à propos d'" runs into the
	// name ("À propos d'Halvorsen"), with a straight or a curly apostrophe.
	private static final Prefixes ABOUT = Prefixes.of(Languages.values(Languages.BOXES_ABOUT)
		.stream()
		.flatMap((word) -> word.endsWith("'") ? Stream.of(word, word.replace('\'', '\u2019')) : Stream.of(word + " "))
		.toArray(String[]::new));

	// A paywall's line says no more than its phrase and a few words ("Subscribers only",
	// "Keep reading with a Times subscription"); a sentence that opens with the phrase
	// and goes on ("Subscribers only pay half price for the toll, the mayor said") is
	// the article's.
	private static final int MAX_WORDS_AFTER_PAYWALL = 5;

	private static final Set<String> DISCLOSURES = Languages.words(Languages.BOXES_DISCLOSURES);

	private static final Prefixes PAYWALL = Prefixes
		.of(Languages.values(Languages.BOXES_PAYWALL).toArray(String[]::new));

	// A teaser list's label says "More" and the list's subject in a few words ("More
	// rugby union", "More in White House"); the colon of a list the article introduces
	// ("More ways to help:") makes it no label.
	private static final int MAX_LIST_LABEL = 40;

	private static final int MAX_LIST_LABEL_WORDS = 6;

	// A teaser's headline: a line of a few words, no sentence.
	private static final int MAX_TEASER_HEADLINE = 160;

	private static final int MIN_TEASER_HEADLINE_WORDS = 3;

	// The teaser's date stands under its headline, or under a deck or an author line.
	private static final int TEASER_DATE_REACH = 2;

	private static final Prefixes LIST_LABEL = Prefixes.openings(Languages.RELATED_LIST_LABELS);

	// Compiled once: String.split compiles a pattern of more than one character on every
	// call, and every list box's heading is asked whether it names the text's own subject
	// (read55).
	private static final Pattern WORD_GAPS = Pattern.compile("\\s+");

	private static final Set<String> LIST_OWN_SUBJECTS = Languages.words(Languages.RELATED_LIST_OWN_SUBJECTS);

	// A label that names its list's subject is a teaser list's over so many headlines
	// in a row: two short lines under a heading are as often an article's own.
	private static final int MIN_LISTED_HEADLINES = 3;

	// Right under the share buttons that close the article ("Share" / "More community
	// news" / "Nethy Bridge hall wins lottery grant"), one headline is enough: the text
	// has ended there, and the site's list of one or two stories under its label is no
	// list of the article's own. The 9 such labels of dev and the open sets stand over
	// other stories' headlines only, none over a line of a label's text (tail54). The
	// label must name stories ({@link #LIST_STORIES}) and its headline end in no stop of
	// any kind: share buttons stand over the text's own closing crosshead too, whose one
	// line under it may end in no full stop ("Share" / "More to celebrate" /
	// "Congratulations to every volunteer!", "More to do" / "Sign up at
	// www.lochlevenferry.org.uk") (review54a). A label naming one of the page's own
	// sections ("More Outdoors" under the menu's "Outdoors") counts too, over the body's
	// last lines only ({@link #namesPageSection}, tail55).
	private static final int MIN_HEADLINES_UNDER_SHARE_LINE = 1;

	// A label naming one of the page's own sections stands over two such lines at least
	// (its headline and the paper's name-and-address line, or two headlines): one line
	// without a stop under "More events" at the body's end is as often the text's closing
	// crosshead over its last sentence, the menu's "Events" or not ("Share" / "More
	// events" / "The group will hold an open day at Melgarve in the spring") (review55d).
	private static final int MIN_LINES_UNDER_SECTION_LABEL = 2;

	private static final Set<String> LIST_STORIES = Languages.words(Languages.RELATED_LIST_STORIES);

	// Two kickers may stand over one headline ("Warning" / "EYE POPPING").
	private static final int MAX_KICKER_LINES = 2;

	// A section's name over each headline is said again within so many blocks: the
	// entry's (the kicker and headline shown twice) or the next entry's.
	private static final int KICKER_REPEAT_REACH = 6;

	// A headline in a script written without spaces has a clause's letters at least.
	private static final int MIN_UNSPACED_HEADLINE = 6;

	// A date after a teaser's headline on its line is a few words ("2 de diciembre de
	// 2026").
	private static final int MAX_STAMP_WORDS = 5;

	private TailBoxes() {
	}

	// A reader's box holds one line to six under its heading ("Your rights" over three
	// sentences); more is a section of the article's own.
	private static final int MAX_READER_BOX_LINES = 6;

	// A box's line is short: a sentence or two, an address, a phone number.
	private static final int MAX_READER_BOX_LINE = 300;

	// A box's heading is a few words.
	private static final int MAX_READER_HEADING_WORDS = 8;

	// A "Label: value" line's label is a word or two ("Phone", "Opening times").
	private static final int MAX_VALUE_LABEL = 24;

	// A button's label before a paywall's phrase has a word or two ("Continue reading:",
	// "Read on:"); a longer one leads a sentence into a quote ("Her answer was blunt:
	// subscribers only, from now on."), the article's.
	private static final int MAX_BUTTON_WORDS = 2;

	// The paragraph above a reader's box is the article's when it holds a sentence's
	// words at least.
	private static final int MIN_LAST_SENTENCE_WORDS = 4;

	private static final Set<String> READER_HEADINGS = Languages.words(Languages.BOXES_READER_HEADINGS);

	private static final Prefixes READER_OPENINGS = Prefixes.openings(Languages.BOXES_READER_OPENINGS);

	private static final Set<String> OUTLOOK_HEADINGS = Languages.words(Languages.BOXES_OUTLOOK_HEADINGS);

	// An outlook box ("What happens next") holds two short lines or more: one line alone
	// under such a heading is as often the article's last sentence.
	private static final int MIN_OUTLOOK_LINES = 2;

	private static final int MAX_OUTLOOK_LINE = 100;

	/**
	 * Leaves out a box for the reader that ends the body: a heading the language files
	 * name ("Have your say", "Your rights", "If you are affected") over one to six short
	 * lines, under a paragraph that ends a sentence. The walk up from the page's end took
	 * the box's sentences for the article's last paragraph under a crosshead; every
	 * labelled set leaves such a box out. A heading that only opens as one does ("How to
	 * get a refund") leaves only over lines said to the reader or lines of
	 * {@code Label: value}, so that an article's own last section ("How to fix it" over a
	 * reporter's paragraph) stays; so does a site's heading bidding the reader act with
	 * it ("Pray with us" over "Please pray for …", {@link Boilerplate#isUsHeading}). A
	 * line said to the reader may be an appeal too ({@link Boilerplate#isSignUpPrompt}).
	 * A heading on what follows the news ("What happens next") leaves over two short
	 * statements or more ("The case returns to the county court.", "The city has 30 days
	 * to ask for a rehearing."), not over a paragraph of running text, the article's own
	 * last section. The heading must stand alone as a block: the words quoted in a
	 * sentence are no box.
	 */
	static void removeReaderBoxes(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		int lines = 0;
		for (int k = kept.length - 1; k >= 0 && kept[k] > from; k--) {
			int i = kept[k];
			String text = blocks.get(i).text();
			if (lines > 0 && isReaderBoxHeading(text, blocks, i, to, removed)) {
				if (k > 0 && endsASentence(blocks.get(kept[k - 1]).text())) {
					for (int b = i; b < to; b++) {
						removed[b] = true;
					}
				}
				return;
			}
			for (String line : text.split("\n")) {
				if (line.length() > MAX_READER_BOX_LINE) {
					return;
				}
				lines += line.isBlank() ? 0 : 1;
			}
			if (lines > MAX_READER_BOX_LINES) {
				return;
			}
		}
	}

	/**
	 * Leaves out the teasers under a read-also heading alone on its line ("À lire aussi",
	 * "関連記事", "Leia também:" over "Obras interditam avenida na Zona Norte"): the lines
	 * right under it that are shaped as other stories' headlines, with their date lines,
	 * down to the first block that is not (the text going on, or the page's end). The
	 * heading is furniture already, and the walk up from the page's end or a heading that
	 * does not end the article ("À lire aussi" stands between paragraphs as often) left
	 * the headlines in the body; no set's labels keep one. A line ending in a sentence's
	 * mark, a question's too (a crosshead that asks, the text's own), and a line of one
	 * word are no such headline; a bullet before one is the box's ("• Obras fecham
	 * avenida no Centro"). A teaser list's label that names the list's subject ("Related
	 * coverage") leaves with its headlines when three stand under it, or one when it
	 * names stories right under the share buttons, two when it names one of the page's
	 * own sections there ({@link #isLabelOverHeadlines}). A kicker over each headline
	 * leaves with it, and counts its headline there ({@link #headlineUnderKicker}).
	 * @param blocks the page's blocks
	 * @param from the body's first block
	 * @param to the index after its last block
	 * @param removed the blocks the body leaves out, updated
	 */
	static void removeTeasersUnderHeadings(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		for (int i = from; i < to; i++) {
			if (blocks.get(i).text().length() > MAX_LIST_LABEL) {
				continue;
			}
			boolean heading = Boilerplate.isRelatedHeading(blocks.get(i));
			if (!heading && !isTeaserListLabel(blocks, i) && !isLabelOverHeadlines(blocks, i, to, removed)) {
				continue;
			}
			removed[i] = true;
			boolean teaser = false;
			// whether the list's first kicker is a section's name said again
			Boolean sectionKickers = null;
			int j = i + 1;
			for (; j < to; j++) {
				Paragraph block = blocks.get(j);
				if (removed[j]) {
					continue;
				}
				// a teaser's kicker leaves with the headline under it; under a list
				// whose kickers are a section's name said again, a line in capitals
				// said nowhere else is the text's crosshead ("WHAT NEXT" over its
				// question)
				int kicked = headlineUnderKicker(blocks, j, to, removed);
				if (kicked >= 0) {
					boolean saidAgain = isSaidAgain(blocks, j);
					if (sectionKickers == null) {
						sectionKickers = saidAgain;
					}
					else if (sectionKickers && !saidAgain) {
						break;
					}
					for (int b = j; b <= kicked; b++) {
						removed[b] = true;
					}
					j = kicked;
					teaser = true;
					continue;
				}
				// under a label the list is the evidence, and its headlines may ask
				boolean headline = heading ? isHeadlineUnderHeading(block.text()) : isTeaserHeadline(block.text());
				if (!headline && !(teaser && block.dateLine() != null)) {
					break;
				}
				removed[j] = true;
				teaser = true;
			}
			i = j - 1;
		}
	}

	/**
	 * Whether block {@code i} is a teaser list's label that names the list's subject
	 * ("Related coverage", "Latest travel news", "More in White House", "Next Up In
	 * Science & Health") over three other stories' headlines in a row at least, date
	 * lines between them looked past, or, when it names stories ("More community news"),
	 * over one right under the share buttons that close the article, and when it names
	 * one of the page's own sections ("More Outdoors"), over two there with nothing else
	 * of the body under them (the headline and the paper's address line). Such a heading
	 * is no related heading the files know whole, so the list under it is the evidence,
	 * as a teaser's date is under the article's end ({@link #isTeaserListLabel}): the
	 * list may stand between the paragraphs ("More on the coronavirus outbreak" over five
	 * headlines, the text going on under them), so only the label and its headlines
	 * leave. A list the article introduces under a heading of its own ("More ways to
	 * help:") has the colon, or items that end a sentence.
	 */
	private static boolean isLabelOverHeadlines(List<Paragraph> blocks, int i, int to, boolean[] removed) {
		String text = blocks.get(i).text().strip();
		if (Texts.words(text, MAX_LIST_LABEL_WORDS) > MAX_LIST_LABEL_WORDS || Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		String opening = LIST_LABEL.find(lower);
		if (opening == null || namesOwnSubjectLowerCase(lower)) {
			return false;
		}
		boolean shareLine = i > 0 && Boilerplate.isShareLine(blocks.get(i - 1));
		boolean storiesLabel = shareLine && namesStories(lower);
		// a section's label must stand over the body's last lines only, its headline and
		// the paper's name-and-address line: "More Walks" over a line without a stop and
		// a paragraph under it is the text's crosshead
		boolean sectionLabel = shareLine && !storiesLabel
				&& namesPageSection(blocks, i, lower.substring(opening.length()));
		boolean underShareLine = storiesLabel || sectionLabel;
		int needed = sectionLabel ? MIN_LINES_UNDER_SECTION_LABEL
				: underShareLine ? MIN_HEADLINES_UNDER_SHARE_LINE : MIN_LISTED_HEADLINES;
		int headlines = 0;
		for (int j = i + 1; j < to && (headlines < needed || sectionLabel); j++) {
			Paragraph block = blocks.get(j);
			if (removed[j] || headlines > 0 && block.dateLine() != null) {
				continue;
			}
			int kicked = underShareLine ? -1 : headlineUnderKicker(blocks, j, to, removed);
			if (kicked >= 0) {
				headlines++;
				j = kicked;
				continue;
			}
			// the one line a label under the share buttons needs asks or exclaims
			// nothing: under "More good news", "The trust has won the award too!" is
			// the text's
			if (!isTeaserHeadline(block.text()) || underShareLine && Texts.closesSentence(block.text())) {
				return false;
			}
			headlines++;
		}
		return headlines >= needed;
	}

	// A label naming what its list holds, other stories ("more community news", "related
	// coverage", in lower case): its last word is one of the language's words for them.
	private static boolean namesStories(String lowerCaseLabel) {
		return LIST_STORIES.contains(lowerCaseLabel.substring(lowerCaseLabel.lastIndexOf(' ') + 1));
	}

	/**
	 * Whether a list label's words after its opening name a section of the page itself: a
	 * line of the page above the label holds them alone, the menu's entry or the
	 * section's name over the headline ("More Outdoors" under the menu's "Outdoors" and
	 * the kicker "OUTDOORS"). The text's own closing crosshead under the share buttons
	 * goes on in words no menu holds ("More to come", "More to celebrate"). Of the 134
	 * list labels of dev and the open sets whose words after the opening a line above
	 * them holds alone, none is a line of a label's text, and the 9 right under a share
	 * line stand over other stories' headlines (tail55). A label joining its section with
	 * "from", "in" or "on" is a related heading already
	 * ({@link Boilerplate#isRelatedHeading}).
	 * @param blocks the page's blocks
	 * @param label the label's block
	 * @param subject the label's words after its opening ("outdoors")
	 */
	private static boolean namesPageSection(List<Paragraph> blocks, int label, String subject) {
		String section = Texts.key(subject);
		return !section.isEmpty() && LineIndex.of(blocks).indexOfKey(section, 0, label) >= 0;
	}

	/**
	 * Whether a line opens as a list of other stories' label does, in some language's
	 * words ("More on water voles", "Latest from the canal", "Trending"), and names none
	 * of the article's own facts ("Latest figures"): a box's heading that opens so heads
	 * a list of headlines, whatever words follow.
	 */
	static boolean opensAsListLabel(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		return LIST_LABEL.find(lower) != null && !namesOwnSubjectLowerCase(lower);
	}

	// A label naming the article's own facts ("Latest figures", "More details"): the
	// lines under it are the text's, headline-shaped as they may be.
	static boolean namesOwnSubject(String label) {
		return namesOwnSubjectLowerCase(label.toLowerCase(Locale.ROOT));
	}

	// namesOwnSubject of a label its caller lower-cased already.
	private static boolean namesOwnSubjectLowerCase(String lowerCaseLabel) {
		for (String word : WORD_GAPS.split(lowerCaseLabel)) {
			if (LIST_OWN_SUBJECTS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the headline stands under a teaser's kicker that opens at block {@code i}, or
	 * -1 when none does: a site sets a label of a few words over each headline of its
	 * list, the section's name said again over every entry ("Politics" / "Jeff Dougan
	 * donates $2,800 to …" / "Politics" / …, "Weight Loss" / "Why Am I Not Losing
	 * Weight?") or a label in capitals ("RANDY ANDY" / "Andrew parties in unearthed pics
	 * …"), perhaps under another short line ("Warning" / "EYE POPPING" / …). A label of a
	 * word or two is no headline, so the list under a related heading or a list label
	 * ended at the first kicker and stayed in the body. The kicker is the evidence of an
	 * entry, so its headline may ask. A short line of the text's own over a
	 * headline-shaped line is neither said again nor in capitals ("Volunteer" / "Sign up
	 * at the desk on Main Street" in a list of ways to help).
	 */
	private static int headlineUnderKicker(List<Paragraph> blocks, int i, int to, boolean[] removed) {
		boolean kicker = false;
		int lines = 0;
		for (int j = i; j < to; j++) {
			if (removed[j]) {
				continue;
			}
			String text = blocks.get(j).text().strip();
			if (kicker && isTeaserHeadline(text)) {
				return j;
			}
			if (lines == MAX_KICKER_LINES || !ArticleReader.isKicker(text)) {
				return -1;
			}
			kicker |= HeadlineFinder.isAllUpperCase(text) || isSaidAgain(blocks, j);
			lines++;
		}
		return -1;
	}

	// Whether a line near block i says the kicker's words again: the next entries' or the
	// one before, the text as it stands.
	private static boolean isSaidAgain(List<Paragraph> blocks, int i) {
		String text = blocks.get(i).text();
		LineIndex lines = LineIndex.of(blocks);
		int end = Math.min(blocks.size(), i + KICKER_REPEAT_REACH + 1);
		int copy = lines.indexOfText(text, Math.max(0, i - KICKER_REPEAT_REACH), end);
		return copy >= 0 && (copy != i || lines.indexOfText(text, i + 1, end) >= 0);
	}

	// Another story's headline under a read-also heading, bulleted or not ("• Obras
	// fecham avenida no Centro"): a short line of two words or more (or, in a script
	// without capitals written without spaces, of a clause's letters) that ends no
	// sentence.
	static boolean isHeadlineUnderHeading(String block) {
		String text = Texts.withoutListMarker(block.strip());
		char last = Texts.lastBeforeClosers(text);
		if (text.length() > MAX_TEASER_HEADLINE || last == 0 || Texts.isStop(last, Texts.ANY_STOP)) {
			return false;
		}
		return (text.indexOf(' ') >= 0) || !Texts.hasCasedLetter(text) && Texts.letters(text) >= MIN_UNSPACED_HEADLINE;
	}

	private static boolean isReaderBoxHeading(String text, List<Paragraph> blocks, int heading, int to,
			boolean[] removed) {
		if (text.indexOf('\n') >= 0 || Texts.words(text, MAX_READER_HEADING_WORDS) > MAX_READER_HEADING_WORDS
				|| Texts.endsWithSentencePunctuation(text) && !text.strip().endsWith(":")) {
			return false;
		}
		String key = Texts.key(text);
		if (READER_HEADINGS.contains(key)) {
			return true;
		}
		// the opening may be the whole heading ("Key facts"), as the article's own may be
		boolean outlook = OUTLOOK_HEADINGS.contains(key);
		boolean opening = READER_OPENINGS.matches(key + " ");
		if (!outlook && !opening && !Boilerplate.isUsHeading(text)) {
			return false;
		}
		// under a bidding heading with "us" a line said to the reader must be the site's
		// own: a crosshead "Give us answers" heads a fan's reported plea ("Please explain
		// why …, one supporter said")
		boolean us = !outlook && !opening;
		int lines = 0;
		for (int b = heading + 1; b < to; b++) {
			if (removed[b]) {
				continue;
			}
			for (String line : blocks.get(b).text().split("\n")) {
				// an outlook's lines are all short: a paragraph of running text under it
				// is the article's, though it says "you" ("which several of you asked
				// for")
				boolean boxLine = outlook ? isShortStatement(line)
						: isValueLine(line)
								|| Boilerplate.readsAsSiteFurniture(line) && !(us && Boilerplate.reportsSomeone(line))
								|| Boilerplate.isSignUpPrompt(line);
				if (!line.isBlank() && !boxLine) {
					return false;
				}
				lines += line.isBlank() ? 0 : 1;
			}
		}
		return !outlook || lines >= MIN_OUTLOOK_LINES;
	}

	// An outlook box's line: a short statement ("The city has 30 days to ask for a
	// rehearing."), no paragraph of running text, which the article's own last section
	// under such a heading holds.
	private static boolean isShortStatement(String line) {
		return line.length() <= MAX_OUTLOOK_LINE && !Texts.isRunningText(line);
	}

	// The article's last paragraph above the box ends a sentence ("A final decision will
	// be made in March."); a line ending in a colon introduces what stands under it.
	private static boolean endsASentence(String text) {
		return Texts.words(text, MIN_LAST_SENTENCE_WORDS) >= MIN_LAST_SENTENCE_WORDS && Texts.closesSentence(text);
	}

	// A site's lines under the text's last sentence: two at least, as one short line
	// there is as often the article's own (a sign-off, a photo's note).
	private static final int MIN_TRAILING_LINES = 2;

	// They are read up to so many blocks from the body's end: a longer run of lines
	// without a stop is a page the check does not read (a script whose full stop it
	// does not know), not a site's lists.
	private static final int MAX_TRAILING_LINES = 12;

	// Such a line has a headline's or a label's words at most: a longer one is a
	// sentence left without its stop ("Residents can comment on the plan until the end
	// of January on the city website"), the article's.
	private static final int MAX_TRAILING_LINE_WORDS = 12;

	// The article above them holds so many blocks at least, the last one a sentence.
	private static final int MIN_TEXT_ABOVE = 3;

	// Lines of so many words each, none a label's or a footer's link, are the article's
	// own: a poem's last lines, a recipe's or a how-to's steps, the helplines it lists.
	private static final int MIN_OWN_LINE_WORDS = 5;

	/**
	 * Leaves out the lines that end the body under its last sentence when none of them
	 * ends a sentence: a site's boxes, lists and footer, set after the article as short
	 * lines with no stop ("Next meeting" / "Wednesday 6 January, 7.30pm: Planets of other
	 * stars" / "Registered charity 1012345" / "Privacy", "More in KwaZulu-Natal" over two
	 * headlines, "Also in News" over three). The walk up from the page's end stops at no
	 * such line, and with no strong marker among them they all stayed in the body. Two
	 * such lines at least, right under a block that closes a sentence; a colon over them
	 * introduces a list of the article's own, which stays.
	 * @param blocks the page's blocks
	 * @param from the body's first block
	 * @param to the index after its last block
	 * @param removed the blocks the body leaves out, updated
	 */
	static void removeTrailingLines(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		int k = kept.length - 1;
		while (k >= 0 && kept.length - k <= MAX_TRAILING_LINES && isLineWithoutStop(blocks.get(kept[k]).text())) {
			k--;
		}
		int lines = kept.length - 1 - k;
		// one line alone is the site's when it is a label's or a link's few words
		// ("Recommended Articles", "Our editorial standards", "Kaynak: AA"); a longer one
		// is as often the article's last sentence left without its stop
		boolean single = lines == 1 && isLabelLine(blocks.get(kept[k + 1]).text());
		if (lines < MIN_TRAILING_LINES && !single || k + 1 < MIN_TEXT_ABOVE
				|| !closesAnySentence(blocks.get(kept[k]).text())) {
			return;
		}
		// a site's run holds a label, a link or a footer's line of a few words, or a row
		// of links or a credit split by bars or slashes ("Update your preferences |
		// Unsubscribe", "Noor Haddad / The Chronicle"); the article's lines without stops
		// are longer, every one of them
		boolean shortLine = false;
		for (int j = k + 1; j < kept.length && !shortLine; j++) {
			String text = blocks.get(kept[j]).text();
			shortLine = Texts.words(text, MIN_OWN_LINE_WORDS) < MIN_OWN_LINE_WORDS || text.indexOf(" | ") >= 0
					|| text.indexOf(" / ") >= 0;
		}
		if (!shortLine) {
			return;
		}
		// "More ways to help" over two items and nothing under them is as often the
		// article's own list (isLabelOverHeadlines asks for three): only further lines
		// under the list make it the site's.
		String first = blocks.get(kept[k + 1]).text().strip().toLowerCase(Locale.ROOT);
		if (lines <= MIN_LISTED_HEADLINES && LIST_LABEL.find(first) != null) {
			return;
		}
		for (int j = k + 1; j < kept.length; j++) {
			removed[kept[j]] = true;
		}
	}

	// A label's or a link's few words, with a letter among them (a rule of underscores,
	// "___", is a wire story's separator, which the labels keep) and no full stop of a
	// script written without spaces or of another script inside: a Japanese paragraph
	// signed in brackets ("…販売される予定。（佐藤健太）") is one "word" and the
	// article's.
	private static boolean isLabelLine(String block) {
		if (Texts.words(block, MIN_OWN_LINE_WORDS) >= MIN_OWN_LINE_WORDS) {
			return false;
		}
		int letters = Texts.letters(block);
		if (letters == 0) {
			return false;
		}
		boolean mark = false;
		for (int i = 0; i < block.length(); i++) {
			char c = block.charAt(i);
			if (Texts.isStop(c, Texts.UNSPACED_STOPS | Texts.OTHER_SCRIPT_STOPS)) {
				return false;
			}
			mark |= LABEL_MARKS.indexOf(c) >= 0;
		}
		// a clause's letters of a script written without spaces, with no label's colon or
		// bracket, are the article's last sentence left without its stop (Thai writes
		// none); "责任编辑：李明", "【编辑：刘洋】" are labels
		return mark || !Scripts.isWrittenWithoutSpaces(block.strip().codePointAt(0)) || letters < MIN_UNSPACED_HEADLINE;
	}

	// The colons and brackets a label's line holds in the scripts.
	private static final String LABEL_MARKS = ":：(（[【";

	// A short line ending in no mark of a sentence, a clause or a list's introduction,
	// and holding no sentence's end either: a paragraph cut off where the page was saved
	// ("… in the parameters of the URL. Additionally, all spaces must be") is text.
	private static boolean isLineWithoutStop(String block) {
		String text = block.strip();
		char last = Texts.lastBeforeClosers(text);
		return text.length() <= MAX_TEASER_HEADLINE && last != 0 && !Texts.isStop(last, Texts.ANY_STOP)
				&& Texts.words(text, MAX_TRAILING_LINE_WORDS + 1) <= MAX_TRAILING_LINE_WORDS && !holdsSentenceEnd(text);
	}

	// A full stop, question or exclamation mark inside the line with a capital after its
	// space ("… of the URL. Additionally"); "no. 1089274" is none.
	private static boolean holdsSentenceEnd(String text) {
		for (int i = 1; i + 2 < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' '
					&& Character.isUpperCase(text.charAt(i + 2))) {
				return true;
			}
		}
		return false;
	}

	// A block closing a sentence of some script, its stop perhaps inside quotes.
	private static boolean closesAnySentence(String block) {
		return Texts.endsWithStop(block.strip(), Texts.FULL_STOPS);
	}

	// "Phone: 0800 014 7720", "Opening times: 9am to 5pm": a short label, a colon, a
	// value.
	static boolean isValueLine(String line) {
		int colon = line.indexOf(':');
		return colon > 0 && colon <= MAX_VALUE_LABEL && colon < line.strip().length() - 1
				&& Character.isLetter(line.strip().codePointAt(0));
	}

	/**
	 * Whether block {@code i} is the label over a list of teasers under the article
	 * ("More rugby union" / "Brynmor's coach on the pressure of a semi-final" / "27
	 * November 2026"): a short line opening with a list label word of some language, a
	 * headline right under it, and that headline's date line at most two blocks below it.
	 * The date is the evidence that the lines are other stories, not a list the article
	 * introduces under a heading of its own ("More ways to help" / "Bring coats to the
	 * shelter"): the walk up from the page's end kept the label and the first headline,
	 * as only the date line under it was a tail marker.
	 */
	static boolean isTeaserListLabel(List<Paragraph> paragraphs, int i) {
		String text = paragraphs.get(i).text().strip();
		if (text.length() > MAX_LIST_LABEL || i + 1 >= paragraphs.size()
				|| Texts.words(text, MAX_LIST_LABEL_WORDS) > MAX_LIST_LABEL_WORDS
				|| Texts.endsWithSentencePunctuation(text) || LIST_LABEL.find(text.toLowerCase(Locale.ROOT)) == null
				|| !isTeaserHeadline(paragraphs.get(i + 1).text())) {
			return false;
		}
		if (endsWithStamp(paragraphs.get(i + 1).text())) {
			return true;
		}
		for (int j = i + 2; j < paragraphs.size() && j <= i + 1 + TEASER_DATE_REACH; j++) {
			if (paragraphs.get(j).dateLine() != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether block {@code i} is a teaser's headline over its date line: a line of a few
	 * words without a sentence's end, longer than the short lines the walk up from the
	 * page's end passes ("Ask Ruth: Should I tell my friend I saw her husband on a dating
	 * app?" / "Nov. 13, 2026"). It lets the walk pass on to the list's label; no more, as
	 * the date line under it is a tail marker already.
	 */
	static boolean isTeaserOverDate(List<Paragraph> paragraphs, int i) {
		String text = paragraphs.get(i).text();
		return (i + 1 < paragraphs.size() && paragraphs.get(i + 1).dateLine() != null || endsWithStamp(text))
				&& isTeaserHeadline(text) && underTeaserListLabel(paragraphs, i);
	}

	// A teaser's stamp after a dash at the end of its headline's line ("Electric heaters
	// withdrawn over fire risk - 4 days ago", "Abren nuevo carril … – 2 de diciembre de
	// 2026"): a time before now, or a date of a few words.
	static boolean endsWithStamp(String line) {
		int dash = lastSpacedDash(line);
		if (dash <= 0) {
			return false;
		}
		String stamp = line.substring(dash + 3).strip();
		return !stamp.isEmpty() && (Boilerplate.isRelativeStamp(stamp)
				|| Texts.words(stamp, MAX_STAMP_WORDS) <= MAX_STAMP_WORDS && DateParser.first(stamp) != null);
	}

	// Where the line's last " - ", " – " or " — " starts, or -1: the greatest of the
	// three
	// backward searches for them, read in one walk from the end (every block of the
	// tail is asked, and a backward search for a string reads the whole line when the
	// line holds none, as most do).
	private static int lastSpacedDash(String line) {
		for (int i = line.length() - 2; i >= 1; i--) {
			char c = line.charAt(i);
			if ((c == '-' || c == '–' || c == '—') && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
				return i - 1;
			}
		}
		return -1;
	}

	// How far above a teaser's headline its list's label may stand: a few teasers, each a
	// headline, a deck or an author line and a date.
	private static final int LIST_LABEL_REACH = 12;

	// Whether a list's label stands above the teaser's headline, with only teasers' lines
	// (headlines, date lines) between them. A live blog's last entry ending with an
	// exclamation over its time stamp stands under the entry before, a sentence: no
	// teaser, and the walk up from the page's end stops at it as before.
	private static boolean underTeaserListLabel(List<Paragraph> paragraphs, int i) {
		for (int k = i - 1; k >= 0 && k >= i - LIST_LABEL_REACH; k--) {
			if (isTeaserListLabel(paragraphs, k) || Boilerplate.isRelatedHeading(paragraphs.get(k))) {
				return true;
			}
			if (paragraphs.get(k).dateLine() == null && !isTeaserHeadline(paragraphs.get(k).text())) {
				return false;
			}
		}
		return false;
	}

	// A question or an exclamation may be a headline; a full stop ends a sentence.
	private static boolean isTeaserHeadline(String block) {
		String text = block.strip();
		int end = Texts.lastIndexBefore(text, Texts.CLOSING_QUOTES);
		return text.length() <= MAX_TEASER_HEADLINE && end >= 0 && ".,;:".indexOf(text.charAt(end)) < 0
				&& Texts.words(text, MIN_TEASER_HEADLINE_WORDS) >= MIN_TEASER_HEADLINE_WORDS && !Texts.isListItem(text);
	}

	/**
	 * Whether block {@code i} opens a box under the article: a paywall's first line, or
	 * an organisation's "About …" heading with its description right under it.
	 */
	static boolean isHeading(List<Paragraph> paragraphs, int i) {
		String block = paragraphs.get(i).text();
		String text = (block.length() <= MAX_HEADING) ? block.strip() : "";
		if (text.isEmpty()) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		// "¿Ya eres suscriptor?": an opening question mark is no word
		int from = Texts.openingMarkLength(lower);
		// or after a button's label and its colon ("Continue reading: this article is for
		// subscribers.")
		int colon = lower.indexOf(": ");
		if (from == 0 && colon > 0 && colon <= MAX_VALUE_LABEL && PAYWALL.find(lower.substring(colon + 2)) != null
				&& Texts.words(text.substring(0, colon), MAX_BUTTON_WORDS + 1) <= MAX_BUTTON_WORDS) {
			from = colon + 2;
		}
		String paywall = PAYWALL.find(lower.substring(from));
		if (paywall != null && wordsInSentence(lower, from + paywall.length()) <= MAX_WORDS_AFTER_PAYWALL) {
			return true;
		}
		// a disclosure's label alone over its note ("Disclosure" / "ChainWire Daily is
		// part of a media group that holds digital assets."); over two paragraphs of
		// running text it is a crosshead of the article's own (a court story's
		// "Disclosure" over the ruling's last steps)
		if (text.length() <= MAX_LIST_LABEL && DISCLOSURES.contains(Texts.key(text))) {
			return i + 2 >= paragraphs.size() || !Texts.isRunningText(paragraphs.get(i + 2).text());
		}
		return i + 1 < paragraphs.size() && isAboutOrganisation(text, lower, paragraphs.get(i + 1).text());
	}

	/**
	 * Whether block {@code i} is a box's text: one of the few blocks right under a box's
	 * heading.
	 */
	static boolean isUnderHeading(List<Paragraph> paragraphs, int i) {
		for (int j = i - 1; j >= 0 && j >= i - REACH; j--) {
			if (isHeading(paragraphs, j)) {
				return true;
			}
		}
		return false;
	}

	// "About the Department of Natural Resources" / "The Department manages …": the
	// heading names an organisation that the sentence under it names again, capitalised,
	// among its first words. A name's first word alone does not count when the name has
	// more ("About This Site" / "This site uses cookies").
	private static boolean isAboutOrganisation(String text, String lower, String next) {
		String prefix = ABOUT.find(lower);
		if (prefix == null || Texts.endsWithSentencePunctuation(text) || !Texts.endsWithSentencePunctuation(next)) {
			return false;
		}
		String[] name = text.substring(prefix.length()).strip().split("[\\s:]+");
		if (name.length == 0 || name.length > MAX_NAME_WORDS || name[0].isEmpty()) {
			return false;
		}
		String[] opening = WORD_GAPS.split(next.substring(0, Math.min(next.length(), OPENING_CHARS)));
		for (int k = (name.length > 1) ? 1 : 0; k < name.length; k++) {
			String word = name[k];
			if (word.length() >= MIN_NAME_LETTERS && Character.isUpperCase(word.charAt(0)) && holds(opening, word)) {
				return true;
			}
		}
		return false;
	}

	// The words from {@code start} to the end of the sentence they stand in.
	private static int wordsInSentence(String text, int start) {
		int words = 0;
		boolean inWord = false;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '.' || c == '?' || c == '!') {
				break;
			}
			boolean letter = Character.isLetterOrDigit(c);
			words += (letter && !inWord) ? 1 : 0;
			inWord = letter;
		}
		return words;
	}

	private static boolean holds(String[] opening, String word) {
		for (int k = 0; k < opening.length && k < OPENING_WORDS; k++) {
			String candidate = opening[k];
			if (candidate.startsWith(word) && (candidate.length() == word.length()
					|| !Character.isLetterOrDigit(candidate.charAt(word.length())))) {
				return true;
			}
		}
		return false;
	}

}
