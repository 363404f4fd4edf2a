package io.broadsheet.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageParametersTests {

	private static final Map<String, Sort.Order> SORTABLE = Map.of("title", Sort.Order.by("title"), "publishedDate",
			Sort.Order.by("publishedDate").nullsLast());

	private static final Sort DEFAULT = Sort.by(Sort.Order.desc("publishedDate"));

	private static final Sort.Order TIE = Sort.Order.asc("id");

	@Test
	void defaultsToTheFirstPageOfTwentyInTheDefaultOrder() {
		Pageable pageable = PageParameters.toPageable(null, null, null, SORTABLE, DEFAULT, TIE);
		assertThat(pageable.getPageNumber()).isZero();
		assertThat(pageable.getPageSize()).isEqualTo(20);
		assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("publishedDate"), TIE);
	}

	@Test
	void readsOneSortValueThatSpringSplitAtItsComma() {
		Pageable pageable = PageParameters.toPageable(1, 5, List.of("title", "desc"), SORTABLE, DEFAULT, TIE);
		assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("title"), TIE);
		assertThat(pageable.getPageNumber()).isEqualTo(1);
	}

	@Test
	void readsSeveralSortValuesAndKeepsNullHandling() {
		Pageable pageable = PageParameters.toPageable(null, null, List.of("publishedDate,desc", "title"), SORTABLE,
				DEFAULT, TIE);
		assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("publishedDate").nullsLast(),
				Sort.Order.asc("title"), TIE);
	}

	@Test
	void rejectsEveryMalformedParameterAtOnce() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> PageParameters.toPageable(-1, 101, List.of("wordCount"), SORTABLE, DEFAULT, TIE))
			.satisfies(
					(ex) -> assertThat(ex.getErrors()).extracting(InvalidParameterException.ParameterError::parameter)
						.containsExactly("page", "size", "sort"));
	}

	@Test
	void blamesTheDirectionNotTheKeyWhenSpringSplitAnUnknownDirectionOff() {
		// sort=title,up arrives as ["title", "up"]
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> PageParameters.toPageable(null, null, List.of("title", "up"), SORTABLE, DEFAULT, TIE))
			.satisfies((ex) -> assertThat(ex.getErrors()).singleElement().satisfies((error) -> {
				assertThat(error.rejectedValue()).isEqualTo("title,up");
				assertThat(error.message()).contains("direction").doesNotContain("key");
			}));
	}

	@Test
	void rejectsUnknownDirections() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> PageParameters.toPageable(null, null, List.of("title,up"), SORTABLE, DEFAULT, TIE));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> PageParameters.toPageable(null, 0, null, SORTABLE, DEFAULT, TIE));
	}

}
