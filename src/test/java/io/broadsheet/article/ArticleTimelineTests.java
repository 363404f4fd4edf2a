package io.broadsheet.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.author.AuthorStore;
import io.broadsheet.extract.Source;
import io.broadsheet.search.SearchSlice;
import io.broadsheet.system.CorpusChanged;
import io.broadsheet.system.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline must list exactly what the store lists, in the same order, for every
 * filter it answers: ties on a day, undated articles, articles of several authors, date
 * bounds on either side, pages past the end. Runs on H2 and on PostgreSQL, whose text
 * order differs from Java's.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ArticleStore.class, ArticleCatalog.class, ArticleTimeline.class, ArticleSummaries.class, AuthorStore.class,
		SearchSlice.class })
@Tag("database")
class ArticleTimelineTests {

	private static final int ARTICLES = 157;

	private static final int PAGE_SIZE = 7;

	private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

	@Autowired
	private ArticleStore store;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ArticleTimeline timeline;

	@BeforeEach
	void storeArticles() {
		Random random = new Random(7);
		List<IngestedArticle> contents = new ArrayList<>();
		for (int i = 0; i < ARTICLES; i++) {
			// Ids whose order depends on the collation: '-', '_' and case.
			String id = switch (i % 3) {
				case 0 -> "art-%03d".formatted(i);
				case 1 -> "art_%03d".formatted(i);
				default -> "Art%03d".formatted(i);
			};
			// About 40 distinct days for 157 articles, so days are shared; one in eight
			// undated.
			LocalDate date = (random.nextInt(8) == 0) ? null : FIRST_DAY.plusDays(random.nextInt(40) * 3L);
			List<String> authors = new ArrayList<>();
			for (int a = 0; a <= random.nextInt(3); a++) {
				String author = "Author " + (char) ('A' + random.nextInt(6));
				if (!authors.contains(author)) {
					authors.add(author);
				}
			}
			contents.add(content(id, authors, date));
		}
		this.store.store(contents, Instant.now());
		this.store.refreshAuthorStatistics();
		this.timeline.onCorpusChanged(new CorpusChanged("v1", Instant.now()));
	}

	@AfterEach
	void emptyStore() {
		this.store.delete(this.store.findAllStored().stream().map(StoredArticle::id).toList());
		this.store.refreshAuthorStatistics();
	}

	@Test
	void listsEveryPageOfEveryFilterItAnswersAsTheStoreDoes() {
		List<ArticleFilter> filters = new ArrayList<>();
		filters.add(ArticleFilter.all());
		for (String author : List.of("author-a", "author-c", "author-f", "nobody")) {
			filters.add(ArticleFilter.byAuthor(author));
		}
		filters.add(filter(List.of("author-b", "author-d"), null, null, null));
		LocalDate middle = FIRST_DAY.plusDays(60);
		for (LocalDate from : new LocalDate[] { null, FIRST_DAY, middle, FIRST_DAY.plusDays(200) }) {
			for (LocalDate to : new LocalDate[] { null, FIRST_DAY, middle.plusDays(1), FIRST_DAY.plusDays(119) }) {
				filters.add(filter(List.of(), null, from, to));
				filters.add(filter(List.of("author-e"), null, from, to));
			}
		}
		filters.add(filter(List.of(), PublicationPeriod.of("2024-02"), null, null));
		filters.add(filter(List.of("author-a"), PublicationPeriod.of("2024-02"), FIRST_DAY.plusDays(40), null));
		int compared = 0;
		for (ArticleFilter filter : filters) {
			Page<Article> first = this.articles.findAll(filter.toSpecification(), pageable(0));
			for (int page = 0; page <= first.getTotalPages() + 1; page++) {
				Page<Article> expected = this.articles.findAll(filter.toSpecification(), pageable(page));
				ArticleTimeline.IdPage actual = this.timeline.page(filter, pageable(page)).orElseThrow();
				assertThat(actual.ids()).as("%s, page %d", filter, page)
					.containsExactlyElementsOf(expected.map(Article::getId).getContent());
				assertThat(actual.total()).as("%s, total", filter).isEqualTo(expected.getTotalElements());
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(100);
	}

	@Test
	void leavesOtherOrdersAndFiltersToTheStore() {
		for (String sort : List.of("title", "publishedDate,asc", "title,desc")) {
			assertThat(this.timeline.page(ArticleFilter.all(),
					new PageQuery(0, PAGE_SIZE, List.of(sort)).toPageable(ArticleSorting.BY_DATE)))
				.as(sort)
				.isEmpty();
		}
		assertThat(
				this.timeline.page(new ArticleFilter(List.of(), null, null, null, "News.Az", null, null), pageable(0)))
			.isEmpty();
		assertThat(this.timeline.page(new ArticleFilter(List.of(), null, null, null, null, "en", null), pageable(0)))
			.isEmpty();
	}

	@Test
	void followsTheServedVersion() {
		ArticleTimeline.IdPage before = this.timeline.page(ArticleFilter.all(), pageable(0)).orElseThrow();
		this.store.delete(List.of(before.ids().get(0)));
		this.store.store(List.of(content("newest", List.of("Author Z"), FIRST_DAY.plusYears(5))), Instant.now());
		this.store.refreshAuthorStatistics();
		this.timeline.onCorpusChanged(new CorpusChanged("v2", Instant.now()));
		ArticleTimeline.IdPage after = this.timeline.page(ArticleFilter.all(), pageable(0)).orElseThrow();
		assertThat(after.total()).isEqualTo(before.total());
		assertThat(after.ids()).startsWith("newest").doesNotContain(before.ids().get(0));
		assertThat(this.timeline.page(ArticleFilter.byAuthor("author-z"), pageable(0)).orElseThrow().ids())
			.containsExactly("newest");
	}

	private static Pageable pageable(int page) {
		return new PageQuery(page, PAGE_SIZE, null).toPageable(ArticleSorting.BY_DATE);
	}

	private static ArticleFilter filter(List<String> authors, PublicationPeriod period, LocalDate from, LocalDate to) {
		return new ArticleFilter(authors, period, from, to, null, null, null);
	}

	private static IngestedArticle content(String id, List<String> authors, LocalDate date) {
		FieldOrigin fromText = new FieldOrigin(Source.TEXT, 1);
		return new IngestedArticle(id, id + ".txt", "hash-" + id, null, new Traced<>("Title " + id, fromText), authors,
				fromText, new Traced<>(date, fromText), Traced.unknown(), Traced.unknown(), "Body of " + id + ".", 3,
				"en");
	}

}
