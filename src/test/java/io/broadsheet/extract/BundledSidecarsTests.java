package io.broadsheet.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sidecars shipped with the bundled corpus hold exactly the verified facts of
 * {@code shared/seeds-metadata.md}, parse without warnings, and win over the text.
 */
class BundledSidecarsTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void sidecarsParseWithoutWarningsAndStateOnlyVerifiedFacts() {
		assertThat(overrides("000_a9e816bf096b0a86")).isEqualTo(new Overrides(null, null, null, "CivilNet",
				"https://www.civilnet.am/en/news/952537/lavrovs-yerevan-visit-crisis-management-not-alliance-revival/"));
		assertThat(overrides("001_68b7a782fc4b3297")).isEqualTo(new Overrides(null, null, null, "commonspace.eu",
				"https://commonspace.eu/index.php/opinion/russia-aims-strengthen-armenia-ties-amid-stagnating-relations-azerbaijan"));
		assertThat(overrides("002_62ce8fa616d42fc4")).isEqualTo(new Overrides(null, null, null, null,
				"https://news.az/news/history-of-armenia-russia-relations-1991-2025"));
		assertThat(overrides("003_b7db214251bb9adf")).isEqualTo(new Overrides(null, null, null, null,
				"https://mepei.com/unraveling-armenia-diplomatic-pivot-a-strategic-shift-away-from-russia/"));
		assertThat(overrides("004_aa2b845cab8e237c"))
			.isEqualTo(new Overrides("Russia Advances (and Retreats) in the South Caucasus", null,
					LocalDate.of(2025, 6, 5), "Center for European Policy Analysis (CEPA)", null));
	}

	@Test
	void sidecarOf004OverridesTitleDateAndPublisherButKeepsTheAuthorFromText() {
		ParsedArticle article = this.extractor.extract(SeedArticlesTests.read("/corpus/004_aa2b845cab8e237c.txt"),
				SeedArticlesTests.read("/corpus/004_aa2b845cab8e237c.yaml"));
		assertThat(article.title())
			.isEqualTo(Extracted.override("Russia Advances (and Retreats) in the South Caucasus"));
		assertThat(article.publishedDate()).isEqualTo(Extracted.override(LocalDate.of(2025, 6, 5)));
		assertThat(article.publisher()).isEqualTo(Extracted.override("Center for European Policy Analysis (CEPA)"));
		assertThat(article.authors()).isEqualTo(Extracted.fromText(List.of("Emil Avdaliani"), 16));
		assertThat(article.url()).isNull();
		assertThat(article.warnings()).isEmpty();
	}

	private static Overrides overrides(String stem) {
		List<String> warnings = new ArrayList<>();
		String yaml = TextDecoder.decode(SeedArticlesTests.read("/corpus/" + stem + ".yaml"));
		Overrides overrides = OverridesParser.parse(yaml, "sidecar file", warnings);
		assertThat(warnings).as(stem).isEmpty();
		return overrides;
	}

}
