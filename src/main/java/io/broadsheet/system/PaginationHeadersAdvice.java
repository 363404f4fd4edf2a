package io.broadsheet.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds {@code X-Total-Count} and an RFC 8288 {@code Link} header (first, prev, next,
 * last) to every paged collection, so clients can page without reading the body.
 */
@ControllerAdvice
class PaginationHeadersAdvice implements ResponseBodyAdvice<Object> {

	static final String TOTAL_COUNT = "X-Total-Count";

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return PagedModel.class.isAssignableFrom(returnType.getParameterType());
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof PagedModel<?> paged && paged.getMetadata() != null
				&& request instanceof ServletServerHttpRequest servletRequest) {
			PagedModel.PageMetadata page = paged.getMetadata();
			response.getHeaders().set(TOTAL_COUNT, Long.toString(page.totalElements()));
			List<String> links = links(servletRequest, page);
			if (!links.isEmpty()) {
				response.getHeaders().set("Link", String.join(", ", links));
			}
		}
		return body;
	}

	private static List<String> links(ServletServerHttpRequest request, PagedModel.PageMetadata page) {
		long last = Math.max(0, page.totalPages() - 1);
		long number = page.number();
		List<String> links = new ArrayList<>();
		links.add(link(request, 0, "first"));
		if (number > 0) {
			links.add(link(request, Math.min(number - 1, last), "prev"));
		}
		if (number < last) {
			links.add(link(request, number + 1, "next"));
		}
		links.add(link(request, last, "last"));
		return links;
	}

	// A path-absolute reference (no scheme or host, so a forged Host header cannot leak
	// into it), with every other parameter kept byte for byte as the client sent it.
	private static String link(ServletServerHttpRequest request, long page, String relation) {
		StringBuilder target = new StringBuilder(request.getServletRequest().getRequestURI()).append('?');
		String query = request.getServletRequest().getQueryString();
		if (query != null) {
			for (String parameter : query.split("&")) {
				if (!parameter.isEmpty() && !parameter.equals("page") && !parameter.startsWith("page=")) {
					target.append(parameter).append('&');
				}
			}
		}
		target.append("page=").append(page);
		return "<" + target + ">; rel=\"" + relation + "\"";
	}

}
