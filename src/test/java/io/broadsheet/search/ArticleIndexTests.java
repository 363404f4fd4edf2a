package io.broadsheet.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.article.ArticleStore;
import io.broadsheet.article.FieldOrigin;
import io.broadsheet.article.IngestedArticle;
import io.broadsheet.article.StoredArticle;
import io.broadsheet.article.StoredArticlesToIndex;
import io.broadsheet.article.Traced;
import io.broadsheet.author.AuthorStore;
import io.broadsheet.extract.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index over the real schema, fed by the real store: what the sync writes is what a
 * search finds, and the index follows every change by re-indexing only what changed.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ArticleStore.class, AuthorStore.class, StoredArticlesToIndex.class })
class ArticleIndexTests {

	private static final FieldOrigin LINE_1 = new FieldOrigin(Source.TEXT, 1);

	private static final Pageable BY_RELEVANCE = PageRequest.of(0, 20, Sort.by("relevance", "id"));

	@Autowired
	private ArticleStore store;

	@Autowired
	private ArticlesToIndex source;

	@TempDir
	private Path indexPath;

	@TempDir
	private Path replicaIndexPath;

	private ArticleIndex index;

	private int version;

	@BeforeEach
	void openIndex() throws IOException {
		this.index = new ArticleIndex(this.source, new IndexLocation(this.indexPath, false));
	}

	@AfterEach
	void emptyStore() throws IOException {
		this.index.destroy();
		this.store.delete(this.store.findAllStored().stream().map(StoredArticle::id).toList());
		this.store.refreshAuthorStatistics();
	}

	@Test
	void followsAddedChangedAndRemovedArticlesReindexingOnlyThose() throws IOException {
		store(article("a", "Lavrov in Yerevan", "The minister arrived on Wednesday.", null),
				article("b", "Talks in Baku", "Delegations met for a second round.", null),
				article("c", "A quiet week", "Nothing much happened in Tbilisi.", null));
		assertThat(catchUp().indexed()).isEqualTo(3);
		assertThat(ids("Tbilisi")).containsExactly("c");

		// c changes, d is new, a is gone; b stays as it was.
		store(article("c", "A busy week", "Protesters gathered in Tbilisi and Yerevan.", null),
				article("d", "Lavrov in Baku", "The minister went on to Baku.", null));
		this.store.delete(List.of("a"));
		ArticleIndex.CatchUp second = catchUp();
		assertThat(second.indexed()).isEqualTo(2);
		assertThat(second.removed()).isEqualTo(1);
		assertThat(second.documents()).isEqualTo(3);
		assertThat(ids("Lavrov")).containsExactly("d");
		assertThat(ids("Yerevan")).containsExactly("c");
		assertThat(ids("quiet")).isEmpty();

		// The same version again: nothing to do, not even a comparison.
		assertThat(this.index.catchUp("v" + this.version).indexed()).isZero();
	}

	@Test
	void mergesABuildIntoFewSegmentsButLeavesSmallCatchUpsToTheMergePolicy() throws IOException {
		// Every search pays per segment; a build (most documents indexed at once) is
		// merged, a few changes are not (merging would rewrite the whole index each
		// time).
		for (int i = 0; i < 10; i++) {
			store(article("a" + i, "Report " + i, "Delegations met in round " + i + ".", "en"));
		}
		catchUp();
		for (int i = 0; i < 5; i++) {
			store(article("b" + i, "Late report " + i, "Delegations met again in round " + i + ".", "en"));
			catchUp();
		}
		assertThat(segments()).hasSizeGreaterThan(ArticleIndex.SEGMENTS_AFTER_BUILD);

		// A sync that more than doubles the corpus: mostly a build, merged. (Replacing
		// every article would not show it: the segments holding the replaced documents
		// are merged anyway, to drop the deletions.)
		for (int i = 0; i < 20; i++) {
			store(article("c" + i, "Report from Baku " + i, "Delegations met in Baku, round " + i + ".", "en"));
		}
		assertThat(catchUp().indexed()).isEqualTo(20);
		assertThat(segments()).hasSizeLessThanOrEqualTo(ArticleIndex.SEGMENTS_AFTER_BUILD);
		assertThat(this.index.search(criteria("Delegations"), BY_RELEVANCE).total()).isEqualTo(35);
		assertThat(ids("again")).hasSize(5).allSatisfy((id) -> assertThat(id).startsWith("b"));
	}

