package io.broadsheet.search;

import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.util.BytesRef;
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
		assertThat(english.titleUnstemmed()).isEqualTo("title.en.plain");
		assertThat(english.prefixQuery(english.title(), new BytesRef("negotiat")))
			.isEqualTo(new PrefixQuery(new Term("title.en.plain", "negotiat")));
		assertThat(english.bodyUnstemmed()).isEqualTo("body.en.plain");
		assertThat(english.bodyStemsApart()).isEqualTo("body.en.apart");
		assertThat(english.prefixQuery(english.body(), new BytesRef("negotiat")))
			.isEqualTo(new StemmedPrefixQuery("body.en", "body.en.plain", "body.en.apart", new BytesRef("negotiat")));
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
		assertThat(neutral.bodyStemsApart()).isNull();
		assertThat(neutral.prefixQuery(neutral.body(), new BytesRef("negotiat")))
			.isEqualTo(new PrefixQuery(new Term("body.und", "negotiat")));
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
