package io.broadsheet.system;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.broadsheet.support.BundledCorpus;
import io.broadsheet.support.LoopbackHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code management.prometheus.metrics.export.enabled=true}, Prometheus scrapes HTTP
 * server, JVM and corpus sync metrics at {@code /actuator/prometheus}. (Off by default:
 * {@link ActuatorExposureTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "management.prometheus.metrics.export.enabled=true")
class PrometheusMetricsTests {

	@LocalServerPort
	private int port;

	@Test
	void servesHttpAndCorpusMetricsInPrometheusFormat() throws Exception {
		assertThat(get("/articles?author=tigran-grigoryan").statusCode()).isEqualTo(200);
		HttpResponse<String> scrape = get("/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		String metrics = scrape.body();
		// The bundled articles: added by the first sync in this JVM, unchanged after.
		assertThat(value(metrics, "broadsheet_corpus_files_total", "outcome=\"added\"")
				+ value(metrics, "broadsheet_corpus_files_total", "outcome=\"unchanged\""))
			.isEqualTo(BundledCorpus.articleFiles());
		assertThat(value(metrics, "broadsheet_corpus_files_total", "outcome=\"skipped\"")).isZero();
		assertThat(value(metrics, "broadsheet_corpus_articles", null)).isEqualTo(BundledCorpus.articleFiles());
		assertThat(value(metrics, "broadsheet_corpus_sync_seconds_count", "state=\"completed\"")).isEqualTo(1);
		assertThat(metrics).contains("jvm_memory_used_bytes{application=\"broadsheet\"")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\",uri=\"/articles\"\\} 1");
	}

	// Every series carries the application tag, then its own tags in name order.
	private static double value(String metrics, String name, String tag) {
		String series = name + "{application=\"broadsheet\"" + ((tag != null) ? "," + tag : "") + "} ";
		return metrics.lines()
			.filter((line) -> line.startsWith(series))
			.map((line) -> Double.parseDouble(line.substring(series.length())))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + series + "in\n" + metrics));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return LoopbackHttp.get(this.port, path);
	}

}
