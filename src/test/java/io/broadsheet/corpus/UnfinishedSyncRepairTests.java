package io.broadsheet.corpus;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.h2.engine.SessionLocal;
import org.h2.index.Cursor;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import io.broadsheet.BroadsheetApplication;
import io.broadsheet.support.LoopbackHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start after a sync that did not finish repairs a file-mode H2 store, whatever part of
 * that sync's transactions the store kept. Each test plants through JDBC (or H2's own
 * index API, for an index out of step) one state a recovery that keeps part of a
 * transaction has left, or could leave, in a store a finished sync wrote; then starts the
 * application on it and checks that every file is served exactly once, whole.
 */
// File-mode H2 is the point; the PostgreSQL profile changes nothing here.
@DisabledIfSystemProperty(named = "spring.profiles.include", matches = ".*postgres.*")
class UnfinishedSyncRepairTests {

	private static final int FILES = 12;

	private static final List<String> WRITERS = List.of("Anna Keller", "Boris Novak", "Clara Weiss", "David Moreau",
			"Elena Rossi", "Felix Braun", "Greta Lund", "Hugo Laurent", "Irene Costa", "Jonas Berg", "Karin Vogel",
			"Luca Marino");

	private static final Pattern ARTICLE_ID = Pattern.compile("\"id\":\"(article-\\d+)\"");

	@TempDir
	static Path shared;

	@TempDir
	Path work;

	/** The corpus, and a store a finished sync wrote from it, copied by each test. */
	@BeforeAll
	static void syncOnce() throws Exception {
		Path corpus = Files.createDirectories(shared.resolve("corpus"));
		// Old enough for their sizes and times to be trusted: the sync records them, and
		// the next one reads none of these files again unless told not to trust them.
		FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
		for (int i = 0; i < FILES; i++) {
			Path file = corpus.resolve("article-%03d.txt".formatted(i));
			Files.writeString(file, article(i));
			Files.setLastModifiedTime(file, anHourAgo);
		}
		try (Running first = Running.start(shared.resolve("db/broadsheet"), corpus)) {
			assertThat(first.get("/corpus").body()).contains("\"added\":" + FILES);
		}
	}

	@Test
	void anArticleStoredByTheUnfinishedSyncWithoutItsBylineIsStoredAgainWhole() throws Exception {
		Path store = storeWith(storedByAnUnfinishedSync("article-003"),
				"delete from article_author where article_id = 'article-003'",
				// Created in the same transaction as the links that would have named it.
				"insert into author values ('ghost-writer', 'Ghost Writer', 1, null, null)");
		try (Running second = Running.start(store, corpus())) {
			assertServedOnceEach(second);
			assertThat(second.get("/articles/article-003").body()).contains("\"id\":\"david-moreau\"");
			assertThat(second.get("/authors/david-moreau/articles").body()).contains("\"id\":\"article-003\"");
			assertThat(second.get("/authors/ghost-writer").statusCode()).isEqualTo(404);
			// Stored again from its file, the others trusted without being read.
			assertThat(second.get("/corpus").body()).contains("\"added\":1", "\"unchanged\":" + (FILES - 1));
			// The search index follows the store: found once, by its own words.
			assertThat(second.get("/articles?q=%22Headline%20Number%203%22").body()).contains("\"totalElements\":1",
					"\"id\":\"article-003\"");
		}
	}

	@Test
	void aBodyLeftWithoutItsArticleIsRemovedSoThatTheArticleCanBeStoredAgain() throws Exception {
		Path store = storeWith("delete from article where id = 'article-005'",
				"alter table article_body set referential_integrity false",
				"insert into article_body values ('article-005', 'half a transaction')",
				"alter table article_body set referential_integrity true");
		try (Running second = Running.start(store, corpus())) {
			assertServedOnceEach(second);
			assertThat(second.get("/articles/article-005").body()).contains("Paragraph text of article 5.")
				.doesNotContain("half a transaction");
		}
	}

	@Test
	void anArticleThatLostItsBodyIsStoredAgain() throws Exception {
		Path store = storeWith("delete from article_body where article_id = 'article-007'");
		try (Running second = Running.start(store, corpus())) {
			assertServedOnceEach(second);
			HttpResponse<String> article = second.get("/articles/article-007");
			assertThat(article.statusCode()).isEqualTo(200);
			assertThat(article.body()).contains("Paragraph text of article 7.");
		}
	}

	@Test
	void anIndexThatMissesAnArticleIsRebuilt() throws Exception {
		Path store = copyOfStore();
		try (Connection connection = open(store); Statement statement = connection.createStatement()) {
			statement.execute(storedByAnUnfinishedSync("article-009"));
			removeFromIndex(connection, "ARTICLE_NEWEST_FIRST_IDX", "article-009");
			assertThat(walkNewestFirst(statement)).isEqualTo(FILES - 1);
		}
		try (Running second = Running.start(store, corpus())) {
			assertServedOnceEach(second);
		}
		try (Connection connection = open(store); Statement statement = connection.createStatement()) {
			assertThat(walkNewestFirst(statement)).isEqualTo(FILES);
			try (ResultSet indexes = statement.executeQuery(
					"select count(*) from information_schema.indexes where index_name = 'ARTICLE_NEWEST_FIRST_IDX'")) {
				indexes.next();
				assertThat(indexes.getInt(1)).as("the index under its own name").isEqualTo(1);
			}
		}
	}

