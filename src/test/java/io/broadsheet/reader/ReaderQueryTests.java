package io.broadsheet.reader;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.broadsheet.system.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReaderQueryTests {

	@Test
	void theHomePageWithNothingChosenIsJustSlash() {
		assertThat(ReaderQuery.of(null, null, "", " ", null, null, null).toUrl()).isEqualTo("/");
	}

	@Test
	void linksKeepEveryOtherChoiceAndGoBackToTheFirstPage() {
		ReaderQuery query = ReaderQuery.of("Lavrov", List.of("tigran-grigoryan"), "2025", null, null, "title", "3");
		assertThat(query.toggleAuthor("emil-avdaliani"))
			.isEqualTo("/?q=Lavrov&author=tigran-grigoryan&author=emil-avdaliani&date=2025&sort=title");
		assertThat(query.toggleAuthor("tigran-grigoryan")).isEqualTo("/?q=Lavrov&date=2025&sort=title");
		assertThat(query.toggleDate("2025")).isEqualTo("/?q=Lavrov&author=tigran-grigoryan&sort=title");
		assertThat(query.toggleDate("2025-12")).isEqualTo("/?q=Lavrov&author=tigran-grigoryan&date=2025-12&sort=title");
		// With words to search for, relevance is the default order and newest must be
		// asked for.
		assertThat(query.withSort("relevance")).isEqualTo("/?q=Lavrov&author=tigran-grigoryan&date=2025");
		assertThat(query.withSort("newest")).isEqualTo("/?q=Lavrov&author=tigran-grigoryan&date=2025&sort=newest");
		assertThat(ReaderQuery.of("Lavrov", List.of(), null, null, null, null, null).withoutText()).isEqualTo("/");
		assertThat(query.toPage(4)).isEqualTo("/?q=Lavrov&author=tigran-grigoryan&date=2025&sort=title&page=4");
		assertThat(query.withoutText()).isEqualTo("/?author=tigran-grigoryan&date=2025&sort=title");
	}

	@Test
	void valuesAreEncodedSoThatTheyComeBackAsSent() {
		ReaderQuery query = ReaderQuery.of("\"a phrase\" +x&y=z", null, null, "Center for European Policy (CEPA)", null,
				null, null);
		assertThat(query.toUrl())
			.isEqualTo("/?q=%22a+phrase%22+%2Bx%26y%3Dz&publisher=Center+for+European+Policy+%28CEPA%29");
	}

	@Test
	void malformedPagesAndSortsAreRefusedNamingTheParameter() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> ReaderQuery.of(null, null, null, null, null, null, "two"))
			.satisfies((ex) -> assertThat(ex.getErrors().get(0).parameter()).isEqualTo("page"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> ReaderQuery.of(null, null, null, null, null, null, "0"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> ReaderQuery.of(null, null, null, null, null, "relevance", null))
			.satisfies((ex) -> assertThat(ex.getErrors().get(0).parameter()).isEqualTo("sort"));
	}

	@Test
	void asksTheApiForTheSamePageAndOrder() {
		ReaderQuery query = ReaderQuery.of(null, List.of("tigran-grigoryan"), null, null, null, "oldest", "2");
		assertThat(query.toArticleQuery().toPageable(query.toPageQuery()).getPageNumber()).isEqualTo(1);
		assertThat(query.toArticleQuery().toPageable(query.toPageQuery()).getPageSize())
			.isEqualTo(ReaderQuery.PAGE_SIZE);
		assertThat(query.toArticleQuery()
			.toPageable(query.toPageQuery())
			.getSort()
			.getOrderFor("publishedDate")
			.isAscending()).isTrue();
		assertThat(query.toArticleQuery().author()).containsExactly("tigran-grigoryan");
	}

}
