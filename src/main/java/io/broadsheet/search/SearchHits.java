package io.broadsheet.search;

import java.util.List;

/**
 * One page of the articles that match a search, in order.
 *
 * @param total how many articles match in all
 * @param hits the page's articles
 */
public record SearchHits(long total, List<Hit> hits) {

	public SearchHits {
		hits = List.copyOf(hits);
	}

	/**
	 * One matching article.
	 *
	 * @param id the article id
	 * @param highlights up to three snippets of its text with the matched words in
	 * {@code <mark>}, everything else HTML-escaped; empty without a text query
	 */
	public record Hit(String id, List<String> highlights) {

		public Hit {
			highlights = List.copyOf(highlights);
		}

	}

}
