package io.broadsheet.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.broadsheet.author.Author;

/**
 * One article of the corpus: the metadata extracted from one file, and where each value
 * came from. The body is stored apart ({@link ArticleBody}) so that pages of articles
 * never load it.
 * <p>
 * Read-only for JPA: {@link ArticleStore} writes the rows with plain JDBC, so a new
 * column needs a place in its insert too.
 */
@Entity
@Table(name = "article")
public class Article {

	@Id
	private String id;

	@Column(name = "source_file", nullable = false)
	private String sourceFile;

	/** Hash of the file and its sidecar: a sync skips files whose hash it already has. */
	@Column(name = "content_hash", nullable = false)
	private String contentHash;

	/** Sizes and times of the file and its sidecar: a sync does not even read a match. */
	@Column(name = "file_fingerprint")
	private String fileFingerprint;

	private String title;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "title_source"))
	@AttributeOverride(name = "line", column = @Column(name = "title_line"))
	private FieldOrigin titleOrigin;

	// Authors keep byline order; a page's authors are loaded in one batch (see
	// hibernate.default_batch_fetch_size), never one query per article.
	@ManyToMany
	@JoinTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "author_id"))
	@OrderColumn(name = "position")
	private List<Author> authors = new ArrayList<>();

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "authors_source"))
	@AttributeOverride(name = "line", column = @Column(name = "authors_line"))
	private FieldOrigin authorsOrigin;

	@Column(name = "published_date")
	private LocalDate publishedDate;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "published_date_source"))
	@AttributeOverride(name = "line", column = @Column(name = "published_date_line"))
	private FieldOrigin publishedDateOrigin;

	private String publisher;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "publisher_source"))
	@AttributeOverride(name = "line", column = @Column(name = "publisher_line"))
	private FieldOrigin publisherOrigin;

	private String url;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "url_source"))
	@AttributeOverride(name = "line", column = @Column(name = "url_line"))
	private FieldOrigin urlOrigin;

	/** ISO 639-1 code of the body's language, {@code null} when unsure. */
	private String language;

	@Column(nullable = false)
	private String excerpt;

	@Column(name = "word_count", nullable = false)
	private int wordCount;

	@Column(name = "ingested_at", nullable = false)
	private Instant ingestedAt;

	protected Article() {
	}

	public String getId() {
		return this.id;
	}

	public String getSourceFile() {
		return this.sourceFile;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public String getTitle() {
		return this.title;
	}

	public FieldOrigin getTitleOrigin() {
		return orUnknown(this.titleOrigin);
	}

	public List<Author> getAuthors() {
		return this.authors;
	}

	public FieldOrigin getAuthorsOrigin() {
		return orUnknown(this.authorsOrigin);
	}

	public LocalDate getPublishedDate() {
		return this.publishedDate;
	}

	public FieldOrigin getPublishedDateOrigin() {
		return orUnknown(this.publishedDateOrigin);
	}

	public String getPublisher() {
		return this.publisher;
	}

	public FieldOrigin getPublisherOrigin() {
		return orUnknown(this.publisherOrigin);
	}

	public String getUrl() {
		return this.url;
	}

	public FieldOrigin getUrlOrigin() {
		return orUnknown(this.urlOrigin);
	}

	public String getLanguage() {
		return this.language;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public int getWordCount() {
		return this.wordCount;
	}

	public Instant getIngestedAt() {
		return this.ingestedAt;
	}

	// Hibernate leaves an embeddable null when all its columns are null.
	private static FieldOrigin orUnknown(FieldOrigin origin) {
		return (origin != null) ? origin : FieldOrigin.UNKNOWN;
	}

}
