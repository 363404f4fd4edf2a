package io.broadsheet.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
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
	void ifNoneMatchAnyGivesA304ForWhatExistsAndLeavesErrorsAlone() throws Exception {
		// RFC 9110 13.1.2: "*" holds a current representation of any kind; it asks
		// whether one exists, which an unknown article or a malformed query does not.
		for (String path : List.of("/articles", "/articles/000_a9e816bf096b0a86", "/authors/tigran-grigoryan",
				"/authors/tigran-grigoryan/articles", "/dates", "/articles/facets", "/articles?format=csv",
				"/articles?format=ndjson", "/articles?format=atom")) {
			HttpResponse<String> response = send(
					LoopbackHttp.request(this.port, path).header("If-None-Match", "*").build());
			assertThat(response.statusCode()).as(path).isEqualTo(304);
			assertThat(response.body()).as(path).isEmpty();
			assertThat(response.headers().firstValue("ETag")).as(path)
				.isEqualTo(send(get(path)).headers().firstValue("ETag"));
		}
		for (String path : List.of("/articles/no-such-article", "/authors/nobody", "/authors/nobody/articles",
				"/articles?date=2025-13", "/articles?format=csv&page=1")) {
			HttpResponse<String> response = send(
					LoopbackHttp.request(this.port, path).header("If-None-Match", "*").build());
			assertThat(response.statusCode()).as(path).isBetween(400, 404);
			assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
		}
	}

	@Test
	void errorsCarryNoValidatorAndAreNeverStored() throws Exception {
		// An error describes one request, not a representation: a cache that kept a 404
		// with the corpus validators would revalidate it to a 304 after the article
		// arrived in the folder.
		for (String path : List.of("/articles/no-such-article", "/authors/nobody", "/authors/nobody/articles",
				"/articles?date=2025-13", "/articles?sort=nope", "/dates?granularity=week",
				"/articles?format=csv&page=1", "/articles?format=atom&sort=title", "/no/such/path")) {
			HttpResponse<String> response = send(get(path));
			assertThat(response.statusCode()).as(path).isBetween(400, 404);
			assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
			assertThat(response.headers().firstValue("Last-Modified")).as(path).isEmpty();
			assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
		}
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
	void aPreflightNamesOnlyTheMethodsServed() throws Exception {
		for (String path : List.of("/articles", "/articles/000_a9e816bf096b0a86", "/dates", "/authors/nobody")) {
			HttpResponse<String> preflight = send(LoopbackHttp.request(this.port, path)
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://example.org")
				.header("Access-Control-Request-Method", "GET")
				.build());
			assertThat(preflight.statusCode()).as(path).isEqualTo(200);
			assertThat(methods(preflight.headers().allValues("Access-Control-Allow-Methods"))).as(path)
				.containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS");
			assertThat(methods(preflight.headers().allValues("Allow"))).as(path)
				.containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS");
		}
	}

	private static List<String> methods(List<String> headerValues) {
		return headerValues.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter((method) -> !method.isEmpty())
			.toList();
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
