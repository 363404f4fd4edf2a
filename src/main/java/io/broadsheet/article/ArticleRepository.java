package io.broadsheet.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, String>, JpaSpecificationExecutor<Article> {

	@Query("select new io.broadsheet.article.StoredArticle(a.id, a.sourceFile, a.contentHash, a.fileFingerprint) from Article a")
	List<StoredArticle> findAllStored();

}