	@Test
	void writesEverySegmentAsItsOwnFilesWithoutCopyingThemIntoACompoundFile() throws IOException {
		// A compound file is a second copy of a segment, made on the thread that flushes:
		// Lucene's default makes one of every flushed segment, and of a merged one small
		// next to the index.
		for (int i = 0; i < 10; i++) {
			int round = i;
			String minutes = IntStream.range(0, 2000)
				.mapToObj((item) -> "item" + round + "x" + item)
				.collect(Collectors.joining(" "));
			store(article("a" + i, "Report " + i, "Delegations met in round " + i + ". " + minutes, "en"));
		}
		catchUp();
		store(article("late", "Late report", "Delegations met again in Baku.", "en"));
		assertThat(catchUp().indexed()).isEqualTo(1);
		assertThat(segments()).hasSizeGreaterThan(1)
			.allSatisfy((segment) -> assertThat(segment.info.getUseCompoundFile()).isFalse());
		try (Stream<Path> files = Files.list(this.indexPath)) {
			assertThat(files.map((file) -> file.getFileName().toString())).noneMatch((name) -> name.endsWith(".cfs"));
		}
		assertThat(ids("again")).containsExactly("late");
		assertThat(this.index.search(criteria("Delegations"), BY_RELEVANCE).total()).isEqualTo(11);
	}

	private SegmentInfos segments() throws IOException {
		try (FSDirectory directory = FSDirectory.open(this.indexPath)) {
			return SegmentInfos.readLatestCommit(directory);
		}
	}

	@Test
	void rebuildsAnIndexThatIsMissingOrCorruptFromTheStore() throws IOException {
		store(article("a", "Lavrov in Yerevan", "The minister arrived.", null),
				article("b", "Talks in Baku", "Delegations met.", null));
		catchUp();
		this.index.destroy();
		try (Stream<Path> files = Files.list(this.indexPath)) {
			for (Path file : files.toList()) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
		}
		this.index = new ArticleIndex(this.source, new IndexLocation(this.indexPath, false));
		assertThat(this.index.catchUp("v" + this.version).indexed()).isEqualTo(2);
		assertThat(ids("Baku")).containsExactly("b");
	}

	@Test
	void rebuildsAnIndexOfSchema4WhoseBodiesKeptTheirOffsetsInThePostings() throws IOException {
		store(article("a", "Lavrov in Yerevan", "The minister arrived in Yerevan.", "en"),
				article("b", "Talks in Baku", "Delegations met in Baku.", "en"));
		catchUp();
		this.index.destroy();
		// As schema 4 wrote it: one body with its offsets in its postings and no table.
		writeIndexOfSchema("4",
				List.of(PageHighlighterTests.withOffsetsInPostings(ArticleDocuments.toDocument(new IndexedArticle("b",
						"hash-b", "Talks in Baku", "Delegations met in Baku.", List.of(), null, null, "en")))));
		this.index = new ArticleIndex(this.source, new IndexLocation(this.indexPath, false));
		assertThat(this.index.catchUp("v" + this.version).indexed()).isEqualTo(2);
		assertThat(highlights("Baku").get("b")).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("<mark>Baku</mark>");
		assertThat(highlights("Yerevan").get("a")).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("<mark>Yerevan</mark>");
	}

	@Test
	void rebuildsAnIndexOfSchema5WithoutItsBodiesStemsApart() throws IOException {
		store(article("a", "Talks", "Taking part was easy.", "en"), article("b", "Talks", "They take part.", "en"));
		catchUp();
		this.index.destroy();
		// As schema 5 wrote it: no stems apart, so "take" of "taking" would pass for a
		// word that begins with "take".
		List<org.apache.lucene.document.Document> documents = new ArrayList<>();
		for (IndexedArticle article : List.of(
				new IndexedArticle("a", "hash-a", "Talks", "Taking part was easy.", List.of(), null, null, "en"),
				new IndexedArticle("b", "hash-b", "Talks", "They take part.", List.of(), null, null, "en"))) {
			documents.add(ArticleDocuments.toDocument(article));
			documents.get(documents.size() - 1).removeFields("body.en" + SearchAnalyzer.STEMS_APART);
		}
		writeIndexOfSchema("5", documents);
		this.index = new ArticleIndex(this.source, new IndexLocation(this.indexPath, false));
		assertThat(this.index.catchUp("v" + this.version).indexed()).isEqualTo(2);
		assertThat(ids("take*")).containsExactly("b");
		assertThat(ids("taki*")).containsExactly("a");
	}

