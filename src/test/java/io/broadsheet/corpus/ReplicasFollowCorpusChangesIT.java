package io.broadsheet.corpus;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.broadsheet.BroadsheetApplication;
import io.broadsheet.support.LoopbackHttp;
import io.broadsheet.support.PostgresSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas over one real PostgreSQL: one watches the corpus folder, the other does
 * not (as a replica whose file system gives no events and that rescans rarely). When the
 * first syncs a new file, the second must notice the new corpus version within a few
 * seconds through the database alone, serve the article and the same {@code ETag}, and
 * drop the answers it had cached.
 * <p>
 * Runs in {@code ./mvnw verify -Ppostgres} (after {@code .ci/postgres.sh}); skipped when
 * the build gives the tests no PostgreSQL in {@code spring.datasource.url}.
 */
@Tag("database")
class ReplicasFollowCorpusChangesIT {

	private static final String SCHEMA = "replicas_follow_it";

	private static final Duration VERSION_CHECK_INTERVAL = Duration.ofSeconds(2);

	private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

	@TempDir
	private Path corpus;

	private PostgresSchema schema;

	@BeforeEach
	void requirePostgreSql() throws SQLException {
		this.schema = PostgresSchema.createOrSkip(SCHEMA, getClass().getSimpleName());
	}

	@AfterEach
	void stopReplicas() throws SQLException {
		this.replicas.forEach(ConfigurableApplicationContext::close);
		if (this.schema != null) {
			this.schema.close();
		}
	}

	@Test
	void aReplicaThatDoesNotWatchServesTheVersionAnotherSyncedWithinSeconds() throws Exception {
		Files.writeString(this.corpus.resolve("first.txt"), article("The First Report of the Week"));
		int watching = start(true);
		int following = start(false);
		String before = get(following, "/articles?size=100").headers().firstValue("ETag").orElseThrow();
		assertThat(get(following, "/articles/second").statusCode()).isEqualTo(404);

		Files.writeString(this.corpus.resolve("second.txt"), article("The Second Report of the Week"));
		long synced = awaitEtag(watching, (etag) -> !etag.equals(before), Duration.ofSeconds(30));
		String after = get(watching, "/articles?size=100").headers().firstValue("ETag").orElseThrow();
		long noticed = awaitEtag(following, after::equals, VERSION_CHECK_INTERVAL.plusSeconds(8));
		Duration lag = Duration.ofNanos(noticed - synced);
		System.out.printf("A replica that does not watch served the new version %d ms after the watching one%n",
				lag.toMillis());

		assertThat(lag).isLessThan(VERSION_CHECK_INTERVAL.plusSeconds(3));
		assertThat(get(following, "/articles/second").statusCode()).isEqualTo(200);
		// The page it had cached before is answered anew.
		assertThat(get(following, "/articles?size=100").body()).contains("The Second Report of the Week");
		assertThat(get(following, "/corpus").body()).contains("\"mode\":\"off\"");
	}

	private long awaitEtag(int port, Predicate<String> wanted, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			String etag = get(port, "/articles?size=100").headers().firstValue("ETag").orElse("");
			if (wanted.test(etag)) {
				return System.nanoTime();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The replica on port " + port + " did not serve the new version within " + timeout);
	}

	private int start(boolean watch) {
		// Arguments, as on a command line: they win over the build's system properties
		// and application.yaml.
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BroadsheetApplication.class)
			.profiles("postgres")
			.run("--server.port=0", "--server.address=127.0.0.1",
					"--spring.datasource.url=" + this.schema.applicationUrl(),
					"--spring.datasource.username=" + this.schema.username(),
					"--spring.datasource.password=" + this.schema.password(), "--broadsheet.corpus.path=" + this.corpus,
					"--broadsheet.corpus.watch.enabled=" + watch, "--broadsheet.corpus.watch.debounce=100ms",
					"--broadsheet.corpus.watch.settle-time=300ms",
					"--broadsheet.corpus.watch.version-check-interval=" + VERSION_CHECK_INTERVAL.toMillis() + "ms");
		this.replicas.add(context);
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return LoopbackHttp.get(port, path);
	}

	private static String article(String title) {
		return title + "\n\nBy Rita Replica\n\n2025-11-21\n\n"
				+ "Officials met on Wednesday to discuss the road ahead, and observers expect more talks.\n\n"
				+ "The talks continue into the next month, when a first agreement may be signed.\n";
	}

}
