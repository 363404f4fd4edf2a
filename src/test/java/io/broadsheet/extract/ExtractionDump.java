package io.broadsheet.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes every field of what the extractor makes of the five seeds and of every file of a
 * folder, one record per file in file-name order, so that two builds can be compared byte
 * for byte: a speed change must not change a single value, provenance line or warning.
 * Not a test: run it by hand before and after a change and compare the files with
 * {@code cmp}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) io.broadsheet.extract.ExtractionDump ../shared/eval-web/dev/corpus before.txt
 * </pre>
 */
public final class ExtractionDump {

	static final List<String> SEEDS = List.of("000_a9e816bf096b0a86", "001_68b7a782fc4b3297", "002_62ce8fa616d42fc4",
			"003_b7db214251bb9adf", "004_aa2b845cab8e237c");

	private ExtractionDump() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: ExtractionDump FOLDER OUTPUT");
			System.exit(2);
		}
		ArticleExtractor extractor = new ArticleExtractor();
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
			for (String stem : SEEDS) {
				byte[] content;
				byte[] sidecar;
				try (InputStream in = ExtractionDump.class.getResourceAsStream("/corpus/" + stem + ".txt");
						InputStream yaml = ExtractionDump.class.getResourceAsStream("/corpus/" + stem + ".yaml")) {
					content = in.readAllBytes();
					sidecar = yaml.readAllBytes();
				}
				out.println("== seed " + stem);
				out.println(extractor.extract(content, null));
				out.println("== seed " + stem + " with its sidecar");
				out.println(extractor.extract(content, sidecar));
			}
			List<Path> files;
			try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
				files = listing.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path file : files) {
				out.println("== " + file.getFileName());
				out.println(extractor.extract(Files.readAllBytes(file), null));
			}
		}
	}

}
