package io.broadsheet.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Known-item search over whatever the store holds: each article's stored title typed as
 * the query must find it first, and five consecutive words of its body, as a phrase, in
 * the first three.
 */
final class KnownItemSearch {

	private static final int PHRASE_WORDS = 5;

	private KnownItemSearch() {
	}

	/**
	 * Runs both evaluations.
	 * @param jdbc the store
	 * @param index the index, caught up with the store
	 * @return mean reciprocal rank of title queries, and the share of phrase queries that
	 * put the article in the first three
	 */
	static Result evaluate(JdbcTemplate jdbc, ArticleIndex index) {
		List<Map<String, Object>> rows = jdbc
			.queryForList("select a.id, a.title, b.body from article a join article_body b on b.article_id = a.id");
		// An exact title shared by several articles cannot single one out: those are left
		// out of the title evaluation, and counted.
		Map<String, Integer> titles = new HashMap<>();
		rows.forEach((row) -> titles.merge(typed((String) row.get("title")), 1, Integer::sum));
		double reciprocalRanks = 0;
		int titleQueries = 0;
		int phrasesInTop3 = 0;
		int phraseQueries = 0;
		List<String> misses = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			String id = (String) row.get("id");
			String title = typed((String) row.get("title"));
			if (!title.isBlank() && titles.get(title) == 1 && hasWord(title)) {
				int rank = rank(index, title, id);
				reciprocalRanks += (rank > 0) ? 1.0 / rank : 0;
				titleQueries++;
				if (rank != 1 && misses.size() < 10) {
					misses.add("title of " + id + " ranked " + rank + ": " + title);
				}
			}
			String phrase = phrase((String) row.get("body"));
			if (phrase != null) {
				int rank = rank(index, "\"" + phrase + "\"", id);
				phraseQueries++;
				if (rank >= 1 && rank <= 3) {
					phrasesInTop3++;
				}
				else if (misses.size() < 20) {
					misses.add("phrase of " + id + " ranked " + rank + ": " + phrase);
				}
			}
		}
		return new Result(reciprocalRanks / titleQueries, titleQueries, rows.size() - titleQueries,
				(double) phrasesInTop3 / phraseQueries, phraseQueries, misses);
	}

	// The 1-based rank of the article among the first 10 hits, 0 when not among them.
	private static int rank(ArticleIndex index, String query, String id) {
		List<SearchHits.Hit> hits = index
			.search(new SearchCriteria(TextQuery.parse(query), Set.of(), null, null, null, null),
					PageRequest.of(0, 10, Sort.by("relevance", "id")))
			.hits();
		for (int i = 0; i < hits.size(); i++) {
			if (hits.get(i).id().equals(id)) {
				return i + 1;
			}
		}
		return 0;
	}

	// The title as a person types it into a search box: no operators of the syntax.
	private static String typed(String title) {
		if (title == null) {
			return "";
		}
		List<String> words = new ArrayList<>();
		for (String word : title.replace('"', ' ').replace('*', ' ').split("\\s+")) {
			String bare = word.replaceFirst("^-+", "");
			words.add(bare.equals("OR") ? "or" : bare);
		}
		return String.join(" ", words).strip();
	}

	// Five words from the middle of the body, without quotes.
	private static String phrase(String body) {
		String[] words = body.replace('"', ' ').strip().split("\\s+");
		if (words.length < PHRASE_WORDS) {
			return null;
		}
		int start = (words.length - PHRASE_WORDS) / 2;
		String phrase = String.join(" ", List.of(words).subList(start, start + PHRASE_WORDS));
		return hasWord(phrase) ? phrase : null;
	}

	private static boolean hasWord(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	/**
	 * The figures of one evaluation.
	 *
	 * @param titleMrr mean reciprocal rank of the title queries
	 * @param titleQueries title queries run
	 * @param titlesLeftOut articles without a title of their own
	 * @param phraseTop3 share of phrase queries with the article in the first three
	 * @param phraseQueries phrase queries run
	 * @param misses examples of queries that missed, for the failure message
	 */
	record Result(double titleMrr, int titleQueries, int titlesLeftOut, double phraseTop3, int phraseQueries,
			List<String> misses) {

	}

}
