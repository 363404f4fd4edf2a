package io.broadsheet.search;

import java.io.IOException;
import java.util.List;

import io.broadsheet.system.CorpusChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * For {@code src/bench/ingest.sh --compare-index} only, never part of the application: an
 * {@link ArticleIndex} that indexes nothing, so that an ingest with it measures what the
 * same ingest costs without the full-text index. The sync still builds each batch's
 * {@link IndexedArticle}s (a list of references to what it just stored) and hands them
 * over; nothing is analysed, written, merged or committed, and no catch-up runs.
 * Searches on such an instance find nothing.
 * <p>
 * ingest.sh compiles this against the jar's classes and puts it on the class path with
 * Spring Boot's {@code PropertiesLauncher} ({@code -Dloader.path}); component scanning
 * then finds {@link Swap}, which makes the {@code articleIndex} bean this class.
 */
public class IndexOffForBenchmark extends ArticleIndex {

	@Autowired
	IndexOffForBenchmark(ArticlesToIndex articles, SearchProperties properties, Environment environment)
			throws IOException {
		super(articles, properties, environment);
	}

	@Override
	public void indexCommitted(List<IndexedArticle> articles) {
	}

	@Override
	void onCorpusChanged(CorpusChanged changed) {
	}

	/** Makes the scanned {@code articleIndex} bean an {@link IndexOffForBenchmark}. */
	@Configuration(proxyBeanMethods = false)
	static class Swap {

		@Bean
		static BeanDefinitionRegistryPostProcessor indexOff() {
			return (registry) -> ((AbstractBeanDefinition) registry.getBeanDefinition("articleIndex"))
				.setBeanClass(IndexOffForBenchmark.class);
		}

	}

}
