package io.broadsheet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The corpus bundled with the application, as tests see it, so that they take counts from
 * it instead of repeating how many articles it holds today.
 */
public final class BundledCorpus {

	private static final Path FOLDER = Path.of("src/main/resources/corpus");

	private BundledCorpus() {
	}

	/**
	 * The article files in the bundled corpus folder.
	 * @return how many {@code .txt} files it holds
	 */
	public static int articleFiles() {
		try (Stream<Path> files = Files.walk(FOLDER)) {
			return (int) files.filter((file) -> file.toString().endsWith(".txt")).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
