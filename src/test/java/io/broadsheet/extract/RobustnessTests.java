package io.broadsheet.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor never throws and never hangs, whatever the bytes. {@link HangGuard}
 * bounds each case's CPU time far above the expected time: a hang guard, not a
 * performance assertion.
 */
class RobustnessTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	static Stream<Arguments> hostileInputs() {
		Random random = new Random(1);
		byte[] binary = new byte[100_000];
		random.nextBytes(binary);
		return Stream.of(Arguments.of("empty", new byte[0]),
				Arguments.of("whitespace only", bytes(" \n\t\r\n  \u00A0\n")), Arguments.of("binary", binary),
				Arguments.of("only boilerplate", bytes("Share\nTweet\nLeave a reply\n")),
				Arguments.of("only a front matter fence", bytes("---")),
				Arguments.of("front matter without body", bytes("---\ntitle: x\n---\n")),
				Arguments.of("10 MB single line", ExtractorBenchmark.singleLine(10 * 1024 * 1024)),
				Arguments.of("5 MB of line breaks", bytes("\n".repeat(5 * 1024 * 1024))),
				Arguments.of("5 MB of carriage returns", bytes("\r".repeat(5 * 1024 * 1024))),
				Arguments.of("5 MB of short paragraphs", ExtractorBenchmark.paragraphs(5 * 1024 * 1024)),
				Arguments.of("digits and dots", bytes("1.".repeat(1_000_000))),
				Arguments.of("bylines all the way", bytes("By A and B, ".repeat(200_000))),
				Arguments.of("one long word", bytes("x".repeat(3_000_000))),
				Arguments.of("name-like capitals", bytes("Aa Bb Cc Dd is a professor ".repeat(100_000))),
				Arguments.of("dates all the way", bytes("4 December 2025 ".repeat(200_000))),
				Arguments.of("quotes and colons", bytes("“:”—\"'".repeat(500_000))),
				Arguments.of("separators", bytes("> / | » ".repeat(300_000))),
				Arguments.of("lone surrogates", bytes("\uD800a\uDC00b".repeat(100_000))),
				Arguments.of("a long paragraph's sentences each quoted beside it", quotedParagraph(20_000)),
				Arguments.of("a signature under every paragraph (the signature rule looks for its name above)", bytes(
						"The council approved the bridge on Tuesday after a long debate that lasted into the night.\n\nGwen Porter\n\n"
							.repeat(50_000))),
				Arguments.of("boxes under boxes: an organisation's heading and a paywall's over each line",
						bytes("About Halvorsen Dairy\nAlready a subscriber? Sign in\nHalvorsen Dairy makes cheese.\n"
							.repeat(100_000))),
				Arguments.of("lists under lists: a colon's clause and a quantity's line over each line", bytes(
						"Drivers should expect closures at these places:\n2 tablespoons olive oil\nStation Road, 7 a.m. to 6 p.m.\n"
							.repeat(30_000))),
				Arguments
					.of("teasers all the way: a section's name and a headline, each shown twice, and a deck", bytes(
							"Business\nCouncil approves the budget for roads\nBusiness\nCouncil approves the budget for roads\nThe vote was narrow.\n"
								.repeat(20_000))),
				Arguments.of("NUL bytes", new byte[1_000_000]), Arguments.of("many tiny lines of boilerplate and bios",
						bytes("Emil Avdaliani is a professor.\nLeave a reply\n".repeat(100_000))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileInputs")
	void neverThrowsNorHangs(String name, byte[] content) {
		ParsedArticle article = HangGuard.run(() -> this.extractor.extract(content, null));
		assertThat(article).isNotNull();
		assertThat(article.body()).isNotNull();
		assertThat(article.warnings()).noneMatch((warning) -> warning.contains("extractor failed"));
	}

	@Test
	void hostileSidecarNeverThrows() {
		byte[] sidecar = bytes("a: " + "[".repeat(10_000));
		ParsedArticle article = HangGuard
			.run(() -> this.extractor.extract(bytes("Title Of The Story\nBody text here."), sidecar));
		assertThat(article.warnings()).hasSize(1);
		assertThat(article.title().value()).isEqualTo("Title Of The Story");
	}

	@Test
	void fileOfOneParagraphWithoutTitleIsAllBody() {
		String paragraph = "Residents of the old town woke to the sound of church bells on Sunday, as the cathedral rang its restored bells for the first time in forty years. The restoration took three years and cost two million euros.";
		ParsedArticle article = this.extractor.extract(bytes(paragraph + "\n"), null);
		assertThat(article.body()).isEqualTo(paragraph);
		assertThat(article.title().source()).isEqualTo(Source.DERIVED);
		assertThat(article.title().value()).endsWith("…");
		assertThat(paragraph).startsWith(article.title().value().replace("…", ""));
	}

	@Test
	void fileOfOneShortSentenceIsAllBody() {
		ParsedArticle article = this.extractor.extract(bytes("The vote is on Friday.\n"), null);
		assertThat(article.body()).isEqualTo("The vote is on Friday.");
		assertThat(article.title()).isEqualTo(Extracted.derived("The vote is on Friday"));
	}

	@Test
	void shortSentencesAfterAHeaderAreNeverDropped() {
		ParsedArticle article = this.extractor
			.extract(bytes("By Greta Good\n\n4 March 2025\n\nThe vote is on Friday.\n\nMore to follow.\n"), null);
		assertThat(article.body()).isEqualTo("The vote is on Friday.\n\nMore to follow.");
		assertThat(article.authorNames()).containsExactly("Greta Good");
	}

	@Test
	void nullContentGivesEmptyArticle() {
		ParsedArticle article = this.extractor.extract(null, null);
		assertThat(article.body()).isEmpty();
		assertThat(article.title()).isNull();
	}

	@Test
	void windows1252FileIsReadWithItsAccentsAndQuotes() {
		byte[] content = "Le Caucase, nouveau terrain de rivalités\r\nPar Claire Dubois\r\n12 février 2024\r\nDepuis la guerre de 2020, l’équilibre régional a profondément changé, et la Russie a perdu une partie de son influence.\r\n"
			.getBytes(Charset.forName("windows-1252"));
		ParsedArticle article = this.extractor.extract(content, null);
		assertThat(article.title().value()).isEqualTo("Le Caucase, nouveau terrain de rivalités");
		assertThat(article.authorNames()).containsExactly("Claire Dubois");
		assertThat(article.publishedDate()).isEqualTo(Extracted.fromText(LocalDate.of(2024, 2, 12), 3));
		assertThat(article.body()).startsWith("Depuis la guerre de 2020, l’équilibre");
	}

	@Test
	void crLfFileKeepsLineNumbersAndInvisibleCharactersDoNotHideTheByline() {
		byte[] content = bytes(
				"\uFEFFArmenia Turns West\r\n\r\nBy\u00A0Tom\u200B Hart\r\n\r\nArmenia's government has signed a series of agreements with the EU and the US, a shift Moscow watches closely.\r\n");
		ParsedArticle article = this.extractor.extract(content, null);
		assertThat(article.title()).isEqualTo(Extracted.fromText("Armenia Turns West", 1));
		assertThat(article.authors()).isEqualTo(Extracted.fromText(java.util.List.of("Tom Hart"), 3));
		assertThat(article.body()).doesNotContain("\r");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	// One paragraph of many sentences, each then quoted on a line of its own, and text
	// after them: every quote is a pull quote's shape beside the paragraph it repeats.
	private static byte[] quotedParagraph(int sentences) {
		StringBuilder page = new StringBuilder("Roads\n\n");
		for (int i = 0; i < sentences; i++) {
			page.append("The council approved budget item ").append(i).append(" for the roads. ");
		}
		page.append('\n');
		for (int i = 0; i < sentences; i++) {
			page.append("\"The council approved budget item ").append(i).append(" for the roads.\"\n");
		}
		page.append("The mayor said the work would start in spring and the main roads would come first. ".repeat(50));
		return bytes(page.append('\n').toString());
	}

}
