package io.broadsheet.system;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of the API that springdoc serves at {@code /v3/api-docs} and that
 * {@code openapi.yaml} at the repository root must equal.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI broadsheetOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Broadsheet API")
				.version("1")
				.description("Scraped articles, cleaned and queryable: list them by author, date and publisher, "
						+ "read one with its provenance, browse authors and the date archive. "
						+ "Errors are RFC 9457 problem details (application/problem+json).")
				.contact(new Contact().name("Broadsheet maintainers"))
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			// Public and read-only: no operation needs credentials.
			.security(List.of())
			// A relative server keeps the document identical whatever host and port serve
			// it.
			.servers(List.of(new Server().url("/").description("This Broadsheet instance")));
	}

}
