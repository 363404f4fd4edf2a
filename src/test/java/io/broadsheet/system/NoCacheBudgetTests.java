package io.broadsheet.system;

import java.net.http.HttpResponse;
import java.time.Duration;

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
		// Caffeine evicts on a maintenance pass of its own: once that is over, the
		// repeated request cannot find the first one's answer.
		for (String name : new String[] { ResponseCachingFilter.CACHE, "article-pages" }) {
			assertThat(sizeAfterMaintenance((CaffeineCache) this.cacheManager.getCache(name))).as(name).isZero();
		}
		HttpResponse<String> again = LoopbackHttp.get(this.port, path);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body()).contains("\"content\"");
		for (String name : new String[] { ResponseCachingFilter.CACHE, "article-pages" }) {
			CaffeineCache cache = (CaffeineCache) this.cacheManager.getCache(name);
			assertThat(cache).isNotNull();
			assertThat(sizeAfterMaintenance(cache)).as(name).isZero();
			assertThat(cache.getNativeCache().stats().hitCount()).as(name).isZero();
		}
	}

	/**
	 * The cache's size once its pending evictions are done. Caffeine evicts on its
	 * maintenance pass, which may still be running on its executor when the answer has
	 * reached the client, and its size is an estimate until that pass is over; on a busy
	 * machine one {@code cleanUp()} saw the entry still counted. A kept entry stays kept:
	 * this waits at most five seconds for the size to come down.
	 */
	private static long sizeAfterMaintenance(CaffeineCache cache) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (true) {
			cache.getNativeCache().cleanUp();
			long size = cache.getNativeCache().estimatedSize();
			if (size == 0 || System.nanoTime() > deadline) {
				return size;
			}
			Thread.sleep(50);
		}
	}

}
