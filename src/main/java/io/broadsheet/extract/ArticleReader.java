package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.broadsheet.extract.DateLineDetector.DateLine;
import io.broadsheet.extract.DateLineDetector.Label;

/**
 * Reads one article's paragraphs from both ends and keeps what it finds. One instance per
 * article; not thread-safe.
 * <p>
 * The tail is found first, walking up from the last paragraph while paragraphs are tail
 * material (prompts, bios, disclaimers, references, sign-offs, short promo lines). The
 * body ends where the first strong tail marker of that run begins, so a short closing
 * sentence of the article stays, while a promo line after a bio goes. Then the header is
 * read from the top, up to the second paragraph of running text.
 * <p>
 * A line is never dropped for being short: only lines that match a pattern, or that
 * follow a strong tail marker, leave the body. In a short article made of short lines the
 * walk reaches the header, whose byline or date line is no end of the article: a marker
 * ends the body only if the header leaves article text (a sentence, running text or a
 * list item) above it, otherwise the next marker is tried, and without one the body runs
 * to the end of the file.
 */
final class ArticleReader {

	/** What stands between two of the body's blocks. */
	static final String BODY_SEPARATOR = "\n\n";

	private static final int MAX_HEADER = 12;

	private static final int MAX_TAIL = 60;

	// How far above a located article its headline, byline and date line are looked for.
	private static final int HEAD_REACH = 8;

	// How far below a located article its bio, credits and sign-off are looked for.
	private static final int TAIL_REACH = 8;

	private static final int SHORT_LINE = 80;

	// What stands, spaced, between the parts of a footer's or a menu's line.
	private static final String LINE_SEPARATORS = "|\u00b7\u2022";

	// How far under the headline its deck, byline and date lines are looked for.
	private static final int HEAD_RUN = 8;

	private static final int SHORT_HEAD_LINE = 60;

	private static final int MAX_DECK = 320;

	private static final int MAX_NAME_WORDS = 4;

	// A line in capitals of this many words or more between two paragraphs is a teaser.
	private static final int CAPITALS_TEASER_WORDS = 7;

	private static final int MIN_CAPITALS_TEASER = 30;

	private static final int MAX_CAPITALS_TEASER = 200;

	private static final String OPENING_QUOTES = "\"“„«‘'";

	// A dash between a dateline's date and the text's first sentence.
	private static final Pattern DATELINE_DASH = Pattern.compile("\\s+-{1,2}\\s+|\\s*[\u2013\u2014]\\s*");

	private static final int DATELINED_SENTENCE_WORDS = 6;

	// A clock time alone: hours, a colon, a point or an "h" (French, Portuguese),
	// minutes.
	private static final Pattern BARE_TIME = Pattern.compile("[0-2]?\\d[:.h][0-5]\\d");

	// So many stamps over entries make a live page's.
	private static final int MIN_ENTRY_STAMPS = 2;

	private static final int MAX_BIO_CHECKS = 3;

	// Ranks of the evidence, best first.
	private static final int DATE_PUBLISHED = 0;

	private static final int DATE_PLAIN = 1;

	private static final int DATE_UPDATED = 2;

	private static final int DATE_TAIL = 3;

	private static final int PUBLISHER_SOURCE = 0;

	private static final int PUBLISHER_SIGN_OFF = 1;

	private static final int PUBLISHER_SITE_NAME = 2;

	private static final int PUBLISHER_BLURB = 3;

	private static final int PUBLISHER_DISCLAIMER = 4;

	private final List<Paragraph> paragraphs;

	private final boolean[] removed;

	// A box between the lead and the rest of the text, left out of the body.
	private final int boxStart;

	private final int boxEnd;

	private int cut;

	private Extracted<String> title;

	private Extracted<List<String>> headerAuthors;

	private Extracted<List<String>> tailAuthors;

	private int tailAuthorRank = Integer.MAX_VALUE;

	private Extracted<LocalDate> date;

	private int dateRank = Integer.MAX_VALUE;

	private Extracted<String> publisher;

	private int publisherRank = Integer.MAX_VALUE;

	private int bioChecks;

	// A live page's entry stamps, which stay though they read as furniture.
	private boolean[] entryStamps;

	// Where readers' comments start below the text, or -1.
	private int commentsAt = -1;

	// The header is read from here: the top of the page, or a few blocks above the
	// article in a whole page.
	private final int headFrom;

	// The body starts here: the top, or the article's first block in a whole page.
	private final int bodyFrom;

	// The article's text can start here: under a headline found above the located run,
	// else where the body starts.
	private final int textFrom;

	// The tail is read up to here: the page's end, or a few blocks after the article.
	private final int tailTo;

	private final int bodyTo;

	ArticleReader(List<Paragraph> paragraphs) {
		this(paragraphs, 0, paragraphs.size());
	}

	/**
	 * A reader of the article that lies in blocks {@code [start, end)} of a page.
	 * @param paragraphs the page's blocks
	 * @param start the article's first block
	 * @param end the index after the article's last block
	 */
	ArticleReader(List<Paragraph> paragraphs, int start, int end) {
		this(paragraphs, start, end, start);
	}

	/**
	 * A reader of the article that lies in blocks {@code [start, end)} of a page, under a
	 * headline found at block {@code headline}.
	 * @param paragraphs the page's blocks
	 * @param start the article's first block
	 * @param end the index after the article's last block
	 * @param headline the block of the article's headline, or {@code start} when none is
	 * known: its byline and date line lie between the two
	 */
	ArticleReader(List<Paragraph> paragraphs, int start, int end, int headline) {
		this(paragraphs, start, end, headline, false, false, start, start, false);
	}

	/**
	 * A reader of the article that lies in blocks {@code [start, end)} of a page, under a
	 * headline found at block {@code headline}, its header read from the headline down
	 * when {@code fromHeadline}: there the blocks above the headline are another story's
	 * text, whose running text would end the header before the headline's byline or date
	 * line.
	 * @param paragraphs the page's blocks
	 * @param start the article's first block
	 * @param end the index after the article's last block
	 * @param headline the block of the article's headline, or {@code start} when none is
	 * known
	 * @param fromHeadline whether the header starts at the headline (under a long
	 * header), and the body there however near the page's top it stands
	 * @param endsThere whether the article ends at {@code end} however few blocks follow
	 * it (a list of teasers below it), rather than at the page's end when only a few do
	 * @param boxStart the first block of a box the locator looked past between the
	 * article's lead and the rest of its text (see
	 * {@code ArticleLocator.withLeadAboveBox}): the box leaves the body, and the lead
	 * starts it however near the page's top it stands, as a run located there would
	 * @param boxEnd the index after the box's last block ({@code boxStart} when none)
	 * @param headerOnly whether the locator found nothing but the page's header and
	 * chrome above {@code start} (a short article's, under a cookie line: see
	 * {@code ArticleLocator.Located#headerOnly}): the body starts there, as it does under
	 * a long header
	 */
	ArticleReader(List<Paragraph> paragraphs, int start, int end, int headline, boolean fromHeadline, boolean endsThere,
			int boxStart, int boxEnd, boolean headerOnly) {
		this.paragraphs = paragraphs;
		this.removed = new boolean[paragraphs.size()];
		this.boxStart = boxStart;
		this.boxEnd = boxEnd;
		boolean pageAbove = start > MAX_HEADER || this.boxEnd > this.boxStart || headerOnly;
		this.headFrom = !pageAbove ? 0 : fromHeadline ? headline : Math.max(0, Math.min(headline, start - HEAD_REACH));
		// An attested headline inside the located run starts the body however near the
		// top it stands: above it the run held a consent sentence, a menu or another
		// story's lines, which the body's walk from the top down to the headline stops
		// at. The header is still read from the top there (a site's domain line).
		this.bodyFrom = (pageAbove || fromHeadline) ? start : 0;
		// A sentence above a headline found over the located run (a site's tagline, a
		// consent notice in words no table holds) is the page's: it is no text that a
		// byline or date line under the headline could close (review56b's Japanese page,
		// whose writer's line reads as a sign-off and whose short paragraphs as no text).
		this.textFrom = (headline < start) ? Math.max(this.bodyFrom, headline + 1) : this.bodyFrom;
		boolean pageBelow = paragraphs.size() - end > TAIL_REACH || endsThere;
		// a list under the text's colon is the article's, though the run stopped at it
		int last = pageBelow ? ArticleLocator.promisedBelow(paragraphs, end) : end;
		// and so are a few short closing lines right under it, or under a read-also box
		// there, or under the paragraph that closes such a list ("… riders will find:" /
		// three items / a paragraph / "Local cafes expect busier winter trade from
		// visiting riders." over a media contact line) (tail55); and the text going on
		// under a box in capitals set under them (box55)
		if (pageBelow) {
			last = ArticleLocator.closingLinesBelow(paragraphs, start, last);
			last = ArticleLocator.textUnderBox(paragraphs, start, last);
		}
		this.tailTo = pageBelow ? Math.min(last + TAIL_REACH, paragraphs.size()) : paragraphs.size();
		this.bodyTo = pageBelow ? last : paragraphs.size();
		this.cut = this.tailTo;
	}

