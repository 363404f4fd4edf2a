package io.broadsheet.corpus;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.broadsheet.corpus.CorpusReport.SkippedFile;

/**
 * Article files in a folder on disk, found recursively. Symbolic links are followed only
 * when they stay inside the folder.
 */
class FolderCorpusLocation implements CorpusLocation {

	private static final List<String> SIDECAR_EXTENSIONS = List.of(".yaml", ".yml");

	private final String location;

	private final Path root;

	private final long maxFileSize;

	FolderCorpusLocation(String location, Path root, long maxFileSize) {
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

	/** The folder. */
	Path root() {
		return this.root;
	}

	@Override
	public String location() {
		return this.location;
	}

	@Override
	public CorpusScan scan() throws IOException {
		Path realRoot = this.root.toRealPath();
		List<Found> found = new ArrayList<>();
		List<SkippedFile> rejected = new ArrayList<>();
		// Sidecars are noted in the same walk, so that a fingerprint costs no look at the
		// file system of its own: a restart with nothing changed does little more.
		Map<Path, BasicFileAttributes> sidecars = new HashMap<>();
		Files.walkFileTree(this.root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				boolean hidden = !dir.equals(FolderCorpusLocation.this.root)
						&& dir.getFileName().toString().startsWith(".");
				return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (isArticleFile(file)) {
					consider(file, attrs, realRoot, found, rejected);
				}
				else if (isSidecar(file)) {
					BasicFileAttributes followed = attrs.isSymbolicLink() ? regularFileAttributes(file) : attrs;
					if (followed != null && followed.isRegularFile()) {
						sidecars.put(file, followed);
					}
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
		List<CorpusFile> files = new ArrayList<>(found.size());
		for (Found file : found) {
			files.add(new DiskFile(file.relativePath(), this.root,
					file.target().equals(file.link()) ? null : file.target(), file.attributes().size(),
					fingerprint(file, sidecars)));
		}
		files.sort(Comparator.comparing(CorpusFile::relativePath));
		rejected.sort(Comparator.comparing(SkippedFile::file));
		return new CorpusScan(files, rejected);
	}

	private void consider(Path file, BasicFileAttributes attrs, Path realRoot, List<Found> found,
			List<SkippedFile> rejected) throws IOException {
		String relativePath = relative(file);
		Path target = file;
		BasicFileAttributes attributes = attrs;
		if (attrs.isSymbolicLink()) {
			try {
				target = file.toRealPath();
			}
			catch (NoSuchFileException ex) {
				rejected.add(new SkippedFile(relativePath, "symbolic link to a file that does not exist"));
				return;
			}
			catch (IOException ex) {
				// A loop of links ("Too many levels of symbolic links") or a link
				// through a folder that cannot be entered: the file system's own words
				// say which.
				String reason = (ex instanceof FileSystemException failed && failed.getReason() != null)
						? failed.getReason() : ex.getClass().getSimpleName();
				rejected.add(new SkippedFile(relativePath, "symbolic link that cannot be followed: " + reason));
				return;
			}
			if (!target.startsWith(realRoot)) {
				rejected.add(new SkippedFile(relativePath, "symbolic link pointing outside the corpus folder"));
				return;
			}
			attributes = Files.readAttributes(target, BasicFileAttributes.class);
		}
		if (!attributes.isRegularFile()) {
			rejected.add(new SkippedFile(relativePath, "not a regular file"));
			return;
		}
		if (!Files.isReadable(target)) {
			rejected.add(new SkippedFile(relativePath, "cannot be read: permission denied"));
			return;
		}
		long size = attributes.size();
		if (size == 0) {
			rejected.add(new SkippedFile(relativePath, "empty file"));
			return;
		}
		if (size > this.maxFileSize) {
			rejected.add(new SkippedFile(relativePath,
					"larger than the limit of " + this.maxFileSize + " bytes (broadsheet.corpus.max-file-size)"));
			return;
		}
		found.add(new Found(relativePath, target, file, attributes));
	}

	// The sidecar is the one readSidecar() reads, so that a sidecar added, removed or
	// switched from .yml to .yaml changes the fingerprint too.
	private static FileFingerprint fingerprint(Found file, Map<Path, BasicFileAttributes> sidecars) {
		StringBuilder value = new StringBuilder(describe(file.attributes()));
		FileTime lastModified = file.attributes().lastModifiedTime();
		for (String extension : SIDECAR_EXTENSIONS) {
			BasicFileAttributes sidecar = sidecars.get(sidecar(file.link(), extension));
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

	// 4411 2024-04-05T12:34:56.123456789Z: the time at the file system's full precision.
	private static String describe(BasicFileAttributes attributes) {
		return attributes.size() + " " + attributes.lastModifiedTime();
	}

	private static Path sidecar(Path articleFile, String extension) {
		String name = articleFile.getFileName().toString();
		return articleFile.resolveSibling(name.substring(0, name.length() - ".txt".length()) + extension);
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

	private String relative(Path file) {
		return this.root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}

	private static boolean isSidecar(Path file) {
		String name = file.getFileName().toString();
		return SIDECAR_EXTENSIONS.stream().anyMatch(name::endsWith);
	}

	private static boolean isArticleFile(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".txt");
	}

	/** An article file found by the walk, with the attributes of what it points to. */
	private record Found(String relativePath, Path target, Path link, BasicFileAttributes attributes) {
	}

	/**
	 * An article file of the scan. A sync holds one per file until it ends, so the paths
	 * are resolved when the file is read rather than kept: at 100k files the two paths
	 * each held (a {@code Path} and its bytes, about 130 bytes) were 13 MB of a 256 MB
	 * heap.
	 *
	 * @param symlinkTarget what a symbolic link points to, {@code null} for a plain file
	 */
	private record DiskFile(String relativePath, Path root, Path symlinkTarget, long size,
			FileFingerprint fingerprint) implements CorpusFile {

		// The path the walk found it at, as relative() made the relative path from it.
		private Path link() {
			return this.root.resolve(this.relativePath);
		}

		@Override
		public byte[] read() throws IOException {
			return Files.readAllBytes((this.symlinkTarget != null) ? this.symlinkTarget : link());
		}

		@Override
		public byte[] readSidecar() throws IOException {
			Path link = link();
			for (String extension : SIDECAR_EXTENSIONS) {
				Path sidecar = sidecar(link, extension);
				if (Files.isRegularFile(sidecar)) {
					return Files.readAllBytes(sidecar);
				}
			}
			return null;
		}

	}

}
