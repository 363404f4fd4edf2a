package io.broadsheet.article;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Pages of articles chosen by a
 * {@link org.springframework.data.jpa.domain.Specification}: criteria queries, which
 * Hibernate builds without parsing a query string. The other reads are plain SQL
 * ({@link ArticleStore}, {@link PublicationCounts}): a query string declared here
 * ({@code @Query}, or a method name Spring Data derives one from) is parsed when the
 * repository is created, by Spring Data's and by Hibernate's HQL parsers, whose first use
 * was the largest single cost of a restart (28 % of the main thread's samples at 10k
 * articles; HISTORY.md, restart22).
 */
interface ArticleRepository extends JpaRepository<Article, String>, JpaSpecificationExecutor<Article> {

}
