package io.broadsheet.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.author.AuthorStore;
import io.broadsheet.extract.Source;
import io.broadsheet.search.SearchSlice;
import io.broadsheet.system.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries against the real schema, with Hibernate's statement counter: a page of articles
 * with their authors must not cost one query per article.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ArticleStore.class, ArticleCatalog.class, ArticleTimeline.class, AuthorStore.class, SearchSlice.class })
@Tag("database")
class ArticleCatalogTests {

	private static final int ARTICLES = 120;

	private static final int UNDATED = ARTICLES / 10;

	@Autowired
	private ArticleStore store;

	@Autowired
	private ArticleCatalog catalog;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

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
	}

	@Test
	void aPageWithItsAuthorsCostsAtMostThreeStatementsWhateverItsSize() {
		for (int size : new int[] { 5, 20, 50 }) {
			Statistics statistics = statistics();
			Page<ArticleSummary> page = this.catalog.find(ArticleFilter.all(),
					new PageQuery(1, size, null).toPageable(ArticleSorting.BY_DATE));
			assertThat(page.getContent()).hasSize(size)
				.allSatisfy((article) -> assertThat(article.authors()).hasSize(2));
			assertThat(statistics.getPrepareStatementCount()).as("statements for a page of %d", size)
				.isLessThanOrEqualTo(3);
		}
	}

	@Test
	void filteringByAuthorAlsoCostsAtMostThreeStatements() {
		Statistics statistics = statistics();
		Page<ArticleSummary> page = this.catalog.find(ArticleFilter.byAuthor("Author B"),
				new PageQuery(0, 3, null).toPageable(ArticleSorting.BY_DATE));
		long byAuthorB = IntStream.range(0, ARTICLES).filter((i) -> i % 7 == 1).count();
		assertThat(page.getTotalElements()).isEqualTo(byAuthorB);
		assertThat(page.getContent())
			.allSatisfy((article) -> assertThat(article.authors()).extracting(AuthorRef::name).contains("Author B"));
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
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

	private Statistics statistics() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		return statistics;
	}

	private static IngestedArticle content(String id, String title, List<String> authors, LocalDate date) {
		FieldOrigin fromText = new FieldOrigin(Source.TEXT, 1);
		return new IngestedArticle(id, id + ".txt", "hash-" + id + title, null, new Traced<>(title, fromText), authors,
				fromText, new Traced<>(date, fromText), Traced.unknown(), Traced.unknown(), "Body of " + title + ".", 3,
				null);
	}

}
