package io.broadsheet.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code broadsheet.http.cache-max-age} with the application's own configuration: its
 * default, and its former name {@code broadsheet.corpus.cache-max-age} still honoured.
 */
class HttpCachePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(Properties.class);

	@Test
	void defaultsToAMinute() {
		this.runner.run((context) -> assertThat(context.getBean(HttpCacheProperties.class).cacheMaxAge())
			.isEqualTo(Duration.ofSeconds(60)));
	}

	@Test
	void takesTheNewName() {
		this.runner.withPropertyValues("broadsheet.http.cache-max-age=5m")
			.run((context) -> assertThat(context.getBean(HttpCacheProperties.class).cacheMaxAge())
				.isEqualTo(Duration.ofMinutes(5)));
	}

	@Test
	void stillTakesTheFormerName() {
		this.runner.withPropertyValues("broadsheet.corpus.cache-max-age=2m")
			.run((context) -> assertThat(context.getBean(HttpCacheProperties.class).cacheMaxAge())
				.isEqualTo(Duration.ofMinutes(2)));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(HttpCacheProperties.class)
	static class Properties {

	}

}
