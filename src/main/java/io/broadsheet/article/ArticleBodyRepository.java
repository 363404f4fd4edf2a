package io.broadsheet.article;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleBodyRepository extends JpaRepository<ArticleBody, String> {

}
