package io.broadsheet.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /articles} answers in several representations at one URL, chosen by
 * {@code Accept}: every answer says so ({@code Vary: Accept}), so that a shared cache
 * never hands a CSV to a client that asked for JSON.
 */
@Configuration(proxyBeanMethods = false)
class ExportWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
				return true;
			}

		})
			.addPathPatterns("/articles")
			// Before the conditional request check, so that a 304 varies too.
			.order(Ordered.HIGHEST_PRECEDENCE);
	}

}
