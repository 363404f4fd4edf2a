package io.broadsheet.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers a read-only JSON API should send with every answer, errors included: no
 * content sniffing, no framing, no referrer. JSON is never a document to render, so it
 * gets a content security policy that allows nothing; the Swagger UI pages are left to
 * load their own scripts and styles.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		if (!isSwaggerUi(request.getRequestURI())) {
			response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static boolean isSwaggerUi(String path) {
		return path.startsWith("/swagger-ui");
	}

}
