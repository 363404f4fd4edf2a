package io.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the index goes by default: beside an H2 store kept in a file, so that it lives as
 * long as the store; in a temporary folder for every other store.
 */
class IndexLocationTests {

	@TempDir
	Path work;

	@Test
	void anH2FileStoreKeepsItsIndexBesideTheDatabase() throws IOException {
		Path store = this.work.resolve("data/broadsheet");
		IndexLocation location = IndexLocation.of(new SearchProperties(null), "jdbc:h2:file:" + store);
		assertThat(location.path()).isEqualTo(this.work.resolve("data/broadsheet.index"));
		assertThat(location.temporary()).isFalse();
	}

	@Test
	void readsEveryWayH2NamesAFileDatabase() {
		Path here = Path.of("").toAbsolutePath();
		assertThat(IndexLocation.besideFileStore("jdbc:h2:file:./data/broadsheet;MODE=PostgreSQL"))
			.isEqualTo(here.resolve("data/broadsheet.index"));
		assertThat(IndexLocation.besideFileStore("jdbc:h2:./data/broadsheet"))
			.isEqualTo(here.resolve("data/broadsheet.index"));
		assertThat(IndexLocation.besideFileStore("JDBC:H2:FILE:/srv/store/db"))
			.isEqualTo(Path.of("/srv/store/db.index"));
		assertThat(IndexLocation.besideFileStore("jdbc:h2:~/broadsheet"))
			.isEqualTo(Path.of(System.getProperty("user.home"), "broadsheet.index"));
	}

	@Test
	void storesThatAreNotOneProcessesFileGetNoFolderBesideThem() {
		assertThat(IndexLocation.besideFileStore("jdbc:h2:mem:broadsheet;DB_CLOSE_DELAY=-1")).isNull();
		assertThat(IndexLocation.besideFileStore("jdbc:h2:tcp://localhost/~/broadsheet")).isNull();
		assertThat(IndexLocation.besideFileStore("jdbc:postgresql://127.0.0.1:5432/broadsheet")).isNull();
		// Several processes may open this one: they must not share an index folder.
		assertThat(IndexLocation.besideFileStore("jdbc:h2:file:./data/broadsheet;AUTO_SERVER=TRUE")).isNull();
		assertThat(IndexLocation.besideFileStore(null)).isNull();
	}

	@Test
	void anInMemoryStoreGetsATemporaryFolder() throws IOException {
		IndexLocation location = IndexLocation.of(new SearchProperties(null), "jdbc:h2:mem:broadsheet");
		try {
			assertThat(location.temporary()).isTrue();
			assertThat(location.path()).isDirectory().isEmptyDirectory();
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(location.path());
		}
	}

	@Test
	void aConfiguredPathWinsOverTheStore() throws IOException {
		Path chosen = this.work.resolve("chosen");
		IndexLocation location = IndexLocation.of(new SearchProperties(chosen), "jdbc:h2:file:./data/broadsheet");
		assertThat(location.path()).isEqualTo(chosen);
		assertThat(location.temporary()).isFalse();
	}

	@Test
	void aSmallHeapIndexesOnOneThreadWithAProportionateBuffer() {
		long megabyte = 1024L * 1024;
		// The heap the README recommends for 100k articles, and half of it.
		assertThat(ArticleIndex.IndexingBudget.forHeap(256 * megabyte, 2))
			.isEqualTo(new ArticleIndex.IndexingBudget(42, 2));
		assertThat(ArticleIndex.IndexingBudget.forHeap(128 * megabyte, 2))
			.isEqualTo(new ArticleIndex.IndexingBudget(21, 1));
		// Never more than four threads or 48 MB, never less than one thread or 8 MB.
		assertThat(ArticleIndex.IndexingBudget.forHeap(8192 * megabyte, 16))
			.isEqualTo(new ArticleIndex.IndexingBudget(48, 4));
		assertThat(ArticleIndex.IndexingBudget.forHeap(32 * megabyte, 1))
			.isEqualTo(new ArticleIndex.IndexingBudget(8, 1));
		// Cores bound the threads as well as the heap.
		assertThat(ArticleIndex.IndexingBudget.forHeap(2048 * megabyte, 2).threads()).isEqualTo(2);
	}

	@Test
	void aSyncsBatchesAreIndexedOnOneThreadWithASmallerBuffer() {
		long megabyte = 1024L * 1024;
		// Beside the sync, a 256 MB heap keeps 8 MB for the index, not 42 on two
		// threads.
		assertThat(ArticleIndex.IndexingBudget.duringSync(256 * megabyte))
			.isEqualTo(new ArticleIndex.IndexingBudget(8, 1));
		assertThat(ArticleIndex.IndexingBudget.duringSync(1024 * megabyte))
			.isEqualTo(new ArticleIndex.IndexingBudget(32, 1));
		assertThat(ArticleIndex.IndexingBudget.duringSync(64 * megabyte))
			.isEqualTo(new ArticleIndex.IndexingBudget(8, 1));
		assertThat(ArticleIndex.IndexingBudget.duringSync(8192 * megabyte))
			.isEqualTo(new ArticleIndex.IndexingBudget(48, 1));
	}

}
