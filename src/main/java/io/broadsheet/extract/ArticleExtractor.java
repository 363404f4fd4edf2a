package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Turns the bytes of one scraped article file into a {@link ParsedArticle}. Pure: no I/O,
 * no framework, safe to share between threads, and it never throws.
 * <p>
 * The text is decoded, cut into paragraphs, and read from both ends: the header (title,
 * byline, date line, site furniture) from the top, the tail (bios, disclaimers,
 * references, sign-offs, prompts) from the bottom. What lies between, less page
 * furniture, is the body. Curator overrides from front matter or a sidecar file win over
 * what the text says; where both state a field, the sidecar wins, since it is the file a
 * curator keeps beside a scraper-owned text.
 */
public final class ArticleExtractor {

	// A headline or an article this many blocks down the page has navigation above it
	// that the reader's header would take a menu entry of for the title.
	private static final int FAR_DOWN = 12;

	// A headline that nothing attests with this many blocks or more between it and the
	// located text stands apart from it.
	private static final int APART = 2;

	// The most header lines between a headline the masthead rule takes and the text: a
	// date line, a writer's or a desk's credit, a reading time.
	private static final int MAX_HEADER_OVER_TEXT = 3;

	// An attested headline this many blocks or more over the located run stands far from
	// it (see textUnderHeadlineMeta).
	private static final int META_OVER_TEXT_GAP = 3;

	// The run above starts at most so many blocks under that headline, past its meta
	// line.
	private static final int META_REACH = 8;

	// So many blocks over the located run are looked at for a comment's or a teaser's
	// meta line.
	private static final int META_OVER_RUN = 3;

	// A run holds a long paragraph's worth of text with at least so many characters: a
	// deck or a lead alone is shorter (holdsLongText).
	private static final int MIN_LONG_TEXT = 500;

	// A writer's note stands among the body's last blocks: over it, at most the boxes
	// and lists a page sets under the text.
	private static final int NOTE_REACH = 12;

	// How far up from the body's end a note on the piece is looked for: a writer's note,
	// a disclaimer and a shop link may stand under it.
	private static final int END_NOTE_REACH = 4;

	// The shortest section rule (see sectionRuleUnder); a file without one needs no
	// look for it.
	private static final String SECTION_RULE = "___";

	/**
	 * Extracts one article.
	 * @param content the file's bytes
	 * @param sidecar the bytes of a curator's sidecar YAML file, or {@code null}
	 * @return the parsed article, never {@code null}
	 */
	public ParsedArticle extract(byte[] content, byte[] sidecar) {
		List<String> warnings = new ArrayList<>();
		try {
			return extract(content, sidecar, warnings);
		}
		catch (RuntimeException | StackOverflowError ex) {
			// A bug must not cost the curator the file: keep its text, say what happened.
			warnings.add("The extractor failed on this file (" + ex.getClass().getSimpleName()
					+ "); its text is shown without metadata.");
			String text = TextDecoder.decode((content != null) ? content : new byte[0]).strip();
			return new ParsedArticle(null, null, null, null, null, text, null, warnings);
		}
	}

