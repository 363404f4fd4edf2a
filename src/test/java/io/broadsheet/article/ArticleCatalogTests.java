package io.broadsheet.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.broadsheet.StatementCounter;
import io.broadsheet.author.AuthorStore;
import io.broadsheet.extract.Source;
import io.broadsheet.search.SearchSlice;
import io.broadsheet.system.CorpusChanged;
import io.broadsheet.system.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries against the real schema, counting every statement made on the store's
 * connections: a page of articles with their authors must not cost one query per article,
 * and once a version is served, a page of the default order costs none.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ArticleStore.class, ArticleCatalog.class, ArticleTimeline.class, ArticleSummaries.class, AuthorStore.class,
		SearchSlice.class, StatementCounter.class })
@Tag("database")
class ArticleCatalogTests {

	private static final int ARTICLES = 120;

	private static final int UNDATED = ARTICLES / 10;

	@Autowired
	private ArticleStore store;

	@Autowired
	private ArticleCatalog catalog;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ArticleTimeline timeline;

	@Autowired
	private ArticleSummaries summaries;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@AfterEach
	void emptyStore() {
		this.store.delete(this.store.findAllStored().stream().map(StoredArticle::id).toList());
		this.store.refreshAuthorStatistics();
	}

	@BeforeEach
	void storeArticles() {
		List<IngestedArticle> contents = new ArrayList<>();
		for (int i = 0; i < ARTICLES; i++) {
			LocalDate date = (i % 10 == 0) ? null : LocalDate.of(2020, 1, 1).plusDays(i * 7L);
			List<String> authors = List.of("Author " + (char) ('A' + i % 7), "Co Author " + (char) ('A' + i % 3));
			contents.add(content("article-%03d".formatted(i), "Title " + i, authors, date));
		}
		this.store.store(contents, Instant.now());
		this.store.refreshAuthorStatistics();
		serve("v0");
	}

	@Test
	void aPageInAnOrderOnlyTheStoreKnowsCostsAtMostThreeStatementsWhateverItsSize() {
		for (int size : new int[] { 5, 20, 50 }) {
			this.statements.reset();
			Page<ArticleSummary> page = this.catalog.find(ArticleFilter.all(),
					PageRequest.of(1, size, Sort.by("title")));
			assertThat(page.getContent()).hasSize(size)
				.allSatisfy((article) -> assertThat(article.authors()).hasSize(2));
			assertThat(this.statements.count()).as("statements for a page of %d", size).isLessThanOrEqualTo(3);
		}
	}

	@Test
	void aPageOfTheDefaultOrderCostsNoStatementAndListsWhatTheStoreLists() {
		for (ArticleFilter filter : List.of(ArticleFilter.all(), ArticleFilter.byAuthor("Author B"))) {
			Pageable second = new PageQuery(1, 3, null).toPageable(ArticleSorting.BY_DATE);
			List<ArticleSummary> expected = new TransactionTemplate(this.transactionManager)
				.execute((status) -> this.articles.findAll(filter.toSpecification(), second)
					.map(ArticleSummary::from)
					.getContent());
			this.statements.reset();
			Page<ArticleSummary> page = this.catalog.find(filter, second);
			assertThat(this.statements.count()).as("statements for %s", filter).isZero();
			assertThat(page.getContent()).as("page of %s", filter).containsExactlyElementsOf(expected).hasSize(3);
		}
		long byAuthorB = IntStream.range(0, ARTICLES).filter((i) -> i % 7 == 1).count();
		assertThat(this.catalog.find(ArticleFilter.byAuthor("Author B"), Pageable.ofSize(3)).getTotalElements())
			.isEqualTo(byAuthorB);
	}

	@Test
	void listsEveryArticleAsItsEntitiesSayBylineOrderIncluded() {
		this.store.store(List.of(content("article-byline", "Byline", List.of("Zoe Last", "Adam First", "Mia Middle"),
				LocalDate.of(2021, 5, 1))), Instant.now());
		serve("v1");
		List<String> ids = new ArrayList<>(this.articles.findAll().stream().map(Article::getId).toList());
		ids.add("no-such-article");
		List<ArticleSummary> expected = new TransactionTemplate(this.transactionManager)
			.execute((status) -> this.articles.findAllById(ids).stream().map(ArticleSummary::from).toList());
		List<ArticleSummary> served = this.summaries.of(ids, (id) -> null);
		assertThat(served).containsExactlyInAnyOrderElementsOf(expected).hasSize(ARTICLES + 1);
		assertThat(served).filteredOn((summary) -> summary.id().equals("article-byline"))
			.singleElement()
			.satisfies((summary) -> assertThat(summary.authors()).extracting(AuthorRef::name)
				.containsExactly("Zoe Last", "Adam First", "Mia Middle"));
	}