	@Test
	void rebuildsAnIndexWhoseDocumentsWereMadeAnotherWay() throws IOException {
		store(article("a", "Lavrov in Yerevan", "The minister arrived.", null),
				article("b", "Talks in Baku", "Delegations met.", null));
		catchUp();
		this.index.destroy();
		// As an index written before the schema was recorded: at the current version,
		// but with fields Lucene would refuse to index the new way.
		try (var directory = org.apache.lucene.store.FSDirectory.open(this.indexPath);
				var writer = new org.apache.lucene.index.IndexWriter(directory,
						new org.apache.lucene.index.IndexWriterConfig())) {
			writer.setLiveCommitData(Map.of(ArticleIndex.CORPUS_VERSION, "v" + this.version).entrySet());
			writer.commit();
		}
		this.index = new ArticleIndex(this.source, new IndexLocation(this.indexPath, false));
		assertThat(this.index.catchUp("v" + this.version).indexed()).isEqualTo(2);
		assertThat(ids("Yere*")).containsExactly("a");
		assertThat(ids("Baku")).containsExactly("b");
	}

	@Test
	void indexesManyBatchesOnSeveralThreadsIntoOneConsistentIndex() throws IOException {
		IngestedArticle[] articles = new IngestedArticle[1_234];
		for (int i = 0; i < articles.length; i++) {
			String id = String.format("%04d", i);
			articles[i] = article(id, "Report number " + id, "Negotiations resumed in round w" + id + ".", "en");
		}
		store(articles);
		ArticleIndex.CatchUp done = catchUp();
		assertThat(done.indexed()).isEqualTo(articles.length);
		assertThat(done.documents()).isEqualTo(articles.length);
		assertThat(ids("w0777")).containsExactly("0777");
		// Totals stay exact, counted in the pass that ranks the page: one word, several,
		// a phrase, an exclusion, in every order.
		Map<String, Integer> expectedTotals = Map.of("negotiation", articles.length, "negotiations round",
				articles.length, "\"resumed in round\"", articles.length, "report -w0777", articles.length - 1);
		for (Map.Entry<String, Integer> expected : expectedTotals.entrySet()) {
			for (Pageable pageable : List.of(BY_RELEVANCE, PageRequest.of(3, 7, Sort.by("publishedDate", "id")),
					PageRequest.of(0, 5, Sort.by(Sort.Order.desc("title"), Sort.Order.asc("id"))))) {
				SearchHits found = this.index.search(criteria(expected.getKey()), pageable);
				assertThat(found.total()).as("%s, %s", expected.getKey(), pageable)
					.isEqualTo(expected.getValue().longValue());
				assertThat(found.hits()).hasSize(pageable.getPageSize());
			}
		}

		// A second replica's index of the same rows, built on threads of its own: its
		// documents land in other segments, but every answer is the same.
		ArticleIndex replica = new ArticleIndex(this.source, new IndexLocation(this.replicaIndexPath, false));
		try {
			replica.catchUp("v" + this.version);
			for (String text : List.of("negotiation", "report w0777 OR w0001", "\"round w1200\"", "repor*")) {
				for (Pageable page : List.of(BY_RELEVANCE, PageRequest.of(3, 50, Sort.by("relevance", "id")))) {
					assertThat(replica.search(criteria(text), page)).as(text)
						.isEqualTo(this.index.search(criteria(text), page));
				}
				assertThat(replica.facets(criteria(text), 20)).isEqualTo(this.index.facets(criteria(text), 20));
			}
		}
		finally {
			replica.destroy();
		}
	}

	@Test
	void givesEachHitOfAPageOverSeveralSegmentsItsOwnIdAndSnippets() throws IOException {
		// Three catch-ups, three segments; languages, titles and the field that matched
		// vary from hit to hit, and the orders below take the hits out of document order.
		List<String> languages = Arrays.asList("en", "de", null);
		for (int batch = 0; batch < 3; batch++) {
			List<IngestedArticle> articles = new ArrayList<>();
			for (int i = batch * 20; i < batch * 20 + 20; i++) {
				String id = String.format("%02d", i);
				String language = languages.get(i % 3);
				if (i % 4 == 0) {
					// Only the title matches: the snippet is the title.
					articles.add(article(id, "Zq report r" + id, "Nothing to see in " + id + ".", language));
				}
				else {
					articles.add(article(id, (i % 5 == 0) ? null : "Report " + id,
							"Talks went on. Round zq r" + id + " ended late.", language));
				}
			}
			store(articles.toArray(IngestedArticle[]::new));
			catchUp();
		}
		for (Sort order : List.of(Sort.by("relevance", "id"), Sort.by(Sort.Order.desc("title"), Sort.Order.asc("id")),
				Sort.by(Sort.Order.desc("id")))) {
			for (int page = 0; page < 3; page++) {
				SearchHits found = this.index.search(criteria("zq"), PageRequest.of(page, 25, order));
				assertThat(found.total()).isEqualTo(60);
				assertThat(found.hits()).as("%s, page %d", order, page).isNotEmpty().allSatisfy((hit) -> {
					String snippet = String.join(" ", hit.highlights());
					assertThat(snippet).contains((Integer.parseInt(hit.id()) % 4 == 0)
							? "<mark>Zq</mark> report r" + hit.id() : "<mark>zq</mark> r" + hit.id() + " ended");
				});
			}
		}
	}

