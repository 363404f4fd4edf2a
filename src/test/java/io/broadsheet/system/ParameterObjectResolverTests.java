package io.broadsheet.system;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import io.broadsheet.system.InvalidParameterException.ParameterError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Binding a query record from the query string, as {@code /articles} binds its filters
 * and paging.
 */
class ParameterObjectResolverTests {

	private static ValidatorFactory validation;

	private static ParameterObjectResolver resolver;

	@BeforeAll
	static void start() {
		validation = Validation.buildDefaultValidatorFactory();
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
		resolver = new ParameterObjectResolver(() -> conversions, validation::getValidator);
	}

	@AfterAll
	static void stop() {
		validation.close();
	}

	@Test
	void takesRecordsMarkedAsParameterObjectsOnly() throws Exception {
		assertThat(resolver.supportsParameter(parameter(0))).isTrue();
		assertThat(resolver.supportsParameter(parameter(1))).isTrue();
		assertThat(resolver.supportsParameter(parameter(2))).as("a record without the mark").isFalse();
	}

	@Test
	void bindsEachComponentFromTheParameterOfItsName() throws Exception {
		Filters filters = (Filters) bind(0, "q", "  Lavrov ", "from", "2025-12-01", "size", "5");
		assertThat(filters).isEqualTo(new Filters("  Lavrov ", null, LocalDate.of(2025, 12, 1), 5));
		assertThat(bind(0)).isEqualTo(new Filters(null, null, null, null));
	}

	@Test
	void splitsOneListValueAtCommasAndKeepsRepeatedValuesWhole() throws Exception {
		assertThat(((Filters) bind(0, "author", "a, b")).author()).containsExactly("a", "b");
		assertThat(((Filters) bind(0, "author", "a", "author", "b, c")).author()).containsExactly("a", "b, c");
		assertThat(((Filters) bind(0, "author", "")).author()).isEmpty();
	}

	@Test
	void takesAnEmptyOrBlankNumberOrDateAsNotGivenButKeepsBlankText() throws Exception {
		assertThat(bind(0, "size", "", "from", " ", "q", " ")).isEqualTo(new Filters(" ", null, null, null));
	}

	@Test
	void reportsEveryFailureInTheRecordsOrder() throws Exception {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> bind(1, "size", "0", "from", "2025-13-01", "q", "a", "q", "b"))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.extracting(ParameterError::parameter, ParameterError::rejectedValue, ParameterError::message)
				.containsExactly(tuple("q", "a", "must be given once, not 2 times"),
						tuple("from", "2025-13-01", "must be a date YYYY-MM-DD"),
						tuple("size", 0, "must be between 1 and 10")));
	}

	@Test
	void reportsAValueThatDoesNotConvertTogetherWithOneOutOfRange() throws Exception {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> bind(1, "size", "abc", "page", "-1"))
			.satisfies((ex) -> assertThat(ex.getErrors()).extracting(ParameterError::parameter)
				.containsExactly("size", "page"))
			.satisfies((ex) -> assertThat(ex.getErrors().get(0).message()).isEqualTo("must be a whole number"));
	}

	@Test
	void checksConstraintsOnlyWhenTheParameterIsValid() throws Exception {
		assertThat(bind(0, "size", "1000")).isEqualTo(new Filters(null, null, null, 1000));
	}

	private static Object bind(int index, String... nameValuePairs) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles");
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			request.addParameter(nameValuePairs[i], nameValuePairs[i + 1]);
		}
		return resolver.resolveArgument(parameter(index), null, new ServletWebRequest(request), null);
	}

	private static MethodParameter parameter(int index) throws NoSuchMethodException {
		Method method = Handler.class.getDeclaredMethod("handle", Filters.class, Filters.class, Filters.class);
		return new MethodParameter(method, index);
	}

	record Filters(String q, List<String> author, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Max(value = 10, message = "must be between 1 and 10") @Min(value = 1,
					message = "must be between 1 and 10") Integer size,
			@Min(value = 0, message = "must be 0 or more") Integer page) {

		Filters(String q, List<String> author, LocalDate from, Integer size) {
			this(q, author, from, size, null);
		}

	}

	static class Handler {

		void handle(@ParameterObject Filters plain, @Valid @ParameterObject Filters validated, Filters unmarked) {
		}

	}

}
