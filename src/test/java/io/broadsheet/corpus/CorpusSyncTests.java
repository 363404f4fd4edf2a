package io.broadsheet.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import io.broadsheet.article.ArticleStore;
import io.broadsheet.article.StoredArticle;
import io.broadsheet.author.AuthorStore;
import io.broadsheet.corpus.CorpusReport.SkippedFile;
import io.broadsheet.extract.ArticleExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync against a real folder and the real schema, each step committed as in
 * production (no test transaction wraps it).
 */
@DataJpaTest
@ExtendWith(OutputCaptureExtension.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ArticleStore.class, AuthorStore.class })
@Tag("database")
class CorpusSyncTests {

	@TempDir
	Path folder;

	@Autowired
	private ArticleStore store;

	@Autowired
	private CorpusVersionRepository versions;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	private CorpusSync sync;

	private CorpusLocation folderSource;

	private final ReadCounter reads = new ReadCounter();

	@BeforeEach
	void emptyStore() {
		this.store.delete(this.store.findAllStored().stream().map(StoredArticle::id).toList());
		this.store.refreshAuthorStatistics();
		this.versions.deleteAll();
		this.sync = sync(true);
	}

	private CorpusSync sync(boolean trustFileTimes) {
		// A batch size of 2 makes even small folders span several transactions.
		CorpusProperties properties = new CorpusProperties(this.folder.toString(), DataSize.ofMegabytes(1), 2,
				trustFileTimes, null);
		this.folderSource = new FolderCorpusLocation("test", this.folder, DataSize.ofKilobytes(64).toBytes());
		return new CorpusSync(this.reads.counting(this.folderSource), new ArticleExtractor(), this.store, this.versions,
				this.transactions, properties, Clock.systemUTC(), new StoreSaves(this.dataSource, storeUrl()));
	}