	private ParsedArticle extract(byte[] content, byte[] sidecar, List<String> warnings) {
		String text = TextDecoder.decode((content != null) ? content : new byte[0]);
		String[] lines = text.split("\n", -1);
		FrontMatter frontMatter = FrontMatter.find(lines, warnings);
		Overrides overrides = Overrides.NONE;
		int from = 0;
		if (frontMatter != null) {
			overrides = OverridesParser.parse(frontMatter.yaml(), "front matter", warnings);
			from = frontMatter.bodyStart();
		}
		if (sidecar != null) {
			Overrides fromSidecar = OverridesParser.parse(TextDecoder.decode(sidecar), "sidecar file", warnings);
			overrides = overrides.overriddenBy(fromSidecar);
		}
		List<Paragraph> paragraphs = Paragraphs.split(lines, from);
		Titled titled = titled(paragraphs);
		ArticleLocator.Located located = titled.head().located();
		HeadlineFinder.Headline headline = titled.head().headline();
		ArticleReader reader = titled.reader();
		List<String> bodyTexts = reader.bodyTexts();
		String body = String.join(ArticleReader.BODY_SEPARATOR, bodyTexts);
		Extracted<String> title = titled.title();
		if (title == null) {
			String derived = TitleDetector.derive(body);
			title = (derived != null && !derived.isEmpty()) ? Extracted.derived(derived) : null;
		}
		DateLineDetector.Candidate candidate = DateLineDetector.publicationDate(paragraphs, located.end(),
				(headline != null) ? headline.index() : -1);
		Extracted<LocalDate> date = (candidate != null) ? Extracted.fromText(candidate.date(), candidate.line())
				: DateLineDetector.fallbackDate(paragraphs, reader.bodyBlocks(),
						(headline != null) ? headline.index() : -1,
						(headline != null) ? headline.index() : located.start());
		String language = LanguageDetector.detect(bodyTexts, reader.bodyBlocks(),
				ArticleReader.BODY_SEPARATOR.length());
		// the page's language read, its own byline labels and separators apply
		BylineDetector.Candidate byline = BylineDetector.authors(paragraphs,
				(candidate != null) ? candidate.paragraph() : -1, language);
		// Bylines read over the whole page first; the reader's (under the headline, in
		// an about block or a closing bio) when the page bears them out.
		Extracted<List<String>> authors = (byline != null) ? Extracted.fromText(byline.names(), byline.line())
				: bylineUnderHeadline(paragraphs, headline, reader.authors());
		int dateParagraph = (date != null && date.line() != null) ? Paragraph.indexOfLine(paragraphs, date.line()) : -1;
		if (byline == null && authors != null
				&& !BylineDetector.isCorroborated(paragraphs, authors.value(), authors.line(), dateParagraph)) {
			authors = null;
		}
		if (authors == null && headline != null) {
			// "Sanne de Groot" / "4 december 2026, 10:15" under the headline: the
			// writer's bare name over the date line, in any script
			BylineDetector.Candidate bare = BylineDetector.nameOverDate(paragraphs, headline.index(), dateParagraph);
			authors = (bare != null) ? Extracted.fromText(bare.names(), bare.line()) : null;
		}
		if (authors != null) {
			// a menu's or a heading's words under the headline, which the page also
			// writes in its sentences, are no one's name
			List<String> names = BylineDetector.withoutOrdinaryWords(paragraphs, authors.line(), authors.value(),
					language);
			// the writer's job after a labelled byline's comma ("by Hilary Prowse, Tower
			// Captain"), a word of it written in lower case on the page, is no second
			// writer
			names = (names != null) ? BylineDetector.withoutOfficeAfterComma(paragraphs, authors.line(), names) : null;
			// a site's section set under the headline, which its menu lists again among
			// the other sections, is no one's name
			names = (names != null) ? BylineDetector.withoutMenuEntries(paragraphs, authors.line(), names) : null;
			// the site's name the page title ends with, repeated as a masthead, is no
			// one's
			names = (names != null) ? BylineDetector.withoutSiteName(paragraphs, authors.line(), names) : null;
			if (names == null) {
				authors = null;
			}
			else if (names != authors.value()) {
				authors = Extracted.fromText(names, authors.line());
			}
		}
		List<Paragraph> bodyBlocks = reader.bodyBlocks();
		int signatureLine = -1;
		if (byline != null && authors != null && !bodyBlocks.isEmpty() && bodyBlocks.get(0).line() == byline.line()
				&& isBylineOnly(bodyBlocks.get(0).text())) {
			// the writer's line read over the whole page opens the body, which the
			// header walk left (a prefix of the page's own language, which it does
			// not know; a byline under a long menu): it is no line of the text
			signatureLine = byline.line();
		}
		if (authors == null && !bodyBlocks.isEmpty()) {
			// no byline above the text: the writer may sign under it
			BylineDetector.Candidate signature = BylineDetector.signature(paragraphs,
					Paragraph.indexOfLine(paragraphs, bodyBlocks.get(bodyBlocks.size() - 1).line()));
			authors = (signature != null) ? Extracted.fromText(signature.names(), signature.line()) : null;
			if (signature != null && signature.line() <= bodyBlocks.get(bodyBlocks.size() - 1).line()) {
				// the signature is the writer's name, no line of the text
				signatureLine = signature.line();
			}
		}
		if (authors != null) {
			// a byline set on several lines: ", B | …" and "and C | …" under "By A | …"
			List<String> names = BylineDetector.withNamesBelow(paragraphs, authors.line(), authors.value());
			authors = (names != authors.value()) ? Extracted.fromText(names, authors.line()) : authors;
			// "By A" over the text, "Reporting by A in Helsinki and B in Stockholm;
			// Editing by C" under it: the wire's credit line names every reporter
			Extracted<List<String>> credited = reader.creditedAuthors();
			if (credited != null && credited.value().size() > authors.value().size()
					&& credited.value().containsAll(authors.value())) {
				authors = credited;
			}
		}
		int end = endNote(bodyTexts, (authors != null) ? writersNote(bodyTexts, authors.value()) : bodyTexts.size());
		if (signatureLine >= 0 || end < bodyTexts.size() || text.contains(SECTION_RULE)) {
			body = bodyWithout(bodyTexts, bodyBlocks, signatureLine, end, paragraphs, lines);
		}
		return new ParsedArticle(override(overrides.title(), title), override(overrides.authors(), authors),
				override(overrides.publishedDate(), date), override(overrides.publisher(), reader.publisher()),
				override(overrides.url(), null), body, language, warnings);
	}

