package io.broadsheet.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoreUrlsTests {

	@Test
	void anH2DatabaseInMemoryOrInAFileIsInThisProcessAServerIsNot() {
		assertThat(StoreUrls.isInProcess(null)).isTrue();
		assertThat(StoreUrls.isInProcess("jdbc:h2:mem:broadsheet;DB_CLOSE_DELAY=-1")).isTrue();
		assertThat(StoreUrls.isInProcess("jdbc:h2:file:./data/broadsheet")).isTrue();
		assertThat(StoreUrls.isInProcess("JDBC:H2:./data/broadsheet;AUTO_SERVER=TRUE")).isTrue();
		assertThat(StoreUrls.isInProcess("jdbc:h2:tcp://db:9092/broadsheet")).isFalse();
		assertThat(StoreUrls.isInProcess("jdbc:h2:ssl://db/broadsheet")).isFalse();
		assertThat(StoreUrls.isInProcess("jdbc:postgresql://127.0.0.1:5432/broadsheet")).isFalse();
	}

	@Test
	void onlyAnH2FileThatOnlyThisProcessOpensIsAnInProcessFile() {
		assertThat(StoreUrls.isInProcessFile("jdbc:h2:file:./data/broadsheet")).isTrue();
		assertThat(StoreUrls.isInProcessFile("jdbc:h2:./data/broadsheet;DB_CLOSE_ON_EXIT=FALSE")).isTrue();
		// Served to other processes too, which this JVM's sync lock does not hold back.
		assertThat(StoreUrls.isInProcessFile("JDBC:H2:./data/broadsheet;AUTO_SERVER=TRUE")).isFalse();
		assertThat(StoreUrls.isInProcessFile("jdbc:h2:file:/srv/broadsheet;auto_server = true")).isFalse();
		assertThat(StoreUrls.isInProcessFile(null)).isFalse();
		assertThat(StoreUrls.isInProcessFile("jdbc:h2:mem:broadsheet;DB_CLOSE_DELAY=-1")).isFalse();
		assertThat(StoreUrls.isInProcessFile("JDBC:H2:MEM:broadsheet")).isFalse();
		assertThat(StoreUrls.isInProcessFile("jdbc:h2:tcp://db:9092/broadsheet")).isFalse();
		assertThat(StoreUrls.isInProcessFile("jdbc:postgresql://127.0.0.1:5432/broadsheet")).isFalse();
	}

	@Test
	void anH2FileOpenedHereIsAFileStoreAlsoWhenServedToOthers() {
		assertThat(StoreUrls.isInProcessFileStore("jdbc:h2:file:./data/broadsheet")).isTrue();
		assertThat(StoreUrls.isInProcessFileStore("JDBC:H2:./data/broadsheet;AUTO_SERVER=TRUE")).isTrue();
		assertThat(StoreUrls.isInProcessFileStore(null)).isFalse();
		assertThat(StoreUrls.isInProcessFileStore("JDBC:H2:MEM:broadsheet")).isFalse();
		assertThat(StoreUrls.isInProcessFileStore("jdbc:h2:tcp://db:9092/broadsheet")).isFalse();
		assertThat(StoreUrls.isInProcessFileStore("jdbc:postgresql://127.0.0.1:5432/broadsheet")).isFalse();
	}

}