	@Test
	void keepsTheIndexedVersionAcrossRestartsSoAnUnchangedStoreIsNotReindexed() throws IOException {
		store(article("a", "Lavrov in Yerevan", "The minister arrived.", null));
		catchUp();
		this.index.destroy();
		this.index = new ArticleIndex(this.source, new IndexLocation(this.indexPath, false));
		assertThat(this.index.catchUp("v" + this.version).indexed()).isZero();
		assertThat(ids("Lavrov")).containsExactly("a");
	}

	@Test
	void escapesEverythingButTheMarksInHighlights() throws IOException {
		store(article("x", "Scripts", "Before <script>alert('Lavrov & co')</script> after \"quoted\" Lavrov.", null));
		catchUp();
		List<String> highlights = this.index.search(criteria("Lavrov"), BY_RELEVANCE).hits().get(0).highlights();
		assertThat(highlights).isNotEmpty().allSatisfy((snippet) -> {
			assertThat(snippet).doesNotContain("<script>", "'", "\"", " & ");
			assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
		});
		assertThat(String.join(" ", highlights)).contains("&lt;script&gt;alert(&#39;<mark>Lavrov</mark> &amp; co&#39;)")
			.contains("&quot;quoted&quot; <mark>Lavrov</mark>");
	}

	@Test
	void cutsSnippetsOfTextBeyondAsciiWhereTheWordsAre() throws IOException {
		// The offsets in the index count the chars of the text, two for a character
		// beyond the basic plane: the marks land on the words, and the text is whole.
		store(article("x", "Genève", "À Genève, „Lavrov“ 😀 — the talks ended. Lavrov spoke later.", "en"));
		catchUp();
		assertThat(highlights("Lavrov")).containsEntry("x",
				List.of("À Genève, „<mark>Lavrov</mark>“ 😀 — the talks ended. <mark>Lavrov</mark> spoke later."));
		assertThat(highlights("Genève")).containsEntry("x",
				List.of("À <mark>Genève</mark>, „Lavrov“ 😀 — the talks ended. Lavrov spoke later."));
	}

	@Test
	void highlightsWhatEachKindOfQueryMatchedInEveryLanguageOnOnePage() throws IOException {
		store(article("en", "Ceasefire", "Talks went on. The negotiations continued for weeks in Geneva.", "en"),
				article("de", "Waffenruhe", "Die Verhandlungen dauerten Wochen in Genf.", "de"),
				article("title", "Geneva negotiations", "Nothing else here.", null));
		catchUp();
		assertThat(highlights("negotiation")).containsEntry("en",
				List.of("Talks went on. The <mark>negotiations</mark> continued for weeks in Geneva."));
		assertThat(highlights("\"continued for weeks\"")).containsEntry("en",
				List.of("Talks went on. The negotiations <mark>continued for weeks</mark> in Geneva."));
		assertThat(highlights("negotiat*")).containsEntry("en",
				List.of("Talks went on. The <mark>negotiations</mark> continued for weeks in Geneva."));
		// Only the title matched: the snippet is the title.
		assertThat(highlights("negotiations")).containsEntry("title", List.of("Geneva <mark>negotiations</mark>"));
		assertThat(highlights("Verhandlung OR Geneva"))
			.containsEntry("de", List.of("Die <mark>Verhandlungen</mark> dauerten Wochen in Genf."))
			.containsEntry("en",
					List.of("Talks went on. The negotiations continued for weeks in <mark>Geneva</mark>."));
	}

