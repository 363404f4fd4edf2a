package io.broadsheet.article;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API shows for each bundled seed: the extractor's findings from the text, the
 * verified facts of the bundled sidecars as overrides, and where each value came from.
 */
@BroadsheetIntegrationTest
@Tag("database")
class BundledSeedsApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void lavrovVisitHasItsHeadlineBylineAndVerifiedPublisher() {
		assertThat(this.mvc.get().uri("/articles/000_a9e816bf096b0a86")).bodyJson()
			.hasPathSatisfying("$.title",
					(value) -> assertThat(value).asString()
						.isEqualTo("Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival"))
			.hasPathSatisfying("$.authors[*].name",
					(value) -> assertThat(value).asArray().containsExactly("Tigran Grigoryan"))
			.hasPathSatisfying("$.publishedDate", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.publisher", (value) -> assertThat(value).asString().isEqualTo("CivilNet"))
			.hasPathSatisfying("$.provenance.publisher.source",
					(value) -> assertThat(value).asString().isEqualTo("override"))
			.hasPathSatisfying("$.provenance.authors.source", (value) -> assertThat(value).asString().isEqualTo("text"))
			.hasPathSatisfying("$.url", (value) -> assertThat(value).asString().startsWith("https://www.civilnet.am/"))
			.hasPathSatisfying("$.body",
					(value) -> assertThat(value).asString()
						.startsWith("Russian Foreign Minister Sergey Lavrov paid")
						.endsWith("have little choice but to improvise.")
						.doesNotContainIgnoringCase("leave a reply"));
	}

	@Test
	void untitledArticleWithoutBylineKeepsEverythingUnknownButItsVerifiedPublisher() {
		assertThat(this.mvc.get().uri("/articles/001_68b7a782fc4b3297")).bodyJson()
			.hasPathSatisfying("$.provenance.title.source",
					(value) -> assertThat(value).asString().isEqualTo("derived"))
			.hasPathSatisfying("$.authors", (value) -> assertThat(value).asArray().isEmpty())
			.hasPathSatisfying("$.provenance.authors", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.publishedDate", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.publisher", (value) -> assertThat(value).asString().isEqualTo("commonspace.eu"));
	}

	@Test
	void widgetDateLineAndSignOffGiveDateAndPublisherFromTheText() {
		assertThat(this.mvc.get().uri("/articles/002_62ce8fa616d42fc4")).bodyJson()
			.hasPathSatisfying("$.publishedDate", (value) -> assertThat(value).asString().isEqualTo("2025-12-04"))
			.hasPathSatisfying("$.provenance.publishedDate.line", (value) -> assertThat(value).asNumber().isEqualTo(1))
			.hasPathSatisfying("$.publisher", (value) -> assertThat(value).asString().isEqualTo("News.Az"))
			.hasPathSatisfying("$.provenance.publisher.source",
					(value) -> assertThat(value).asString().isEqualTo("text"))
			.hasPathSatisfying("$.body",
					(value) -> assertThat(value).asString()
						.startsWith("The history of Armenia–Russia relations")
						.endsWith("is no longer its unquestioned ally.")
						.doesNotContain("16 px"));
	}

	@Test
	void authorComesFromTheBioNotFromThePhotoCaption() {
		assertThat(this.mvc.get().uri("/articles/003_b7db214251bb9adf")).bodyJson()
			.hasPathSatisfying("$.authors[*].name",
					(value) -> assertThat(value).asArray().containsExactly("Amin Bagheri"))
			.hasPathSatisfying("$.publisher", (value) -> assertThat(value).asString().isEqualTo("MEPEI"))
			.hasPathSatisfying("$.publishedDate", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.body",
					(value) -> assertThat(value).asString()
						.startsWith("The diplomatic landscape in Armenia")
						.endsWith("its impact on regional dynamics.")
						.doesNotContain("Print Friendly", "Post a comment", "Photo’s source", "Disclaimer"));
		assertThat(this.mvc.get().uri("/articles?author=Nikol Pashinyan")).bodyJson()
			.extractingPath("$.content")
			.asArray()
			.isEmpty();
	}

	@Test
	void verifiedFactsOverrideWhatTheTextLacks() {
		assertThat(this.mvc.get().uri("/articles/004_aa2b845cab8e237c")).bodyJson()
			.hasPathSatisfying("$.title",
					(value) -> assertThat(value).asString()
						.isEqualTo("Russia Advances (and Retreats) in the South Caucasus"))
			.hasPathSatisfying("$.provenance.title.source",
					(value) -> assertThat(value).asString().isEqualTo("override"))
			.hasPathSatisfying("$.provenance.title.line", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.publishedDate", (value) -> assertThat(value).asString().isEqualTo("2025-06-05"))
			.hasPathSatisfying("$.authors[*].id",
					(value) -> assertThat(value).asArray().containsExactly("emil-avdaliani"))
			.hasPathSatisfying("$.provenance.authors.source", (value) -> assertThat(value).asString().isEqualTo("text"))
			.hasPathSatisfying("$.body",
					(value) -> assertThat(value).asString()
						.startsWith("Russia’s step forward comes in Armenia")
						.endsWith("seems happy to pay.")
						.doesNotContain("Europe’s Edge", "CEPA Forum"));
		assertThat(this.mvc.get().uri("/articles?author=emil-avdaliani")).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly("004_aa2b845cab8e237c");
	}

	@Test
	void authorsFromBiosJoinTheAuthorList() {
		assertThat(this.mvc.get().uri("/authors")).bodyJson()
			.extractingPath("$.content[*].name")
			.asArray()
			.containsExactly("Amin Bagheri", "Emil Avdaliani", "Tigran Grigoryan");
		assertThat(this.mvc.get().uri("/authors/emil-avdaliani")).bodyJson()
			.hasPathSatisfying("$.firstPublished", (value) -> assertThat(value).asString().isEqualTo("2025-06-05"));
	}

}