	@Test
	void aPrimaryKeyOutOfStepEmptiesTheStoreAndTheSyncStoresEveryArticleAgain() throws Exception {
		Path store = copyOfStore();
		try (Connection connection = open(store); Statement statement = connection.createStatement()) {
			statement.execute(storedByAnUnfinishedSync("article-002"));
			removeFromIndex(connection, primaryKeyIndexOfArticle(statement), "article-002");
		}
		try (Running second = Running.start(store, corpus())) {
			assertServedOnceEach(second);
			assertThat(second.get("/articles/article-002").statusCode()).isEqualTo(200);
			assertThat(second.get("/corpus").body()).contains("\"added\":" + FILES);
			assertThat(second.get("/articles?q=headline").body()).contains("\"totalElements\":" + FILES);
		}
		// Flyway's history was left alone: the emptied store starts again as any other.
		try (Running third = Running.start(store, corpus())) {
			assertServedOnceEach(third);
			assertThat(third.get("/corpus").body()).contains("\"added\":0", "\"unchanged\":" + FILES);
		}
	}

	@Test
	void aStoreWhoseFirstSyncDidNotFinishIsStoredAgainWhole() throws Exception {
		Path store = storeWith("delete from corpus_version",
				"delete from article_author where article_id = 'article-001'");
		try (Running second = Running.start(store, corpus())) {
			assertServedOnceEach(second);
			assertThat(second.get("/articles/article-001").body()).contains("\"id\":\"boris-novak\"");
			assertThat(second.get("/corpus").body()).contains("\"added\":" + FILES);
		}
	}

	@Test
	void aStoreAFinishedSyncLeftIsNotTouched() throws Exception {
		Path store = copyOfStore();
		try (Running second = Running.start(store, corpus())) {
			assertServedOnceEach(second);
			assertThat(second.get("/corpus").body()).contains("\"added\":0", "\"unchanged\":" + FILES);
		}
	}

	private static void assertServedOnceEach(Running running) throws Exception {
		String listed = running.get("/articles?size=100").body();
		List<String> ids = new ArrayList<>();
		Matcher matcher = ARTICLE_ID.matcher(listed);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		assertThat(ids).hasSize(FILES).doesNotHaveDuplicates();
		assertThat(listed).contains("\"totalElements\":" + FILES);
		for (int i = 0; i < FILES; i++) {
			assertThat(running.get("/articles/article-%03d".formatted(i)).statusCode()).as("article %d", i)
				.isEqualTo(200);
		}
	}

	// As a sync that started after the last finished one stores it.
	private static String storedByAnUnfinishedSync(String id) {
		return "update article set ingested_at = (select synced_at from corpus_version) + interval '1' second"
				+ " where id = '" + id + "'";
	}

	// What a recovery that kept part of a transaction left: a row its index misses.
	private static void removeFromIndex(Connection connection, String indexName, String id) throws SQLException {
		SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
		Index index = session.getDatabase().getMainSchema().findIndex(session, indexName);
		Cursor rows = index.getTable().getScanIndex(session).find(session, null, null, false);
		while (rows.next()) {
			if (id.equals(rows.get().getValue(0).getString())) {
				index.remove(session, rows.get());
				session.commit(false);
				return;
			}
		}
		throw new IllegalStateException(id + " is not stored");
	}

	private static String primaryKeyIndexOfArticle(Statement statement) throws SQLException {
		try (ResultSet index = statement.executeQuery("select index_name from information_schema.indexes"
				+ " where table_name = 'ARTICLE' and index_type_name = 'PRIMARY KEY'")) {
			index.next();
			return index.getString(1);
		}
	}

	private static long walkNewestFirst(Statement statement) throws SQLException {
		try (ResultSet count = statement.executeQuery(
				"select count(*) from (select id from article order by published_date desc nulls last, id)")) {
			count.next();
			return count.getLong(1);
		}
	}

	// A copy of the finished sync's store, changed by the given statements.
	private Path storeWith(String... statements) throws IOException, SQLException {
		Path store = copyOfStore();
		try (Connection connection = open(store); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		return store;
	}

	// The store and the search index beside it, as the finished sync left them.
	private Path copyOfStore() throws IOException {
		Path from = shared.resolve("db");
		Path to = this.work.resolve("db");
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else if (!path.getFileName().toString().endsWith(".lock")) {
					Files.copy(path, target);
				}
			}
		}
		assertThat(to.resolve("broadsheet.index")).isDirectory();
		return to.resolve("broadsheet");
	}

	private static Path corpus() {
		return shared.resolve("corpus");
	}

	private static Connection open(Path store) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + store, "sa", "");
	}

	private static String article(int i) {
		return "Headline Number " + i + "\n\nBy " + WRITERS.get(i)
				+ "\n\n2024-%02d-%02d\n\n".formatted(1 + i % 12, 1 + i)
				+ ("Paragraph text of article " + i + ". ").repeat(40) + "\n\nThe end.\n";
	}

	/** The application, started on a store and a corpus folder. */
	private record Running(ConfigurableApplicationContext context, int port) implements AutoCloseable {

		static Running start(Path store, Path corpus) {
			AtomicInteger port = new AtomicInteger();
			ConfigurableApplicationContext context = new SpringApplicationBuilder(BroadsheetApplication.class)
				.listeners((event) -> {
					if (event instanceof WebServerInitializedEvent initialized) {
						port.set(initialized.getWebServer().getPort());
					}
				})
				.run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=jdbc:h2:file:" + store,
						"--broadsheet.corpus.path=" + corpus, "--broadsheet.corpus.watch.enabled=false",
						"--broadsheet.corpus.watch.version-check-interval=0", "--spring.jmx.enabled=false");
			return new Running(context, port.get());
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return LoopbackHttp.get(this.port, path);
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}
