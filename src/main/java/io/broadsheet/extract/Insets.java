package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what a page sets into an article's text without being part of it, by the shape of
 * the text around it rather than by its words: a pull quote (a sentence of the article
 * repeated on a line of its own), an image gallery (numbered pictures, "1 / 4", "Foto 2
 * di 5", "3 из 4", each with its caption), a table's rows parted by bars and a shop box's
 * priced items. Read on the located article's blocks, once the reader has taken out what
 * it knows to be furniture.
 */
final class Insets {

	// A pull quote says a sentence's worth: shorter, a repeated name or phrase ("the
	// council", "Amara Osei") is the article's own repetition.
	private static final int MIN_QUOTE_LETTERS = 20;

	// Words of a spaced language (Texts.spacedWords): a Chinese quote of eight characters
	// is four, whatever its first character (units60).
	private static final int MIN_QUOTE_WORDS = 4;

	private static final int MAX_QUOTE = 300;

	// "Foto 12 di 250", "Image 3 of 8": a counter is this short.
	private static final int MAX_COUNTER = 25;

	// A caption under a numbered picture, and the gallery's heading above the first.
	private static final int MAX_CAPTION = 200;

	private static final int MAX_GALLERY_HEADING = 40;

	// A table's rows, under a short heading: "Candidate | Votes | %" and two
	// candidates; two lines parted by bars are a byline over a date line as often.
	private static final int MIN_TABLE_ROWS = 3;

	private static final int MAX_ROW = 150;

	// A cell holds a name, a figure or a few words ("Continental steers 400-500kg").
	private static final int MAX_CELL = 40;

	private static final String CELL_BAR = " | ";

	private static final int MAX_TABLE_HEADING = 50;

	// "Share of entries by grade, England": a subject, a measure and a place.
	private static final int MAX_TABLE_HEADING_WORDS = 6;

	// A shop box offers two items or more; one is an item the text prices.
	private static final int MIN_PRICE_LINES = 2;

	private static final int MAX_PRICE_LINE = 100;

	// A fact box holds three facts or more: two are as often a byline over a date line
	// ("Autor: …", "Objavljeno: …") or a sentence's pair.
	private static final int MIN_FACT_LINES = 3;

	private static final int MAX_FACT_LINE = 80;

	// "Yes to strike", "Listing agent": a label names a fact in a few words; "Q" and "A"
	// are an interview's.
	private static final int MAX_FACT_LABEL_WORDS = 4;

	private static final int MIN_FACT_LABEL = 2;

	// The words of the label of a line under three lines of a fact box: the box is sure,
	// and its last line may name a longer thing ("Subsidy from the county council").
	private static final int MAX_LAST_FACT_LABEL_WORDS = 8;

	// A value is a figure, a name or a few words; a teaser's headline after its section's
	// label ("Callahan: Bill Belichick is hurting his own fight …") runs longer.
	private static final int MAX_FACT_VALUE = 50;

	private static final String FACT_COLON = ": ";

	private Insets() {
	}

	/**
	 * Marks the pull quotes among the body's blocks: a block whose letters and digits,
	 * quotes and punctuation left out, stand inside the longer paragraph right above or
	 * below it. A page repeats a quotation of its text in large type beside the paragraph
	 * it comes from; the words would count twice. Only beside it: a sentence the article
	 * repeats further away (a heading over a section, a summary's point, a quotation
	 * answered later) is its text, and the dev pages' labels keep pull quotes set farther
	 * from their paragraph. A whole paragraph's line said again one or two paragraphs
	 * under it is its pull quote too ({@link #isPullQuoteCopy}): the second copy leaves.
	 * @param blocks the page's blocks
	 * @param from the body's first block
	 * @param to the index after its last block
	 * @param removed the blocks the body leaves out, updated
	 */
	static void removePullQuotes(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		// Each block's letters are read once, and a neighbour longer than a paragraph is
		// never searched: many quotes beside one very long block stay linear.
		String[] letters = new String[to - from];
		int previous = -1;
		LineIndex lines = LineIndex.of(blocks);
		for (int i = from; i < to; i++) {
			if (removed[i]) {
				continue;
			}
			String text = blocks.get(i).text();
			if (lines.isShownElsewhere(i) && saysAgainAbove(blocks, from, i, removed)) {
				removed[i] = true;
				continue;
			}
			if (text.length() <= MAX_QUOTE) {
				// read already when it was the block above's neighbour, and kept for the
				// block below, whose neighbour it is
				String quote = letters[i - from];
				if (quote == null) {
					quote = lettersAndDigits(text);
					letters[i - from] = quote;
				}
				if (quote.length() >= MIN_QUOTE_LETTERS && isQuotedOrSentence(text)
						&& Texts.spacedWords(text, MIN_QUOTE_WORDS) >= MIN_QUOTE_WORDS
						&& (repeats(blocks, from, letters, previous, quote)
								|| repeats(blocks, from, letters, nextKept(removed, i + 1, to), quote))) {
					removed[i] = true;
					continue;
				}
			}
			previous = i;
		}
	}

	// Whether a kept block a few lines above says the block again whole: it is the
	// paragraph's pull quote, and its second copy leaves (see isPullQuoteCopy). Asked
	// only of a block the page's LineIndex shows elsewhere.
	private static boolean saysAgainAbove(List<Paragraph> blocks, int from, int i, boolean[] removed) {
		for (int first = i - MIN_PULL_QUOTE_GAP; first >= from && first >= i - MAX_PULL_QUOTE_GAP; first--) {
			if (!removed[first] && isPullQuoteCopy(blocks, first, i)) {
				return true;
			}
		}
		return false;
	}

	// A pull quote set as a whole paragraph said again stands one or two paragraphs
	// under it; right under it, the twin is a blog's excerpt over its text (see the
	// locator's excerptsOverText), farther away a summary's point or a heading.
	static final int MIN_PULL_QUOTE_GAP = 2;

	static final int MAX_PULL_QUOTE_GAP = 3;

	/**
	 * Whether block {@code copy} says block {@code first} again whole, as a pull quote
	 * set in large type between the paragraphs shows a whole paragraph's line a little
	 * under it ("The theatre seats 80 on benches …" / the next paragraph / the same line
	 * again): the first copy is the text's, the second the quote. Only a sentence closed
	 * by a full stop of some script, one or two blocks between: a teaser's headline said
	 * twice ends with none, a tweet's credit line under each of two tweets is no
	 * sentence, and a line ending in a colon leads into what follows it. A statement,
	 * with sentences between (review58d): an interview's question asked again ("Why did
	 * you come back?" / the answer / the question again) is the text's, and so is a
	 * refrain said again under a verse line, which closes with a comma or nothing. In
	 * Chinese and Japanese too (script59): their full-width stops close the sentences,
	 * and the words are counted by the characters, two a word, as a headline's are
	 * ({@link Texts#spacedWords}); Thai writes no stop, and a line said twice there is
	 * told from a menu's by nothing.
	 */
	static boolean isPullQuoteCopy(List<Paragraph> blocks, int first, int copy) {
		int gap = copy - first;
		if (gap < MIN_PULL_QUOTE_GAP || gap > MAX_PULL_QUOTE_GAP) {
			return false;
		}
		String text = blocks.get(copy).text();
		if (text.length() > MAX_QUOTE || text.length() < MIN_QUOTE_LETTERS
				|| !Texts.endsWithStop(text, Texts.FULL_STOPS) || Texts.endsWithQuestion(text) || asksInJapanese(text)
				|| Texts.spacedWords(text, MIN_SAID_AGAIN_WORDS) < MIN_SAID_AGAIN_WORDS
				|| !text.equals(blocks.get(first).text()) || blocks.get(copy).isAside()) {
			return false;
		}
		for (int between = first + 1; between < copy; between++) {
			if (!Texts.endsWithStop(blocks.get(between).text(), Texts.FULL_STOPS)) {
				return false;
			}
		}
		return true;
	}

	// A Japanese question closes as often with its particle and the full stop as with a
	// question mark ("…思ったのですか。", review59c): an interview's question asked
	// again is the text's in either shape.
	private static boolean asksInJapanese(String text) {
		int end = Texts.lastIndexBefore(text, Texts.SENTENCE_CLOSERS);
		return end > 0 && text.charAt(end) == '。' && text.charAt(end - 1) == 'か';
	}

	// A whole paragraph's line said again as its pull quote is a sentence of a few
	// words at least; a short line twice ("Thank you.") may be the text's own.
	private static final int MIN_SAID_AGAIN_WORDS = 6;

	// A pull quote is a sentence, mostly in quotation marks; a heading over a section
	// that its paragraph repeats ("Frieden in unserer Zeit") is neither.
	private static boolean isQuotedOrSentence(String text) {
		return QUOTES.indexOf(text.charAt(0)) >= 0 || QUOTES.indexOf(text.charAt(text.length() - 1)) >= 0
				|| Texts.endsWithSentencePunctuation(text);
	}

	private static final String QUOTES = "\"“”„«»‘’'「」『』‹›";

	/**
	 * Whether the whole text stands in quotation marks, as a pull quote does ("“People
	 * said nobody would read it. They were wrong.”").
	 */
	static boolean isWhollyQuoted(String text) {
		return text.length() > 1 && QUOTES.indexOf(text.charAt(0)) >= 0
				&& QUOTES.indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	private static int nextKept(boolean[] removed, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!removed[i]) {
				return i;
			}
		}
		return -1;
	}

	// Whether the block holds the quote and more.
	private static boolean repeats(List<Paragraph> blocks, int from, String[] letters, int block, String quote) {
		if (block < 0) {
			return false;
		}
		String text = blocks.get(block).text();
		if (text.length() <= quote.length() || text.length() > MAX_QUOTED_PARAGRAPH) {
			return false;
		}
		if (letters[block - from] == null) {
			letters[block - from] = lettersAndDigits(text);
		}
		String kept = letters[block - from];
		return kept.length() > quote.length() && kept.contains(quote);
	}

	// The longest paragraph a pull quote is looked for in: far longer than any a page
	// sets
	// a quote beside, short enough that searching it is a bounded cost per quote.
	private static final int MAX_QUOTED_PARAGRAPH = 5_000;

	// The block's letters and digits in lower case, every space, quote and mark left out:
	// a pull quote drops the comma or the quotation marks its sentence has in the text.
	// ASCII, most of a page, is read without the character tables.
	private static String lettersAndDigits(String text) {
		int length = text.length();
		char[] kept = new char[length];
		int count = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
					kept[count++] = c;
				}
				else if (c >= 'A' && c <= 'Z') {
					kept[count++] = (char) (c | 0x20);
				}
			}
			else if (Character.isLetterOrDigit(c)) {
				kept[count++] = Character.toLowerCase(c);
			}
		}
		return new String(kept, 0, count);
	}

	/**
	 * Whether the block is a caption whose credit follows its text: a sentence, then a
	 * few words that end the block without a full stop and say whose picture it is, as a
	 * parenthesised label ({@code … الجديدة. (تصوير: أحمد النقبي)}, {@code … (फोटो:
	 * पीटीआई)}), a slash before a name ({@code … Serrería. / Ayuntamiento de Valencia},
	 * {@code … Photo archives L'Écho / Thierry Daney}, {@code … place Saint-François.
	 * KEYSTONE/Laurent Gillieron}), or a credit word of some language after a name
	 * ({@code …＝金沢市、高橋健太撮影}, {@code …。记者 陈晓 摄}). Boilerplate's credit checks know the
	 * labels of a few languages; these shapes hold in any.
	 */
	static boolean endsWithCaptionCredit(String text) {
		if (text.length() > MAX_CREDITED_CAPTION) {
			return false;
		}
		String caption = text.strip();
		int end = sentenceEnd(caption);
		if (end <= 0 || end >= caption.length()) {
			return false;
		}
		String credit = caption.substring(end).strip();
		if (credit.isEmpty() || credit.length() > MAX_CREDIT || Texts.words(credit, CREDIT_WORDS + 1) > CREDIT_WORDS
				|| Texts.endsWithSentencePunctuation(credit) && !credit.endsWith(")")) {
			return false;
		}
		if (isLabelledCredit(credit) || isPipedCredit(credit)) {
			return true;
		}
		if (credit.startsWith("/ ") || credit.contains(" / ") || isSlashedCredit(credit) || isNameAndOutlet(credit)) {
			return true;
		}
		// in brackets too: "…的景象。（記者陳怡安攝）", the reporter's own picture
		String bare = unbracketed(credit);
		for (String word : CREDIT_ENDS) {
			if (bare.endsWith(word) && bare.length() > word.length()) {
				return true;
			}
		}
		return false;
	}

	// The credit without the brackets round it, ASCII or full-width ("（记者摄）").
	private static String unbracketed(String credit) {
		boolean opens = credit.startsWith("(") || credit.startsWith("（");
		boolean closes = credit.endsWith(")") || credit.endsWith("）");
		return (opens && closes && credit.length() > 2) ? credit.substring(1, credit.length() - 1).strip() : credit;
	}

	// "(Dana Kowalski/Maplewood Now)", "(KOMPAS.com/DIMAS PRASETYO)": in brackets, a name
	// and an outlet joined by one slash with no space, each side opening with a capital,
	// no figure (a standard's number, "(IEC/EN 62053-21)"), and a space on one side: a
	// name or an outlet of two words, so a pair of words is none ("(English/Français)",
	// "(Mini/Pro)").
	private static boolean isSlashedCredit(String credit) {
		int slash = credit.indexOf('/');
		if (!credit.startsWith("(") || !credit.endsWith(")") || slash < 2 || slash + 2 >= credit.length()
				|| credit.indexOf('/', slash + 1) >= 0 || credit.indexOf(' ') < 0) {
			return false;
		}
		if (!Character.isUpperCase(credit.codePointAt(1)) || !Character.isUpperCase(credit.codePointAt(slash + 1))) {
			return false;
		}
		return !Texts.hasDigit(credit);
	}

	// "(تصوير: أحمد النقبي)", "(फोटो: पीटीआई)": in brackets, a label of a word or two, a
	// colon and a name. Not a verse, a time or a score ("(John 3:16)", "(14:05)",
	// "(Half-time: 1-1)"): the label is letters alone and a letter follows the colon.
	// "PHOTO | FILE", "Photo | Jane Roe": a caption's label, a pipe and a name or a
	// source of a few words opening with a letter, as some papers set the credit after
	// the caption's last sentence.
	private static boolean isPipedCredit(String credit) {
		int pipe = credit.indexOf(" | ");
		if (pipe <= 0 || credit.indexOf('|', pipe + 3) >= 0) {
			return false;
		}
		String name = credit.substring(pipe + 3).strip();
		return !name.isEmpty() && Character.isLetter(name.codePointAt(0))
				&& Boilerplate.isCaptionLabel(Texts.key(credit.substring(0, pipe)));
	}

	private static boolean isLabelledCredit(String credit) {
		int colon = credit.indexOf(':');
		if (!credit.startsWith("(") || !credit.endsWith(")") || colon <= 1) {
			return false;
		}
		String label = credit.substring(1, colon).strip();
		String name = credit.substring(colon + 1, credit.length() - 1).strip();
		if (label.isEmpty() || name.isEmpty() || !Character.isLetter(name.codePointAt(0))
				|| Texts.words(label, 3) > 2) {
			return false;
		}
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (c != ' ' && !DateParser.isWordChar(c)) {
				return false;
			}
		}
		return true;
	}

	// A caption with its credit is no longer than this, and the credit no longer than
	// a name and a label or an agency.
	private static final int MAX_CREDITED_CAPTION = 300;

	private static final int MAX_CREDIT = 50;

	private static final int CREDIT_WORDS = 6;

	private static final List<String> CREDIT_ENDS = Languages.values(Languages.CAPTION_CREDIT_WORDS);

	// Where the caption's text ends and its credit starts: after the last full stop
	// followed by a space, a full-width stop, or the "＝" Japanese captions set before
	// their date and credit.
	private static int sentenceEnd(String caption) {
		int end = -1;
		for (int i = caption.length() - 2; i > 0 && end < 0; i--) {
			char c = caption.charAt(i);
			if ((c == '.' || c == '!' || c == '?' || c == '।') && caption.charAt(i + 1) == ' ' || c == '。'
					|| c == '＝') {
				end = i + 1;
			}
		}
		return end;
	}

	/**
	 * Marks the image galleries among the body's blocks: two counters or more ("1 / 4",
	 * "Foto 2 di 5", "3 из 4", "Image 3 of 8"), the caption under each and the gallery's
	 * heading over the first ("Gallery", "Фотогалерея").
	 * @param blocks the page's blocks
	 * @param from the body's first block
	 * @param to the index after its last block
	 * @param removed the blocks the body leaves out, updated
	 */
	static void removeGalleries(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		// A gallery numbers its pictures one after another out of one total: "10/10"
		// ratings of different products, or a review's "Plot 4/5" and "Acting 3/5", are
		// no
		// gallery, nor one counter alone. Where counters of several totals stand, the
		// total counted most often is the gallery's.
		Map<Integer, int[]> runs = new HashMap<>();
		long[] counters = new long[to - from];
		for (int i = from; i < to; i++) {
			long counter = counter(blocks.get(i).text());
			counters[i - from] = counter;
			if (counter < 0) {
				continue;
			}
			int number = (int) (counter >>> 32);
			int[] run = runs.computeIfAbsent((int) counter, (of) -> new int[] { 0, number - 1, 0 });
			run[0]++;
			if (number != run[1] + 1) {
				run[2] = 1;
			}
			run[1] = number;
		}
		int total = -1;
		int most = 1;
		for (Map.Entry<Integer, int[]> run : runs.entrySet()) {
			int[] counted = run.getValue();
			if (counted[2] == 0 && (counted[0] > most || counted[0] == most && run.getKey() < total)) {
				total = run.getKey();
				most = counted[0];
			}
		}
		if (total < 0) {
			return;
		}
		boolean first = true;
		for (int i = from; i < to; i++) {
			if (counters[i - from] < 0 || (int) counters[i - from] != total) {
				continue;
			}
			removed[i] = true;
			if (first && i - 1 >= from && isGalleryHeading(blocks.get(i - 1).text())) {
				removed[i - 1] = true;
			}
			first = false;
			if (i + 1 < to && blocks.get(i + 1).text().length() <= MAX_CAPTION && counters[i + 1 - from] < 0) {
				removed[i + 1] = true;
			}
		}
	}

	/**
	 * Marks the rows of the tables set between the article's paragraphs: three rows or
	 * more in a row, their cells parted by bars (" | "), as many in each row, every cell
	 * short, every row but one holding a figure ("Ingrid Halvorsen | 11,482 | 54.4%", a
	 * market's prices, a quarter's results): the one is the head's names, or a row of
	 * words under rows of figures ("Overnight | Road reopened with lights" under
	 * "Weekdays | 7am - 7pm"). The locator looks past them, as past a caption, so the
	 * paragraphs on the table's far side stay in the run; the body leaves the rows out.
	 * The labelled sets disagree on such tables (blind8's and blind9's keep theirs,
	 * blind11's three are left out) while every one of them keeps the text around the
	 * table: the text is what is sure. A menu's or a footer's rows of links hold no
	 * figure in every row; a byline and date line over the text ("By X | mail | Site"
	 * over "PUBLISHED: … | UPDATED: …") are no rows.
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @return for each block from {@code from}, whether it is a table's row
	 */
	static boolean[] tableRows(List<Paragraph> blocks, int from, int to) {
		boolean[] rows = new boolean[to - from];
		int i = from;
		while (i < to) {
			int cells = cells(blocks.get(i), false);
			// the head's names hold no figure, or one row of words does ("Overnight |
			// Road reopened with lights" under "Weekdays | 7am - 7pm")
			// (asked only of a block with cells: a row of none starts no table)
			boolean wordsOnly = cells > 0 && !Texts.hasDigit(blocks.get(i).text());
			int end = i + 1;
			while (cells > 0 && end < to && cells(blocks.get(end), wordsOnly) == cells) {
				wordsOnly |= !Texts.hasDigit(blocks.get(end).text());
				end++;
			}
			if (cells > 0 && end - i >= MIN_TABLE_ROWS) {
				Arrays.fill(rows, i - from, end - from, true);
			}
			i = end;
		}
		return rows;
	}

	/**
	 * Marks the rows of the tables among the body's blocks ({@link #tableRows}), the
	 * short heading right over each ("Top five schools in Westmoor", "Carrow mayor",
	 * "Share of entries by grade, England") and the source line right under each
	 * ("Source: National Weather Service"), which stood alone in the body once its rows
	 * were out. Of the labelled sets' tables, six of eight headings are left out by their
	 * labels (blind11's three, blind12's, blind14's, blind16's), two are kept (blind8's
	 * "Northwind Foods quarterly results", blind9's "The week ahead"); every source line
	 * under a table is left out (blind12's, blind13's, blind14's two, blind16's two), as
	 * every "Source:" line of every label is.
	 * @param blocks the page's blocks
	 * @param from the body's first block
	 * @param to the index after its last block
	 * @param removed the blocks the body leaves out, updated
	 */
	static void removeTables(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		boolean[] rows = tableRows(blocks, from, to);
		for (int i = from; i < to; i++) {
			if (!rows[i - from]) {
				continue;
			}
			removed[i] = true;
			if (i - 1 >= from && !rows[i - 1 - from] && isTableHeading(blocks.get(i - 1).text())) {
				removed[i - 1] = true;
			}
			if (i + 1 < to && !rows[i + 1 - from] && PublisherDetector.isSourceNote(blocks.get(i + 1).text())) {
				removed[i + 1] = true;
			}
		}
	}

	// A table's heading names it in a few words, ending no sentence and introducing
	// nothing ("The results were:" is the text's).
	private static boolean isTableHeading(String text) {
		return text.length() <= MAX_TABLE_HEADING && !Texts.endsWithSentencePunctuation(text) && !text.endsWith(":")
				&& Texts.words(text, MAX_TABLE_HEADING_WORDS + 1) <= MAX_TABLE_HEADING_WORDS;
	}

	// The number of cells of a table's row, or 0 when the block is none; a row under the
	// first (the head's names) holds a figure.
	private static int cells(Paragraph block, boolean figure) {
		String text = block.text();
		if (text.length() > MAX_ROW || text.indexOf(CELL_BAR) < 0 || block.isBylineOrDateLine()) {
			return 0;
		}
		int cells = 0;
		boolean digit = false;
		int start = 0;
		while (start <= text.length()) {
			int bar = text.indexOf(CELL_BAR, start);
			int end = (bar < 0) ? text.length() : bar;
			String cell = text.substring(start, end).strip();
			if (cell.isEmpty() || cell.length() > MAX_CELL) {
				return 0;
			}
			for (int c = 0; c < cell.length() && !digit; c++) {
				digit = Character.isDigit(cell.charAt(c));
			}
			cells++;
			if (bar < 0) {
				break;
			}
			start = bar + CELL_BAR.length();
		}
		return (digit || !figure) ? cells : 0;
	}

	/**
	 * Marks the fact boxes set between the article's paragraphs: three lines or more in a
	 * row, each a short label and a short value ("For: 7", "Breed: Greyhound", "Turnout:
	 * 73%", "Saturday: The Quiet Engines, Kasimir"), no two with the same label, and the
	 * short heading over them ("Planning committee vote", "About Biscuit"). A vote's, a
	 * ballot's, a pet's or a listing's box repeats in figures what the text says, and the
	 * blind sets' labels leave all thirty such runs out. The locator looks past the ones
	 * between two paragraphs, as past a table; the body leaves them out. A list the
	 * article introduces is its text: a line ending in a colon over it ("Permission was
	 * granted with conditions, including:"), an interview's repeated "Q:" and "A:" or
	 * speakers' names, numbered headings ("Day 1: Milngavie to Drymen") and sentences
	 * ("Advantages: EIM is relatively quick and easy.") are no box.
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @return for each block from {@code from}, whether it is a fact box's line or
	 * heading
	 */
	static boolean[] factBoxLines(List<Paragraph> blocks, int from, int to) {
		boolean[] lines = new boolean[to - from];
		int i = from;
		while (i < to) {
			int end = i;
			Set<String> labels = new HashSet<>();
			while (end < to && isFactLine(blocks.get(end), MAX_FACT_LABEL_WORDS)
					&& labels.add(factLabel(blocks.get(end).text()))) {
				end++;
			}
			if (end - i >= MIN_FACT_LINES) {
				// once three lines make a box, its last lines may carry a longer label
				// ("Subsidy from the county council: ended in 2025")
				while (end < to && isFactLine(blocks.get(end), MAX_LAST_FACT_LABEL_WORDS)
						&& labels.add(factLabel(blocks.get(end).text()))) {
					end++;
				}
				String above = (i - 1 >= from) ? blocks.get(i - 1).text().strip() : "";
				if (!above.endsWith(":") && !(endsSentence(above) && mostClauses(blocks, i, end))) {
					Arrays.fill(lines, i - from, end - from, true);
					// a heading of up to six words, as a figure box's, may name
					// the box's subject ("Garrow Point at a glance")
					if (i - 1 >= from && isInsetHeading(above)) {
						lines[i - 1 - from] = true;
					}
				}
			}
			i = Math.max(end, i + 1);
		}
		return lines;
	}

	/**
	 * Leaves out a box of figures set between two paragraphs of the text that the fact
	 * boxes miss: a short heading with no figure ("Result", "Scorecard", "Key facts",
	 * "Stocks in this story") over {@value #MIN_FIGURE_LINES} to
	 * {@value #MAX_FIGURE_LINES} short lines that end no sentence, most of them and the
	 * last holding a figure (a race's placings "1st Silver Quill (9-2)", a scorecard's
	 * innings, shares' prices, facts whose last one reads as a date line), with running
	 * text right above (no colon at its end) and right below. A list the article
	 * introduces under a subheading holds things, not figures ("What you'll need" / "An
	 * old towel or rag"), a colon over it makes it the text's, a "Key: value" sentence
	 * ends as one, and a box's lines stop at a numbered heading ("Step 4: Open the
	 * valve") or a crosshead with no figure over the text below ("Sleep, exercise and a
	 * virus").
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @param removed the blocks left out so far, marked with the box's
	 */
	static void removeFigureBoxes(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		int size = kept.length;
		for (int k = 1; k + MIN_FIGURE_LINES + 1 < size; k++) {
			if (!isTextAround(blocks.get(kept[k - 1]).text(), true)
					|| !isFigureBoxHeading(blocks.get(kept[k]).text())) {
				continue;
			}
			int end = k + 1;
			int figures = 0;
			// a recipe's or a kit list's counts of things
			int things = 0;
			// at most MAX_FIGURE_LINES lines are read: under a longer run, the
			// block after them is no running text
			while (end < size && end - k <= MAX_FIGURE_LINES) {
				String line = blocks.get(kept[end]).text();
				if (!isFigureBoxLine(line)) {
					break;
				}
				figures += Texts.hasDigit(line) ? 1 : 0;
				things += COUNTED_THING.matcher(line).lookingAt() ? 1 : 0;
				end++;
			}
			int lines = end - k - 1;
			if (lines >= MIN_FIGURE_LINES && 2 * figures > lines && end < size
					&& Texts.hasDigit(blocks.get(kept[end - 1]).text())
					&& (2 * things <= lines || isFigureBoxName(blocks.get(kept[k]).text()))
					&& isTextBelowBox(blocks.get(kept[end]).text())) {
				for (int b = k; b < end; b++) {
					removed[kept[b]] = true;
				}
				k = end;
			}
		}
	}

	/**
	 * Leaves out a box that sums the article up, set between its paragraphs or over them:
	 * a heading the language files name ("Key findings", "Key points") over
	 * {@value #MIN_SUMMARY_ITEMS} to {@value #MAX_SUMMARY_ITEMS} list items ("- Dogs
	 * picked the stress sample in 89% of trials"), with a paragraph of running text under
	 * them, perhaps under one line (a live page's first stamp). The items repeat what the
	 * text says, and every labelled set leaves such a box out. A list the article
	 * introduces stands under its own sentence, which ends in a colon ("The union's
	 * demands are:"), not under such a heading; a crosshead of those words over the
	 * text's paragraphs heads no list items.
	 * <p>
	 * A heading of other words ("Stay safe in the heat" over "- Drink water regularly")
	 * makes such a box where it stands between two paragraphs of running text, the one
	 * above ending a sentence and the one right under the items going on: the text reads
	 * on across the box, which it does not introduce, and each item is a bulleted line of
	 * its own, opening with a capital and ending no sentence. A list the article sets
	 * under a crosshead of its own carries on its sentence in lower case ("What the cats
	 * heard" / "- their own name"), numbers its sentences (blind9's "Three things to know
	 * this week"), stands under a colon, or among short lines (a club's minutes, a
	 * review's "Cons" at its end).
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @param removed the blocks left out so far, marked with the box's
	 */
	static void removeSummaryBoxes(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		for (int k = 0; k < kept.length; k++) {
			String heading = blocks.get(kept[k]).text();
			boolean named = isSummaryHeading(heading);
			if (!named && !(k > 0 && isListBoxHeading(heading, blocks.get(kept[k - 1]).text()))) {
				continue;
			}
			int end = k + 1;
			while (end < kept.length && end - k - 1 <= MAX_SUMMARY_ITEMS
					&& Texts.isListItem(blocks.get(kept[end]).text())) {
				end++;
			}
			int items = end - k - 1;
			if (items < MIN_SUMMARY_ITEMS || items > MAX_SUMMARY_ITEMS
					|| !(named ? textFollows(blocks, kept, end)
							: end < kept.length && Texts.isRunningText(blocks.get(kept[end]).text())
									&& itemsStandAlone(blocks, kept, k + 1, end))) {
				continue;
			}
			for (int b = k; b < end; b++) {
				removed[kept[b]] = true;
			}
			k = end - 1;
		}
	}

	/**
	 * Leaves out a box of short lines without bullets set between two paragraphs of
	 * running text: a heading of a few words ({@link #isListBoxHeading}, "Charge safely")
	 * over {@value #MIN_PLAIN_BOX_LINES} to {@value #MAX_SUMMARY_ITEMS} lines, each
	 * opening with a capital and ending no sentence and no colon ("Always use the charger
	 * that came with your battery", "Keep batteries away from your escape route"), with
	 * running text right under them. Across dev and the eighteen labelled sets such a run
	 * of lines between the text's paragraphs is a box of advice, a fact box or a list of
	 * other stories' headlines, and the labels keep one of its lines once (blind9's study
	 * box); a list the text introduces stands under a colon, and a list of the things the
	 * text tells of opens its lines with an article ("A playground for children under
	 * twelve", review39a), as half or more of its lines do; a line set in a headline's
	 * title case is another story's headline whatever word opens it ("A Comet Will Pass
	 * Closer To Earth Than Any Since 1997" under "Today In: Science", embed61).
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @param removed the blocks left out so far, marked with the box's
	 */
	static void removePlainBoxes(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		for (int k = 1; k + MIN_PLAIN_BOX_LINES + 1 < kept.length; k++) {
			// a label naming the text's own facts ("More details") heads its lines
			String heading = blocks.get(kept[k]).text();
			if (!isListBoxHeading(heading, blocks.get(kept[k - 1]).text()) || TailBoxes.namesOwnSubject(heading)) {
				continue;
			}
			int end = k + 1;
			int stopWords = 0;
			// one line more than a box holds is read, so that a longer run (a menu, a
			// list of links) has no running text right under the lines counted
			while (end < kept.length && end - k - 1 <= MAX_SUMMARY_ITEMS
					&& isPlainBoxLine(blocks.get(kept[end]).text())) {
				stopWords += opensListItem(blocks.get(kept[end]).text(), heading) ? 1 : 0;
				end++;
			}
			if (endsAtCrosshead(blocks, kept, k + 1, end)) {
				end--;
				stopWords -= opensListItem(blocks.get(kept[end]).text(), heading) ? 1 : 0;
			}
			int lines = end - k - 1;
			if (lines < MIN_PLAIN_BOX_LINES || lines > MAX_SUMMARY_ITEMS || 2 * stopWords >= lines || end >= kept.length
					|| !Texts.isRunningText(blocks.get(kept[end]).text())
					|| isOwnListHeading(heading, blocks, kept, k + 1, end) || areNames(blocks, kept, k + 1, end)) {
				continue;
			}
			for (int b = k; b < end; b++) {
				removed[kept[b]] = true;
			}
			k = end;
		}
	}

	/**
	 * Leaves out a box under a heading in capitals set between the text's paragraphs,
	 * that the boxes above miss: a heading of a few words in capitals with no figure
	 * ("GIVE A MEAL", "INTERACTIVE MAP") over one to {@value #MAX_CAPITALS_BOX_LINES}
	 * short lines that end no sentence and introduce nothing ("$1 provides 3 meals" /
	 * "Give now"; a map's title, "Tap to open full screen" and its source), with running
	 * text right under them. Across dev and the twenty-eight open sets, every such
	 * heading with letters only and short lines under it, between two blocks of the text,
	 * is a box's (a donate box, a map's embed, a game's or a sponsor's box, an ad's
	 * teaser), none the text's (box50): the text's crosshead in capitals stands right
	 * over its paragraph ("SCORES QUARANTINED", "FORD MUSTANG MACH E"), a live page's
	 * stamps and a show's dates hold figures, a code line ends with its semicolon, and a
	 * day's crosshead of a police log is written as a date is. Above the box the text
	 * ends a sentence, or ends a list it introduced with a colon ("Evacuation orders
	 * cover the following areas:" and its places); a heading in capitals among that
	 * list's lines is its own crosshead, and the list then is no text closed above a box.
	 * <p>
	 * A line of such a box may end a sentence only where a label in capitals stands right
	 * over a value in capitals in it: a fact check's box of labelled values ("CLAIM" /
	 * its sentence / "RATING" / "FALSE" / a sentence on the verdict). A crosshead in
	 * capitals over a short paragraph of the text (a police log's "MONDAY" over its
	 * entry, "THEFT" over the next) stands over a sentence, never right over another line
	 * in capitals. No box holds a second crosshead in capitals between lines of the text
	 * (see {@code holdsCrosshead}), nor a line going on in lower case (a verse's).
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @param removed the blocks left out so far, marked with the box's
	 */
	static void removeCapitalsBoxes(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		for (int k = 1; k + 2 < kept.length; k++) {
			// the heading first: most blocks are none, and the text above is read further
			int end = capitalsBoxEnd(blocks, kept, k);
			if (end < 0 || !isTextClosedAbove(blocks, kept, k)) {
				continue;
			}
			for (int b = k; b < end; b++) {
				removed[kept[b]] = true;
			}
			k = end;
		}
	}

	/**
	 * Leaves out a box of whole sentences set between the text's paragraphs: a heading of
	 * a few words in capitals (a question's mark allowed), or named by the language files
	 * ({@link Languages#BOXES_ASIDE_HEADINGS}: "DID YOU KNOW?", "Wussten Sie?", "Fast
	 * facts") over {@value #MIN_SENTENCE_BOX_LINES} to {@value #MAX_CAPITALS_BOX_LINES}
	 * short lines that each end a sentence, none a question ("Rickshaws came to Durban in
	 * 1892." / "By 1904 there were about two thousand of them."), under a paragraph of
	 * running text that ends a sentence and over one that goes on. The boxes above miss
	 * it, as its lines are sentences and its heading may end with a question mark. Across
	 * dev and the thirty-eight open sets the shape stands once, blind37's box (box60): a
	 * question over its answer stands over a second question (an interview's, an FAQ's
	 * "When is the final?" / its answer / "Where are the WTA Finals being held?"), and a
	 * lead-in of the text's own list ends with a colon ("This year's children's roles
	 * include:"), which only a named heading may. A heading of other words over short
	 * sentences is the text's crosshead as often ("What's new" over a release's changes):
	 * such a heading heads a box only where the language files name it. So does a
	 * question in running case: an explainer's "What happens next?" or "Why now?" over
	 * two short answers and the text going on is the text's (review60a). And so is a
	 * phrase in capitals that asks nothing over short sentences without figures: a
	 * crosshead over the story's short paragraphs (box61, see {@code headsFacts}).
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @param removed the blocks left out so far, marked with the box's
	 */
	static void removeSentenceBoxes(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		for (int k = 1; k + MIN_SENTENCE_BOX_LINES + 1 < kept.length; k++) {
			String above = blocks.get(kept[k - 1]).text();
			// a Chinese or Japanese paragraph closes with its own full stop (review60a)
			if (!isSentenceBoxHeading(blocks.get(kept[k]).text()) || !(closesTextAbove(above)
					|| isTextAround(above, true) && Texts.endsWithStop(above, Texts.UNSPACED_STOPS))) {
				continue;
			}
			int end = k + 1;
			// one line more than a box holds is read, so that a longer run of short
			// sentences (a paragraph-a-sentence story) has no running text under it
			while (end < kept.length && end - k - 1 <= MAX_CAPITALS_BOX_LINES
					&& isSentenceBoxLine(blocks.get(kept[end]).text())) {
				end++;
			}
			int lines = end - k - 1;
			if (lines < MIN_SENTENCE_BOX_LINES || lines > MAX_CAPITALS_BOX_LINES || end >= kept.length
					|| !Texts.isRunningText(blocks.get(kept[end]).text())
					|| !headsFacts(blocks.get(kept[k]).text(), blocks, kept, k + 1, end)) {
				continue;
			}
			for (int b = k; b < end; b++) {
				removed[kept[b]] = true;
			}
			k = end;
		}
	}

	// Whether the sentences under a heading are a box's facts. Under the files' words or
	// a question in capitals ("DID YOU KNOW?") they are. Under a phrase in capitals that
	// asks nothing, half of them at least hold a figure, as counted facts do ("Rickshaws
	// came to Durban in 1892."): a crosshead in capitals over the story's short
	// paragraphs ("THE FIRST WINTER" / "The family arrived in October with two cows." /
	// "Snow closed the road a month later.") tells the story on in words (box61).
	private static boolean headsFacts(String heading, List<Paragraph> blocks, int[] kept, int from, int to) {
		if (Texts.endsWithQuestion(heading) || isAsideHeading(heading.strip())) {
			return true;
		}
		int figures = 0;
		for (int b = from; b < to; b++) {
			figures += Texts.hasDigit(blocks.get(kept[b]).text()) ? 1 : 0;
		}
		return 2 * figures >= to - from;
	}

	// Two sentences at least: a heading over one short sentence is as often the text's
	// crosshead over a short paragraph.
	private static final int MIN_SENTENCE_BOX_LINES = 2;

	private static final Set<String> ASIDE_HEADINGS = Languages.words(Languages.BOXES_ASIDE_HEADINGS);

	// The heading of a box of sentences: a few words opening with a letter (or Spanish's
	// opening mark), no figure, in capitals or of the language files' words.
	// Not a sentence's full stop; a colon only after the files' words ("Fast facts:"),
	// as a lead-in of the text's own list ends with one.
	private static boolean isSentenceBoxHeading(String text) {
		String heading = text.strip();
		if (heading.length() < MIN_FACT_LABEL || heading.length() > MAX_GALLERY_HEADING || Texts.hasDigit(heading)
				|| !(Character.isLetter(heading.codePointAt(0)) || heading.charAt(0) == '¿')
				|| Texts.words(heading, MAX_INSET_HEADING_WORDS + 1) > MAX_INSET_HEADING_WORDS) {
			return false;
		}
		if (isAsideHeading(heading)) {
			return true;
		}
		// A question in running case is as often the text's own crosshead over its
		// answer ("What happens next?", "Why now?", an FAQ that is the article):
		// only the files' words or capitals head a box (review60a).
		return HeadlineFinder.isAllUpperCase(heading) && (Texts.endsWithQuestion(heading)
				|| !Texts.endsWithSentencePunctuation(heading) && !heading.endsWith(":"));
	}

	// Whether the language files name the stripped heading a box's ("Fast facts:",
	// "¿Sabías que…?"), with or without the marks that close it: such a heading heads
	// a box in any case and over sentences with or without figures.
	private static boolean isAsideHeading(String heading) {
		return ASIDE_HEADINGS.contains(Texts.key(asked(heading)));
	}

	// The heading without the marks that close it ("¿Sabías que…?", "Wist je dat...?",
	// "Le saviez-vous ?", "Fast facts:").
	private static String asked(String heading) {
		int end = heading.length();
		while (end > 1 && ASKED_CLOSERS.indexOf(heading.charAt(end - 1)) >= 0) {
			end--;
		}
		return heading.substring((heading.charAt(0) == '¿') ? 1 : 0, end);
	}

	private static final String ASKED_CLOSERS = "?？؟:：…. \u00a0\u202f";

	// A box's sentence: short, no running text, opening with a capital, a figure or a
	// letter of a script without case ("港は1850年に造られた。"; a line going on in
	// lower case carries on the text's), ending a sentence (Chinese's and Japanese's
	// full-width stop too) and asking nothing: an interview's answers stand between
	// its questions.
	private static boolean isSentenceBoxLine(String text) {
		return !text.isEmpty() && text.length() <= MAX_FACT_LINE && !Texts.isRunningText(text)
				&& Character.isLetterOrDigit(text.codePointAt(0)) && !Character.isLowerCase(text.codePointAt(0))
				&& (Texts.endsAsSentenceInAnyScript(text) || Texts.endsWithStop(text, Texts.UNSPACED_STOPS))
				&& !Texts.endsWithQuestion(text);
	}

	/**
	 * Where a box under a heading in capitals that starts at block {@code heading} ends,
	 * running text right under it: the box {@link #removeCapitalsBoxes} leaves out, asked
	 * of the page's blocks as they stand, whatever the text above it is.
	 * @param blocks the page's blocks
	 * @param heading the block the box would start at
	 * @return the index after the box's last line (the text's block under it), or -1 when
	 * no such box starts there
	 */
	static int capitalsBoxEnd(List<Paragraph> blocks, int heading) {
		// the heading, one line more than a box holds and the text's block under them
		int[] near = new int[Math.max(0, Math.min(blocks.size() - heading, MAX_CAPITALS_BOX_LINES + 3))];
		for (int b = 0; b < near.length; b++) {
			near[b] = heading + b;
		}
		int end = (near.length > 2) ? capitalsBoxEnd(blocks, near, 0) : -1;
		return (end < 0) ? -1 : near[end];
	}

	// The box under a heading in capitals at kept[k]: the position in kept after its last
	// line, or -1 when none starts there (see removeCapitalsBoxes).
	private static int capitalsBoxEnd(List<Paragraph> blocks, int[] kept, int k) {
		if (!isCapitalsHeading(blocks.get(kept[k]).text())) {
			return -1;
		}
		int end = k + 1;
		boolean sentence = false;
		boolean labelOverValue = false;
		// a line opening in lower case goes on from the line above, as a verse's lines
		// and a sentence broken over lines do; a box's lines each open as a label, an
		// amount or a button does (review50b)
		boolean continued = false;
		// one line more than a box holds is read, so that a longer run has no running
		// text right under the lines counted
		while (end < kept.length && end - k - 1 <= MAX_CAPITALS_BOX_LINES
				&& isCapitalsBoxLine(blocks.get(kept[end]).text())) {
			String line = blocks.get(kept[end]).text();
			sentence |= Texts.endsWithSentencePunctuation(line);
			continued |= Character.isLowerCase(line.codePointAt(0));
			labelOverValue |= isCapitalsHeading(line) && isCapitalsHeading(blocks.get(kept[end - 1]).text());
			end++;
		}
		int lines = end - k - 1;
		if (lines < 1 || lines > MAX_CAPITALS_BOX_LINES || sentence && !labelOverValue || continued
				|| end >= kept.length || !Texts.isRunningText(blocks.get(kept[end]).text())
				|| holdsCrosshead(blocks, kept, k, end)) {
			return -1;
		}
		return end;
	}

	/**
	 * Where a box of labelled values under a heading in capitals ends, when one starts at
	 * block {@code heading}: an obituary's service details ("SERVICES" / "Visitation:
	 * Friday, December 5, 4-7 p.m., Groff-Mercer Funeral Home, Huron" / "Funeral:
	 * Saturday, December 6, 11 a.m., …" / "Send Flowers"), a launch's or a sale's
	 * details. The heading as {@link #removeCapitalsBoxes} reads one, over one to
	 * {@value #MAX_CAPITALS_BOX_LINES} of its short lines that end no sentence and open
	 * with no lower-case letter, {@value #MIN_BOX_VALUES} of them or more "Label: value"
	 * lines ({@link TailBoxes#isValueLine}). Across dev and the open sets, each of the
	 * eight such boxes right under a sentence and over one is set between the text's
	 * paragraphs, the sentence under it the text's in every label (tail51); a teaser's
	 * "READ MORE" or a sponsor's box under the text holds no such values.
	 * @param blocks the page's blocks
	 * @param heading the block the box would start at
	 * @return the index after the box's last line, or -1 when no such box starts there
	 */
	static int valuesBoxEnd(List<Paragraph> blocks, int heading) {
		if (heading >= blocks.size() || !isCapitalsHeading(blocks.get(heading).text())) {
			return -1;
		}
		int end = heading + 1;
		int values = 0;
		while (end < blocks.size() && end - heading - 1 < MAX_CAPITALS_BOX_LINES) {
			String line = blocks.get(end).text();
			if (!isCapitalsBoxLine(line) || Texts.endsWithSentencePunctuation(line)
					|| Character.isLowerCase(line.codePointAt(0))) {
				break;
			}
			values += TailBoxes.isValueLine(line) ? 1 : 0;
			end++;
		}
		return (values >= MIN_BOX_VALUES) ? end : -1;
	}

	// Two labelled values make a box of details: one is as often a kicker over a line.
	private static final int MIN_BOX_VALUES = 2;

	// Whether a second heading in capitals among the lines under the heading at k stands
	// between lines that are not in capitals, as the text's crossheads do: a recipe's
	// "INGREDIENTS" over its list and "METHOD" over its first step, a police log's
	// "MONDAY" and "TUESDAY" over short entries. A box's second heading in capitals is a
	// label right over its value in capitals (a fact check's "OUR RATING" over "FALSE"),
	// or the value itself (review50b).
	private static boolean holdsCrosshead(List<Paragraph> blocks, int[] kept, int k, int end) {
		for (int b = k + 2; b < end; b++) {
			if (isCapitalsHeading(blocks.get(kept[b]).text())
					&& !HeadlineFinder.isAllUpperCase(blocks.get(kept[b - 1]).text())
					&& !HeadlineFinder.isAllUpperCase(blocks.get(kept[b + 1]).text())) {
				return true;
			}
		}
		return false;
	}

	// A box under a heading in capitals holds a few lines: a donate box's amounts and its
	// button, a map's title, prompt and source.
	private static final int MAX_CAPITALS_BOX_LINES = 6;

	// A heading in capitals of a few words, opening with a letter and holding no figure
	// ("GIVE A MEAL", "CLOSINGS & DELAYS"): a live page's stamp ("09:12 GMT") or a
	// show's dates hold figures.
	private static boolean isCapitalsHeading(String text) {
		return text.length() >= MIN_FACT_LABEL && Character.isLetter(text.codePointAt(0)) && !Texts.hasDigit(text)
				&& isInsetHeading(text) && HeadlineFinder.isAllUpperCase(text);
	}

	// A box's line: short, not running text, introducing nothing with a colon (a lead-in
	// of the text's own list under it). Whether it may end a sentence is the box's to
	// say.
	private static boolean isCapitalsBoxLine(String text) {
		return !text.isEmpty() && text.length() <= MAX_FACT_LINE && !text.strip().endsWith(":")
				&& !Texts.isRunningText(text);
	}

	// Whether the text closes right above the box: a paragraph of running text ending a
	// sentence, or the last line of a list the text introduced (short lines up to a line
	// ending in a colon, none in capitals, at most MAX_SUMMARY_ITEMS of them).
	private static boolean isTextClosedAbove(List<Paragraph> blocks, int[] kept, int k) {
		String above = blocks.get(kept[k - 1]).text();
		if (closesTextAbove(above)) {
			return true;
		}
		for (int b = k - 1; b >= 0 && k - 1 - b <= MAX_SUMMARY_ITEMS; b--) {
			String line = blocks.get(kept[b]).text().strip();
			if (line.endsWith(":")) {
				return b < k - 1;
			}
			if (!isCapitalsBoxLine(line) || Texts.endsWithSentencePunctuation(line)
					|| HeadlineFinder.isAllUpperCase(line)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Leaves out a game's line score among the body's blocks: two rows or more in a row,
	 * each a team's name and {@value #MIN_SCORE_FIGURES} figures or more parted by
	 * spaces, as many in every row ("Marlowe 18 16 13 14 61" over "Lakeshore State 14 13
	 * 15 26 68", under a head of periods, "1 2 3 4 F", which is left out as a line of
	 * figures already), each holding its total (see {@code holdsTotal}). Across dev and
	 * the twenty-eight open sets no line of a name and three bare figures or more is the
	 * text's (box50): the others are contact lines under the text ("T 0221 1642 1411"),
	 * left out by every label too; a sentence about a score names it with a dash
	 * ("68-61") or words, and a labelled line ("Tel: 0131 516 3433") has a colon in its
	 * name.
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @param removed the blocks left out so far, marked with the rows
	 */
	static void removeLineScores(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		int k = 0;
		while (k < kept.length) {
			int figures = scoreFigures(blocks.get(kept[k]).text());
			int end = k + 1;
			while (figures > 0 && end < kept.length && scoreFigures(blocks.get(kept[end]).text()) == figures) {
				end++;
			}
			if (figures > 0 && end - k >= MIN_SCORE_ROWS) {
				for (int b = k; b < end; b++) {
					removed[kept[b]] = true;
				}
			}
			k = end;
		}
	}

	// A line score has a row for each side.
	private static final int MIN_SCORE_ROWS = 2;

	// Two halves and the total, four quarters and the total, nine innings and runs.
	private static final int MIN_SCORE_FIGURES = 3;

	// A line score's row is short.
	private static final int MAX_SCORE_ROW = 80;

	// The number of bare figures after a name of letters, spaces and the marks names
	// take, when the row holds MIN_SCORE_FIGURES or more and nothing else; 0 otherwise.
	private static int scoreFigures(String text) {
		if (text.length() > MAX_SCORE_ROW || text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
			return 0;
		}
		String[] words = SPACES.split(text.strip());
		int first = words.length;
		while (first > 0 && isNumber(words[first - 1])) {
			first--;
		}
		int figures = words.length - first;
		if (figures < MIN_SCORE_FIGURES || first == 0) {
			return 0;
		}
		for (int w = 0; w < first; w++) {
			if (!isNameWord(words[w])) {
				return 0;
			}
		}
		return holdsTotal(words, first) ? figures : 0;
	}

	// Whether a row's figures hold their total: a figure after two or more that is the
	// sum of those before it (the final after the quarters or halves, the runs after the
	// innings, before the hits and errors). A count whose thousands are parted by spaces
	// ("Okonjo 1 204 566", as French, Nordic and Slavic pages print it) and a league
	// table's row (played, won, drawn, lost, points) hold none (review50b).
	private static boolean holdsTotal(String[] words, int first) {
		int sum = 0;
		for (int w = first; w < words.length; w++) {
			int figure = Integer.parseInt(words[w]);
			if (w - first >= 2 && figure == sum) {
				return true;
			}
			sum += figure;
		}
		return false;
	}

	// A word of a team's name: letters, perhaps with an apostrophe, a hyphen, a full
	// stop or an ampersand ("St. Mary's", "Texas A&M").
	private static boolean isNameWord(String word) {
		boolean letter = false;
		for (int c = 0; c < word.length(); c++) {
			char ch = word.charAt(c);
			if (Character.isLetter(ch)) {
				letter = true;
			}
			else if ("'’-.&".indexOf(ch) < 0) {
				return false;
			}
		}
		return letter;
	}

	// The text's own crosshead over its list opens as a phrase does, with a stop word
	// ("The winners", "How to apply", "What the drivers want", "You will need"); a
	// box's heading opens with its subject ("Charge safely", "Pros", "Settling a
	// nervous cat"), or heads a table of words ("How Beechcroft House was rated" over
	// rows of "Safe | Inadequate").
	private static boolean isOwnListHeading(String heading, List<Paragraph> blocks, int[] kept, int from, int end) {
		if (!opensWithStopWord(heading)) {
			return false;
		}
		for (int b = from; b < end; b++) {
			if (!blocks.get(kept[b]).text().contains(CELL_BAR)) {
				return true;
			}
		}
		return false;
	}

	// The words of a name in the text's list of places, songs or people ("Market
	// Square", "Midnight on the Pier").
	private static final int MAX_NAME_WORDS = 4;

	// Whether every line is a name of a few capitalised words, as a list of places, songs
	// or people the text names is; a box's lines are phrases ("Roomy third row", "Keep
	// batteries away from your escape route").
	private static boolean areNames(List<Paragraph> blocks, int[] kept, int from, int end) {
		for (int b = from; b < end; b++) {
			String line = blocks.get(kept[b]).text();
			if (Texts.words(line, MAX_NAME_WORDS + 1) > MAX_NAME_WORDS) {
				return false;
			}
			for (String word : line.split("\\s+")) {
				if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !opensWithStopWord(word)) {
					return false;
				}
			}
		}
		return true;
	}

	// Three lines at least: a crosshead over one or two short lines is the text's more
	// often than a box.
	private static final int MIN_PLAIN_BOX_LINES = 3;

	// A box's line without a bullet: short, opening with a capital letter, ending no
	// sentence and introducing nothing; a numbered heading ("Step 4: Open the valve")
	// is the text's.
	private static boolean isPlainBoxLine(String text) {
		return !text.isEmpty() && text.length() <= MAX_FACT_LINE && Character.isUpperCase(text.codePointAt(0))
				&& !Texts.endsWithSentencePunctuation(text) && !Texts.isListItem(text)
				&& !NUMBERED_HEADING.matcher(text).lookingAt() && !Texts.isRunningText(text);
	}

	// Whether the run's last line is the text's crosshead over the paragraph under it: a
	// line without a label under a box's "Label: value" lines ("Sleep, exercise and a
	// virus" under blind9's "Funding: Dutch Research Council").
	private static boolean endsAtCrosshead(List<Paragraph> blocks, int[] kept, int from, int end) {
		return end - from >= 2 && blocks.get(kept[end - 1]).text().indexOf(FACT_COLON) < 0
				&& blocks.get(kept[end - 2]).text().indexOf(FACT_COLON) >= 0;
	}

	/**
	 * Leaves out a photo's caption set between two paragraphs without a credit, where it
	 * retells the paragraph above: one sentence shorter than a paragraph of running text,
	 * no quotation in it, half or more of whose runs of three words stand in that
	 * paragraph ("Pupils from Lidd Meadows Primary School cut the ribbon on the new
	 * bridge." under "… and pupils from Lidd Meadows Primary School cut the ribbon with
	 * the mayor"). With no credit the caption checks miss it, and it reads as a short
	 * paragraph of the text. A paragraph of the text that picks up a phrase from the one
	 * above says more than it repeats, and a pull quote, which repeats the whole of its
	 * sentence, is left out before.
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @param removed the blocks left out so far, marked with the captions
	 */
	static void removeRetoldCaptions(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		for (int k = 1; k + 1 < kept.length; k++) {
			String caption = blocks.get(kept[k]).text().strip();
			String above = blocks.get(kept[k - 1]).text();
			if (isCaptionSentence(caption) && Texts.isRunningText(above) && above.length() <= MAX_QUOTED_PARAGRAPH
					&& Texts.isRunningText(blocks.get(kept[k + 1]).text()) && retells(caption, above)) {
				removed[kept[k]] = true;
			}
		}
	}

	/**
	 * Leaves out a photo's caption set between two paragraphs over its credit alone on
	 * the line under it ("The female on the nesting platform high on the spire." over
	 * "Picture: Wildlife Trust", "Locomotive No. 1187 leaves the station on Thursday."
	 * over "Carl Wenger/Lancaster Valley Record"), and a bare name-and-outlet credit
	 * between two paragraphs. A credit with a label leaves as furniture wherever it
	 * stands, but the caption over it, one sentence shorter than a paragraph, read as a
	 * short paragraph of the text; a credit without a label read as a line of it. Only
	 * between paragraphs of running text: a photo essay's captions, each over its credit
	 * under a picture's counter ("2 of 6"), are its text, and a paragraph of the text
	 * over the credit of a picture without a caption runs as long as a paragraph does.
	 * The text goes on right under the credit: a caption under it is the credit's (the
	 * BBC's "Image copyright …" over "Image caption …"), and the short sentence over it
	 * the text's.
	 * @param blocks the page's blocks
	 * @param from the first block looked at
	 * @param to the index after the last
	 * @param removed the blocks left out so far, marked with the captions and credits
	 */
	static void removeCreditedCaptions(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int[] kept = Paragraphs.kept(removed, from, to);
		for (int k = 1; k + 1 < kept.length; k++) {
			int at = kept[k];
			String text = blocks.get(at).text().strip();
			if (!Texts.isRunningText(blocks.get(kept[k - 1]).text())) {
				continue;
			}
			if (isNameAndOutlet(text)) {
				removed[at] |= isVouchedCredit(blocks, text) && Texts.isRunningText(blocks.get(kept[k + 1]).text());
				continue;
			}
			int under = at + 2;
			if (under >= to || removed[under] || !isCaptionSentence(text)
					|| !Texts.isRunningText(blocks.get(under).text())) {
				continue;
			}
			if (isPictureCreditAlone(blocks, at + 1)) {
				removed[at] = true;
				removed[at + 1] = true;
			}
		}
	}

	/**
	 * Whether the block is a picture's credit alone on its line, so that a short line
	 * right over it is the picture's caption: a labelled credit
	 * ({@link Boilerplate#isCreditAlone(Paragraph)}) or a bare name and outlet whose
	 * outlet the page names on a line of its own ({@link #isNamedOutletCredit}). Both the
	 * reader's captions between paragraphs and the locator's search for the text's last
	 * lines ask it, so that they agree on what a credit is.
	 * @param blocks the page's blocks
	 * @param at the block's index
	 * @return whether it is a credit alone
	 */
	static boolean isPictureCreditAlone(List<Paragraph> blocks, int at) {
		Paragraph block = blocks.get(at);
		return Boilerplate.isCreditAlone(block) || isNamedOutletCredit(blocks, block.text().strip());
	}

	// A bare name and outlet alone on its line is a credit only when one of its sides
	// stands elsewhere on the page as a line of its own, as the paper's name does on its
	// masthead ("Carl Wenger/Lancaster Valley Record" under "Lancaster Valley Record"),
	// or when it names a person and an agency (isAgencyCredit): a crosshead of two places
	// or two things in capitals ("New York/New Jersey", "Sales Tax/Property Tax",
	// "Berlin/Brandenburg Flughafen") has the same shape, and the short sentence of the
	// text over it is no caption (review56g). Asked of the rare line of that shape only,
	// so the page's lines are read once for each.
	private static boolean isNamedOutletCredit(List<Paragraph> blocks, String line) {
		return isNameAndOutlet(line) && isVouchedCredit(blocks, line);
	}

	// Whether a line of isNameAndOutlet's shape is vouched for as a credit.
	private static boolean isVouchedCredit(List<Paragraph> blocks, String line) {
		return (isAgencyCredit(line) && !isPhraseOfPage(blocks, line.substring(0, line.indexOf('/'))))
				|| namesASideOnPage(blocks, line);
	}

	// Whether every word of the name the page's text also writes in lower case ("human"
	// and "rights" under "Human Rights / UN", "derechos humanos" under "Derechos
	// Humanos / ONU"): a crosshead's topic in title case, no person's name, which no
	// text writes so. Initials and words of two letters say nothing. Asked of the rare
	// line of isAgencyCredit's shape only, so the page's lines are read once for each.
	private static boolean isPhraseOfPage(List<Paragraph> blocks, String name) {
		List<String> words = new ArrayList<>();
		for (String word : name.strip().split(" ")) {
			if (Texts.letters(word) >= MIN_PHRASE_WORD) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		boolean[] seen = new boolean[words.size()];
		int[] left = { words.size() };
		for (int b = 0; b < blocks.size() && left[0] > 0; b++) {
			String text = blocks.get(b).text();
			// one walk of the text's words marks each name's word it meets
			Texts.holdsWord(text, (start, end) -> {
				for (int w = 0; w < seen.length; w++) {
					String word = words.get(w);
					if (!seen[w] && end - start == word.length() && text.startsWith(word, start)) {
						seen[w] = true;
						left[0]--;
					}
				}
				return left[0] == 0;
			});
		}
		return !words.isEmpty() && left[0] == 0;
	}

	// A word of a name's that a text may write in lower case: three letters or more.
	private static final int MIN_PHRASE_WORD = 3;

	// "Evan Vucci / AP", "Jose Luis Magana/AP", "Julia Reihs / KUT", "Amy K.
	// Dragoo/AIMMEDIA": a person's name ending in a family name in mixed case, the
	// slash, and the agency's or the station's letters in capitals, one word. Of dev's
	// and the open sets' lines of that shape, every one is a picture's credit (or a
	// byline's value); a crosshead joins two places or two things, in capitals on both
	// sides ("LOS ANGELES / SANTA MONICA") or with a word of one side ("Kino / TV",
	// "Seahawks/NFL"), and a spec's units close no name ("Leistung PS/KW",
	// "Verkaufsstellen DE/AT").
	private static boolean isAgencyCredit(String line) {
		int slash = line.indexOf('/');
		String name = line.substring(0, slash).strip();
		String agency = line.substring(slash + 1).strip();
		if (agency.length() < 2 || agency.length() > MAX_AGENCY || agency.indexOf(' ') >= 0
				|| !Character.isLetter(agency.charAt(0)) || !Character.isLetter(agency.charAt(agency.length() - 1))
				|| HeadlineFinder.isAllUpperCase(name.substring(name.lastIndexOf(' ') + 1))) {
			return false;
		}
		for (int i = 0; i < agency.length(); i++) {
			char c = agency.charAt(i);
			if (!Character.isUpperCase(c) && c != '-') {
				return false;
			}
		}
		return PersonNames.clean(name) != null;
	}

	// An agency's or a station's letters: "AP", "AFP", "KUT", "SP-X", "AIMMEDIA".
	private static final int MAX_AGENCY = 8;

	// Whether one side of a name-and-outlet line stands elsewhere on the page as a line
	// of its own.
	private static boolean namesASideOnPage(List<Paragraph> blocks, String line) {
		int slash = line.indexOf('/');
		LineIndex lines = LineIndex.of(blocks);
		for (String side : new String[] { line.substring(0, slash), line.substring(slash + 1) }) {
			if (lines.indexOfKey(Texts.key(side.strip()), 0, blocks.size()) >= 0) {
				return true;
			}
		}
		return false;
	}

	// "Carl Wenger/Lancaster Valley Record", "Noor Haddad / The Chronicle": a
	// photographer's name and the paper's or the agency's, one slash between them, on a
	// line of their own or after a caption's last sentence: a few words, each opening
	// with a capital, no figure and no stop, and a name of two words on one side at
	// least, so that a pair of words ("Arbeit / Gewerkschaften", "Hemden/ Blusen") or a
	// menu's ("Log in/Register") is none. In brackets, isSlashedCredit reads it.
	private static boolean isNameAndOutlet(String line) {
		int slash = line.indexOf('/');
		if (slash <= 0 || line.length() > MAX_CREDIT || line.indexOf('/', slash + 1) >= 0 || Texts.hasDigit(line)
				|| Texts.endsWithSentencePunctuation(line)) {
			return false;
		}
		String name = line.substring(0, slash).strip();
		String outlet = line.substring(slash + 1).strip();
		if (name.isEmpty() || outlet.isEmpty() || name.indexOf(' ') < 0 && outlet.indexOf(' ') < 0) {
			return false;
		}
		int words = 0;
		for (String word : line.replace('/', ' ').split(" ")) {
			if (!word.isEmpty() && (++words > CREDIT_WORDS || !Character.isUpperCase(word.codePointAt(0)))) {
				return false;
			}
		}
		return true;
	}

	// A caption is one sentence of a few words, shorter than a paragraph of running text,
	// ending with its full stop and quoting no one (an apostrophe in a word is no
	// quotation). A stop before a figure or a lower-case word ends no sentence
	// ("Locomotive No. 1187 leaves …", "… at 3 p.m. on Friday.").
	private static boolean isCaptionSentence(String text) {
		if (text.isEmpty() || text.charAt(text.length() - 1) != '.' || Texts.isRunningText(text)
				|| Texts.words(text, MIN_CAPTION_WORDS) < MIN_CAPTION_WORDS || Texts.isListItem(text)) {
			return false;
		}
		for (int i = 0; i < text.length() - 1; i++) {
			char c = text.charAt(i);
			if (QUOTES.indexOf(c) >= 0 && !isApostrophe(text, i) || (c == '.' || c == '!' || c == '?')
					&& text.charAt(i + 1) == ' ' && !goesOnInSentence(text, i + 2)) {
				return false;
			}
		}
		return true;
	}

	// An apostrophe between two letters ("the station's boat", "l’église") quotes no one.
	private static boolean isApostrophe(String text, int at) {
		char c = text.charAt(at);
		return (c == '\'' || c == '’') && at > 0 && Character.isLetter(text.charAt(at - 1))
				&& Character.isLetter(text.charAt(at + 1));
	}

	// Whether the character at the index, after a stop and its space, carries the
	// sentence on: a figure or a lower-case letter.
	private static boolean goesOnInSentence(String text, int at) {
		return at < text.length() && (Character.isDigit(text.charAt(at)) || Character.isLowerCase(text.charAt(at)));
	}

	// Whether half or more of the caption's runs of three words stand in the paragraph.
	private static boolean retells(String caption, String paragraph) {
		List<String> words = lowerWords(caption);
		if (words.size() < MIN_CAPTION_WORDS) {
			return false;
		}
		Set<String> triples = new HashSet<>();
		List<String> paragraphWords = lowerWords(paragraph);
		for (int w = 0; w + 2 < paragraphWords.size(); w++) {
			triples.add(paragraphWords.get(w) + ' ' + paragraphWords.get(w + 1) + ' ' + paragraphWords.get(w + 2));
		}
		int found = 0;
		int total = words.size() - 2;
		for (int w = 0; w < total; w++) {
			found += triples.contains(words.get(w) + ' ' + words.get(w + 1) + ' ' + words.get(w + 2)) ? 1 : 0;
		}
		return 2 * found >= total;
	}

	// The text's words in lower case: runs of letters and digits.
	private static List<String> lowerWords(String text) {
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
				start = -1;
			}
		}
		return words;
	}

	// A caption says what the picture shows in a few words at least: a name alone is a
	// credit's, a heading's.
	private static final int MIN_CAPTION_WORDS = 6;

	private static final Set<String> SUMMARY_HEADINGS = Languages.words(Languages.BOXES_SUMMARY_HEADINGS);

	// A summary box holds a few items.
	private static final int MIN_SUMMARY_ITEMS = 2;

	private static final int MAX_SUMMARY_ITEMS = 8;

	// How many kept blocks under a summary box the text starts within.
	private static final int SUMMARY_TEXT_REACH = 2;

	// A heading of the language files' words, alone on its block; a colon may close it.
	private static boolean isSummaryHeading(String text) {
		return text.length() <= MAX_FACT_LINE && text.indexOf('\n') < 0 && SUMMARY_HEADINGS.contains(Texts.key(text));
	}

	// Whether every item is a box's line: a bullet ("- ", "• ") before a line that opens
	// with a capital and ends no sentence ("- Drink water regularly, even if you are not
	// thirsty"). A list whose items go on in lower case ("- their own name", "- whether
	// they moved their ears") carries on a sentence of the text, and numbered sentences
	// ("1. Leaf collection ends Friday. After that, …" under "Three things to know this
	// week", blind9's newsletter) are its paragraphs.
	private static boolean itemsStandAlone(List<Paragraph> blocks, int[] kept, int from, int to) {
		for (int k = from; k < to; k++) {
			String text = blocks.get(kept[k]).text();
			String item = Texts.withoutListMarker(text).strip();
			if (item.isEmpty() || Character.isLetterOrDigit(text.charAt(0)) || text.charAt(0) == '('
					|| text.charAt(0) == '[' || !Character.isUpperCase(item.codePointAt(0))
					|| Texts.endsWithSentencePunctuation(item) || opensWithStopWord(item)) {
				return false;
			}
		}
		return true;
	}

	// An item opening with a stop word ("A playground for children under twelve", "The
	// cafe in the old signal box") lists the things the text tells of, under a crosshead
	// of its own ("What the plan includes"); a box's advice bids ("Drink water
	// regularly", "Keep blinds closed").
	private static boolean opensWithStopWord(String item) {
		return StopWords.isStopWordAt(item, 0);
	}

	// A line of the text's own list opens with an article as a phrase does ("A
	// playground for children under twelve"); one set in a headline's title case ("A
	// Comet Will Pass Closer To Earth Than Any Since 1997") is another story's
	// headline, a teaser box's line, whatever word opens it (blind38's "Today In" box),
	// under a heading in title case as the headlines are. Under a heading in sentence
	// case the lines are the text's own names, capitalised as names are ("Venues on the
	// tour" / "The Royal Albert Hall, London", review61e).
	private static boolean opensListItem(String line, String heading) {
		return opensWithStopWord(line)
				&& !(HeadlineFinder.isTitleCase(line) && HeadlineFinder.isTitleCaseHeading(heading));
	}

	// A box's heading of any words between the text's paragraphs: a few words opening
	// with a letter, under a paragraph of running text that ends a sentence.
	private static boolean isListBoxHeading(String heading, String above) {
		return !heading.isEmpty() && Character.isLetter(heading.codePointAt(0)) && isInsetHeading(heading)
				&& closesTextAbove(above);
	}

	// Whether a paragraph of running text follows the box, as the next kept block or the
	// one under it (a live page's first stamp).
	private static boolean textFollows(List<Paragraph> blocks, int[] kept, int at) {
		for (int k = at; k < kept.length && k < at + SUMMARY_TEXT_REACH; k++) {
			if (Texts.isRunningText(blocks.get(kept[k]).text())) {
				return true;
			}
		}
		return false;
	}

	// A paragraph of running text; above a box, no list's introduction (a colon at its
	// end).
	private static boolean isTextAround(String text, boolean above) {
		return Texts.isRunningText(text) && !(above && text.strip().endsWith(":"));
	}

	// The text closed right above a box of any words (capitals, a list's, sentences): a
	// paragraph of running text that ends a sentence: a box cuts no sentence of the
	// text in two.
	private static boolean closesTextAbove(String above) {
		return isTextAround(above, true) && Texts.closesSentence(above);
	}

	// Under a box of figures the text goes on, perhaps in a short paragraph of one
	// sentence ("Organisers have asked people not to bring dogs because of the
	// fireworks." under an evening's timed lines): it opens with a capital and ends a
	// sentence of several words, which no box line, heading or teaser does.
	private static boolean isTextBelowBox(String text) {
		return isTextAround(text, false) || !text.isEmpty() && Character.isUpperCase(text.codePointAt(0))
				&& endsSentence(text) && Texts.words(text, MIN_CAPTION_WORDS) >= MIN_CAPTION_WORDS;
	}

	// A heading that names a box of figures ("By the numbers", "The share offer in
	// numbers", "Garrow Point at a glance"): under it, lines opening with a count
	// ("48,200 overdue items on record") are the box's figures, not a recipe's list.
	private static boolean isFigureBoxName(String heading) {
		String key = Texts.key(heading);
		for (String name : FIGURE_BOX_NAMES) {
			if (key.equals(name) || key.endsWith(" " + name)) {
				return true;
			}
		}
		return false;
	}

	private static final List<String> FIGURE_BOX_NAMES = Languages.values(Languages.BOXES_FIGURE_HEADINGS);

	// A heading of a few words opening with a letter, holding no figure and no sentence;
	// a note on the figures may follow the words ("What happened (all times ET)").
	private static boolean isFigureBoxHeading(String text) {
		return !text.isEmpty() && Character.isLetter(text.codePointAt(0)) && !Texts.hasDigit(text)
				&& isInsetHeading(text);
	}

	// The heading of a box set between two paragraphs of running text: a few words
	// ("Stay safe in the heat", "What happened (all times ET)"), no sentence and no
	// colon, which would make it the text's line introducing what stands under it.
	private static boolean isInsetHeading(String text) {
		return text.length() <= MAX_GALLERY_HEADING && !Texts.endsWithSentencePunctuation(text)
				&& Texts.words(text, MAX_INSET_HEADING_WORDS + 1) <= MAX_INSET_HEADING_WORDS;
	}

	// Between two paragraphs of running text a box's heading may say a little more than a
	// word or two; a crosshead of the text over its next paragraph says no less, which is
	// why the lines under it must be a box's.
	private static final int MAX_INSET_HEADING_WORDS = 6;

	// A short line ending no sentence; a numbered heading of the text ("Step 4: Open
	// the valve") is none.
	private static boolean isFigureBoxLine(String text) {
		return !text.isEmpty() && text.length() <= MAX_FACT_LINE && !Texts.endsWithSentencePunctuation(text)
				&& !Texts.isRunningText(text) && !NUMBERED_HEADING.matcher(text).lookingAt();
	}

	// A quantity a line opens with and goes on from in lower case ("600g new potatoes",
	// "2 tbsp olive oil", "4 garlic cloves"): a count of things. Most lines of them make
	// a recipe's or a kit list's list, the article's own, no box of figures (whose
	// "8 ran" is one line of several).
	private static final Pattern COUNTED_THING = Pattern.compile("\\d+(?:[.,/]\\d+)?\\p{Ll}{0,3}\\s+\\p{Ll}");

	// A numbered heading of the text, a word and its number ("Step 4: …", "Part 2. …").
	private static final Pattern NUMBERED_HEADING = Pattern.compile("\\p{L}+ \\d+[:.]");

	// How many lines a box of figures holds under its heading (removeFigureBoxes).
	private static final int MIN_FIGURE_LINES = 2;

	private static final int MAX_FIGURE_LINES = 7;

	// Whether most lines of the run have a clause for their value ("Stage one: map
	// every culvert in the district", "Ms Patel: We are confident it will hold",
	// "Coalition: two or more parties share power"): under a sentence of the text, the
	// run is a list the article introduces, its steps, terms or speakers' answers
	// (review35a). A box's values are figures, names and short phrases ("Ayes: 58",
	// "Division: Ferry Services (Review) motion"), one of them a phrase at most ("Entry:
	// free, with parking at the leisure centre" under "When:" and "Where:"). A label in
	// capitals is a teaser's ("LOOK-UP TOOL: Check cases in your area").
	private static boolean mostClauses(List<Paragraph> blocks, int from, int to) {
		int clauses = 0;
		for (int i = from; i < to; i++) {
			String text = blocks.get(i).text();
			int colon = text.indexOf(FACT_COLON);
			String label = text.substring(0, colon);
			if (!label.equals(label.toUpperCase(Locale.ROOT))
					&& isClause(text.substring(colon + FACT_COLON.length()).strip())) {
				clauses++;
			}
		}
		return 2 * clauses > to - from;
	}

	// A sentence's end, not a heading's or a colon's.
	private static boolean endsSentence(String text) {
		return !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	// Four words or more, no figure, and most words after the first in lower case.
	private static boolean isClause(String value) {
		String[] words = SPACES.split(value);
		if (words.length < MIN_CLAUSE_WORDS) {
			return false;
		}
		int lower = 0;
		for (int w = 0; w < words.length; w++) {
			String word = words[w];
			for (int c = 0; c < word.length(); c++) {
				if (Character.isDigit(word.charAt(c))) {
					return false;
				}
			}
			if (w > 0 && !word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
				lower++;
			}
		}
		return 2 * lower > words.length - 1;
	}

	private static final int MIN_CLAUSE_WORDS = 4;

	// "Good with: children over 10, calm dogs": a label of a few words opening with a
	// capital and holding no figure (a numbered heading's "Day 1:" is the text's), a
	// colon, and a value no longer than a few words, ending no sentence; a quoted value
	// is someone's words ("CNN: "Kim is gravely ill"").
	private static boolean isFactLine(Paragraph block, int maxLabelWords) {
		String text = block.text();
		if (text.length() > MAX_FACT_LINE || Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		int colon = text.indexOf(FACT_COLON);
		if (colon < MIN_FACT_LABEL || !Character.isUpperCase(text.codePointAt(0))) {
			return false;
		}
		String label = text.substring(0, colon);
		for (int c = 0; c < label.length(); c++) {
			if (Character.isDigit(label.charAt(c))) {
				return false;
			}
		}
		String value = text.substring(colon + FACT_COLON.length()).strip();
		// The byline and date verdict last: the locator asks this of every block of the
		// page, and most blocks have no "Label: value" shape, which costs far less to
		// read than a byline and a date.
		return !value.isEmpty() && value.length() <= MAX_FACT_VALUE && QUOTES.indexOf(value.charAt(0)) < 0
				&& Texts.words(label, maxLabelWords + 1) <= maxLabelWords && !block.isBylineOrDateLine();
	}

	private static String factLabel(String text) {
		return text.substring(0, text.indexOf(FACT_COLON)).toLowerCase(Locale.ROOT);
	}

	/**
	 * Marks the newsletter sign-up boxes among the body's blocks: the prompt
	 * ({@link Boilerplate#isSignUpPrompt}: "Get the best of the coast in your inbox every
	 * Friday. Sign up"), wherever it stands, between the paragraphs or under the last,
	 * and the newsletter word alone over it that heads the box ("Newsletter"). The labels
	 * leave both out on every page that has them; the word alone elsewhere may head a
	 * club's own news, so only over the prompt. The box's button alone right under the
	 * prompt ("Suscribirme", {@link Boilerplate#isSignUpButton}) leaves with it, as its
	 * heading does. A site's appeal for gifts is such a prompt too, and a bidding heading
	 * over it ("Help us finish 7812" over "Every £10 buys a rivet for the tender. Donate
	 * online …") heads its box. Under the box, the site's notices in a row ("… is
	 * published by Valley Media Ltd, a company registered in Wales …",
	 * {@link Boilerplate#isSiteNotice}) are the footer's sentences and leave with it,
	 * where no sentence of the page's stands under them: under a box between the
	 * paragraphs, such a sentence is the text's ("The firm, whose registered office is in
	 * Cardiff, told the court …").
	 * @param blocks the page's blocks
	 * @param from the body's first block
	 * @param to the index after its last block
	 * @param removed the blocks the body leaves out, updated
	 */
	// A box's lines under its prompt: the button, the consent line, the thanks and the
	// welcome note.
	private static final int MAX_SIGN_UP_BOX_LINES = 4;

	static void removeSignUpBoxes(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		// the body's last sentence the page keeps, found once: the site's notices under
		// a box stand below every sentence of the text
		int lastSentence = to - 1;
		while (lastSentence >= from
				&& (removed[lastSentence] || !Texts.endsAsSentenceInAnyScript(blocks.get(lastSentence).text()))) {
			lastSentence--;
		}
		for (int i = from; i < to; i++) {
			boolean prompt = Boilerplate.isSignUpPrompt(blocks.get(i));
			// a prompt the furniture pass took already ("Sign up to receive daily
			// headline news from …"), a button's words before what the reader gets
			if (!prompt && !(removed[i] && Boilerplate.opensWithSignUpButton(blocks.get(i)))) {
				continue;
			}
			removed[i] = true;
			// the box's button, consent line, thanks and welcome note in a row under it
			int under = i + 1;
			for (; under < to && under <= i + MAX_SIGN_UP_BOX_LINES && (Boilerplate.isSignUpButton(blocks.get(under))
					|| Boilerplate.isSignUpBoxLine(blocks.get(under))); under++) {
				removed[under] = true;
			}
			// the site's notices right under the box ("… is published by Valley Media
			// Ltd, a company registered in Wales …", "Tous droits réservés. …"): the box
			// stands over the footer there, and the notices are its sentences, not the
			// text's (foot59); only those that name the site's matters
			int notices = under;
			while (prompt && notices < to && Boilerplate.isSiteNotice(blocks.get(notices).text())) {
				notices++;
			}
			// and only where no sentence of the text goes on under them: an article about
			// a company, a regulator or a newspaper's owner names "registered office",
			// "свидетельство о регистрации", "partita IVA" in its own paragraphs,
			// right under a box between them (review59d)
			if (notices > lastSentence) {
				Arrays.fill(removed, under, notices, true);
			}
			if (prompt && i - 1 >= from && (Boilerplate.isNewsletterHeading(blocks.get(i - 1))
					|| Boilerplate.isUsHeading(blocks.get(i - 1).text()))) {
				removed[i - 1] = true;
			}
		}
	}

	/**
	 * Leaves out a reader poll among the body's blocks: a question on a line of its own,
	 * perhaps after its label ("Poll: Will you be at the first rodeo on the new
	 * ground?"), over {@value #MIN_POLL_OPTIONS} to {@value #MAX_POLL_OPTIONS} short
	 * lines, its answers ("Yes", "No", "Maybe"; "Ja!", "Nein.", "Ich bin mir unsicher."),
	 * closed by a button a language file names ({@link Languages#BOXES_POLL_BUTTONS}:
	 * "Vote", "View results", "Abstimmen", "Voter", "Votar"), and the buttons right under
	 * that one. The page sets it between the text's paragraphs or under the last one, and
	 * each line reads as a short line of the text. The button is the evidence, looked for
	 * first (few blocks are one): a list of short lines under the text's own question
	 * ends in no button, and a form's "Submit" stands under its fields, no question. Only
	 * the poll's lines leave, so a poll under the text's end ends nothing above it.
	 * @param blocks the page's blocks
	 * @param from the body's first block
	 * @param to the index after its last block
	 * @param removed the blocks the body leaves out, updated
	 */
	static void removePolls(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		for (int i = from + MIN_POLL_OPTIONS + 1; i < to; i++) {
			if (!isPollButton(blocks.get(i))) {
				continue;
			}
			// the answers over the button, at most one line more than a poll holds
			int question = i - 1;
			while (question >= from && i - 1 - question <= MAX_POLL_OPTIONS && isPollOption(blocks.get(question))) {
				question--;
			}
			int options = i - 1 - question;
			if (question < from || options < MIN_POLL_OPTIONS || options > MAX_POLL_OPTIONS
					|| !isPollQuestion(blocks.get(question).text())) {
				continue;
			}
			int end = i + 1;
			while (end < to && isPollButton(blocks.get(end))) {
				end++;
			}
			Arrays.fill(removed, question, end, true);
			i = end - 1;
		}
	}

	// A poll offers two answers at least ("Yes" / "No") and a few at most; more short
	// lines under a question are a list.
	private static final int MIN_POLL_OPTIONS = 2;

	private static final int MAX_POLL_OPTIONS = 6;

	// An answer is a word or a few ("Ich bin mir unsicher."), never a paragraph.
	private static final int MAX_POLL_OPTION = 60;

	private static final int MAX_POLL_OPTION_WORDS = 6;

	// A poll's question is a sentence at most, with its label.
	private static final int MAX_POLL_QUESTION = 200;

	private static final Set<String> POLL_BUTTONS = Languages.words(Languages.BOXES_POLL_BUTTONS);

	private static boolean isPollButton(Paragraph block) {
		return block.text().length() <= MAX_POLL_OPTION && POLL_BUTTONS.contains(block.key());
	}

	// An answer: a short line, neither a question (the poll's own, or another's above
	// it) nor a button.
	private static boolean isPollOption(Paragraph block) {
		String text = block.text().strip();
		return !text.isEmpty() && text.length() <= MAX_POLL_OPTION
				&& Texts.words(text, MAX_POLL_OPTION_WORDS + 1) <= MAX_POLL_OPTION_WORDS
				&& !Texts.endsWithQuestion(text) && !POLL_BUTTONS.contains(block.key());
	}

	private static boolean isPollQuestion(String text) {
		return text.length() <= MAX_POLL_QUESTION && Texts.endsWithQuestion(text.strip());
	}

	/**
	 * Marks the shop boxes among the body's blocks: two lines or more in a row, each an
	 * item and its price, perhaps its seller, parted by commas ("Double-faced wool coat,
	 * £189, Harlow &amp; Finch", "Grilled squid, £12"), with the short heading over them
	 * ("Shop the look", "What to order"). A fashion edit's product lines and a review's
	 * dishes set between paragraphs repeat what the text says, and the labels leave them
	 * out (blind9's review, blind11's edit); a sentence naming a price ends as one
	 * ("Tickets cost £15, or £10 for members.").
	 * @param blocks the page's blocks
	 * @param from the body's first block
	 * @param to the index after its last block
	 * @param removed the blocks the body leaves out, updated
	 */
	static void removePriceLines(List<Paragraph> blocks, int from, int to, boolean[] removed) {
		int i = from;
		while (i < to) {
			int end = i;
			while (end < to && isPriceLine(blocks.get(end).text())) {
				end++;
			}
			// Only under a box's short heading: the same lines under a sentence of the
			// text ("The cheapest basket cost £31.40:", "Other lots that went well
			// above their estimates:") are the story's facts (review34a).
			if (end - i >= MIN_PRICE_LINES && i - 1 >= from && isBoxHeading(blocks.get(i - 1).text())) {
				Arrays.fill(removed, i - 1, end, true);
			}
			i = Math.max(end, i + 1);
		}
	}

	// An item, its price and perhaps its seller, parted by commas: the item is words,
	// the price a figure with a currency's sign before or after it.
	static boolean isPriceLine(String text) {
		if (text.length() > MAX_PRICE_LINE || Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		// the line parted at ", " into two or three parts, as split(", ", -1) parts it,
		// without compiling that two-character regex for every short line
		int first = text.indexOf(", ");
		if (first < 0) {
			return false;
		}
		int second = text.indexOf(", ", first + 2);
		if (second >= 0 && text.indexOf(", ", second + 2) >= 0) {
			return false;
		}
		int end = (second < 0) ? text.length() : second;
		if (isPrice(text.substring(0, first)) || !isPrice(text.substring(first + 2, end))) {
			return false;
		}
		return second < 0 || !isPrice(text.substring(second + 2));
	}

	private static boolean isPrice(String part) {
		String price = part.strip();
		if (price.isEmpty()) {
			return false;
		}
		int digits = 0;
		int signs = 0;
		for (int i = 0; i < price.length(); i++) {
			char c = price.charAt(i);
			if (Character.isDigit(c)) {
				digits++;
			}
			else if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
				signs++;
			}
			else if (c != '.' && c != ',' && c != ' ') {
				return false;
			}
		}
		return digits > 0 && signs == 1;
	}

	// "Shop the look", "What to order": a few words and no sentence.
	private static boolean isBoxHeading(String text) {
		return text.length() <= MAX_GALLERY_HEADING && !Texts.endsWithSentencePunctuation(text)
				&& Texts.words(text, 5) <= 4;
	}

	private static boolean isGalleryHeading(String text) {
		return text.length() <= MAX_GALLERY_HEADING && !Texts.endsWithSentencePunctuation(text)
				&& Texts.words(text, 4) <= 3;
	}

	/**
	 * Whether the line numbers a picture of a gallery: two numbers, the first no greater
	 * than the second, the second at least two, joined by a slash or by one word ("of",
	 * "di", "из", "von"), perhaps after one word ("Foto", "Image").
	 */
	static boolean isCounter(String line) {
		return counter(line) >= 0;
	}

	// The counter's number in the high half and its total in the low, or -1 when the line
	// is no counter.
	private static long counter(String line) {
		if (line.length() > MAX_COUNTER) {
			return -1;
		}
		String[] parts = SPACES.split(line.strip().replace("/", " / "));
		int at = 0;
		if (parts.length == 4 && !isNumber(parts[0]) && isWord(parts[0])) {
			at = 1;
		}
		if (parts.length - at != 3 || !isNumber(parts[at]) || !isNumber(parts[at + 2])
				|| !(parts[at + 1].equals("/") || isWord(parts[at + 1]))) {
			return -1;
		}
		int number = Integer.parseInt(parts[at]);
		int of = Integer.parseInt(parts[at + 2]);
		return (number >= 1 && of >= 2 && number <= of) ? ((long) number << 32) | of : -1;
	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static boolean isNumber(String part) {
		if (part.isEmpty() || part.length() > 3) {
			return false;
		}
		for (int i = 0; i < part.length(); i++) {
			if (part.charAt(i) < '0' || part.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean isWord(String part) {
		for (int i = 0; i < part.length(); i++) {
			if (!Character.isLetter(part.charAt(i))) {
				return false;
			}
		}
		return !part.isEmpty();
	}

}
