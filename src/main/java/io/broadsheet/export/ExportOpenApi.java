package io.broadsheet.export;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the exports and the feed on {@code listArticles}: its {@code format}
 * parameter and, in its description, the media types. The handlers themselves are hidden,
 * since OpenAPI has one operation per path and method.
 * <p>
 * The media types are not listed as contents of the {@code 200} answer on purpose: client
 * generators send every listed type in {@code Accept} and type the answer after the first
 * one, and the document's keys are sorted, so {@code application/atom+xml} would come
 * first: generated clients would ask for, and get, a feed instead of a page.
 */
@Component
class ExportOpenApi implements GlobalOpenApiCustomizer {

	static final List<String> FORMATS = List.of("json", "csv", "ndjson", "atom");

	@Override
	public void customise(OpenAPI openApi) {
		PathItem articles = (openApi.getPaths() != null) ? openApi.getPaths().get("/articles") : null;
		if (articles == null || articles.getGet() == null) {
			return;
		}
		Operation list = articles.getGet();
		list.setDescription(list.getDescription() + "\n\nThe same query is also an export or a feed, chosen with "
				+ "`format` or `Accept`: `text/csv` (RFC 4180, a header row `" + String.join(",", CsvArticles.HEADER)
				+ "`, several authors joined with `; `, formula-like cells prefixed with `'`) or "
				+ "`application/x-ndjson` (one `ArticleDetail`, body included, per line) stream the whole matching "
				+ "set in the query's order, and refuse `page` and `size`; `application/atom+xml` is an RFC 4287 "
				+ "feed of the " + ExportController.FEED_SIZE + " newest, and refuses `page`, `size` and `sort`.");
		list.addParametersItem(formatParameter());
	}

	private static Parameter formatParameter() {
		Schema<String> schema = new StringSchema();
		schema.setEnum(FORMATS);
		schema.setExamples(List.of("csv"));
		return new Parameter().in("query")
			.name(RequestedQuery.FORMAT_PARAMETER)
			.required(false)
			.description("The representation: `json` (pages, the default), `csv` (`text/csv`) or `ndjson` "
					+ "(`application/x-ndjson`): the whole matching set; `atom` (`application/atom+xml`): a feed of "
					+ "the newest. Wins over `Accept`; any other value is a 400.")
			.schema(schema);
	}

}
