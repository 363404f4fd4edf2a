package io.broadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of the project's documents leads somewhere: the file exists and,
 * when the link names a section, the file has a heading of that name (as GitHub makes
 * anchors of headings). Reports move between the README and the files under
 * {@code src/bench/results}; a link left behind would otherwise break silently.
 */
class DocumentationLinksTests {

	// [text](target): the target up to the closing bracket, no spaces.
	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	@ParameterizedTest
	@ValueSource(strings = { "README.md", "src/bench/results/HISTORY.md", "src/bench/results/EXTRACTOR.md" })
	void everyRelativeLinkLeadsToAFileAndASection(String document) throws IOException {
		Path source = Path.of(document);
		List<String> broken = new ArrayList<>();
		Matcher link = LINK.matcher(Files.readString(source));
		while (link.find()) {
			String target = link.group(1);
			if (target.contains("://") || target.startsWith("mailto:")) {
				continue;
			}
			int hash = target.indexOf('#');
			String file = (hash >= 0) ? target.substring(0, hash) : target;
			Path linked = file.isEmpty() ? source : source.resolveSibling(file).normalize();
			if (!Files.exists(linked)) {
				broken.add(target + " (no such file)");
			}
			else if (hash >= 0 && linked.toString().endsWith(".md")
					&& !anchors(linked).contains(target.substring(hash + 1))) {
				broken.add(target + " (no such section)");
			}
		}
		assertThat(broken).as("broken links in %s", document).isEmpty();
	}

	// GitHub's anchors: the heading lower-cased, without punctuation but hyphens, spaces
	// turned into hyphens, "-1", "-2" after a repeated one. Lines in code blocks are no
	// headings.
	private static Set<String> anchors(Path document) throws IOException {
		Set<String> anchors = new HashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		boolean code = false;
		for (String line : Files.readAllLines(document)) {
			if (line.startsWith("```")) {
				code = !code;
			}
			else if (!code && line.startsWith("#")) {
				String slug = line.replaceFirst("^#+", "")
					.strip()
					.toLowerCase(Locale.ROOT)
					.replaceAll("[^\\p{L}\\p{N}_\\- ]", "")
					.replace(' ', '-');
				int repeats = seen.merge(slug, 1, Integer::sum) - 1;
				anchors.add((repeats == 0) ? slug : slug + "-" + repeats);
			}
		}
		return anchors;
	}

}
