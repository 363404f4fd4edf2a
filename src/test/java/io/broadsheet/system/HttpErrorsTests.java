package io.broadsheet.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.support.LoopbackHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors over real HTTP: some are raised by the servlet container, outside Spring MVC,
 * and must still be problem details.
 */
@BroadsheetIntegrationTest
class HttpErrorsTests {

	@LocalServerPort
	private int port;

	@Test
	void unknownPathIsAProblem404() throws Exception {
		HttpResponse<String> response = get("/no/such/path");
		assertThat(response.statusCode()).isEqualTo(404);
		assertProblem(response);
	}

	@Test
	void wrongMethodIsAProblem405WithAllow() throws Exception {
		HttpResponse<String> response = LoopbackHttp.send(LoopbackHttp.request(this.port, "/articles")
			.method("DELETE", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow"))
			.hasValueSatisfying((allow) -> assertThat(allow).contains("GET"));
		assertProblem(response);
	}

	@Test
	void malformedParameterOverHttpNamesTheParameter() throws Exception {
		HttpResponse<String> response = get("/articles?date=2025-13");
		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response);
		assertThat(response.body()).contains("\"parameter\":\"date\"");
	}

	@Test
	void unknownParameterIsA400NamingItAndTheClosestKnownOne() throws Exception {
		HttpResponse<String> articles = get("/articles?autor=Tigran");
		assertThat(articles.statusCode()).isEqualTo(400);
		assertProblem(articles);
		assertThat(articles.body()).contains("\"parameter\":\"autor\"").contains("did you mean 'author'?");
		HttpResponse<String> authors = get("/authors?sise=5");
		assertThat(authors.statusCode()).isEqualTo(400);
		assertThat(authors.body()).contains("\"parameter\":\"sise\"").contains("did you mean 'size'?");
		HttpResponse<String> dates = get("/dates?granularity=year&page=1");
		assertThat(dates.statusCode()).isEqualTo(400);
		assertThat(dates.body()).contains("\"parameter\":\"page\"").contains("it takes format, granularity");
	}

	@Test
	void unknownParametersAreLeftAloneOutsideTheJsonApi() throws Exception {
		assertThat(get("/v3/api-docs?group=x&autor=1").statusCode()).isEqualTo(200);
		assertThat(get("/swagger-ui/index.html?autor=1").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health?autor=1").statusCode()).isEqualTo(200);
	}

	@Test
	void badSortDirectionSaysDirection() throws Exception {
		HttpResponse<String> response = get("/articles?sort=title,up");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("direction must be asc or desc").doesNotContain("key");
	}

	@Test
	void aTrailingSlashIsIgnored() throws Exception {
		for (String collection : List.of("/articles", "/authors", "/dates", "/corpus",
				"/authors/tigran-grigoryan/articles")) {
			HttpResponse<String> plain = get(collection);
			HttpResponse<String> slashed = get(collection + "/");
			assertThat(slashed.statusCode()).as(collection + "/").isEqualTo(200);
			if (!collection.equals("/corpus")) {
				assertThat(slashed.body()).as(collection + "/").isEqualTo(plain.body());
				assertThat(slashed.headers().firstValue("Link")).isEqualTo(plain.headers().firstValue("Link"));
			}
		}
	}

	@Test
	void everyApiPathAnswersAWrongMethodWithTheAllowOfOptions() throws Exception {
		JsonNode paths = JsonMapper.shared().readTree(get("/v3/api-docs").body()).get("paths");
		assertThat(paths.propertyNames()).hasSizeGreaterThanOrEqualTo(7);
		for (String template : paths.propertyNames()) {
			URI uri = uri(template.replaceAll("\\{[^}]+}", "x"));
			HttpResponse<String> options = send(uri, "OPTIONS");
			assertThat(options.statusCode()).as("OPTIONS " + template).isEqualTo(200);
			HttpResponse<String> wrong = send(uri, "DELETE");
			assertThat(wrong.statusCode()).as("DELETE " + template).isEqualTo(405);
			assertProblem(wrong);
			assertThat(methods(wrong.headers().firstValue("Allow").orElse("")))
				.as("Allow of DELETE %s against OPTIONS", template)
				.isEqualTo(methods(options.headers().firstValue("Allow").orElse("")))
				.contains("GET", "HEAD", "OPTIONS");
		}
	}

	@Test
	void problemsCarryTheirType() throws Exception {
		for (String path : List.of("/articles?date=2025-13", "/no/such/path", "/articles/no-such-article")) {
			assertThat(get(path).body()).as(path).contains("\"type\":\"about:blank\"");
		}
		assertThat(send(uri("/articles"), "DELETE").body()).contains("\"type\":\"about:blank\"");
	}

	@Test
	void traceIsRefusedWithTheAllowOfOptions() throws Exception {
		// Tomcat refuses TRACE itself, before Spring MVC, with an Allow of its own.
		HttpResponse<String> trace = send(uri("/articles"), "TRACE");
		assertThat(trace.statusCode()).isEqualTo(405);
		assertProblem(trace);
		assertThat(methods(trace.headers().firstValue("Allow").orElse("")))
			.isEqualTo(methods(send(uri("/articles"), "OPTIONS").headers().firstValue("Allow").orElse("")));
	}

	@Test
	void aCrossOriginPreflightForAMethodNobodyAllowsIsAProblem() throws Exception {
		HttpResponse<String> refused = LoopbackHttp.send(LoopbackHttp.request(this.port, "/articles")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://reader.example")
			.header("Access-Control-Request-Method", "DELETE")
			.build());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertProblem(refused);
		assertThat(refused.body()).contains("GET, HEAD and OPTIONS");
	}

	@Test
	void aParameterThatTakesOneValueGivenTwiceIsA400WhereverItIsDeclared() throws Exception {
		for (String path : List.of("/articles/facets?limit=1&limit=2", "/dates?granularity=year&granularity=day")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertProblem(response);
			assertThat(response.body()).as(path).contains("must be given once, not 2 times");
		}
	}

	@Test
	void anEchoedValueIsNeverCutInsideACharacter() throws Exception {
		// 199 letters, then a character of two UTF-16 units: the cut at 200 falls
		// between them.
		String sent = "\"" + "a".repeat(198) + "\uD83D\uDE00 and more";
		HttpResponse<String> response = get("/articles?q=" + java.net.URLEncoder.encode(sent, StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		String echoed = JsonMapper.shared()
			.readTree(response.body())
			.get("errors")
			.get(0)
			.get("rejectedValue")
			.asString();
		assertThat(echoed).endsWith("…").startsWith(sent.substring(0, 199));
		assertThat(echoed.codePoints().filter((c) -> Character.isSurrogate((char) c))).isEmpty();
	}

	@Test
	void aLongUnknownSortKeyParameterNameOrIdIsEchoedCutAsValuesAre() throws Exception {
		String sent = "k".repeat(5_000);
		for (String path : List.of("/articles?sort=" + sent, "/authors?sort=" + sent + ",desc",
				"/articles?" + sent + "=1", "/dates?" + sent + "=1", "/articles/" + sent, "/authors/" + sent)) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertProblem(response);
			JsonNode problem = JsonMapper.shared().readTree(response.body());
			assertThat(problem.get("detail").asString()).as(path)
				.contains("k".repeat(200) + "…")
				.doesNotContain("k".repeat(201));
			// (instance is the path as sent: a URI reference, not to be cut.)
			if (problem.has("errors")) {
				assertThat(problem.get("errors").toString()).as(path).doesNotContain("k".repeat(201));
			}
		}
	}

	@Test
	void aPageIsJsonNotYaml() throws Exception {
		// YAML came from a converter on the classpath for the OpenAPI document, and wrote
		// dates as arrays of numbers.
		HttpResponse<String> yaml = LoopbackHttp
			.send(LoopbackHttp.request(this.port, "/articles").header("Accept", "application/yaml").build());
		assertThat(yaml.statusCode()).isEqualTo(406);
		assertProblem(yaml);
		assertThat(yaml.body()).doesNotContain("yaml");
		HttpResponse<String> format = get("/articles?format=yaml");
		assertThat(format.statusCode()).isEqualTo(400);
		assertThat(format.body()).contains("must be one of atom, csv, json, ndjson\"");
		assertThat(get("/v3/api-docs.yaml").statusCode()).isEqualTo(200);
	}

	private static Set<String> methods(String allow) {
		return Arrays.stream(allow.split(","))
			.map(String::strip)
			.filter((m) -> !m.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private HttpResponse<String> send(URI uri, String method) throws IOException, InterruptedException {
		return LoopbackHttp
			.send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build());
	}

	@Test
	void swaggerUiLoads() throws Exception {
		HttpResponse<String> page = LoopbackHttp.send(
				LoopbackHttp.request(this.port, "/swagger-ui/index.html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
		HttpResponse<String> config = get("/v3/api-docs/swagger-config");
		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(config.body()).contains("/v3/api-docs");
	}

	private void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + response.statusCode())
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContain("trace");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return LoopbackHttp.get(this.port, path);
	}

	private URI uri(String path) {
		return LoopbackHttp.uri(this.port, path);
	}

}
