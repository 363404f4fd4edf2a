package io.broadsheet.extract;

/**
 * One paragraph of the article text and where it starts in the file.
 *
 * @param text the paragraph, stripped, lines of a hard-wrapped paragraph joined by a
 * space
 * @param line the 1-based line of the file the paragraph starts on
 */
record Paragraph(String text, int line) {

}
