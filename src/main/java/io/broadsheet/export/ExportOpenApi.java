package io.broadsheet.export;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the exports and the feed where clients look for them: as media types of
 * {@code listArticles}'s answer, and its {@code format} parameter. The handlers
 * themselves are hidden, since OpenAPI has one operation per path and method.
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
		list.setDescription(list.getDescription() + " The same query as CSV (`text/csv`) or NDJSON "
				+ "(`application/x-ndjson`) is the whole matching set, streamed, in the query's order "
				+ "(`page` and `size` are refused); as Atom (`application/atom+xml`) it is a feed of the "
				+ FEED_SIZE_TEXT
				+ " newest (`page`, `size` and `sort` are refused). Choose with `Accept` or `format`.");
		list.addParametersItem(formatParameter());
		ApiResponse ok = (list.getResponses() != null) ? list.getResponses().get("200") : null;
		if (ok == null || ok.getContent() == null) {
			return;
		}
		Content content = ok.getContent();
		content.addMediaType(ExportController.CSV,
				text("RFC 4180 CSV with a header row, one row per article: "
						+ String.join(", ", CsvArticles.HEADER) + ". Several authors are joined with `; `. "
						+ "Cells that a spreadsheet would read as a formula start with `'`.",
						"id,title,authors,authorIds,publishedDate,publisher,url,wordCount,excerpt,sourceFile\r\n"
								+ "\"002_62ce8fa616d42fc4\",\"A History\",\"Emil Avdaliani\",\"emil-avdaliani\",\"2025-12-04\","
								+ ",,\"996\",\"The opening…\",\"002_62ce8fa616d42fc4.txt\"\r\n"));
		content.addMediaType(ExportController.NDJSON,
				text("One `ArticleDetail` JSON object per line (body included), in the query's order.",
						"{\"id\":\"002_62ce8fa616d42fc4\",\"title\":\"A History\",\"body\":\"…\"}\n"));
		content.addMediaType(AtomFeed.MEDIA_TYPE, text(
				"An RFC 4287 Atom feed of the " + FEED_SIZE_TEXT + " newest matching articles, newest first.", null));
	}

	private static final String FEED_SIZE_TEXT = Integer.toString(ExportController.FEED_SIZE);

	private static Parameter formatParameter() {
		Schema<String> schema = new StringSchema();
		schema.setEnum(FORMATS);
		schema.setExamples(List.of("csv"));
		return new Parameter().in("query")
			.name(RequestedQuery.FORMAT_PARAMETER)
			.required(false)
			.description("The representation: `json` (pages, the default), `csv` or `ndjson` (the whole matching "
					+ "set), `atom` (a feed of the newest). Wins over `Accept`; any other value is a 400.")
			.schema(schema);
	}

	private static MediaType text(String description, String example) {
		Schema<String> schema = new StringSchema();
		schema.setTypes(Set.of("string"));
		schema.setDescription(description);
		MediaType mediaType = new MediaType().schema(schema);
		if (example != null) {
			mediaType.setExample(example);
		}
		return mediaType;
	}

}
