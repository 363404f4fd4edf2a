package io.broadsheet.author;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetIntegrationTest
@Tag("database")
class AuthorsApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsAuthorsWithTheirArticleCount() {
		assertThat(this.mvc.get().uri("/authors")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content[?(@.id == 'tigran-grigoryan')].articleCount")
			.asArray()
			.containsExactly(1);
	}

	@Test
	void readsOneAuthorByIdOrName() {
		for (String key : new String[] { "tigran-grigoryan", "Tigran Grigoryan" }) {
			assertThat(this.mvc.get().uri("/authors/{id}", key)).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.name", (name) -> assertThat(name).asString().isEqualTo("Tigran Grigoryan"))
				.hasPathSatisfying("$.articleCount", (count) -> assertThat(count).asNumber().isEqualTo(1))
				.hasPathSatisfying("$.firstPublished", (date) -> assertThat(date).isNull());
		}
	}

	@Test
	void unknownAuthorIsAProblem404() {
		assertThat(this.mvc.get().uri("/authors/nobody")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void rejectsUnknownSortKeysAndOversizedPages() {
		assertThat(this.mvc.get().uri("/authors?sort=age")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/authors?size=1000")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/authors?sort=articleCount,desc")).hasStatusOk();
	}

}
