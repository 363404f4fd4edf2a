package io.broadsheet.export;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV and NDJSON exports of {@code /articles} queries over the bundled corpus, over real
 * HTTP: what a spreadsheet or a script that downloads them gets.
 */
@BroadsheetIntegrationTest
class ExportsApiTests {

	private static final String LAVROV_VISIT = "000_a9e816bf096b0a86";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	@Test
	void csvHasAHeaderAndOneRowPerArticleInTheListingOrder() throws Exception {
		HttpResponse<String> response = get("/articles?format=csv");
		assertThat(response.statusCode()).isEqualTo(200);
		MediaType type = MediaType.parseMediaType(response.headers().firstValue("Content-Type").orElseThrow());
		assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
		assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(type.getParameter("header")).isEqualTo("present");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"articles.csv\"");
		List<CSVRecord> rows = parseCsv(response.body());
		assertThat(rows.get(0).values()).containsExactly(CsvArticles.HEADER);
		List<JsonNode> page = pageOf("/articles?size=100");
		assertThat(rows).hasSize(page.size() + 1);
		for (int i = 0; i < page.size(); i++) {
			CSVRecord row = rows.get(i + 1);
			JsonNode summary = page.get(i);
			assertThat(row.get(0)).isEqualTo(summary.get("id").asString());
			assertThat(row.get(1)).isEqualTo(summary.get("title").asString());
			assertThat(row.get(8)).isEqualTo(summary.get("excerpt").asString());
			assertThat(row.get(7)).isEqualTo(summary.get("wordCount").asString());
		}
	}

	@Test
	void acceptHeaderChoosesCsvAndFormatWinsOverAccept() throws Exception {
		HttpResponse<String> byAccept = send(request("/articles?author=tigran-grigoryan").header("Accept", "text/csv"));
		assertThat(byAccept.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(parseCsv(byAccept.body())).hasSize(2);
		HttpResponse<String> byFormat = send(request("/articles?format=ndjson").header("Accept", "application/json"));
		assertThat(byFormat.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
	}

	@Test
	void jsonPagesStayTheDefault() throws Exception {
		for (String accept : List.of("*/*", "application/json", "text/html,application/xhtml+xml,*/*;q=0.8")) {
			HttpResponse<String> response = send(request("/articles").header("Accept", accept));
			assertThat(response.statusCode()).as(accept).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValue("application/json");
		}
		assertThat(get("/articles?format=json").headers().firstValue("Content-Type")).hasValue("application/json");
	}

	@Test
	void ndjsonLinesAreTheArticlesInDetail() throws Exception {
		HttpResponse<String> response = get("/articles?format=ndjson&sort=title,asc");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"articles-sort-title-asc.ndjson\"");
		String[] lines = response.body().split("\n");
		List<String> ids = new ArrayList<>();
		for (String line : lines) {
			JsonNode article = this.json.readTree(line);
			ids.add(article.get("id").asString());
			JsonNode detail = this.json.readTree(get("/articles/" + article.get("id").asString()).body());
			assertThat(article).isEqualTo(detail);
		}
		assertThat(ids).containsExactlyElementsOf(
				pageOf("/articles?sort=title,asc").stream().map((summary) -> summary.get("id").asString()).toList());
	}

	private List<JsonNode> pageOf(String path) throws Exception {
		List<JsonNode> summaries = new ArrayList<>();
		this.json.readTree(get(path).body()).get("content").forEach(summaries::add);
		return summaries;
	}

	private static List<CSVRecord> parseCsv(String csv) throws IOException {
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
			return parser.getRecords();
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(request(path));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path.replace(" ", "%20")));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
