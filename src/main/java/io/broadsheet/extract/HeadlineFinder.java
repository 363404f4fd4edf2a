package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the headline of an article located inside a whole page: of the lines just above
 * the article's first block, the best scored headline candidate, not the first short line
 * (which is a menu entry in a whole page). A page-title line saved at the top of the page
 * ({@code Headline - Site}, {@code Headline | Site}, or the headline alone) confirms a
 * candidate and names the site.
 * <p>
 * A candidate scores for its length in words (headlines are sentences without a period),
 * for a byline or date line under it, and most for a page-title confirmation; it loses
 * for each line between it and the article and for the shape of a sentence.
 */
final class HeadlineFinder {

	// How many blocks above the article are looked at.
	private static final int REACH = 80;

	// The page title is saved as the first line of the page.
	private static final int PAGE_TITLE_LINES = 1;

	// A line the page title confirms away from the article's head weighs this much less
	// than one just above it.
	private static final double FAR_CONFIRMED = 1.5;

	static final int MAX_HEADLINE = 250;

	private static final double CONFIRMED = 4;

	private static final double PER_LINE_ABOVE = 0.1;

	// A line read after its breadcrumb trail ("Blog > Weight Loss > Weight Loss Tips")
	// directly above a byline or date line weighs this much less than a line of its own:
	// the trail's last entry names the section as often as it repeats the headline, and
	// set there it takes the credit that belongs to the headline above it. A trail with
	// other lines between it and the meta line keeps its pull: on a page whose headline
	// scores low its end is still the best guess.
	private static final double TRAIL_END = 2;

	// A line the page title confirms loses half as much for its distance: the page
	// title names it wherever the page set it, and a locator that took comments or a
	// long tail of related links for the article starts far below it.
	private static final double PER_LINE_ABOVE_CONFIRMED = 0.05;

	private static final double WITH_BYLINE_OR_DATE = 2;

	// What a byline or date line gives up for each line between it and the headline.
	private static final double PER_LINE_BETWEEN = 0.5;

	private static final double SENTENCE = 2;

	// Headlines are rarely longer than this many words; ledes and teasers are.
	private static final int LONG_HEADLINE = 20;

	private static final int MIN_WORDS = 3;

	private static final double MIN_SCORE = 1.0;

	// How many blocks away a bare copy of a headline with glued parts is looked for.
	private static final int GLUED_REACH = 3;

	// How many blocks away from a headline cut short the whole one the page title names
	// is looked for.
	private static final int WHOLE_REACH = 12;

	// A byline's label ("Text and photos by") has at most this many words.
	private static final int LABEL_WORDS = 4;

	// A headline over a deck has this many words at least; a kicker, a section label or
	// a link over a headline has fewer.
	private static final int HEADLINE_OVER_DECK = 6;

	// A standfirst under its headline is a long line.
	private static final int STANDFIRST_WORDS = 10;

	// A headline above its standfirst names the article's matter: this share of its
	// words at least is in the article's opening.
	private static final double HEADLINE_SHARE = 0.5;

	// A meta line between a headline and its standfirst ("New, 6 comments") has at most
	// this many words.
	private static final int META_WORDS = 4;

	// Blocks from the article's start on that may still be its headline.
	private static final int BELOW_START = 2;

	private static final double PER_LINE_BELOW = 0.5;

	private static final double REPEATED = 1;

	// With no headline above the article's start, so many later blocks of running text
	// (this long) within so many blocks are tried as its start.
	private static final int FORWARD_TRIES = 6;

	private static final int FORWARD_REACH = 100;

	private static final int RUNNING_TEXT = 100;

	// A headline names what its article tells: this much for a line all of whose words
	// the article's opening holds.
	private static final double SHARED_WORDS = 2.5;

	// Headlines rarely start lower case ("iPhone 14: ..." does); meta lines often do.
	private static final double LOWER_CASE_START = 1;

	// A headline the page title holds with the site's name glued to it is this long.
	private static final int GLUED_MIN = 20;

	// The most words a row of links has (isLinkRow).
	private static final int MAX_LINK_ROW_WORDS = 16;

	// How many words a line has at least when a word said twice to open it is a
	// reduplication ("Boda boda riders …"), not a link shown twice ("Home Home").
	private static final int REDUPLICATED_OPENING_WORDS = 4;

	// Networks a page links to in a row of icons saved as text.
	private static final Set<String> SOCIAL_NETWORKS = Set.of("facebook", "twitter", "instagram", "youtube", "whatsapp",
			"telegram", "linkedin", "xing", "pinterest", "tiktok", "reddit", "flipboard", "tumblr", "snapchat",
			"mastodon", "threads", "bluesky", "vk", "vkontakte", "rss", "email", "e-mail");

	// How a link that opens a new window or tab ends, saved as text.
	private static final String[] NEW_WINDOW = { "opens in a new tab", "opens in a new window", "opens in new tab",
			"opens in new window", "im neuen tab öffnen", "im neuen fenster öffnen", "öffnet in neuem fenster",
			"öffnet in neuem tab", "nouvel onglet", "nouvelle fenêtre", "nueva ventana", "nueva pestaña",
			"nuova finestra", "nuova scheda" };

	private static final String[] TRAIL_SEPARATORS = { " » ", " > ", " >> ", " / ", " › " };

	private static final String[] SITE_SEPARATORS = { " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : ", " « " };

	// The words that label a date ("Published", "Publish Date", "Aktualisiert") on a
	// meta line, and how long such a label is at most.
	private static final Set<String> DATE_LABELS = Languages.words(Languages.DATE_PUBLISHED, Languages.DATE_UPDATED);

	private static final int LABEL_LENGTH = 24;

	// A site's name after a spaced colon has at most so many words.
	private static final int SHORT_SITE = 3;

	// A headline found above the article that nothing attests and that scores below
	// this is weak: a menu entry or a teaser as often as the headline.
	private static final double WEAK = 3;

	// A site's menu under its name has at least so many items (a home page, its
	// sections, a contact page): a row of two or three is as often an article's tags
	// over its photo's caption.
	private static final int MIN_MENU_ITEMS = 4;

	// A site's name takes at most so many words ("Bampton Fields Morris", "Association
	// des Amis de Lindenau"); a longer first line said again at the foot is the
	// article's own headline (a print footer, a share bar repeating it).
	private static final int NAME_WORDS = 5;

	// An attested headline inside the article has its running text within so many
	// blocks.
	private static final int TEXT_AFTER_HEADLINE = 5;

	// The languages' prompts (consent, sign-in, subscription, a page's hints): lines
	// that open with one are furniture, however they score.
	private static final Prefixes PROMPTS = Prefixes
		.of(Languages.values(Languages.TITLE_PROMPTS).toArray(new String[0]));

	// The items of a list set on one line between middle dots are a few words each.
	private static final int LIST_ITEM_WORDS = 3;

	// A phone number holds this many digits at least; a year range or a date fewer.
	private static final int PHONE_DIGITS = 9;

	// An area code, an exchange and a line number, 3-3-4 digits, the code perhaps in
	// brackets ("303-555-0142", "(303) 555-0142", "1-800-555-0199"); not a run of a
	// longer number's groups ("2026-555-0142-7").
	private static final Pattern NORTH_AMERICAN_PHONE = Pattern
		.compile("(?<![\\w-])(?:1-)?(?:\\(\\d{3}\\) ?|\\d{3}[-. ])\\d{3}-\\d{4}(?![\\w-])");

	// A run of capitalised words without one function word this long is a menu.
	private static final int MENU_WORDS = 8;

	// A writer's name alone on its line is this long at most, and the role under it
	// has so many words at most.
	private static final int BARE_NAME = 40;

	private static final int ROLE_WORDS = 4;

	// A table of contents above an article has at least so many entries.
	private static final int CONTENTS_ENTRIES = 3;

	// The items of a list set between middle dots or bullets.
	private static final Pattern DOT_LIST_ITEMS = Pattern.compile(" [·•] ");

	private HeadlineFinder() {
	}

	/**
	 * The best headline above the article, or at its very start (a locator may take the
	 * headline for the article's first block); inside the article when the line above it
	 * is weak and a headline there has a byline or date line under it (the locator put
	 * the start too high).
	 * @param paragraphs the page's blocks
	 * @param start the article's first block
	 * @return the headline, or {@code null} when no line is headline enough
	 */
	static Headline find(List<Paragraph> paragraphs, int start) {
		Headline found = findNear(paragraphs, start);
		if (found == null || isWeak(found, paragraphs, start) || isRepeatedAndUnattested(found, paragraphs, start)) {
			// A locator that took a dialog, a menu or a widget for the article finds a
			// prompt or a menu entry above it ("Join Now / Your Account"), and the
			// headline stands elsewhere in the page: when one line only has a headline's
			// byline or date line under it and paragraphs after, that line is it. A line
			// found that nothing attests and that the page shows again elsewhere is as
			// often a menu entry, a widget's or a teaser's title shown twice as the
			// headline.
			Headline sole = soleAttestedHeadline(paragraphs);
			if (sole != null) {
				return sole;
			}
		}
		Headline underMenu = headlineUnderMenu(paragraphs, found, start);
		return (underMenu != null) ? underMenu : found;
	}

	/**
	 * The headline under a site's name and its menu, where the finder took the name: an
	 * undated, unsigned page (a club's, a society's) opens on the site's name, which its
	 * footer says again ("Bampton Fields Morris" over the menu and again under the text,
	 * or "© 2026 …"). On a short page the article's vocabulary reaches that footer, so
	 * the name shares all its words with the "article" and outscores the headline, and
	 * nothing attests either. The page's own name (a name's few words) is no headline
	 * when a menu of short items (a few words each, no sentence) stands under it, and
	 * under the menu, right over the text, a line with a headline's shape and more words
	 * than the name and any item.
	 * @return the line over the text, or {@code null} to keep what was found
	 */
	private static Headline headlineUnderMenu(List<Paragraph> paragraphs, Headline found, int start) {
		if (found == null || found.attested() || found.index() != nextShown(paragraphs, 0) || start < 2
				|| start > paragraphs.size() || !isSaidAgainBelow(paragraphs, found.text(), start)) {
			return null;
		}
		int index = previousShown(paragraphs, start - 1);
		if (index <= found.index() + MIN_MENU_ITEMS) {
			return null;
		}
		Paragraph block = paragraphs.get(index);
		String headline = block.headline();
		int words = Texts.spacedWords(headline, LONG_HEADLINE + 1);
		int nameWords = Texts.spacedWords(found.text(), NAME_WORDS + 1);
		if (nameWords > NAME_WORDS || words <= Math.max(META_WORDS, nameWords) || words > LONG_HEADLINE
				|| block.isBylineOrDateLine() || !block.isHeadlineCandidate() || !isHeadlineShaped(headline, true)
				|| isInRunOfAlikeLinks(paragraphs, index)) {
			return null;
		}
		int items = 0;
		for (int i = found.index() + 1; i < index; i++) {
			String item = paragraphs.get(i).text();
			if (paragraphs.get(i).isNoise()) {
				continue;
			}
			if (Texts.endsAsSentenceInAnyScript(item) || Texts.endsWithStop(item, Texts.UNSPACED_STOPS)
					|| Texts.spacedWords(item, META_WORDS + 1) > META_WORDS) {
				return null;
			}
			items++;
		}
		return (items >= MIN_MENU_ITEMS) ? new Headline(headline, index, found.score(), false, null) : null;
	}