	// How long a byline line that opens the body may be.
	private static final int MAX_OPENING_BYLINE = 80;

	// Whether a line is a byline alone, no sentence that names its writer ("WASHINGTON
	// (Reuters) - By …" opens the text's first paragraph).
	private static boolean isBylineOnly(String text) {
		return text.length() <= MAX_OPENING_BYLINE && !Texts.isRunningText(text)
				&& !Texts.endsWithSentencePunctuation(text);
	}

	// The body's first blocks up to {@code end}, without the block on the given line,
	// with the section rules that stand right under them (see sectionRuleUnder).
	private static String bodyWithout(List<String> texts, List<Paragraph> blocks, int line, int end,
			List<Paragraph> paragraphs, String[] lines) {
		List<Integer> kept = new ArrayList<>(end);
		for (int i = 0; i < end; i++) {
			if (blocks.get(i).line() != line) {
				kept.add(i);
			}
		}
		List<String> body = new ArrayList<>(kept.size());
		int onPage = 0;
		for (int k = 0; k < kept.size(); k++) {
			Paragraph block = blocks.get(kept.get(k));
			while (paragraphs.get(onPage) != block) {
				onPage++;
			}
			body.add(texts.get(kept.get(k)));
			Paragraph below = (onPage + 1 < paragraphs.size()) ? paragraphs.get(onPage + 1) : null;
			if (k + 1 == kept.size() || blocks.get(kept.get(k + 1)) == below) {
				String rule = sectionRuleUnder(block, below, lines);
				if (rule != null) {
					body.add(rule);
				}
			}
		}
		return String.join(ArticleReader.BODY_SEPARATOR, body);
	}

	/**
	 * A wire story's section rule, a line of underscores ("___"), between a block of the
	 * body and the page's next block, when that block is the body's next or the body ends
	 * above it: the Associated Press parts a story's sections, a live page's entries and
	 * the text from its contributors' note with it, and the labels of every real page
	 * that has one keep it as a line of the text, between the paragraphs as under the
	 * last. The paragraph split reads it as a blank line (a page's ornament), so it is
	 * looked for among the file's lines. A rule under a block the body left out (a
	 * menu's, a donation box's) stays out.
	 * @param block a block of the body
	 * @param below the page's block under it, or {@code null} at the page's end
	 * @param lines the file's lines
	 * @return the rule's line, or {@code null} when none stands there
	 */
	private static String sectionRuleUnder(Paragraph block, Paragraph below, String[] lines) {
		int to = (below != null) ? below.line() - 1 : lines.length;
		for (int i = block.line(); i < to; i++) {
			String line = lines[i].strip();
			if (isSectionRule(line)) {
				return line;
			}
		}
		return null;
	}

	// Three underscores or more and nothing else ("___").
	private static boolean isSectionRule(String line) {
		return line.startsWith(SECTION_RULE) && line.chars().allMatch((c) -> c == '_');
	}

