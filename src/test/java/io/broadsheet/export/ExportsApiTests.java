package io.broadsheet.export;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.support.LoopbackHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV and NDJSON exports of {@code /articles} queries over the bundled corpus, over real
 * HTTP: what a spreadsheet or a script that downloads them gets.
 */
@BroadsheetIntegrationTest
class ExportsApiTests {

	private static final String LAVROV_VISIT = "000_a9e816bf096b0a86";

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

	@Test
	void filtersApplyToExports() throws Exception {
		List<String> december = pageOf("/articles?date=2025-12").stream()
			.map((summary) -> summary.get("id").asString())
			.toList();
		assertThat(december).isNotEmpty();
		List<String> exported = new ArrayList<>();
		for (String line : get("/articles?format=ndjson&date=2025-12").body().split("\n")) {
			exported.add(this.json.readTree(line).get("id").asString());
		}
		assertThat(exported).containsExactlyElementsOf(december);
		HttpResponse<String> none = get("/articles?format=csv&author=nobody-at-all");
		assertThat(parseCsv(none.body())).hasSize(1);
		assertThat(get("/articles?format=ndjson&author=nobody-at-all").body()).isEmpty();
	}

	@Test
	void aTextQueryNarrowsTheExportAsItNarrowsThePages() throws Exception {
		// Two of the five bundled articles name Georgia.
		List<String> matching = idsOf(pageOf("/articles?q=Georgia&size=100"));
		assertThat(matching).hasSize(2);
		assertThat(exportedIds("/articles?q=Georgia&format=ndjson")).containsExactlyElementsOf(matching);
		List<String> newest = idsOf(pageOf("/articles?q=Georgia&sort=publishedDate,desc"));
		List<CSVRecord> rows = parseCsv(get("/articles?q=Georgia&sort=publishedDate,desc&format=csv").body());
		assertThat(rows.subList(1, rows.size())).extracting((row) -> row.get(0)).containsExactlyElementsOf(newest);
		assertThat(exportedIds("/articles?q=Georgia&author=nobody-at-all&format=ndjson")).isEmpty();
		assertThat(exportedIds("/articles?q=zzyzxnothingmatches&format=ndjson")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/csv", "application/x-ndjson", "application/atom+xml" })
	void malformedParametersAreProblemsWhateverTheClientAccepts(String accept) throws Exception {
		assertProblem(send(request("/articles?date=2025-13").header("Accept", accept)), 400, "date");
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "ndjson", "atom" })
	void malformedParametersAreProblemsInEveryFormat(String format) throws Exception {
		assertProblem(get("/articles?from=2025-12-31&to=2025-12-01&format=" + format), 400, "from");
		assertProblem(get("/articles?sort=colour&format=" + format), 400, "sort");
	}

	@Test
	void unknownFormatIsAProblemListingTheFormats() throws Exception {
		JsonNode problem = assertProblem(get("/articles?format=xlsx"), 400, "format");
		assertThat(problem.get("errors").get(0).get("rejectedValue").asString()).isEqualTo("xlsx");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("atom", "csv", "json", "ndjson");
	}

	@Test
	void exportsRefusePagingAndFeedsRefuseOrders() throws Exception {
		assertProblem(get("/articles?format=csv&page=1"), 400, "page");
		assertProblem(get("/articles?format=ndjson&size=10"), 400, "size");
		assertProblem(get("/articles?format=atom&sort=title"), 400, "sort");
	}

	@Test
	void mediaTypesNobodyServesAreStillNotAcceptable() throws Exception {
		assertProblem(send(request("/articles").header("Accept", "application/pdf")), 406, null);
		assertProblem(get("/authors?format=csv"), 406, null);
		assertProblem(get("/articles/" + LAVROV_VISIT + "?format=atom"), 406, null);
	}

	@Test
	void eachRepresentationHasItsOwnValidatorAndAnswersVaryOnAccept() throws Exception {
		HttpResponse<String> json = get("/articles");
		HttpResponse<String> csv = send(request("/articles").header("Accept", "text/csv"));
		String jsonTag = json.headers().firstValue("ETag").orElseThrow();
		String csvTag = csv.headers().firstValue("ETag").orElseThrow();
		assertThat(csvTag).startsWith("W/\"").isNotEqualTo(jsonTag);
		assertThat(csv.headers().firstValue("Cache-Control")).isEqualTo(json.headers().firstValue("Cache-Control"));
		assertThat(json.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(varies(vary)).contains("accept"));
		assertThat(csv.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(varies(vary)).contains("accept"));
		HttpResponse<String> notModified = send(
				request("/articles").header("Accept", "text/csv").header("If-None-Match", csvTag));
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(varies(vary)).contains("accept"));
		assertThat(
				send(request("/articles").header("Accept", "text/csv").header("If-None-Match", jsonTag)).statusCode())
			.isEqualTo(200);
		assertThat(get("/articles?format=csv").headers().firstValue("ETag")).hasValue(csvTag);
	}

	private static List<String> varies(String vary) {
		return List.of(vary.toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*"));
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status, String parameter) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		if (parameter != null) {
			assertThat(problem.get("errors").get(0).get("parameter").asString()).isEqualTo(parameter);
		}
		return problem;
	}

	private List<JsonNode> pageOf(String path) throws Exception {
		List<JsonNode> summaries = new ArrayList<>();
		this.json.readTree(get(path).body()).get("content").forEach(summaries::add);
		return summaries;
	}

	private List<String> exportedIds(String path) throws Exception {
		List<String> ids = new ArrayList<>();
		for (String line : get(path).body().split("\n")) {
			if (!line.isEmpty()) {
				ids.add(this.json.readTree(line).get("id").asString());
			}
		}
		return ids;
	}

	private static List<String> idsOf(List<JsonNode> summaries) {
		return summaries.stream().map((summary) -> summary.get("id").asString()).toList();
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
		return LoopbackHttp.request(this.port, path.replace(" ", "%20"));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return LoopbackHttp.send(request.build());
	}

}