	// Whether the site's name on the page's first line stands again under the article's
	// start: alone (the footer's masthead, asked of the page's LineIndex) or in a
	// copyright notice.
	private static boolean isSaidAgainBelow(List<Paragraph> paragraphs, String name, int start) {
		String key = Texts.key(name);
		if (key.isEmpty()) {
			return false;
		}
		if (LineIndex.of(paragraphs).indexOfKey(key, start, paragraphs.size()) >= 0) {
			return true;
		}
		for (int i = start; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text();
			if (text.length() <= MAX_HEADLINE && text.indexOf('\u00a9') >= 0 && paragraphs.get(i).key().contains(key)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isRepeatedAndUnattested(Headline found, List<Paragraph> paragraphs, int start) {
		return !found.attested() && isRepeated(paragraphs, start, Texts.key(found.text()));
	}

	// Whether repeatedKeys(paragraphs, start) holds the key, without building the page's
	// sets: blocks keep their keys, so two passes over the page compare them.
	static boolean isRepeated(List<Paragraph> paragraphs, int start, String key) {
		int from = headFrom(start);
		int to = headTo(paragraphs, start);
		boolean near = false;
		for (int i = from; i < to && !near; i++) {
			near = key.equals(headlineSizedKey(paragraphs.get(i)));
		}
		if (!near) {
			return false;
		}
		for (int i = 0; i < paragraphs.size(); i++) {
			if ((i < from || i >= to) && key.equals(headlineSizedKey(paragraphs.get(i)))) {
				return true;
			}
		}
		return false;
	}

	// The best headline near the start, before the page's sole attested headline is
	// weighed against it.
	private static Headline findNear(List<Paragraph> paragraphs, int start) {
		// the page's title is the same for every start tried: read once
		PageTitle pageTitle = PageTitle.of(paragraphs);
		Headline found = findAbove(paragraphs, start, pageTitle);
		if (isWeak(found, paragraphs, start)) {
			Headline inside = attestedInArticle(paragraphs, start);
			if (inside != null) {
				return inside;
			}
		}
		if (found != null || start >= paragraphs.size()) {
			return found;
		}
		if (paragraphs.get(start).text().length() >= RUNNING_TEXT) {
			// An article that starts with its text and has no headline keeps none (its
			// subheadings are not its headline), unless a line with a byline or date
			// line under it follows: within a few blocks, the locator took a notice
			// above the headline (an ad blocker's) for the article's start; further
			// down (a headline-shaped line, its byline or date line, running text
			// soon after), it took a shop's or a menu's long description.
			Headline below = findAbove(paragraphs, nextRunningText(paragraphs, start + BELOW_START), pageTitle);
			if (below != null && below.attested() && below.index() <= start + BELOW_START + META_WORDS) {
				return below;
			}
			return attestedInArticle(paragraphs, start);
		}
		// A locator that took a menu for the article's start found no headline above it:
		// the headline stands above a later run of text.
		int tries = 0;
		int reach = Math.min(paragraphs.size(), start + FORWARD_REACH);
		for (int i = start + BELOW_START; found == null && tries < FORWARD_TRIES && i < reach; i++) {
			if (paragraphs.get(i).text().length() >= RUNNING_TEXT) {
				tries++;
				found = findAbove(paragraphs, i, pageTitle);
			}
		}
		return found;
	}

	// A line found above the article that no byline, date line or page title attests,
	// and that either scores low or does not name the article's matter, is as often a
	// menu entry or a related story's headline as the article's: a locator that took
	// navigation or a section's teasers for the article's start finds such a line.
	static boolean isWeak(Headline found, List<Paragraph> paragraphs, int start) {
		return found != null && !found.attested() && (found.score() < WEAK
				|| ArticleVocabulary.of(paragraphs, start).share(found.text(), found.index()) < HEADLINE_SHARE);
	}

	// The first line within reach of the article's start that has a headline's shape, a
	// byline or date line directly under it (or under one line between) and running
	// text soon after: the headline of an article whose start the locator put too high
	// (a teaser, a menu's description). Lists of stories with their dates are not
	// headlines (bylineOrDateBelow gives them nothing).
	private static Headline attestedInArticle(List<Paragraph> paragraphs, int start) {
		int reach = Math.min(paragraphs.size() - 1, start + FORWARD_REACH);
		for (int i = start + 1; i < reach; i++) {
			Paragraph block = paragraphs.get(i);
			if (block.isNoise() || block.text().length() > MAX_HEADLINE) {
				continue;
			}
			String headline = block.headline();
			int words = Texts.spacedWords(headline, LONG_HEADLINE + 1);
			if (words < MIN_WORDS || words > LONG_HEADLINE || !block.isHeadlineCandidate()
					|| !isHeadlineShaped(headline, true) || isInRunOfAlikeLinks(paragraphs, i)) {
				continue;
			}
			double under = bylineOrDateBelow(paragraphs, i);
			if (under >= WITH_BYLINE_OR_DATE - PER_LINE_BETWEEN
					&& nextRunningText(paragraphs, i + 1) <= i + TEXT_AFTER_HEADLINE) {
				return new Headline(headline, i, forLength(words) + under, true, null);
			}
		}
		return null;
	}

	// The one line of the page that is a headline by shape, with a byline or date line
	// directly under it (or under a standfirst sentence) and two blocks of running text
	// soon after, or null when there is none or more than one: a page that shows several
	// (a list of stories, each with its date) says nothing about which is the article's.
	// Lines in a list of dated links are no such line (bylineOrDateBelow gives them
	// nothing), nor is a teaser with its one blurb ("More on the site" / a headline /
	// its blurb / its date) at the article's end.
	private static Headline soleAttestedHeadline(List<Paragraph> paragraphs) {
		Headline sole = null;
		for (int i = 0; i + 1 < paragraphs.size(); i++) {
			Paragraph block = paragraphs.get(i);
			if (block.isNoise() || block.text().length() > MAX_HEADLINE) {
				continue;
			}
			// the word count first: it turns away most blocks without judging the blocks
			// under them as bylines or date lines
			String headline = block.headline();
			int words = Texts.spacedWords(headline, LONG_HEADLINE + 1);
			if (words < MIN_WORDS || words > LONG_HEADLINE) {
				continue;
			}
			double under = bylineOrDateBelow(paragraphs, i);
			// "Headline" / "“A quote that sums it up.”" / "By Jane Roe": a standfirst
			// sentence may stand between; a line that is not one (a name, a kicker) may
			// be the headline itself.
			if (under < WITH_BYLINE_OR_DATE && (under < WITH_BYLINE_OR_DATE - PER_LINE_BETWEEN
					|| !Texts.endsWithSentencePunctuation(paragraphs.get(i + 1).text()))) {
				continue;
			}
			if (!block.isHeadlineCandidate() || !isHeadlineShaped(headline, true) || isInRunOfAlikeLinks(paragraphs, i)
					|| !hasParagraphsAfter(paragraphs, i)) {
				continue;
			}
			if (sole != null) {
				return null;
			}
			sole = new Headline(headline, i, forLength(words) + under, true, null);
		}
		return sole;
	}

	// Running text within a few blocks under a headline, and more of it within as many
	// blocks again: an article's paragraphs, not a teaser's blurb.
	private static boolean hasParagraphsAfter(List<Paragraph> paragraphs, int headline) {
		// nextRunningText gives the end of its reach when it finds none
		int first = nextRunningText(paragraphs, headline + 1);
		if (first > headline + TEXT_AFTER_HEADLINE || first >= paragraphs.size()) {
			return false;
		}
		int second = nextRunningText(paragraphs, first + 1);
		return second <= headline + 2 * TEXT_AFTER_HEADLINE && second < paragraphs.size();
	}

	private static int nextRunningText(List<Paragraph> paragraphs, int from) {
		int reach = Math.min(paragraphs.size(), from + FORWARD_REACH);
		for (int i = from; i < reach; i++) {
			if (paragraphs.get(i).text().length() >= RUNNING_TEXT) {
				return i;
			}
		}
		return reach;
	}

	private static Headline findAbove(List<Paragraph> paragraphs, int start, PageTitle pageTitle) {
		Set<String> elsewhere = repeatedKeys(paragraphs, start);
		ArticleVocabulary vocabulary = ArticleVocabulary.of(paragraphs, start);
		Headline best = null;
		Headline bylined = null;
		// the best line both the page title and a byline or date line attest
		Headline twice = null;
		int linesAbove = 0;
		int below = Math.min(start + BELOW_START, paragraphs.size());
		for (int i = below - 1; i >= 0 && i >= start - REACH; i--) {
			if (paragraphs.get(i).isNoise()) {
				continue;
			}
			if (i < start) {
				linesAbove++;
			}
			String headline = paragraphs.get(i).headline();
			boolean joined = i < start && isJoinedWordOverMeta(paragraphs, i, vocabulary);
			if (!paragraphs.get(i).isHeadlineCandidate() && !joined || isInRunOfAlikeLinks(paragraphs, i)
					|| isOverCredit(paragraphs, i) || i < start && isContentsEntry(paragraphs, i, start)
					|| isUnderByline(paragraphs, i, vocabulary)) {
				continue;
			}
			int words = Texts.spacedWords(headline, LONG_HEADLINE + 1);
			if (hasPrice(headline) && (i >= start || vocabulary.share(headline, i) < HEADLINE_SHARE)
					&& !isOverByline(paragraphs, i)) {
				// "Je m'abonne dès 2,99€/mois", "Sale: $2 for 2 months": a price in a
				// line that does not name the article's matter is an offer; a headline
				// that names one ("Amazon discounts MacBooks from $700") shares the
				// text's words, and one a writer signs ("How to cross the Alps for under
				// €60" / "By Jane Roe") is no offer, whatever words it plays on.
				continue;
			}
			String readKey = paragraphs.get(i).headlineReadKey();
			boolean confirmed = i >= pageTitle.lines() && pageTitle.confirmsHeadline(headline, readKey);
			if (!confirmed && i >= pageTitle.lines()) {
				// "Flucht «Wir waren fast 40 Tage in Quarantäne»" under a page title
				// "«Wir waren …» - Site": a section or a kicker glued before the headline
				// the page title names; the headline is that part.
				String named = pageTitle.namedEnd(headline, readKey);
				if (named != null && !titleShortens(headline, named, paragraphs, pageTitle.lines())) {
					headline = named;
					words = Texts.spacedWords(headline, LONG_HEADLINE + 1);
				}
				confirmed = named != null;
			}
			if (words < MIN_WORDS && !confirmed && !joined) {
				// Two words above a byline are as often a site name as a headline.
				continue;
			}
			double score = forLength(words) - ((confirmed) ? PER_LINE_ABOVE_CONFIRMED : PER_LINE_ABOVE) * linesAbove;
			if (i >= start) {
				score -= PER_LINE_BELOW * (i - start + 1);
			}
			if (words > LONG_HEADLINE) {
				score -= SENTENCE;
			}
			if (i < start) {
				// Below the start a line is the article's own: its words are there
				// anyway.
				score += SHARED_WORDS * vocabulary.share(headline, i);
			}
			if (confirmed) {
				score += CONFIRMED;
			}
			else if (elsewhere.contains(readKey)) {
				score += REPEATED;
			}
			if (endsWithFullStop(headline)) {
				score -= SENTENCE;
			}
			if (startsLowerCase(headline)) {
				score -= LOWER_CASE_START;
			}
			if (hasInnerSentenceEnd(headline)) {
				score -= SENTENCE;
			}
			boolean attested = confirmed;
			double under = bylineOrDateBelow(paragraphs, i);
			if (under >= WITH_BYLINE_OR_DATE && words <= LONG_HEADLINE && endsWithFullStop(headline)) {
				// "Why You Shouldn't Worry." over "By Al Root": a headline may end with a
				// full stop; a sentence of the text has no byline under it.
				score += SENTENCE;
			}
			if (under > 0) {
				score += under;
				attested = true;
			}
			if (under >= WITH_BYLINE_OR_DATE && afterTrail(paragraphs.get(i).text()) != paragraphs.get(i).text()) {
				score -= TRAIL_END;
			}
			if (best == null || score > best.score()) {
				best = new Headline(headline, i, score, attested && score >= MIN_SCORE,
						confirmed ? pageTitle.siteName() : null);
			}
			if (under >= WITH_BYLINE_OR_DATE && words > MIN_WORDS && !endsWithFullStop(headline)
					&& !startsLowerCase(headline) && !isGluedMenu(headline) && score >= MIN_SCORE
					&& (bylined == null || score > bylined.score())
					&& (i >= start || vocabulary.share(headline, i) >= HEADLINE_SHARE)) {
				bylined = new Headline(headline, i, score, true, null);
			}
			if (confirmed && under > 0 && score >= MIN_SCORE && (twice == null || score > twice.score())) {
				twice = new Headline(headline, i, score, true, pageTitle.siteName());
			}
		}
		if (twice != null && best != null && !pageTitle.confirms(best.text())) {
			// A line the page title names and a byline or date line attests is the
			// headline, over a line nearer the start that only one of them attests: the
			// locator took a related story's teaser, with its own byline and the words
			// of the text it starts, for the article.
			best = twice;
		}
		if (best != null && !pageTitle.confirms(best.text())) {
			Headline aboveStandfirst = headlineAboveStandfirst(paragraphs, best, vocabulary, start);
			if (aboveStandfirst != best) {
				best = aboveStandfirst;
			}
			else {
				Headline overDeck = headlineOverDeck(paragraphs, best, vocabulary, start);
				best = (overDeck != best) ? overDeck : headlineOverSentenceDeck(paragraphs, best, vocabulary, start);
			}
		}
		if (best != null && !best.attested()) {
			best = headlineUnderKicker(paragraphs, best, vocabulary, start);
		}
		if (best != null && !best.attested() && bylined != null) {
			// A line with a byline or date line right under it, naming the article's
			// matter, is the headline a row of related links nearer the text is not.
			best = bylined;
		}
		if (best == null || !best.attested()) {
			Headline far = farConfirmed(paragraphs, start, pageTitle, vocabulary);
			// The page title's own line, found where the article starts at the top of
			// the page, is no headline over a line further down that it names: that
			// line is the headline the page shows, the title's site name left off.
			// A line under the text's sentences is a teaser's the title happens to name,
			// unless a byline or date line right under it and paragraphs after make it
			// the article's headline: the one sentence above is then a consent line's
			// ("Vi bruker informasjonskapsler …" over its button and the menu), whose
			// words no language file needs to know. Two sentences or more above it are
			// the text's paragraphs, under the page title's line, over an earlier story
			// of the same name with its own byline, or over a list of the latest news
			// that shows the article's own teaser (review51a, review51d).
			int sentences = (far != null) ? sentencesAbove(paragraphs, pageTitle.lines(), far.index()) : 0;
			best = (far != null && best != null && best.index() < pageTitle.lines()
					&& (sentences == 0 || sentences == 1 && isOverMetaAndText(paragraphs, far.index()))) ? far
							: better(best, far);
		}
		return (best != null && best.score() >= MIN_SCORE) ? best : null;
	}

	// A byline or date line right under the line, and an article's paragraphs soon after.
	private static boolean isOverMetaAndText(List<Paragraph> paragraphs, int index) {
		return bylineOrDateBelow(paragraphs, index) >= WITH_BYLINE_OR_DATE && hasParagraphsAfter(paragraphs, index);
	}

	// "Whitcombe-Alvarez" over "Posted Nov 29, 2026": a wedding's or an engagement's
	// headline names the two families in one word, joined by a hyphen, and a blog may
	// name its post by one compound ("Elektro-Zapfsäulen."). One word over a byline or
	// date line is otherwise a section's, a writer's or a commenter's name ("Sport",
	// "Journalist", "radler79"), or a link ("E-Edition", "Online-Version"): a joined word
	// of two capitalised parts, right over the meta line, both of which the text under
	// it names, is the headline.
	private static boolean isJoinedWordOverMeta(List<Paragraph> paragraphs, int index, ArticleVocabulary vocabulary) {
		String text = paragraphs.get(index).text();
		// the space first: it turns away the text's paragraphs within a few characters
		if (text.indexOf(' ') >= 0) {
			return false;
		}
		String word = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
		int hyphen = word.indexOf('-');
		if (hyphen < 2 || hyphen > word.length() - 3 || word.indexOf('-', hyphen + 1) >= 0
				|| !isCapitalisedWord(word, 0, hyphen) || !isCapitalisedWord(word, hyphen + 1, word.length())) {
			return false;
		}
		// both parts held: a line of two words shares two thirds at most, one of them a
		// third
		return bylineOrDateBelow(paragraphs, index) >= WITH_BYLINE_OR_DATE
				&& vocabulary.share(word, index) >= HEADLINE_SHARE;
	}

	// Whether the characters from one index up to another are letters, the first of them
	// a capital.
	private static boolean isCapitalisedWord(String text, int from, int to) {
		if (!Character.isUpperCase(text.charAt(from))) {
			return false;
		}
		for (int i = from + 1; i < to; i++) {
			if (!Character.isLetter(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	// How many blocks from the first index up to the second are running text ending with
	// a sentence (the text's, over a teaser the page title names), counted up to two.
	private static int sentencesAbove(List<Paragraph> paragraphs, int from, int to) {
		int sentences = 0;
		for (int j = from; j < to && sentences < 2; j++) {
			if (Texts.isClosedRunningText(paragraphs.get(j).text())) {
				sentences++;
			}
		}
		return sentences;
	}

	// "Headline" / "By Jane Roe" / "Sunday 26 Ramadan 1447 AH - 15 March 2026": a line
	// right under a byline that itself stands under a headline-shaped line naming the
	// article's matter is the byline's date (one the date detectors cannot read, here),
	// its writer's role or the text, not the headline the byline signs. A byline over the
	// headline ("3 November 2023" / "Written by: X" / "Headline") has a meta line or a
	// trail over it, and "Back to the overview" over a byline names nothing of the text.
	// Under a bare name ("Hannah Cole" / "Political sketch writer", "Ruth Caldwell" /
	// "Tribune Features Syndicate") a few words ending with a job or an outlet are the
	// writer's, which the date line under them seems to attest, wherever they stand.
	private static boolean isUnderByline(List<Paragraph> paragraphs, int index, ArticleVocabulary vocabulary) {
		if (index >= 1 && isBareName(paragraphs.get(index - 1)) && isRoleOrOutlet(paragraphs.get(index).text())) {
			return true;
		}
		if (index < 2 || paragraphs.get(index - 1).byline() == null) {
			return false;
		}
		Paragraph above = paragraphs.get(index - 2);
		return !above.isNoise() && isHeadlineShaped(above.headline(), above.isHeadlineCandidate())
				&& Texts.spacedWords(above.headline(), MIN_WORDS) >= MIN_WORDS
				&& vocabulary.share(above.headline(), index - 2) >= HEADLINE_SHARE;
	}

	// Whether a byline with names stands right under the block.
	private static boolean isOverByline(List<Paragraph> paragraphs, int index) {
		return index + 1 < paragraphs.size() && (paragraphs.get(index + 1).byline() != null
				|| BylineDetector.isBylineShaped(paragraphs.get(index + 1).text()));
	}

	// A few words whose last names a job or an outlet ("Political sketch writer",
	// "Tribune Features Syndicate"): a writer's role, never a headline under a name.
	private static boolean isRoleOrOutlet(String text) {
		String last = lastWordOfRole(text);
		return last != null && PersonNames.isRoleOrOutletWord(last);
	}

	// A few words whose last names a job ("Contributing columnist", "Journalist"); an
	// outlet's word ("News") is left out: under a site's name it is the menu's first
	// entry ("Past Finds" / "News"), no writer's role.
	private static boolean isRole(String text) {
		String last = lastWordOfRole(text);
		return last != null && PersonNames.isRoleWord(last);
	}

	// The last word of a line of a role's few words, lower-cased, or null for a longer
	// line.
	private static String lastWordOfRole(String text) {
		if (Texts.words(text, ROLE_WORDS + 1) > ROLE_WORDS) {
			return null;
		}
		return text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
	}

	// A writer's bare name with a job right under it ("Hannah Cole" / "Political sketch
	// writer"): a byline in two lines.
	private static boolean isNameOverRole(List<Paragraph> paragraphs, int index) {
		if (!isBareName(paragraphs.get(index))) {
			return false;
		}
		int next = nextShown(paragraphs, index + 1);
		return next < paragraphs.size() && isRole(paragraphs.get(next).text());
	}

	// A block that is a person's name and nothing else ("Hannah Cole").
	private static boolean isBareName(Paragraph block) {
		return !block.isNoise() && block.text().length() <= BARE_NAME && PersonNames.clean(block.text()) != null;
	}

	// "Alkohol auf dem Boot" / "Inhalt" / "Wie viel Alkohol ist auf dem Boot erlaubt?" /
	// … / "Muss man eine MPU machen?" / "Magazin, News" / "7. Januar 2022": a table of
	// contents between the headline and its date line, whose last entry the date line
	// seems to attest. An entry is a line that the article repeats below its start as a
	// subheading, in a run of three lines or more that it repeats in the same order with
	// running text between the copies (its sections); a headline shown again in a teaser
	// below, with its standfirst and section beside it, has no text between the copies.
	private static boolean isContentsEntry(List<Paragraph> paragraphs, int index, int start) {
		int reach = Math.min(paragraphs.size(), start + 2 * FORWARD_REACH);
		LineIndex lines = LineIndex.of(paragraphs);
		int at = lines.indexOfKey(paragraphs.get(index).key(), start, reach);
		if (at < 0) {
			return false;
		}
		int entries = 1;
		for (int i = index + 1, copy = at; i < start && entries < CONTENTS_ENTRIES; i++) {
			int next = paragraphs.get(i).isHeadlineCandidate()
					? lines.indexOfKey(paragraphs.get(i).key(), copy + 1, reach) : -1;
			if (next < 0 || nextRunningText(paragraphs, copy + 1) >= next) {
				break;
			}
			copy = next;
			entries++;
		}
		for (int i = index - 1, copy = at; i >= 0 && entries < CONTENTS_ENTRIES; i--) {
			int previous = paragraphs.get(i).isHeadlineCandidate()
					? lines.indexOfKey(paragraphs.get(i).key(), start, copy) : -1;
			if (previous < 0 || nextRunningText(paragraphs, previous + 1) >= copy) {
				break;
			}
			copy = previous;
			entries++;
		}
		return entries >= CONTENTS_ENTRIES;
	}

	// "Biden has a new campaign manager …" / "(Image credit: AP photo/Evan Vucci)" / "By
	// David Faris": a line directly over a photo's credit is the photo's caption, which a
	// byline under the credit makes look attested (the credit, furniture, is stepped
	// over). A meta line that names a date beside its credit ("22/11/2020 - 04:30 -
	// Fonte: Agência Brasil - Foto: …") stands under the headline itself.
	private static boolean isOverCredit(List<Paragraph> paragraphs, int index) {
		if (index + 1 >= paragraphs.size()) {
			return false;
		}
		Paragraph next = paragraphs.get(index + 1);
		return next.isCaption() && DateParser.first(next.text()) == null;
	}

	// "Siemens und die Kohlemine Adani" / "Kaeser verarscht Neubauer" / "Siemens-Chef Joe
	// Kaeser hat … gezogen.": a kicker stands over the headline and a standfirst under
	// it, so of two headline-shaped lines over a standfirst sentence the lower is the
	// headline, however the two score (a kicker may be the longer, or share more of the
	// text's words). The line found is taken for a kicker only where nothing attests it,
	// the line under it names the article's matter, and the standfirst, a sentence of
	// ten words or more, is set apart above the article's text (its first paragraph
	// under a headline and a sub-headline is no standfirst).
	private static Headline headlineUnderKicker(List<Paragraph> paragraphs, Headline found,
			ArticleVocabulary vocabulary, int start) {
		int next = nextShown(paragraphs, found.index() + 1);
		if (next >= start) {
			return found;
		}
		Paragraph block = paragraphs.get(next);
		String headline = block.headline();
		if (!isHeadlineShaped(headline, block.isHeadlineCandidate())
				|| Texts.spacedWords(headline, MIN_WORDS) < MIN_WORDS
				|| vocabulary.share(headline, next) < HEADLINE_SHARE) {
			return found;
		}
		int under = nextShown(paragraphs, next + 1);
		if (under >= start) {
			return found;
		}
		String standfirst = paragraphs.get(under).text();
		if (!endsWithFullStop(standfirst) || Texts.spacedWords(standfirst, STANDFIRST_WORDS) < STANDFIRST_WORDS) {
			return found;
		}
		return new Headline(headline, next, found.score(), false, null);
	}

	// The first block from here on that the page shows (not a caption, a prompt or a
	// widget's remnant), or the page's end. Package-private for the extractor's masthead
	// rule (the page's first line shown).
	static int nextShown(List<Paragraph> paragraphs, int from) {
		int i = from;
		while (i < paragraphs.size() && paragraphs.get(i).isNoise()) {
			i++;
		}
		return i;
	}

	// A standfirst (a line under the headline that sums the story up) often scores
	// higher than the headline above it: it is longer, and nearer the byline. The line
	// above is the headline when it is one by shape (no closing full stop, mixed case)
	// and the line found reads as a standfirst rather than as a headline under a kicker:
	// a sentence closed by a full stop (headlines seldom end with one), or a line of ten
	// words or more clearly longer than the line above (a kicker or a section label
	// above a headline is short), or a line under a headline the page shows twice in a
	// row. A short meta line between the two, a figure in it ("New, 6 comments"), is
	// stepped over; any other line that is not the headline (a section label such as
	// "Top Local Stories", a promotion) ends the search. A line with every word of four
	// letters or more capitalised ("90+ Costumes For Adults to DIY on the Cheap This
	// Halloween") is set as a headline, never as a standfirst, which is a sentence: the
	// line above it is a kicker or the page's other wording of the headline
	// ("Best Cheap Homemade Halloween Costumes | 2020").
	private static Headline headlineAboveStandfirst(List<Paragraph> paragraphs, Headline found,
			ArticleVocabulary vocabulary, int start) {
		if (isFullTitleCase(found.text())) {
			return found;
		}
		Headline overStandfirst = headlineOverCreditLine(paragraphs, found, vocabulary, start);
		if (overStandfirst != null) {
			return overStandfirst;
		}
		int standfirstWords = Texts.spacedWords(found.text(), LONG_HEADLINE + 1);
		// "Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn't
		// Worry.": a line in title case is a headline, full stop or not.
		boolean sentence = endsWithFullStop(found.text()) && !isTitleCase(found.text());
		boolean steppedOver = false;
		boolean overMeta = found.index() + 1 < paragraphs.size()
				&& paragraphs.get(found.index() + 1).isBylineOrDateLine();
		for (int i = found.index() - 1; i >= 0 && i >= found.index() - 3; i--) {
			String text = paragraphs.get(i).text();
			if (paragraphs.get(i).isNoise()) {
				continue;
			}
			String headline = paragraphs.get(i).headline();
			int words = Texts.spacedWords(headline, LONG_HEADLINE + 1);
			// "Sport > Site" over the headline is the trail the page shows over it, in
			// any script, not a headline over a standfirst. Looser than
			// Boilerplate.isBreadcrumb, which judges a whole block, and kept to this
			// choice: everywhere a headline's shape is tested it cost a date.
			if (isHeadlineShaped(headline, paragraphs.get(i).isHeadlineCandidate()) && !isTrail(headline)) {
				boolean shownTwice = i > 0 && paragraphs.get(i - 1).key().equals(paragraphs.get(i).key());
				boolean muchLonger = !steppedOver && standfirstWords >= STANDFIRST_WORDS && words >= 5
						&& words + 3 <= standfirstWords;
				// The weaker signs hold only for a line that names the article's matter.
				// A standfirst sentence between its headline and the byline or date line
				// is sign enough whatever words the headline plays on ("Unstillbares
				// Heimweh"), unless the line is short and holds a figure: there it is as
				// often a meta line ("New, 6 comments"); a headline longer than a meta
				// line may hold one ("… turnout hits 20-year high").
				boolean named = i >= start
						|| sentence && i == found.index() - 1 && overMeta
								&& (!Texts.hasDigit(headline) || words > META_WORDS)
						|| vocabulary.share(headline, i) >= HEADLINE_SHARE;
				boolean standfirst = named && (muchLonger || sentence && words >= 2 && words <= standfirstWords
						|| standfirstWords >= STANDFIRST_WORDS && words >= 4 && 2 * words <= standfirstWords
						|| shownTwice && words >= MIN_WORDS);
				if (standfirst) {
					return new Headline(headline, i, found.score(), found.attested(), found.siteName());
				}
				if (named) {
					return found;
				}
			}
			if (steppedOver || words > META_WORDS || paragraphs.get(i).isBylineOrDateLine() || !Texts.hasDigit(text)) {
				return found;
			}
			steppedOver = true;
		}
		return found;
	}

	// "Culture" / "Why bookshops close again" / "Owners blame rents and marketplaces" /
	// "18 October 2023": a deck (a second headline-sized line that sums the story up)
	// stands between the headline and the byline or date line, so the meta line under it
	// attests the deck, not the headline. Where the line found is attested and stands
	// right under another headline-shaped line of six words or more that names the
	// article's matter, and that line is not itself under a headline-shaped line of three
	// words or more (a list of teasers, where each line is a headline of its own), the
	// upper line is the headline: a kicker over
	// a headline is a label of a word or two, set apart from it as a section is. A line
	// in title case is a headline, as in headlineAboveStandfirst.
	private static Headline headlineOverDeck(List<Paragraph> paragraphs, Headline found, ArticleVocabulary vocabulary,
			int start) {
		if (!found.attested() || found.index() >= start || isFullTitleCase(found.text())) {
			return found;
		}
		int above = previousShown(paragraphs, found.index() - 1);
		if (above < 0 || !isHeadlineOverDeck(paragraphs, above, vocabulary)) {
			return found;
		}
		if (isUnderHeadlineShapedLine(paragraphs, above)) {
			return found;
		}
		return new Headline(paragraphs.get(above).headline(), above, found.score(), found.attested(), found.siteName());
	}

	// Whether the line shown right above the block is headline-shaped, of three words or
	// more: the block is a deck under its headline, or an entry of a list of headlines;
	// a kicker over a headline ("Opinion", "Column") is a label of a word or two.
	private static boolean isUnderHeadlineShapedLine(List<Paragraph> paragraphs, int index) {
		int higher = previousShown(paragraphs, index - 1);
		return higher >= 0
				&& isHeadlineShaped(paragraphs.get(higher).headline(), paragraphs.get(higher).isHeadlineCandidate())
				&& Texts.spacedWords(paragraphs.get(higher).headline(), MIN_WORDS) >= MIN_WORDS;
	}

	// "Warum wir jetzt Demut brauchen" / "Risiken und Nebenwirkungen bergen nicht nur
	// Medikamente, sondern auch politische Maßnahmen, …" / "Christoph von Ritter" / "24.
	// April 2020": a deck written as a sentence (a full stop, or two sentences) of ten
	// words or more stands between the headline and the byline or date line, which
	// attests the deck. Where no page title names either, the headline-shaped line right
	// above the deck (a short label such as "Editorial" may stand between) is the
	// headline, when it is shorter than the deck, shares a word with the article (a menu
	// entry over a kicker names nothing of it) and is no entry of a list of headlines.
	private static Headline headlineOverSentenceDeck(List<Paragraph> paragraphs, Headline found,
			ArticleVocabulary vocabulary, int start) {
		String deck = found.text();
		int deckWords = Texts.spacedWords(deck, LONG_HEADLINE + 1);
		if (!found.attested() || found.index() >= start || deckWords < STANDFIRST_WORDS
				|| !(endsWithFullStop(deck) || hasInnerSentenceEnd(deck)) || isTitleCase(deck)
				|| bylineOrDateBelow(paragraphs, found.index()) <= 0) {
			return found;
		}
		int above = previousShown(paragraphs, found.index() - 1);
		if (above >= 0 && isShortLabel(paragraphs.get(above))) {
			above = previousShown(paragraphs, above - 1);
		}
		if (above < 0) {
			return found;
		}
		Paragraph block = paragraphs.get(above);
		String headline = block.headline();
		int words = Texts.spacedWords(headline, LONG_HEADLINE + 1);
		if (!isHeadlineShaped(headline, block.isHeadlineCandidate()) || isTrail(headline) || block.isBylineOrDateLine()
				|| words < MIN_WORDS || words >= deckWords || isLabelList(headline)
				|| vocabulary.share(headline, above) <= 0) {
			return found;
		}
		int higher = previousShown(paragraphs, above - 1);
		if (higher >= 0 && !paragraphs.get(higher).key().equals(block.key())
				&& isHeadlineShaped(paragraphs.get(higher).headline(), paragraphs.get(higher).isHeadlineCandidate())
				&& Texts.spacedWords(paragraphs.get(higher).headline(), MIN_WORDS) >= MIN_WORDS) {
			return found;
		}
		return new Headline(headline, above, found.score(), found.attested(), found.siteName());
	}

	// A label of a word or two over a deck ("Editorial", "Analysis"): no headline, no
	// meta line.
	private static boolean isShortLabel(Paragraph block) {
		return !block.isBylineOrDateLine() && Texts.spacedWords(block.headline(), MIN_WORDS) < MIN_WORDS
				&& !Texts.hasDigit(block.text());
	}

	// Above the line found, so above the article's start: the vocabulary the article
	// shares
	// with it tells a headline from a menu entry.
	private static boolean isHeadlineOverDeck(List<Paragraph> paragraphs, int index, ArticleVocabulary vocabulary) {
		Paragraph block = paragraphs.get(index);
		String headline = block.headline();
		return isHeadlineShaped(headline, block.isHeadlineCandidate()) && !isTrail(headline)
				&& !block.isBylineOrDateLine() && Texts.spacedWords(headline, HEADLINE_OVER_DECK) >= HEADLINE_OVER_DECK
				&& !isLabelList(headline) && vocabulary.share(headline, index) >= HEADLINE_SHARE;
	}

	// "Corona & die Folgen, Debatte, Deutschland, Politik": the sections a story is filed
	// under, three or more labels of four words at most between commas.
	private static boolean isLabelList(String text) {
		String[] parts = text.split(",");
		if (parts.length < 3) {
			return false;
		}
		for (String part : parts) {
			if (Texts.words(part, LABEL_WORDS + 1) > LABEL_WORDS) {
				return false;
			}
		}
		return true;
	}

	// The last block before this one (inclusive) that the page shows, or -1.
	private static int previousShown(List<Paragraph> paragraphs, int from) {
		int i = from;
		while (i >= 0 && paragraphs.get(i).isNoise()) {
			i--;
		}
		return i;
	}

	// "Headline" / "Standfirst sentence." / "Le Monde with AFP" / "Published on …": a
	// line of a few words between a standfirst and a byline or date line is a credit
	// line (a newsroom with an agency) that the meta line under it makes look attested;
	// the headline is the line above the standfirst, when it is one by shape and names
	// the article's matter. A standfirst here is a sentence of ten words or more, or a
	// line longer than any headline.
	private static Headline headlineOverCreditLine(List<Paragraph> paragraphs, Headline found,
			ArticleVocabulary vocabulary, int start) {
		int credit = found.index();
		if (credit < 2 || credit + 1 >= paragraphs.size() || !paragraphs.get(credit + 1).isBylineOrDateLine()
				|| Texts.spacedWords(found.text(), META_WORDS + 1) > META_WORDS) {
			return null;
		}
		Paragraph standfirst = paragraphs.get(credit - 1);
		String text = standfirst.text();
		if (standfirst.isNoise()
				|| !(endsWithFullStop(text) && Texts.spacedWords(text, STANDFIRST_WORDS) >= STANDFIRST_WORDS
						|| Texts.spacedWords(text, LONG_HEADLINE + 1) > LONG_HEADLINE)) {
			return null;
		}
		int i = credit - 2;
		String headline = paragraphs.get(i).headline();
		if (!isHeadlineShaped(headline, paragraphs.get(i).isHeadlineCandidate())
				|| Texts.spacedWords(headline, MIN_WORDS) < MIN_WORDS
				|| i < start && vocabulary.share(headline, i) < HEADLINE_SHARE) {
			return null;
		}
		return new Headline(headline, i, found.score(), found.attested(), found.siteName());
	}

	// A headline by shape: a candidate line in mixed case with no closing full stop, and
	// no bar between parts ("Volleyball | MTV Stuttgart" is a section and a site).
	private static boolean isHeadlineShaped(String headline) {
		return isHeadlineShaped(headline, isCandidate(headline));
	}

	// As above, for a line already judged a candidate or not (a block's own headline).
	private static boolean isHeadlineShaped(String headline, boolean candidate) {
		return candidate && !headline.contains(" | ") && !Texts.endsWithSentencePunctuation(headline)
				&& !startsLowerCase(headline) && !isAllUpperCase(headline) && !isGluedMenu(headline);
	}

	private static boolean isTrail(String headline) {
		return headline.contains(" > ") || headline.contains(" » ") || headline.contains(" › ");
	}

	/**
	 * The headline without what a page glued to it, when a line next to it repeats it
	 * bare: a breadcrumb trail before it ("Home Gesellschaft Interview mit …" over
	 * "Interview mit …"), a site name or a rating after it ("Headline - Site", "Headline
	 * 3.17 5 12"). A page shows its headline twice often enough (page title, share box,
	 * print title) that the shorter copy tells where the headline starts and ends.
	 * @param paragraphs the page's blocks
	 * @param title the title found in the text
	 * @return the bare headline, or {@code title} when no line next to it repeats it
	 */
	static Extracted<String> withoutGluedParts(List<Paragraph> paragraphs, Extracted<String> title) {
		if (title.source() != Source.TEXT || title.line() == null) {
			return title;
		}
		int index = Paragraph.indexOfLine(paragraphs, title.line());
		String key = Texts.key(title.value());
		for (int distance = 1; index >= 0 && distance <= GLUED_REACH; distance++) {
			for (int i : new int[] { index + distance, index - distance }) {
				if (i < 0 || i >= paragraphs.size() || paragraphs.get(i).text().length() >= key.length()) {
					continue;
				}
				String bare = TitleDetector.headlineText(paragraphs.get(i).text());
				String bareKey = Texts.key(bare);
				// A copy cut short ("Headline …") is a teaser; one word more ("Headline
				// review") may be the headline's own.
				if (bareKey.length() < key.length() && Texts.words(bare, MIN_WORDS) >= MIN_WORDS
						&& !bare.endsWith("...") && !bare.endsWith("…")
						&& (key.endsWith(" " + bareKey)
								&& Texts.words(key.substring(0, key.length() - bareKey.length()), 2) >= 2
								|| key.startsWith(bareKey + " ")
										&& Texts.words(key.substring(bareKey.length()), 2) >= 2)) {
					return Extracted.fromText(bare, paragraphs.get(i).line());
				}
			}
		}
		return title;
	}

	/**
	 * The headline whole, when the page title holds the title found only as its start or
	 * end and a line near it as the title's part whole: a page that sets a name or a
	 * kicker apart from the rest of its headline ("EU-Experte vertritt …" / ":" /
	 * "Krahmer wird neuer Generalsekretär") shows the headline its title names ("Holger
	 * Krahmer wird neuer Generalsekretär") in a breadcrumb or a teaser nearby. The line
	 * must hold the title found: a longer headline of the same story, not another one.
	 * Only the title's text changes; the article's head stays where it was found.
	 * @param paragraphs the page's blocks
	 * @param title the title found in the text
	 * @return the headline the page title names whole, or {@code title}
	 */
	static Extracted<String> namedWhole(List<Paragraph> paragraphs, Extracted<String> title) {
		if (title.source() != Source.TEXT || title.line() == null) {
			return title;
		}
		PageTitle pageTitle = PageTitle.of(paragraphs);
		if (!pageTitle.confirms(title.value()) || pageTitle.confirmsWhole(title.value())) {
			return title;
		}
		int index = Paragraph.indexOfLine(paragraphs, title.line());
		String key = Texts.key(title.value());
		for (int distance = 1; index >= 0 && distance <= WHOLE_REACH; distance++) {
			for (int i : new int[] { index - distance, index + distance }) {
				if (i < pageTitle.lines() || i >= paragraphs.size()
						|| paragraphs.get(i).text().length() > MAX_HEADLINE) {
					continue;
				}
				String headline = paragraphs.get(i).headline();
				if (Texts.key(headline).contains(key) && pageTitle.confirmsWhole(headline)
						&& paragraphs.get(i).isHeadlineCandidate()) {
					return Extracted.fromText(headline, paragraphs.get(i).line());
				}
			}
		}
		return title;
	}

	// "Je m'abonne dès 2,99€/mois", "Sale: $2 for 2 months": a price in a line that does
	// not name the article's matter is an offer; a headline that names one ("Amazon
	// discounts MacBooks from $700") shares the text's words. Below the start, where a
	// line is the article's own, a price is an offer too.
	private static boolean isOffer(String headline, int index, int start, ArticleVocabulary vocabulary) {
		return hasPrice(headline) && (index >= start || vocabulary.share(headline, index) < HEADLINE_SHARE);
	}

	// A currency sign next to a figure: "2,99€", "$700", "£1".
	static boolean hasPrice(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.getType(text.charAt(i)) == Character.CURRENCY_SYMBOL
					&& (i > 0 && Character.isDigit(text.charAt(i - 1))
							|| i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
				return true;
			}
		}
		return false;
	}

	// Texts.endsWithSentencePunctuation but for a question or exclamation mark, which
	// a headline may end with.
	static boolean endsWithFullStop(String text) {
		return Texts.endsWithSentencePunctuation(text) && !text.endsWith("?") && !text.endsWith("!");
	}

	private static Headline better(Headline a, Headline b) {
		return (a == null || b != null && b.score() > a.score()) ? b : a;
	}

	// The page title names the headline, shown away from where the article was found
	// (a gallery whose text lies far below its headline): the nearest such line.
	private static Headline farConfirmed(List<Paragraph> paragraphs, int start, PageTitle pageTitle,
			ArticleVocabulary vocabulary) {
		if (pageTitle.keys().isEmpty()) {
			return null;
		}
		Headline nearest = null;
		int distance = Integer.MAX_VALUE;
		for (int i = pageTitle.lines(); i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text();
			if (text.length() > MAX_HEADLINE || Math.abs(i - start) >= distance) {
				continue;
			}
			String headline = paragraphs.get(i).headline();
			if (pageTitle.confirmsHeadline(headline, paragraphs.get(i).headlineReadKey())
					&& paragraphs.get(i).isHeadlineCandidate() && !isOffer(headline, i, start, vocabulary)) {
				double score = forLength(Texts.spacedWords(headline, 12)) + CONFIRMED - FAR_CONFIRMED;
				nearest = new Headline(headline, i, score, true, pageTitle.siteName());
				distance = Math.abs(i - start);
			}
		}
		return nearest;
	}

	// A headline's words count up to a dozen, a quarter point each: longer is not more
	// headline-like.
	private static double forLength(int words) {
		return Math.min(words, 12) / 4.0;
	}

	// A byline or date line directly under a line makes it a headline; one line lower
	// (under a standfirst or a photo) still counts, a little less.
	static double bylineOrDateBelow(List<Paragraph> paragraphs, int index) {
		int seen = 0;
		for (int j = index + 1; j < paragraphs.size() && seen < 3; j++) {
			String text = paragraphs.get(j).text();
			if (paragraphs.get(j).isNoise() && !paragraphs.get(j).isBylineOrDateLine()) {
				continue;
			}
			if (paragraphs.get(j).isBylineOrDateLine()) {
				return isListedMeta(paragraphs, j) ? 0 : WITH_BYLINE_OR_DATE - seen * PER_LINE_BETWEEN;
			}
			if (seen == 0 && isNameOverRole(paragraphs, j) && !isUnderHeadlineShapedLine(paragraphs, index)) {
				// "Margaret Hale" / "Contributing columnist" / "December 7, 2024 at
				// 5:00 a.m.": a writer's bare name over a job is a byline set in two
				// lines, which the detectors read only beside a date; the headline
				// stands right over it, as over a byline. Not under a headline-shaped
				// line: a deck over the name ("Ferry Service … Resumes in May" / "The
				// old boat is back …" / "Nora Lind" / "Island reporter") would take the
				// byline's weight from the headline over it.
				return WITH_BYLINE_OR_DATE;
			}
			if (BylineDetector.isLabelAlone(text) || isMetaBeforeBar(text) || isLabelledDateSentence(text)
					|| isCalendarSpan(text)) {
				// "By" on a line of its own, the names on the next: a byline set in two
				// elements; or a byline the detectors do not read, a bar after it; or a
				// date line written as a sentence; or an obituary's life dates under the
				// name ("Margaret Ellen Voss" / "August 9, 1938 - November 30, 2026").
				return WITH_BYLINE_OR_DATE - seen * PER_LINE_BETWEEN;
			}
			seen++;
		}
		return 0;
	}

	// "Headline / 2 November 2023 / Headline / 30 October 2023": a list of links to other
	// stories, each with its date or author, not a headline over its article. The meta
	// line has one of its own kind two or three blocks above or below (a section label
	// may stand between), with no meta line between (a headline, a date line, a
	// standfirst, a byline is two kinds, not a list).
	private static boolean isListedMeta(List<Paragraph> paragraphs, int index) {
		boolean date = paragraphs.get(index).dateLine() != null;
		for (int period = 2; period <= 3; period++) {
			boolean before = isListedMetaAt(paragraphs, index, index - period, date);
			boolean after = isListedMetaAt(paragraphs, index, index + period, date);
			// Two meta lines alike in a row are a list when a third follows or when they
			// differ: a headline's own date line shown twice around it is one text.
			if (before
					&& (after || isListedMetaAt(paragraphs, index - period, index - 2 * period, date)
							|| !paragraphs.get(index - period).key().equals(paragraphs.get(index).key()))
					|| after && (isListedMetaAt(paragraphs, index + period, index + 2 * period, date)
							|| !paragraphs.get(index + period).key().equals(paragraphs.get(index).key()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isListedMetaAt(List<Paragraph> paragraphs, int index, int other, boolean date) {
		return other >= 0 && other < paragraphs.size() && paragraphs.get(other).isBylineOrDateLine()
				&& !hasMetaBetween(paragraphs, index, other) && (paragraphs.get(other).dateLine() != null) == date;
	}

	private static boolean hasMetaBetween(List<Paragraph> paragraphs, int a, int b) {
		for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
			if (paragraphs.get(i).isBylineOrDateLine()) {
				return true;
			}
		}
		return false;
	}

	// Lines shown twice or more in the page, away from the article's head: a headline
	// is often repeated (share box, breadcrumb, print title).
	static Set<String> repeatedKeys(List<Paragraph> paragraphs, int start) {
		int from = headFrom(start);
		int to = headTo(paragraphs, start);
		Set<String> near = new HashSet<>();
		for (int i = from; i < to; i++) {
			String key = headlineSizedKey(paragraphs.get(i));
			if (key != null) {
				near.add(key);
			}
		}
		Set<String> repeated = new HashSet<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			String key = (i < from || i >= to) ? headlineSizedKey(paragraphs.get(i)) : null;
			if (key != null && near.contains(key)) {
				repeated.add(key);
			}
		}
		return repeated;
	}

	// The article's head, where repeatedKeys and isRepeated look for a line shown again
	// elsewhere: from REACH blocks above the start to BELOW_START blocks after it.
	private static int headFrom(int start) {
		return Math.max(0, start - REACH);
	}

	private static int headTo(List<Paragraph> paragraphs, int start) {
		return Math.min(paragraphs.size(), start + BELOW_START);
	}

	// A block's headline key when it is short enough to be a headline, else null.
	// "Live music venue The Foundry faces …" under a page title "The Foundry faces … -
	// Site": the title shortens the headline, which keeps its opening words, when these
	// read as a sentence's (a lower-case word after the first; a section, a kicker or a
	// trail's last entry is one capitalised word or capitals: "Refugees", "UŽIVO", "Home
	// News"; a comment's heading counts: "5 thoughts on “Headline”") and the page shows
	// the title's part on no line of its own (under a breadcrumb, a kicker or a
	// comment's heading glued to it, it does).
	private static boolean titleShortens(String headline, String named, List<Paragraph> paragraphs, int from) {
		// namedEnd cut the named part from the headline's own words
		String[] tokens = headline.strip().split(" +");
		int glued = tokens.length - named.split(" ").length;
		boolean sentence = false;
		for (int i = 1; i < glued && !sentence; i++) {
			sentence = Character.isLowerCase(tokens[i].charAt(0));
		}
		for (int i = 0; i < glued && sentence; i++) {
			sentence = tokens[i].chars().noneMatch(Character::isDigit);
		}
		if (!sentence || opensWithCommonWord(named, paragraphs)) {
			return false;
		}
		String key = Texts.key(named);
		for (int i = from; i < paragraphs.size(); i++) {
			if (key.equals(headlineSizedKey(paragraphs.get(i)))) {
				return false;
			}
		}
		return true;
	}

	// Whether the part the page title names opens with a headline's capital on a common
	// word: the last of its opening capitalised words ("Storm", "Council") the text
	// writes in lower case ("the storm"). Glued before such a part, a kicker in sentence
	// case ("In pictures", "Live updates", "Fact check") is no sentence's start; the
	// words before a name ("Live music venue The Foundry …") are.
	private static boolean opensWithCommonWord(String named, List<Paragraph> paragraphs) {
		String[] tokens = named.strip().split(" +");
		int k = 0;
		while (k + 1 < tokens.length && !tokens[k + 1].isEmpty() && Character.isUpperCase(tokens[k + 1].charAt(0))) {
			k++;
		}
		String word = tokens[k];
		String lower = word.toLowerCase(Locale.ROOT);
		if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || lower.equals(word)) {
			return false;
		}
		for (Paragraph paragraph : paragraphs) {
			String text = paragraph.text();
			for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
				int end = at + lower.length();
				// a word of the text, not of an address's slug ("/the-foundry-licence")
				if ((at == 0 || !isSlugOrWordChar(text.charAt(at - 1)))
						&& (end == text.length() || !isSlugOrWordChar(text.charAt(end)))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isSlugOrWordChar(char c) {
		return Character.isLetterOrDigit(c) || "-_/".indexOf(c) >= 0;
	}

	private static String headlineSizedKey(Paragraph block) {
		return (block.text().length() <= MAX_HEADLINE) ? block.headlineKey() : null;
	}

	// "Home » News » Headline", "Home / India News / Headline": the headline after its
	// navigation trail.
	static String afterTrail(String text) {
		int cut = lastTrailSeparatorEnd(text);
		if (cut < 0) {
			return text;
		}
		String last = text.substring(cut).strip();
		return (Texts.words(last, 3) >= 3) ? last : text;
	}

	// Where the last trail separator of any kind ends, or -1. A block may be a whole
	// page on one line: each separator is looked for from the end by its first
	// character that is not a space (rare in text, so a quick character search), not
	// as a string.
	private static int lastTrailSeparatorEnd(String text) {
		int cut = -1;
		for (String separator : TRAIL_SEPARATORS) {
			int at = lastIndexOf(text, separator);
			if (at >= 0 && at + separator.length() > cut) {
				cut = at + separator.length();
			}
		}
		return cut;
	}

	// The same as text.lastIndexOf(separator).
	private static int lastIndexOf(String text, String separator) {
		int mark = 0;
		while (mark < separator.length() - 1 && separator.charAt(mark) == ' ') {
			mark++;
		}
		char markChar = separator.charAt(mark);
		if (text.indexOf(markChar) < 0) {
			// most blocks: ruled out by a forward search (a vector search), which the
			// backward one is not
			return -1;
		}
		int from = text.length() - separator.length() + mark;
		while (from >= mark) {
			int found = text.lastIndexOf(markChar, from);
			if (found < mark) {
				return -1;
			}
			if (text.startsWith(separator, found - mark)) {
				return found - mark;
			}
			from = found - 1;
		}
		return -1;
	}

	private static boolean isCandidate(String text) {
		return isCandidate(text, null);
	}

	// The block the text was read from, when known, judges it as a byline or date line
	// once for every stage that asks.
	static boolean isCandidate(String text, Paragraph block) {
		if (text.length() < 6 || text.length() > MAX_HEADLINE || !Texts.hasLetter(text)) {
			return false;
		}
		if (Texts.spacedWords(text, 2) < 2 || text.endsWith(":") || text.endsWith(",") || isAllLowerCase(text)
				|| isCaptionShaped(text) || isTagList(text) || startsAsContinuation(text) || isMetaBeforeBar(text)
				|| isLabelledDateLine(text) || isCalendarSpan(text)) {
			return false;
		}
		// A block's headline has its key folded already (the block's own, mostly): the
		// checks below read that one instead of each folding the text again.
		String key = (block != null && text.equals(block.headline())) ? block.headlineReadKey() : Texts.key(text);
		return !Boilerplate.isBreadcrumb(text) && !Boilerplate.isSectionLabel(text, key) && !isCaption(text, key, block)
				&& !Texts.isDomainName(text) && !Texts.isListItem(text) && !isBylineOrDateLine(text, block)
				&& !isLabelledByline(text) && !Boilerplate.isBareLink(text) && !isLinkRowKey(key, text)
				&& !isNewWindowLinkKey(key) && !isFurniture(text, key);
	}

	// The block's own caption verdict, judged once, when the text is the block's whole
	// text (its key is then the block's).
	private static boolean isCaption(String text, String key, Paragraph block) {
		return (block != null && text.equals(block.text())) ? block.isCaption() : Boilerplate.isCaption(text, key);
	}

	/**
	 * Whether a line is page furniture by how pages build it (a list between middle dots,
	 * a starred footnote or form field, a phone number, a prompt of the languages' files,
	 * a run of capitalised menu words): never a headline, whatever it scores.
	 */
	static boolean isFurniture(String text) {
		return isFurniture(text, Texts.key(text));
	}

	// Lines a page sets among its furniture, in any language, by how they are built
	// rather than by their words (but for the languages' prompts).
	private static boolean isFurniture(String text, String key) {
		// the cheapest first: most lines are turned away by a character or two
		// a prompt's words in quotes that a clause in lower case goes on to report are
		// someone's (box61)
		return isStarred(text) || isDotList(text) || isPrompt(key) && !Boilerplate.reportsQuotation(text)
				|| hasPhoneNumber(text) || isCapitalisedMenu(text);
	}

	// "Deutsch · English (US) · Türkçe · Español", "Analyse et réflexion · Répression -
	// prisons": items of a few words each between middle dots are a language menu, a
	// category line or a trail; a headline with a site's name after a dot ("A story of
	// five words or more · Site") has a longer part. Any words, unlike
	// Boilerplate.isSectionLabel, which splits at more separators ("Opinion | Politics")
	// but takes only the section names it knows.
	static boolean isDotList(String text) {
		if (text.indexOf('·') < 0 && text.indexOf('•') < 0) {
			return false;
		}
		String[] parts = DOT_LIST_ITEMS.split(text);
		if (parts.length < 2) {
			return false;
		}
		for (String part : parts) {
			if (Texts.words(part, LIST_ITEM_WORDS + 1) > LIST_ITEM_WORDS) {
				return false;
			}
		}
		return true;
	}

	// "*Somente os 12 primeiros …", "Ich bin einverstanden, dass … nutzt.*": a star
	// opens a footnote or closes a form's required field; a headline carries none.
	static boolean isStarred(String text) {
		return text.length() > 1 && (text.charAt(0) == '*' && Character.isLetterOrDigit(text.charAt(1))
				|| text.charAt(text.length() - 1) == '*' && text.charAt(text.length() - 2) != '*');
	}

	// "0800 - 50 40 602 Mo bis Fr …", "… per Tel. unter +4915208649244": a phone number,
	// a run of nine digits or more that opens with a 0 or a plus, its groups set apart
	// by spaces, dashes, slashes or brackets, is a contact line's; so is a North
	// American number, which opens with neither ("303-555-0142", "(303) 555-0142").
	static boolean hasPhoneNumber(String text) {
		if (text.indexOf('-') >= 0 && NORTH_AMERICAN_PHONE.matcher(text).find()) {
			return true;
		}
		if (text.indexOf('0') < 0 && text.indexOf('+') < 0) {
			return false;
		}
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean opens = (c == '+' && i + 1 < length && Character.isDigit(text.charAt(i + 1)) || c == '0')
					&& (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
			if (!opens) {
				continue;
			}
			int digits = 0;
			int j = i;
			for (; j < length; j++) {
				char d = text.charAt(j);
				if (Character.isDigit(d)) {
					digits++;
				}
				else if (" -/()+".indexOf(d) < 0) {
					break;
				}
			}
			if (digits >= PHONE_DIGITS) {
				return true;
			}
			i = j;
		}
		return false;
	}

	// "Sign in to your … account or", "S'abonner - 2 mois pour 1€", "Tipp: du kannst mit
	// der Tastatur blättern": a line that opens with one of the languages' prompts, or
	// does after a one-word label and its colon.
	static boolean isPrompt(String key) {
		if (isPromptAt(key, 0, false)) {
			return true;
		}
		int colon = key.indexOf(':');
		return colon > 0 && colon + 2 < key.length() && key.lastIndexOf(' ', colon) < 0
				&& isPromptAt(key, colon + 1 + ((key.charAt(colon + 1) == ' ') ? 1 : 0), true);
	}

	// After a label's colon only a prompt of several words counts: one word there is as
	// often the headline's verb ("Covid: registrati 12.000 nuovi casi").
	private static boolean isPromptAt(String key, int from, boolean severalWords) {
		String rest = (from == 0) ? key : key.substring(from);
		String prompt = PROMPTS.find(rest);
		return prompt != null && (!severalWords || prompt.indexOf(' ') > 0)
				&& (prompt.length() == rest.length() || !Character.isLetterOrDigit(rest.charAt(prompt.length())))
				&& !(prompt.endsWith(SPONSOR_END) && rest.indexOf(':', prompt.length()) >= 0);
	}

	// A sponsor's line ("Presented by Harbour Bank") ends its prompt with "by" and names
	// the sponsor only; a headline opening so goes on past a colon ("Sponsored by
	// readers: how the paper survives").
	private static final String SPONSOR_END = " by";

	// "Campact Klimakrise Montagslächeln Verkehr Menschenrechte Feminismus …": eight
	// capitalised words or more, not one of them a function word of any language and no
	// punctuation between them, are menu entries saved as one line; a headline in title
	// case has its "of", "to", "und" ("Holocaust-Gedenktag Erinnerung an die Opfer"), or
	// fewer words ("Biden Announces Student Loan Forgiveness Plan").
	static boolean isCapitalisedMenu(String text) {
		// read in place, word by word: most lines fail on their first lower-case word
		int length = text.length();
		int words = 0;
		int from = 0;
		while (from < length) {
			int to = text.indexOf(' ', from);
			if (to < 0) {
				to = length;
			}
			if (to == from || !Character.isUpperCase(text.charAt(from))) {
				return false;
			}
			for (int i = from + 1; i < to; i++) {
				char c = text.charAt(i);
				if (!Character.isLetter(c) && c != '-') {
					return false;
				}
			}
			words++;
			from = to + 1;
		}
		if (words < MENU_WORDS) {
			return false;
		}
		char[] chars = text.toCharArray();
		from = 0;
		while (from < length) {
			int to = text.indexOf(' ', from);
			if (to < 0) {
				to = length;
			}
			if (StopWords.bitsOf(chars, from, to - from) != 0) {
				return false;
			}
			from = to + 1;
		}
		return true;
	}

	// "Give a Gift Subscription this link opens in a new tab", "Gebärdensprache Im neuen
	// Tab öffnen": a link saved with the words a screen reader announces for it.
	static boolean isNewWindowLink(String text) {
		return isNewWindowLinkKey(Texts.key(text));
	}

	private static boolean isNewWindowLinkKey(String key) {
		int length = key.length();
		while (length > 0 && (key.charAt(length - 1) == ')' || key.charAt(length - 1) == '.')) {
			length--;
		}
		key = key.substring(0, length);
		for (String end : NEW_WINDOW) {
			if (key.endsWith(end)) {
				return true;
			}
		}
		return false;
	}

	// "Analysis by Ann Carter", "Text and photos by Ann Carter": a byline after a label
	// of a few words. A headline may name someone after "by" too ("Arsenal set
	// Aubameyang transfer deadline by Real Madrid"), after more words.
	private static boolean isLabelledByline(String text) {
		List<String> names = BylineDetector.afterBy(text);
		if (names == null) {
			return false;
		}
		int at = text.indexOf(names.get(0));
		return at < 0 || Texts.words(text.substring(0, at), LABEL_WORDS + 1) <= LABEL_WORDS;
	}

	// "Besucht uns auf Facebook / Besucht uns auf Twitter / Besucht uns auf Youtube",
	// "Share on X / Share on Facebook": a run of links alike, as many words each and only
	// the last one different, is a menu, not a headline over a byline below it.
	static boolean isInRunOfAlikeLinks(List<Paragraph> paragraphs, int index) {
		String key = paragraphs.get(index).key();
		int lastSpace = key.lastIndexOf(' ');
		if (lastSpace <= 0) {
			return false;
		}
		String stem = key.substring(0, lastSpace + 1);
		// "Bekleidung für Kinder / Schuhe für Kinder / Ausrüstung für Kinder": alike
		// links may differ in their first word instead, the rest (two words at least)
		// the same.
		String ending = key.substring(key.indexOf(' '));
		boolean longEnding = ending.indexOf(' ', 1) > 0;
		for (int other : new int[] { index - 1, index + 1 }) {
			if (other >= 0 && other < paragraphs.size()) {
				String neighbour = paragraphs.get(other).key();
				if (neighbour.equals(key)) {
					continue;
				}
				if (neighbour.length() > stem.length() && neighbour.startsWith(stem)
						&& neighbour.indexOf(' ', stem.length()) < 0) {
					return true;
				}
				if (longEnding && neighbour.length() > ending.length() && neighbour.endsWith(ending)
						&& neighbour.indexOf(' ') == neighbour.length() - ending.length()) {
					return true;
				}
			}
		}
		return false;
	}

	// ". Un point c'est tout", ", said the minister": the rest of a sentence a page split
	// around a link or a quote; "& Jane Roe, Director, …": the second name of a byline
	// set on two lines. A headline starts with a letter, a digit or a quote mark.
	private static boolean startsAsContinuation(String text) {
		return ".,;:)]}&".indexOf(text.charAt(0)) >= 0;
	}

	// "Publish Date:Sat, 28 Nov 2020 01:34 PM (IST)Author: A", "Aktualisiert: 03.05.2021,
	// 10:15 UhrVon A": a date's label and a whole date after it make a meta line,
	// whatever the detectors make of what the page glued to the date; "Update: 3 hurt in
	// crash on the A1" names no date and stays a headline.
	private static boolean isLabelledDateLine(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || colon > LABEL_LENGTH) {
			return false;
		}
		String[] words = Texts.key(text.substring(0, colon)).split(" ");
		if (words.length > 2) {
			return false;
		}
		for (String word : words) {
			if (!DATE_LABELS.contains(word)) {
				return false;
			}
		}
		return namesDate(text.substring(colon + 1));
	}

	// "August 9, 1938 - November 30, 2026": an obituary's life dates under the name, or
	// any span of two dates, is a line of month and weekday names, numbers and signs
	// only; the date detectors read no birth year (MIN_YEAR) and no span, so it would
	// otherwise score as a headline over the name it dates. Two months at least: one
	// date alone is a date line's matter, and "1938 - 2026" names no month.
	static boolean isCalendarSpan(String text) {
		if (!DateParser.mayHoldDate(text)) {
			return false;
		}
		int months = 0;
		for (DateParser.Token token : DateParser.tokenize(text)) {
			if (token.kind() != DateParser.Kind.WORD) {
				continue;
			}
			if (DateParser.month(token) != null) {
				months++;
			}
			else if (!CalendarNames.isWeekday(token.text())) {
				return false;
			}
		}
		return months >= 2;
	}

	// Whether the text names a whole date the date parser reads.
	private static boolean namesDate(String text) {
		return DateParser.mayHoldDate(text) && DateParser.first(text) != null;
	}

	// "Published in The Dunmore Courier on March 12, 2026.": a short sentence that opens
	// with a date's label and names a whole date dates the page as a date line does,
	// though the date detectors, which read no sentences, leave it to the text.
	// The digits the date needs are looked for first: most lines asked hold none, and
	// need no first word cut out and folded.
	private static boolean isLabelledDateSentence(String text) {
		int space = text.indexOf(' ');
		return space > 0 && text.length() < RUNNING_TEXT && DateParser.mayHoldDate(text)
				&& DATE_LABELS.contains(Texts.key(text.substring(0, space))) && DateParser.first(text) != null;
	}

	// "By HNN Staff | November 18, 2019 at 2:26 PM": a byline the parts of which a bar
	// separates, its first part a byline whatever follows.
	private static boolean isMetaBeforeBar(String text) {
		int bar = text.indexOf(" | ");
		return bar > 0 && BylineDetector.isBylineShaped(text.substring(0, bar));
	}

	// "Facebook Instagram Twitter", "Newsletter sign up Newsletter", "Inhalte Inhalte
	// Projekte Projekte", "Delen via Whatsapp Delen via Facebook …": a row of links or
	// labels saved as one line. Half its words or more name social networks, or a word
	// of four letters or more stands twice in a row, three times, or both first and
	// last; a headline repeats itself so seldom ("Mehr Geld, mehr Probleme" is neither).
	// A word said twice to open a line that goes on, the second time in lower case ("Boda
	// boda riders given until March …", a motorcycle taxi's name; "Peinlich, peinlich:
	// Diese Modetrends …"), is a reduplication, as names and exclamations make, not two
	// copies of a link: a link's label and its icon's say the word alike ("Previous
	// Previous post: …", "Cancel Cancel your follow request").
	static boolean isLinkRow(String text) {
		return isLinkRowKey(Texts.key(text), text);
	}

	// As above, for the line's key; the line itself is read only when its first two
	// words are one word twice. Each word is stripped once: the count of a word's copies
	// compares it with every other.
	private static boolean isLinkRowKey(String key, String text) {
		// A key that ends with no space splits into one word more than it has spaces:
		// a long one is let go before it is split.
		if (!key.endsWith(" ") && spacesAbove(key, MAX_LINK_ROW_WORDS - 1)) {
			return false;
		}
		String[] words = key.split(" ");
		if (words.length > MAX_LINK_ROW_WORDS) {
			return false;
		}
		String[] stripped = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			stripped[i] = stripPunctuation(words[i]);
		}
		int social = 0;
		for (int i = 0; i < words.length; i++) {
			String word = stripped[i];
			if (SOCIAL_NETWORKS.contains(word)) {
				social++;
			}
			if (word.length() < 4) {
				continue;
			}
			if (i > 0 && word.equals(stripped[i - 1])
					&& (i > 1 || words.length < REDUPLICATED_OPENING_WORDS || !opensWithReduplication(text))) {
				return true;
			}
			int seen = 0;
			for (String other : stripped) {
				if (word.equals(other)) {
					seen++;
				}
			}
			if (seen >= 3 || i == 0 && words.length > 2 && word.equals(stripped[words.length - 1])) {
				return true;
			}
		}
		return words.length >= 2 && 2 * social >= words.length;
	}

	// Whether the text holds more spaces than the given count.
	private static boolean spacesAbove(String text, int count) {
		int spaces = 0;
		for (int at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
			if (++spaces > count) {
				return true;
			}
		}
		return false;
	}

	// Whether the line's second word is its first again in lower case ("Boda boda …",
	// "Peinlich, peinlich: …"), signs around them left aside.
	private static boolean opensWithReduplication(String text) {
		int space = text.indexOf(' ');
		int next = (space > 0) ? text.indexOf(' ', space + 1) : -1;
		if (next < 0) {
			return false;
		}
		String first = stripPunctuation(text.substring(0, space));
		String second = stripPunctuation(text.substring(space + 1, next));
		return !second.isEmpty() && Character.isLowerCase(second.charAt(0)) && !first.equals(second)
				&& first.equalsIgnoreCase(second);
	}

	private static String stripPunctuation(String word) {
		int from = 0;
		int to = word.length();
		while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
			from++;
		}
		while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
			to--;
		}
		return word.substring(from, to);
	}

	// Where the script has letter case, a headline starts with a capital or a digit;
	// meta lines ("veröffentlicht am 14 Feb") and captions ("vergrößern") often do not.
	// Georgian's letters are lower case to Unicode, but it is written without capitals.
	static boolean startsLowerCase(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				return Texts.isCasedLowerCase(c);
			}
		}
		return false;
	}

	// "Tags: B2B, Interview, LinkedIn", "TAG:CVS Health, CVS Pharmacy, Healthcare": a
	// label and a list of keywords.
	private static boolean isTagList(String text) {
		int colon = text.indexOf(':');
		if (colon < 0 || colon > 25) {
			return false;
		}
		int commas = 0;
		for (int i = colon; i < text.length(); i++) {
			if (text.charAt(i) == ',') {
				commas++;
			}
		}
		return commas >= 3;
	}

	// "PoliticsDonald TrumpJoe Biden": menu entries or tags saved without spaces between
	// them, a lower case letter glued to a capital twice or more.
	private static boolean isGluedMenu(String text) {
		int glued = 0;
		for (int i = 1; i < text.length(); i++) {
			if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
				glued++;
			}
		}
		return glued >= 2;
	}

	// Every word of four letters or more capitalised, but at most one, and four such
	// words at least: the way English headlines are set, and never a sentence (German
	// capitalises nouns only).
	static boolean isTitleCase(String text) {
		return titleCaseExceptions(text) <= 1;
	}

	// Title case with no exception: every word of four letters or more capitalised, four
	// such words at least. A German sentence capitalises its nouns but not its verbs
	// ("Das sagt Münsters Caritas-Chef Kessmann"), so it is not one; isTitleCase lets
	// one lower-case word pass.
	static boolean isFullTitleCase(String text) {
		return titleCaseExceptions(text) == 0;
	}

	// A box's heading set as headlines in title case are: no word of four letters or
	// more in lower case, one capitalised at least ("Today In: Science", "Most Popular");
	// "Venues on the tour" is in sentence case.
	static boolean isTitleCaseHeading(String text) {
		int[] counts = caseCounts(text);
		return counts[0] >= 1 && counts[1] == 0;
	}

	// The words of four letters or more that start in lower case, in a line with at least
	// four such words capitalised; Integer.MAX_VALUE in a line with fewer.
	private static int titleCaseExceptions(String text) {
		int[] counts = caseCounts(text);
		return (counts[0] >= 4) ? counts[1] : Integer.MAX_VALUE;
	}

	// The words of four letters or more that start with a capital, and those that start
	// in lower case.
	private static int[] caseCounts(String text) {
		int[] counts = new int[2];
		for (String word : text.split(" ")) {
			if (word.length() < 4 || !Character.isLetter(word.charAt(0))) {
				continue;
			}
			counts[Character.isUpperCase(word.charAt(0)) ? 0 : 1]++;
		}
		return counts;
	}

	static boolean isAllUpperCase(String text) {
		boolean upper = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			upper |= Character.isUpperCase(c);
		}
		return upper;
	}

	// Only a script with letter case can be all lower case: "read more", not "速報", nor
	// Georgian's "ქუთაისში 40 ახალი ავტობუსი" (Texts.isCasedLowerCase).
	private static boolean isAllLowerCase(String text) {
		if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
			// "2761 թեստավորում, 150 նոր դեպք", "10 best ways to …": a headline in
			// sentence case that opens with a figure has no capital to show.
			return false;
		}
		boolean lower = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
				return false;
			}
			lower |= Texts.isCasedLowerCase(c);
		}
		return lower;
	}

