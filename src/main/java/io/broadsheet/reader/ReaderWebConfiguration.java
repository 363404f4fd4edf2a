package io.broadsheet.reader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reader's pages load their own stylesheet and nothing else, so their content
 * security policy allows exactly that. Everything else keeps the API's policy, which
 * allows nothing ({@code system.SecurityHeadersFilter}, which runs first; this replaces
 * its header on the reader's pages only).
 */
@Configuration(proxyBeanMethods = false)
class ReaderWebConfiguration implements WebMvcConfigurer {

	// No script and no font; the only image is the icon, the charts are inline SVG
	// drawn on the server.
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
				return true;
			}

		}).addPathPatterns("/", "/read/**");
	}

}
