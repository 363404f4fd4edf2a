package io.broadsheet.system;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class PageQueryTests {

	private static final Sort.Order TIE = Sort.Order.asc("id");

	private static final PageQuery.Orders ORDERS = new PageQuery.Orders(
			Map.of("title", Sort.Order.by("title"), "publishedDate", Sort.Order.by("publishedDate").nullsLast()),
			Sort.by(Sort.Order.desc("publishedDate")), TIE);

	private static ValidatorFactory validation;

	@BeforeAll
	static void startValidation() {
		validation = Validation.buildDefaultValidatorFactory();
	}

	@AfterAll
	static void stopValidation() {
		validation.close();
	}

	@Test
	void defaultsToTheFirstPageOfTwentyInTheDefaultOrder() {
		Pageable pageable = PageQuery.first().toPageable(ORDERS);
		assertThat(pageable.getPageNumber()).isZero();
		assertThat(pageable.getPageSize()).isEqualTo(PageQuery.DEFAULT_SIZE);
		assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("publishedDate"), TIE);
	}

	@Test
	void readsOneSortValueThatSpringSplitAtItsComma() {
		Pageable pageable = new PageQuery(1, 5, List.of("title", "desc")).toPageable(ORDERS);
		assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("title"), TIE);
		assertThat(pageable.getPageNumber()).isEqualTo(1);
		assertThat(pageable.getPageSize()).isEqualTo(5);
	}

	@Test
	void readsSeveralSortValuesAndKeepsNullHandling() {
		Pageable pageable = new PageQuery(null, null, List.of("publishedDate,desc", "title")).toPageable(ORDERS);
		assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("publishedDate").nullsLast(),
				Sort.Order.asc("title"), TIE);
	}

	@Test
	void rejectsEveryUnknownSortEntryAtOnce() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> ORDERS.parse(List.of("wordCount", "title,sideways")))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.extracting(InvalidParameterException.ParameterError::parameter,
						InvalidParameterException.ParameterError::rejectedValue)
				.containsExactly(tuple("sort", "wordCount"), tuple("sort", "title,sideways")));
	}

	@Test
	void blamesTheDirectionNotTheKeyWhenSpringSplitAnUnknownDirectionOff() {
		// sort=title,up arrives as ["title", "up"]
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> ORDERS.parse(List.of("title", "up")))
			.satisfies((ex) -> assertThat(ex.getErrors()).singleElement().satisfies((error) -> {
				assertThat(error.rejectedValue()).isEqualTo("title,up");
				assertThat(error.message()).contains("direction").doesNotContain("key");
			}));
	}

	@Test
	void boundsPageAndSizeWithTheMessagesClientsSee() {
		assertThat(violations(new PageQuery(-1, 101, null))).containsExactlyInAnyOrder(
				tuple("page", -1, "must be 0 or more"), tuple("size", 101, "must be between 1 and 100"));
		assertThat(violations(new PageQuery(0, 0, null)))
			.containsExactly(tuple("size", 0, "must be between 1 and 100"));
		assertThat(violations(new PageQuery(0, PageQuery.MAX_SIZE, List.of("anything")))).isEmpty();
		assertThat(violations(PageQuery.first())).isEmpty();
	}

	private static List<org.assertj.core.groups.Tuple> violations(PageQuery query) {
		Validator validator = validation.getValidator();
		return validator.validate(query)
			.stream()
			.map((ConstraintViolation<PageQuery> violation) -> tuple(violation.getPropertyPath().toString(),
					violation.getInvalidValue(), violation.getMessage()))
			.toList();
	}

}