	// The test store's own, so that the sync saves into it as the application would.
	private String storeUrl() {
		return this.jdbc.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getURL());
	}

	@Test
	void addsEveryArticleFileOnce() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		write("two.txt", article("The Second Headline Today", "Bob Writer"));
		write("nested/deeper/three.txt", article("The Third Headline Today", "Ann Carter"));
		CorpusReport report = this.sync.sync();
		assertThat(report.added()).isEqualTo(3);
		assertThat(report.ingested()).isEqualTo(3);
		assertThat(ids()).containsExactlyInAnyOrder("one", "two", "nested~deeper~three");
		assertThat(this.jdbc.queryForObject("select article_count from author where id = 'ann-carter'", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void runningTwiceChangesNothing() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		write("two.txt", article("The Second Headline Today", "Bob Writer"));
		this.sync.sync();
		String version = this.versions.findAll().get(0).getVersion();
		CorpusReport second = this.sync.sync();
		assertThat(second.unchanged()).isEqualTo(2);
		assertThat(second.added() + second.updated() + second.removed()).isZero();
		assertThat(this.versions.findAll()).singleElement()
			.satisfies((current) -> assertThat(current.getVersion()).isEqualTo(version));
	}

	@Test
	void completesTheAuthorStatisticsOfASyncThatStoppedBeforeItsEnd() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		write("two.txt", article("The Second Headline Today", "Ann Carter"));
		this.sync.sync();
		// What a sync killed after storing its last batch leaves: the articles, but
		// neither the author statistics nor the version of the corpus they belong to.
		this.jdbc.update("update author set article_count = 0");
		this.versions.deleteAll();
		CorpusReport report = this.sync.sync();
		assertThat(report.unchanged()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select article_count from author where id = 'ann-carter'", Integer.class))
			.isEqualTo(2);
		assertThat(this.versions.findAll()).hasSize(1);
	}

	@Test
	void updatesChangedFilesAndRemovesVanishedOnes() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		write("two.txt", article("The Second Headline Today", "Bob Writer"));
		this.sync.sync();
		write("one.txt", article("The First Headline, Revised", "Carl Critic"));
		Files.delete(this.folder.resolve("two.txt"));
		CorpusReport report = this.sync.sync();
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.removed()).isEqualTo(1);
		assertThat(ids()).containsExactly("one");
		assertThat(this.jdbc.queryForObject("select title from article where id = 'one'", String.class))
			.isEqualTo("The First Headline, Revised");
		assertThat(this.jdbc.queryForList("select id from author", String.class)).containsExactly("carl-critic");
	}

	@Test
	void skipsBadFilesWithTheirReasonAndKeepsTheGoodOnes() throws IOException {
		write("good.txt", article("A Good Headline Today", "Ann Carter"));
		write("empty.txt", "");
		Files.write(this.folder.resolve("binary.txt"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2 });
		write("huge.txt", "x".repeat(70 * 1024));
		write("notes.md", "not an article");
		CorpusReport report = this.sync.sync();
		assertThat(ids()).containsExactly("good");
		assertThat(report.filesFound()).isEqualTo(4);
		assertThat(report.skipped()).extracting(SkippedFile::file)
			.containsExactlyInAnyOrder("empty.txt", "binary.txt", "huge.txt");
		assertThat(report.skipped()).allSatisfy((skipped) -> assertThat(skipped.reason()).isNotBlank());
	}

	@Test
	void warnsOfASkippedFileOnceNotAtEverySync(CapturedOutput output) throws IOException {
		write("good.txt", article("A Good Headline Today", "Ann Carter"));
		write("empty.txt", "");
		this.sync.sync();
		write("other.txt", article("Another Headline Today", "Bob Writer"));
		CorpusReport second = this.sync.sync();
		// Still listed in the report, but the log names it only once.
		assertThat(second.skipped()).extracting(SkippedFile::file).containsExactly("empty.txt");
		assertThat(output.getOut().split("Skipped empty.txt", -1)).hasSize(2);
		assertThat(output.getOut()).contains("1 files still skipped for the reasons the sync before gave");
		// A new reason for the same file is news again.
		Files.write(this.folder.resolve("empty.txt"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2 });
		this.sync.sync();
		assertThat(output.getOut()).contains("Skipped empty.txt: binary content");
	}

	@Test
	void keepsFilesWithTheSameNameInDifferentFoldersApart() throws IOException {
		write("a/story.txt", article("Story From A", "Ann Carter"));
		write("b/story.txt", article("Story From B", "Bob Writer"));
		this.sync.sync();
		assertThat(ids()).containsExactlyInAnyOrder("a~story", "b~story");
	}

	@Test
	void readsNoFileOfAnUnchangedFolder() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		write("two.txt", article("The Second Headline Today", "Bob Writer"));
		write("two.yaml", "title: The Curated Title\n");
		write("nested/three.txt", article("The Third Headline Today", "Ann Carter"));
		modifiedAnHourAgo("one.txt", "two.txt", "two.yaml", "nested/three.txt");
		assertThat(this.sync.sync().added()).isEqualTo(3);
		assertThat(this.reads.count()).isEqualTo(3);
		this.reads.reset();
		CorpusReport restart = this.sync.sync();
		assertThat(restart.unchanged()).isEqualTo(3);
		assertThat(restart.added() + restart.updated() + restart.removed()).isZero();
		assertThat(this.reads.count()).isZero();
		assertThat(ids()).containsExactlyInAnyOrder("one", "two", "nested~three");
	}

	@Test
	void readsEveryFileWhenFileTimesAreNotTrusted() throws IOException {
		this.sync = sync(false);
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		modifiedAnHourAgo("one.txt");
		this.sync.sync();
		this.reads.reset();
		assertThat(this.sync.sync().unchanged()).isEqualTo(1);
		assertThat(this.reads.count()).isEqualTo(1);
	}

	@Test
	void updatesAFileChangedToTheSameSizeWithANewTime() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		modifiedAnHourAgo("one.txt");
		this.sync.sync();
		write("one.txt", article("The Other Headline Today", "Ann Carter"));
		modifiedAMinuteAgo("one.txt");
		CorpusReport report = this.sync.sync();
		assertThat(report.updated()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select title from article where id = 'one'", String.class))
			.isEqualTo("The Other Headline Today");
	}

	@Test
	void keepsAFileRewrittenWithTheSameContentAndTrustsItsNewTimeNextTime() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		modifiedAnHourAgo("one.txt");
		this.sync.sync();
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		modifiedAMinuteAgo("one.txt");
		this.reads.reset();
		CorpusReport touched = this.sync.sync();
		assertThat(touched.unchanged()).isEqualTo(1);
		assertThat(touched.updated()).isZero();
		assertThat(this.reads.count()).isEqualTo(1);
		this.reads.reset();
		assertThat(this.sync.sync().unchanged()).isEqualTo(1);
		assertThat(this.reads.count()).isZero();
	}

	@Test
	void updatesAnArticleWhoseSidecarAloneChanged() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		write("one.yaml", "title: The Curated Title\n");
		write("two.txt", article("The Second Headline Today", "Bob Writer"));
		modifiedAnHourAgo("one.txt", "one.yaml", "two.txt");
		this.sync.sync();
		write("one.yaml", "title: The Revised Title\n");
		modifiedAMinuteAgo("one.yaml");
		write("two.yml", "title: A Sidecar Added Later\n");
		modifiedAMinuteAgo("two.yml");
		CorpusReport report = this.sync.sync();
		assertThat(report.updated()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select title from article order by id", String.class))
			.containsExactly("The Revised Title", "A Sidecar Added Later");
	}

	// A file written again within the same timestamp tick as it was read keeps its
	// fingerprint: a fingerprint that young must not be trusted.
	@Test
	void readsAgainAFileModifiedJustBeforeItWasRead() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		FileTime modified = Files.getLastModifiedTime(this.folder.resolve("one.txt"));
		this.sync.sync();
		write("one.txt", article("The Other Headline Today", "Ann Carter"));
		Files.setLastModifiedTime(this.folder.resolve("one.txt"), modified);
		assertThat(this.sync.sync().updated()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select title from article where id = 'one'", String.class))
			.isEqualTo("The Other Headline Today");
	}

	@Test
	void leavesANewFileStillBeingWrittenForTheNextSync() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		Map<String, String> earlierLook = this.folderSource.scan().fingerprints();
		write("two.txt", article("The Second Headline Today", "Bob Writer"));

		CorpusSync.Outcome first = this.sync.sync(earlierLook);
		assertThat(first.unsettled()).isOne();
		assertThat(first.report().added()).isOne();
		assertThat(first.report().skipped()).containsExactly(new SkippedFile("two.txt", CorpusSync.UNSETTLED));
		assertThat(ids()).containsExactly("one");

		CorpusSync.Outcome settled = this.sync.sync(this.folderSource.scan().fingerprints());
		assertThat(settled.unsettled()).isZero();
		assertThat(settled.report().added()).isOne();
		assertThat(ids()).containsExactlyInAnyOrder("one", "two");
	}

	@Test
	void keepsServingTheStoredVersionOfAFileStillBeingRewritten() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		modifiedAnHourAgo("one.txt");
		this.sync.sync();
		Map<String, String> earlierLook = this.folderSource.scan().fingerprints();
		write("one.txt", article("The Half Written", "Ann Carter"));
		modifiedAMinuteAgo("one.txt");

		CorpusSync.Outcome outcome = this.sync.sync(earlierLook);
		assertThat(outcome.unsettled()).isOne();
		assertThat(outcome.report().removed()).isZero();
		assertThat(outcome.report().ingested()).isOne();
		assertThat(this.jdbc.queryForObject("select title from article where id = 'one'", String.class))
			.isEqualTo("The First Headline Today");
	}

	@Test
	void aLookDigestChangesWithAnyFileAddedChangedOrRemoved() throws IOException {
		write("one.txt", article("The First Headline Today", "Ann Carter"));
		modifiedAnHourAgo("one.txt");
		String initial = this.sync.sync(null).lookDigest();
		assertThat(this.folderSource.scan().digest()).isEqualTo(initial);
		write("sub/two.txt", article("The Second Headline Today", "Bob Writer"));
		String added = this.folderSource.scan().digest();
		assertThat(added).isNotEqualTo(initial);
		modifiedAMinuteAgo("one.txt");
		String changed = this.folderSource.scan().digest();
		assertThat(changed).isNotEqualTo(added);
		Files.delete(this.folder.resolve("sub/two.txt"));
		assertThat(this.folderSource.scan().digest()).isNotEqualTo(changed);
	}

	private List<String> ids() {
		return this.store.findAllStored().stream().map(StoredArticle::id).toList();
	}

	private void write(String relativePath, String text) throws IOException {
		Path file = this.folder.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private void modifiedAnHourAgo(String... relativePaths) throws IOException {
		setModified(Instant.now().minus(Duration.ofHours(1)), relativePaths);
	}

	private void modifiedAMinuteAgo(String... relativePaths) throws IOException {
		setModified(Instant.now().minus(Duration.ofMinutes(1)), relativePaths);
	}

	private void setModified(Instant time, String... relativePaths) throws IOException {
		for (String relativePath : relativePaths) {
			Files.setLastModifiedTime(this.folder.resolve(relativePath), FileTime.from(time));
		}
	}

	private static String article(String title, String author) {
		return title + "\n\nBy " + author + "\n\nThe city council voted on Tuesday to expand the tram network to the "
				+ "northern districts, ending a debate that had lasted almost a decade.\n\nSupporters said the line "
				+ "would cut commuting times in half, while critics warned that the budget did not account for rising "
				+ "construction costs.\n";
	}

	/**
	 * Counts the files whose content or sidecar a sync reads, through a source that wraps
	 * the real one.
	 */
	private static final class ReadCounter {

		private final AtomicInteger reads = new AtomicInteger();

		int count() {
			return this.reads.get();
		}

		void reset() {
			this.reads.set(0);
		}

		CorpusLocation counting(CorpusLocation source) {
			return new CorpusLocation() {

				@Override
				public String location() {
					return source.location();
				}

				@Override
				public CorpusScan scan() throws IOException {
					CorpusScan scan = source.scan();
					return new CorpusScan(scan.files().stream().map(ReadCounter.this::counting).toList(),
							scan.rejected());
				}

			};
		}

		private CorpusFile counting(CorpusFile file) {
			return new CorpusFile() {

				@Override
				public String relativePath() {
					return file.relativePath();
				}

				@Override
				public long size() {
					return file.size();
				}

				@Override
				public byte[] read() throws IOException {
					ReadCounter.this.reads.incrementAndGet();
					return file.read();
				}

				@Override
				public byte[] readSidecar() throws IOException {
					return file.readSidecar();
				}

				@Override
				public FileFingerprint fingerprint() {
					return file.fingerprint();
				}

			};
		}

	}

}
