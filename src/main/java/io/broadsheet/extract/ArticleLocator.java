package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the article inside a whole page saved as text: navigation, cookie banners,
 * related links and footers around it. Language-independent, linear in the page.
 * <p>
 * Every block (paragraph) is classified by what holds in any language, as jusText does:
 * long blocks dense in the page language's stop words are running text ({@code GOOD}),
 * somewhat shorter or sparser ones are {@code NEAR_GOOD}, blocks under a sentence's
 * length are {@code SHORT}, and furniture (prompts, captions, breadcrumbs, links) and
 * long blocks with no running text are {@code BAD}, as are long blocks the page repeats
 * and cookie notices. Short and near-good blocks then take their class from their
 * neighbours (jusText's context step), so a heading or a list item between two paragraphs
 * stays, while a menu entry between two menus goes. The article is the run of blocks
 * where text outweighs furniture most (the maximum-sum run, weighing each block by its
 * length as boilerpipe's text density does).
 */
final class ArticleLocator {

	static final int SHORT = 70;

	private static final int LONG = 200;

	// A block weighs its length; furniture costs at least this much, so that a long run
	// of menu entries costs more than the one paragraph of text it may hold.
	private static final int FURNITURE_COST = 40;

	// Stop-word density thresholds, relative to the density of the page's own long
	// blocks: Lucene's sets differ in size from language to language.
	private static final double NEAR_GOOD_DENSITY = 0.5;

	private static final double GOOD_DENSITY = 0.6;

	// A release's place before the dateline's first comma ("LAREDO", "SAN FRANCISCO").
	private static final int MIN_PLACE = 3;

	private static final int MAX_PLACE = 30;

	// So many near-good blocks in a row make running text.
	private static final int RUN_OF_SENTENCES = 3;

	// A teaser's headline is no longer than this.
	private static final int MAX_TEASER_HEADLINE = 150;

	// So many lines opening with a quantity in a row make a list.
	private static final int MIN_QUANTITY_ITEMS = 3;

	private static final String FRACTIONS = "½⅓⅔¼¾⅛";

	// Symbols of units of weight and volume, written glued to their number: the
	// international system's and the imperial ones, in no language's words.
	private static final Set<String> GLUED_UNITS = Set.of("g", "kg", "mg", "ml", "cl", "dl", "l", "oz", "lb", "lbs");

	// A list's last items and the heading under it stand between it and the text.
	private static final int MAX_LINES_ABOVE_TEXT = 4;

	// In a list, the next teaser's headline stands this close below a teaser's blurb.
	private static final int TEASER_GAP = 3;

	// So many blocks (short lines, a table's rows, asides) may stand between a sentence
	// read as furniture for its stop words and the text on either side of it.
	private static final int MAX_BETWEEN_TEXT = 10;

	// A sign-up box's heading, prompt, field, button and consent line.
	private static final int MAX_SIGN_UP_BOX = 5;

	// The most lines of a box with a marker looked past between two runs of text: a
	// heading over three other stories' headlines ("Lesen Sie auch" and its three), as
	// teaser boxes between paragraphs most often stand (embed61: at three lines such a
	// box ended the text above it).
	private static final int MAX_MARKED_BOX = 4;

	// The most lines of one ad slot between two paragraphs: its label, and the note under
	// it that the text goes on.
	private static final int MAX_AD_SLOT_LINES = 2;

	// A headline over its lead has so many words at least; a marker line under an ad's
	// label ("Article content") has fewer.
	private static final int MIN_HEADLINE_WORDS = 4;

	// How many lines under a colon its list may run to.
	private static final int MAX_PROMISED_LINES = 12;

	// A short line that opens a list has at least so many words ("Free clinics this
	// week:"); a label has fewer ("Related:", "Share this:", "Follow us on:").
	private static final int MIN_PROMISE_WORDS = 4;

	// The words, or an unspaced script's spaced length, of the shortest closing sentence
	// kept under the run (see closingLinesBelow).
	private static final int MIN_CLOSING_WORDS = 5;

	private static final int MIN_CLOSING_LENGTH = 40;

	// So many paragraphs under a box in capitals may go on with the text (see
	// textUnderBox): more, and a long one among them, would have joined the run.
	private static final int MAX_TEXT_UNDER_BOX = 8;

	// So many short closing lines, each of so many sentences at most, may stand under
	// the run (see closingLinesBelow).
	private static final int MAX_CLOSING_LINES = 3;

	private static final int MAX_CLOSING_SENTENCES = 2;

	// A reaction count alone on its line ("42", "1,204").
	private static final int MAX_BARE_COUNT = 9;

	// The colons of the scripts: the Latin one, the full-width one, Ethiopic's two and
	// Khmer's.
	private static final String COLONS = ":\uff1a\u1365\u1366\u17d6";

	// Where a sentence or a list item ends: the full stops of the scripts (the Latin
	// one, the ideographic one, the danda, Urdu's, Armenian's), a semicolon, an ellipsis.
	private static final String ITEM_ENDS = ".;!…\u3002\u0964\u06d4\u0589";

	// A box between the article's first paragraphs and the run located under it (a
	// chart's placeholder and its source, a short list under its heading, a pull quote)
	// is no longer than so many lines, each no longer than a caption.
	private static final int MAX_BOX_LINES = 6;

	private static final int MAX_BOX_LINE = 150;

	// The box between the lead and the run may be longer: a game's scoring lines under
	// their heading (seven), a stock table, a job's list of tasks (up to seventeen in
	// dev). Two paragraphs of text above it still make the lead, not a deck (body49).
	private static final int MAX_LEAD_BOX_LINES = 20;

	// So many paragraphs above such a box make the article's first ones, not a deck.
	private static final int MIN_LEAD_PARAGRAPHS = 2;

	// A list the article introduces with a line ending in a colon holds so many lines
	// at least (one line under a colon is a label's value: "Photo: …", "Source: …").
	private static final int MIN_LIST_ITEMS = 2;

	// So many words in a row said again below make a lead paragraph a summary's point.
	private static final int SUMMARY_WORDS = 8;

	// So many questions in a row, each with its answer under it, make an interview.
	private static final int MIN_EXCHANGES = 3;

	// A question set on a line of its own is no longer than this.
	private static final int MAX_QUESTION = 250;

	private ArticleLocator() {
	}

	static Located locate(List<Paragraph> paragraphs) {
		int size = paragraphs.size();
		if (size == 0) {
			return new Located(0, 0, new boolean[0], new Kind[0]);
		}
		Kind[][] kinds = classify(paragraphs);
		Kind[] smoothed = smooth(kinds[0]);
		// Read a second time looking past teasers and captions, which a page sets
		// between two paragraphs: the text goes on below them. Text either way is text,
		// so a caption that reads as a sentence keeps the header above it in the run.
		Kind[] acrossAsides = (kinds[1] != kinds[0]) ? smooth(kinds[1]) : smoothed;
		boolean[] content = new boolean[size];
		for (int i = 0; i < size; i++) {
			content[i] = smoothed[i] == Kind.GOOD || acrossAsides[i] == Kind.GOOD;
		}
		Located run = bestRun(paragraphs, content, kinds[0], size);
		if (run == null) {
			int sentences = startOfSentences(paragraphs, kinds[0], size);
			return new Located(sentences, size, content, kinds[0], sentences, sentences, sentences > 0);
		}
		if (acrossAsides == smoothed) {
			return run;
		}
		// Above an aside, less than a long paragraph of text is a deck over the lead
		// photo's caption, not the article's first paragraphs: the article starts where
		// the text alone starts.
		boolean[] plain = new boolean[size];
		for (int i = 0; i < size; i++) {
			plain[i] = smoothed[i] == Kind.GOOD;
		}
		Located text = bestRun(paragraphs, plain, kinds[0], size);
		if (text == null || text.start() <= run.start() || text.start() >= run.end()) {
			return run;
		}
		int above = 0;
		for (int i = run.start(); i < text.start(); i++) {
			if (content[i] && !isLookedPast(paragraphs, kinds[1], i)) {
				above += paragraphs.get(i).text().length();
			}
		}
		return (above < LONG && !holdsTable(paragraphs, run.start(), text.start())
				&& !isLeadOverTeaser(paragraphs, kinds[1], content, run.start(), text.start())
				&& !onlyAdsBetween(paragraphs, kinds[1], run.start(), text.start()))
						? new Located(text.start(), run.end(), content, kinds[0]) : run;
	}

	/**
	 * Where the article starts on a page where no block reads as text: a short article,
	 * whose paragraphs are all under {@value #LONG} characters, so that none is
	 * {@code GOOD} and the context step reads its sentences as furniture between the
	 * header's lines and the footer's. The page as a whole was then the article, and the
	 * reader walked down from its top to the headline; a cookie or consent line there (a
	 * sentence, with its buttons and a menu under it) stopped that walk as the text's
	 * first paragraph would, so the line, its buttons, the menu and the header opened the
	 * body (blind27's is, bg and es-pe). The run of the page's sentences (near-good
	 * blocks read as text) starts the article instead, with the sentences right above it
	 * that read as furniture for their few stop words or a "cookie" in them (a lead on a
	 * bake sale), when a line above it would stop the walk, and when no block above it
	 * but the page's first (a page-title line, a consent line) and the cookie notices is
	 * of a sentence's length: a header of short lines. Otherwise the page stays whole: a
	 * header without a sentence is read from the headline down as before, and a page
	 * whose text, shown twice, read as furniture above a teaser's blurb, or a wiki's long
	 * list lines above its tools' hints, is no short article under its header.
	 * @return the first block of the run of sentences, or 0 to keep the whole page
	 */
	private static int startOfSentences(List<Paragraph> paragraphs, Kind[] kinds, int size) {
		Kind[] promoted = kinds.clone();
		for (int i = 0; i < size; i++) {
			if (promoted[i] == Kind.NEAR_GOOD) {
				promoted[i] = Kind.GOOD;
			}
		}
		Kind[] smoothed = smooth(promoted);
		boolean[] sentences = new boolean[size];
		for (int i = 0; i < size; i++) {
			sentences[i] = smoothed[i] == Kind.GOOD;
		}
		Located run = bestRun(paragraphs, sentences, kinds, size);
		if (run == null) {
			return startOfShortSentences(paragraphs, kinds, size);
		}
		int start = run.start();
		while (start > 0 && isLeadSentence(paragraphs.get(start - 1))) {
			start--;
		}
		boolean walkStops = false;
		for (int i = 0; i < start; i++) {
			String text = paragraphs.get(i).text();
			// a sentence closed by another script's stop is of a sentence's length
			// however few characters it takes (an Amharic one of ten words, sixty
			// letters): the text's own first paragraphs over a teaser (blind25's am)
			if (i > 0 && (text.length() >= SHORT || Texts.endsWithStop(text, Texts.OTHER_SCRIPT_STOPS))
					&& !Boilerplate.isCookieNotice(text)) {
				return 0;
			}
			walkStops |= stopsHeaderWalk(paragraphs.get(i));
		}
		return walkStops ? start : 0;
	}

	/**
	 * Where the article starts on a page where no run of text is found at all: every
	 * paragraph is a short sentence under {@value #SHORT} characters ("Four new tanks
	 * were fitted on the lower plots last week.", "Թատրոնը փակ էր ավելի քան տասը տարի։",
	 * "初日は開店前から常連客が列を作った。"), so no run is found, the page is kept whole, and a consent
	 * notice or the site's name over the menu became the title with the head opening the
	 * body. Where nothing longer is on the page, the longest run of such sentences one
	 * after another (a full stop of any script closing each, no byline, date line, button
	 * or notice among them) is the text; two runs as long say nothing about which is the
	 * article's, and the page stays whole. So does a page with a line closed by a stop or
	 * a clause mark above the run: the run is then a later part of the page's text, not
	 * its start (comments under a short article, a recipe's steps under its serving line,
	 * a poem's second stanza under the first's lines ending in commas).
	 * @return the run's first block, or 0 to keep the whole page
	 */
	private static int startOfShortSentences(List<Paragraph> paragraphs, Kind[] kinds, int size) {
		int best = 0;
		int bestLength = 0;
		boolean tied = false;
		int length = 0;
		int firstClosed = size;
		for (int i = 0; i <= size; i++) {
			if (i < size && (kinds[i] == Kind.GOOD || isLongerSentence(paragraphs.get(i)))) {
				return 0;
			}
			if (i < firstClosed && i < size && isClosedLine(paragraphs.get(i))) {
				firstClosed = i;
			}
			if (i < size && isShortSentence(paragraphs.get(i))) {
				length++;
				continue;
			}
			if (length > bestLength) {
				best = i - length;
				bestLength = length;
				tied = false;
			}
			else if (length > 0 && length == bestLength) {
				tied = true;
			}
			length = 0;
		}
		return (bestLength >= RUN_OF_SENTENCES && !tied && firstClosed == best) ? best : 0;
	}

	// A sentence of SHORT characters or more, however its few stop words weighed it (a
	// Japanese one read as near text for its letters is still short): the page holds
	// text longer than a run of short sentences. A consent notice is the page's.
	private static boolean isLongerSentence(Paragraph block) {
		String text = block.text();
		return text.length() >= SHORT && !block.isNoise() && isSentence(text) && !Boilerplate.isConsentNotice(text);
	}

	// A sentence of the text however short: closed by a full stop, a question or an
	// exclamation mark of any script, no byline or date line, no button, caption or
	// teaser, no consent notice.
	private static boolean isShortSentence(Paragraph block) {
		return Texts.endsWithStop(block.text(), Texts.LATIN_STOPS | Texts.UNSPACED_STOPS | Texts.OTHER_SCRIPT_STOPS)
				&& isClosedLine(block);
	}

	// A line of the text closed by any stop or clause mark of any script (a sentence, or
	// a verse or a list's line ending in a comma), as the short sentences are judged: no
	// byline or date line, button, caption or teaser, no consent notice.
	private static boolean isClosedLine(Paragraph block) {
		String text = block.text();
		return Texts.endsWithStop(text, Texts.ANY_STOP) && !block.isBylineOrDateLine() && !block.isNoise()
				&& !block.isAside() && !Boilerplate.isConsentNotice(text);
	}

	// A line the reader's walk from the page's top down to the headline stops at, as it
	// would at the text's first paragraph (see ArticleReader.leaveOutHeadline): running
	// text or a line ending as a sentence does, not a byline, date line or button. In any
	// script: a consent line over a short Amharic page, "ይህ ድረ ገጽ ኩኪዎችን ይጠቀማል።",
	// stops the walk as an English one does, though no table holds its words, and the
	// page's sentences under it are the text's as theirs are (blind34's am page, whose
	// whole head opened the body under a title taken from it).
	private static boolean stopsHeaderWalk(Paragraph block) {
		String text = block.text();
		return (Texts.isRunningText(text) || Texts.endsAsSentenceInAnyScript(text)) && !block.isBylineOrDateLine()
				&& !block.isNoise();
	}

	// A sentence of the text's right above its run, though it read as furniture: no
	// byline or date line, no button, caption or teaser.
	private static boolean isLeadSentence(Paragraph block) {
		return Texts.endsAsSentenceInAnyScript(block.text()) && !block.isBylineOrDateLine() && !block.isNoise()
				&& !block.isAside();
	}

	// Over a read-also teaser ("Читайте также: …" between the second paragraph and the
	// third) stand the article's first paragraphs: a deck stands over the lead photo and
	// its caption, not over another story's headline. Two paragraphs or more of text
	// above it, and no aside between them and the text but teasers.
	private static boolean isLeadOverTeaser(List<Paragraph> paragraphs, Kind[] kinds, boolean[] content, int from,
			int to) {
		int lead = 0;
		boolean teaser = false;
		for (int i = from; i < to; i++) {
			if (isLookedPast(paragraphs, kinds, i)) {
				if (!paragraphs.get(i).isPromo()) {
					return false;
				}
				teaser = true;
			}
			else if (content[i] && isSentence(paragraphs.get(i).text())) {
				lead++;
			}
		}
		return teaser && lead >= MIN_LEAD_PARAGRAPHS;
	}

	// An advertisement's label looked past is no lead photo's caption: the paragraph
	// over it, however short, is the article's first ("Nowym prezesem zarządu …" /
	// "REKLAMA" / the second paragraph).
	private static boolean onlyAdsBetween(List<Paragraph> paragraphs, Kind[] kinds, int from, int to) {
		boolean ads = false;
		for (int i = from; i < to; i++) {
			if (isLookedPast(paragraphs, kinds, i)) {
				if (!Boilerplate.isAdLabel(paragraphs.get(i))) {
					return false;
				}
				ads = true;
			}
		}
		return ads;
	}

	// A table looked past is no lead photo's caption: a short paragraph above it is the
	// article's first (an election's lede over the results).
	private static boolean holdsTable(List<Paragraph> paragraphs, int from, int to) {
		for (boolean row : Insets.tableRows(paragraphs, from, to)) {
			if (row) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The run where text outweighs furniture most above an article located: where the
	 * article lies when the locator took what follows it for the article (a comments
	 * section, a tail of related stories with much running text), which its headline
	 * tells (see {@code ArticleExtractor}).
	 * @param paragraphs the page's blocks
	 * @param located the article as located
	 * @return the run above it, or {@code null} when text outweighs furniture nowhere
	 * above it
	 */
	static Located above(List<Paragraph> paragraphs, Located located) {
		return bestRun(paragraphs, located.content(), located.kinds(), located.start());
	}

	/**
	 * The article's first paragraphs above a box that cut them from the run located: a
	 * chart's placeholder and its source line, a short list under its heading, a pull
	 * quote or a photo's credit between the lead and the rest, where the lead's short
	 * paragraphs, furniture on both sides of them to the context step, were left above.
	 * The run starts at the lead when, under the headline and below any byline or date
	 * line, a box of at most {@value #MAX_LEAD_BOX_LINES} short lines stands right above
	 * the run and two paragraphs or more right above the box, sentences that together
	 * make a long paragraph, one at least dense enough in the page's stop words to read
	 * as text, or a wire story's one paragraph that opens with its dateline, however
	 * short. A deck (one paragraph of its own words), a teaser's blurbs above the
	 * headline (the headline is the floor), a summary the text says again and the lines
	 * of a list the article introduces (a line ending in a colon is no box's) are no such
	 * lead and box. The box leaves the body ({@link Located#boxStart()}) down to its last
	 * caption, credit or marker, where it holds one: the lines under those head the text
	 * below.
	 * @param paragraphs the page's blocks
	 * @param located the article as located
	 * @param headline the block of the article's headline
	 * @return the run from the lead with the box marked, or the run as located
	 */
	static Located withLeadAboveBox(List<Paragraph> paragraphs, Located located, int headline) {
		int boxEnd = located.start();
		if (boxEnd - 1 <= headline) {
			return located;
		}
		// A table's rows count as one line of the box: a table of any length over its
		// source line cuts the lead from the text as a chart's placeholder does.
		boolean[] rows = Insets.tableRows(paragraphs, headline + 1, boxEnd);
		int boxStart = boxEnd;
		int lines = 0;
		while (boxStart - 1 > headline && lines < MAX_LEAD_BOX_LINES && isBoxLine(paragraphs.get(boxStart - 1))) {
			boxStart--;
			int row = boxStart - headline - 1;
			if (!rows[row] || row + 1 == rows.length || !rows[row + 1]) {
				lines++;
			}
		}
		if (boxStart == boxEnd) {
			return located;
		}
		int lead = boxStart;
		int length = 0;
		boolean dense = false;
		while (lead - 1 > headline && isLeadParagraph(paragraphs, lead - 1)) {
			lead--;
			length += paragraphs.get(lead).text().length();
			dense |= readsAsText(located.kinds()[lead]);
		}
		if (!(boxStart - lead >= MIN_LEAD_PARAGRAPHS && length >= LONG || isDatelineLead(paragraphs, lead, boxStart))
				|| !dense || repeatsText(paragraphs, lead, boxStart, boxEnd, located.end())) {
			return located;
		}
		// Under a photo's caption or credit, or a marker, the box's lines head the text
		// below (a crosshead, a live entry's time and heading): they stay in the body.
		int furnitureEnd = boxStart;
		for (int i = boxStart; i < boxEnd; i++) {
			if (paragraphs.get(i).isNoise() || paragraphs.get(i).isAside()) {
				furnitureEnd = i + 1;
			}
		}
		int leftOut = (furnitureEnd > boxStart) ? furnitureEnd : boxEnd;
		return new Located(lead, located.end(), located.content(), located.kinds(), boxStart, leftOut);
	}

	/**
	 * The article's first paragraphs above a list they introduce, where the run located
	 * starts under the list: a sentence of a few words or more that ends in a colon ("The
	 * recall covers three models:") over {@value #MIN_LIST_ITEMS} to
	 * {@value #MAX_BOX_LINES} short lines, and right above it one paragraph or more of
	 * the page's own running text ({@link Texts#isRunningText}), which with the
	 * introduction make a long paragraph. The list's short lines and the colon's line
	 * read as furniture to the context step and cut the lead from the run; the lead's
	 * paragraphs may read as furniture too, for their names and figures ("More than
	 * 84,000 air fryers …", "The manufacturer, Brightkitchen, said …"), so no density is
	 * asked of them. Over dev and every open set, the run started under such a list with
	 * running text over its introduction on three pages, article text each time; chrome's
	 * colons ("Share:", "Teilen:", "Suche nach:", "Sie sind hier:", "More On:") have
	 * fewer words, and stand under a menu, a byline or a caption, not under paragraphs of
	 * text. Nothing leaves the body: the list is the article's. An advertisement's label
	 * between the lead and the introduction is looked past, as the locator looks past one
	 * between two paragraphs, and leaves the body as furniture (blind27's exchange rates:
	 * two paragraphs, "Advertisement", "Closing rates at the official window this week:"
	 * over four rates and a read-also teaser). Over dev and every open set a label of the
	 * language files stands right over a list's introduction on four pages: under the
	 * article's paragraphs on two (the labels' text), under a share button or another
	 * label on two ("Share or comment on this article:"), with no running text above.
	 * @param paragraphs the page's blocks
	 * @param located the article as located
	 * @param headline the block of the headline found: the lead stays under it, unless it
	 * is one of the list's lines (the finder read the last item as the headline)
	 * @return the run from the lead, or the run as located
	 */
	static Located withLeadAboveList(List<Paragraph> paragraphs, Located located, int headline) {
		Located overList = withLeadAboveList(paragraphs, located, headline, located.start());
		if (overList != located) {
			return overList;
		}
		int box = buttonBoxAbove(paragraphs, located.start());
		return (box < located.start()) ? withLeadAboveList(paragraphs, located, headline, box) : located;
	}

	// The same, with the list's last line right above the given block: the run's first,
	// or a box's between the list and the run.
	private static Located withLeadAboveList(List<Paragraph> paragraphs, Located located, int headline, int start) {
		int intro = start;
		while (intro - 1 > 0 && start - intro < MAX_BOX_LINES && isListItem(paragraphs.get(intro - 1))) {
			intro--;
		}
		intro--;
		if (start - intro - 1 < MIN_LIST_ITEMS || !isListIntroduction(paragraphs, intro)) {
			return located;
		}
		int floor = (headline >= intro) ? -1 : headline;
		// the lead may stand over an advertisement's label over the introduction
		int overAds = intro;
		while (overAds - 1 > floor && Boilerplate.isAdLabel(paragraphs.get(overAds - 1))) {
			overAds--;
		}
		int lead = overAds;
		int length = paragraphs.get(intro).text().length();
		while (lead - 1 > floor && isLeadParagraph(paragraphs, lead - 1)
				&& Texts.isRunningText(paragraphs.get(lead - 1).text())) {
			lead--;
			length += paragraphs.get(lead).text().length();
		}
		if (lead == overAds || length < LONG || repeatsText(paragraphs, lead, intro, start, located.end())) {
			return located;
		}
		return (start == located.start()) ? new Located(lead, located.end(), located.content(), located.kinds())
				: new Located(lead, located.end(), located.content(), located.kinds(), start, located.start());
	}

	/**
	 * The first line of a box with a button between a list the article introduces and the
	 * run located under it ("Can you help us keep going?" / "£10 buys …" / "Donate today"
	 * under the list's last item), or the run's first block when none stands there: at
	 * most {@value #MAX_BOX_LINES} short lines right above the run, one of them a button
	 * or a prompt (furniture), the box opening at the highest such line or question among
	 * them. A list's items are neither, so the lines above the box are the list's.
	 */
	private static int buttonBoxAbove(List<Paragraph> paragraphs, int start) {
		int box = start;
		boolean button = false;
		for (int i = start - 1; i > 0 && start - i <= MAX_BOX_LINES && isListItem(paragraphs.get(i)); i--) {
			Paragraph line = paragraphs.get(i);
			button |= line.isNoise();
			if (line.isNoise() || isQuestion(line, false)) {
				box = i;
			}
		}
		return button ? box : start;
	}

	// A list's line: short, no byline or date line, no introduction of its own.
	private static boolean isListItem(Paragraph block) {
		String text = block.text();
		return text.length() <= MAX_BOX_LINE && !block.isBylineOrDateLine() && !endsWithColon(text);
	}

	// A sentence that opens a list: a few words of prose and a colon, the page's own,
	// shown once.
	private static boolean isListIntroduction(List<Paragraph> paragraphs, int i) {
		Paragraph block = paragraphs.get(i);
		String text = block.text();
		return endsWithColon(text) && Texts.words(text, MIN_PROMISE_WORDS) >= MIN_PROMISE_WORDS && readsAsProse(text)
				&& isOwnText(block) && !LineIndex.of(paragraphs).isShownElsewhere(i);
	}

	/**
	 * The article's first paragraph right under its headline, where the run located
	 * starts one block below it: a sentence of running text that read as furniture for
	 * its stop words ("One of Carwick's best-known live music venues could lose its late
	 * licence after neighbours complained about noise …": names and nouns, few stop
	 * words), with no byline or date line between it and the headline to set it apart as
	 * a deck. Over every set only this shape (one such sentence between the headline and
	 * the run) was counted once, the label's first paragraph each time; a deck set right
	 * over the text is a headline's line that ends with no stop, or sums up what the
	 * text's first paragraphs say again (a run of {@value #SUMMARY_WORDS} words shared),
	 * and stays out.
	 * @param paragraphs the page's blocks
	 * @param located the article as located
	 * @param headline the block of the article's headline
	 * @return the run from the paragraph under the headline, or the run as located
	 */
	static Located withFirstParagraphUnderHeadline(List<Paragraph> paragraphs, Located located, int headline) {
		int first = headline + 1;
		int start = located.start();
		if (start != first + 1 || !readsAsText(located.kinds()[start]) || located.boxStart() != located.boxEnd()) {
			return located;
		}
		String text = paragraphs.get(first).text();
		if (!isLeadParagraph(paragraphs, first) || !Texts.isRunningText(text)
				|| repeatsText(paragraphs, first, start, start, located.end())) {
			return located;
		}
		return new Located(first, located.end(), located.content(), located.kinds());
	}

	/**
	 * The article's first paragraph under its byline or date line, where the run located
	 * starts one block below it because the paragraph names a cookie ("Pupils sold more
	 * than 2,000 cookies at a bake sale …"): {@link Boilerplate#isCookieNotice(String)}
	 * reads every block under a thousand characters that does as a banner's, so a story
	 * about cookies lost its lead, and on a short page whose lead stands below
	 * {@code ArticleReader}'s header reach the body started under it. A site's notice
	 * stands over the page or at its foot, not between the header's meta line and the
	 * text, and speaks in a notice's phrases ("uses cookies", "cookie policy"): a
	 * sentence of running text that holds none, shown once, right between the meta line
	 * under the headline and the run, is the text's. Over dev and every open set no block
	 * naming a cookie stands right over the located run (review55c), so this changes no
	 * page there.
	 * @param paragraphs the page's blocks
	 * @param located the article as located
	 * @param headline the block of the article's headline
	 * @return the run from the lead, or the run as located
	 */
	static Located withCookieLeadUnderMeta(List<Paragraph> paragraphs, Located located, int headline) {
		int start = located.start();
		int lead = start - 1;
		if (lead < headline + 2 || start >= paragraphs.size() || !paragraphs.get(lead - 1).isBylineOrDateLine()
				|| !readsAsText(located.kinds()[start]) || located.boxStart() != located.boxEnd()) {
			return located;
		}
		String text = paragraphs.get(lead).text();
		if (!Boilerplate.isCookieNotice(text) || Boilerplate.holdsNoticePhrase(text) || !Texts.isRunningText(text)
				|| !isLeadParagraph(paragraphs, lead)) {
			return located;
		}
		return new Located(lead, located.end(), located.content(), located.kinds());
	}

	// A wire story's lead is one paragraph that opens with its dateline ("NEW YORK
	// (Reuters) - Oil prices fell …"), however short, over the box (a "FILE PHOTO:"
	// caption): no deck opens so.
	private static boolean isDatelineLead(List<Paragraph> paragraphs, int lead, int boxStart) {
		return boxStart - lead == 1 && ArticleReader.opensWithDateline(paragraphs.get(lead).text());
	}

	// A line of a box: short, no sentence of a sentence's length, no byline or date line
	// (those stand in the article's header, above its lead), no list's introduction (a
	// colon ends it: the lines under it are the article's).
	private static boolean isBoxLine(Paragraph block) {
		String text = block.text();
		return text.length() <= MAX_BOX_LINE && !block.isBylineOrDateLine()
				&& !(text.length() >= SHORT && isSentence(text)) && !text.endsWith(":");
	}

	// A summary over the text ("Key Points", a standfirst of two paragraphs) says again
	// what the text's first paragraphs say: a lead paragraph that shares a run of
	// SUMMARY_WORDS words with one of the first paragraphs under the box is no lead.
	private static boolean repeatsText(List<Paragraph> paragraphs, int from, int to, int text, int end) {
		Set<String> runs = new HashSet<>();
		for (int i = from; i < to; i++) {
			runs.addAll(wordRuns(paragraphs.get(i).text()));
		}
		for (int i = text; i < Math.min(end, text + MAX_BOX_LINES); i++) {
			for (String run : wordRuns(paragraphs.get(i).text())) {
				if (runs.contains(run)) {
					return true;
				}
			}
		}
		return false;
	}

	// Every run of SUMMARY_WORDS words in a row of the text, in lower case.
	private static List<String> wordRuns(String text) {
		String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
		List<String> runs = new ArrayList<>();
		for (int w = 0; w + SUMMARY_WORDS <= words.length; w++) {
			runs.add(String.join(" ", Arrays.copyOfRange(words, w, w + SUMMARY_WORDS)));
		}
		return runs;
	}

	// A sentence of a sentence's length the page shows once, no furniture, byline, date
	// line or aside.
	private static boolean isLeadParagraph(List<Paragraph> paragraphs, int i) {
		Paragraph block = paragraphs.get(i);
		String text = block.text();
		return text.length() >= SHORT && isSentence(text) && isOwnText(block)
				&& !LineIndex.of(paragraphs).isShownElsewhere(i);
	}

	// The maximum-sum run (Kadane) among the first blocks: text counts for, furniture
	// against; null when no run weighs more than nothing.
	private static Located bestRun(List<Paragraph> paragraphs, boolean[] content, Kind[] kinds, int blocks) {
		long best = 0;
		int bestStart = -1;
		int bestEnd = -1;
		long sum = 0;
		int start = 0;
		for (int i = 0; i < blocks; i++) {
			int length = paragraphs.get(i).text().length();
			long weight = (content[i]) ? length : -Math.max(FURNITURE_COST, length);
			if (sum <= 0) {
				sum = 0;
				start = i;
			}
			sum += weight;
			if (sum > best) {
				best = sum;
				bestStart = start;
				bestEnd = i + 1;
			}
		}
		return (bestStart >= 0) ? new Located(bestStart, bestEnd, content, kinds) : null;
	}

	/**
	 * Where a list of teasers begins below the article's text inside a located run: two
	 * teasers or more, each a headline-shaped line, a byline or date line under it and a
	 * blurb of running text under that, one after another. Blurbs long enough to count as
	 * text join such a list ("More stories", "Recommended") to the article it follows; an
	 * article's own byline or date line stands above its text, not between a headline and
	 * a blurb below it.
	 * @param paragraphs the page's blocks
	 * @param start the article's first block
	 * @param end the index after the run's last block
	 * @return the first teaser's headline, or {@code end} when no such list stands in the
	 * run
	 */
	static int teasersBelow(List<Paragraph> paragraphs, int start, int end) {
		int text = start;
		while (text < end && !isTextBlock(paragraphs.get(text))) {
			text++;
		}
		int first = -1;
		int last = -1;
		for (int i = text + 2; i < end; i++) {
			Paragraph block = paragraphs.get(i);
			if (!block.isBylineOrDateLine()) {
				continue;
			}
			// a byline over a date line, or a date line over a byline
			int above = (paragraphs.get(i - 1).isBylineOrDateLine()) ? i - 2 : i - 1;
			int blurb = (i + 1 < end && paragraphs.get(i + 1).isBylineOrDateLine()) ? i + 2 : i + 1;
			if (above <= text || blurb >= end || !isTextBlock(paragraphs.get(blurb))
					|| !isTeaserHeadline(paragraphs.get(above).text())) {
				continue;
			}
			// The headline over an author's bare name, or a section's name over the
			// headline: the teaser starts one line higher; a short sentence there is the
			// article's last ("The trial resumes Monday.").
			int headline = (above - 1 > Math.max(text, last) && !isTextBlock(paragraphs.get(above - 1))
					&& !Texts.endsWithSentencePunctuation(paragraphs.get(above - 1).text())) ? above - 1 : above;
			if (first >= 0 && headline - last <= TEASER_GAP) {
				return first;
			}
			first = headline;
			last = blurb;
			i = blurb;
		}
		return end;
	}

	/**
	 * Where the article ends when its located run ends at a colon: the lines the text's
	 * last paragraph promises with it ("… and advised drivers to:"), or a short line of
	 * several words ending in one under it ("Free vaccine clinics this week:") or under a
	 * read-also box set there ("LEIA TAMBÉM" over two teasers' headlines), and a short
	 * closing line under the list. A list's items are short, so the run, which weighs
	 * text against furniture, stopped before them when only furniture follows them. The
	 * article runs on to the last of the lines under the colon that ends a sentence or an
	 * item (a full stop, a semicolon), at most a dozen down, before any furniture, byline
	 * or date line; the lines under that (a link, a section's name) stay out. A share or
	 * follow prompt ending in a colon ("Follow us on:", "Share this:", "Related:") is
	 * furniture or a line of few words, and the networks or the headlines under it end no
	 * sentence; a newsletter's form, whose lines ask the reader to sign up or agree (the
	 * languages' prompts, as far down as the walk reads, the line it stops at too),
	 * promises none.
	 * @param paragraphs the page's blocks
	 * @param end the index after the run's last block
	 * @return the index after the promised lines' last, or {@code end} when none follows
	 */
	static int promisedBelow(List<Paragraph> paragraphs, int end) {
		if (end <= 0 || end >= paragraphs.size()) {
			return end;
		}
		Paragraph last = paragraphs.get(end - 1);
		int colon;
		if (isTextBlock(last) && endsWithColon(last.text())) {
			colon = end - 1;
		}
		else if (isTextBlock(last) && Texts.endsWithSentencePunctuation(last.text())
				&& isPromise(paragraphs.get(underReadAlsoBox(paragraphs, end)))) {
			colon = underReadAlsoBox(paragraphs, end);
		}
		else {
			return end;
		}
		int promised = end;
		for (int i = colon + 1; i < paragraphs.size() && i <= colon + MAX_PROMISED_LINES; i++) {
			Paragraph block = paragraphs.get(i);
			if (HeadlineFinder.isPrompt(block.key())) {
				// a sign-up or consent line: the colon opened a form ("Get the morning
				// briefing in your inbox:", "Enter your email address.", "By signing up
				// you agree …"), no list of the article's
				return end;
			}
			if (block.isNoise() || block.isBylineOrDateLine()) {
				break;
			}
			if (endsItem(block.text())) {
				promised = i + 1;
			}
			if (Texts.isRunningText(block.text())) {
				break;
			}
		}
		return promised;
	}

	/**
	 * Where the article ends when short closing lines stand right under its located run
	 * and no text below them ("Shares of the company rose 3.4% in early trading.", "About
	 * 30 residents attended, far more than usual. Several said they would start a
	 * petition." over "The tree will be put up on Saturday …"): a line shorter than a
	 * paragraph, or a sentence sparse in stop words, weighs against the run as furniture
	 * does, so the run stopped above the article's last lines. At most
	 * {@value #MAX_CLOSING_LINES} lines, each of a sentence or two that ends in a full
	 * stop (a question or an exclamation is a teaser's or a sign-off's, "Thanks for
	 * reading!") and holds a sentence's words; furniture (a copyright line, a share
	 * prompt, "Read more."), a byline and a date line are no closing line, nor is a line
	 * that reads as a site's by a language's words (a bidding to the reader, the reader
	 * addressed, a privacy notice, "out now"), nor a name, an address or a link; and
	 * lines with text under them are no article's last, unless that text is a writer's
	 * credit line ("Reporting by …; Editing by …"), which signs the article above it. A
	 * line said to the reader in the text's own terms, a thanks to others or an
	 * invitation naming a word of the text above it, is a closing line
	 * ({@link #isStoryAddress}).
	 * @param paragraphs the page's blocks
	 * @param start the article's first block
	 * @param end the index after the run's last block
	 * @return the index after the closing lines, or {@code end} when none stands there
	 */
	static int closingLinesBelow(List<Paragraph> paragraphs, int start, int end) {
		if (end <= 0 || end >= paragraphs.size()) {
			return end;
		}
		Paragraph last = paragraphs.get(end - 1);
		// a writer's bio the run ended in goes on with its own lines, not the article's
		if (!isTextBlock(last) || !isSentence(last.text()) || BioDetector.bioName(last.text()) != null) {
			return end;
		}
		// A read-also teaser set between the text and its last lines ("Ez is érdekelheti:
		// …"): the lines under it are read instead, and the teaser leaves the body as
		// furniture. Not under a read-also heading's box: the line under its headlines is
		// as often a teaser's blurb ("Weitere Artikel" / a headline / its one sentence).
		// A picture's credit set there ("Photo: …" under its caption, which reads as a
		// sentence and ended the run), or a caption with its credit, is no end of the
		// text either: the lines under it are read ("Drivers are asked to keep to …" over
		// "Comments (2)", tail56), and it leaves the body as furniture.
		Paragraph under = paragraphs.get(end);
		int at = ((under.isPromo() || under.isCaption()) && end + 1 < paragraphs.size()) ? end + 1 : end;
		// A box of labelled values under a heading in capitals between the text and its
		// last lines (an obituary's "SERVICES" over its visitation and funeral): the
		// lines under it are read, and the box leaves the body as a box between the
		// text's paragraphs does (Insets.removeCapitalsBoxes).
		int box = Insets.valuesBoxEnd(paragraphs, end);
		if (box > 0 && box < paragraphs.size()) {
			at = box;
		}
		int next = at;
		while (next < paragraphs.size() && next - at < MAX_CLOSING_LINES && (isClosingLine(paragraphs.get(next))
				|| isStoryAddress(paragraphs, start, end, next) || isLastLineOverCounts(paragraphs, next))) {
			next++;
		}
		// Under a picture read past, a line over a second picture's credit alone is
		// that picture's caption (a gallery's), no closing line; the text below is
		// looked for under the credit (Insets.isPictureCreditAlone, the credit as the
		// reader's captions between paragraphs read it). Not where the run ended right
		// over the lines: a credit there is as often the whole article's ("Photos: …",
		// "Top photo: …") under the text's real last line, which the base kept.
		boolean pastPicture = under.isCaption() && at == end + 1;
		int below = next;
		if (pastPicture && next > at && next < paragraphs.size() && Insets.isPictureCreditAlone(paragraphs, next)) {
			next--;
			below = next + 2;
		}
		if (next == at) {
			return end;
		}
		boolean textBelow = below < paragraphs.size() && isTextBlock(paragraphs.get(below))
				&& !BylineDetector.isCreditLine(paragraphs.get(below).text());
		return textBelow ? end : next;
	}

	/**
	 * Where the article ends when a box under a heading in capitals stands right under
	 * its text and the text goes on under the box ("PLATYPUS AT A GLANCE" over four short
	 * fact lines, then the story's last paragraphs): paragraphs shorter than a long one
	 * read as furniture between the box's short lines and the share buttons, so the run
	 * stopped above the box, and everything under it was lost. The box as
	 * {@link Insets#capitalsBoxEnd} reads one (a heading of letters in capitals, a few
	 * short lines that end no sentence, running text right under them), under a sentence
	 * of the text; none of its lines furniture, a byline or a date line (a teaser's
	 * stamp), and its heading no label of a list of other stories ("MOST READ", "READ
	 * MORE", "MORE ON WATER VOLES": a related heading or a list label's opening words).
	 * The article runs on over the paragraphs under the box, each a sentence of the
	 * text's (see {@link #isTextUnderBox}), at most {@value #MAX_TEXT_UNDER_BOX}, up to
	 * the first that is not; the box itself then leaves the body as any such box between
	 * the text's paragraphs does ({@code Insets.removeCapitalsBoxes}). The box's heading
	 * names a word of the text above it, as a box on the story's subject does ("PLATYPUS
	 * AT A GLANCE", "HOW THE COUNT WORKS", "CENSUS AT A GLANCE"): a site's blurb under a
	 * list of other stories (an "About" paragraph under "MOST READ" or "EDITOR'S PICKS"
	 * and their headlines) is no text under a box, and the list's label names nothing the
	 * story tells.
	 * @param paragraphs the page's blocks
	 * @param start the article's first block
	 * @param end the index after the article's last block
	 * @return the index after the last paragraph under the box, or {@code end} when no
	 * such box stands there
	 */
	static int textUnderBox(List<Paragraph> paragraphs, int start, int end) {
		if (end <= Math.max(0, start) || end >= paragraphs.size()) {
			return end;
		}
		Paragraph last = paragraphs.get(end - 1);
		if (!isTextBlock(last) || !Texts.closesSentence(last.text())
				|| Boilerplate.isRelatedHeading(paragraphs.get(end)) || TailBoxes.isTeaserListLabel(paragraphs, end)
				|| TailBoxes.opensAsListLabel(paragraphs.get(end).text())) {
			return end;
		}
		int box = Insets.capitalsBoxEnd(paragraphs, end);
		if (box < 0 || !ArticleVocabulary.namesWordOf(paragraphs.get(end).text(), paragraphs, start, end)) {
			return end;
		}
		for (int i = end; i < box; i++) {
			if (paragraphs.get(i).isNoise() || paragraphs.get(i).isBylineOrDateLine()) {
				return end;
			}
		}
		int next = box;
		while (next < paragraphs.size() && next - box < MAX_TEXT_UNDER_BOX && isTextUnderBox(paragraphs.get(next))) {
			next++;
		}
		return (next > box) ? next : end;
	}

	// A paragraph of the text under a box: a block of a sentence's length that ends as a
	// sentence does, or a closing line, that reads as no site's furniture nor a writer's
	// bio.
	private static boolean isTextUnderBox(Paragraph block) {
		String text = block.text();
		return (isTextBlock(block) && isSentence(text) || isClosingLine(block))
				&& !Boilerplate.readsAsSiteFurniture(text) && BioDetector.bioName(text) == null;
	}

	private static boolean isClosingLine(Paragraph line) {
		return isClosingSentence(line) && !Boilerplate.readsAsSiteFurniture(reportingWords(line.text()));
	}

	/**
	 * Whether the line under the run closes the text as its own thanks or invitation,
	 * said to the reader in the story's terms ("Thank you to everyone who gave money,
	 * time and tea.", "If you have never swum outdoors in winter, come and watch
	 * first."): a closing line's shape whose words read as a site's
	 * ({@link Boilerplate#isStoryAddress}: no bidding, no word of the site), thanking
	 * others or, said to the reader, naming a word of the text above it: a site's prompt
	 * names the site or the reader's act, not the story's lock or swims (blind59's three
	 * pages).
	 */
	private static boolean isStoryAddress(List<Paragraph> paragraphs, int start, int end, int i) {
		Paragraph line = paragraphs.get(i);
		return isClosingSentence(line) && Boilerplate.isStoryAddress(line.text())
				&& (Boilerplate.thanksOthers(line.text())
						|| ArticleVocabulary.namesWordOf(line.text(), paragraphs, Math.max(0, start), end));
	}

	/**
	 * The words of a line that reports someone's speech, outside the quotation marks (“It
	 * breathes differently now,” she said. “You can hear the whole building again.” reads
	 * "she said."): the speaker's "you" addresses a listener, not the site's reader, so a
	 * closing quote over the share bar is the text's last line (end58). The whole line
	 * where no verb of saying (bio.speech-verbs) stands outside the quotation marks: a
	 * prompt in quotes is still the site's.
	 */
	private static String reportingWords(String text) {
		String outside = Texts.outsideQuotes(text);
		if (outside == null) {
			return text;
		}
		String lower = outside.toLowerCase(Locale.ROOT);
		return BioDetector.holdsSpeechVerb(lower, 0, lower.length()) ? outside : text;
	}

	// A closing line's shape, whatever its words.
	private static boolean isClosingSentence(Paragraph line) {
		String text = line.text();
		return !line.isNoise() && !line.isBylineOrDateLine() && !Boilerplate.isBreadcrumb(text)
				&& endsWithFullStop(text) && holdsSentenceWords(text) && isPlainStatement(text)
				&& !Boilerplate.addressesReader(text) && !Boilerplate.isNoteOnPiece(text) && readsAsProse(text);
	}

	/**
	 * Whether the block is the post's own last line right over its row of reactions, a
	 * button and its count on the next line ("Like" over "42"), though its words would
	 * read as a site's prompt ("Thank you for your patience and for all your messages."):
	 * the row counts the readers' reactions to the post above it, so no prompt of the
	 * site stands between the two. One sentence of a closing line's shape ("Thanks for
	 * reading! Share this …" is two), no sign-up prompt nor a notice's phrase ("This site
	 * uses cookies …", "Terms and conditions apply …"); the row's button a prompt alone
	 * on its line (without a count of its own) and its count a bare number.
	 */
	private static boolean isLastLineOverCounts(List<Paragraph> paragraphs, int i) {
		if (i + 2 >= paragraphs.size()) {
			return false;
		}
		String button = paragraphs.get(i + 1).text();
		return Boilerplate.isPrompt(button) && !Texts.hasDigit(button) && isBareCount(paragraphs.get(i + 2).text())
				&& isClosingSentence(paragraphs.get(i)) && sentenceMarks(paragraphs.get(i).text()) == 0
				&& !Boilerplate.isSignUpPrompt(paragraphs.get(i))
				&& !Boilerplate.holdsNoticePhrase(paragraphs.get(i).text());
	}

	// A count alone on its line ("42", "1,204"): a share counter's number as
	// Boilerplate reads one, without the "k" or "m" it rounds with.
	private static boolean isBareCount(String text) {
		return !text.isEmpty() && text.length() <= MAX_BARE_COUNT && Character.isDigit(text.charAt(text.length() - 1))
				&& Boilerplate.isCountNumber(text, text.length());
	}

	/**
	 * The block under a read-also box that stands right under the run, or {@code end}
	 * when none does: a teaser's line ("Leia também: …"), or a read-also heading alone on
	 * its line over the headlines of other stories, bulleted or not ("LEIA TAMBÉM" over
	 * "• Tarifa de ônibus em Campinas fica congelada em 2027"). A list the text
	 * introduces may go on under it ("Entre as linhas que terão o horário ampliado
	 * estão:"), as the text goes on under such a box between paragraphs.
	 */
	private static int underReadAlsoBox(List<Paragraph> paragraphs, int end) {
		Paragraph first = paragraphs.get(end);
		if (first.isPromo()) {
			return Math.min(end + 1, paragraphs.size() - 1);
		}
		if (!Boilerplate.isRelatedHeading(first)) {
			return end;
		}
		int i = end + 1;
		while (i < paragraphs.size() - 1 && TailBoxes.isHeadlineUnderHeading(paragraphs.get(i).text())) {
			i++;
		}
		return (i > end + 1) ? i : end;
	}

	// A full stop of any script (and Chinese's and Japanese's), not a question's, an
	// exclamation's or a colon's.
	private static boolean endsWithFullStop(String text) {
		int end = Texts.lastIndexBefore(text, Texts.QUESTION_CLOSERS);
		if (end < 0) {
			return false;
		}
		char c = text.charAt(end);
		return c == '.' || c == '\u3002' || Texts.isOtherScriptStop(c) && !Texts.isQuestionMark(c);
	}

	// A sentence or two that names no address, owner or trademark and asks nothing: a
	// reader's prompt asks something ("Did you make this recipe? Tag us …"), a
	// newsletter box says three things or names its address, a copyright line has its
	// sign. Two sentences that name a price are a listing's, where and until when and for
	// how much ("The Window Years is at the Harbour Gallery until 28 February. Tickets
	// £16."), no article's end.
	private static boolean isPlainStatement(String text) {
		int marks = sentenceMarks(text);
		return marks < MAX_CLOSING_SENTENCES && (marks == 0 || !namesPrice(text)) && text.indexOf('?') < 0
				&& text.indexOf('@') < 0 && text.indexOf('\u00a9') < 0 && text.indexOf('\u2122') < 0;
	}

	private static boolean namesPrice(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.getType(text.charAt(i)) == Character.CURRENCY_SYMBOL) {
				return true;
			}
		}
		return false;
	}

	// Prose, not a name, an address or a link: no web address, and in a cased script a
	// word that opens in lower case, as a sentence's verbs and small words do and a
	// sign-off ("Jane Roe, Radio Dale News.") or an address ("The Anchor, 4 Quay St,
	// Dale DL1 2AB.") does not.
	private static boolean readsAsProse(String text) {
		if (text.contains("://") || text.contains("www.")) {
			return false;
		}
		boolean cased = false;
		boolean wordStart = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (wordStart && Character.isLowerCase(c)) {
				return true;
			}
			cased |= Character.isUpperCase(c);
			wordStart = Character.isWhitespace(c) || wordStart && !Character.isLetterOrDigit(c);
		}
		return !cased;
	}

	// A sentence's words: a few in a spaced script, a clause's characters in an unspaced
	// one.
	private static boolean holdsSentenceWords(String text) {
		return Texts.words(text, MIN_CLOSING_WORDS) >= MIN_CLOSING_WORDS
				|| spacedLength(text, MIN_CLOSING_LENGTH) >= MIN_CLOSING_LENGTH;
	}

	// A short line of its own that opens a list: a few words and a colon, no furniture.
	private static boolean isPromise(Paragraph block) {
		String text = block.text();
		return text.length() < SHORT && endsWithColon(text) && Texts.words(text, MIN_PROMISE_WORDS) >= MIN_PROMISE_WORDS
				&& !block.isNoise() && !block.isBylineOrDateLine();
	}

	private static boolean endsWithColon(String text) {
		return !text.isEmpty() && COLONS.indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	// A sentence's or a list item's end; not a question's, which a teaser's headline may
	// end with too.
	private static boolean endsItem(String text) {
		int end = Texts.lastIndexBefore(text, Texts.QUESTION_CLOSERS);
		return end >= 0 && ITEM_ENDS.indexOf(text.charAt(end)) >= 0;
	}

	// A block of a sentence's length (SHORT) that is no furniture, byline or date line:
	// looser on purpose than Texts.isRunningText (a long paragraph, or a full sentence of
	// twelve words), since a teaser's blurb need be no more than that.
	private static boolean isTextBlock(Paragraph block) {
		return block.text().length() >= SHORT && !block.isBylineOrDateLine() && !block.isNoise();
	}

	private static boolean isTeaserHeadline(String text) {
		return text.length() <= MAX_TEASER_HEADLINE && !Texts.endsWithSentencePunctuation(text);
	}

	/**
	 * Every block's kind, twice: as it reads, and with the teasers and captions an
	 * {@link Kind#ASIDE aside}, which the context step looks past. A short line between
	 * two furniture blocks is left unmarked (see {@link #shortAsides}): a reader of the
	 * marks other than the smoothing asks {@link #isLookedPast}.
	 * @param paragraphs the page's blocks
	 * @return the kinds as they read, then with the asides marked
	 */
	static Kind[][] classify(List<Paragraph> paragraphs) {
		int size = paragraphs.size();
		PageFacts facts = PageFacts.of(paragraphs, SHORT);
		// A page in a language with stop words is written with spaces: its blocks'
		// lengths need no counting of Chinese, Japanese or Thai characters.
		boolean unspaced = facts.language() == PageFacts.NONE;
		double reference = 0;
		if (facts.language() != PageFacts.NONE) {
			double[] longDensities = new double[size];
			int longBlocks = 0;
			for (int i = 0; i < size; i++) {
				if (paragraphs.get(i).text().length() >= LONG) {
					longDensities[longBlocks++] = facts.density(i);
				}
			}
			if (longBlocks > 0) {
				double[] sorted = Arrays.copyOf(longDensities, longBlocks);
				Arrays.sort(sorted);
				reference = sorted[longBlocks / 2];
			}
		}
		Kind[] kinds = new Kind[size];
		// A block shown twice is furniture.
		LineIndex lines = LineIndex.of(paragraphs);
		boolean[] shownTwice = new boolean[size];
		for (int i = 0; i < size; i++) {
			String text = paragraphs.get(i).text();
			boolean repeated = text.length() >= SHORT && lines.isShownElsewhere(i);
			shownTwice[i] = repeated || Boilerplate.isCookieNotice(text);
			kinds[i] = (shownTwice[i]) ? Kind.BAD : kind(paragraphs.get(i), facts.density(i), reference, unspaced);
		}
		excerptsOverText(paragraphs, kinds, shownTwice, lines, facts, reference, unspaced);
		boolean[] pullQuotes = pullQuotesBetweenText(paragraphs, kinds, shownTwice, lines, facts, reference, unspaced);
		quantityLists(paragraphs, kinds);
		interviews(paragraphs, kinds, shownTwice, unspaced);
		boolean[] tableRows = Insets.tableRows(paragraphs, 0, size);
		if (reference > 0) {
			sparseSentencesBetweenText(paragraphs, kinds, shownTwice, tableRows);
		}
		Kind[] marked = kinds.clone();
		boolean asides = false;
		boolean[] factBoxes = betweenText(Insets.factBoxLines(paragraphs, 0, size), kinds);
		boolean[] signUpBoxes = signUpBoxesBetweenText(paragraphs, kinds);
		for (int i = 0; i < size; i++) {
			// a short line's own aside verdict waits for the furniture around it (below)
			if (tableRows[i] || factBoxes[i] || pullQuotes[i] || signUpBoxes[i]
					|| kinds[i] != Kind.SHORT && paragraphs.get(i).isAside() || isAdBetweenText(paragraphs, kinds, i)) {
				marked[i] = Kind.ASIDE;
				asides = true;
			}
		}
		promoteRunsOfSentences(paragraphs, kinds, unspaced);
		// after the runs of sentences: the text under a box is often such a run
		boolean[] markedBoxes = markedBoxesBetweenText(paragraphs, kinds);
		for (int i = 0; i < size; i++) {
			if (markedBoxes[i]) {
				marked[i] = Kind.ASIDE;
				asides = true;
			}
		}
		asides |= shortAsides(paragraphs, marked);
		if (!asides) {
			return new Kind[][] { kinds, kinds };
		}
		// near-good sentences on either side of an aside make one run of sentences
		promoteRunsOfSentences(paragraphs, marked, unspaced);
		return new Kind[][] { kinds, marked };
	}

	/**
	 * Marks the short lines that are asides (a teaser's headline, a caption with its
	 * credit) where looking past them can change what the context step reads: not between
	 * two furniture blocks with no text between. Most of a page's blocks are short lines
	 * of its menus and footers, and the aside check (the promo, caption and credit tables
	 * of every language) was asked of each of them, though only the locator reads the
	 * verdict. A short line left {@link Kind#SHORT SHORT} and an aside read alike to
	 * every block around it: neither is a text or a furniture block to the smoothing nor
	 * breaks or joins a run of sentences. And a short line or an aside that has a
	 * furniture block ({@code BAD} and no aside) or the page's edge on each side before
	 * any block that reads as text smooths to furniture itself: every block between those
	 * two reads furniture nearest on both sides, as the runs of sentences promote only
	 * near-good blocks. So such a line is left unasked and {@code SHORT};
	 * {@link #isLookedPast} asks it where the located run's start reads the marks.
	 * @return whether a line was marked
	 */
	private static boolean shortAsides(List<Paragraph> paragraphs, Kind[] marked) {
		int size = marked.length;
		// whether furniture or the page's top closes each block off above, before text
		boolean[] closedAbove = new boolean[size];
		boolean closed = true;
		for (int i = 0; i < size; i++) {
			closedAbove[i] = closed;
			closed = closesOff(marked[i], closed);
		}
		boolean asides = false;
		closed = true;
		for (int i = size - 1; i >= 0; i--) {
			if (marked[i] == Kind.SHORT && !(closed && closedAbove[i]) && paragraphs.get(i).isAside()) {
				marked[i] = Kind.ASIDE;
				asides = true;
			}
			closed = closesOff(marked[i], closed);
		}
		return asides;
	}

	// Whether the blocks past this one are closed off from the text beyond it: a
	// furniture block closes, a block that reads as text opens, any other keeps the
	// state.
	private static boolean closesOff(Kind kind, boolean closed) {
		return kind == Kind.BAD || closed && !readsAsText(kind);
	}

	/**
	 * Whether the block is looked past as an aside in the marked kinds: marked so, or a
	 * short line {@link #shortAsides} left unasked between two furniture blocks.
	 */
	private static boolean isLookedPast(List<Paragraph> paragraphs, Kind[] marked, int i) {
		return marked[i] == Kind.ASIDE || marked[i] == Kind.SHORT && paragraphs.get(i).isAside();
	}

	/**
	 * A paragraph shown twice in a row, right above the text that goes on under it: a
	 * blog theme's excerpt line that repeats the article's first paragraph over the
	 * article ("Long queues were back at filling stations …" twice, then the second
	 * paragraph). Read as furniture, as any block the page shows twice, neither copy was
	 * kept and the article lost its first paragraph; the lower copy now reads as its own
	 * kind, so the article starts there, and the upper stays furniture. Only a paragraph
	 * of running text shown exactly twice, the two copies next to each other, no caption
	 * or teaser, with a block that reads as text right under the lower copy: a photo's
	 * caption said twice stands over its credit line or another caption, a teaser's
	 * headline twice over its blurb is no running text. And a paragraph longer than a
	 * box's line ({@value #MAX_BOX_LINE} characters): a caption without a credit or a
	 * deck shown twice right over the text (an image's alt text and its caption, a page's
	 * description and its standfirst) is a line of a box, and stays out (review43a).
	 */
	private static void excerptsOverText(List<Paragraph> paragraphs, Kind[] kinds, boolean[] shownTwice,
			LineIndex lines, PageFacts facts, double reference, boolean unspaced) {
		for (int i = 1; i + 1 < kinds.length; i++) {
			if (!shownTwice[i] || !shownTwice[i - 1] || !readsAsText(kinds[i + 1])) {
				continue;
			}
			Paragraph block = paragraphs.get(i);
			String text = block.text();
			if (text.length() <= MAX_BOX_LINE || lines.count(text) != 2 || !text.equals(paragraphs.get(i - 1).text())
					|| block.isAside() || !Texts.isRunningText(text)) {
				continue;
			}
			kinds[i] = kind(block, facts.density(i), reference, unspaced);
			shownTwice[i] = false;
		}
	}

	/**
	 * A paragraph's line said again whole one or two paragraphs under it, as a pull quote
	 * in large type ({@link Insets#isPullQuoteCopy}), between paragraphs that read as
	 * text: both copies, shown twice, read as furniture, and the article ended above the
	 * first, its paragraphs from there on lost (blind35's Galway page). The first copy
	 * now reads as its own kind, and the second is looked past as an aside, which the
	 * body leaves out. Only with text right above the first copy, between the two and
	 * right under the second: a line a page shows twice among its menus or teasers has
	 * furniture beside it.
	 * @return the second copies, to be looked past
	 */
	private static boolean[] pullQuotesBetweenText(List<Paragraph> paragraphs, Kind[] kinds, boolean[] shownTwice,
			LineIndex lines, PageFacts facts, double reference, boolean unspaced) {
		boolean[] quotes = new boolean[kinds.length];
		for (int i = 1; i < kinds.length; i++) {
			if (!shownTwice[i] || !readsAsText(kinds[i - 1])) {
				continue;
			}
			if (lines.count(paragraphs.get(i).text()) != 2) {
				continue;
			}
			for (int copy = i + Insets.MIN_PULL_QUOTE_GAP; copy + 1 < kinds.length
					&& copy <= i + Insets.MAX_PULL_QUOTE_GAP; copy++) {
				if (shownTwice[copy] && readsAsText(kinds[copy + 1]) && readsAsText(kinds[copy - 1])
						&& Insets.isPullQuoteCopy(paragraphs, i, copy)) {
					kinds[i] = kind(paragraphs.get(i), facts.density(i), reference, unspaced);
					shownTwice[i] = false;
					quotes[copy] = true;
					break;
				}
			}
		}
		return quotes;
	}

	/**
	 * A newsletter's sign-up box between two paragraphs: its heading, prompt, e-mail
	 * field and button ("Get the Gazette in your inbox" / "Sign up for our free weekly …
	 * newsletter." / "Enter your email" / "Sign up"), in the words the language files
	 * give {@link Boilerplate#isSignUpPrompt} and the box's lines, looked past as an
	 * aside. Read as furniture, the prompt and the button ended the article above the
	 * box, and the short paragraphs under it were lost (blind35's Knysna page); the body
	 * leaves the box out ({@link Insets#removeSignUpBoxes}). Only with a paragraph that
	 * reads as text right above the box and two under it, the first a sentence of running
	 * text: under the article's end the same box stands over the page's share buttons and
	 * footer, and still ends it.
	 * @return the box's lines, to be looked past
	 */
	private static boolean[] signUpBoxesBetweenText(List<Paragraph> paragraphs, Kind[] kinds) {
		boolean[] boxes = new boolean[kinds.length];
		for (int start = 1; start < kinds.length; start++) {
			if (readsAsText(kinds[start]) || !isTextAbove(kinds, start)) {
				continue;
			}
			int end = start;
			boolean prompt = false;
			while (end < kinds.length && end - start < MAX_SIGN_UP_BOX && !readsAsText(kinds[end])) {
				Paragraph line = paragraphs.get(end);
				boolean isPrompt = Boilerplate.isSignUpPrompt(line);
				if (!isPrompt && !(prompt && (Boilerplate.isSignUpButton(line) || Boilerplate.isSignUpBoxLine(line)))
						&& !Boilerplate.isNewsletterHeading(line)) {
					break;
				}
				prompt |= isPrompt;
				end++;
			}
			if (prompt && textGoesOnUnder(paragraphs, kinds, end)) {
				Arrays.fill(boxes, start, end, true);
			}
			start = Math.max(start, end - 1);
		}
		return boxes;
	}

	/**
	 * An advertisement's label between two paragraphs ("REKLAMA", "Annonse",
	 * "Advertisement" where the site's ad slot stands in the text), looked past as an
	 * aside: read as furniture it ended the article above it, and the paragraphs under it
	 * were lost. Only with a paragraph right above and right under it (a sentence, good
	 * or near-good): an ad's label over a box ("About this article") or under a deck's
	 * short lines is furniture there, as any prompt is. One slot may print two such
	 * lines, the label over its note that the text goes on ("ADVERTISEMENT" / "Story
	 * continues below advertisement"): the paragraphs are looked for past the slot's
	 * lines, at most {@value #MAX_AD_SLOT_LINES} of them, so the text under the last slot
	 * stays even when one paragraph alone stands under it (blind38's roller rink).
	 */
	private static boolean isAdBetweenText(List<Paragraph> paragraphs, Kind[] kinds, int i) {
		if (kinds[i] != Kind.BAD || !Boilerplate.isAdLabel(paragraphs.get(i))) {
			return false;
		}
		int above = i - 1;
		while (above >= 0 && i - above < MAX_AD_SLOT_LINES && Boilerplate.isAdLabel(paragraphs.get(above))) {
			above--;
		}
		int below = i + 1;
		while (below < kinds.length && below - above <= MAX_AD_SLOT_LINES
				&& Boilerplate.isAdLabel(paragraphs.get(below))) {
			below++;
		}
		return above >= 0 && below < kinds.length && below - above - 1 <= MAX_AD_SLOT_LINES && readsAsText(kinds[above])
				&& readsAsText(kinds[below]);
	}

	/**
	 * A box of at most {@value #MAX_MARKED_BOX} short lines between two runs of text, one
	 * of them furniture that marks a box (a heading of other stories' headlines, "Top
	 * stories"; an ad's label under a teaser, "Mirá también: …" / "Publicidad"; a
	 * numbered ad slot over a marker, "Advertisement 3" / "Article content"): looked past
	 * as an aside, where a paragraph reads as text right above it and two blocks or more
	 * of text right below it, the first a sentence of running text. Read as furniture,
	 * the box ended the article above it and the paragraphs under it were lost. Under the
	 * article the same boxes stand over one block of text, a writer's bio or a footer's
	 * sentence ("Become a member" / "Membership costs …"), or over a comment's byline or
	 * stamp: a box with a byline or date line in it, or over less than two blocks of
	 * text, is no such box; nor is one with a sentence in it (a paywall's prompt, "You
	 * have 2 free articles left this month."): headlines, labels and markers end with
	 * none.
	 */
	private static boolean[] markedBoxesBetweenText(List<Paragraph> paragraphs, Kind[] kinds) {
		boolean[] boxes = new boolean[kinds.length];
		for (int start = 1; start < kinds.length; start++) {
			if (readsAsText(kinds[start]) || !isTextAbove(kinds, start)) {
				continue;
			}
			int end = start;
			boolean marker = false;
			boolean sentence = false;
			boolean comments = false;
			int unmarked = 0;
			boolean lastMarked = false;
			boolean related = false;
			while (end < kinds.length && end - start < MAX_MARKED_BOX && !readsAsText(kinds[end])
					&& !paragraphs.get(end).isBylineOrDateLine()) {
				Paragraph line = paragraphs.get(end);
				lastMarked = line.isNoise() || line.isPromo();
				marker |= lastMarked;
				related |= Boilerplate.isRelatedHeading(line);
				unmarked += lastMarked ? 0 : 1;
				sentence |= Texts.endsWithSentencePunctuation(line.text());
				comments |= Boilerplate.isCommentsHeading(line);
				end++;
			}
			// one headline alone right over the text, under an ad label, is another
			// story's over its lead ("Publicidad" / "Cómo será el nuevo horario …" / its
			// paragraphs): the page runs on into the next article. Under a related
			// heading ("Read More", "Related") it is a link to another story, and the
			// article goes on under it, unless the paragraph under it says the
			// headline's words again: the next story's lead ("Read Next" / "Pensioner's
			// joy as stolen gnome returned" / "A pensioner whose gnome was stolen …")
			boolean nextStory = unmarked == 1 && !lastMarked
					&& (!related || end < kinds.length
							&& leadRepeatsHeadline(paragraphs.get(end - 1).text(), paragraphs.get(end).text()))
					&& Texts.words(paragraphs.get(end - 1).text(), MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS;
			// a box that opens the comments ("Advertisement" / "Comments") is the
			// article's end: the readers' words under it are no paragraphs of it
			if (marker && !sentence && !nextStory && !comments && textGoesOnUnder(paragraphs, kinds, end)) {
				Arrays.fill(boxes, start, end, true);
			}
			start = end;
		}
		return boxes;
	}

	// Whether the article goes on under a box that ends right above block end: two
	// blocks that read as text, the first a sentence of running text (under the
	// article's end, a box stands over a bio, a footer's sentence or the share buttons).
	private static boolean textGoesOnUnder(List<Paragraph> paragraphs, Kind[] kinds, int end) {
		return end + 1 < kinds.length && readsAsText(kinds[end]) && readsAsText(kinds[end + 1])
				&& Texts.isRunningText(paragraphs.get(end).text());
	}

	// So many of a headline's long words said again make the paragraph under it its lead.
	private static final int MIN_LEAD_ECHOES = 2;

	// A headline word of so many letters or more is one its lead says again; compared by
	// its first letters only, so that "stolen" finds "stole" and "returned" "returns".
	private static final int ECHO_LETTERS = 5;

	// Whether the paragraph under a headline says MIN_LEAD_ECHOES of its long words again
	// (review49a): a story's lead does ("Pensioner's joy as stolen garden gnome returned"
	// / "A pensioner whose garden gnome was stolen …"), the text an article goes on with
	// under a teaser of another story seldom does. Asked only of one headline under a
	// related heading; a script without spaces finds no words and no echo.
	private static boolean leadRepeatsHeadline(String headline, String lead) {
		Set<String> stems = echoStems(headline);
		if (stems.size() < MIN_LEAD_ECHOES) {
			return false;
		}
		stems.retainAll(echoStems(lead));
		return stems.size() >= MIN_LEAD_ECHOES;
	}

	// The first ECHO_LETTERS letters, lower-cased, of each word of that many letters.
	private static Set<String> echoStems(String text) {
		Set<String> stems = new HashSet<>();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
			if (letter && start < 0) {
				start = i;
			}
			else if (!letter && start >= 0) {
				if (i - start >= ECHO_LETTERS) {
					stems.add(text.substring(start, start + ECHO_LETTERS).toLowerCase(Locale.ROOT));
				}
				start = -1;
			}
		}
		return stems;
	}

	// A good paragraph right above a box, or a near-good one right under another block
	// that reads as text: on a page without blank lines the text above an ad's label
	// often closes with a short paragraph ("El edificio tiene una sala infantil, …" /
	// "Publicidad" / "Lee también: …"). A near-good line with furniture or a short line
	// over it is at times a site's prompt over a newsletter box ("Join our forums …" /
	// "Sign up for e-mail newsletters" / its blurb), so it is no text above a box.
	private static boolean isTextAbove(Kind[] kinds, int start) {
		return kinds[start - 1] == Kind.GOOD
				|| kinds[start - 1] == Kind.NEAR_GOOD && start >= 2 && readsAsText(kinds[start - 2]);
	}

	/**
	 * A sentence of running text that reads as furniture only for its stop words
	 * ("Another passenger, Dev Patel, said families with young children had been left
	 * without anywhere to rest.": names, nouns and verbs, two stop words in sixteen),
	 * with text right above it and more text under it, is near-good: the article goes on
	 * through it. Read as furniture it stood between the text above and the paragraphs
	 * below, which the context step then took for furniture too, and the article ended
	 * above it. Only short lines (a subheading, a table's source, a prompt), a table's
	 * rows and asides may stand between it and the text on either side, and the text
	 * above must be good (a long paragraph), the text below good or near-good: under the
	 * article, a footer's sentence ("Got a question? Email us at …", a copyright line)
	 * stands over furniture, not text; and with a near-good line above, a card offer's
	 * sentences between two widgets joined a run of sentences (dev {@code hd_5ab9}).
	 */
	private static void sparseSentencesBetweenText(List<Paragraph> paragraphs, Kind[] kinds, boolean[] shownTwice,
			boolean[] tableRows) {
		for (int i = 0; i < kinds.length; i++) {
			Paragraph block = paragraphs.get(i);
			String text = block.text();
			if (kinds[i] != Kind.BAD || shownTwice[i] || block.isNoise() || Boilerplate.isBreadcrumb(text)
					|| !isSentence(text) || !Texts.isRunningText(text)) {
				continue;
			}
			Kind above = nearestText(paragraphs, kinds, tableRows, i, -1);
			Kind below = nearestText(paragraphs, kinds, tableRows, i, 1);
			if (above == Kind.GOOD && readsAsText(below)) {
				kinds[i] = Kind.NEAR_GOOD;
			}
		}
	}

	// The kind of the nearest block in the given direction that is no short line, table
	// row or aside, within MAX_BETWEEN_TEXT blocks, or null.
	private static Kind nearestText(List<Paragraph> paragraphs, Kind[] kinds, boolean[] tableRows, int from, int step) {
		for (int j = from + step, seen = 0; j >= 0 && j < kinds.length && seen < MAX_BETWEEN_TEXT; j += step, seen++) {
			if (kinds[j] != Kind.SHORT && !tableRows[j] && !paragraphs.get(j).isAside()) {
				return kinds[j];
			}
		}
		return null;
	}

	/**
	 * The fact boxes that stand between two blocks of text, right above and right below
	 * them: the locator looks past those only. Under the text, the same shape is as often
	 * a list of other stories under their sections' labels ("Gentechnik bei Tieren: Neuer
	 * Schub durch Genome Editing"), and looking past it took the page's furniture below
	 * into the run (dev `hd_9357`); the reader still leaves a box inside the run out.
	 */
	private static boolean[] betweenText(boolean[] boxes, Kind[] kinds) {
		boolean[] between = new boolean[boxes.length];
		int i = 0;
		while (i < boxes.length) {
			int end = i;
			while (end < boxes.length && boxes[end]) {
				end++;
			}
			if (end > i && i > 0 && end < boxes.length && readsAsText(kinds[i - 1]) && readsAsText(kinds[end])) {
				Arrays.fill(between, i, end, true);
			}
			i = Math.max(end, i + 1);
		}
		return between;
	}

	/**
	 * A run of short lines that each open with a quantity ("2 tablespoons olive oil", "1
	 * 1/2 pounds chicken thighs", "200g flour"), standing right above the text, is a list
	 * of the article's (a recipe's ingredients over its steps, a kit's parts over the
	 * instructions): the lines count as near-good, so a box above them (a recipe's card,
	 * a print button) no longer cuts them and the steps below them from the run. A menu's
	 * or a teaser list's lines open with a word, or a time glued to its unit ("2h ago").
	 */
	private static void quantityLists(List<Paragraph> paragraphs, Kind[] kinds) {
		for (int i = 0; i < kinds.length; i++) {
			int end = i;
			while (end < kinds.length && kinds[end] == Kind.SHORT && opensWithQuantity(paragraphs.get(end).text())) {
				end++;
			}
			if (end - i >= MIN_QUANTITY_ITEMS && textBelow(kinds, end)) {
				for (int j = i; j < end; j++) {
					kinds[j] = Kind.NEAR_GOOD;
				}
			}
			i = Math.max(i, end);
		}
	}

	/**
	 * An interview set as plain paragraphs: each question on a line of its own, its
	 * answer in the paragraphs under it, three exchanges or more in a row. A spoken
	 * answer is in the first and second person, whose pronouns few languages' stop words
	 * hold, so it reads sparse, and a short question reads as a prompt: both were
	 * furniture, the exchanges cut the interview in two and the run kept only its end.
	 * Its questions and answers count as near-good where the interview is the article's:
	 * text stands right above its first question (the introduction, no heading between)
	 * and one of its answers reads as a paragraph of text already (long, and dense enough
	 * to be near-good). A FAQ widget under its heading, a login dialog ("Forgot your
	 * password?", "No account yet?") and prompts under the text ("Was this article
	 * helpful?", a poll's options) are no such run.
	 */
	private static void interviews(List<Paragraph> paragraphs, Kind[] kinds, boolean[] shownTwice, boolean unspaced) {
		int size = kinds.length;
		for (int i = 1; i < size; i++) {
			if (!isQuestion(paragraphs.get(i), shownTwice[i]) || !readsAsText(kinds[i - 1])
					|| isQuestion(paragraphs.get(i - 1), shownTwice[i - 1])) {
				continue;
			}
			int exchanges = 0;
			boolean answerReadsAsText = false;
			int end = i;
			while (end < size && isQuestion(paragraphs.get(end), shownTwice[end])) {
				int answer = end + 1;
				while (answer < size && isAnswer(paragraphs.get(answer), shownTwice[answer], unspaced)) {
					answerReadsAsText |= kinds[answer] == Kind.GOOD
							|| kinds[answer] == Kind.NEAR_GOOD && paragraphs.get(answer).text().length() >= LONG;
					answer++;
				}
				if (answer == end + 1) {
					break;
				}
				exchanges++;
				end = answer;
			}
			// An interview's introduction is short beside its exchanges; a box of
			// questions under a whole article (a reader-service FAQ, a product's
			// customer questions, a comment thread) stands under more text than it has
			// exchanges.
			int introduction = 0;
			while (i - introduction - 1 >= 0 && readsAsText(kinds[i - introduction - 1])) {
				introduction++;
			}
			if (exchanges >= MIN_EXCHANGES && answerReadsAsText && introduction * 2 <= exchanges) {
				for (int j = i; j < end; j++) {
					if (kinds[j] == Kind.SHORT || kinds[j] == Kind.BAD) {
						kinds[j] = Kind.NEAR_GOOD;
					}
				}
			}
			i = Math.max(i, end - 1);
		}
	}

	// A line of its own ending in a question mark, no furniture.
	private static boolean isQuestion(Paragraph block, boolean shownTwice) {
		String text = block.text();
		return !shownTwice && text.length() <= MAX_QUESTION && Texts.endsWithQuestion(text) && isOwnText(block);
	}

	// A sentence of a sentence's length or more, no question and no furniture.
	private static boolean isAnswer(Paragraph block, boolean shownTwice, boolean unspaced) {
		String text = block.text();
		int length = (unspaced) ? spacedLength(text, SHORT) : text.length();
		return !shownTwice && length >= SHORT && isSentence(text) && !isQuestion(block, false) && isOwnText(block);
	}

	private static boolean isOwnText(Paragraph block) {
		return !block.isNoise() && !block.isBylineOrDateLine() && !Boilerplate.isBreadcrumb(block.text())
				&& !block.isAside();
	}

	// Text a few short lines below (the list's last items, the next heading): the
	// article goes on under the list, in a paragraph or a sentence.
	private static boolean textBelow(Kind[] kinds, int from) {
		int i = from;
		while (i < kinds.length && i - from <= MAX_LINES_ABOVE_TEXT && kinds[i] == Kind.SHORT) {
			i++;
		}
		return i < kinds.length && readsAsText(kinds[i]);
	}

	// Text, or near enough to join the text beside it.
	private static boolean readsAsText(Kind kind) {
		return kind == Kind.GOOD || kind == Kind.NEAR_GOOD;
	}

	// A number (whole, decimal or a fraction: "1 1/2", "1½"), then a space and a word in
	// lower case, or a unit's symbol glued to it and a space ("200g flour"). A time glued
	// to its unit ("2h ago", "5m") is no quantity: its units are not among the symbols.
	static boolean opensWithQuantity(String text) {
		if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
			return false;
		}
		int i = 0;
		while (i < text.length() && isPartOfNumber(text, i)) {
			i++;
		}
		int unit = i;
		while (i < text.length() && Character.isLowerCase(text.charAt(i))) {
			i++;
		}
		if (i == text.length() || text.charAt(i) != ' ') {
			return false;
		}
		if (i > unit) {
			return GLUED_UNITS.contains(text.substring(unit, i));
		}
		return i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
	}

	private static boolean isPartOfNumber(String text, int i) {
		char c = text.charAt(i);
		if (Character.isDigit(c) || c == '/' || c == '⁄' || FRACTIONS.indexOf(c) >= 0) {
			return true;
		}
		boolean digitNext = i + 1 < text.length()
				&& (Character.isDigit(text.charAt(i + 1)) || FRACTIONS.indexOf(text.charAt(i + 1)) >= 0);
		return (c == '.' || c == ',' || c == ' ') && digitNext;
	}

	/**
	 * Some sites write in paragraphs of one or two short sentences, none long enough to
	 * be {@code GOOD} alone: a run of near-good sentences (short blocks may stand between
	 * them) that together make running text is text. An ad slot's label between two
	 * paragraphs ("Article content", "Advertisement") is no break in the run: it stands
	 * where the site put an ad, not where the text ends.
	 */
	private static void promoteRunsOfSentences(List<Paragraph> paragraphs, Kind[] kinds, boolean unspaced) {
		int runStart = 0;
		for (int i = 0; i <= kinds.length; i++) {
			if (i == kinds.length || kinds[i] == Kind.BAD && !isAdBetweenText(paragraphs, kinds, i)) {
				int nearGood = 0;
				int length = 0;
				for (int j = runStart; j < i; j++) {
					if (readsAsText(kinds[j])) {
						nearGood++;
						String text = paragraphs.get(j).text();
						length += unspaced ? spacedLength(text, 2 * LONG) : text.length();
					}
				}
				if (nearGood >= RUN_OF_SENTENCES && length >= 2 * LONG) {
					for (int j = runStart; j < i; j++) {
						String text = paragraphs.get(j).text();
						if (kinds[j] == Kind.NEAR_GOOD && (isSentence(text) || isThaiSentence(text))) {
							kinds[j] = Kind.GOOD;
						}
					}
				}
				runStart = i + 1;
			}
		}
	}

	private static Kind kind(Paragraph block, double density, double reference, boolean unspaced) {
		String text = block.text();
		int length = unspaced ? spacedLength(text, LONG) : text.length();
		Kind kind = (length < SHORT) ? Kind.SHORT : kindOfLength(text, length, density, reference);
		if (kind == Kind.BAD && length >= SHORT && opensRelease(text)) {
			kind = Kind.NEAR_GOOD;
		}
		// Noise and breadcrumbs are bad blocks: asked only of a block they would change,
		// not of a long block whose few stop words make it bad already (a menu's run of
		// links, a teaser's blurb).
		return (kind != Kind.BAD && (block.isNoise() || Boilerplate.isBreadcrumb(text))) ? Kind.BAD : kind;
	}

	// A press release's first paragraph opens with its dateline: the place in capitals, a
	// comma, the date with its year and a dash ("LAREDO, Texas, Dec. 3, 2026 /Meridian
	// Newswire/ -- Harlow Cold Chain Logistics, a … company based in San Antonio, today
	// opened …"). Its sentence of a firm's names and figures holds few stop words, and
	// read as furniture the release lost its lead. Asked only of a block read as bad.
	// Only the place's few characters are walked before the rest is asked.
	private static boolean opensRelease(String text) {
		int end = Math.min(text.length(), MAX_PLACE + 1);
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == ',') {
				return i >= MIN_PLACE && Character.isUpperCase(text.charAt(0)) && isSentence(text)
						&& DateLineDetector.dateline(text) != null;
			}
			if (Character.isLowerCase(c)) {
				return false;
			}
		}
		return false;
	}

	// The kind of a block of SHORT characters or more, by its sentences and its density.
	private static Kind kindOfLength(String text, int length, double density, double reference) {
		boolean sentence = isSentence(text);
		if (reference <= 0) {
			if (length >= LONG && (sentence || sentenceMarks(text) >= 2)) {
				return Kind.GOOD;
			}
			return (sentence || length >= LONG && isThaiSentence(text)) ? Kind.NEAR_GOOD : Kind.BAD;
		}
		if (density >= GOOD_DENSITY * reference && length >= LONG) {
			return Kind.GOOD;
		}
		if (density >= NEAR_GOOD_DENSITY * reference && (sentence || sentenceMarks(text) >= 1)) {
			return Kind.NEAR_GOOD;
		}
		return Kind.BAD;
	}

	private static int sentenceMarks(String text) {
		int marks = 0;
		for (int i = 0; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			// A full-width stop ends a sentence with or without a space after it.
			if (Texts.isUnspacedStop(c) || (c == '.' || c == '!' || c == '?' || Texts.isOtherScriptStop(c))
					&& Character.isWhitespace(text.charAt(i + 1))) {
				marks++;
			}
			// Thai writes no full stop: a space between two Thai words ends a sentence.
			else if (c == ' ' && i > 0 && isThai(text.charAt(i - 1)) && isThai(text.charAt(i + 1))) {
				marks++;
			}
		}
		return marks;
	}

	private static boolean isThai(char c) {
		return c >= '\u0E01' && c <= '\u0E5B';
	}

	// Thai writes no full stop: a paragraph that ends in a Thai letter, with a space
	// between two Thai words in it (two clauses), ends as a Thai sentence does. Asked
	// only where no other sentence was found: a page without stop words of its own, and
	// a run of near-good blocks.
	private static boolean isThaiSentence(String text) {
		return !text.isEmpty() && isThai(text.charAt(text.length() - 1)) && sentenceMarks(text) >= 1;
	}

	private static boolean isSentence(String text) {
		return Texts.endsWithSentencePunctuation(text)
				|| Texts.endsWithStop(text, Texts.UNSPACED_STOPS | Texts.OTHER_SCRIPT_STOPS) || isSignedSentence(text);
	}

	// A Japanese paragraph its writer signs after the last sentence ("…販売される予定。
	// （佐藤健太）"): the sentence ends before the bracket, and the paragraph is the text's,
	// as the labels keep it. A sign-off alone on its line ("（佐藤健太）") is no sentence.
	private static boolean isSignedSentence(String text) {
		int length = text.length();
		return length > 0 && text.charAt(length - 1) == '）' && text.charAt(0) != '（'
				&& BylineDetector.signOff(text) != null;
	}

	// A block's length as a spaced script would write it: a word there takes about six
	// characters with its space, and two characters of Chinese, Japanese or Thai say as
	// much, so each of those counts three, and a Hangul syllable two. Otherwise a
	// paragraph of 60 Chinese characters would be shorter than a sentence and a page in
	// Chinese or Korean have no text.
	// Counted only up to enough: no threshold asks more, and most blocks are that long
	// or hold none of those characters. A length in characters for the locator's
	// character thresholds, not words (Texts.spacedWords): see units60 in EXTRACTOR.md.
	private static int spacedLength(String text, int enough) {
		int length = text.length();
		for (int i = 0; i < text.length() && length < enough; i++) {
			char c = text.charAt(i);
			if (Scripts.isWrittenWithoutSpaces(c)) {
				length += 2;
			}
			// A Hangul syllable, a block of two or three letters, says about as much as
			// two Latin letters: Korean is spaced, but its words are short.
			else if (c >= '\uAC00' && c <= '\uD7A3') {
				length++;
			}
		}
		return length;
	}

	/**
	 * jusText's context step: a near-good block is text unless furniture stands on both
	 * sides of it; a short block is text between text, furniture between furniture, and
	 * between the two, text only next to a near-good block.
	 */
	static Kind[] smooth(Kind[] kinds) {
		int size = kinds.length;
		// The nearest GOOD or BAD block on each side, ignoring short and near-good ones.
		Kind[] before = new Kind[size];
		Kind[] after = new Kind[size];
		Kind[] beforeNear = new Kind[size];
		Kind[] afterNear = new Kind[size];
		Kind last = Kind.BAD;
		Kind lastNear = Kind.BAD;
		for (int i = 0; i < size; i++) {
			before[i] = last;
			beforeNear[i] = lastNear;
			if (kinds[i] == Kind.GOOD || kinds[i] == Kind.BAD) {
				last = kinds[i];
			}
			if (kinds[i] != Kind.SHORT && kinds[i] != Kind.ASIDE) {
				lastNear = kinds[i];
			}
		}
		last = Kind.BAD;
		lastNear = Kind.BAD;
		for (int i = size - 1; i >= 0; i--) {
			after[i] = last;
			afterNear[i] = lastNear;
			if (kinds[i] == Kind.GOOD || kinds[i] == Kind.BAD) {
				last = kinds[i];
			}
			if (kinds[i] != Kind.SHORT && kinds[i] != Kind.ASIDE) {
				lastNear = kinds[i];
			}
		}
		Kind[] smoothed = kinds.clone();
		for (int i = 0; i < size; i++) {
			if (kinds[i] == Kind.ASIDE) {
				continue;
			}
			if (kinds[i] == Kind.NEAR_GOOD) {
				smoothed[i] = (before[i] == Kind.BAD && after[i] == Kind.BAD) ? Kind.BAD : Kind.GOOD;
			}
			else if (kinds[i] == Kind.SHORT) {
				if (before[i] == Kind.GOOD && after[i] == Kind.GOOD) {
					smoothed[i] = Kind.GOOD;
				}
				else if (before[i] == Kind.BAD && after[i] == Kind.BAD) {
					smoothed[i] = Kind.BAD;
				}
				else {
					smoothed[i] = (beforeNear[i] == Kind.NEAR_GOOD || afterNear[i] == Kind.NEAR_GOOD) ? Kind.GOOD
							: Kind.BAD;
				}
			}
		}
		asidesBetweenText(smoothed);
		return smoothed;
	}

	// A teaser or a caption is text between text, so the run goes on below it (the body
	// leaves it out), and furniture anywhere else.
	private static void asidesBetweenText(Kind[] smoothed) {
		Kind last = Kind.BAD;
		for (int i = 0; i < smoothed.length; i++) {
			if (smoothed[i] != Kind.ASIDE) {
				last = smoothed[i];
				continue;
			}
			int next = i + 1;
			while (next < smoothed.length && smoothed[next] == Kind.ASIDE) {
				next++;
			}
			Kind kind = (last == Kind.GOOD && next < smoothed.length && smoothed[next] == Kind.GOOD) ? Kind.GOOD
					: Kind.BAD;
			for (int j = i; j < next; j++) {
				smoothed[j] = kind;
			}
			i = next - 1;
		}
	}

	enum Kind {

		GOOD, NEAR_GOOD, SHORT, BAD,
		/**
		 * A teaser of another story or a photo's caption: neither text nor furniture to
		 * the context step, which looks past it to the blocks on either side.
		 */
		ASIDE

	}

	/**
	 * Where the article lies in the page.
	 *
	 * @param start the index of its first block
	 * @param end the index after its last block
	 * @param content for each block of the page, whether it is article text after the
	 * context step
	 * @param kinds each block's kind as it reads, before the context step
	 * @param boxStart the first block of a box looked past between the article's lead and
	 * the rest of its text, which the body leaves out
	 * @param boxEnd the index after the box's last block ({@code boxStart} when none)
	 * @param headerOnly whether the blocks above {@code start} hold the page's header and
	 * chrome alone, no sentence of the text (see {@code startOfSentences}): the body
	 * starts at {@code start} however near the page's top it stands
	 */
	record Located(int start, int end, boolean[] content, Kind[] kinds, int boxStart, int boxEnd, boolean headerOnly) {

		Located(int start, int end, boolean[] content, Kind[] kinds) {
			this(start, end, content, kinds, start, start);
		}

		Located(int start, int end, boolean[] content, Kind[] kinds, int boxStart, int boxEnd) {
			this(start, end, content, kinds, boxStart, boxEnd, false);
		}

	}

}
