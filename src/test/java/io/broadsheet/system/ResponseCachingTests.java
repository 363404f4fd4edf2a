package io.broadsheet.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.support.LoopbackHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole answers asked for again are sent as they were written, over real HTTP, and never
 * across a corpus version, a representation or an origin.
 */
@BroadsheetIntegrationTest
class ResponseCachingTests {

	@LocalServerPort
	private int port;

	@Autowired
	private CacheManager cacheManager;

	@Autowired
	private ServedCorpus served;

	@Test
	void anAnswerAskedForAgainIsSentAsItWasWritten() throws Exception {
		String path = "/articles?size=3&sort=title,asc&page=1";
		CacheStats before = stats();
		HttpResponse<String> first = LoopbackHttp.get(this.port, path);
		HttpResponse<String> again = LoopbackHttp.get(this.port, path);
		assertThat(stats().minus(before).hitCount()).isEqualTo(1);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body()).contains("\"content\"");
		assertThat(headersWithoutDate(again)).isEqualTo(headersWithoutDate(first))
			.containsKeys("etag", "link", "x-total-count", "content-type", "cache-control", "content-security-policy");
	}

	@Test
	void anAnswerLongerThanACopyPieceIsSentWhole() throws Exception {
		List<String> ids = new ArrayList<>();
		JsonMapper.builder()
			.build()
			.readTree(LoopbackHttp.get(this.port, "/articles?size=100").body())
			.path("content")
			.forEach((summary) -> ids.add(summary.path("id").asString()));
		assertThat(ids).isNotEmpty();
		int longest = 0;
		for (String id : ids) {
			HttpResponse<String> first = LoopbackHttp.get(this.port, "/articles/" + id);
			CacheStats before = stats();
			HttpResponse<String> again = LoopbackHttp.get(this.port, "/articles/" + id);
			assertThat(stats().minus(before).hitCount()).isEqualTo(1);
			assertThat(again.body()).isEqualTo(first.body());
			longest = Math.max(longest, again.body().getBytes(StandardCharsets.UTF_8).length);
		}
		// At least one answer spanned pieces of the copy.
		assertThat(longest).isGreaterThan(ResponseCachingFilter.PieceCopy.PIECE_BYTES);
	}

	@Test
	void aNewCorpusGenerationIsNeverAnsweredFromThePreviousOne() throws Exception {
		String path = "/authors?size=2";
		LoopbackHttp.get(this.port, path);
		CacheStats before = stats();
		LoopbackHttp.get(this.port, path);
		assertThat(stats().minus(before).hitCount()).isEqualTo(1);
		// What a sync does once it has stored a new version (here the same one again).
		this.served.serve(this.served.current());
		before = stats();
		HttpResponse<String> afterSync = LoopbackHttp.get(this.port, path);
		assertThat(stats().minus(before).hitCount()).isZero();
		assertThat(afterSync.statusCode()).isEqualTo(200);
	}

	@Test
	void anAnswerForOneOriginIsNotSentToAnother() throws Exception {
		String path = "/dates";
		HttpResponse<String> withoutOrigin = LoopbackHttp.get(this.port, path);
		assertThat(withoutOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> withOrigin = LoopbackHttp
			.send(LoopbackHttp.request(this.port, path).header("Origin", "https://example.org").build());
		assertThat(withOrigin.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
		assertThat(withOrigin.body()).isEqualTo(withoutOrigin.body());
	}

	@Test
	void eachRepresentationIsKeptApart() throws Exception {
		String path = "/articles?author=tigran-grigoryan";
		HttpResponse<String> json = LoopbackHttp.get(this.port, path);
		HttpResponse<String> csv = LoopbackHttp
			.send(LoopbackHttp.request(this.port, path).header("Accept", "text/csv").build());
		HttpResponse<String> jsonAgain = LoopbackHttp.get(this.port, path);
		assertThat(json.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("json"));
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("text/csv"));
		assertThat(csv.body()).isNotEqualTo(json.body());
		assertThat(jsonAgain.body()).isEqualTo(json.body());
	}

	@Test
	void errorsAreNotKept() throws Exception {
		String path = "/articles/no-such-article";
		CacheStats before = stats();
		assertThat(LoopbackHttp.get(this.port, path).statusCode()).isEqualTo(404);
		HttpResponse<String> again = LoopbackHttp.get(this.port, path);
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(stats().minus(before).hitCount()).isZero();
	}

	@Test
	void conditionalRequestsAreStillAnsweredFromTheirValidators() throws Exception {
		String path = "/articles?size=4";
		HttpResponse<String> first = LoopbackHttp.get(this.port, path);
		LoopbackHttp.get(this.port, path);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(LoopbackHttp.send(LoopbackHttp.request(this.port, path).header("If-None-Match", etag).build())
			.statusCode()).isEqualTo(304);
		assertThat(
				LoopbackHttp.send(LoopbackHttp.request(this.port, path).header("If-None-Match", "W/\"stale\"").build())
					.statusCode())
			.isEqualTo(200);
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private CacheStats stats() {
		CaffeineCache cache = (CaffeineCache) this.cacheManager.getCache(ResponseCachingFilter.CACHE);
		assertThat(cache).isNotNull();
		return cache.getNativeCache().stats();
	}

	private static Map<String, Object> headersWithoutDate(HttpResponse<String> response) {
		Map<String, Object> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		return headers;
	}

}
