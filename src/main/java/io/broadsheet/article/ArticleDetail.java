package io.broadsheet.article;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import io.broadsheet.extract.Source;

/**
 * One article in full: metadata, clean body, source file and where each metadata value
 * came from.
 *
 * @param id the article id
 * @param title the title
 * @param authors the authors in byline order
 * @param publishedDate the publication date, {@code null} when unknown
 * @param publisher the publisher, {@code null} when unknown
 * @param url the original address, {@code null} when unknown
 * @param wordCount words in the body
 * @param body the clean text, paragraphs separated by a blank line
 * @param sourceFile the file's path relative to the corpus folder
 * @param provenance where each metadata value came from
 * @param language ISO 639-1 code of the body's language, {@code null} when unsure
 */
@Schema(name = "ArticleDetail",
		requiredProperties = { "id", "authors", "wordCount", "body", "sourceFile", "provenance" })
public record ArticleDetail(@Schema(example = "000_a9e816bf096b0a86") String id,
		@Schema(example = "Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival") String title,
		List<AuthorRef> authors, @Schema(example = "2025-12-04") LocalDate publishedDate,
		@Schema(example = "News.Az") String publisher, String url, @Schema(example = "996") int wordCount, String body,
		@Schema(example = "000_a9e816bf096b0a86.txt") String sourceFile, Provenance provenance,
		@Schema(example = "en") String language) {

	static ArticleDetail from(Article article, String body) {
		return new ArticleDetail(article.getId(), article.getTitle(),
				article.getAuthors().stream().map(AuthorRef::from).toList(), article.getPublishedDate(),
				article.getPublisher(), article.getUrl(), article.getWordCount(), body, article.getSourceFile(),
				new Provenance(Origin.from(article.getTitleOrigin()), Origin.from(article.getAuthorsOrigin()),
						Origin.from(article.getPublishedDateOrigin()), Origin.from(article.getPublisherOrigin()),
						Origin.from(article.getUrlOrigin())),
				article.getLanguage());
	}

	ArticleDetail withAuthors(List<AuthorRef> named) {
		return new ArticleDetail(this.id, this.title, named, this.publishedDate, this.publisher, this.url,
				this.wordCount, this.body, this.sourceFile, this.provenance, this.language);
	}

	/**
	 * Where each metadata field's value came from; a field is {@code null} when its value
	 * is unknown.
	 *
	 * @param title origin of the title
	 * @param authors origin of the authors
	 * @param publishedDate origin of the publication date
	 * @param publisher origin of the publisher
	 * @param url origin of the url
	 */
	@Schema(name = "Provenance")
	public record Provenance(Origin title, Origin authors, Origin publishedDate, Origin publisher, Origin url) {
	}

	/**
	 * The origin of one value.
	 *
	 * @param source {@code text} (read at {@code line}), {@code override} (front matter
	 * or sidecar) or {@code derived} (made from the text by a rule)
	 * @param line the 1-based line of the source file, for {@code text}
	 */
	@Schema(name = "Origin", requiredProperties = "source")
	public record Origin(@Schema(example = "text") Source source, @Schema(example = "3") Integer line) {

		static Origin from(FieldOrigin origin) {
			return (origin.source() != null) ? new Origin(origin.source(), origin.line()) : null;
		}

	}

}
