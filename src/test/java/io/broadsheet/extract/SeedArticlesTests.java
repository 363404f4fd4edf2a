package io.broadsheet.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five bundled seeds, read from their text alone (no sidecars), must each yield their
 * row of the truth table in {@code shared/seeds-metadata.md}.
 */
class SeedArticlesTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void seed000HasTitleAndBylineButNoDateOrPublisher() {
		ParsedArticle article = extract("000_a9e816bf096b0a86");
		assertThat(article.title().value())
			.isEqualTo("Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival");
		assertThat(article.title().source()).isEqualTo(Source.TEXT);
		assertThat(article.title().line()).isEqualTo(1);
		assertThat(article.authors().value()).containsExactly("Tigran Grigoryan");
		assertThat(article.authors().line()).isEqualTo(3);
		assertThat(article.publishedDate()).isNull();
		assertThat(article.publisher()).isNull();
		assertThat(article.body()).startsWith("Russian Foreign Minister Sergey Lavrov paid")
			.endsWith("have little choice but to improvise.")
			.doesNotContainIgnoringCase("leave a reply")
			.doesNotContain("By Tigran Grigoryan")
			.doesNotContain("Alliance Revival");
		assertParagraphsSeparatedByOneBlankLine(article.body(), 17);
	}

	@Test
	void seed001IsAllBodyWithDerivedTitleAndNoMetadata() {
		ParsedArticle article = extract("001_68b7a782fc4b3297");
		assertThat(article.title().source()).isEqualTo(Source.DERIVED);
		assertThat(article.title().value()).startsWith("On May 20–21, 2025, Russian Foreign Minister");
		assertThat(article.authors()).isNull();
		assertThat(article.publishedDate()).isNull();
		assertThat(article.publisher()).isNull();
		assertThat(article.body()).startsWith("On May 20–21, 2025, ").endsWith("as the region charts a new course.");
		assertParagraphsSeparatedByOneBlankLine(article.body(), 11);
	}

	@Test
	void seed002TakesDateFromWidgetLineAndPublisherFromSignOff() {
		ParsedArticle article = extract("002_62ce8fa616d42fc4");
		assertThat(article.title().source()).isEqualTo(Source.DERIVED);
		assertThat(article.title().value()).startsWith("The history of Armenia–Russia relations");
		assertThat(article.authors()).isNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2025, 12, 4));
		assertThat(article.publishedDate().line()).isEqualTo(1);
		assertThat(article.publisher().value()).isEqualTo("News.Az");
		assertThat(article.publisher().line()).isEqualTo(27);
		assertThat(article.body()).startsWith("The history of Armenia–Russia relations")
			.endsWith("is no longer its unquestioned ally.")
			.doesNotContain("px")
			.doesNotContain("2025-12-04")
			.doesNotContain("News.Az");
	}

	@Test
	void seed003IgnoresCaptionAndReferencesAndFindsAuthorInAboutBlock() {
		ParsedArticle article = extract("003_b7db214251bb9adf");
		assertThat(article.title().source()).isEqualTo(Source.DERIVED);
		assertThat(article.title().value()).startsWith("The diplomatic landscape in Armenia");
		assertThat(article.authors().value()).containsExactly("Amin Bagheri");
		assertThat(article.authorNames()).doesNotContain("Nikol Pashinyan");
		assertThat(article.publishedDate()).isNull();
		assertThat(article.publisher().value()).isEqualTo("MEPEI");
		String body = article.body();
		assertThat(body).startsWith("The diplomatic landscape in Armenia")
			.endsWith("its impact on regional dynamics.")
			.contains("\n\nA Historical Background of Armenia-Russia Relations\n\n")
			.contains("\n\nImplications of Armenia’s Strategic Shift\n\n")
			.contains("\n\n1. Armenia’s desire to diversify")
			.contains("\n\n2. The 2018 Velvet Revolution")
			.contains("\n\n3. Armenia’s desire for greater independence")
			.doesNotContain("Photo")
			.doesNotContain("Jafalian")
			.doesNotContain("Routledge")
			.doesNotContain("Disclaimer")
			.doesNotContain("Print Friendly")
			.doesNotContain("About the author")
			.doesNotContain("Amin Bagheri")
			.doesNotContain("Post a comment");
	}

	@Test
	void seed004FindsAuthorInClosingBioAndPublisherInJournalBlurb() {
		ParsedArticle article = extract("004_aa2b845cab8e237c");
		assertThat(article.title().source()).isEqualTo(Source.DERIVED);
		assertThat(article.title().value()).startsWith("Russia’s step forward comes in Armenia");
		assertThat(article.authors().value()).containsExactly("Emil Avdaliani");
		assertThat(article.authors().line()).isEqualTo(16);
		assertThat(article.publishedDate()).isNull();
		assertThat(article.publisher().value()).isEqualTo("CEPA");
		assertThat(article.publisher().line()).isEqualTo(17);
		assertThat(article.body()).startsWith("Russia’s step forward comes in Armenia")
			.endsWith("seems happy to pay.")
			.doesNotContain("Emil Avdaliani is a professor")
			.doesNotContain("online journal")
			.doesNotContain("Ukraine 2036")
			.doesNotContain("CEPA Forum 2025")
			.doesNotContain("flagship event");
		assertParagraphsSeparatedByOneBlankLine(article.body(), 15);
	}

	@Test
	void seedsYieldNoWarnings() {
		for (String seed : List.of("000_a9e816bf096b0a86", "001_68b7a782fc4b3297", "002_62ce8fa616d42fc4",
				"003_b7db214251bb9adf", "004_aa2b845cab8e237c")) {
			assertThat(extract(seed).warnings()).as(seed).isEmpty();
		}
	}

	private static void assertParagraphsSeparatedByOneBlankLine(String body, int paragraphs) {
		assertThat(body.split("\n\n", -1)).hasSize(paragraphs)
			.allSatisfy((
					paragraph) -> assertThat(paragraph).isNotBlank().doesNotContain("\n").isEqualTo(paragraph.strip()));
	}

	private ParsedArticle extract(String stem) {
		return this.extractor.extract(read("/corpus/" + stem + ".txt"), null);
	}

	static byte[] read(String resource) {
		try (InputStream in = SeedArticlesTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
