package io.broadsheet.corpus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "000_a9e816bf096b0a86.txt|000_a9e816bf096b0a86", "2024/03/story.txt|2024~03~story",
					"a/000_a9e816bf096b0a86.txt|a~000_a9e816bf096b0a86", "My Story (final).txt|My-Story-final-",
					"статья.txt|статья", "x?y#z.txt|x-y-z" })
	void derivesUrlSafeIdsFromThePath(String path, String id) {
		assertThat(ArticleIds.of(path)).isEqualTo(id);
	}

}
