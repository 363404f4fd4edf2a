package io.broadsheet.search;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArticleDocuments.TextFields} is the one place that names the fields a text query
 * reads, where a prefix is looked for and where snippets come from: the document, the
 * query, the highlighter and a page's hits all ask it, so they cannot disagree.
 */
class TextFieldsTests {

	@Test
	void anAnalysisThatStemsHasUnstemmedCopiesWherePrefixesAreLookedFor() {
		ArticleDocuments.TextFields english = ArticleDocuments.TextFields.of("en");
		assertThat(english.title()).isEqualTo("title.en");
		assertThat(english.body()).isEqualTo("body.en");
		assertThat(english.prefixFieldOf(english.title())).isEqualTo("title.en.plain")
			.isEqualTo(english.titleUnstemmed());
		assertThat(english.prefixFieldOf(english.body())).isEqualTo("body.en.plain").isEqualTo(english.bodyUnstemmed());
		assertThat(ArticleDocuments.TextFields.unstemmedCopiesOf("body.en")).containsExactly("body.en.plain");
		assertThat(ArticleDocuments.TextFields.unstemmedCopiesOf("title.en")).containsExactly("title.en.plain");
		// Named once per analysis.
		assertThat(ArticleDocuments.TextFields.of("en")).isSameAs(english);
	}

	@Test
	void anAnalysisThatDoesNotStemLooksForPrefixesInTheFieldsThemselves() {
		ArticleDocuments.TextFields neutral = ArticleDocuments.TextFields.of(SearchAnalyzer.NEUTRAL);
		assertThat(neutral.titleUnstemmed()).isNull();
		assertThat(neutral.bodyUnstemmed()).isNull();
		assertThat(neutral.prefixFieldOf(neutral.body())).isEqualTo("body.und");
		assertThat(ArticleDocuments.TextFields.unstemmedCopiesOf("body.und")).isEmpty();
		// Neither a text field nor a copy's copy.
		assertThat(ArticleDocuments.TextFields.unstemmedCopiesOf(ArticleDocuments.ID)).isEqualTo(Set.of());
		assertThat(ArticleDocuments.TextFields.unstemmedCopiesOf("body.en.plain")).isEmpty();
	}

	@Test
	void snippetsAreLookedForInTheBodyThenInTheTitleOfATitledArticle() {
		ArticleDocuments.TextFields french = ArticleDocuments.TextFields.of("fr");
		assertThat(french.snippetFields(true)).isEqualTo(List.of("body.fr", "title.fr"));
		assertThat(french.snippetFields(false)).isEqualTo(List.of("body.fr"));
	}

}
