package io.broadsheet.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service pointed at a folder full of surprises: it starts, serves every good file,
 * and reports each rejected file with its reason.
 */
@SpringBootTest(properties = "broadsheet.corpus.max-file-size=64KB")
@AutoConfigureMockMvc
@Tag("database")
class HostileCorpusTests {

	private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	private static final Path CORPUS = createCorpus();

	@Autowired
	private MockMvcTester mvc;

	@DynamicPropertySource
	static void corpus(DynamicPropertyRegistry registry) {
		registry.add("broadsheet.corpus.path", CORPUS::toString);
	}

	@Test
	void servesEveryGoodFile() {
		int good = ROOT ? 15 : 14;
		assertThat(this.mvc.get().uri("/articles?size=100")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.page.totalElements", (total) -> assertThat(total).asNumber().isEqualTo(good))
			.extractingPath("$.content[*].id")
			.asArray()
			.contains("good", "invalid-utf8", "latin1", "bom", "crlf", "nested~deeper~deep", "x~story", "y~story",
					"curated", "front-matter", "bad-sidecar", "notepad-unicode", "utf16be", "utf32");
	}

	@Test
	void curatorsOverrideFieldsWithASidecarOrFrontMatter() {
		assertThat(this.mvc.get().uri("/articles/curated")).bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).asString().isEqualTo("The Curated Title"))
			.hasPathSatisfying("$.provenance.title.source",
					(source) -> assertThat(source).asString().isEqualTo("override"))
			.hasPathSatisfying("$.publishedDate", (date) -> assertThat(date).asString().isEqualTo("2021-05-06"))
			.hasPathSatisfying("$.authors[0].name", (name) -> assertThat(name).asString().isEqualTo("Carla Curator"));
		assertThat(this.mvc.get().uri("/articles/front-matter")).bodyJson()
			.hasPathSatisfying("$.authors[*].name",
					(names) -> assertThat(names).asArray().containsExactly("Fiona Front", "Mark Matter"))
			.hasPathSatisfying("$.provenance.authors.source",
					(source) -> assertThat(source).asString().isEqualTo("override"))
			.hasPathSatisfying("$.publisher",
					(publisher) -> assertThat(publisher).asString().isEqualTo("The Example Post"))
			.hasPathSatisfying("$.body", (body) -> assertThat(body).asString().doesNotContain("publisher:", "---"));
	}

	@Test
	void reportsBadYamlAndStillIngestsTheFileFromItsText() {
		assertThat(this.mvc.get().uri("/corpus")).bodyJson()
			.extractingPath("$.warnings[?(@.file == 'bad-sidecar.txt')].message")
			.asArray()
			.singleElement()
			.asString()
			.isNotBlank();
		assertThat(this.mvc.get().uri("/articles/bad-sidecar")).bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).asString().isEqualTo("Sidecar Gone Wrong Today"))
			.hasPathSatisfying("$.provenance.title.source",
					(source) -> assertThat(source).asString().isEqualTo("text"));
	}

	@Test
	void reportsEachRejectedFileWithItsReason() {
		assertThat(this.mvc.get().uri("/corpus")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.state", (state) -> assertThat(state).asString().isEqualTo("completed"))
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.skipped[?(@.file == 'empty.txt')].reason")
					.asArray()
					.containsExactly("empty file");
				assertThat(json).extractingPath("$.skipped[?(@.file == 'binary.txt')].reason")
					.asArray()
					.containsExactly("binary content, not text");
				// Not read without its mark (which byte order is a guess), but said
				// for what it is.
				assertThat(json).extractingPath("$.skipped[?(@.file == 'utf16-no-bom.txt')].reason")
					.asArray()
					.singleElement()
					.asString()
					.startsWith("looks like UTF-16 text (little-endian) without a byte-order mark");
				assertThat(json).extractingPath("$.skipped[?(@.file == 'huge.txt')].reason")
					.asArray()
					.singleElement()
					.asString()
					.contains("larger than the limit");
				assertThat(json).extractingPath("$.skipped[?(@.file == 'escape.txt')].reason")
					.asArray()
					.containsExactly("symbolic link pointing outside the corpus folder");
				assertThat(json).extractingPath("$.skipped[?(@.file == 'dangling.txt')].reason")
					.asArray()
					.containsExactly("symbolic link to a file that does not exist");
				// Two links pointing at each other: said as a loop, not as a missing
				// file.
				assertThat(json).extractingPath("$.skipped[?(@.file == 'loop-a.txt')].reason")
					.asArray()
					.singleElement()
					.asString()
					.startsWith("symbolic link that cannot be followed: ")
					.doesNotContain("does not exist");
			});
		if (!ROOT) {
			assertThat(this.mvc.get().uri("/corpus")).bodyJson()
				.extractingPath("$.skipped[?(@.file == 'unreadable.txt')].reason")
				.asArray()
				.containsExactly("cannot be read: permission denied");
		}
	}

	@Test
	void ignoresOtherFilesAndNeverFollowsLinksOut() {
		assertThat(this.mvc.get().uri("/corpus")).bodyJson()
			.extractingPath("$.skipped[*].file")
			.asArray()
			.doesNotContain("notes.md", "data.json", ".hidden~secret.txt");
		assertThat(this.mvc.get().uri("/articles/escape")).hasStatus(404);
		assertThat(this.mvc.get().uri("/articles/.hidden~secret")).hasStatus(404);
	}

	@Test
	void decodesEveryEncodingItAccepts() {
		assertThat(this.mvc.get().uri("/articles/latin1")).bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).asString().isEqualTo("Café Crème in München"));
		assertThat(this.mvc.get().uri("/articles/bom")).bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).asString().isEqualTo("A Title After A BOM"));
		assertThat(this.mvc.get().uri("/articles/notepad-unicode")).bodyJson()
			.hasPathSatisfying("$.title",
					(title) -> assertThat(title).asString().isEqualTo("Saved As Unicode In Notepad"))
			.hasPathSatisfying("$.authors[0].name", (name) -> assertThat(name).asString().isEqualTo("Nadia Notepad"))
			.hasPathSatisfying("$.body", (body) -> assertThat(body).asString().doesNotContain("\r", "\u0000"));
		assertThat(this.mvc.get().uri("/articles/utf16be")).bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).asString().isEqualTo("Big End First Headline"));
		assertThat(this.mvc.get().uri("/articles/utf32")).bodyJson()
			.hasPathSatisfying("$.title",
					(title) -> assertThat(title).asString().isEqualTo("Four Bytes Each Headline"));
		assertThat(this.mvc.get().uri("/articles/crlf")).bodyJson()
			.hasPathSatisfying("$.body", (body) -> assertThat(body).asString().doesNotContain("\r"))
			.hasPathSatisfying("$.authors[0].name", (name) -> assertThat(name).asString().isEqualTo("Wendy Windows"));
	}

	@Test
	void keepsSameNamedFilesInDifferentFoldersApart() {
		assertThat(this.mvc.get().uri("/articles/x~story")).bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).asString().isEqualTo("The Story In X"));
		assertThat(this.mvc.get().uri("/articles/y~story")).bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).asString().isEqualTo("The Story In Y"));
	}

	private static Path createCorpus() {
		try {
			Path root = Files.createTempDirectory("hostile-corpus");
			Path corpus = Files.createDirectories(root.resolve("corpus"));
			write(corpus, "good.txt", article("A Perfectly Good Article", "Greta Good"), StandardCharsets.UTF_8);
			Files.write(corpus.resolve("empty.txt"), new byte[0]);
			Files.write(corpus.resolve("binary.txt"),
					new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
			write(corpus, "huge.txt", article("Too Big", "Bea Big") + "x".repeat(70 * 1024), StandardCharsets.UTF_8);
			byte[] invalidUtf8 = article("Broken Bytes Headline", "Ivan Invalid").getBytes(StandardCharsets.UTF_8);
			byte[] withBadByte = new byte[invalidUtf8.length + 2];
			System.arraycopy(invalidUtf8, 0, withBadByte, 0, invalidUtf8.length);
			withBadByte[invalidUtf8.length] = (byte) 0xC3;
			withBadByte[invalidUtf8.length + 1] = (byte) 0x28;
			Files.write(corpus.resolve("invalid-utf8.txt"), withBadByte);
			write(corpus, "latin1.txt", article("Café Crème in München", "Jürgen Müller"),
					Charset.forName("ISO-8859-1"));
			Files.write(corpus.resolve("bom.txt"), concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
					article("A Title After A BOM", "Bob Bom").getBytes(StandardCharsets.UTF_8)));
			write(corpus, "crlf.txt", article("Written On Windows", "Wendy Windows").replace("\n", "\r\n"),
					StandardCharsets.UTF_8);
			Path unreadable = write(corpus, "unreadable.txt", article("Locked Away", "Lou Locked"),
					StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
			Path outside = write(Files.createDirectories(root.resolve("outside")), "secret.txt",
					article("Outside The Corpus", "Eve Escape"), StandardCharsets.UTF_8);
			Files.createSymbolicLink(corpus.resolve("escape.txt"), outside);
			Files.createSymbolicLink(corpus.resolve("dangling.txt"), corpus.resolve("gone.txt"));
			Files.createSymbolicLink(corpus.resolve("loop-a.txt"), corpus.resolve("loop-b.txt"));
			Files.createSymbolicLink(corpus.resolve("loop-b.txt"), corpus.resolve("loop-a.txt"));
			write(corpus, "notes.md", "# Not an article", StandardCharsets.UTF_8);
			write(corpus, "data.json", "{\"not\": \"an article\"}", StandardCharsets.UTF_8);
			write(Files.createDirectories(corpus.resolve(".hidden")), "secret.txt", article("Hidden", "Hal Hidden"),
					StandardCharsets.UTF_8);
			write(Files.createDirectories(corpus.resolve("nested/deeper")), "deep.txt",
					article("Deep In The Tree", "Dee Deep"), StandardCharsets.UTF_8);
			write(Files.createDirectories(corpus.resolve("x")), "story.txt", article("The Story In X", "Xavier X"),
					StandardCharsets.UTF_8);
			write(Files.createDirectories(corpus.resolve("y")), "story.txt", article("The Story In Y", "Yvonne Y"),
					StandardCharsets.UTF_8);
			write(corpus, "curated.txt", article("A Scraped Headline Here", "Someone Scraped"), StandardCharsets.UTF_8);
			write(corpus, "curated.yaml",
					"title: The Curated Title\npublishedDate: 2021-05-06\nauthors:\n  - Carla Curator\n",
					StandardCharsets.UTF_8);
			write(corpus, "front-matter.txt",
					"---\nauthors: [Fiona Front, Mark Matter]\npublisher: The Example Post\n---\n"
							+ article("Front Matter Leads The Way", "Not This Name"),
					StandardCharsets.UTF_8);
			write(corpus, "bad-sidecar.txt", article("Sidecar Gone Wrong Today", "Sam Sidecar"),
					StandardCharsets.UTF_8);
			write(corpus, "bad-sidecar.yaml", "title: [unclosed\n  publisher: : :\n", StandardCharsets.UTF_8);
			// What Windows' Notepad saves as "Unicode": UTF-16, little-endian, with a
			// byte-order mark and CRLF line ends; and the other byte orders a mark names.
			write(corpus, "notepad-unicode.txt",
					"\uFEFF" + article("Saved As Unicode In Notepad", "Nadia Notepad").replace("\n", "\r\n"),
					StandardCharsets.UTF_16LE);
			write(corpus, "utf16be.txt", "\uFEFF" + article("Big End First Headline", "Bert Bigend"),
					StandardCharsets.UTF_16BE);
			write(corpus, "utf32.txt", "\uFEFF" + article("Four Bytes Each Headline", "Quentin Quad"),
					Charset.forName("UTF-32LE"));
			write(corpus, "utf16-no-bom.txt", article("No Mark At All Headline", "Una Unmarked"),
					StandardCharsets.UTF_16LE);
			return corpus;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path write(Path folder, String name, String text, Charset charset) throws IOException {
		return Files.writeString(folder.resolve(name), text, charset);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static String article(String title, String author) {
		return title + "\n\nBy " + author + "\n\nThe city council voted on Tuesday to expand the tram network to the "
				+ "northern districts, ending a debate that had lasted almost a decade.\n\nSupporters said the line "
				+ "would cut commuting times in half, while critics warned that the budget did not account for rising "
				+ "construction costs.\n";
	}

}
