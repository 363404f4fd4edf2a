package io.broadsheet.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of hostile requests, generated from the committed OpenAPI document and sent
 * as raw bytes over loopback (an HTTP client library would refuse to send most of them):
 * no 5xx, every error a problem document, and the service still answers correctly after.
 * Bounded by count and by socket timeouts; it targets only 127.0.0.1.
 */
@BroadsheetIntegrationTest
class HostileRequestsTests {

	private static final List<String> HOSTILE_VALUES = List.of("%", "_", "%%", "__", "'", "\"", "\\", "../",
			"../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "x".repeat(10_000), "%ZZ", "%G1", "%C3%28", "%FF%FE",
			"%00", "%0d%0aX-Injected:%20yes", "%E2%80%AE", "\u0001", "\u007f", "é", "Иван", "😀", "-1", "-0", "0",
			"-2147483649", "2147483648", "99999999999999999999999", "1e9", "0x10", "NaN", "Infinity", "null", "true",
			"[]", "{}", "' OR '1'='1", "1; DROP TABLE article; --", "<script>alert(1)</script>", "${jndi:ldap://x}",
			"#{1+1}", "*", "?", "&", "=", ";", ",", ",,", "asc", "title,", ",desc", "title,asc,desc", "2025-02-29",
			"2025-13-01", "0000-00-00", "9999-12-31", "+2025-01-01", "2025/12/04", " ", "", "%20", "+");

	private static final List<String> ACCEPT_HEADERS = List.of("*/*", "application/json", "application/problem+json",
			"text/html", "application/xml", "text/csv", "garbage", "application/json;q=0", "*/*;q=nope", "",
			"application/*, text/*;q=0.5", "x".repeat(3_000));

	@LocalServerPort
	private int port;

	@Test
	void survivesThousandsOfHostileRequestsGeneratedFromTheContract() throws IOException {
		List<String> targets = hostileTargets();
		assertThat(targets).hasSizeGreaterThanOrEqualTo(2_000);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (String target : targets) {
			String accept = ACCEPT_HEADERS.get(sent % ACCEPT_HEADERS.size());
			String method = (sent % 17 == 0) ? "HEAD" : "GET";
			RawResponse response = send(this.port, method, target, accept);
			sent++;
			String failure = failure(method, target, response);
			if (failure != null) {
				failures.add(failure);
			}
		}
		assertThat(sent).isGreaterThanOrEqualTo(2_000);
		assertThat(failures).isEmpty();
		RawResponse afterwards = send("GET", "/articles?author=tigran%20grigoryan", "application/json");
		assertThat(afterwards.status()).isEqualTo(200);
		assertThat(afterwards.body()).contains("\"id\":\"000_a9e816bf096b0a86\"").contains("\"totalElements\":1");
	}

	@Test
	void countsAConnectionClosedWithoutAnAnswerAsAFailure() throws IOException, InterruptedException {
		// A server that accepts and hangs up: what a crashed request thread looks like.
		try (ServerSocket closing = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread hangUp = new Thread(() -> {
				try (Socket accepted = closing.accept()) {
					accepted.setSoTimeout(5_000);
					readRequestHead(accepted.getInputStream());
				}
				catch (IOException ex) {
					// The test fails on what the client saw, not here.
				}
			});
			hangUp.setDaemon(true);
			hangUp.start();
			RawResponse response = send(closing.getLocalPort(), "GET", "/articles", "application/json");
			assertThat(failure("GET", "/articles", response)).contains("closed the connection without an answer");
			hangUp.join(5_000);
		}
	}

