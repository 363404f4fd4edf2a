package io.broadsheet.article;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An article as listed in a page: its metadata and an excerpt, without the body.
 *
 * @param id the article id, made from the file's path
 * @param title the title
 * @param authors the authors in byline order
 * @param publishedDate the publication date, {@code null} when unknown
 * @param publisher the publisher, {@code null} when unknown
 * @param excerpt the opening of the body
 * @param wordCount words in the body
 * @param language ISO 639-1 code of the body's language, {@code null} when unsure
 * @param highlights with a full-text query only: up to three snippets, matched words in
 * {@code <mark>}, everything else HTML-escaped
 */
@Schema(name = "ArticleSummary", requiredProperties = { "id", "authors", "excerpt", "wordCount" })
public record ArticleSummary(@Schema(example = "000_a9e816bf096b0a86") String id,
		@Schema(example = "Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival") String title,
		List<AuthorRef> authors, @Schema(example = "2025-12-04") LocalDate publishedDate,
		@Schema(example = "News.Az") String publisher, String excerpt, @Schema(example = "996") int wordCount,
		@Schema(example = "en") String language,
		@Schema(description = "Only with `q`: up to three snippets of the article, the matched words in "
				+ "`<mark>…</mark>`, everything else HTML-escaped.",
				example = "[\"Russian Foreign Minister Sergey <mark>Lavrov</mark>’s visit to Yerevan …\"]") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> highlights) {

	static ArticleSummary from(Article article) {
		return new ArticleSummary(article.getId(), article.getTitle(),
				article.getAuthors().stream().map(AuthorRef::from).toList(), article.getPublishedDate(),
				article.getPublisher(), article.getExcerpt(), article.getWordCount(), article.getLanguage(), null);
	}

	ArticleSummary withHighlights(List<String> snippets) {
		return new ArticleSummary(this.id, this.title, this.authors, this.publishedDate, this.publisher, this.excerpt,
				this.wordCount, this.language, snippets);
	}

}
