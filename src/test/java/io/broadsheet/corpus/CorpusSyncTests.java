package io.broadsheet.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import io.broadsheet.article.ArticleStore;
import io.broadsheet.article.StoredArticle;
import io.broadsheet.corpus.CorpusReport.SkippedFile;
import io.broadsheet.corpus.extract.ArticleExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync against a real folder and the real schema, each step committed as in
 * production (no test transaction wraps it).
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import(ArticleStore.class)
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

	private CorpusSync sync;

	@BeforeEach
	void emptyStore() {
		this.store.delete(this.store.findAllStored().stream().map(StoredArticle::id).toList());
		this.store.refreshAuthorStatistics();
		this.versions.deleteAll();
		// A batch size of 2 makes even small folders span several transactions.
		CorpusProperties properties = new CorpusProperties(this.folder.toString(), DataSize.ofMegabytes(1), 2,
				Duration.ofMinutes(1));
		this.sync = new CorpusSync(new FolderCorpusSource("test", this.folder, DataSize.ofKilobytes(64).toBytes()),
				new ArticleExtractor(), this.store, this.versions, this.transactions, properties, Clock.systemUTC());
	}

	@Test
	void addsEveryArticleFileOnce() throws IOException {
		write("one.txt", article("First Headline", "Ann Author"));
		write("two.txt", article("Second Headline", "Bob Writer"));
		write("nested/deeper/three.txt", article("Third Headline", "Ann Author"));
		CorpusReport report = this.sync.sync();
		assertThat(report.added()).isEqualTo(3);
		assertThat(report.ingested()).isEqualTo(3);
		assertThat(ids()).containsExactlyInAnyOrder("one", "two", "nested~deeper~three");
		assertThat(this.jdbc.queryForObject("select article_count from author where id = 'ann-author'", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void runningTwiceChangesNothing() throws IOException {
		write("one.txt", article("First Headline", "Ann Author"));
		write("two.txt", article("Second Headline", "Bob Writer"));
		this.sync.sync();
		String version = this.versions.findAll().get(0).getVersion();
		CorpusReport second = this.sync.sync();
		assertThat(second.unchanged()).isEqualTo(2);
		assertThat(second.added() + second.updated() + second.removed()).isZero();
		assertThat(this.versions.findAll()).singleElement()
			.satisfies((current) -> assertThat(current.getVersion()).isEqualTo(version));
	}

	@Test
	void updatesChangedFilesAndRemovesVanishedOnes() throws IOException {
		write("one.txt", article("First Headline", "Ann Author"));
		write("two.txt", article("Second Headline", "Bob Writer"));
		this.sync.sync();
		write("one.txt", article("First Headline, Revised", "Carl Critic"));
		Files.delete(this.folder.resolve("two.txt"));
		CorpusReport report = this.sync.sync();
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.removed()).isEqualTo(1);
		assertThat(ids()).containsExactly("one");
		assertThat(this.jdbc.queryForObject("select title from article where id = 'one'", String.class))
			.isEqualTo("First Headline, Revised");
		assertThat(this.jdbc.queryForList("select id from author", String.class)).containsExactly("carl-critic");
	}

	@Test
	void skipsBadFilesWithTheirReasonAndKeepsTheGoodOnes() throws IOException {
		write("good.txt", article("Good Headline", "Ann Author"));
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
	void keepsFilesWithTheSameNameInDifferentFoldersApart() throws IOException {
		write("a/story.txt", article("Story From A", "Ann Author"));
		write("b/story.txt", article("Story From B", "Bob Writer"));
		this.sync.sync();
		assertThat(ids()).containsExactlyInAnyOrder("a~story", "b~story");
	}

	private List<String> ids() {
		return this.store.findAllStored().stream().map(StoredArticle::id).toList();
	}

	private void write(String relativePath, String text) throws IOException {
		Path file = this.folder.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static String article(String title, String author) {
		return title + "\n\nBy " + author + "\n\nThe first paragraph of the story.\n\nThe second paragraph.\n";
	}

}