	void read() {
		this.entryStamps = entryStamps();
		int[] markers = findTailMarkers();
		int next = 0;
		this.cut = (markers.length > 0) ? markers[0] : this.tailTo;
		readHeader();
		// In a short article the walk up from the end reaches the header: a byline, a
		// date line or a comment count there is no end of the article, and the body
		// ends at a later marker, or nowhere.
		while (this.cut < this.tailTo && this.cut <= this.headFrom + MAX_HEADER && !bodyHoldsText()) {
			next++;
			this.cut = (next < markers.length) ? markers[next] : this.tailTo;
			resetHeader();
			readHeader();
		}
		readTail();
		for (int i = this.bodyFrom; i < this.cut; i++) {
			if (!this.removed[i] && !this.entryStamps[i]
					&& (isFurniture(this.paragraphs.get(i)) && !isListenCrosshead(i) && !isLabelOfText(i)
							|| isCapitalsTeaser(i))) {
				this.removed[i] = true;
				if (this.paragraphs.get(i).isPromo() && isTeaserStamp(i + 1)) {
					this.removed[i + 1] = true;
				}
			}
		}
		int bodyEnd = Math.min(this.cut, this.bodyTo);
		Insets.removeGalleries(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
		Insets.removePullQuotes(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
		Insets.removePriceLines(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
		Insets.removeSignUpBoxes(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
		Insets.removePolls(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
		if (bodyEnd > this.bodyFrom) {
			Insets.removeTables(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			boolean[] factBoxes = Insets.factBoxLines(this.paragraphs, this.bodyFrom, bodyEnd);
			for (int i = this.bodyFrom; i < bodyEnd; i++) {
				this.removed[i] |= factBoxes[i - this.bodyFrom];
			}
			Insets.removeFigureBoxes(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			Insets.removeSummaryBoxes(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			Insets.removePlainBoxes(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			Insets.removeCapitalsBoxes(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			Insets.removeSentenceBoxes(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			Insets.removeLineScores(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			Insets.removeRetoldCaptions(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			Insets.removeCreditedCaptions(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			TailBoxes.removeTeasersUnderHeadings(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			TailBoxes.removeReaderBoxes(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
			TailBoxes.removeTrailingLines(this.paragraphs, this.bodyFrom, bodyEnd, this.removed);
		}
		for (int i = this.boxStart; i < this.boxEnd; i++) {
			this.removed[i] = true;
		}
	}

	/**
	 * Leaves the article's headline out of the body, with the page's lines above it: a
	 * short page, or an article whose text starts near the top, keeps its body from the
	 * page's first line, so the headline the title was taken from (or its copy, "Headline
	 * | Site") and a menu over it opened the body. Only at or above where the article's
	 * text was located, and while the body holds no text above it but a cookie or consent
	 * notice (the site's, over the menu): a copy of the title further down (a teaser's, a
	 * subheading's) is no headline over the text, and a script whose sentences this check
	 * does not read (Chinese) must not carry the walk down to one.
	 * @param title the title found on the page
	 * @param start the block where the article's text was located
	 */
	void leaveOutHeadline(Extracted<String> title, int start) {
		int end = Math.min(Math.min(this.cut, this.bodyTo), start + 1);
		int titleLine = (title.line() != null) ? title.line() : -1;
		int seen = 0;
		int copy = -1;
		for (int i = this.bodyFrom; i < end && seen < MAX_HEADER; i++) {
			if (line(i) == titleLine) {
				Arrays.fill(this.removed, this.bodyFrom, i + 1, true);
				return;
			}
			if (this.removed[i]) {
				continue;
			}
			seen++;
			String text = text(i);
			if (copy < 0 && TitleDetector.sameTitle(title.value(), text)) {
				// The page-title line ("Headline | Site") over the site's name, a menu
				// and a kicker: the walk goes on to the headline itself.
				copy = i;
				continue;
			}
			if (Boilerplate.isConsentNotice(text)) {
				// A cookie or consent notice over its button, the site's name and a menu
				// is the page's, never the text's first paragraph: the walk goes on to
				// the headline under it (blind32's Karoo page).
				continue;
			}
			if (Texts.isRunningText(text) || Texts.endsWithSentencePunctuation(text)) {
				break;
			}
		}
		if (copy >= 0) {
			Arrays.fill(this.removed, this.bodyFrom, copy + 1, true);
		}
	}

	/**
	 * Leaves out the header under the headline that the header reading did not reach: its
	 * walk ends twelve blocks down the page, so a headline low in its window leaves its
	 * deck, byline, role lines ("Reporter"), date lines and an update stamp the reader
	 * does not parse ("Updated 2 hours ago", "Ultimo aggiornamento: …") at the top of the
	 * body, and every headline its deck (a standfirst), which no set's labels count as
	 * text. Walking down from the headline's block: bylines and date lines, short lines
	 * that are no sentence above them, at most one deck (a block of deck length above the
	 * first of them), and under them short lines with a digit (a stamp), of one word (a
	 * role) or over another of them, up to the article's first text. Only when a byline
	 * or date line attests the run (or the text opens with a dateline under a deck), text
	 * follows it, and no date line stands in the text under it (a live blog's or a
	 * timeline's entries each open with a stamp, and the block above the first is the
	 * article's introduction, not a deck). A line on its own that ends with a dash or is
	 * all capitals is a dateline, the text's start, and a deck that opens with a dateline
	 * ("LONDON, March 12 (Newswire) - …") is the text's lead. Where a byline or date line
	 * attests the headline and the text was located under it, the body's lines above the
	 * headline leave too, the headline with them: a short page is read from its top, and
	 * what stands there is the page's, as it is over an attested headline inside the run.
	 * @param title the title found on the page
	 * @param start the block where the article's text was located
	 */
	void leaveOutHeaderUnderHeadline(Extracted<String> title, int start) {
		Integer titleLine = title.line();
		int end = Math.min(this.cut, this.bodyTo);
		int headline = -1;
		for (int i = this.headFrom; titleLine != null && i < end && i <= start + 1; i++) {
			if (line(i) == titleLine) {
				headline = i;
				break;
			}
		}
		if (headline < 0) {
			return;
		}
		int deck = -1;
		boolean attested = false;
		int text = -1;
		for (int i = headline + 1; i < end && i <= headline + HEAD_RUN; i++) {
			String block = text(i);
			// an obituary's life dates under the name ("August 9, 1938 - November 30,
			// 2026") stand where a date line would, as none of the text; so does a
			// slashed date no detector reads without the page's order ("01/12/2026 -
			// 18:45"): read either way it is a date line, and the paragraph under it
			// is the text's first, not a deck over a byline set under it (blind37)
			if (this.paragraphs.get(i).isBylineOrDateLine() && !isDatelinedSentence(this.paragraphs.get(i), block)
					|| HeadlineFinder.isCalendarSpan(block) || DateLineDetector.isDateLineEitherWay(block)) {
				attested = true;
				continue;
			}
			if (this.removed[i]) {
				continue;
			}
			boolean shortLine = isShortHeadLine(block);
			// Above the byline: names, roles and kickers of a few words, and one deck,
			// however short. Under it: a role of one word, a reading time, a stamp of a
			// time before now ("5 hours ago", which no date parser reads), or a line
			// between two of its lines, or a comments heading with its count ("Réagir
			// (18)", "12 Comments"), or an office's credit ("Media Relations" under a
			// newsroom's date line); any other short line under the last of them is as
			// often the text's first line ("March 2025 report", "A long night at city
			// hall", "By the Waters of Babylon").
			boolean nameOrRole = shortLine && Texts.words(block, MAX_NAME_WORDS + 1) <= MAX_NAME_WORDS;
			boolean header = !attested
					? nameOrRole || deck < 0 && block.length() <= MAX_DECK && !Texts.isListItem(block)
					// a name too long for a writer's right over the meta line:
					// an office's or a team's ("Interior Avalanche Centre
					// Forecast Team" over "Posted …"), set in title case as a
					// name is; a live report's first entry heading in sentence
					// case over its stamp ("Evacuation order widened to …") is
					// the text's
							|| shortLine && HeadlineFinder.isTitleCase(block) && i + 1 < end
									&& this.paragraphs.get(i + 1).isBylineOrDateLine()
					: shortLine && (Texts.words(block, 2) == 1 && !endsWithOtherScriptFullStop(block)
							|| Boilerplate.isReadingTime(block) || Boilerplate.isRelativeStamp(block)
							|| Boilerplate.isClockStamp(block) || isCommentCountLine(this.paragraphs.get(i))
							|| BylineDetector.isOfficeCredit(block)
							|| i + 1 < end && this.paragraphs.get(i + 1).isBylineOrDateLine());
			if (!header) {
				text = i;
				break;
			}
			if (!attested && !nameOrRole) {
				deck = i;
			}
		}
		// attested by its own byline or date line, not by a datelined lead alone
		boolean metaUnder = attested;
		// A lead that opens with a dateline ("RENO, Nev., March 4 /Newswire/ -- …") marks
		// the text's start as a meta line would: the one deck over it (a press release's
		// subheadline) is header. No label of dev or the 32 open sets keeps the line
		// right above such a lead (0 of 56). Only a deck that ends no sentence, as a
		// subheadline does: a block ending with its stop there is as often the story's
		// own lead set over the datelined paragraph ("The council voted on Tuesday to …"
		// /
		// "RENO, Nev. (AP) — The vote …", review55e).
		attested |= deck >= 0 && text >= 0 && opensWithDateline(text(text))
				&& !Texts.endsWithSentencePunctuation(text(deck)) && !endsWithOtherScriptFullStop(text(deck));
		if (!attested || text < 0 || !(Texts.isRunningText(text(text)) || Texts.endsWithSentencePunctuation(text(text))
				|| endsWithOtherScriptFullStop(text(text)))) {
			return;
		}
		for (int i = text; i < end && i <= text + HEAD_RUN; i++) {
			if (this.paragraphs.get(i).dateLine() != null
					&& !(i == text && isDatelinedSentence(this.paragraphs.get(i), text(i)))) {
				return;
			}
		}
		// The deck leaves with the rest: the labels of every set, dev's benchmark pages
		// among them, hold a standfirst set between the headline and the byline or date
		// line as no part of the text. But a block that opens with a dateline ("LONDON,
		// March 12 (Newswire) - Acme will cut …") is the text's lead set over the
		// byline, and stays.
		boolean lead = deck >= 0 && opensWithDateline(text(deck));
		int from = Math.max(lead ? deck + 1 : headline + 1, this.bodyFrom);
		for (int i = Math.min(from, text); i < text; i++) {
			// a live page's first entry stamp is the entry's, no stamp of the header's
			this.removed[i] |= !this.entryStamps[i];
		}
		if (metaUnder && headline < start) {
			// The text was located under the headline its byline or date line attests:
			// what the body holds above the headline, read from a short page's top, is
			// the page's, and the headline with it, though the walk down to it stopped
			// at a sentence there (a consent notice in words no table holds, a site's
			// tagline, a blog's sidebar: blind33's isiZulu page, blind10's release
			// post). On dev and the 33 open sets no label keeps a line there (0 of 27
			// lines on 4 pages; the rule holds on 358 pages read from the top, the
			// other 354 already clean). A headline inside the run starts the body
			// itself (see the constructor), and one under it is no headline here.
			Arrays.fill(this.removed, this.bodyFrom, Math.max(headline + 1, this.bodyFrom), true);
		}
	}

	/**
	 * Leaves out blocks {@code from} to {@code to} of the body: the header's lines
	 * between a headline and the article's text that the caller read as such (a date the
	 * detectors do not read and a desk's credit under it), where nothing attests the
	 * headline for {@link #leaveOutHeaderUnderHeadline} to walk them.
	 * @param from the first block under the headline
	 * @param to the article's first block of text
	 */
	void leaveOutHeaderOverText(int from, int to) {
		int end = Math.min(Math.min(this.cut, this.bodyTo), to);
		for (int i = Math.max(from, this.bodyFrom); i < end; i++) {
			this.removed[i] = true;
		}
	}

	/**
	 * Leaves out the short lines the body keeps at its top over a byline or date line the
	 * header reading left out: a menu's last entries ("Obituaries", "Celebrations",
	 * "Weddings") over a headline the header did not take for one and its "Posted …"
	 * line, a deck or a photographer's credit over the writer's line. The article's text
	 * starts under its meta line, and nothing above that line but its headline, kicker
	 * and deck belongs to it: no label of dev or the open sets keeps a line there. Only
	 * lines that are no sentence and no running text, when the article's first text
	 * follows the meta line, the byline or date line removed among the body's first
	 * blocks.
	 */
	void leaveOutLinesOverHeaderMeta() {
		// the menu's lines and the header's within a header's reach, the text under them
		int end = Math.min(Math.min(this.cut, this.bodyTo), this.bodyFrom + MAX_HEADER + HEAD_RUN);
		int first = -1;
		boolean meta = false;
		for (int i = this.bodyFrom; i < end; i++) {
			String text = text(i);
			if (this.removed[i]) {
				meta |= first >= 0 && this.paragraphs.get(i).isBylineOrDateLine();
				continue;
			}
			if (Texts.isRunningText(text) || Texts.endsWithSentencePunctuation(text)) {
				if (meta) {
					Arrays.fill(this.removed, first, i, true);
				}
				return;
			}
			if (meta) {
				// a line kept under the meta line: the header is no such run
				return;
			}
			first = (first < 0) ? i : first;
		}
	}

	/**
	 * Leaves out a stamp of a time before now ("2 days ago", "Updated 3 hours ago", "vor
	 * 2 Stunden", "3시간 전") among the header's lines at the top of the body: the first
	 * block the body keeps, or one under a byline, a date line or another such stamp,
	 * with at most one block (a deck) above the first of them. No set labels such a stamp
	 * as text, and no date parser reads it. A stamp under a teaser's headline stays: the
	 * walk ends at the first block that is none of these.
	 */
	void leaveOutRelativeStamps() {
		// the header's removed lines (menus, the headline, its date) do not count
		int[] kept = Paragraphs.kept(this.removed, this.bodyFrom, Math.min(this.cut, this.bodyTo));
		boolean header = true;
		boolean deck = false;
		for (int k = 0; k < kept.length && k < HEAD_RUN; k++) {
			int i = kept[k];
			Paragraph paragraph = this.paragraphs.get(i);
			if (Boilerplate.isRelativeStamp(text(i)) || Boilerplate.isClockStamp(text(i))) {
				if (!header) {
					return;
				}
				this.removed[i] = true;
			}
			else if (paragraph.isBylineOrDateLine()) {
				header = true;
			}
			else if (!deck) {
				deck = true;
				header = false;
			}
			else {
				return;
			}
		}
	}

	// A date line that runs on into the text's first sentence: the article's own
	// dateline and lead, no stamp ("WASHINGTON, Nov. 19, 2019 — The council voted …").
	// A stamp's other parts are dates or a few words ("Published … | Updated …").
	private static boolean isDatelinedSentence(Paragraph paragraph, String text) {
		if (paragraph.dateLine() == null || !Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		String[] parts = DATELINE_DASH.split(text);
		for (int k = 1; k < parts.length; k++) {
			String part = parts[k].strip();
			if (Texts.words(part, DATELINED_SENTENCE_WORDS) >= DATELINED_SENTENCE_WORDS
					&& DateLineDetector.detect(part) == null) {
				return true;
			}
		}
		return false;
	}

	// A place in capitals, with a date or an agency, then a dash and the sentence
	// ("LONDON, March 12 (Newswire) - …", "WASHINGTON (AP) — …"): every word before the
	// dash opens in capitals, as a deck's own words ("NHS waiting lists — …") do not.
	// Package-private for the locator's lead over a box (a wire story's one-paragraph
	// lead).
	static boolean opensWithDateline(String text) {
		String[] parts = DATELINE_DASH.split(text, 2);
		if (parts.length < 2 || Texts.words(parts[0], DATELINE_WORDS + 1) > DATELINE_WORDS) {
			return false;
		}
		String[] words = parts[0].strip().split("\\s+");
		String place = words[0].replaceAll("\\P{L}+$", "");
		if (place.length() < 3 || !place.equals(place.toUpperCase(Locale.ROOT)) || !Texts.hasCasedLetter(place)) {
			return false;
		}
		for (String word : words) {
			if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
				return false;
			}
		}
		return true;
	}

	// The most words a dateline holds before its dash ("LONDON, March 12 (Newswire)").
	private static final int DATELINE_WORDS = 6;

	// A name, a role, a label with a date the detectors do not read, a credit: short and
	// no sentence. A dateline on its own line ("LONDON —", "WASHINGTON") opens the text.
	// Package-private for the extractor's masthead rule (the header's lines under its
	// headline).
	static boolean isShortHeadLine(String text) {
		if (text.isEmpty() || text.length() > SHORT_HEAD_LINE || Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		boolean dash = last == '-' || last == '\u2013' || last == '\u2014';
		return !dash && !(Texts.hasCasedLetter(text) && text.equals(text.toUpperCase(Locale.ROOT)));
	}

	/**
	 * The body's blocks in order, Markdown heading marks and name links' hover cards
	 * removed; the body is them joined with {@link #BODY_SEPARATOR}.
	 */
	List<String> bodyTexts() {
		return bodyIndexes().mapToObj((i) -> Boilerplate.withoutNameCards(withoutHeadingMarks(text(i)))).toList();
	}

	/** The blocks {@link #bodyTexts()} come from, in the same order. */
	List<Paragraph> bodyBlocks() {
		return bodyIndexes().mapToObj(this.paragraphs::get).toList();
	}

	private IntStream bodyIndexes() {
		return IntStream.range(this.bodyFrom, Math.min(this.cut, this.bodyTo)).filter((i) -> !this.removed[i]);
	}

	Extracted<String> title() {
		return this.title;
	}

	Extracted<List<String>> authors() {
		return (this.headerAuthors != null) ? this.headerAuthors : this.tailAuthors;
	}

	/**
	 * The writers an agency credit line under the text names ("Reporting by A in Helsinki
	 * and B in Stockholm; Editing by C"), or {@code null} when none does.
	 */
	Extracted<List<String>> creditedAuthors() {
		return (this.tailAuthorRank == 0) ? this.tailAuthors : null;
	}

	Extracted<LocalDate> publishedDate() {
		return this.date;
	}

	Extracted<String> publisher() {
		return this.publisher;
	}

	private String text(int i) {
		return this.paragraphs.get(i).text();
	}

	private int line(int i) {
		return this.paragraphs.get(i).line();
	}

	// "## A shared problem": Markdown heading marks are layout, not text.
	private static String withoutHeadingMarks(String text) {
		int marks = 0;
		while (marks < text.length() && marks < 6 && text.charAt(marks) == '#') {
			marks++;
		}
		if (marks > 0 && marks < text.length() && text.charAt(marks) == ' ') {
			return text.substring(marks + 1).strip();
		}
		return text;
	}

	/**
	 * The live page's entry stamps in the body: a bare time on a line of its own
	 * ("11:05", "10h05", "14.20") right over a paragraph of running text, two or more of
	 * them. A live page's label keeps each entry's time, which the noise check reads as a
	 * widget's remnant (mostly digits). One such line alone is as often a video's length
	 * over its description, and a ticker's times stand over headlines, not sentences.
	 * @return for each of the page's blocks, whether it is such a stamp in the article
	 */
	private boolean[] entryStamps() {
		boolean[] stamps = new boolean[this.paragraphs.size()];
		int count = 0;
		for (int i = this.bodyFrom; i + 1 < this.tailTo; i++) {
			if (BARE_TIME.matcher(text(i)).matches() && Texts.isRunningText(text(i + 1))) {
				stamps[i] = true;
				count++;
			}
		}
		return (count >= MIN_ENTRY_STAMPS) ? stamps : new boolean[stamps.length];
	}

	// How many list lines the walk from a list's item (a shop verb's line, a street
	// address, a site's credit) up to the list's colon passes, and how long each may be.
	private static final int MAX_LIST_ITEMS_ABOVE = 8;

	private static final int MAX_LIST_ITEM = 60;

	/**
	 * Whether the block is a one-word crosshead of the text that reads as a listen button
	 * ("Listen" over a music review's paragraph on a single): the word alone, a sentence
	 * of running text right above it and running text right under it, and no other listen
	 * button in the body. The buttons stand in the header, a menu or a share bar, under a
	 * headline or a byline (no dev or open set page has one between two paragraphs); a
	 * player that shows its button there shows it again mid-text.
	 */
	private boolean isListenCrosshead(int i) {
		if (i <= this.bodyFrom || i + 1 >= this.cut || !Boilerplate.isListenWord(this.paragraphs.get(i))
				|| !Texts.isClosedRunningText(text(i - 1)) || !Texts.isRunningText(text(i + 1))) {
			return false;
		}
		for (int j = 0; j < this.paragraphs.size(); j++) {
			if (j != i && Boilerplate.isListenButton(this.paragraphs.get(j))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a line that reads as a media teaser or a shop's button is the text's own,
	 * by the lines around it: a media label in a column's list of labels of two kinds,
	 * each over its paragraph ("Watch: Slow Horses", "Listen: The Rest Is History"); a
	 * shop verb's line in a list under the text's colon ("Before you go:" over "Buy
	 * tickets early") or a crosshead in title case between two paragraphs ("Shop Local
	 * Saturday", "Buy British"). Asked only of lines the furniture pass would cut.
	 */
	private boolean isLabelOfText(int i) {
		Paragraph block = this.paragraphs.get(i);
		if (i <= this.bodyFrom || i + 1 >= this.cut
				|| !Texts.isRunningText(text(i + 1)) && !Boilerplate.isShopButton(block)) {
			return false;
		}
		if (Boilerplate.isMediaTeaser(block)) {
			return isInListOfMediaLabels(i);
		}
		return Boilerplate.isShopButton(block) && !Boilerplate.endsWithShopButtonWord(block)
				&& (isListItemUnderColon(i) || isTitleCaseCrosshead(i));
	}

	// Another media teaser over its own paragraph in the body, of another label ("Watch:"
	// and "Listen:"): a column's recommendations. Teasers between the paragraphs repeat
	// one label ("Watch live: …" three times), or stand in a row with no text under them.
	// The titles after the labels are a work's, in title case ("Slow Horses", "The
	// Rest Is History"); a teaser's headline is in sentence case ("Watch: Flood waters
	// sweep through the town centre", "Listen: Minister defends rail budget").
	private boolean isInListOfMediaLabels(int i) {
		String label = Boilerplate.mediaLabel(this.paragraphs.get(i));
		if (!isTitleAfterColon(text(i))) {
			return false;
		}
		for (int j = this.bodyFrom; j + 1 < this.cut; j++) {
			Paragraph other = this.paragraphs.get(j);
			if (j != i && Boilerplate.isMediaTeaser(other) && Texts.isRunningText(text(j + 1))
					&& !label.equals(Boilerplate.mediaLabel(other)) && isTitleAfterColon(other.text())) {
				return true;
			}
		}
		return false;
	}

	// Up over a list's short lines without a stop to the line that promises the list with
	// its colon ("Before you go:"), the item in sentence case ("Buy tickets early"); a
	// shop's button stands under a sentence or a price, or is set in title case ("Buy
	// Now" under a product's list of features).
	private boolean isListItemUnderColon(int i) {
		return titleCase(text(i)) < 0 && standsUnderColon(i);
	}

	// Whether short lines without a stop lead up from block i to a line that promises a
	// list with its colon ("The show runs at:" over "Town Hall" / "12 High Street").
	private boolean standsUnderColon(int i) {
		for (int j = i - 1; j > this.bodyFrom && j >= i - MAX_LIST_ITEMS_ABOVE; j--) {
			String above = text(j);
			if (above.endsWith(":")) {
				return true;
			}
			if (above.length() > MAX_LIST_ITEM || Texts.endsWithSentencePunctuation(above)
					|| Boilerplate.isShopButton(this.paragraphs.get(j))) {
				return false;
			}
		}
		return false;
	}

	// A shop verb's line in title case, every word after the verb no stop word of any
	// language ("Shop Local Saturday", "Buy British"; not "Buy Now", "Buy Tickets Now",
	// "Buy On Amazon", "Shop The Look": buttons), a sentence closed right above it and
	// running text right under it: a crosshead of the text.
	private boolean isTitleCaseCrosshead(int i) {
		return Texts.isClosedRunningText(text(i - 1)) && Texts.isRunningText(text(i + 1)) && titleCase(text(i)) > 0
				&& !holdsStopWordAfterVerb(text(i));
	}

	// Whether a word after the line's first is a stop word of some language.
	private static boolean holdsStopWordAfterVerb(String text) {
		int space = text.indexOf(' ');
		if (space < 0) {
			return false;
		}
		char[] chars = text.toCharArray();
		int start = -1;
		for (int k = space + 1; k <= chars.length; k++) {
			boolean letter = k < chars.length && Character.isLetter(chars[k]);
			if (letter && start < 0) {
				start = k;
			}
			else if (!letter && start >= 0) {
				if (StopWords.bitsOf(chars, start, k - start) != 0L) {
					return true;
				}
				start = -1;
			}
		}
		return false;
	}

	// Whether the words after a line's colon are a title's: every word longer than three
	// letters opens with a capital ("Slow Horses", "The Rest Is History").
	private static boolean isTitleAfterColon(String text) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			return false;
		}
		int start = -1;
		for (int k = colon + 1; k <= text.length(); k++) {
			boolean letter = k < text.length() && Character.isLetter(text.charAt(k));
			if (letter && start < 0) {
				start = k;
			}
			else if (!letter && start >= 0) {
				if (k - start > 3 && !Character.isUpperCase(text.charAt(start))) {
					return false;
				}
				start = -1;
			}
		}
		return true;
	}

	// How the words after a line's first word are set: -1 when one opens in lower case
	// (or there is none), 1 when every one opens with a capital and one is no stop word
	// of any language, 0 when they are capitalised stop words only ("Now").
	private static int titleCase(String text) {
		int space = text.indexOf(' ');
		if (space < 0) {
			return -1;
		}
		char[] chars = text.toCharArray();
		boolean named = false;
		int start = -1;
		for (int k = space + 1; k <= chars.length; k++) {
			boolean letter = k < chars.length && Character.isLetter(text.charAt(k));
			if (letter && start < 0) {
				if (!Character.isUpperCase(text.charAt(k))) {
					return -1;
				}
				start = k;
			}
			else if (!letter && start >= 0) {
				named |= StopWords.bitsOf(chars, start, k - start) == 0L;
				start = -1;
			}
		}
		return named ? 1 : 0;
	}

	/**
	 * Whether the block is a line set in capitals between two paragraphs, a sentence's
	 * worth of words without its stop: another story's headline as a link ("CO-FOUNDER
	 * 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM") or an app's
	 * prompt ("GET FOX BUSINESS ON THE GO BY CLICKING HERE"). A crosshead in capitals is
	 * a few words ("TOYOTA RAV4 PRIME", "WHO IS THE FRONT-RUNNER?") or ends with the
	 * colon of what it introduces; text written all in capitals has no paragraph in lower
	 * case around its lines. No label of dev or the open sets keeps such a line.
	 */
	private boolean isCapitalsTeaser(int i) {
		String text = text(i);
		if (text.length() < MIN_CAPITALS_TEASER || text.length() > MAX_CAPITALS_TEASER || i <= this.bodyFrom
				|| i + 1 >= this.cut || Texts.endsWithSentencePunctuation(text)
				|| Texts.words(text, CAPITALS_TEASER_WORDS) < CAPITALS_TEASER_WORDS
				|| !HeadlineFinder.isAllUpperCase(text) || isWhollyQuoted(text)) {
			return false;
		}
		// a player's "Video" label may stand between the line and a paragraph
		int above = (i - 1 > this.bodyFrom && this.paragraphs.get(i - 1).isNoise()) ? i - 2 : i - 1;
		int below = (i + 2 < this.cut && this.paragraphs.get(i + 1).isNoise()) ? i + 2 : i + 1;
		return isLowerCaseParagraph(text(above)) && isLowerCaseParagraph(text(below));
	}

	// A line in quotes from its first character to its last: a slogan, a chant or a
	// sign quoted in the text ("“SAVE OUR LIBRARY, SAVE OUR TOWN”"), no link.
	private static boolean isWhollyQuoted(String text) {
		return OPENING_QUOTES.indexOf(text.charAt(0)) >= 0
				&& Texts.CLOSING_QUOTES.indexOf(text.charAt(text.length() - 1)) >= 0
				&& text.charAt(text.length() - 1) != ')';
	}

	private static boolean isLowerCaseParagraph(String text) {
		return Texts.isRunningText(text) && !HeadlineFinder.isAllUpperCase(text);
	}

	// Page furniture removed wherever it stands; a photo's caption too, which a long
	// caption's sentences (above the text, under a picture) made text to the locator. A
	// "Report by X" line ends the body only under the text (a tail marker).
	private static boolean isFurniture(Paragraph block) {
		return block.isNoise()
				|| BylineDetector.isCreditLine(block.text()) && !BylineDetector.isReportCredit(block.text())
				|| block.endsWithAnyCredit() || block.isPromo() || Insets.endsWithCaptionCredit(block.text())
				|| Boilerplate.isShowAllLink(block) || Boilerplate.isArrowLink(block)
				|| Boilerplate.isListenButton(block);
	}

	// ---- tail ----

	private enum TailKind {

		/** Certainly not article text: the body ends at the first of these. */
		STRONG,
		/** Could be either (a short line): kept unless a strong marker precedes it. */
		WEAK,
		/** Article text: the tail ends here. */
		NONE

	}

	/**
	 * The strong tail markers of the run of tail material at the end, in file order. The
	 * body ends at the first of them that has article text above it.
	 */
	private int[] findTailMarkers() {
		int comments = commentsBelowText();
		this.commentsAt = comments;
		int size = (comments >= 0) ? comments : this.tailTo;
		int[] found = new int[Math.min(size, MAX_TAIL) + 1];
		int count = 0;
		if (comments >= 0) {
			found[count++] = comments;
		}
		for (int i = size - 1; i >= this.headFrom + 1 && i >= size - MAX_TAIL; i--) {
			TailKind kind = tailKind(i);
			if (kind == TailKind.NONE) {
				break;
			}
			if (kind == TailKind.STRONG) {
				found[count++] = i;
			}
		}
		int[] markers = new int[count];
		for (int k = 0; k < count; k++) {
			markers[k] = found[count - 1 - k];
		}
		return markers;
	}

	/**
	 * Where readers' comments start below the article's text: a comments heading that
	 * counts them ("Show comments (87)", "12 Comments", "Kommentare (4)"), after two
	 * paragraphs of running text. The comments' own text (a sentence, a reply) would stop
	 * the walk up from the page's end before the bio and the disclaimer above them, so
	 * the walk starts there. Without a count, "Comments" is as often a menu's or a share
	 * bar's word, unless a comment's stamp stands right under it (see
	 * {@link #headsCommentThread(int)}). Readers' letters, signed and dated, are left out
	 * from their heading as comments are ({@link #headsLetters(int)}).
	 * @return the heading's block, or -1 when none stands below the text
	 */
	private int commentsBelowText() {
		int running = 0;
		for (int i = this.bodyFrom; i < this.tailTo; i++) {
			Paragraph block = this.paragraphs.get(i);
			if (running >= 2 && (isCommentCountLine(block)
					|| Boilerplate.isCommentsHeading(block) && headsCommentThread(i) || headsLetters(i))) {
				return i;
			}
			if (Texts.isRunningText(block.text())) {
				running++;
			}
		}
		return -1;
	}

	// How many blocks under a comments heading the first comment's stamp may stand: the
	// commenter's name over it, or the stamp itself.
	private static final int COMMENT_STAMP_REACH = 2;

	// The minute a comment was posted, which a comment system prints after its date ("4
	// December 2026 at 11:20", "4 Dec 2026 08:02 AM"): a date alone right under a
	// "Comments" or "Discussion" crosshead dates the text's own section (review53c);
	// under a commenter's name ("Sarah N." / "02/12/2026") it is the comment's.
	private static final Pattern COMMENT_CLOCK = Pattern.compile("(?<!\\d)[0-2]?\\d:[0-5]\\d(?!\\d)");

	// A commenter's name written with its surname's initial ("Sarah N.", "Pierre-Alain
	// D."): its stop ends no sentence, so the stamp under it is still sought (meta54).
	private static final Pattern NAME_WITH_INITIAL = Pattern
		.compile("\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)? \\p{Lu}\\.");

	// A commenter's name as a comment system prints it over a bare slashed stamp or a
	// time ago: up to three capitalised words or initials ("Sandra Yon", "Sarah N.", "J.
	// K. Okello"), or a screen name of one word ("vortex_dan", "Sully44"). A crosshead of
	// the text over its own timeline's date ("Council meeting" / "02/12/2026", "Conseil
	// municipal", "Skippers' meeting" / "2 days ago") writes its later words in lower
	// case, and a signature with a town ("Sarah N., Leeds") is a letter's, which the
	// text keeps (review54b).
	private static final Pattern COMMENTER_NAME = Pattern
		.compile("\\p{Lu}[\\p{L}'-]*\\.?(?: \\p{Lu}[\\p{L}'-]*\\.?){0,2}|[\\p{L}\\d_.-]{2,30}");

	/**
	 * Whether the comments heading at block {@code i} has a comment under it: a date line
	 * with the minute or a clock stamp ("4 December 2026 at 11:20") right under it, or a
	 * date line under one short line that ends no sentence (the commenter's name, which
	 * may end with an initial's stop: "Sarah N."). A bare slashed date is the comment's
	 * stamp whichever order the page reads it in ("02/12/2026"), and so is a time ago ("2
	 * hours ago"), each under a line that reads as a name ({@link #COMMENTER_NAME}).
	 * Without it only a comment short enough for the tail walk's short lines let the walk
	 * up from the page's end reach the heading; a comment of one long sentence stopped it
	 * and the thread stayed in the body. Of the 53 comments headings without a count over
	 * a stamp on dev's and the open sets' labelled pages, the labels keep a line under
	 * the heading on one page only, where the heading is a menu's entry over the headline
	 * with no text above it.
	 */
	private boolean headsCommentThread(int i) {
		for (int j = i + 1; j <= i + COMMENT_STAMP_REACH && j < this.tailTo; j++) {
			Paragraph block = this.paragraphs.get(j);
			String text = block.text();
			boolean dated = block.dateLine() != null
					|| (j == i + 1 || COMMENTER_NAME.matcher(this.paragraphs.get(j - 1).text()).matches())
							&& (DateLineDetector.isDateLineEitherWay(text) || Boilerplate.isRelativeStamp(text));
			if (dated && (j > i + 1 || COMMENT_CLOCK.matcher(text).find()) || Boilerplate.isClockStamp(text)) {
				return true;
			}
			if (text.length() > SHORT_HEAD_LINE
					|| Texts.endsWithSentencePunctuation(text) && !NAME_WITH_INITIAL.matcher(text).matches()) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether block {@code i} heads readers' letters under the text, in any language: a
	 * short line with no figure that ends no sentence and introduces nothing ("Letters",
	 * "Your letters", "Leserbriefe"), over letters of two readers at least, each of one
	 * to {@value #MAX_LETTER_LINES} sentences signed on a line of its own with a name, a
	 * town and a date ({@link #letterSigner}: "Thandeka Zulu, Umhlanga, 3 December
	 * 2026"), and no running text right under the last signature. The letters are the
	 * readers' say on the story, which the labels leave out as they leave out comments. A
	 * letter the story quotes is the text's: the story goes on under its signature, in
	 * running text (box60), and so is a single letter signed under a heading at its end,
	 * or one writer's dated entries (review60a). Across dev and the open sets a signature
	 * of that shape stands on one page only, blind37's, twice.
	 */
	private boolean headsLetters(int i) {
		String heading = text(i).strip();
		if (heading.isEmpty() || heading.length() > SHORT_HEAD_LINE || Texts.hasDigit(heading)
				|| Texts.endsAsSentenceInAnyScript(heading) || heading.endsWith(":")) {
			return false;
		}
		String firstSigner = null;
		boolean secondSigner = false;
		int next = i + 1;
		while (next < this.tailTo) {
			int signature = next;
			while (signature < this.tailTo && signature - next < MAX_LETTER_LINES
					&& letterSigner(text(signature)) == null && Texts.endsAsSentenceInAnyScript(text(signature))) {
				signature++;
			}
			String signer = (signature == next || signature >= this.tailTo) ? null : letterSigner(text(signature));
			int signatureLines = 1;
			if (signer == null && signature > next && signature + 1 < this.tailTo) {
				// the name on its line, the town and the date on the next (box61)
				signer = letterSigner(text(signature), text(signature + 1));
				signatureLines = 2;
			}
			if (signer == null) {
				break;
			}
			if (firstSigner == null) {
				firstSigner = signer;
			}
			secondSigner |= !signer.equals(firstSigner);
			next = signature + signatureLines;
		}
		// Two readers at least: one letter signed with a date under a heading is as often
		// one the story quotes at its end, and one writer's dated entries are a diary's
		// (review60a). Under the files' heading of readers' letters one is a reader's
		// (box61).
		return (secondSigner || firstSigner != null && LETTERS_HEADINGS.contains(Texts.key(heading)))
				&& (next >= this.tailTo || !Texts.isRunningText(text(next)));
	}

	private static final Set<String> LETTERS_HEADINGS = Languages.words(Languages.COMMENTS_LETTERS_HEADINGS);

	// A reader's letter runs to a few sentences, on a line each or in a paragraph.
	private static final int MAX_LETTER_LINES = 3;

	// A letter's signature, perhaps after a dash: a name of up to four capitalised words
	// or initials ("R. Naidoo"), one or two places of capitalised words, perhaps with a
	// word in lower case ("Newcastle upon Tyne"), and a date the date lines read, parted
	// by commas.
	private static final String LETTER_NAME = "(?:[—–-] ?)?(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3})";

	private static final String LETTER_PLACE = "\\p{Lu}[\\p{L}'’.-]*(?: [\\p{L}'’.-]+){0,3}";

	private static final Pattern LETTER_SIGNATURE = Pattern
		.compile(LETTER_NAME + "(?:[,،] " + LETTER_PLACE + "){1,2}[,،] (.+)");

	// A signature over two lines: the name alone, then its places and date
	// ("Thandeka Zulu" / "Umhlanga, 3 December 2026").
	private static final Pattern LETTER_SIGNER = Pattern.compile(LETTER_NAME);

	private static final Pattern LETTER_PLACE_AND_DATE = Pattern
		.compile(LETTER_PLACE + "(?:[,،] " + LETTER_PLACE + ")?[,،] (.+)");

	// A signature line's length: a name, two places and a date run longer than a
	// heading, not to a sentence's length.
	private static final int MAX_LETTER_SIGNATURE = SHORT_HEAD_LINE + SHORT_HEAD_LINE / 2;

	// The name a letter is signed with, or null where the line signs no letter.
	private static String letterSigner(String text) {
		if (text.length() > MAX_LETTER_SIGNATURE) {
			return null;
		}
		Matcher signature = LETTER_SIGNATURE.matcher(text.strip());
		return (signature.matches() && DateLineDetector.detect(signature.group(2)) != null) ? signature.group(1) : null;
	}

	// The name a letter is signed with over two lines, or null where the two sign none.
	private static String letterSigner(String name, String placeAndDate) {
		if (name.length() > SHORT_HEAD_LINE || placeAndDate.length() > MAX_LETTER_SIGNATURE) {
			return null;
		}
		Matcher signer = LETTER_SIGNER.matcher(name.strip());
		Matcher dated = LETTER_PLACE_AND_DATE.matcher(placeAndDate.strip());
		return (signer.matches() && dated.matches() && DateLineDetector.detect(dated.group(1)) != null)
				? signer.group(1) : null;
	}

	// Whether what the header left above the cut holds article text: a sentence, running
	// text or a list item, not just a line the header did not recognise.
	private boolean bodyHoldsText() {
		for (int i = this.textFrom; i < this.cut; i++) {
			String text = text(i);
			if (!this.removed[i] && (Texts.endsWithSentencePunctuation(text) || Texts.isRunningText(text)
					|| Texts.isListItem(text) || endsWithOtherScriptStop(text))) {
				return true;
			}
		}
		return false;
	}

	// A sentence ending with a full-width stop ("…と話した。") or another script's full stop
	// ("।", "။"), which Texts.endsWithSentencePunctuation does not know: a short article
	// in these scripts holds text above a sign-off under it too.
	private static boolean endsWithOtherScriptStop(String text) {
		return Texts.endsWithStop(text, Texts.UNSPACED_STOPS | Texts.OTHER_SCRIPT_STOPS);
	}

	// A comments heading with its count, in a header under the byline or the date line
	// ("Réagir (18)", "Kommentare (3)", "12 Comments"): a link down to the comments.
	private static boolean isCommentCountLine(Paragraph block) {
		return Boilerplate.isCommentsHeading(block) && Texts.hasDigit(block.text())
				|| BylineDetector.isCommentCount(block);
	}

	/**
	 * Whether block {@code i} is the stamp of the teaser right above it: a date line
	 * alone ("READ: Sea travel suspended in Eastern Visayas ports" / "December 3, 2026"),
	 * the other story's date, which leaves the body with its teaser. No label of dev or
	 * the open sets keeps a line that is a date alone.
	 */
	private boolean isTeaserStamp(int i) {
		return i < this.cut && !this.removed[i] && this.paragraphs.get(i).dateLine() != null
				&& !Texts.isRunningText(text(i));
	}

	// A sentence ending with another script's full stop (the danda "।" of Hindi, Nepali
	// and Bengali, the Urdu "۔"), which Texts.endsWithSentencePunctuation does not read:
	// the text's first paragraph under a header of a name, a place and a date line. Not
	// the full-width stop ("。"): a Chinese or Japanese paragraph is as short as a deck,
	// and the header walk took the first one for a deck (blind2, blind15).
	private static boolean endsWithOtherScriptFullStop(String text) {
		return Texts.endsWithStop(text, Texts.OTHER_SCRIPT_STOPS);
	}

	// Whether the block under a line ends a sentence of another script ("…と話した。"): a
	// bracketed line of a few kanji between two paragraphs is a photo's note ("（资料图）",
	// "（写真提供）"), and only a sign-off with no text under it ends the article.
	private boolean isSentenceUnder(int i) {
		return i + 1 < this.tailTo && endsWithOtherScriptStop(text(i + 1));
	}

	// A charity's registration line stands in the site's footer under its short lines
	// (a menu's entry, a link, an address: each of the 17 such lines of dev and the open
	// sets stands under a line of 73 characters or fewer); right under a paragraph of
	// the text it is the story's last line about a charity ("The hospice is a 501(c)(3)
	// nonprofit, so gifts made at the shop are tax-deductible."), which stays
	// (review51b).
	private boolean isCharityFooterLine(int i, String text) {
		return Boilerplate.isCharityNotice(text) && (i == 0 || !Texts.isRunningText(text(i - 1)));
	}

	/**
	 * An organisation's address under the article: a street address alone ("1000 W.
	 * Prairie Road", "1002 West First Street, Cedar Falls, IA 50613") and the name right
	 * over it, a short line opening with a capital and ending with a letter or a figure
	 * ("Prairie View Community Schools", "KTRV 6 Tulsa"), so no sentence and no lead-in
	 * with its colon. Of the 19 street lines of dev's and the open sets' labelled pages,
	 * 17 stand under such a name, and the labels keep neither. Not in a list the text
	 * promises with a colon ("The show runs at:" / "Town Hall" / "12 High Street"): the
	 * venue of the story's event (review53c; none of the 19 stands so).
	 */
	private boolean isAddressFooterLine(int i, String text) {
		return (Boilerplate.isStreetAddress(text) || i + 1 < this.paragraphs.size() && text.length() <= SHORT_HEAD_LINE
				&& Character.isUpperCase(text.codePointAt(0))
				&& Character.isLetterOrDigit(text.codePointBefore(text.length()))
				&& Boilerplate.isStreetAddress(text(i + 1))) && !standsUnderColon(i);
	}

	// A site's standing statement at its foot, its heading alone on its line and the
	// statement right under it ("Acknowledgement of Country" / "The council acknowledges
	// …"): a sentence of running text, which would stop the walk up from the page's end
	// and keep the contact line above it in the body.
	private boolean isStandingStatement(int i) {
		return isStatementHeadingInFooter(i) || i > 0 && isStatementHeadingInFooter(i - 1);
	}

	// The heading under the page's furniture, not right under the text's last paragraph,
	// where it is as often the text's own crosshead over its report of the ceremony
	// (review53c).
	private boolean isStatementHeadingInFooter(int i) {
		return i > 0 && Boilerplate.isStatementHeading(this.paragraphs.get(i)) && !Texts.isRunningText(text(i - 1));
	}

	private TailKind tailKind(int i) {
		String text = text(i);
		if (Boilerplate.endsArticle(this.paragraphs.get(i)) || BioDetector.isAboutHeading(text)
				|| BioDetector.afterAboutLabel(text) != null || ReferenceDetector.isHeading(text)
				|| BylineDetector.isCreditLine(text) || BylineDetector.isEditorLine(text)
				|| BylineDetector.isSignOffLine(text) && !isSentenceUnder(i) || PublisherDetector.signOff(text) != null
				|| PublisherDetector.sourceLine(text) != null || PublisherDetector.isDisclaimer(text)
				|| PublisherDetector.journalBlurb(text) != null || Boilerplate.isReaderCallout(text)
				|| Boilerplate.isFeedbackQuestion(this.paragraphs.get(i)) || Boilerplate.isContactLine(text)
				|| Boilerplate.isSiteCredit(text) && !standsUnderColon(i) || isEndNote(i, text) || isReferenceEntry(i)
				|| this.paragraphs.get(i).byline() != null || this.paragraphs.get(i).dateLine() != null) {
			return TailKind.STRONG;
		}
		if (isClosingBio(i) || TailBoxes.isHeading(this.paragraphs, i)
				|| TailBoxes.isTeaserListLabel(this.paragraphs, i) || Boilerplate.isTagsHeading(this.paragraphs.get(i))
				|| isCharityFooterLine(i, text) || isAddressFooterLine(i, text) || isStandingStatement(i)) {
			return TailKind.STRONG;
		}
		if (this.paragraphs.get(i).isNoise() || text.length() <= SHORT_LINE && Texts.words(text, 12) <= 12
				|| isSeparatedLine(text) || TailBoxes.isUnderHeading(this.paragraphs, i)
				|| TailBoxes.isTeaserOverDate(this.paragraphs, i)) {
			return TailKind.WEAK;
		}
		return TailKind.NONE;
	}

	/**
	 * A line of three parts or more set apart by a spaced bar, middle dot or bullet that
	 * ends no sentence: a site's footer ("Northfield Chess Club · Meets Tuesdays 7pm at
	 * the Quaker Hall · Registered charity no. 1109876"), a menu, a page title with its
	 * section and site. Longer than a short line, it stopped the walk up from the page's
	 * end, and the comments and links above it stayed in the body; no label of dev or the
	 * open sets keeps such a line.
	 */
	private static boolean isSeparatedLine(String text) {
		if (Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		int separators = 0;
		for (int i = 1; i + 1 < text.length(); i++) {
			if (text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' '
					&& LINE_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
				separators++;
			}
		}
		return separators >= 2;
	}

	// A note on the piece ends the article unless the text goes on under it.
	private boolean isEndNote(int i, String text) {
		return EndNotes.endsText(text, (i + 1 < this.paragraphs.size()) ? text(i + 1) : null);
	}

	// An entry counts when it stands in a list of entries or under a references heading.
	private boolean isReferenceEntry(int i) {
		if (!ReferenceDetector.isEntry(text(i))) {
			return false;
		}
		boolean before = i > 0 && (ReferenceDetector.isEntry(text(i - 1)) || ReferenceDetector.isHeading(text(i - 1)));
		boolean after = i + 1 < this.paragraphs.size() && ReferenceDetector.isEntry(text(i + 1));
		return before || after;
	}

	/**
	 * A bio sentence of someone not named in the article before it: a closing note on the
	 * author, not a remark on a person the article is about. The byline names the writer,
	 * and so does the name line of the writer's box over the bio ("About the author" /
	 * "Fenella Marchbank" / "Fenella Marchbank is deputy editor of …", blind26): a line
	 * that is the name alone is no sentence of the article's.
	 */
	private boolean isClosingBio(int i) {
		String name = BioDetector.bioName(text(i));
		if (name == null || this.bioChecks >= MAX_BIO_CHECKS) {
			return false;
		}
		this.bioChecks++;
		String surname = name.substring(name.lastIndexOf(' ') + 1);
		for (int j = 0; j < i; j++) {
			if (containsWord(text(j), surname) && !this.paragraphs.get(j).isBylineOrDateLine()
					&& !text(j).strip().equals(name)) {
				return false;
			}
		}
		return true;
	}

	private static boolean containsWord(String text, String word) {
		int index = text.indexOf(word);
		while (index >= 0) {
			boolean startOk = index == 0 || !Character.isLetter(text.charAt(index - 1));
			int end = index + word.length();
			boolean endOk = end >= text.length() || !Character.isLetter(text.charAt(end));
			if (startOk && endOk) {
				return true;
			}
			index = text.indexOf(word, index + 1);
		}
		return false;
	}

	private void readTail() {
		// A commenter's name and date are no author's byline or date line.
		int size = (this.commentsAt >= 0) ? this.commentsAt : this.tailTo;
		List<String> bioNames = new ArrayList<>();
		int bioLine = 0;
		// The tail starts where the body ends: an author box between the located text
		// and the teasers' heading the cut stands at ("About the author" / "Grace Liu"
		// over "More explainers") is the tail's too.
		int from = Math.min(this.cut, Math.max(this.bodyTo, this.bodyFrom));
		for (int i = from; i < size; i++) {
			String text = text(i);
			List<String> credited = BylineDetector.creditLine(text);
			if (credited != null) {
				tailAuthors(credited, line(i), 0);
				continue;
			}
			List<String> byline = this.paragraphs.get(i).byline();
			if (byline != null) {
				tailAuthors(byline, line(i), 1);
			}
			String inline = BioDetector.afterAboutLabel(text);
			// An organisation's box names its media contact, no author.
			if ((BioDetector.isAboutHeading(text) || inline != null) && !TailBoxes.isHeading(this.paragraphs, i)) {
				readAboutBlock(i, inline);
			}
			String bio = BioDetector.bioName(text);
			if (bio != null && !bioNames.contains(bio)) {
				bioNames.add(bio);
				bioLine = (bioLine == 0) ? line(i) : bioLine;
			}
			readTailPublisher(i, text);
			DateLine dateLine = this.paragraphs.get(i).dateLine();
			if (dateLine != null && dateLine.label() != Label.NONE) {
				date(dateLine.date(), line(i), DATE_TAIL);
			}
		}
		if (!bioNames.isEmpty()) {
			tailAuthors(bioNames, bioLine, 3);
		}
	}

	// "About the author" and the name line or bio sentences under it.
	private void readAboutBlock(int heading, String inline) {
		List<String> names = new ArrayList<>();
		int firstLine = 0;
		if (inline != null && addName(names, inline)) {
			firstLine = line(heading);
		}
		for (int j = heading + 1; j < this.paragraphs.size() && j <= heading + 4 && names.size() < 10; j++) {
			String text = text(j);
			if (this.paragraphs.get(j).isPrompt()) {
				break;
			}
			if (addName(names, text) && firstLine == 0) {
				firstLine = line(j);
			}
		}
		if (!names.isEmpty()) {
			tailAuthors(names, firstLine, 2);
		}
	}

	private static boolean addName(List<String> names, String text) {
		String name = (text.length() <= 60) ? PersonNames.clean(text) : null;
		if (name == null) {
			name = BioDetector.bioName(text);
		}
		if (name != null && !names.contains(name)) {
			names.add(name);
			return true;
		}
		return false;
	}

	private void tailAuthors(List<String> names, int line, int rank) {
		if (rank < this.tailAuthorRank) {
			this.tailAuthors = Extracted.fromText(List.copyOf(names), line);
			this.tailAuthorRank = rank;
		}
	}

	private void readTailPublisher(int i, String text) {
		String source = PublisherDetector.sourceLine(text);
		if (source != null) {
			publisher(source, line(i), PUBLISHER_SOURCE);
			return;
		}
		String signOff = PublisherDetector.signOff(text);
		if (signOff != null) {
			publisher(signOff, line(i), PUBLISHER_SIGN_OFF);
			return;
		}
		String blurb = PublisherDetector.journalBlurb(text);
		if (blurb != null) {
			publisher(blurb, line(i), PUBLISHER_BLURB);
			return;
		}
		String institution = PublisherDetector.disclaimerInstitution(text);
		if (institution != null) {
			publisher(institution, line(i), PUBLISHER_DISCLAIMER);
		}
	}

	private void publisher(String name, int line, int rank) {
		if (rank < this.publisherRank) {
			this.publisher = Extracted.fromText(name, line);
			this.publisherRank = rank;
		}
	}

	private void date(LocalDate value, int line, int rank) {
		if (rank < this.dateRank) {
			this.date = Extracted.fromText(value, line);
			this.dateRank = rank;
		}
	}

	// ---- header ----

	private void resetHeader() {
		Arrays.fill(this.removed, false);
		this.title = null;
		this.headerAuthors = null;
		this.date = null;
		this.dateRank = Integer.MAX_VALUE;
		this.publisher = null;
		this.publisherRank = Integer.MAX_VALUE;
	}

	// A "today is" header names the day ("Сегодня 4 декабря 2025"): a deck that opens
	// with
	// the word and holds no number is the article's ("ਅੱਜ ਤੋਂ ਸਕੂਲ ਸਵੇਰੇ ਦਸ ਵਜੇ
	// ਖੁੱਲ੍ਹਣਗੇ", from today the schools open at ten).
	private static boolean isTodayHeader(String text) {
		return DateLineDetector.isTodayHeader(text) && text.chars().anyMatch(Character::isDigit);
	}

	private void readHeader() {
		int limit = Math.min(this.cut, Math.max(this.headFrom + MAX_HEADER, this.bodyFrom + 2));
		int running = 0;
		boolean titleAllowed = true;
		List<Integer> kickers = new ArrayList<>();
		// a byline right under the text's second paragraph is the header's still: the
		// lead set over it in two paragraphs ("01/12/2026" / two paragraphs / "By …"),
		// even one block past the reach, where the text starts at the reach's end
		int reach = Math.min(this.cut, limit + 1);
		for (int i = this.headFrom; i < reach
				&& (running < 2 && i < limit || running == 2 && isBylineUnderText(i)); i++) {
			String text = text(i);
			if (Texts.isRunningText(text)) {
				running++;
				titleAllowed = false;
				continue;
			}
			Paragraph block = this.paragraphs.get(i);
			if (block.isPrompt() || block.isCaption() || isTodayHeader(text)) {
				this.removed[i] = true;
				continue;
			}
			if (readBylineOrDate(i, text)) {
				this.removed[i] = true;
				continue;
			}
			// A sign-in prompt or a menu run the title check turns away is no more the
			// article's text than a breadcrumb.
			if (block.isNoise() && !this.entryStamps[i] || Boilerplate.isBreadcrumb(text)
					|| Boilerplate.isSectionLabel(text) || HeadlineFinder.isFurniture(text)) {
				this.removed[i] = true;
				continue;
			}
			if (Texts.isDomainName(text)) {
				publisher(text, line(i), PUBLISHER_SITE_NAME);
				this.removed[i] = true;
				continue;
			}
			String source = PublisherDetector.sourceLine(text);
			if (source != null) {
				publisher(source, line(i), PUBLISHER_SOURCE);
				this.removed[i] = true;
				continue;
			}
			if (this.title != null && TitleDetector.sameTitle(this.title.value(), text)) {
				this.removed[i] = true;
				continue;
			}
			if (isAgencyTag(text)) {
				this.removed[i] = true;
				continue;
			}
			if (this.title != null && this.headerAuthors == null
					&& (text.indexOf(" | ") > 0 || text.indexOf(", ") > 0 && !Texts.hasCasedLetter(text))) {
				// "Ayşe Demir | İzmir": the writer and the town they write from, in any
				// script; "ਹਰਪ੍ਰੀਤ ਕੌਰ, ਪਟਿਆਲਾ" after a comma in a script without
				// capitals
				List<String> names = BylineDetector.nameAndPlace(this.paragraphs, i);
				names = (names != null) ? names : BylineDetector.nameAndOutlet(this.paragraphs, i);
				if (names != null) {
					this.headerAuthors = Extracted.fromText(names, line(i));
					this.removed[i] = true;
					continue;
				}
			}
			if (this.title != null && this.headerAuthors == null && text.length() <= 60 && Texts.hasCasedLetter(text)) {
				// A bare name under the headline ("Andrew Roth in Moscow") is a byline
				// without its "By". Not in a script without capitals, where no capital
				// tells a name from a menu entry ("القارات السبع", the seven continents).
				List<String> names = BylineDetector.names(text);
				if (names == null) {
					// "Marie LE GALL.": a French regional paper's writer
					names = BylineDetector.capitalSurnameName(this.paragraphs, i, text);
				}
				if (names == null && running == 0) {
					// "Glen Morrow reports from Carrick Mart", under the headline and
					// over
					// the text's first paragraph only
					names = BylineDetector.reportingByline(text);
					// "Report by Iain Mackay", a label here only
					names = (names != null) ? names : BylineDetector.headerReportCredit(this.paragraphs, i);
				}
				if (names != null && isOverBylineShape(i)) {
					// "Story Links" / "Box Score" / "By Athletics Communications": a
					// menu's entries over the page's byline, which names an office and no
					// person; the byline is the page's, and no entry is its writer
					names = null;
				}
				if (names != null && !mayBeByline(names, i, text)) {
					// the site's masthead or a menu: no one's byline, and the writer's
					// may stand under it ("Laura Finch, Consumer Editor")
					this.removed[i] = true;
					continue;
				}
				if (names != null) {
					this.headerAuthors = Extracted.fromText(names, line(i));
					this.removed[i] = true;
					continue;
				}
			}
			if (this.headerAuthors != null && BioDetector.isAffiliation(text)) {
				this.removed[i] = true;
				continue;
			}
			String next = (i + 1 < this.paragraphs.size()) ? text(i + 1) : null;
			if (TitleDetector.isLabelAbove(text, next)) {
				this.removed[i] = true;
				continue;
			}
			if (titleAllowed && this.title == null
					&& (TitleDetector.isHeadlineAbove(text, next) || TitleDetector.isShortHeadlineAbove(text, next))) {
				this.title = Extracted.fromText(TitleDetector.headlineText(text), line(i));
				this.removed[i] = true;
				kickers.forEach((k) -> this.removed[k] = true);
				continue;
			}
			if (titleAllowed && this.title == null && isKicker(text)) {
				// A site name or kicker above a headline; dropped only if a headline
				// follows.
				kickers.add(i);
				continue;
			}
			titleAllowed = false;
		}
	}

	// A labelled byline right under a paragraph of running text.
	private boolean isBylineUnderText(int i) {
		return i > 0 && this.paragraphs.get(i).byline() != null && Texts.isRunningText(text(i - 1));
	}

	// Whether the names read from a bare line under the headline may be its byline: not
	// the site's name the page title ends with, set again as its masthead ("Consumer
	// Watch"), nor a menu's entries set apart by wide gaps ("Recalls Money Tech").
	private boolean mayBeByline(List<String> names, int i, String text) {
		return !text.contains(MENU_GAP) && BylineDetector.withoutSiteName(this.paragraphs, line(i), names) != null;
	}

	// Whether a byline's shape ("By Staff", "By Athletics Communications") stands within
	// the few blocks under the block, before the text.
	private boolean isOverBylineShape(int i) {
		int end = Math.min(this.paragraphs.size(), i + 1 + BYLINE_UNDER_NAME);
		for (int j = i + 1; j < end && !Texts.isRunningText(text(j)); j++) {
			if (BylineDetector.isBylineShaped(text(j))) {
				return true;
			}
		}
		return false;
	}

	// How many blocks under a bare name a byline's shape is looked for.
	private static final int BYLINE_UNDER_NAME = 4;

	// The gap a menu line sets between its entries.
	private static final String MENU_GAP = "  ";

	private boolean readBylineOrDate(int i, String text) {
		List<String> byline = this.paragraphs.get(i).byline();
		DateLine dateLine = this.paragraphs.get(i).dateLine();
		if (dateLine != null) {
			int rank = (dateLine.label() == Label.PUBLISHED) ? DATE_PUBLISHED
					: (dateLine.label() == Label.UPDATED) ? DATE_UPDATED : DATE_PLAIN;
			date(dateLine.date(), line(i), rank);
			if (byline == null) {
				byline = BylineDetector.afterBy(text);
			}
		}
		if (byline == null && dateLine == null && this.title != null && this.headerAuthors == null
				&& BylineDetector.isNameAndKnownPlace(text)) {
			// "प्रशांत कुलकर्णी | नाशिक", byline-shaped by its known town: its
			// writer read as other name-and-town lines under the headline are
			byline = BylineDetector.nameAndPlace(this.paragraphs, i);
		}
		if (byline != null && this.headerAuthors == null) {
			this.headerAuthors = Extracted.fromText(byline, line(i));
		}
		return byline != null || dateLine != null || BylineDetector.isBylineShaped(text);
	}

	// "AFP", "AP / DPA": the agency a story came from, not its author or publisher.
	private static boolean isAgencyTag(String text) {
		if (text.length() > 20 || Texts.words(text, 4) > 3) {
			return false;
		}
		int letters = Texts.letters(text);
		return letters >= 2 && text.equals(text.toUpperCase(Locale.ROOT))
				&& !text.equals(text.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a line is a kicker's or a site's label: a few words ending in no mark of a
	 * sentence or a clause, not all in lower case ("Opinion", "Weight Loss", "RANDY
	 * ANDY"), over a headline at the page's head or over each headline of a teaser list
	 * ({@link TailBoxes}).
	 */
	static boolean isKicker(String text) {
		// (a menu word of a script without capitals is no lower-case word of a sentence)
		return text.length() <= 40 && Texts.words(text, 4) <= 4 && !Texts.endsWithSentencePunctuation(text)
				&& (!text.toLowerCase(Locale.ROOT).equals(text) || !Texts.hasCasedLetter(text));
	}

}
