package io.broadsheet.corpus;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CorpusWebConfiguration implements WebMvcConfigurer {

	private final CorpusRevision revision;

	private final CorpusProperties properties;

	CorpusWebConfiguration(CorpusRevision revision, CorpusProperties properties) {
		this.revision = revision;
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		CacheControl cacheControl = CacheControl.maxAge(Duration.ofSeconds(this.properties.cacheMaxAge().toSeconds()))
			.cachePublic();
		registry.addInterceptor(new ConditionalRequestInterceptor(this.revision, cacheControl))
			.addPathPatterns("/articles", "/articles/**", "/authors", "/authors/**", "/dates");
	}

}
