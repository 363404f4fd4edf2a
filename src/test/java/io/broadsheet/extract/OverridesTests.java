package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curator overrides from YAML front matter and sidecar files win over the text, are
 * marked as overrides, and bad YAML is reported without stopping extraction.
 */
class OverridesTests {

	private static final String ARTICLE = """
			Armenia Turns West
			By Tom Hart
			4 March 2025
			Armenia's government has signed a series of agreements with the EU and the US, a shift Moscow watches closely.
			Russian officials have warned of consequences.
			""";

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void frontMatterOverridesFieldsAndKeepsLineNumbersOfTheWholeFile() {
		ParsedArticle article = extract("""
				---
				title: "Armenia Turns West, Again"
				authors:
				  - Tom Hart
				  - Ana Souza
				---
				""" + ARTICLE, null);
		assertThat(article.title()).isEqualTo(Extracted.override("Armenia Turns West, Again"));
		assertThat(article.authors()).isEqualTo(Extracted.override(java.util.List.of("Tom Hart", "Ana Souza")));
		assertThat(article.publishedDate()).isEqualTo(Extracted.fromText(LocalDate.of(2025, 3, 4), 9));
		assertThat(article.body()).startsWith("Armenia's government").doesNotContain("---").doesNotContain("title:");
		assertThat(article.warnings()).isEmpty();
	}

	@Test
	void sidecarOverridesFieldsTheTextDoesNotHold() {
		ParsedArticle article = extract(ARTICLE, """
				publisher: Caucasus Watch
				url: https://example.org/armenia-turns-west
				publishedDate: 2025-03-05
				""");
		assertThat(article.publisher()).isEqualTo(Extracted.override("Caucasus Watch"));
		assertThat(article.url()).isEqualTo(Extracted.override("https://example.org/armenia-turns-west"));
		assertThat(article.publishedDate()).isEqualTo(Extracted.override(LocalDate.of(2025, 3, 5)));
		assertThat(article.title()).isEqualTo(Extracted.fromText("Armenia Turns West", 1));
		assertThat(article.authors()).isEqualTo(Extracted.fromText(java.util.List.of("Tom Hart"), 2));
	}

	@Test
	void sidecarWinsOverFrontMatter() {
		ParsedArticle article = extract("---\ntitle: From front matter\npublisher: Front\n---\n" + ARTICLE,
				"title: From sidecar\n");
		assertThat(article.title().value()).isEqualTo("From sidecar");
		assertThat(article.publisher().value()).isEqualTo("Front");
	}

	@Test
	void singleAuthorMayBeGivenAsText() {
		assertThat(extract(ARTICLE, "authors: Ana Souza").authors())
			.isEqualTo(Extracted.override(java.util.List.of("Ana Souza")));
	}

	@Test
	void badFrontMatterIsReportedAndTextStillExtracted() {
		ParsedArticle article = extract("---\ntitle: [unclosed\nauthors: - x\n---\n" + ARTICLE, null);
		assertThat(article.warnings()).singleElement().asString().contains("front matter").contains("not valid YAML");
		assertThat(article.title()).isEqualTo(Extracted.fromText("Armenia Turns West", 5));
		assertThat(article.authorNames()).containsExactly("Tom Hart");
		assertThat(article.body()).startsWith("Armenia's government").doesNotContain("unclosed");
	}

