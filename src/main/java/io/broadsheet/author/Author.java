package io.broadsheet.author;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person credited with at least one article. The counts and dates are kept up to date
 * by each corpus sync, so that listing authors never has to scan articles.
 */
@Entity
@Table(name = "author")
public class Author {

	@Id
	private String id;

	@Column(nullable = false)
	private String name;

	@Column(name = "article_count", nullable = false)
	private int articleCount;

	@Column(name = "first_published")
	private LocalDate firstPublished;

	@Column(name = "last_published")
	private LocalDate lastPublished;

	protected Author() {
	}

	public String getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public int getArticleCount() {
		return this.articleCount;
	}

	public LocalDate getFirstPublished() {
		return this.firstPublished;
	}

	public LocalDate getLastPublished() {
		return this.lastPublished;
	}

}
