package io.broadsheet.system;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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

}
