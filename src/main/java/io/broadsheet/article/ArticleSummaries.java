package io.broadsheet.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.broadsheet.author.AuthorStore;
import io.broadsheet.system.CorpusChanged;
import io.broadsheet.system.CorpusMemory;

/**
 * What a page lists of each article of the served corpus version (its
 * {@link ArticleSummary}), held in memory and rebuilt whenever the served version
 * changes. A page whose articles the timeline or the search index has chosen is then
 * assembled without the store: no transaction, no connection, no entity.
 * <p>
 * Profiled under random pages of 10k articles without the answer cache, loading a page's
 * 20 rows and their authors through Hibernate and H2 was 60 % of a request's CPU. The
 * summaries are held packed ({@link PackedSummaries}): about 0.4 KB an article, the
 * excerpt most of it. An article the store holds but the served version does not (a sync
 * is running) is read from the store, with the same statements restricted to its id; the
 * authors' names come from the author module.
 */
@Component
class ArticleSummaries {

	private static final String SUMMARIES = """
			select id, title, published_date, publisher, excerpt, word_count, language from article""";

	// The authors' names are the author module's (AuthorStore).
	private static final String CREDITS = "select article_id, position, author_id from article_author";

	private static final String ONLY_IDS = " where id in (:ids)";

	private static final String ONLY_ARTICLE_IDS = " where article_id in (:ids)";

	private final JdbcClient jdbc;

	private final AuthorStore authors;

	/** Empty until the first version is served: the store answers meanwhile. */
	private volatile PackedSummaries served = PackedSummaries.EMPTY;

	private final ApplicationEventPublisher events;

	ArticleSummaries(JdbcClient jdbc, AuthorStore authors, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.authors = authors;
		this.events = events;
	}

	@EventListener
	void onCorpusChanged(CorpusChanged changed) {
		PackedSummaries.Builder packed = new PackedSummaries.Builder();
		load(null, packed::add);
		this.served = packed.build();
		// The answer caches give way to the summaries: a larger corpus leaves them less.
		this.events.publishEvent(new CorpusMemory("article summaries", this.served.bytes()));
	}

	/**
	 * The summaries of the given articles, in the given order, with their highlights. An
	 * article no longer stored (removed since the page was chosen) is left out.
	 * @param ids the articles
	 * @param highlights each article's snippets, {@code null} without a text query
	 * @return the summaries
	 */
	List<ArticleSummary> of(List<String> ids, Function<String, List<String>> highlights) {
		PackedSummaries current = this.served;
		List<ArticleSummary> served = new ArrayList<>(ids.size());
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			ArticleSummary summary = current.get(id);
			served.add(summary);
			if (summary == null) {
				missing.add(id);
			}
		}
		Map<String, ArticleSummary> fromStore = new HashMap<>();
		if (!missing.isEmpty()) {
			load(missing, (summary) -> fromStore.put(summary.id(), summary));
		}
		List<ArticleSummary> page = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			ArticleSummary summary = (served.get(i) != null) ? served.get(i) : fromStore.get(ids.get(i));
			if (summary != null) {
				List<String> snippets = highlights.apply(ids.get(i));
				page.add((snippets != null) ? summary.withHighlights(snippets) : summary);
			}
		}
		return page;
	}

	// All articles when ids is null, else those of the ids: three statements.
	private void load(Collection<String> ids, Consumer<ArticleSummary> summaries) {
		Map<String, List<Credit>> credits = new HashMap<>();
		Set<String> authorIds = new HashSet<>();
		query(CREDITS, ONLY_ARTICLE_IDS, ids).query((row) -> {
			String author = row.getString(3);
			authorIds.add(author);
			credits.computeIfAbsent(row.getString(1), (article) -> new ArrayList<>(2))
				.add(new Credit(row.getInt(2), author));
		});
		Map<String, String> names = (ids != null) ? this.authors.namesOf(authorIds) : this.authors.allNames();
		query(SUMMARIES, ONLY_IDS, ids).query((row) -> {
			String id = row.getString(1);
			summaries.accept(new ArticleSummary(id, row.getString(2), byline(credits.get(id), names),
					row.getObject(3, LocalDate.class), row.getString(4), row.getString(5), row.getInt(6),
					row.getString(7), null));
		});
	}

	// An author removed since the byline was read (a sync is running) is left out. The
	// values articles have in common are not shared here: PackedSummaries keeps each
	// once.
	private static List<AuthorRef> byline(List<Credit> credits, Map<String, String> names) {
		if (credits == null) {
			return List.of();
		}
		credits.sort(Comparator.comparingInt(Credit::position));
		List<AuthorRef> byline = new ArrayList<>(credits.size());
		for (Credit credit : credits) {
			String name = names.get(credit.authorId());
			if (name != null) {
				byline.add(new AuthorRef(credit.authorId(), name));
			}
		}
		return List.copyOf(byline);
	}

	private JdbcClient.StatementSpec query(String sql, String onlyIds, Collection<String> ids) {
		return (ids != null) ? this.jdbc.sql(sql + onlyIds).param("ids", ids) : this.jdbc.sql(sql);
	}

	/** One author of an article, at its place in the byline. */
	private record Credit(int position, String authorId) {

	}

}