	/**
	 * Where the body ends above a writer's note under the text ("Dana Whitcomb covers
	 * education for The Courier. Reach her at …", "Aaron Feld covers state courts. Lucia
	 * Moreno reports on utilities."): a block among the body's last that opens with the
	 * name of one of the page's authors and says something of them. The note ends the
	 * article, and what follows it is the page's (the topics, a list of other stories),
	 * so the body ends above it, when more of the body stands above it than under it. The
	 * bylines named the writers: a closing sentence on someone else is the article's. A
	 * sentence on the writer with no role word in it ("editor", "writer") that a
	 * paragraph of running text follows, no note of another writer, is the text's own (a
	 * reporter held at the border, a live page's handover: "Maria Keller here, taking
	 * over …"): the text goes on under it. A note's own sentences name a role, and the
	 * running text under one is the page's (a copyright notice, a comments rule).
	 * @param texts the body's blocks
	 * @param writers the authors found on the page
	 * @return the index of the note's block, or the number of blocks when there is none
	 */
	private static int writersNote(List<String> texts, List<String> writers) {
		int note = noteOverEnd(texts, texts.size(), NOTE_REACH,
				(i) -> BioDetector.opensWithWriter(texts.get(i), writers) && !textGoesOn(texts, i, writers));
		// A short line that ends no sentence right over the note is the site's, not the
		// text's last: a prompt ("Share your news in Class Notes"), a button's label, the
		// writer's name alone: the labels of dev and the open sets drop 36 of the 38.
		if (note < texts.size() && note > 1 && texts.get(note - 1).length() <= PROMPT_OVER_NOTE
				&& !Texts.endsWithSentencePunctuation(texts.get(note - 1))) {
			return tagsOver(texts, note - 1);
		}
		return note;
	}

	// The longest line over a writer's note read as the site's when it ends no sentence.
	private static final int PROMPT_OVER_NOTE = 80;

	// A topic's tag is a few words ("Small business", "Marietta"), and a page sets a
	// handful of them.
	private static final int MAX_TAG_WORDS = 4;

	private static final int MAX_TAGS = 8;

	/**
	 * Where the body ends over the line above a writer's note: above the page's tags when
	 * they stand over that line, a run of lines of a few words each that end no sentence
	 * ("Small business" / "Marietta" / "Arts" / "Tobias Wren" / "Tobias Wren covers …"),
	 * right under a block that closes a sentence, the text's last: a list the text
	 * introduces stands under its colon.
	 */
	private static int tagsOver(List<String> texts, int line) {
		int top = line;
		while (top > 1 && line - top < MAX_TAGS && isTag(texts.get(top - 1))) {
			top--;
		}
		return (top < line && Texts.closesSentence(texts.get(top - 1))) ? top : line;
	}

	// A tag names its topic in words; a short line with a figure in it is a list of the
	// text's own ("Tuesday to Friday 9-6", "500 g flour", "3 1986": hours, a recipe, a
	// quiz's answers), which the text's last sentence introduced (review61d).
	private static boolean isTag(String text) {
		return Texts.words(text, MAX_TAG_WORDS + 1) <= MAX_TAG_WORDS && !Texts.endsWithSentencePunctuation(text)
				&& text.chars().noneMatch(Character::isDigit);
	}

	/**
	 * Where the body ends above a note on the piece among its last blocks ("This column
	 * first appeared in …", "Adapted from … Reprinted by permission."), when more of the
	 * body stands above it than under it. The walk up from the page's end takes such a
	 * note as the article's end ({@link EndNotes}), but stops short of it under a block
	 * it reads as text: a writer's note ("Ruth Caldwell writes about family and money.
	 * Reach her at …") or a shop link's disclaimer.
	 * @param texts the body's blocks
	 * @param end the index after the body's last block so far
	 * @return the index of the note's block, or {@code end} when there is none
	 */
	private static int endNote(List<String> texts, int end) {
		// A note's words over a paragraph of running text open a sentence of the text
		// ("Adapted from the novel, the film keeps …"): no note there.
		return noteOverEnd(texts, end, END_NOTE_REACH,
				(i) -> EndNotes.endsText(texts.get(i), (i + 1 < end) ? texts.get(i + 1) : null));
	}

	// The walk both notes share: up from {@code end} over {@code reach} blocks (never the
	// first), the highest block the test takes as a note with more of the body's
	// characters above it than in it and under it down to {@code end}; or {@code end}.
	private static int noteOverEnd(List<String> texts, int end, int reach, IntPredicate isNote) {
		int found = end;
		int below = 0;
		for (int i = end - 1; i > 0 && i >= end - reach; i--) {
			int length = texts.get(i).length();
			if (isNote.test(i)) {
				int above = 0;
				for (int j = 0; j < i && above <= below + length; j++) {
					above += texts.get(j).length();
				}
				found = (above > below + length) ? i : found;
			}
			below += length;
		}
		return found;
	}

