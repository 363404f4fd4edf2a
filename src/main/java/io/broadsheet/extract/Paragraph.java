package io.broadsheet.extract;

import java.util.List;

/**
 * One paragraph (block) of the article text, where it starts in the file, and the facts
 * about it that several stages ask for. A page's blocks are read by the locator, the
 * headline finder, the reader and the detectors, often several times each (the headline
 * finder looks again from each start it tries): each fact is computed on first use and
 * kept, so a block is folded and judged once per page whoever asks first.
 * <p>
 * Not a record: a record cannot keep what it has computed. Equal when text and line are
 * equal, as a record would be; the kept facts follow from the text.
 */
final class Paragraph {

	private static final byte YES = 1;

	private static final byte NO = 2;

	private final String text;

	private final int line;

	// Computed on first use. A page is read by one thread; were two to race, both would
	// compute the same value, as String.hashCode does.
	private String key;

	private String headlineKey;

	private String headline;

	private byte noise;

	private byte bylineOrDateLine;

	// Most blocks have no date line: null, once asked, is the answer.
	private DateLineDetector.DateLine dateLine;

	private boolean dateLineAsked;

	// Most blocks have no byline either.
	private List<String> byline;

	private boolean bylineAsked;

	/**
	 * A block of the file.
	 * @param text the paragraph, stripped, lines of a hard-wrapped paragraph joined by a
	 * space
	 * @param line the 1-based line of the file the paragraph starts on
	 */
	Paragraph(String text, int line) {
		this.text = text;
		this.line = line;
	}

	/** The paragraph, stripped, lines of a hard-wrapped paragraph joined by a space. */
	String text() {
		return this.text;
	}

	/** The 1-based line of the file the paragraph starts on. */
	int line() {
		return this.line;
	}

	/** The block's {@link Texts#key(String) key}: folded once, however often asked. */
	String key() {
		String folded = this.key;
		if (folded == null) {
			// kept here: Texts.key's memo of recent strings would only add a look-up
			folded = Texts.fold(this.text);
			this.key = folded;
		}
		return folded;
	}

	/**
	 * The block read as a headline: after its navigation trail
	 * ({@link HeadlineFinder#afterTrail(String)}), without what
	 * {@link TitleDetector#headlineText(String)} strips. The headline finder reads it
	 * from every start it tries and again for the page title's line.
	 */
	String headline() {
		String read = this.headline;
		if (read == null) {
			read = TitleDetector.headlineText(HeadlineFinder.afterTrail(this.text));
			this.headline = read;
		}
		return read;
	}

	/**
	 * The key of the block read as a headline
	 * ({@link TitleDetector#headlineText(String)}): the block's own key when that leaves
	 * the text as it is, as it mostly does.
	 */
	String headlineKey() {
		String folded = this.headlineKey;
		if (folded == null) {
			String headline = TitleDetector.headlineText(this.text);
			folded = headline.equals(this.text) ? key() : Texts.key(headline);
			this.headlineKey = folded;
		}
		return folded;
	}

	/**
	 * Whether the block is page furniture: {@link Boilerplate#isNoise(String)}, judged
	 * once.
	 */
	boolean isNoise() {
		if (this.noise == 0) {
			this.noise = Boilerplate.isNoise(this) ? YES : NO;
		}
		return this.noise == YES;
	}

	/** The block's date line: {@link DateLineDetector#detect(String)}, read once. */
	DateLineDetector.DateLine dateLine() {
		if (!this.dateLineAsked) {
			this.dateLine = DateLineDetector.detect(this.text);
			this.dateLineAsked = true;
		}
		return this.dateLine;
	}

	/**
	 * The names of the block's byline: {@link BylineDetector#byline(String)}, read once.
	 */
	List<String> byline() {
		if (!this.bylineAsked) {
			this.byline = BylineDetector.byline(this.text);
			this.bylineAsked = true;
		}
		return this.byline;
	}

	/**
	 * Whether the block is a byline (labelled or by its shape) or a date line: what makes
	 * the line above it a headline, and what the reader takes from the header.
	 */
	boolean isBylineOrDateLine() {
		if (this.bylineOrDateLine == 0) {
			this.bylineOrDateLine = (byline() != null || BylineDetector.isBylineShaped(this.text) || dateLine() != null)
					? YES : NO;
		}
		return this.bylineOrDateLine == YES;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Paragraph paragraph && this.line == paragraph.line && this.text.equals(paragraph.text);
	}

	@Override
	public int hashCode() {
		return 31 * this.text.hashCode() + this.line;
	}

	@Override
	public String toString() {
		return "Paragraph[text=" + this.text + ", line=" + this.line + "]";
	}

}