	@Test
	void ignoresCaseAndAccents() throws IOException {
		store(article("a", "Café Müller", "A night at the Café Müller in Zürich.", null),
				article("b", "Elsewhere", "Nothing of the kind.", null));
		catchUp();
		assertThat(ids("cafe MULLER")).containsExactly("a");
		assertThat(ids("CAFÉ zurich")).containsExactly("a");
		assertThat(ids("\"cafe muller\"")).containsExactly("a");
	}

	@Test
	void stemsWordsInTheArticlesLanguage() throws IOException {
		store(article("en", "Ceasefire", "The negotiations continued for weeks.", "en"),
				article("de", "Waffenruhe", "Die Verhandlungen dauerten Wochen.", "de"),
				article("und", "Unknown", "Their negotiations stalled.", null));
		catchUp();
		// English and German stemmers; no stemming when the language is unknown.
		assertThat(ids("negotiation")).containsExactly("en");
		assertThat(ids("negotiations")).containsExactlyInAnyOrder("en", "und");
		assertThat(ids("Verhandlung")).containsExactly("de");
		assertThat(ids("negotiat*")).containsExactlyInAnyOrder("en", "und");
	}

	@Test
	void answersTheLongestQueryAllowedOverArticlesInEveryStemmedLanguage() throws IOException {
		List<IngestedArticle> articles = new ArrayList<>();
		String languages = "ar hy eu ca da nl en et fi fr de el hi hu id ga it lt ne no nb pt ro ru sr es sv ta tr yi";
		for (String language : languages.split(" ")) {
			articles.add(article(language, "Filler " + language, "Nothing to find here.", language));
		}
		String words = IntStream.rangeClosed(1, TextQueryParser.MAX_TERMS)
			.mapToObj((i) -> "token" + (char) ('a' + i / 26) + (char) ('a' + i % 26))
			.collect(Collectors.joining(" "));
		articles.add(article("all", "Every word", words, null));
		store(articles.toArray(IngestedArticle[]::new));
		catchUp();
		// Every word is looked for in two fields of 31 analyses: 1,984 clauses.
		assertThat(ids(words)).containsExactly("all");
	}

	@Test
	void combinesWordsWithAndPhrasesOrAndExclusions() throws IOException {
		store(article("a", "One", "Armenia and Azerbaijan signed a peace treaty.", null),
				article("b", "Two", "Georgia and Armenia discussed trade.", null),
				article("c", "Three", "A treaty of peace was not signed by Azerbaijan.", null));
		catchUp();
		assertThat(ids("Armenia Azerbaijan")).containsExactly("a");
		assertThat(ids("\"peace treaty\"")).containsExactly("a");
		assertThat(ids("peace treaty")).containsExactlyInAnyOrder("a", "c");
		assertThat(ids("Georgia OR Azerbaijan")).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(ids("Armenia -Georgia")).containsExactly("a");
		assertThat(ids("-Armenia")).containsExactly("c");
		assertThat(ids("Azer*")).containsExactlyInAnyOrder("a", "c");
	}

	@Test
	void ranksATitleMatchAboveABodyMatch() throws IOException {
		store(article("body", "A week of visits", "Ministers went to Yerevan, then to Yerevan again.", null),
				article("title", "Yerevan", "Ministers went to many places that week.", null));
		catchUp();
		assertThat(ids("Yerevan")).containsExactly("title", "body");
	}

	@Test
	void combinesTheTextWithEveryFilterAndCountsFacetsOverTheWholeMatchingSet() throws IOException {
		store(dated("a", "Talks", "Armenia talks.", "Ann Carter", LocalDate.of(2024, 5, 1), "CivilNet", "en"),
				dated("b", "Talks", "Armenia talks again.", "Ann Carter", LocalDate.of(2025, 1, 2), "News.Az", "en"),
				dated("c", "Talks", "Armenia talks once more.", "Bob Dean", LocalDate.of(2025, 1, 3), "News.Az", "hy"),
				dated("d", "Talks", "Georgia talks.", "Bob Dean", LocalDate.of(2025, 1, 4), "News.Az", null));
		catchUp();
		assertThat(ids(new SearchCriteria(TextQuery.parse("Armenia"), Set.of("ann-carter"), null, null, null, null)))
			.containsExactlyInAnyOrder("a", "b");
		assertThat(ids(new SearchCriteria(TextQuery.parse("Armenia"), Set.of(), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 1, 31), " news.az ", "hy")))
			.containsExactly("c");

