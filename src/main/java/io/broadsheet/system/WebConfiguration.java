package io.broadsheet.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS: the API is public and read-only, so any origin may read it from a browser, and
 * see the paging and caching headers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD", "OPTIONS")
			.exposedHeaders("Link", PaginationHeadersAdvice.TOTAL_COUNT, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED)
			.maxAge(3600);
	}

}
