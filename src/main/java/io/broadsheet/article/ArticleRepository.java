package io.broadsheet.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, String>, JpaSpecificationExecutor<Article> {

	@Query("select new io.broadsheet.article.StoredArticle(a.id, a.sourceFile, a.contentHash, a.fileFingerprint) from Article a")
	List<StoredArticle> findAllStored();

	@Query("""
			select year(a.publishedDate), count(a) from Article a where a.publishedDate is not null
			group by year(a.publishedDate) order by year(a.publishedDate)""")
	List<Object[]> countPerYear();

	@Query("""
			select year(a.publishedDate), month(a.publishedDate), count(a) from Article a
			where a.publishedDate is not null
			group by year(a.publishedDate), month(a.publishedDate)
			order by year(a.publishedDate), month(a.publishedDate)""")
	List<Object[]> countPerMonth();

	@Query("""
			select a.publishedDate, count(a) from Article a where a.publishedDate is not null
			group by a.publishedDate order by a.publishedDate""")
	List<Object[]> countPerDay();

	long countByPublishedDateIsNull();

}
