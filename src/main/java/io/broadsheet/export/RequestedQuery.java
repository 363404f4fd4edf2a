package io.broadsheet.export;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The query string of an export or feed request, as the client sent it but without
 * {@code format}: the parameter picks a representation, not articles, so a feed's id and
 * an export's file name are the same whether the client used {@code format=} or
 * {@code Accept}.
 *
 * @param raw the query string, still percent-encoded, without {@code format}; empty when
 * there is none
 */
record RequestedQuery(String raw) {

	static final String FORMAT_PARAMETER = "format";

	/**
	 * Longest file name base, so that a long query never makes a name a system refuses.
	 */
	private static final int MAX_NAME_LENGTH = 120;

	static RequestedQuery of(String queryString) {
		if (queryString == null || queryString.isEmpty()) {
			return new RequestedQuery("");
		}
		List<String> kept = new ArrayList<>();
		for (String pair : queryString.split("&")) {
			String name = pair.split("=", 2)[0];
			if (!pair.isEmpty() && !FORMAT_PARAMETER.equals(name)) {
				kept.add(pair);
			}
		}
		return new RequestedQuery(String.join("&", kept));
	}

	/** The path and query of {@code /articles} in the given format. */
	String articlesIn(String format) {
		return "/articles?" + (this.raw.isEmpty() ? "" : this.raw + "&") + FORMAT_PARAMETER + "=" + format;
	}

	/** The path and query of {@code /articles} as JSON pages. */
	String articles() {
		return "/articles" + (this.raw.isEmpty() ? "" : "?" + this.raw);
	}

	/** The parameters for people: {@code author=Tigran Grigoryan, date=2025-12}. */
	String describe() {
		return pairs().stream().map((pair) -> pair[0] + "=" + pair[1]).collect(Collectors.joining(", "));
	}

	/**
	 * A file name for an export: {@code articles}, then each parameter's name and value
	 * in lower case ASCII letters and digits ({@code articles-author-tigran-grigoryan}).
	 */
	String fileNameBase() {
		StringBuilder name = new StringBuilder("articles");
		for (String[] pair : pairs()) {
			String slug = (pair[0] + "-" + pair[1]).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
			slug = slug.replaceAll("^-+|-+$", "");
			if (!slug.isEmpty()) {
				name.append('-').append(slug);
			}
		}
		return (name.length() > MAX_NAME_LENGTH) ? name.substring(0, MAX_NAME_LENGTH).replaceAll("-+$", "")
				: name.toString();
	}

	private List<String[]> pairs() {
		List<String[]> pairs = new ArrayList<>();
		if (this.raw.isEmpty()) {
			return pairs;
		}
		for (String pair : this.raw.split("&")) {
			String[] parts = pair.split("=", 2);
			pairs.add(new String[] { decode(parts[0]), (parts.length > 1) ? decode(parts[1]) : "" });
		}
		return pairs;
	}

	// The query string was checked by MalformedRequestFilter before it got here.
	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

}