	// Whether the block, naming no role, has a paragraph of running text under it, no
	// other writer's note, that goes on with the article.
	private static boolean textGoesOn(List<String> texts, int i, List<String> writers) {
		return i + 1 < texts.size() && !BioDetector.hasRole(texts.get(i)) && Texts.isRunningText(texts.get(i + 1))
				&& !BioDetector.opensWithWriter(texts.get(i + 1), writers);
	}

	// "Also: Santa Ana winds to peak Friday" / "By Dana Whitford | 1 hour ago" / "FIRE" /
	// the headline / "By Marisol Quintanilla | Published …": the reader's header walk
	// read the byline under the first headline-shaped line, another story's teaser; the
	// headline the finder chose stands lower, and a byline right under it is the
	// article's. The reader's writers otherwise.
	private static Extracted<List<String>> bylineUnderHeadline(List<Paragraph> paragraphs,
			HeadlineFinder.Headline headline, Extracted<List<String>> read) {
		if (read == null || read.line() == null || headline == null || headline.index() + 1 >= paragraphs.size()
				|| paragraphs.get(headline.index()).line() <= read.line()) {
			return read;
		}
		Paragraph under = paragraphs.get(headline.index() + 1);
		return (under.byline() != null) ? Extracted.fromText(under.byline(), under.line()) : read;
	}

	/**
	 * The title the rules choose for a file, with where the article and its headline were
	 * found: what a tool that weighs other lines against the rules' choice (the tests'
	 * {@code HeadlineRankerFit}) starts from.
	 * @param content the file's bytes
	 * @return the page's blocks, the article's start, the headline found and the title
	 */
	static RuledTitle ruledTitle(byte[] content) {
		String[] lines = TextDecoder.decode(content).split("\n", -1);
		FrontMatter frontMatter = FrontMatter.find(lines, new ArrayList<>());
		List<Paragraph> paragraphs = Paragraphs.split(lines, (frontMatter != null) ? frontMatter.bodyStart() : 0);
		Titled titled = titled(paragraphs);
		return new RuledTitle(paragraphs, titled.head().located().start(), titled.head().headline(), titled.title());
	}

	// The article read, and the title the rules choose: the reader's, or the finder's
	// headline when the reader has none, the article or the headline starts far down, or
	// a byline, date line or page title attests the headline. A locator that put the
	// article's start at the top of the page leaves the reader the page's first lines
	// (a menu's "Most read"), while the finder looked further down for the headline.
	private static Titled titled(List<Paragraph> paragraphs) {
		Head head = head(paragraphs);
		ArticleLocator.Located located = head.located();
		HeadlineFinder.Headline headline = head.headline();
		// A headline that a byline or date line attests inside the located run starts the
		// article: what the run holds above it is another story's, a teaser list or a
		// menu of blurbs long enough to count as text and joined to the article by it.
		boolean inside = headline != null && headline.attested() && headline.index() > located.start()
				&& headline.index() < located.end();
		int start = inside ? headline.index() : located.start();
		// A list of teasers below the text ends the article, though their blurbs joined
		// the run: the tail is read from the list's first headline.
		int end = ArticleLocator.teasersBelow(paragraphs, start, located.end());
		ArticleReader reader = new ArticleReader(paragraphs, start, end,
				(headline != null) ? headline.index() : located.start(), inside, end < located.end(),
				located.boxStart(), located.boxEnd(), located.headerOnly());
		reader.read();
		Extracted<String> title = reader.title();
		boolean masthead = headline != null && title != null
				&& isMastheadOverHeadline(paragraphs, title, headline, start);
		if (headline != null && (title == null || Math.max(located.start(), headline.index()) > FAR_DOWN
				|| headline.attested() || masthead)) {
			title = Extracted.fromText(headline.text(), paragraphs.get(headline.index()).line());
		}
		if (title != null) {
			title = HeadlineFinder.namedWhole(paragraphs, HeadlineFinder.withoutGluedParts(paragraphs, title));
			reader.leaveOutHeadline(title, start);
			reader.leaveOutHeaderUnderHeadline(title, start);
		}
		if (masthead && isUnreadDateUnder(paragraphs, headline.index(), start)) {
			// a date the detectors do not read stands where the date line would, and the
			// header's lines from it down to the text (a desk's credit) leave the body
			// with the headline; under a date line read, the reader's walk keeps a line
			// of several words, as often the text's first ("By the Waters of Babylon"),
			// and a short line right under the headline may be the text's ("Serves
			// eight"); under the unread date too, a line with a lower-case word is the
			// text's own (a poem's first lines, review53d), and the walk stops there
			reader.leaveOutHeaderOverText(headline.index() + 1, creditsEnd(paragraphs, headline.index() + 2, start));
		}
		reader.leaveOutLinesOverHeaderMeta();
		reader.leaveOutRelativeStamps();
		return new Titled(head, reader, title);
	}

