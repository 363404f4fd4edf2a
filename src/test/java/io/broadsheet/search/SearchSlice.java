package io.broadsheet.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import io.broadsheet.article.ArticleIndexSource;

/**
 * The search module for slice tests ({@code @DataJpaTest}) whose services search: the
 * index, its source and its properties, as the application has them.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ArticleIndex.class)
@Import(ArticleIndexSource.class)
@EnableConfigurationProperties(SearchProperties.class)
public class SearchSlice {

}
