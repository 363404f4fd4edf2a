package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;

/**
 * What the tests that run the extractor over a whole page of invented text share: the
 * page read as a file's bytes, with no sidecar.
 */
abstract class WholePageTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	/**
	 * Extracts the article of a page given as its text.
	 * @param page the page's text
	 * @return the parsed article
	 */
	protected ParsedArticle extract(String page) {
		return this.extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
	}

}