		Facets facets = this.index.facets(criteria("Armenia"), 20);
		assertThat(facets.total()).isEqualTo(3);
		assertThat(facets.authors()).containsExactly(new Facets.AuthorCount("ann-carter", "Ann Carter", 2),
				new Facets.AuthorCount("bob-dean", "Bob Dean", 1));
		assertThat(facets.years()).containsExactly(new Facets.PeriodCount("2025", 2),
				new Facets.PeriodCount("2024", 1));
		assertThat(facets.months()).containsExactly(new Facets.PeriodCount("2025-01", 2),
				new Facets.PeriodCount("2024-05", 1));
		assertThat(facets.publishers()).containsExactly(new Facets.PublisherCount("News.Az", 2),
				new Facets.PublisherCount("CivilNet", 1));
		assertThat(facets.languages()).containsExactly(new Facets.LanguageCount("en", 2),
				new Facets.LanguageCount("hy", 1));
		assertThat(this.index.facets(criteria("talks"), 1).authors()).hasSize(1);
	}

	@Test
	void sortsMatchesByDateWithUndatedLast() throws IOException {
		store(dated("old", "Talks", "Talks.", "Ann Carter", LocalDate.of(2020, 1, 1), null, null),
				dated("new", "Talks", "Talks.", "Ann Carter", LocalDate.of(2025, 1, 1), null, null),
				article("undated", "Talks", "Talks.", null));
		catchUp();
		Sort newest = Sort.by(Sort.Order.desc("publishedDate"), Sort.Order.asc("id"));
		assertThat(this.index.search(criteria("talks"), PageRequest.of(0, 10, newest)).hits())
			.extracting(SearchHits.Hit::id)
			.containsExactly("new", "old", "undated");
		assertThat(this.index.search(criteria("talks"), PageRequest.of(1, 2, newest)))
			.satisfies((page) -> assertThat(page.total()).isEqualTo(3))
			.satisfies((page) -> assertThat(page.hits()).extracting(SearchHits.Hit::id).containsExactly("undated"));
	}

	private ArticleIndex.CatchUp catchUp() throws IOException {
		this.version++;
		return this.index.catchUp("v" + this.version);
	}

	// An index on disk as an older schema wrote it, at the current corpus version: only
	// the schema it records tells that it must be built again.
	private void writeIndexOfSchema(String schema, List<org.apache.lucene.document.Document> documents)
			throws IOException {
		try (FSDirectory directory = FSDirectory.open(this.indexPath);
				var writer = new org.apache.lucene.index.IndexWriter(directory,
						new org.apache.lucene.index.IndexWriterConfig(new SearchAnalyzer(true))
							.setCodec(new SnippetSourceCodec())
							.setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE))) {
			for (org.apache.lucene.document.Document document : documents) {
				writer.addDocument(document);
			}
			writer.setLiveCommitData(
					Map.of(ArticleIndex.CORPUS_VERSION, "v" + this.version, ArticleIndex.SCHEMA_KEY, schema)
						.entrySet());
			writer.commit();
		}
	}

	private List<String> ids(String text) {
		return ids(criteria(text));
	}

	private List<String> ids(SearchCriteria criteria) {
		return this.index.search(criteria, BY_RELEVANCE).hits().stream().map(SearchHits.Hit::id).toList();
	}

	private Map<String, List<String>> highlights(String text) {
		Map<String, List<String>> highlights = new HashMap<>();
		this.index.search(criteria(text), BY_RELEVANCE)
			.hits()
			.forEach((hit) -> highlights.put(hit.id(), hit.highlights()));
		return highlights;
	}

	private static SearchCriteria criteria(String text) {
		return new SearchCriteria(TextQuery.parse(text), Set.of(), null, null, null, null);
	}

	private final Map<String, Integer> revisions = new HashMap<>();

	private void store(IngestedArticle... contents) {
		this.store.store(List.of(contents), Instant.now());
		this.store.refreshAuthorStatistics();
	}

	private IngestedArticle article(String id, String title, String body, String language) {
		return dated(id, title, body, null, null, null, language);
	}

	private IngestedArticle dated(String id, String title, String body, String author, LocalDate date, String publisher,
			String language) {
		int revision = this.revisions.merge(id, 1, Integer::sum);
		return new IngestedArticle(id, id + ".txt", "hash-" + id + "-" + revision, null, new Traced<>(title, LINE_1),
				(author != null) ? List.of(author) : List.of(), LINE_1, new Traced<>(date, LINE_1),
				new Traced<>(publisher, LINE_1), Traced.unknown(), body, 0, language);
	}

}
