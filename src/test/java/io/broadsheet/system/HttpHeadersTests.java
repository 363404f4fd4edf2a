package io.broadsheet.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.StatementCounter;
import io.broadsheet.support.BundledCorpus;
import io.broadsheet.support.LoopbackHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers clients, caches and browsers rely on, over real HTTP.
 */
@BroadsheetIntegrationTest
class HttpHeadersTests {

	@LocalServerPort
	private int port;

	@Autowired
	private StatementCounter statements;

	@Test
	void collectionsCarryTotalCountAndPageLinks() throws Exception {
		HttpResponse<String> response = send(get("/articles?size=2&page=1&author=&sort=title,asc"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Total-Count"))
			.hasValue(String.valueOf(BundledCorpus.articleFiles()));
		assertThat(response.headers().firstValue("Link")).hasValue(
				"</articles?size=2&author=&sort=title,asc&page=0>; rel=\"first\", </articles?size=2&author=&sort=title,asc&page=0>; rel=\"prev\", "
						+ "</articles?size=2&author=&sort=title,asc&page=2>; rel=\"next\", </articles?size=2&author=&sort=title,asc&page=2>; rel=\"last\"");
	}

	@Test
	void firstPageHasNoPrevAndLastPageNoNext() throws Exception {
		String first = send(get("/authors")).headers().firstValue("Link").orElseThrow();
		assertThat(first).contains("rel=\"first\"", "rel=\"last\"").doesNotContain("prev", "next");
	}

	@Test
	void answersCarryTheCorpusVersionAsValidators() throws Exception {
		HttpResponse<String> response = send(get("/articles"));
		assertThat(response.headers().firstValue("ETag"))
			.hasValueSatisfying((etag) -> assertThat(etag).matches("W/\"[0-9a-f]+\""));
		assertThat(response.headers().firstValue("Last-Modified")).isPresent();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		assertThat(send(get("/articles/000_a9e816bf096b0a86")).headers().firstValue("ETag"))
			.isEqualTo(response.headers().firstValue("ETag"));
	}

	@Test
	void ifNoneMatchGivesA304WithoutRunningTheQuery() throws Exception {
		String etag = send(get("/articles?author=tigran-grigoryan")).headers().firstValue("ETag").orElseThrow();
		this.statements.reset();
		HttpResponse<String> response = send(LoopbackHttp.request(this.port, "/articles?author=tigran-grigoryan")
			.header("If-None-Match", etag)
			.build());
		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void ifModifiedSinceGivesA304AndAStaleValidatorA200() throws Exception {
		String lastModified = send(get("/dates")).headers().firstValue("Last-Modified").orElseThrow();
		assertThat(send(LoopbackHttp.request(this.port, "/dates").header("If-Modified-Since", lastModified).build())
			.statusCode()).isEqualTo(304);
		assertThat(send(LoopbackHttp.request(this.port, "/dates").header("If-None-Match", "W/\"stale\"").build())
			.statusCode()).isEqualTo(200);
	}

	@Test
	void compressesJsonForClientsThatAcceptGzip() throws Exception {
		HttpResponse<byte[]> response = LoopbackHttp.send(
				LoopbackHttp.request(this.port, "/articles").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream unzipped = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
			assertThat(new String(unzipped.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.contains("\"totalElements\":" + BundledCorpus.articleFiles());
		}
	}

	@Test
	void allowsCrossOriginReadsAndExposesThePagingAndCachingHeaders() throws Exception {
		HttpResponse<String> response = send(
				LoopbackHttp.request(this.port, "/articles").header("Origin", "https://example.org").build());
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
				(exposed) -> assertThat(exposed).contains("Link", "X-Total-Count", "ETag", "Last-Modified"));
		HttpResponse<String> preflight = send(LoopbackHttp.request(this.port, "/articles")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://example.org")
			.header("Access-Control-Request-Method", "GET")
			.build());
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods).contains("GET").doesNotContain("POST"));
	}

	@Test
	void sendsSecurityHeadersOnAnswersAndErrors() throws Exception {
		for (String path : new String[] { "/articles", "/articles/nope", "/no/such/path" }) {
			HttpResponse<String> response = send(get(path));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue("default-src 'none'; frame-ancestors 'none'");
		}
	}

	@Test
	void unacceptableAcceptIsAProblem406() throws Exception {
		HttpResponse<String> response = send(
				LoopbackHttp.request(this.port, "/articles").header("Accept", "application/pdf").build());
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void headAndOptionsWorkAndOtherMethodsAreRefused() throws Exception {
		HttpResponse<String> head = send(LoopbackHttp.request(this.port, "/articles")
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(BundledCorpus.articleFiles()));
		HttpResponse<String> options = send(LoopbackHttp.request(this.port, "/articles")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(options.headers().firstValue("Allow"))
			.hasValueSatisfying((allow) -> assertThat(allow).contains("GET", "HEAD", "OPTIONS").doesNotContain("POST"));
		for (String method : new String[] { "POST", "PUT", "PATCH", "DELETE", "TRACE" }) {
			HttpResponse<String> refused = send(LoopbackHttp.request(this.port, "/articles")
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build());
			assertThat(refused.statusCode()).as(method).isEqualTo(405);
			assertThat(refused.headers().firstValue("Content-Type")).as(method).hasValue("application/problem+json");
		}
	}

	private HttpRequest get(String path) {
		return LoopbackHttp.request(this.port, path).GET().build();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return LoopbackHttp.send(request);
	}

	private URI uri(String path) {
		return LoopbackHttp.uri(this.port, path);
	}

}
