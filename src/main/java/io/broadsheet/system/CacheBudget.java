package io.broadsheet.system;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One budget, in bytes, for every cache of answers, sized from the maximum heap and what
 * the service itself keeps live, so that the caches never crowd the heap.
 * <p>
 * In a 256 MB heap a cached instance serving 100k articles was slower than one without
 * caches (4,801 against 6,314 requests a second under the long tail): the store's own
 * live data was already near the occupancy at which G1 starts concurrent cycles, and the
 * caches' entries, which under a long tail rarely hit, pushed it over, so that G1 marked
 * back to back. The caches now get what is left of {@code broadsheet.cache.heap-share} of
 * the heap after the application ({@link #APPLICATION_BYTES}) and the served corpus's
 * in-memory listing, which its modules report ({@link CorpusMemory}) each time they
 * rebuild it; a larger corpus shrinks the caches, a larger heap grows them.
 * <p>
 * Each cache is weighed in bytes (an estimate of what its entry keeps reachable) and
 * holds its share of the budget: the module that owns it says how large a share, relative
 * to the other caches' shares. When the budget changes, every cache is resized at once.
 */
@Component
public class CacheBudget {

	private static final Logger log = LoggerFactory.getLogger(CacheBudget.class);

	/**
	 * What a serving instance keeps live besides its corpus's listing and its caches:
	 * Spring, Hibernate, H2's page cache, the index's readers. Measured after a full
	 * collection with the caches off: 63-66 MB at 10k articles (of which 4 MB the
	 * listing), 96-98 MB at 100k (36 MB).
	 */
	static final long APPLICATION_BYTES = 60L * 1024 * 1024;

	private final CacheBudgetProperties properties;

	private final long maxHeap;

	private final Map<String, Share> caches = new LinkedHashMap<>();

	private final Map<String, Long> keptByCorpus = new HashMap<>();

	private long total;

	@Autowired
	public CacheBudget(CacheBudgetProperties properties) {
		this(properties, Runtime.getRuntime().maxMemory());
	}

	CacheBudget(CacheBudgetProperties properties, long maxHeap) {
		this.properties = properties;
		this.maxHeap = maxHeap;
		this.total = budget();
	}

	/**
	 * A new cache, weighed in bytes, that holds its share of the budget and follows it.
	 * @param name the cache's name
	 * @param share its share of the budget, relative to the other caches' shares
	 * @param weigher what an entry costs in bytes (an estimate)
	 * @return the cache, with its statistics recorded
	 */
	public synchronized Cache<Object, Object> cache(String name, int share, Weigher<Object, Object> weigher) {
		Cache<Object, Object> cache = Caffeine.newBuilder().maximumWeight(0).weigher(weigher).recordStats().build();
		this.caches.put(name, new Share(share, cache));
		resize();
		return cache;
	}

	/**
	 * What a module keeps in memory for the served corpus version, which the caches give
	 * way to; a module reports again, under the same name, each time it rebuilds it.
	 * @param kept what is kept and its size
	 */
	@EventListener
	public synchronized void corpusKeeps(CorpusMemory kept) {
		this.keptByCorpus.put(kept.part(), kept.bytes());
		this.total = budget();
		resize();
		log.debug("Answer caches: {} KB in all, after {} KB of {} (max heap {} MB)", this.total / 1024,
				kept.bytes() / 1024, kept.part(), this.maxHeap / (1024 * 1024));
	}

	/** The bytes all the caches together may hold now. */
	public synchronized long total() {
		return this.total;
	}

	/**
	 * The bytes one cache may hold now.
	 * @param name the cache's name
	 * @return its maximum, 0 for a cache this budget does not hold
	 */
	public synchronized long maximum(String name) {
		Share share = this.caches.get(name);
		return (share != null) ? maximumOf(share) : 0;
	}

	/**
	 * The caches' budget: what is left of the share of the heap once the application and
	 * the corpus are counted, never less than nothing.
	 * @param maxHeap the maximum heap
	 * @param heapShare the share of it the service's live data and the caches may fill
	 * @param keptByCorpus what the served corpus keeps in memory
	 * @return the budget in bytes
	 */
	static long fromHeap(long maxHeap, double heapShare, long keptByCorpus) {
		return Math.max(0, (long) (maxHeap * heapShare) - APPLICATION_BYTES - keptByCorpus);
	}

	/**
	 * About what a string keeps in the heap: its object and its array, one byte a
	 * character when all are Latin-1 (the JVM's compact strings), else two.
	 * @param text the string, or {@code null}
	 * @return its size in bytes, 0 for {@code null}
	 */
	public static int bytesOf(String text) {
		if (text == null) {
			return 0;
		}
		int length = text.length();
		for (int i = 0; i < length; i++) {
			if (text.charAt(i) > 0xFF) {
				return 40 + 2 * length;
			}
		}
		return 40 + length;
	}

	/**
	 * About what a list of strings keeps in the heap.
	 * @param texts the strings, or {@code null}
	 * @return their size and the list's, in bytes
	 */
	public static int bytesOf(List<String> texts) {
		if (texts == null) {
			return 0;
		}
		int bytes = 32 + 4 * texts.size();
		for (String text : texts) {
			bytes += bytesOf(text);
		}
		return bytes;
	}

	private long budget() {
		if (this.properties.size() != null) {
			return Math.max(0, this.properties.size().toBytes());
		}
		long kept = 0;
		for (long bytes : this.keptByCorpus.values()) {
			kept += bytes;
		}
		return fromHeap(this.maxHeap, this.properties.heapShare(), kept);
	}

	private void resize() {
		for (Share share : this.caches.values()) {
			long maximum = maximumOf(share);
			share.cache().policy().eviction().ifPresent((eviction) -> eviction.setMaximum(maximum));
		}
	}

	private long maximumOf(Share share) {
		long shares = 0;
		for (Share each : this.caches.values()) {
			shares += each.share();
		}
		return (shares > 0) ? this.total * share.share() / shares : 0;
	}

	private record Share(int share, Cache<Object, Object> cache) {
	}

}
