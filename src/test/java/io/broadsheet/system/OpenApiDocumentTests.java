package io.broadsheet.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code openapi.yaml} is the contract clients generate code from: it must
 * be exactly what the application serves. To regenerate it after an API change:
 * {@code ./mvnw test -Dtest=OpenApiDocumentTests -Dbroadsheet.openapi.update=true}.
 */
@BroadsheetIntegrationTest
class OpenApiDocumentTests {

	private static final Path COMMITTED = Path.of("openapi.yaml");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void committedDocumentMatchesWhatTheAppServes() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs.yaml").exchange();
		assertThat(result).hasStatusOk();
		String served = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (Boolean.getBoolean("broadsheet.openapi.update")) {
			Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
		}
		assertThat(COMMITTED)
			.as("openapi.yaml at the repository root; regenerate it with "
					+ "./mvnw test -Dtest=OpenApiDocumentTests -Dbroadsheet.openapi.update=true")
			.exists();
		assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8)).isEqualTo(served);
	}

	@Test
	void everyOperationHasAnIdAndTheFiltersHaveExamples() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.paths['/articles'].get.parameters[?(@.name == 'author')].schema.items.example")
			.asArray()
			.isNotEmpty();
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.paths.*.get.operationId")
			.asArray()
			.hasSize(8)
			.doesNotContainNull();
	}

}