	@Test
	void badSidecarIsReportedAndTextStillExtracted() {
		ParsedArticle article = extract(ARTICLE, "title: \"open quote\npublisher: x: y: z\n\t- nope");
		assertThat(article.warnings()).singleElement().asString().contains("sidecar file").contains("not valid YAML");
		assertThat(article.title().source()).isEqualTo(Source.TEXT);
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2025, 3, 4));
	}

	@Test
	void wrongValuesAndUnknownKeysAreReportedOneByOne() {
		ParsedArticle article = extract(ARTICLE, """
				publishedDate: 5 March 2025
				url: not a link
				tags: [a, b]
				title: [a, list]
				publisher: Caucasus Watch
				""");
		assertThat(article.warnings()).hasSize(4)
			.anySatisfy((w) -> assertThat(w).contains("publishedDate").contains("YYYY-MM-DD"))
			.anySatisfy((w) -> assertThat(w).contains("'url'"))
			.anySatisfy((w) -> assertThat(w).contains("unknown key 'tags'"))
			.anySatisfy((w) -> assertThat(w).contains("'title'"));
		assertThat(article.publisher().value()).isEqualTo("Caucasus Watch");
		assertThat(article.title().source()).isEqualTo(Source.TEXT);
		assertThat(article.publishedDate().source()).isEqualTo(Source.TEXT);
	}

	@Test
	void valuesHoldingCharactersXmlCannotHoldAreRefusedByFileAndField() {
		// YAML escapes spell what a file's text never holds: a control, a non-character,
		// a lone surrogate; JSON would carry them, an Atom feed could not.
		ParsedArticle article = extract(ARTICLE, """
				title: "Curated \\x01 title"
				publisher: "Caucasus\\uFFFEWatch"
				authors: ["Bell \\a Ringer", "Ann Lee", "Lone \\uD800 Half"]
				""");
		assertThat(article.warnings()).hasSize(4)
			.allSatisfy((w) -> assertThat(w).startsWith("The sidecar file").contains("XML cannot hold"))
			.anySatisfy((w) -> assertThat(w).contains("'title'").contains("U+0001 at character 9"))
			.anySatisfy((w) -> assertThat(w).contains("'publisher'").contains("U+FFFE"))
			.anySatisfy((w) -> assertThat(w).contains("'authors'").contains("U+0007"))
			.anySatisfy((w) -> assertThat(w).contains("'authors'").contains("U+D800"));
		assertThat(article.title().value()).isEqualTo("Armenia Turns West");
		assertThat(article.title().source()).isEqualTo(Source.TEXT);
		assertThat(article.publisher()).isNull();
		assertThat(article.authors().value()).containsExactly("Ann Lee");
		assertThat(article.authors().source()).isEqualTo(Source.OVERRIDE);
	}

	@Test
	void charactersXmlCanHoldAreKept() {
		ParsedArticle article = extract(ARTICLE, "title: \"Tab\\there \\U0001F600 and \\u00E9\"\n");
		assertThat(article.warnings()).isEmpty();
		assertThat(article.title().value()).isEqualTo("Tab\there \uD83D\uDE00 and \u00E9");
	}

	@Test
	void yamlThatIsNotAMappingIsReported() {
		ParsedArticle article = extract(ARTICLE, "- just\n- a list\n");
		assertThat(article.warnings()).singleElement().asString().contains("key: value");
	}

	@Test
	void typeTagsAreNeverInstantiated() {
		ParsedArticle article = extract(ARTICLE,
				"title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n");
		assertThat(article.title().source()).isEqualTo(Source.TEXT);
		assertThat(article.warnings()).singleElement().asString().contains("ignored");
	}

	@Test
	void aliasBombIsRefusedQuickly() {
		StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
		for (int i = 1; i < 12; i++) {
			yaml.append((char) ('a' + i)).append(": &").append((char) ('a' + i)).append(" [");
			for (int j = 0; j < 9; j++) {
				yaml.append((j > 0) ? ", " : "").append('*').append((char) ('a' + i - 1));
			}
			yaml.append("]\n");
		}
		ParsedArticle article = HangGuard.run(Duration.ofSeconds(10), () -> extract(ARTICLE, yaml.toString()));
		assertThat(article.warnings()).isNotEmpty();
		assertThat(article.title().source()).isEqualTo(Source.TEXT);
	}

	@Test
	void unclosedFrontMatterIsReportedAndReadAsText() {
		ParsedArticle article = extract("---\ntitle: Never closed\n\n" + ARTICLE, null);
		assertThat(article.warnings()).singleElement().asString().contains("no closing");
		assertThat(article.authorNames()).containsExactly("Tom Hart");
	}

	@Test
	void emptyValuesStateNothing() {
		ParsedArticle article = extract(ARTICLE, "title:\npublisher: ~\nauthors: []\n");
		assertThat(article.title().source()).isEqualTo(Source.TEXT);
		assertThat(article.publisher()).isNull();
		assertThat(article.authors().source()).isEqualTo(Source.TEXT);
		assertThat(article.warnings()).isEmpty();
	}

	private ParsedArticle extract(String text, String sidecar) {
		return this.extractor.extract(text.getBytes(StandardCharsets.UTF_8),
				(sidecar != null) ? sidecar.getBytes(StandardCharsets.UTF_8) : null);
	}

}
