package io.broadsheet.corpus;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.support.BroadsheetProcess;
import io.broadsheet.support.PostgresSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the built application start at the same moment against one empty
 * PostgreSQL schema and one corpus of a few hundred files. Both must become ready and
 * serve every article exactly once, and neither may log an error: one syncs under the
 * lock while the other waits, then finds nothing to do.
 * <p>
 * The test holds the sync lock itself until both replicas are waiting for it, so that
 * their syncs meet at the lock on every run, not only when the timing of two JVMs
 * starting on a busy machine happens to make them overlap. Meanwhile both must be live
 * but not ready.
 * <p>
 * Runs in {@code ./mvnw verify -Ppostgres} (after {@code .ci/postgres.sh}); skipped when
 * the build gives the tests no PostgreSQL in {@code spring.datasource.url}. Each
 * replica's log is kept in {@code target/replicas-it/}.
 */
@Tag("database")
class ReplicasStartTogetherIT {

	private static final int ARTICLES = 400;

	// Four transactions per sync: without the lock, the second replica would see the
	// first one's committed batches and collide with the rest.
	private static final int BATCH_SIZE = 100;

	private static final String SCHEMA = "replicas_it";

	// Two Boot applications starting at once on two shared cores.
	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

	private static final String[] FIRST_NAMES = { "Anna", "Tigran", "Emil", "Mariam", "Lilit", "Davit", "Sona" };

	private static final String[] LAST_NAMES = { "Grigoryan", "Avdaliani", "Petrosyan", "Hakobyan" };

	// Relevance order with ties, date order, phrases, prefixes, exclusions, deep pages.
	private static final List<String> SEARCHES = List.of("/articles?q=report&size=100",
			"/articles?q=Grigoryan%20OR%20Petrosyan&size=50", "/articles?q=%22road%20ahead%22%20-Anna&page=3",
			"/articles?q=repor*&sort=publishedDate,desc&size=30", "/articles?q=17");

	private final List<BroadsheetProcess> replicas = new ArrayList<>();

	@TempDir
	private Path corpus;

	private PostgresSchema schema;

	@BeforeEach
	void requirePostgreSql() throws SQLException {
		this.schema = PostgresSchema.createOrSkip(SCHEMA, getClass().getSimpleName());
	}

	@AfterEach
	void stopReplicas() throws Exception {
		for (BroadsheetProcess replica : this.replicas) {
			replica.close();
		}
		if (this.schema != null) {
			this.schema.close();
		}
	}