	// "(Jacquelyn Martin / Associated Press)", "A ship leaves port on Aug. 31. (AP)": a
	// credit in brackets, alone or after a sentence, closes a photo caption.
	static boolean isCaptionShaped(String text) {
		if (!text.endsWith(")")) {
			return false;
		}
		int open = text.lastIndexOf('(');
		if (open == 0) {
			return true;
		}
		if (open < 2) {
			return false;
		}
		String before = text.substring(0, open).stripTrailing();
		return !before.isEmpty() && ".!?”\"'’".indexOf(before.charAt(before.length() - 1)) >= 0
				&& Texts.endsWithSentencePunctuation(before);
	}

	// "Get breaking news alerts. The stories that matter.": two sentences are a blurb.
	static boolean hasInnerSentenceEnd(String text) {
		for (int i = 1; i + 2 < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
					&& Character.isUpperCase(text.charAt(i + 2)) && Character.isLowerCase(text.charAt(i - 1))
					&& !(c == '.' && isAbbreviation(text, i))) {
				return true;
			}
		}
		return false;
	}

	// "Rep. Ilhan Omar", "Dr. Jones", "St. Louis": a capitalised word of three letters
	// at most before a full stop is a title or a name's abbreviation, not a sentence's
	// last word.
	private static boolean isAbbreviation(String text, int period) {
		int from = period;
		while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
			from--;
		}
		return period - from <= 3 && Character.isUpperCase(text.charAt(from))
				&& (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)));
	}

	private static boolean isBylineOrDateLine(String text, Paragraph block) {
		if (block != null && text.equals(block.text())) {
			return block.isBylineOrDateLine();
		}
		return BylineDetector.byline(text) != null || BylineDetector.isBylineShaped(text)
				|| DateLineDetector.detect(text) != null;
	}

	/**
	 * The headline found, scored.
	 *
	 * @param text the headline as shown
	 * @param index the block it stands in
	 * @param score how sure the finder is
	 * @param attested whether the page title confirms it, or a byline or date line stands
	 * under it
	 * @param siteName the site the page title names after the headline, or {@code null}
	 */
	record Headline(String text, int index, double score, boolean attested, String siteName) {

	}

	/**
	 * The page's own title, saved by many scrapers as the first line: {@code Headline -
	 * Site}, {@code Site | Headline}, {@code HeadlineSite} (glued), or the headline
	 * alone. A line further down that it repeats is the headline; one that repeats only
	 * the part after its last site separator ({@code siteKeys}) is the site's name.
	 */
	record PageTitle(List<String> keys, List<String> siteNames, List<String> siteKeys, int lines) {

		static PageTitle of(List<Paragraph> paragraphs) {
			List<String> keys = new ArrayList<>();
			List<String> siteNames = new ArrayList<>();
			List<String> siteKeys = new ArrayList<>();
			int top = Math.min(PAGE_TITLE_LINES, paragraphs.size());
			for (int i = 0; i < top; i++) {
				String text = paragraphs.get(i).text();
				if (text.length() > 2 * MAX_HEADLINE) {
					continue;
				}
				keys.add(Texts.key(text));
				String site = null;
				for (String separator : SITE_SEPARATORS) {
					int at = text.lastIndexOf(separator);
					if (at > 0 && separator.equals(" : ")
							&& Texts.spacedWords(text.substring(at + separator.length()), SHORT_SITE) > SHORT_SITE) {
						// "Headline : 読売新聞" names the site; "Guerre en Ukraine : ce que
						// l'on sait" is a French headline's own colon.
						continue;
					}
					if (at > 0 && separator.equals(" « ")
							&& (isQuoteOpening(text, at) || isTrailToHeadline(text, at, separator))) {
						// "Post « Blog" (an old blog theme's title) names the blog after
						// the mark; "Macron : « Nous sommes en guerre »" opens a quote.
						continue;
					}
					if (at > 0) {
						keys.add(Texts.key(text.substring(0, at)));
						site = (site != null) ? site : text.substring(at + separator.length()).strip();
						siteKeys.add(Texts.key(text.substring(at + separator.length())));
					}
					// "Site | Headline": the part after the first separator, unless it is
					// the shorter part ("Headline - The Planetary Press"), the site's
					// name.
					int first = text.indexOf(separator);
					if (first > 0 && Texts.spacedWords(text.substring(first + separator.length()),
							LONG_HEADLINE) > Texts.spacedWords(text.substring(0, first), LONG_HEADLINE)) {
						keys.add(Texts.key(text.substring(first + separator.length())));
					}
				}
				siteNames.add(site);
			}
			return new PageTitle(keys, siteNames, siteKeys, top);
		}

		/**
		 * The part of the page-title line right after the page's headline, up to the next
		 * separator of the same kind: {@code December 3, 2026} in {@code Headline -
		 * December 3, 2026 - Site}; {@code null} when the line does not open with the
		 * headline and a site separator.
		 * @param paragraphs the page's blocks, the page-title line first
		 * @param headline the headline found under it
		 * @return the part, stripped, or {@code null}
		 */
		static String partAfterHeadline(List<Paragraph> paragraphs, String headline) {
			String line = paragraphs.isEmpty() ? "" : paragraphs.get(0).text();
			String key = Texts.key(headline);
			if (line.length() > 2 * MAX_HEADLINE || key.isEmpty()) {
				return null;
			}
			for (String separator : SITE_SEPARATORS) {
				int at = line.indexOf(separator);
				if (at > 0 && Texts.key(line.substring(0, at)).equals(key)) {
					int from = at + separator.length();
					int next = line.indexOf(separator, from);
					return line.substring(from, (next > 0) ? next : line.length()).strip();
				}
			}
			return null;
		}

		// A guillemet that opens a quote: one a closing guillemet follows, or one after a
		// colon, where a French title quotes what was said (a quote cut short keeps no
		// closing mark: "Ridha Chalghoum : « La Tunisie a p…").
		private static boolean isQuoteOpening(String text, int at) {
			return text.indexOf('»', at) >= 0 || text.substring(0, at).stripTrailing().endsWith(":");
		}

		// "Home « News « Council approves new cycle lanes": the marks point back along a
		// trail to the headline, longer than what stands before it, as a blog's name
		// after its post's title seldom is.
		private static boolean isTrailToHeadline(String text, int at, String separator) {
			return Texts.spacedWords(text.substring(at + separator.length()), LONG_HEADLINE) > Texts
				.spacedWords(text.substring(0, at), LONG_HEADLINE);
		}

		// The whole title, a part of it between site separators, or its start when the
		// site's name is glued on without a space (long enough not to be a menu entry).
		// A teaser cut short ("«Wir waren fast 40 Tage in...") starts the title too, but
		// is a link to the story, not its headline. The title's end after its last
		// separator, repeated on a line of its own under it ("Headline | سپین غر خبري
		// ویبپاڼه" over "سپین غر خبري ویبپاڼه"), is the site's masthead, not a headline
		// the site's name is glued to ("Site | Headline": a headline after the
		// separator is one of the keys, and equals it).
		boolean confirms(String headline) {
			return confirms(headline, Texts.key(headline));
		}

		// As above, for a headline whose key the caller has (a block's, kept by it).
		private boolean confirms(String headline, String key) {
			if (key.isEmpty()) {
				return false;
			}
			boolean cutShort = headline.endsWith("...") || headline.endsWith("…");
			for (String title : this.keys) {
				if (title.equals(key) || !cutShort && key.length() >= GLUED_MIN && Texts.words(key, 3) >= 3
						&& (title.startsWith(key) || title.endsWith(key) && !this.siteKeys.contains(key))) {
					return true;
				}
			}
			return false;
		}

		// The end of a headline that is the title, or a part of it between site
		// separators, after a few words glued before it (a section, a kicker), or null.
		// The part has three words or more, long enough not to be a menu entry.
		String namedEnd(String headline, String key) {
			for (String title : this.keys) {
				// the key's end first: most lines end otherwise, and are not split
				int tail = Math.max(title.lastIndexOf(' '), title.length() - 8);
				if (title.length() < GLUED_MIN || key.length() <= title.length() + 1
						|| !key.endsWith(title.substring(tail)) || Texts.words(title, 3) < 3) {
					continue;
				}
				int words = title.split(" ").length;
				String[] tokens = headline.strip().split(" +");
				if (tokens.length <= words || tokens.length - words > SHORT_SITE) {
					continue;
				}
				String end = String.join(" ", List.of(tokens).subList(tokens.length - words, tokens.length));
				String before = tokens[tokens.length - words - 1];
				// "Zirvana operatsiya NABU: yak …": a colon, a dash or a bar before the
				// part joins the headline's own two halves or names the site; a section
				// or a kicker glued on stands with a space only.
				if (Character.isLetterOrDigit(before.charAt(before.length() - 1)) && Texts.key(end).equals(title)) {
					return end;
				}
			}
			return null;
		}

		// Whether the title, or a part of it between site separators, is the headline
		// whole: a line the title merely starts or ends with may be its headline cut
		// ("Krahmer wird neuer …" under a kicker, where the title says "Holger Krahmer
		// wird neuer …").
		boolean confirmsWhole(String headline) {
			String key = Texts.key(headline);
			for (String title : this.keys) {
				// "▷ Headline | Site": a mark before the title is no word of it
				if (title.endsWith(key) && !hasLetterOrDigit(title, 0, title.length() - key.length())) {
					return true;
				}
			}
			return false;
		}

		private static boolean hasLetterOrDigit(String text, int from, int to) {
			for (int i = from; i < to; i++) {
				if (Character.isLetterOrDigit(text.charAt(i))) {
					return true;
				}
			}
			return false;
		}

		// As confirms, but a page title of two words or less that a line repeats whole
		// ("Nennung Online") is the site's name, not a headline; two words that are the
		// title's part before the site's name ("Klimavorreiter Oberland? -
		// Tegernseerstimme") are a headline.
		boolean confirmsHeadline(String headline) {
			return confirmsHeadline(headline, Texts.key(headline));
		}

		// As above, for a headline whose key the caller has: a block's headline, whose
		// key the block keeps (the finder asks from every start it tries, and of every
		// short block of the page for a headline the title names far from the article).
		boolean confirmsHeadline(String headline, String key) {
			// confirms holds only with keys to compare with, so the first one is there.
			return confirms(headline, key)
					&& (Texts.spacedWords(headline, MIN_WORDS) >= MIN_WORDS || !this.keys.get(0).equals(key));
		}

		String siteName() {
			for (String site : this.siteNames) {
				if (site != null && !site.isEmpty()) {
					return site;
				}
			}
			return null;
		}

	}

}
