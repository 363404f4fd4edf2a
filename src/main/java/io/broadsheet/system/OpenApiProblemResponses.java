package io.broadsheet.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents, once for every operation, the problem responses that
 * {@link ProblemDetailsAdvice} gives, so that controllers declare only their success:
 * <ul>
 * <li>{@code 400} where the operation has query parameters, with one {@code errors[]}
 * entry per offending parameter;</li>
 * <li>{@code 404} where it has path parameters (an unknown id);</li>
 * <li>{@code 406}, {@code 500} and {@code 503} (with {@code Retry-After})
 * everywhere.</li>
 * </ul>
 * It also keeps Swagger UI's "Try it out" honest: an optional query parameter's example
 * is given as a JSON Schema {@code examples} entry, which Swagger UI shows but does not
 * pre-fill, so a person who fills in one filter is not silently held to the examples of
 * the others. And it names the required fields of Spring Data's page envelope.
 */
@Component
class OpenApiProblemResponses implements GlobalOpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String PROBLEM_SCHEMA = "ProblemDetail";

	private static final String PARAMETER_ERROR_SCHEMA = "ParameterError";

	/**
	 * Realistic parameter errors, as the application words them, for the 400 examples.
	 * The first of these that an operation takes is its example.
	 */
	private static final Map<String, ParameterExample> PARAMETER_EXAMPLES = parameterExamples();

	@Override
	public void customise(OpenAPI openApi) {
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		openApi.setComponents(components);
		components.addSchemas(PARAMETER_ERROR_SCHEMA, parameterErrorSchema());
		components.addSchemas(PROBLEM_SCHEMA, problemDetailSchema());
		requirePageFields(components);
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
				documentProblems(path, operation);
				keepOptionalParametersEmpty(operation);
			}));
		}
	}

	private void documentProblems(String path, Operation operation) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		List<Parameter> query = parameters.stream().filter((parameter) -> "query".equals(parameter.getIn())).toList();
		String instance = instance(path, parameters);
		if (!query.isEmpty()) {
			responses.addApiResponse("400",
					problem("A parameter is malformed; `errors` names each one.", badRequestExample(instance, query)));
		}
		if (parameters.stream().anyMatch((parameter) -> "path".equals(parameter.getIn()))) {
			responses.addApiResponse("404", problem("No such " + resourceName(path) + ".", notFoundExample(path)));
		}
		responses.addApiResponse("406",
				problem("The `Accept` header names no media type this operation can produce.",
						example(406, "Not Acceptable",
								"Acceptable representations: [application/json, application/*+json].", instance,
								null)));
		responses.addApiResponse("500", problem("The server failed; the failure has been logged.",
				example(500, "Internal Server Error", ProblemDetailsAdvice.SERVER_FAILURE_DETAIL, instance, null)));
		ApiResponse unavailable = problem(
				"The corpus is still loading (the first sync has not finished), or the article store cannot be "
						+ "reached. Try again after `Retry-After` seconds.",
				example(503, "Service Unavailable", ProblemDetailsAdvice.CORPUS_LOADING_DETAIL, instance, null));
		unavailable.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
			.schema(new Schema<Integer>().type("integer").types(Set.of("integer")).example(5)));
		responses.addApiResponse("503", unavailable);
	}

	// The path as requested: each path parameter replaced by its example.
	private static String instance(String path, List<Parameter> parameters) {
		String instance = path;
		for (Parameter parameter : parameters) {
			if ("path".equals(parameter.getIn())) {
				Object example = (parameter.getExample() != null) ? parameter.getExample() : "unknown";
				instance = instance.replace("{" + parameter.getName() + "}", String.valueOf(example));
			}
		}
		return instance;
	}

	// Swagger UI pre-fills "Try it out" with a parameter's example (or its schema's), not
	// with JSON Schema examples.
	private static void keepOptionalParametersEmpty(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		for (Parameter parameter : operation.getParameters()) {
			if (!"query".equals(parameter.getIn()) || Boolean.TRUE.equals(parameter.getRequired())) {
				continue;
			}
			@SuppressWarnings("unchecked")
			Schema<Object> schema = parameter.getSchema();
			if (schema != null && schema.getExample() != null) {
				if (schema.getExamples() == null || schema.getExamples().isEmpty()) {
					schema.setExamples(List.of(schema.getExample()));
				}
				schema.setExample(null);
				// Otherwise the document says "example: null".
				schema.setExampleSetFlag(false);
			}
		}
	}

	private static ApiResponse problem(String description, Map<String, Object> example) {
		MediaType mediaType = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
			.example(example);
		return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, mediaType));
	}

	private static Map<String, Object> badRequestExample(String instance, List<Parameter> query) {
		ParameterExample chosen = PARAMETER_EXAMPLES.keySet()
			.stream()
			.filter((name) -> query.stream().anyMatch((parameter) -> name.equals(parameter.getName())))
			.findFirst()
			.map(PARAMETER_EXAMPLES::get)
			.orElseGet(() -> new ParameterExample(query.get(0).getName(), "?", "is malformed"));
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("parameter", chosen.parameter());
		error.put("rejectedValue", chosen.rejectedValue());
		error.put("message", chosen.message());
		return example(400, "Bad Request", chosen.parameter() + " " + chosen.message(), instance, List.of(error));
	}

	private static Map<String, Object> notFoundExample(String path) {
		String resource = resourceName(path);
		String title = Character.toUpperCase(resource.charAt(0)) + resource.substring(1) + " not found";
		String instance = path.replaceAll("\\{[^}]+}", "unknown");
		return example(404, title, "No " + resource + " has the id 'unknown'", instance, null);
	}

	private static Map<String, Object> example(int status, String title, String detail, String instance,
			List<Map<String, Object>> errors) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", ProblemDetailsAdvice.ABOUT_BLANK.toString());
		example.put("title", title);
		example.put("status", status);
		example.put("detail", detail);
		example.put("instance", instance);
		if (errors != null) {
			example.put("errors", errors);
		}
		return example;
	}

	// "/articles/{id}" is about an article, "/authors/{id}/articles" about an author.
	private static String resourceName(String path) {
		String collection = path.split("/")[1];
		String singular = collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
		return singular.toLowerCase(Locale.ROOT);
	}

	private static Schema<?> problemDetailSchema() {
		return new Schema<>().type("object")
			.types(Set.of("object"))
			.description("An RFC 9457 problem: the body of every 4xx and 5xx answer.")
			.addProperty("type", string(
					"The problem type: `about:blank` on every problem, as the status and title say what kind it is.")
				.format("uri")
				._default("about:blank")
				.example("about:blank"))
			.addProperty("title",
					string("The status phrase, or a short summary of the problem.").example("Bad Request"))
			.addProperty("status",
					new Schema<Integer>().type("integer")
						.types(Set.of("integer"))
						.format("int32")
						.description("The HTTP status code.")
						.example(400))
			.addProperty("detail",
					string("What went wrong with this request, for people to read.")
						.example("date month must be 01-12"))
			.addProperty("instance",
					string("The path of the request that failed.").format("uri-reference").example("/articles"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + PARAMETER_ERROR_SCHEMA))
						.types(Set.of("array"))
						.description("On a 400: one entry per malformed parameter."))
			.required(List.of("title", "status"));
	}

	private static Schema<?> parameterErrorSchema() {
		return new Schema<>().type("object")
			.types(Set.of("object"))
			.description("One malformed request parameter.")
			.addProperty("parameter", string("The parameter's name.").example("date"))
			.addProperty("rejectedValue",
					new Schema<>()
						.description("The value as sent (long values are cut at 200 characters); "
								+ "`null` when the error is about how several parameters combine.")
						.example("2025-13"))
			.addProperty("message", string("What is wrong with the value.").example("month must be 01-12"))
			.required(List.of("parameter", "rejectedValue", "message"));
	}

	// PagedModel and its PageMetadata always carry every field.
	private static void requirePageFields(Components components) {
		if (components.getSchemas() == null) {
			return;
		}
		components.getSchemas().forEach((name, schema) -> {
			if (name.startsWith("PagedModel") || name.equals("PageMetadata")) {
				if (schema.getProperties() != null) {
					schema.setRequired(List.copyOf(schema.getProperties().keySet()));
				}
			}
		});
	}

	private static Schema<String> string(String description) {
		return new Schema<String>().type("string").types(Set.of("string")).description(description);
	}

	private static Map<String, ParameterExample> parameterExamples() {
		Map<String, ParameterExample> examples = new LinkedHashMap<>();
		examples.put("date", new ParameterExample("date", "2025-13", "month must be 01-12"));
		examples.put("granularity", new ParameterExample("granularity", "week", "must be year, month or day"));
		examples.put("size", new ParameterExample("size", 0, "must be between 1 and 100"));
		return examples;
	}

	private record ParameterExample(String parameter, Object rejectedValue, String message) {
	}

}