	@Test
	void servesEveryArticleExactlyOnceWhenTwoReplicasStartTogether() throws Exception {
		Set<String> authors = writeCorpus();
		Path logs = Files.createDirectories(Path.of("target", "replicas-it"));
		try (Connection gate = this.schema.connect()) {
			lock(gate, "pg_advisory_lock");
			// Started back to back, a few milliseconds apart, as replicas rolled out
			// together are.
			for (int i = 1; i <= 2; i++) {
				this.replicas.add(startReplica(logs.resolve("replica-" + i + ".log")));
			}
			for (BroadsheetProcess replica : this.replicas) {
				replica.awaitLogLine(
						(line) -> line.contains("Waiting for another instance to finish syncing the corpus"),
						STARTUP_TIMEOUT);
			}
			for (BroadsheetProcess replica : this.replicas) {
				assertThat(replica.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
				assertThat(replica.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			}
			lock(gate, "pg_advisory_unlock");
		}
		for (BroadsheetProcess replica : this.replicas) {
			replica.awaitReady(STARTUP_TIMEOUT);
		}

		try (Connection connection = this.schema.connect(); Statement statement = connection.createStatement()) {
			assertThat(count(statement, "select count(*) from " + SCHEMA + ".article")).isEqualTo(ARTICLES);
			assertThat(count(statement, "select count(distinct source_file) from " + SCHEMA + ".article"))
				.isEqualTo(ARTICLES);
			assertThat(count(statement, "select count(*) from " + SCHEMA + ".article_body")).isEqualTo(ARTICLES);
			assertThat(count(statement, "select count(*) from " + SCHEMA + ".author")).isEqualTo(authors.size());
			assertThat(count(statement, "select count(*) from " + SCHEMA + ".corpus_version")).isOne();
			// Each migration applied once, however many replicas ran Flyway.
			assertThat(count(statement,
					"select count(*) from (select version from " + SCHEMA
							+ ".flyway_schema_history where success group by version having count(*) > 1) twice"))
				.isZero();
			// The postgres profile's driver properties reach the driver
			// (reWriteBatchedInserts travels the same way as the connection name).
			assertThat(count(statement, "select count(*) from pg_stat_activity where application_name = 'broadsheet'"))
				.isPositive();
		}
		List<Long> added = new ArrayList<>();
		for (BroadsheetProcess replica : this.replicas) {
			JsonNode articles = getJson(replica, "/articles?size=1");
			assertThat(articles.path("page").path("totalElements").asLong()).isEqualTo(ARTICLES);
			JsonNode report = getJson(replica, "/corpus");
			assertThat(report.path("state").asString()).isEqualTo("completed");
			assertThat(report.path("ingested").asLong()).isEqualTo(ARTICLES);
			added.add(report.path("added").asLong());
		}
		// One replica stored everything; the other, syncing after it, found all
		// unchanged.
		assertThat(added).containsExactlyInAnyOrder((long) ARTICLES, 0L);
		// Each replica searches an index of its own, built from the shared rows: the
		// same ids in the same order with the same highlights, and the same counts.
		for (String query : SEARCHES) {
			String first = getBody(this.replicas.get(0), query);
			assertThat(getBody(this.replicas.get(1), query)).as("GET %s", query).isEqualTo(first);
			assertThat(first).as("GET %s", query).contains("\"totalElements\"");
		}
		assertThat(getBody(this.replicas.get(0), "/articles/facets?q=officials"))
			.isEqualTo(getBody(this.replicas.get(1), "/articles/facets?q=officials"));
		for (BroadsheetProcess replica : this.replicas) {
			replica.close();
			assertThat(replica.logLines()).as("errors logged by replica on port %d", replica.port())
				.noneMatch((line) -> line.contains(" ERROR "));
		}
	}

	/** Writes the corpus in a few folders; returns the author ids it names. */
	private Set<String> writeCorpus() throws IOException {
		Set<String> authors = new HashSet<>();
		LocalDate day = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < ARTICLES; i++) {
			StringBuilder text = new StringBuilder("Report number " + i + " on the state of the region\n\n");
			if (i % 10 != 0) {
				String first = FIRST_NAMES[i % FIRST_NAMES.length];
				String last = LAST_NAMES[(i / FIRST_NAMES.length) % LAST_NAMES.length];
				text.append("By ").append(first).append(' ').append(last).append("\n\n");
				authors.add((first + "-" + last).toLowerCase());
			}
			if (i % 3 != 0) {
				text.append(day.plusDays(i)).append("\n\n");
			}
			for (int paragraph = 0; paragraph < 4; paragraph++) {
				text.append("Paragraph ")
					.append(paragraph)
					.append(" of report ")
					.append(i)
					.append(". Officials met on Wednesday to discuss the road ahead, and observers ")
					.append("expect the talks to continue into the next month.\n\n");
			}
			Path file = this.corpus.resolve("section-" + (i % 4)).resolve(String.format("%04d_report.txt", i));
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		return authors;
	}

	private static JsonNode getJson(BroadsheetProcess replica, String path) throws Exception {
		return JsonMapper.builder().build().readTree(getBody(replica, path));
	}

	private static String getBody(BroadsheetProcess replica, String path) throws Exception {
		HttpResponse<String> response = replica.get(path);
		assertThat(response.statusCode()).as("GET %s on port %d", path, replica.port()).isEqualTo(200);
		return response.body();
	}

	private BroadsheetProcess startReplica(Path log) throws IOException {
		// Configured as a container would be: through the environment only.
		return BroadsheetProcess.launcher(log)
			.jvmOptions("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
			.environment(Map.of("SPRING_PROFILES_ACTIVE", "postgres", "SPRING_DATASOURCE_URL",
					this.schema.applicationUrl(), "SPRING_DATASOURCE_USERNAME", this.schema.username(),
					"SPRING_DATASOURCE_PASSWORD", this.schema.password(), "BROADSHEET_CORPUS_PATH",
					this.corpus.toString(), "BROADSHEET_CORPUS_BATCH_SIZE", Integer.toString(BATCH_SIZE)))
			.orFromClassPath()
			.start();
	}

	private static void lock(Connection connection, String function) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
			statement.setLong(1, CorpusSyncLock.KEY);
			statement.execute();
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
