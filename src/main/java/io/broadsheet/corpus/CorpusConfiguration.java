package io.broadsheet.corpus;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

import io.broadsheet.extract.ArticleExtractor;

@Configuration(proxyBeanMethods = false)
class CorpusConfiguration {

	/** The corpus location, checked now so that a wrong path stops startup at once. */
	@Bean
	CorpusLocation corpusLocation(CorpusProperties properties, ResourceLoader resourceLoader) {
		String location = properties.path().strip();
		long maxFileSize = properties.maxFileSize().toBytes();
		if (location.startsWith(ResourcePatternResolver.CLASSPATH_URL_PREFIX)) {
			return new ClasspathCorpusLocation(location,
					ResourcePatternUtils.getResourcePatternResolver(resourceLoader), maxFileSize);
		}
		String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
		return new FolderCorpusLocation(location, Path.of(path), maxFileSize);
	}

	@Bean
	ArticleExtractor articleExtractor() {
		return new ArticleExtractor();
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
