package io.broadsheet.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.broadsheet.support.BroadsheetProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database goes away under a running instance and comes back. Meanwhile a request the
 * answer cache cannot serve gets a 503 problem with {@code Retry-After} within 2 s (not a
 * 500, not a 30-second wait for the pool), one it can serve still gets its answer, and
 * {@code /actuator/health} says the database is down; once the database is back the
 * instance serves again by itself.
 * <p>
 * The PostgreSQL stopped and started here is a cluster of its own (port 55433, data in
 * {@code /tmp/broadsheet-pg-outage}, made by {@code .ci/postgres.sh}), so that stopping
 * it disturbs no other test. Runs in {@code ./mvnw verify -Ppostgres}, as root (the
 * script installs and runs PostgreSQL); skipped otherwise. The instance's log is kept in
 * {@code target/database-outage-it/}.
 */
@Tag("database")
class DatabaseOutageIT {

	private static final Map<String, String> OWN_CLUSTER = Map.of("BROADSHEET_PG_PORT", "55433", "BROADSHEET_PG_HOME",
			"/tmp/broadsheet-pg-outage", "BROADSHEET_PG_DB", "broadsheet_outage");

	private static final Duration FAIL_FAST = Duration.ofSeconds(2);

	private static final Path SCRIPT = Path.of(".ci", "postgres.sh");

	private BroadsheetProcess instance;

	@BeforeEach
	void requirePostgreSql() {
		boolean postgres = System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
		boolean root = "root".equals(System.getProperty("user.name"));
		String reason = "DatabaseOutageIT skipped: it needs ./mvnw verify -Ppostgres, run as root";
		if (!postgres || !root || !Files.isRegularFile(SCRIPT)) {
			// Failsafe counts a skipped test but does not print why.
			System.out.println(reason);
		}
		assumeTrue(postgres && root && Files.isRegularFile(SCRIPT), reason);
	}

	@AfterEach
	void stopEverything() throws Exception {
		if (this.instance != null) {
			this.instance.close();
		}
		postgres("--stop");
	}

	@Test
	void answers503WhileTheDatabaseIsDownAndRecoversWhenItReturns() throws Exception {
		String url = postgres("--fresh").strip();
		Path logs = Files.createDirectories(Path.of("target", "database-outage-it"));
		this.instance = BroadsheetProcess.start(logs.resolve("broadsheet.log"), "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + url, "--spring.datasource.username=broadsheet",
				"--spring.datasource.password=broadsheet");
		// Minutes, not seconds: two shared cores, often busy with other builds.
		this.instance.awaitReady(Duration.ofMinutes(10));
		HttpResponse<String> cached = this.instance.get("/articles?size=1");
		assertThat(cached.statusCode()).isEqualTo(200);
		String firstId = cached.body().replaceFirst("(?s).*?\"id\":\"([^\"]+)\".*", "$1");

		postgres("--stop");

		for (String path : List.of("/articles?size=2&sort=title", "/articles/" + firstId, "/authors", "/dates")) {
			Instant sent = Instant.now();
			HttpResponse<String> response = this.instance.get(path);
			Duration took = Duration.between(sent, Instant.now());
			assertThat(response.statusCode()).as(path).isEqualTo(503);
			assertThat(took).as(path).isLessThan(FAIL_FAST);
			assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("5");
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).as(path)
				.contains("\"status\":503", "The article store is unavailable")
				.doesNotContainIgnoringCase("sql")
				.doesNotContainIgnoringCase("exception")
				.doesNotContainIgnoringCase("postgres")
				.doesNotContainIgnoringCase("jdbc")
				.doesNotContain("55433");
		}
		assertThat(this.instance.get("/articles?size=1").statusCode()).as("answered from the cache").isEqualTo(200);
		// A page of the default order, never asked for before, is listed from what the
		// served version holds in memory (the timeline and the summaries).
		assertThat(this.instance.get("/articles?size=2&page=1").statusCode()).as("listed from memory").isEqualTo(200);
		HttpResponse<String> health = this.instance.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"db\":{\"status\":\"DOWN\"}");

		postgres();

		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		int status = 0;
		while (Instant.now().isBefore(deadline) && status != 200) {
			status = this.instance.get("/articles?size=3&sort=title").statusCode();
			if (status != 200) {
				Thread.sleep(200);
			}
		}
		assertThat(status).as("serving again within 30 s of the database's return").isEqualTo(200);
		assertThat(this.instance.get("/actuator/health").statusCode()).isEqualTo(200);
		// The service logs an outage as WARN lines. Spring's transaction interceptor logs
		// one ERROR of its own when the pool hands out a connection the server closed
		// while it sat idle and the rollback then fails too: the request still got its
		// 503.
		assertThat(this.instance.log()
			.lines()
			.filter((line) -> line.contains(" ERROR "))
			.filter((line) -> !line.contains("Application exception overridden by rollback exception"))).isEmpty();
	}

	/** Runs .ci/postgres.sh on the test's own cluster and returns what it prints. */
	private static String postgres(String... arguments) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(java.util.stream.Stream
			.concat(java.util.stream.Stream.of("bash", SCRIPT.toString()), java.util.Arrays.stream(arguments))
			.toList()).redirectError(ProcessBuilder.Redirect.INHERIT);
		builder.environment().putAll(OWN_CLUSTER);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(".ci/postgres.sh " + String.join(" ", arguments) + " did not finish");
		}
		assertThat(process.exitValue()).as(".ci/postgres.sh " + String.join(" ", arguments)).isZero();
		return output;
	}

}
