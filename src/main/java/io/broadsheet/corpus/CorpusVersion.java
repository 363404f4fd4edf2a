package io.broadsheet.corpus;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The state the last completed sync left the store in: a hash over every article's id and
 * content. Kept in the database so that every replica sees the same version.
 */
@Entity
@Table(name = "corpus_version")
class CorpusVersion {

	static final int SINGLETON_ID = 1;

	@Id
	private int id = SINGLETON_ID;

	@Column(nullable = false)
	private String version;

	@Column(name = "article_count", nullable = false)
	private int articleCount;

	@Column(name = "synced_at", nullable = false)
	private Instant syncedAt;

	protected CorpusVersion() {
	}

	CorpusVersion(String version, int articleCount, Instant syncedAt) {
		this.version = version;
		this.articleCount = articleCount;
		this.syncedAt = syncedAt;
	}

	String getVersion() {
		return this.version;
	}

	int getArticleCount() {
		return this.articleCount;
	}

	Instant getSyncedAt() {
		return this.syncedAt;
	}

	void update(String version, int articleCount, Instant syncedAt) {
		this.version = version;
		this.articleCount = articleCount;
		this.syncedAt = syncedAt;
	}

}
