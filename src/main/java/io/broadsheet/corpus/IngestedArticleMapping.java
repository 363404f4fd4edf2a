package io.broadsheet.corpus;

import java.util.List;

import io.broadsheet.article.FieldOrigin;
import io.broadsheet.article.IngestedArticle;
import io.broadsheet.article.Traced;
import io.broadsheet.extract.Extracted;
import io.broadsheet.extract.ParsedArticle;

/**
 * The one place where the extractor's {@link ParsedArticle} becomes the
 * {@link IngestedArticle} the article store keeps, provenance included.
 */
final class IngestedArticleMapping {

	private IngestedArticleMapping() {
	}

	static IngestedArticle of(String id, String relativePath, String contentHash, String fileFingerprint,
			ParsedArticle parsed) {
		List<String> authors = parsed.authorNames();
		return new IngestedArticle(id, relativePath, contentHash, fileFingerprint, traced(parsed.title()), authors,
				origin(parsed.authors()), traced(parsed.publishedDate()), traced(parsed.publisher()),
				traced(parsed.url()), parsed.body(), parsed.wordCount(), parsed.language());
	}

	private static <T> Traced<T> traced(Extracted<T> extracted) {
		return (extracted != null) ? new Traced<>(extracted.value(), origin(extracted)) : Traced.unknown();
	}

	private static FieldOrigin origin(Extracted<?> extracted) {
		if (extracted == null) {
			return FieldOrigin.UNKNOWN;
		}
		return new FieldOrigin(extracted.source(), extracted.line());
	}

}
