package io.broadsheet.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetFormatterTests {

	@Test
	void escapesEveryMarkupCharacterWhereverItStandsAndJoinsLines() {
		String text = "<b>Tom & \"Jerry's\"</b>\r\nend>";
		StringBuilder out = new StringBuilder();
		SnippetFormatter.escape(text, 0, text.length(), out);
		assertThat(out).hasToString("&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;  end&gt;");
	}

	@Test
	void escapesOnlyTheGivenRange() {
		StringBuilder out = new StringBuilder("x");
		SnippetFormatter.escape("a<b>c", 1, 4, out);
		assertThat(out).hasToString("x&lt;b&gt;");
	}

	@Test
	void marksEachMatchInsideItsPassageAndEscapesTheRest() {
		String content = "First one. Then A&B met A&B's friends. Last.";
		Passage passage = new Passage();
		passage.setStartOffset(11);
		passage.setEndOffset(39);
		passage.addMatch(16, 19, new BytesRef("a&b"), 2);
		passage.addMatch(24, 27, new BytesRef("a&b"), 2);
		assertThat(new SnippetFormatter().format(new Passage[] { passage }, content))
			.containsExactly("Then <mark>A&amp;B</mark> met <mark>A&amp;B</mark>&#39;s friends.");
	}

}
