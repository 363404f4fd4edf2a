package io.broadsheet.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

import io.broadsheet.system.InvalidParameterException.ParameterError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The parameters an endpoint takes are read from its handler method, so that one added
 * tomorrow (to a query record or as a {@code @RequestParam}) is accepted with nothing
 * else to change.
 */
class UnknownParameterInterceptorTests {

	private final UnknownParameterInterceptor interceptor = new UnknownParameterInterceptor(List.of("io.broadsheet"),
			Set.of());

	@Test
	void acceptsEveryComponentOfAParameterRecordAndEveryRequestParam() throws Exception {
		assertThat(handle("search", Map.of("q", "lavrov", "language", "en", "since", "2025-01-01", "page", "1")))
			.isTrue();
	}

	@Test
	void namesTheUnknownParameterAndTheClosestKnownOne() throws Exception {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> handle("search", Map.of("langauge", "en", "q", "x")))
			.satisfies((ex) -> assertThat(ex.getErrors()).singleElement().satisfies((error) -> {
				assertThat(error.parameter()).isEqualTo("langauge");
				assertThat(error.rejectedValue()).isEqualTo("en");
				assertThat(error.message()).contains("did you mean 'language'");
			}));
	}

	@Test
	void listsTheKnownParametersWhenNoneIsClose() throws Exception {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> handle("search", Map.of("callback", "f")))
			.satisfies((ex) -> assertThat(ex.getErrors()).extracting(ParameterError::message)
				.containsExactly("is not a parameter of this endpoint; it takes language, page, q, since"));
	}

	@Test
	void pathVariablesAndHeadersAreNotQueryParameters() throws Exception {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> handle("one", Map.of("id", "x")))
			.satisfies((ex) -> assertThat(ex.getErrors()).extracting(ParameterError::message)
				.containsExactly("is not a parameter of this endpoint, which takes none"));
	}

	@Test
	void aRequestParamMapTakesAnything() throws Exception {
		assertThat(handle("anything", Map.of("whatever", "1"))).isTrue();
	}

	@Test
	void leavesPagesAndOtherLibrariesControllersAlone() throws Exception {
		assertThat(this.interceptor.preHandle(request(Map.of("autor", "x")), new MockHttpServletResponse(),
				new HandlerMethod(new ReaderPage(), ReaderPage.class.getDeclaredMethod("page"))))
			.isTrue();
		UnknownParameterInterceptor otherPackage = new UnknownParameterInterceptor(List.of("org.example"), Set.of());
		assertThat(
				otherPackage.preHandle(request(Map.of("autor", "x")), new MockHttpServletResponse(), handler("search")))
			.isTrue();
	}

	private boolean handle(String method, Map<String, String> parameters) throws Exception {
		return this.interceptor.preHandle(request(parameters), new MockHttpServletResponse(), handler(method));
	}

	private static HandlerMethod handler(String name) {
		for (var method : SearchController.class.getDeclaredMethods()) {
			if (method.getName().equals(name)) {
				return new HandlerMethod(new SearchController(), method);
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static MockHttpServletRequest request(Map<String, String> parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
		parameters.forEach(request::addParameter);
		return request;
	}

	record SearchQuery(String q, String language, LocalDate since) {
	}

	@RestController
	static class SearchController {

		@GetMapping("/search")
		// Named explicitly: Jazzer, loaded by the fuzz tests in the same JVM, may drop
		// the parameter names of classes it instruments.
		String search(@ParameterObject SearchQuery query, @RequestParam(name = "page", required = false) Integer page) {
			return "";
		}

		@GetMapping("/search/{id}")
		String one(@PathVariable String id, @RequestHeader(required = false) String accept) {
			return id;
		}

		@GetMapping("/anything")
		String anything(@RequestParam Map<String, String> all) {
			return "";
		}

	}

	@Controller
	static class ReaderPage {

		@GetMapping("/")
		String page() {
			return "index";
		}

	}

}
