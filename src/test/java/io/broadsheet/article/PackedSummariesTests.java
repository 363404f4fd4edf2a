package io.broadsheet.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PackedSummariesTests {

	private static final AuthorRef ANNA = new AuthorRef("anna-petrosyan", "Anna Petrosyan");

	private static final AuthorRef JOSE = new AuthorRef("jose-celik", "José Çelik");

	@Test
	void givesBackEverySummaryAsAdded() {
		List<ArticleSummary> added = List.of(
				new ArticleSummary("000_a9e816bf096b0a86", "Lavrov’s Yerevan Visit", List.of(ANNA, JOSE),
						LocalDate.of(2025, 12, 4), "News.Az", "Russian Foreign Minister …", 996, "en", null),
				new ArticleSummary("каталог/статья", "Визит Лаврова в Ереван", List.of(JOSE), LocalDate.of(1969, 7, 20),
						"Вестник", "Министр иностранных дел России " + "слово ".repeat(60), 12, "ru", null),
				new ArticleSummary("untitled", null, List.of(), null, null, "", 0, null, null));
		PackedSummaries packed = pack(added);

		assertThat(packed.size()).isEqualTo(3);
		for (ArticleSummary summary : added) {
			assertThat(packed.get(summary.id())).isEqualTo(summary);
		}
	}

	@Test
	void findsEachOfManyArticlesAndNoOther() {
		List<ArticleSummary> added = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			added.add(new ArticleSummary("article-" + i, "Title " + i, List.of((i % 2 == 0) ? ANNA : JOSE),
					LocalDate.ofEpochDay(i), "Publisher " + (i % 7), "Excerpt " + i, i, "en", null));
		}
		PackedSummaries packed = pack(added);

		assertThat(added).allSatisfy((summary) -> assertThat(packed.get(summary.id())).isEqualTo(summary));
		assertThat(packed.get("article-5000")).isNull();
		assertThat(packed.get("article-")).isNull();
		assertThat(PackedSummaries.EMPTY.get("article-1")).isNull();
	}

	@Test
	void keepsABylineLongerThanTwiceTheCreditsHeldSoFar() {
		List<AuthorRef> many = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			many.add(new AuthorRef("author-" + i, "Author " + i));
		}
		ArticleSummary few = new ArticleSummary("few", "Few", List.of(ANNA, JOSE), null, null, "", 1, null, null);
		ArticleSummary crowd = new ArticleSummary("crowd", "Crowd", List.copyOf(many), null, null, "", 2, null, null);
		PackedSummaries packed = pack(List.of(few, crowd));

		assertThat(packed.get("few")).isEqualTo(few);
		assertThat(packed.get("crowd")).isEqualTo(crowd);
	}

	@Test
	void keepsTheLaterOfTwoSummariesOfOneId() {
		ArticleSummary first = new ArticleSummary("a", "First", List.of(), null, null, "one", 1, null, null);
		ArticleSummary second = new ArticleSummary("a", "Second", List.of(ANNA), null, null, "two", 2, null, null);

		assertThat(pack(List.of(first, second)).get("a")).isEqualTo(second);
	}

	private static PackedSummaries pack(List<ArticleSummary> summaries) {
		PackedSummaries.Builder builder = new PackedSummaries.Builder();
		summaries.forEach(builder::add);
		return builder.build();
	}

}
