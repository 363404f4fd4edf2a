package io.broadsheet.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes the problems every operation can answer with, so that
 * generated clients and Swagger UI know them, and keeps "Try it out" free of pre-filled
 * filters.
 */
@BroadsheetIntegrationTest
class OpenApiProblemResponsesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyOperationDocumentsItsProblemsAsProblemJson() {
		// Eight operations: articles (list, facets, one, by author), authors (list, one),
		// dates, corpus.
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.paths.*.get.responses.406.content['application/problem+json'].schema.$ref")
			.asArray()
			.hasSize(8)
			.containsOnly("#/components/schemas/ProblemDetail");
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath(
					"$.paths['/articles'].get.responses.400.content['application/problem+json'].example.errors[0]")
			.isEqualTo(java.util.Map.of("parameter", "date", "rejectedValue", "2025-13", "message",
					"month must be 01-12"));
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.paths['/authors/{id}/articles'].get.responses")
			.asMap()
			.containsKeys("200", "400", "404", "406", "500");
	}

	@Test
	void problemSchemaNamesTheParameterErrors() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.components.schemas.ProblemDetail.properties.errors.items.$ref")
			.isEqualTo("#/components/schemas/ParameterError");
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.components.schemas.ParameterError.required")
			.asArray()
			.containsExactlyInAnyOrder("parameter", "rejectedValue", "message");
	}

	@Test
	void optionalFiltersAreNotPrefilledInSwaggerUi() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.paths['/articles'].get.parameters[?(@.in == 'query')].schema.example")
			.asArray()
			.isEmpty();
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.paths['/articles'].get.parameters[?(@.name == 'date')].schema.examples[0]")
			.asArray()
			.containsExactly("2025-12");
	}

}