	@Test
	void answersBrokenPercentEncodingWithAProblemNamingTheParameter() throws IOException {
		for (String query : new String[] { "author=%ZZ", "author=%C3%28", "author=%" }) {
			RawResponse response = send("GET", "/articles?" + query, "application/json");
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).as(query).startsWith("application/problem+json");
			assertThat(response.body()).as(query).contains("\"parameter\":\"author\"", "percent-encoded UTF-8");
		}
	}

	@Test
	void aBrokenRequestFromAnotherOriginCanReadItsProblem() throws IOException {
		RawResponse response = send(this.port, "GET", "/articles?author=%ZZ", "application/json",
				"Origin: https://reader.example\r\n");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().toLowerCase(Locale.ROOT)).contains("access-control-allow-origin: *");
		// A method no origin may send is refused as the handlers refuse it, once.
		RawResponse refused = send(this.port, "DELETE", "/articles?author=%ZZ", "application/json",
				"Origin: https://reader.example\r\n");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body()).contains(ProblemCorsProcessor.DETAIL).doesNotContain("percent-encoded");
	}

	@Test
	void refusesControlCharactersInParameters() throws IOException {
		for (String query : new String[] { "publisher=%00", "publisher=a%0Ab", "author=%7F", "date=2025%09" }) {
			RawResponse response = send("GET", "/articles?" + query, "application/json");
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.body()).as(query).contains("must not contain control characters");
		}
	}

	@Test
	void answersAMalformedAcceptHeaderWithAProblem() throws IOException {
		RawResponse response = send("GET", "/articles", "*/*;q=nope");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"parameter\":\"Accept\"");
	}

	// Every GET operation, every parameter, every hostile value, encoded and raw; plus
	// repeated parameters.
	@SuppressWarnings("unchecked")
	private static List<String> hostileTargets() throws IOException {
		Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(Files.readString(Path.of("openapi.yaml")));
		Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
		List<String> targets = new ArrayList<>();
		paths.forEach((template, operations) -> {
			Map<String, Object> get = (Map<String, Object>) operations.get("get");
			List<Map<String, Object>> parameters = (List<Map<String, Object>>) get.getOrDefault("parameters",
					List.of());
			for (Map<String, Object> parameter : parameters) {
				String name = (String) parameter.get("name");
				boolean inPath = "path".equals(parameter.get("in"));
				for (String value : HOSTILE_VALUES) {
					for (boolean encode : new boolean[] { true, false }) {
						String sent = encode ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value;
						targets.add(inPath ? fill(template, sent) : fill(template, "x") + "?" + name + "=" + sent);
					}
				}
				if (!inPath) {
					targets.add(fill(template, "x") + "?" + name + "=1&" + name + "=2&" + name + "=%");
					targets.add(fill(template, "x") + "?" + name + "&" + name + "=");
				}
			}
		});
		return targets;
	}

	private static String fill(String template, String value) {
		return template.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
	}

	// What is wrong with the answer to one hostile request, or null when nothing is.
	private static String failure(String method, String target, RawResponse response) {
		if (response.status() == 0) {
			return "closed the connection without an answer for " + method + " " + abbreviate(target);
		}
		if (response.status() >= 500) {
			return response.status() + " for " + method + " " + abbreviate(target);
		}
		if (response.status() >= 400 && !"HEAD".equals(method)
				&& !response.contentType().startsWith("application/problem+json")) {
			return response.status() + " without problem+json (" + response.contentType() + ") for "
					+ abbreviate(target);
		}
		if (response.body().contains("Exception") || response.body().contains("\tat ")) {
			return "internal details leaked for " + abbreviate(target);
		}
		return null;
	}

	private RawResponse send(String method, String target, String accept) throws IOException {
		return send(this.port, method, target, accept);
	}

	private static RawResponse send(int port, String method, String target, String accept) throws IOException {
		return send(port, method, target, accept, "");
	}

	private static RawResponse send(int port, String method, String target, String accept, String moreHeaders)
			throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept + "\r\n"
					+ moreHeaders + "Connection: close\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.UTF_8));
			out.flush();
			return RawResponse.read(socket.getInputStream());
		}
	}

	// Reads up to the blank line that ends a request's headers, so that closing the
	// socket afterwards is a clean close, not a reset.
	private static void readRequestHead(InputStream in) throws IOException {
		int matched = 0;
		byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
		for (int read = in.read(); read >= 0 && matched < end.length; read = in.read()) {
			matched = (read == end[matched]) ? matched + 1 : ((read == end[0]) ? 1 : 0);
			if (matched == end.length) {
				return;
			}
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 120) ? text.substring(0, 120) + "…" : text;
	}

	private record RawResponse(int status, String contentType, String headers, String body) {

		static RawResponse read(InputStream in) throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			String text = bytes.toString(StandardCharsets.UTF_8);
			if (!text.startsWith("HTTP/1.1 ")) {
				// The server closed the connection without an answer: status 0, a
				// failure.
				return new RawResponse(0, "", "", "");
			}
			int status = Integer.parseInt(text.substring(9, 12));
			int headersEnd = text.indexOf("\r\n\r\n");
			String headers = (headersEnd >= 0) ? text.substring(0, headersEnd) : text;
			String body = (headersEnd >= 0) ? text.substring(headersEnd + 4) : "";
			String contentType = "";
			for (String line : headers.split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
					contentType = line.substring("content-type:".length()).strip();
				}
			}
			return new RawResponse(status, contentType, headers, body);
		}

	}

}
