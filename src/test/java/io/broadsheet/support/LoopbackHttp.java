package io.broadsheet.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one HTTP client of the tests: requests to a Broadsheet on 127.0.0.1 only, bounded
 * in time, so that a hung server fails a test instead of hanging the build. Raw requests
 * an HTTP client would refuse to send are {@code HostileRequestsTests}' own business.
 */
public final class LoopbackHttp {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

	private LoopbackHttp() {
	}

	/**
	 * The address of a path on the loopback server.
	 * @param port the server's port
	 * @param path the path and query, starting with {@code /}
	 * @return the URI
	 */
	public static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/**
	 * A request to build on (headers, method), with the timeout set.
	 * @param port the server's port
	 * @param path the path and query
	 * @return the request builder
	 */
	public static HttpRequest.Builder request(int port, String path) {
		return HttpRequest.newBuilder(uri(port, path)).timeout(REQUEST_TIMEOUT);
	}

	/**
	 * Sends a plain GET.
	 * @param port the server's port
	 * @param path the path and query
	 * @return the response, its body as text
	 * @throws IOException when the server cannot be reached or does not answer in time
	 * @throws InterruptedException when interrupted while waiting
	 */
	public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return send(request(port, path).GET().build());
	}

	/**
	 * Sends a request built with {@link #request(int, String)}.
	 * @param request the request
	 * @return the response, its body as text
	 * @throws IOException when the server cannot be reached or does not answer in time
	 * @throws InterruptedException when interrupted while waiting
	 */
	public static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Sends a request, reading the body as the handler says.
	 * @param <T> the body type
	 * @param request the request
	 * @param body how to read the body
	 * @return the response
	 * @throws IOException when the server cannot be reached or does not answer in time
	 * @throws InterruptedException when interrupted while waiting
	 */
	public static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
			throws IOException, InterruptedException {
		return CLIENT.send(request, body);
	}

}
