package io.broadsheet.corpus;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import io.broadsheet.BroadsheetApplication;
import io.broadsheet.support.LoopbackHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server takes requests while the startup sync still runs: until it has finished, the
 * endpoints that serve the corpus answer 503 with Retry-After instead of empty pages. The
 * sync is held back by a corpus source that blocks until the test lets it go.
 */
// The gate does not depend on the store; on PostgreSQL this context would sync into the
// shared test database, outside the schema each test context gets.
@DisabledIfSystemProperty(named = "spring.profiles.include", matches = ".*postgres.*")
class CorpusLoadingTests {

	// A Boot application starting on two cores shared with other builds.
	private static final long STARTUP_TIMEOUT_SECONDS = 600;

	@Test
	void answers503WithRetryAfterUntilTheFirstSyncHasFinished() throws Exception {
		CountDownLatch scanning = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger port = new AtomicInteger();
		SpringApplication application = new SpringApplicationBuilder(BroadsheetApplication.class)
			.initializers(
					(context) -> context.getBeanFactory().addBeanPostProcessor(new HoldBackScans(scanning, release)))
			.listeners((event) -> {
				if (event instanceof WebServerInitializedEvent initialized) {
					port.set(initialized.getWebServer().getPort());
				}
			})
			.build();
		CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture
			.supplyAsync(() -> application.run("--server.port=0", "--server.address=127.0.0.1",
					"--spring.datasource.url=jdbc:h2:mem:loading-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"--spring.jmx.enabled=false"));
		ConfigurableApplicationContext context = null;
		try {
			assertThat(scanning.await(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the sync started").isTrue();
			for (String path : List.of("/articles", "/articles/000_a9e816bf096b0a86", "/authors",
					"/authors/tigran-grigoryan", "/authors/tigran-grigoryan/articles", "/dates?granularity=year")) {
				HttpResponse<String> response = get(port.get(), path);
				assertThat(response.statusCode()).as(path).isEqualTo(503);
				assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("5");
				assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
				assertThat(response.body()).contains("\"status\":503").contains("The corpus is still loading");
			}
			// A malformed request is still one, and says what to fix.
			assertThat(get(port.get(), "/articles?autor=x").statusCode()).isEqualTo(400);
			// The sync report says it is running; readiness keeps load balancers away.
			HttpResponse<String> corpus = get(port.get(), "/corpus");
			assertThat(corpus.statusCode()).isEqualTo(200);
			assertThat(corpus.body()).contains("\"state\":\"running\"");
			HttpResponse<String> readiness = get(port.get(), "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");

			release.countDown();
			context = started.get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			HttpResponse<String> articles = get(port.get(), "/articles");
			assertThat(articles.statusCode()).isEqualTo(200);
			assertThat(articles.body()).contains("\"id\":\"000_a9e816bf096b0a86\"");
			assertThat(get(port.get(), "/dates?granularity=year").statusCode()).isEqualTo(200);
		}
		finally {
			release.countDown();
			if (context == null) {
				// Closed when it has started, whatever failed; a start that hangs ends
				// with the test JVM.
				started.thenAccept(ConfigurableApplicationContext::close);
			}
			else {
				context.close();
			}
		}
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return LoopbackHttp.get(port, path);
	}

	/** Wraps the corpus source so that its scans wait for the test's go-ahead. */
	private record HoldBackScans(CountDownLatch scanning, CountDownLatch release) implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof CorpusLocation source)) {
				return bean;
			}
			return new CorpusLocation() {

				@Override
				public String location() {
					return source.location();
				}

				@Override
				public CorpusScan scan() throws IOException {
					HoldBackScans.this.scanning.countDown();
					try {
						if (!HoldBackScans.this.release.await(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
							throw new IOException("the test never released the sync");
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IOException(ex);
					}
					return source.scan();
				}

			};
		}

	}

}
