package io.broadsheet;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps query strings out of the Spring Data repositories. Spring Data parses every
 * {@code @Query} and every query it derives from a method name when it creates the
 * repository, with its own HQL parser and then Hibernate's, and their first use was the
 * largest single cost of a restart: 28 % of the main thread's CPU samples at 10k
 * articles, more than reading every auto-configuration (HISTORY.md, restart22). Reads
 * that a criteria query cannot express are plain SQL beside the table they read.
 */
class RepositoryQueriesTests {

	@Test
	void repositoriesDeclareNoQueriesOfTheirOwn() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
		List<String> repositories = new ArrayList<>();
		List<String> declared = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(BroadsheetApplication.class.getPackageName())) {
			Class<?> repository = Class.forName(candidate.getBeanClassName());
			repositories.add(repository.getSimpleName());
			for (Method method : repository.getDeclaredMethods()) {
				if (!method.isDefault() && !method.isSynthetic()) {
					declared.add(repository.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(repositories).contains("ArticleRepository", "AuthorRepository");
		assertThat(declared).isEmpty();
	}

}