	// A short page's header is read from its first line, and the reader takes that line
	// for the title when it reads as one: on a page saved without a page-title line, the
	// site's or the society's name ("Kelbrook & District Local History Society") over
	// its menus. The finder's headline, another line standing right over the article's
	// first block, is the title there, though nothing attests it: the first line
	// does not name it, so it is no page title of the article's. A byline between the
	// two stands under the first line: that is the headline, and the line over the
	// text is its deck or kicker ("Six-year dispute … ends as councillors vote",
	// review43a). A date line alone heads a blog's post under the blog's name. The first
	// line is the first that is no noise (a skip link's "Skip to content" saved over
	// the masthead), and the headline stands right over the text or over a few header
	// lines over it that nothing reads as a byline: a date line, a day-first "4/12/2026"
	// the detectors leave, a desk's "Media and Communications Team" (blind30's council,
	// whose name over its menu and breadcrumb was the title).
	private static boolean isMastheadOverHeadline(List<Paragraph> paragraphs, Extracted<String> title,
			HeadlineFinder.Headline headline, int start) {
		int first = HeadlineFinder.nextShown(paragraphs, 0);
		if (title.line() == null || first >= paragraphs.size() || title.line() != paragraphs.get(first).line()
				|| headline.index() <= first || !isHeaderOverText(paragraphs, headline.index() + 1, start)) {
			return false;
		}
		for (int i = first + 1; i < headline.index(); i++) {
			if (paragraphs.get(i).isBylineOrDateLine() && paragraphs.get(i).dateLine() == null) {
				return false;
			}
		}
		return true;
	}

	// Whether the blocks from {@code from} to the text's first block {@code start} are
	// none, or a few header lines under a headline: noise (a date the detectors do not
	// read) or short lines that are no sentence, no running text and no byline (a date
	// line is one: see ArticleReader.isShortHeadLine). A byline names a writer the reader
	// takes from the header; a deck, a lead or a teaser's blurb is longer. A line right
	// under the headline opening in lower case, no date line, goes on from it: the line
	// found is a poem's or a verse's first, no headline (review53d).
	private static boolean isHeaderOverText(List<Paragraph> paragraphs, int from, int start) {
		if (start < from || start - from > MAX_HEADER_OVER_TEXT) {
			return false;
		}
		for (int i = from; i < start; i++) {
			Paragraph block = paragraphs.get(i);
			String text = block.text();
			if (!block.isNoise() && (!ArticleReader.isShortHeadLine(text) || Texts.isRunningText(text)
					|| block.isBylineOrDateLine() && block.dateLine() == null
					|| i == from && block.dateLine() == null && HeadlineFinder.startsLowerCase(text))) {
				return false;
			}
		}
		return true;
	}

	// The first block from {@code from} down to the text's first block {@code start} that
	// holds a lower-case word of four letters or more: a desk's or an office's credit
	// capitalises its words ("Media and Communications Team", "Press Office",
	// "Pressestelle"), a poem's or the text's first line does not ("The tide comes in at
	// four"); {@code start} if there is none.
	private static int creditsEnd(List<Paragraph> paragraphs, int from, int start) {
		for (int i = from; i < start; i++) {
			if (Texts.holdsLowerCaseWord(paragraphs.get(i).text())) {
				return i;
			}
		}
		return start;
	}

	// Whether the block right under the headline, above the text, is a date no detector
	// reads: noise with a digit and no date line ("4/12/2026", day first on an Australian
	// council's page).
	private static boolean isUnreadDateUnder(List<Paragraph> paragraphs, int headline, int start) {
		if (headline + 1 >= start) {
			return false;
		}
		Paragraph under = paragraphs.get(headline + 1);
		return under.isNoise() && under.dateLine() == null && Texts.hasDigit(under.text());
	}