	@Test
	void readsWhatTheServedVersionLacksFromTheStoreAndLeavesOutWhatItNoLongerHolds() {
		serve("v1");
		this.store.store(List.of(content("article-new", "Added during a sync", List.of("New Author"), null)),
				Instant.now());
		this.store.delete(List.of("article-005"));
		List<ArticleSummary> listed = this.summaries.of(List.of("article-new", "article-005", "article-006"),
				(id) -> List.of("snippet of " + id));
		assertThat(listed).extracting(ArticleSummary::id).containsExactly("article-new", "article-005", "article-006");
		assertThat(listed.get(0).authors()).extracting(AuthorRef::name).containsExactly("New Author");
		assertThat(listed).extracting(ArticleSummary::highlights)
			.containsExactly(List.of("snippet of article-new"), List.of("snippet of article-005"),
					List.of("snippet of article-006"));
		// The next version served no longer has the removed article, and has the new one.
		serve("v2");
		assertThat(this.summaries.of(List.of("article-new", "article-005"), (id) -> null))
			.extracting(ArticleSummary::title)
			.containsExactly("Added during a sync");
	}

	@Test
	void listsAnArticleByTwoMatchingAuthorsOnce() {
		Page<ArticleSummary> page = this.catalog.find(
				new ArticleFilter(List.of("author-a", "co-author-a"), null, null, null, null, null, null),
				PageRequest.of(0, 100, Sort.by("id")));
		assertThat(page.getContent()).extracting(ArticleSummary::id).doesNotHaveDuplicates();
	}

	@Test
	void putsUndatedArticlesLastWhicheverWayDatesAreSorted() {
		for (String direction : new String[] { "asc", "desc" }) {
			Pageable pageable = PageRequest.of(0, ARTICLES,
					Sort.by(Sort.Order.by("publishedDate").with(Sort.Direction.fromString(direction)).nullsLast()));
			List<ArticleSummary> content = this.catalog.find(ArticleFilter.all(), pageable).getContent();
			assertThat(content.subList(content.size() - UNDATED, content.size()))
				.allSatisfy((article) -> assertThat(article.publishedDate()).isNull());
			assertThat(content.get(0).publishedDate()).isNotNull();
		}
	}

	@Test
	void replacingAnArticleKeepsOneCopyWithTheNewAuthors() {
		this.store.store(List.of(content("article-001", "New title", List.of("Someone Else"), null)), Instant.now());
		ArticleDetail detail = this.catalog.get("article-001");
		assertThat(detail.title()).isEqualTo("New title");
		assertThat(detail.authors()).extracting(AuthorRef::id).containsExactly("someone-else");
		assertThat(detail.body()).isEqualTo("Body of New title.");
	}

	@Test
	void readsAWholeArticleWithItsAuthorsInBylineOrderInTwoStatements() {
		this.store.store(List.of(content("article-001", "Two authors", List.of("Zoe Last", "Adam First"), null)),
				Instant.now());
		this.statements.reset();
		ArticleDetail detail = this.catalog.get("article-001");
		assertThat(this.statements.count()).as("the article with its byline, then the names").isEqualTo(2);
		assertThat(detail.authors()).extracting(AuthorRef::name).containsExactly("Zoe Last", "Adam First");
		assertThat(detail.body()).isEqualTo("Body of Two authors.");
	}

	@Test
	void readsAWholeArticleWithoutAuthorsInOneStatement() {
		this.store.store(List.of(content("article-001", "Anonymous", List.of(), null)), Instant.now());
		this.statements.reset();
		assertThat(this.catalog.get("article-001").authors()).isEmpty();
		assertThat(this.statements.count()).isEqualTo(1);
	}

	private void serve(String version) {
		CorpusChanged changed = new CorpusChanged(version, Instant.now());
		this.timeline.onCorpusChanged(changed);
		this.summaries.onCorpusChanged(changed);
	}

	private static IngestedArticle content(String id, String title, List<String> authors, LocalDate date) {
		FieldOrigin fromText = new FieldOrigin(Source.TEXT, 1);
		return new IngestedArticle(id, id + ".txt", "hash-" + id + title, null, new Traced<>(title, fromText), authors,
				fromText, new Traced<>(date, fromText), Traced.unknown(), Traced.unknown(), "Body of " + title + ".", 3,
				null);
	}

}
