package io.broadsheet.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.broadsheet.corpus.CorpusReport.SkippedFile;

/**
 * Article files in a folder on disk, found recursively. Symbolic links are followed only
 * when they stay inside the folder.
 */
class FolderCorpusSource implements CorpusSource {

	private final String location;

	private final Path root;

	private final long maxFileSize;

	FolderCorpusSource(String location, Path root, long maxFileSize) {
		if (!Files.isDirectory(root)) {
			throw new CorpusNotFoundException(location, "is not a folder (resolved to " + root.toAbsolutePath() + ")");
		}
		if (!Files.isReadable(root) || !Files.isExecutable(root)) {
			throw new CorpusNotFoundException(location, "cannot be read (resolved to " + root.toAbsolutePath() + ")");
		}
		this.location = location;
		this.root = root;
		this.maxFileSize = maxFileSize;
	}

	@Override
	public String location() {
		return this.location;
	}

	@Override
	public CorpusScan scan() throws IOException {
		Path realRoot = this.root.toRealPath();
		List<CorpusFile> files = new ArrayList<>();
		List<SkippedFile> rejected = new ArrayList<>();
		Files.walkFileTree(this.root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				boolean hidden = !dir.equals(FolderCorpusSource.this.root)
						&& dir.getFileName().toString().startsWith(".");
				return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (isArticleFile(file)) {
					consider(file, attrs, realRoot, files, rejected);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				if (isArticleFile(file)) {
					rejected.add(new SkippedFile(relative(file), "cannot be read: " + ex.getClass().getSimpleName()));
				}
				return FileVisitResult.CONTINUE;
			}

		});
		files.sort(Comparator.comparing(CorpusFile::relativePath));
		rejected.sort(Comparator.comparing(SkippedFile::file));
		return new CorpusScan(files, rejected);
	}

	private void consider(Path file, BasicFileAttributes attrs, Path realRoot, List<CorpusFile> files,
			List<SkippedFile> rejected) throws IOException {
		String relativePath = relative(file);
		Path target = file;
		if (attrs.isSymbolicLink()) {
			try {
				target = file.toRealPath();
			}
			catch (IOException ex) {
				rejected.add(new SkippedFile(relativePath, "symbolic link to a file that does not exist"));
				return;
			}
			if (!target.startsWith(realRoot)) {
				rejected.add(new SkippedFile(relativePath, "symbolic link pointing outside the corpus folder"));
				return;
			}
		}
		if (!Files.isRegularFile(target)) {
			rejected.add(new SkippedFile(relativePath, "not a regular file"));
			return;
		}
		if (!Files.isReadable(target)) {
			rejected.add(new SkippedFile(relativePath, "cannot be read: permission denied"));
			return;
		}
		long size = Files.size(target);
		if (size == 0) {
			rejected.add(new SkippedFile(relativePath, "empty file"));
			return;
		}
		if (size > this.maxFileSize) {
			rejected.add(new SkippedFile(relativePath,
					"larger than the limit of " + this.maxFileSize + " bytes (broadsheet.corpus.max-file-size)"));
			return;
		}
		files.add(new DiskFile(relativePath, target, file, size));
	}

	private String relative(Path file) {
		return this.root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}

	private static boolean isArticleFile(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".txt");
	}

	private record DiskFile(String relativePath, Path target, Path link, long size) implements CorpusFile {

		private static final List<String> SIDECAR_EXTENSIONS = List.of(".yaml", ".yml");

		@Override
		public byte[] read() throws IOException {
			return Files.readAllBytes(this.target);
		}

		@Override
		public byte[] readSidecar() throws IOException {
			for (String extension : SIDECAR_EXTENSIONS) {
				Path sidecar = sidecar(extension);
				if (Files.isRegularFile(sidecar)) {
					return Files.readAllBytes(sidecar);
				}
			}
			return null;
		}

		// Finds the sidecar as readSidecar() does, so that a sidecar added, removed or
		// switched from .yml to .yaml changes the fingerprint too.
		@Override
		public FileFingerprint fingerprint() throws IOException {
			BasicFileAttributes file = Files.readAttributes(this.target, BasicFileAttributes.class);
			StringBuilder value = new StringBuilder(describe(file));
			FileTime lastModified = file.lastModifiedTime();
			for (String extension : SIDECAR_EXTENSIONS) {
				BasicFileAttributes sidecar = regularFileAttributes(sidecar(extension));
				if (sidecar != null) {
					value.append(' ').append(extension).append(' ').append(describe(sidecar));
					if (sidecar.lastModifiedTime().compareTo(lastModified) > 0) {
						lastModified = sidecar.lastModifiedTime();
					}
					break;
				}
			}
			return new FileFingerprint(value.toString(), lastModified.toInstant());
		}

		private Path sidecar(String extension) {
			String name = this.link.getFileName().toString();
			return this.link.resolveSibling(name.substring(0, name.length() - ".txt".length()) + extension);
		}

		// Like Files.isRegularFile, a sidecar that cannot be looked at counts as none.
		private static BasicFileAttributes regularFileAttributes(Path path) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
				return attributes.isRegularFile() ? attributes : null;
			}
			catch (IOException ex) {
				return null;
			}
		}

		// 4411 2024-04-05T12:34:56.123456789Z: the time at the file system's full
		// precision.
		private static String describe(BasicFileAttributes attributes) {
			return attributes.size() + " " + attributes.lastModifiedTime();
		}

	}

}
