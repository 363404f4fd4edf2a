package io.broadsheet.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import io.broadsheet.corpus.CorpusReport.SkippedFile;

/**
 * Article files on the classpath, such as the bundled corpus; works from a jar too.
 */
class ClasspathCorpusLocation implements CorpusLocation {

	private final String location;

	private final String base;

	private final ResourcePatternResolver resolver;

	private final long maxFileSize;

	ClasspathCorpusLocation(String location, ResourcePatternResolver resolver, long maxFileSize) {
		String path = location.substring(ResourcePatternResolver.CLASSPATH_URL_PREFIX.length());
		this.base = path.endsWith("/") ? path : path + "/";
		this.location = location;
		this.resolver = resolver;
		this.maxFileSize = maxFileSize;
		if (!this.resolver.getResource(ResourcePatternResolver.CLASSPATH_URL_PREFIX + this.base).exists()) {
			throw new CorpusNotFoundException(location, "does not exist on the classpath");
		}
	}

	@Override
	public String location() {
		return this.location;
	}

	@Override
	public CorpusScan scan() throws IOException {
		List<CorpusFile> files = new ArrayList<>();
		List<SkippedFile> rejected = new ArrayList<>();
		for (Resource resource : this.resolver.getResources("classpath*:" + this.base + "**/*.txt")) {
			String url = resource.getURL().toString();
			int start = url.lastIndexOf(this.base);
			String relativePath = (start >= 0) ? url.substring(start + this.base.length()) : resource.getFilename();
			long size = resource.contentLength();
			if (size == 0) {
				rejected.add(new SkippedFile(relativePath, "empty file"));
			}
			else if (size > this.maxFileSize) {
				rejected.add(new SkippedFile(relativePath,
						"larger than the limit of " + this.maxFileSize + " bytes (broadsheet.corpus.max-file-size)"));
			}
			else {
				files.add(new ClasspathFile(relativePath, resource, size));
			}
		}
		files.sort(Comparator.comparing(CorpusFile::relativePath));
		return new CorpusScan(files, rejected);
	}

	private record ClasspathFile(String relativePath, Resource resource, long size) implements CorpusFile {

		@Override
		public byte[] read() throws IOException {
			return this.resource.getContentAsByteArray();
		}

		@Override
		public byte[] readSidecar() throws IOException {
			String stem = this.resource.getFilename().substring(0, this.resource.getFilename().length() - 4);
			for (String extension : List.of(".yaml", ".yml")) {
				Resource sidecar = this.resource.createRelative(stem + extension);
				if (sidecar.exists()) {
					return sidecar.getContentAsByteArray();
				}
			}
			return null;
		}

		// Jar entries carry the time the jar was built at best, and the bundled corpus is
		// small: it is always read and hashed.
		@Override
		public FileFingerprint fingerprint() {
			return null;
		}

	}

}
