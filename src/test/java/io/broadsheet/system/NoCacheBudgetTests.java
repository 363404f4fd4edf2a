package io.broadsheet.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.test.context.TestPropertySource;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.support.LoopbackHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A budget of nothing (what a large corpus in a small heap leaves the caches) keeps no
 * answer, whole or as objects, and every request is still answered in full.
 */
@BroadsheetIntegrationTest
@TestPropertySource(properties = "broadsheet.cache.size=0")
class NoCacheBudgetTests {

	@LocalServerPort
	private int port;

	@Autowired
	private CacheManager cacheManager;

	@Test
	void aRepeatedRequestIsAnsweredInFullAndNothingIsKept() throws Exception {
		String path = "/articles?size=3&page=1";
		HttpResponse<String> first = LoopbackHttp.get(this.port, path);
		HttpResponse<String> again = LoopbackHttp.get(this.port, path);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body()).contains("\"content\"");
		for (String name : new String[] { ResponseCachingFilter.CACHE, "article-pages" }) {
			CaffeineCache cache = (CaffeineCache) this.cacheManager.getCache(name);
			assertThat(cache).isNotNull();
			cache.getNativeCache().cleanUp();
			assertThat(cache.getNativeCache().estimatedSize()).as(name).isZero();
			assertThat(cache.getNativeCache().stats().hitCount()).as(name).isZero();
		}
	}

}
