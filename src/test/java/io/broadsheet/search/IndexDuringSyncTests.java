package io.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.broadsheet.article.ArticleStore;
import io.broadsheet.article.FieldOrigin;
import io.broadsheet.article.IngestedArticle;
import io.broadsheet.article.StoredArticle;
import io.broadsheet.article.Traced;
import io.broadsheet.author.AuthorStore;
import io.broadsheet.extract.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index built while a sync stores the articles, as the application wires it: each
 * batch the store commits goes to the index, so that the catch-up after the sync has
 * nothing left to read back, and the index answers exactly as one built from the store.
 */
@DataJpaTest
@Tag("database")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ArticleStore.class, AuthorStore.class, SearchSlice.class })
class IndexDuringSyncTests {

	private static final FieldOrigin LINE_1 = new FieldOrigin(Source.TEXT, 1);

	@Autowired
	private ArticleStore store;

	@Autowired
	private ArticleIndex index;

	@Autowired
	private ArticlesToIndex source;

	@Autowired
	private PlatformTransactionManager transactions;

	@TempDir
	private Path replicaPath;

	private static int version;

	@AfterEach
	void emptyStore() throws IOException {
		this.store.delete(this.store.findAllStored().stream().map(StoredArticle::id).toList());
		this.store.refreshAuthorStatistics();
		this.index.catchUp(nextVersion());
	}

	@Test
	void indexesEachBatchAsItIsStoredSoTheCatchUpReadsNothingBackAndAnswersAsAnIndexBuiltFromTheStore()
			throws IOException {
		int documentsBefore = documentsInLatestCommit();
		// Two batches, as a sync writes them; the second spells a known author another
		// way, and the store keeps the first spelling.
		this.store.store(IntStream.range(0, 60).mapToObj((i) -> article(i, "Ann Smith")).toList(), Instant.now());
		this.store.store(IntStream.range(60, 120).mapToObj((i) -> article(i, "ANN SMITH")).toList(), Instant.now());
		this.store.refreshAuthorStatistics();
		// Nothing is committed before the catch-up records the store's version.
		assertThat(documentsInLatestCommit()).isEqualTo(documentsBefore);

		ArticleIndex.CatchUp catchUp = this.index.catchUp(nextVersion());
		assertThat(catchUp.indexed()).isZero();
		assertThat(catchUp.documents()).isEqualTo(120);
		assertThat(documentsInLatestCommit()).isEqualTo(120);

		ArticleIndex replica = new ArticleIndex(this.source, new IndexLocation(this.replicaPath, false));
		try {
			assertThat(replica.catchUp("replica").indexed()).isEqualTo(120);
			for (String text : List.of("negotiation", "w7 OR w11", "\"round w12\"", "repor*")) {
				for (Pageable page : List.of(PageRequest.of(0, 20, Sort.by("relevance", "id")),
						PageRequest.of(1, 50, Sort.by(Sort.Order.desc("publishedDate"), Sort.Order.asc("id"))))) {
					assertThat(this.index.search(criteria(text), page)).as(text)
						.isEqualTo(replica.search(criteria(text), page));
				}
				assertThat(this.index.facets(criteria(text), 20)).as(text)
					.isEqualTo(replica.facets(criteria(text), 20));
			}
			assertThat(this.index.facets(criteria("negotiation"), 20).authors())
				.containsExactly(new Facets.AuthorCount("ann-smith", "Ann Smith", 120));
		}
		finally {
			replica.destroy();
		}
	}

	@Test
	void aFirstSyncThatHandsAnArticleOverTwiceLeavesItIndexedOnceAsLastStored() throws IOException {
		assertThat(documentsInLatestCommit()).isZero();
		// Into an empty index the sync's documents are added without deleting earlier
		// ones of the same id: the catch-up finds the second copies and indexes each
		// article once more, as the store now holds it.
		this.store.store(IntStream.range(0, 30).mapToObj((i) -> article(i, "Ann Smith")).toList(), Instant.now());
		this.store.store(IntStream.range(20, 30).mapToObj((i) -> revised(article(i, "Ann Smith"))).toList(),
				Instant.now());
		this.store.refreshAuthorStatistics();

		ArticleIndex.CatchUp catchUp = this.index.catchUp(nextVersion());
		assertThat(catchUp.indexed()).isEqualTo(10);
		assertThat(catchUp.documents()).isEqualTo(30);
		assertThat(this.index.search(criteria("negotiation"), PageRequest.of(0, 50)).total()).isEqualTo(20);
		assertThat(this.index.search(criteria("armistice"), PageRequest.of(0, 50)).hits())
			.extracting(SearchHits.Hit::id)
			.containsExactlyInAnyOrderElementsOf(IntStream.range(20, 30).mapToObj((i) -> "a" + i).toList());
		assertThat(this.index.facets(criteria("report"), 20).total()).isEqualTo(30);
	}

	@Test
	void neverIndexesABatchTheStoreRolledBack() throws IOException {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.store.store(List.of(article(1, "Ann Smith")), Instant.now());
			status.setRollbackOnly();
		});
		ArticleIndex.CatchUp catchUp = this.index.catchUp(nextVersion());
		assertThat(catchUp.documents()).isZero();
		assertThat(this.index.search(criteria("negotiation"), PageRequest.of(0, 20)).total()).isZero();
	}

	private int documentsInLatestCommit() throws IOException {
		try (FSDirectory directory = FSDirectory.open(this.index.path())) {
			return SegmentInfos.readLatestCommit(directory).totalMaxDoc();
		}
		catch (org.apache.lucene.index.IndexNotFoundException ex) {
			return 0;
		}
	}

	private static String nextVersion() {
		return "sync-" + (++version);
	}

	private static SearchCriteria criteria(String text) {
		return new SearchCriteria(TextQuery.parse(text), Set.of(), null, null, null, null);
	}

	private static IngestedArticle revised(IngestedArticle article) {
		return new IngestedArticle(article.id(), article.sourceFile(), article.contentHash() + "-revised",
				article.fileFingerprint(), article.title(), article.authorNames(), article.authorsOrigin(),
				article.publishedDate(), article.publisher(), article.url(),
				article.body().replace("negotiation", "armistice"), article.wordCount(), article.language());
	}

	private static IngestedArticle article(int number, String author) {
		String id = "a" + number;
		String body = "A report on the negotiation, round w" + number + ", with w" + (number % 13) + " in it.";
		return new IngestedArticle(id, id + ".txt", "hash-" + id, null, new Traced<>("Talks, part " + number, LINE_1),
				List.of(author), LINE_1, new Traced<>(LocalDate.of(2025, 1 + number % 12, 1), LINE_1),
				new Traced<>((number % 2 == 0) ? "The Herald" : "The Post", LINE_1), Traced.unknown(), body, 12,
				(number % 3 == 0) ? "fr" : "en");
	}

}
