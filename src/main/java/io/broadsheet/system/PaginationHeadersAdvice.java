package io.broadsheet.system;

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
			response.getHeaders().set("Link", links(servletRequest, page));
		}
		return body;
	}

	// Every link is the request's own target with another page: the target without its
	// page is made once.
	private static String links(ServletServerHttpRequest request, PagedModel.PageMetadata page) {
		String withoutPage = withoutPage(request);
		long last = Math.max(0, page.totalPages() - 1);
		long number = page.number();
		StringBuilder links = new StringBuilder(4 * (withoutPage.length() + 30));
		link(links, withoutPage, 0, "first");
		if (number > 0) {
			link(links, withoutPage, Math.min(number - 1, last), "prev");
		}
		if (number < last) {
			link(links, withoutPage, number + 1, "next");
		}
		link(links, withoutPage, last, "last");
		return links.toString();
	}

	private static void link(StringBuilder links, String withoutPage, long page, String relation) {
		if (!links.isEmpty()) {
			links.append(", ");
		}
		links.append('<')
			.append(withoutPage)
			.append("page=")
			.append(page)
			.append(">; rel=\"")
			.append(relation)
			.append('"');
	}

	// A path-absolute reference (no scheme or host, so a forged Host header cannot leak
	// into it), with every other parameter kept byte for byte as the client sent it, and
	// ready for the page parameter.
	private static String withoutPage(ServletServerHttpRequest request) {
		StringBuilder target = new StringBuilder(request.getServletRequest().getRequestURI()).append('?');
		String query = request.getServletRequest().getQueryString();
		if (query != null) {
			for (String parameter : query.split("&")) {
				if (!parameter.isEmpty() && !parameter.equals("page") && !parameter.startsWith("page=")) {
					target.append(parameter).append('&');
				}
			}
		}
		return target.toString();
	}

}