	// Where the article lies, and its headline. The run where text outweighs furniture
	// most is the article, unless the finder sees no headline above it, or only a weak
	// one (nothing attests it, and it scores low or does not name the run's matter), or
	// one that nothing attests standing apart from the run's text, while the run of text
	// above it stands under a headline that a byline, a date line or the page title
	// attests, or, where the line found is weak, under one right over it that names its
	// matter (namesRunAbove): there a comments section, a tail of related stories with
	// much running text, a box of notices, or a dialog's or a sidebar's text outweighed
	// the article it follows.
	private static Head head(List<Paragraph> paragraphs) {
		ArticleLocator.Located located = ArticleLocator.locate(paragraphs);
		HeadlineFinder.Headline headline = HeadlineFinder.find(paragraphs, located.start());
		if (headline == null || HeadlineFinder.isWeak(headline, paragraphs, located.start())
				|| isApart(headline, located)) {
			ArticleLocator.Located above = ArticleLocator.above(paragraphs, located);
			HeadlineFinder.Headline its = (above != null) ? HeadlineFinder.find(paragraphs, above.start()) : null;
			if (its != null && (its.attested() || namesRunAbove(paragraphs, located, headline, above, its))) {
				return new Head(ArticleLocator.withLeadAboveBox(paragraphs, above, its.index()), its);
			}
		}
		if (headline == null) {
			return new Head(located, null);
		}
		Head overMeta = textUnderHeadlineMeta(paragraphs, located, headline);
		if (overMeta != null) {
			return overMeta;
		}
		// The article's first paragraphs over a list they introduce, which the run starts
		// under; where the finder read the list's last line as the headline, the headline
		// stands above them.
		ArticleLocator.Located overList = ArticleLocator.withLeadAboveList(paragraphs, located, headline.index());
		if (overList != located) {
			return new Head(overList, (headline.index() < overList.start()) ? headline
					: HeadlineFinder.find(paragraphs, overList.start()));
		}
		// Under the headline, the article's first paragraphs above a box the run starts
		// under are its lead; with no box, so is a paragraph right under the headline
		// that the run left out for its few stop words.
		ArticleLocator.Located withLead = ArticleLocator.withLeadAboveBox(paragraphs, located, headline.index());
		ArticleLocator.Located text = (withLead != located) ? withLead
				: ArticleLocator.withFirstParagraphUnderHeadline(paragraphs, located, headline.index());
		if (text == located) {
			// or a lead under the byline that the run left out for the cookie it names
			text = ArticleLocator.withCookieLeadUnderMeta(paragraphs, located, headline.index());
		}
		return new Head(text, foundAgain(paragraphs, located, text, headline));
	}

	// The headline found again from the article's own start, where the run was moved up
	// to its lead over a box or to its first paragraph: the finder weighed the lines
	// above against the words of the run located, the text under the box, and there the
	// headline ("Maple producers to get 12 cents more a pound …"), whose words the lead
	// holds, named too little of the article to win over the deck right over the byline
	// (blind29). Over dev and every open set the start moves so on 16 pages; found again
	// from the lead, the headline is the same on 15.
	private static HeadlineFinder.Headline foundAgain(List<Paragraph> paragraphs, ArticleLocator.Located located,
			ArticleLocator.Located text, HeadlineFinder.Headline headline) {
		if (text.start() == located.start()) {
			return headline;
		}
		HeadlineFinder.Headline again = HeadlineFinder.find(paragraphs, text.start());
		return (again != null && again.index() < text.start()) ? again : headline;
	}

