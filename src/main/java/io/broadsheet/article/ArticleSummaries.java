package io.broadsheet.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.broadsheet.system.CorpusChanged;

/**
 * What a page lists of each article of the served corpus version (its
 * {@link ArticleSummary}), held in memory and rebuilt whenever the served version
 * changes. A page whose articles the timeline or the search index has chosen is then
 * assembled without the store: no transaction, no connection, no entity.
 * <p>
 * Profiled under random pages of 10k articles without the answer cache, loading a page's
 * 20 rows and their authors through Hibernate and H2 was 60 % of a request's CPU. The
 * summaries of 100k articles take about 50 MB of heap: the excerpt is most of it; author
 * references, publishers, languages and days are shared between the articles that have
 * the same. An article the store holds but the served version does not (a sync is
 * running) is read from the store, with the same statements restricted to its id.
 */
@Component
class ArticleSummaries {

	// One row per author of each article (one for an article without authors), in no
	// particular order: one statement for a page or the whole corpus.
	private static final String SUMMARIES = """
			select a.id, a.title, a.published_date, a.publisher, a.excerpt, a.word_count, a.language,
			  aa.position, au.id, au.name
			from article a
			  left join article_author aa on aa.article_id = a.id
			  left join author au on au.id = aa.author_id""";

	private static final String ONLY_IDS = " where a.id in (:ids)";

	private final JdbcClient jdbc;

	/** Empty until the first version is served: the store answers meanwhile. */
	private volatile Map<String, ArticleSummary> served = Map.of();

	ArticleSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void onCorpusChanged(CorpusChanged changed) {
		this.served = load(null);
	}

	/**
	 * The summaries of the given articles, in the given order, with their highlights. An
	 * article no longer stored (removed since the page was chosen) is left out.
	 * @param ids the articles
	 * @param highlights each article's snippets, {@code null} without a text query
	 * @return the summaries
	 */
	List<ArticleSummary> of(List<String> ids, Function<String, List<String>> highlights) {
		Map<String, ArticleSummary> current = this.served;
		List<String> missing = ids.stream().filter((id) -> !current.containsKey(id)).toList();
		Map<String, ArticleSummary> fromStore = missing.isEmpty() ? Map.of() : load(missing);
		List<ArticleSummary> page = new ArrayList<>(ids.size());
		for (String id : ids) {
			ArticleSummary summary = current.getOrDefault(id, fromStore.get(id));
			if (summary != null) {
				List<String> snippets = highlights.apply(id);
				page.add((snippets != null) ? summary.withHighlights(snippets) : summary);
			}
		}
		return page;
	}

	// All articles when ids is null, else those of the ids.
	private Map<String, ArticleSummary> load(Collection<String> ids) {
		Shared shared = new Shared();
		Map<String, Listed> listed = new HashMap<>();
		JdbcClient.StatementSpec query = (ids != null) ? this.jdbc.sql(SUMMARIES + ONLY_IDS).param("ids", ids)
				: this.jdbc.sql(SUMMARIES);
		query.query((row) -> {
			String id = row.getString(1);
			Listed article = listed.get(id);
			if (article == null) {
				LocalDate day = row.getObject(3, LocalDate.class);
				article = new Listed(id, row.getString(2), shared.day(day), shared.text(row.getString(4)),
						row.getString(5), row.getInt(6), shared.text(row.getString(7)), new ArrayList<>(2));
				listed.put(id, article);
			}
			String authorId = row.getString(9);
			if (authorId != null) {
				AuthorRef author = shared.authors.get(authorId);
				if (author == null) {
					author = new AuthorRef(authorId, row.getString(10));
					shared.authors.put(authorId, author);
				}
				article.credits.add(new Credit(row.getInt(8), author));
			}
		});
		Map<String, ArticleSummary> summaries = new HashMap<>(listed.size() * 4 / 3 + 1);
		listed.forEach((id, article) -> summaries.put(id, article.toSummary()));
		return summaries;
	}

	/** One author of an article, at its place in the byline. */
	private record Credit(int position, AuthorRef author) {

	}

	/** An article's row and its authors as read, in no order yet. */
	private record Listed(String id, String title, LocalDate publishedDate, String publisher, String excerpt,
			int wordCount, String language, List<Credit> credits) {

		ArticleSummary toSummary() {
			this.credits.sort(Comparator.comparingInt(Credit::position));
			return new ArticleSummary(this.id, this.title, this.credits.stream().map(Credit::author).toList(),
					this.publishedDate, this.publisher, this.excerpt, this.wordCount, this.language, null);
		}

	}

	/** Values many articles have in common, kept once. */
	private static final class Shared {

		private final Map<String, AuthorRef> authors = new HashMap<>();

		private final Map<LocalDate, LocalDate> days = new HashMap<>();

		private final Map<String, String> texts = new HashMap<>();

		LocalDate day(LocalDate value) {
			return (value != null) ? this.days.computeIfAbsent(value, Function.identity()) : null;
		}

		String text(String value) {
			return (value != null) ? this.texts.computeIfAbsent(value, Function.identity()) : null;
		}

	}

}
