package io.broadsheet.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import io.broadsheet.article.StoredArticlesToIndex;

/**
 * The search module for slice tests ({@code @DataJpaTest}) whose services search: the
 * index, the articles it reads and its properties, as the application has them.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ArticleIndex.class)
@Import(StoredArticlesToIndex.class)
@EnableConfigurationProperties(SearchProperties.class)
public class SearchSlice {

}