	/**
	 * The article under its headline and meta line, above a run located lower down that
	 * reads as a comment, a teaser or another piece: a headline that a byline or date
	 * line attests stands far over the located run, the run above starts right under that
	 * meta line and holds a long paragraph's worth of text, and a byline or date line
	 * stands inside the located run or right over it (a comment's "Name 29.07.2020 //
	 * 12:56", a teaser's "by … / Nov 20, 2020", the next release's time stamp). The
	 * located run outweighed the article with the comments' or the teasers' running text;
	 * an article's own text carries no meta line of its own. A deck or a lead right under
	 * the headline with the byline under it (the run above short, or starting over the
	 * meta line) is no such article: the located run is the text.
	 * @return the run above with its headline, or {@code null} to keep the run located
	 */
	private static Head textUnderHeadlineMeta(List<Paragraph> paragraphs, ArticleLocator.Located located,
			HeadlineFinder.Headline headline) {
		int at = headline.index();
		if (!headline.attested() || at > located.start() - META_OVER_TEXT_GAP) {
			return null;
		}
		ArticleLocator.Located above = ArticleLocator.above(paragraphs, located);
		if (above == null || above.start() <= at + 1 || above.start() > at + META_REACH) {
			return null;
		}
		if (!holdsMetaLine(paragraphs, at + 1, above.start())
				|| !holdsMetaLine(paragraphs, Math.max(above.end(), located.start() - META_OVER_RUN), located.end())) {
			return null;
		}
		if (!holdsLongText(paragraphs, above)) {
			return null;
		}
		HeadlineFinder.Headline its = HeadlineFinder.find(paragraphs, above.start());
		if (its == null || its.index() != at || !its.attested()) {
			return null;
		}
		return new Head(ArticleLocator.withLeadAboveBox(paragraphs, above, at), its);
	}

	// Whether the run holds a long paragraph's worth of text: a deck, a lead or a
	// dialog's message alone is shorter.
	private static boolean holdsLongText(List<Paragraph> paragraphs, ArticleLocator.Located run) {
		int length = 0;
		for (int i = run.start(); i < run.end() && length < MIN_LONG_TEXT; i++) {
			length += paragraphs.get(i).text().length();
		}
		return length >= MIN_LONG_TEXT;
	}

	/**
	 * Whether the run above the one located is the article though nothing attests its
	 * headline: the located run's headline is weak (it names none of the run's matter: a
	 * teaser's headline over a sidebar of obituaries whose text outweighed the article),
	 * while a headline that names the run above stands right over its first block, and
	 * that run holds a long paragraph's worth of text. The article's date may stand over
	 * its headline, in a kicker's line, where no rule reads it as the headline's; the two
	 * headlines tell which run is the article. A dialog's message under its heading is
	 * shorter ("Tweet with a location"). Over dev and every open set the run moves so on
	 * one page (dev's Hungarian poll over a column of death notices).
	 * @param paragraphs the page's blocks
	 * @param located the article as located
	 * @param headline the headline found over it, or {@code null}
	 * @param above the run above it
	 * @param its the headline found over the run above
	 * @return whether the run above is the article
	 */
	private static boolean namesRunAbove(List<Paragraph> paragraphs, ArticleLocator.Located located,
			HeadlineFinder.Headline headline, ArticleLocator.Located above, HeadlineFinder.Headline its) {
		return headline != null && HeadlineFinder.isWeak(headline, paragraphs, located.start())
				&& its.index() == above.start() - 1 && !HeadlineFinder.isWeak(its, paragraphs, above.start())
				&& holdsLongText(paragraphs, above);
	}

	// Whether a byline or date line stands among the blocks from {@code from} to {@code
	// to}.
	private static boolean holdsMetaLine(List<Paragraph> paragraphs, int from, int to) {
		for (int i = from; i < to; i++) {
			if (paragraphs.get(i).isBylineOrDateLine()) {
				return true;
			}
		}
		return false;
	}

	// A line found that nothing attests, with two blocks or more between it and the
	// located text, anchors the article less than one right over the text: it is as
	// often a dialog's question ("Are you sure you want to delete your account?" over
	// "Yes No" and a privacy notice) or a sidebar's prompt over a disclaimer, and it is
	// not weak, since it names the run's matter, the dialog's or the sidebar's own text.
	// Only an attested headline over the run above outweighs it.
	private static boolean isApart(HeadlineFinder.Headline headline, ArticleLocator.Located located) {
		return !headline.attested() && headline.index() < located.start() - APART;
	}

	private static <T> Extracted<T> override(T value, Extracted<T> extracted) {
		return (value != null) ? Extracted.override(value) : extracted;
	}

	private record Head(ArticleLocator.Located located, HeadlineFinder.Headline headline) {

	}

	private record Titled(Head head, ArticleReader reader, Extracted<String> title) {

	}

	record RuledTitle(List<Paragraph> paragraphs, int start, HeadlineFinder.Headline headline,
			Extracted<String> title) {

	}

}
