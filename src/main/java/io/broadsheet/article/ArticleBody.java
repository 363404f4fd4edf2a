package io.broadsheet.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The clean text of an article, kept in its own table: only the single-article view reads
 * it.
 */
@Entity
@Table(name = "article_body")
class ArticleBody {

	@Id
	@Column(name = "article_id")
	private String articleId;

	// The column is an unbounded "varchar" on both H2 and PostgreSQL (see the migration).
	// No length here on purpose: a large one makes Hibernate expect a CLOB on H2 and a
	// large object on PostgreSQL; the database, not Hibernate, bounds the value.
	@Column(nullable = false)
	private String body;

	protected ArticleBody() {
	}

	String getArticleId() {
		return this.articleId;
	}

	String getBody() {
		return this.body;
	}

}
