package io.broadsheet.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.article.ArticleDetail.Origin;
import io.broadsheet.article.ArticleDetail.Provenance;
import io.broadsheet.author.AuthorStore;
import io.broadsheet.extract.Source;
import io.broadsheet.search.SearchSlice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write side against the real schema, each call committed as in production, and read
 * back through the JPA read side: what the sync writes must be what the API serves.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ArticleStore.class, ArticleCatalog.class, ArticleTimeline.class, ArticleSummaries.class, AuthorStore.class,
		SearchSlice.class })
@Tag("database")
class ArticleStoreTests {

	private static final FieldOrigin LINE_1 = new FieldOrigin(Source.TEXT, 1);

	@Autowired
	private ArticleStore store;

	@Autowired
	private ArticleCatalog catalog;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void emptyStore() {
		this.store.delete(this.store.findAllStored().stream().map(StoredArticle::id).toList());
		this.store.refreshAuthorStatistics();
	}

	@Test
	void readsBackEveryFieldAsStored() {
		Instant ingestedAt = Instant.parse("2026-03-01T10:15:30.123456Z");
		IngestedArticle content = new IngestedArticle("full", "dir/full.txt", "hash-full", "fingerprint-full",
				new Traced<>("A Full Title", new FieldOrigin(Source.TEXT, 3)), List.of("Ann Carter"),
				new FieldOrigin(Source.TEXT, 5),
				new Traced<>(LocalDate.of(2024, 2, 29), new FieldOrigin(Source.OVERRIDE, null)),
				new Traced<>("The Daily", new FieldOrigin(Source.DERIVED, null)),
				new Traced<>("https://example.com/full", new FieldOrigin(Source.TEXT, 7)),
				"First paragraph of the body.\n\nSecond one.", 7, "en");
		this.store.store(List.of(content), ingestedAt);
		ArticleDetail detail = this.catalog.get("full");
		assertThat(detail.title()).isEqualTo("A Full Title");
		assertThat(detail.publishedDate()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(detail.publisher()).isEqualTo("The Daily");
		assertThat(detail.url()).isEqualTo("https://example.com/full");
		assertThat(detail.sourceFile()).isEqualTo("dir/full.txt");
		assertThat(detail.wordCount()).isEqualTo(7);
		assertThat(detail.language()).isEqualTo("en");
		assertThat(detail.body()).isEqualTo("First paragraph of the body.\n\nSecond one.", 7, "en");
		assertThat(detail.provenance()).isEqualTo(new Provenance(new Origin(Source.TEXT, 3), new Origin(Source.TEXT, 5),
				new Origin(Source.OVERRIDE, null), new Origin(Source.DERIVED, null), new Origin(Source.TEXT, 7)));
		Article article = this.articles.findById("full").orElseThrow();
		assertThat(article.getContentHash()).isEqualTo("hash-full");
		assertThat(this.store.findAllStored()).singleElement()
			.isEqualTo(new StoredArticle("full", "dir/full.txt", "hash-full", "fingerprint-full"));
		assertThat(article.getExcerpt()).isEqualTo("First paragraph of the body.");
		// H2 and PostgreSQL keep microseconds.
		assertThat(article.getIngestedAt()).isEqualTo(ingestedAt.truncatedTo(ChronoUnit.MICROS));
	}

	@Test
	void leavesUnknownFieldsEmpty() {
		this.store.store(List.of(new IngestedArticle("bare", "bare.txt", "hash-bare", null, Traced.unknown(), List.of(),
				LINE_1, Traced.unknown(), Traced.unknown(), Traced.unknown(), "Just a body.", 3, null)), Instant.now());
		ArticleDetail detail = this.catalog.get("bare");
		assertThat(detail.title()).isNull();
		assertThat(detail.authors()).isEmpty();
		assertThat(detail.publishedDate()).isNull();
		assertThat(detail.provenance()).isEqualTo(new Provenance(null, null, null, null, null));
	}

	@Test
	void keepsBylineOrderAndLinksANameCreditedTwiceOnce() {
		this.store.store(List.of(content("one", List.of("Zoe Last", "Ann First", "ZOE  LAST", "Mid Dle"), null),
				content("two", List.of("Mid Dle", "Zoe Last"), null)), Instant.now());
		assertThat(this.catalog.get("one").authors()).extracting(AuthorRef::id)
			.containsExactly("zoe-last", "ann-first", "mid-dle");
		assertThat(this.catalog.get("two").authors()).extracting(AuthorRef::id).containsExactly("mid-dle", "zoe-last");
		assertThat(this.jdbc.queryForObject("select name from author where id = 'zoe-last'", String.class))
			.isEqualTo("Zoe Last");
	}

	@Test
	void replacingAnArticleReplacesItsBodyAndAuthorLinks() {
		this.store.store(List.of(content("one", List.of("Ann Carter", "Bob Writer"), null)), Instant.now());
		this.store.store(List.of(content("one", List.of("Carl Critic"), null, "Revised")), Instant.now());
		assertThat(this.store.findAllStored()).singleElement()
			.satisfies((stored) -> assertThat(stored.contentHash()).isEqualTo("hash-one-Revised"));
		ArticleDetail detail = this.catalog.get("one");
		assertThat(detail.title()).isEqualTo("Revised");
		assertThat(detail.body()).isEqualTo("Body of Revised.");
		assertThat(detail.authors()).extracting(AuthorRef::id).containsExactly("carl-critic");
		assertThat(
				this.jdbc.queryForList("select author_id from article_author where article_id = 'one'", String.class))
			.containsExactly("carl-critic");
	}

	@Test
	void aBatchOfNewAndStoredArticlesReplacesOnlyTheStoredOnes() {
		this.store.store(
				List.of(content("one", List.of("Ann Carter"), null), content("two", List.of("Bob Writer"), null)),
				Instant.now());
		this.store.store(List.of(content("new", List.of("Dan Newcomer"), null),
				content("two", List.of("Carl Critic"), null, "Revised")), Instant.now());
		assertThat(this.store.findAllStored()).extracting(StoredArticle::id)
			.containsExactlyInAnyOrder("one", "two", "new");
		assertThat(this.catalog.get("one").body()).isEqualTo("Body of Title of one.");
		assertThat(this.catalog.get("two").title()).isEqualTo("Revised");
		assertThat(this.catalog.get("new").authors()).extracting(AuthorRef::id).containsExactly("dan-newcomer");
		assertThat(this.jdbc.queryForList("select article_id from article_author order by article_id", String.class))
			.containsExactly("new", "one", "two");
	}

	@Test
	void anAuthorSharedByTwoBatchesIsOneAuthor() {
		this.store.store(List.of(content("one", List.of("Ann Carter"), LocalDate.of(2020, 5, 1))), Instant.now());
		this.store.store(List.of(content("two", List.of("ann carter", "Bob Writer"), LocalDate.of(2019, 1, 2))),
				Instant.now());
		this.store.refreshAuthorStatistics();
		assertThat(authorCounts()).containsExactly("ann-carter 2 2019-01-02 2020-05-01",
				"bob-writer 1 2019-01-02 2019-01-02");
		assertThat(this.jdbc.queryForObject("select name from author where id = 'ann-carter'", String.class))
			.isEqualTo("Ann Carter");
	}

	@Test
	void authorStatisticsFollowUpdatesAndRemovals() {
		this.store.store(List.of(content("one", List.of("Ann Carter"), LocalDate.of(2020, 5, 1)),
				content("two", List.of("Ann Carter", "Bob Writer"), LocalDate.of(2021, 6, 2)),
				content("three", List.of("Ann Carter"), LocalDate.of(2022, 7, 3)),
				content("four", List.of("Dan Undated"), null)), Instant.now());
		this.store.refreshAuthorStatistics();
		assertThat(authorCounts()).containsExactly("ann-carter 3 2020-05-01 2022-07-03",
				"bob-writer 1 2021-06-02 2021-06-02", "dan-undated 1 null null");
		// Ann loses her latest article to Bob, her earliest one vanishes, Dan's is gone.
		this.store.store(List.of(content("three", List.of("Bob Writer"), LocalDate.of(2022, 7, 3), "Revised")),
				Instant.now());
		this.store.delete(List.of("one", "four"));
		this.store.refreshAuthorStatistics();
		assertThat(authorCounts()).containsExactly("ann-carter 1 2021-06-02 2021-06-02",
				"bob-writer 2 2021-06-02 2022-07-03");
	}

	@Test
	void deletingAnArticleDeletesItsBodyAndLinks() {
		this.store.store(
				List.of(content("one", List.of("Ann Carter"), null), content("two", List.of("Ann Carter"), null)),
				Instant.now());
		this.store.delete(List.of("one"));
		assertThat(this.jdbc.queryForList("select article_id from article_body", String.class)).containsExactly("two");
		assertThat(this.jdbc.queryForList("select article_id from article_author", String.class))
			.containsExactly("two");
	}

	private List<String> authorCounts() {
		return this.jdbc.query("select * from author order by id",
				(rs, row) -> rs.getString("id") + " " + rs.getInt("article_count") + " "
						+ rs.getString("first_published") + " " + rs.getString("last_published"));
	}

	private static IngestedArticle content(String id, List<String> authors, LocalDate date) {
		return content(id, authors, date, "Title of " + id);
	}

	private static IngestedArticle content(String id, List<String> authors, LocalDate date, String title) {
		return new IngestedArticle(id, id + ".txt", "hash-" + id + "-" + title, null, new Traced<>(title, LINE_1),
				authors, LINE_1, new Traced<>(date, LINE_1), Traced.unknown(), Traced.unknown(),
				"Body of " + title + ".", 3, null);
	}

}
