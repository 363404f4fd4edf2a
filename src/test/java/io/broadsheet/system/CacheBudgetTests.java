package io.broadsheet.system;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer caches' one budget: sized from the heap, given way to the corpus, shared by
 * the caches in their proportions, and enforced by weight.
 */
class CacheBudgetTests {

	private static final long MB = 1024 * 1024;

	private static final CacheBudgetProperties DEFAULTS = new CacheBudgetProperties(0.4, null);

	@Test
	void theBudgetIsWhatTheHeapShareLeavesOnceTheApplicationAndTheCorpusAreCounted() {
		CacheBudget budget = new CacheBudget(DEFAULTS, 256 * MB);
		long beforeAnyCorpus = (long) (256 * MB * 0.4) - CacheBudget.APPLICATION_BYTES;
		assertThat(budget.total()).isEqualTo(beforeAnyCorpus);
		budget.corpusKeeps(new CorpusMemory("summaries", 3 * MB));
		budget.corpusKeeps(new CorpusMemory("timeline", 1 * MB));
		assertThat(budget.total()).isEqualTo(beforeAnyCorpus - 4 * MB);
		// A module reports again when it rebuilds: its new size replaces the old one.
		budget.corpusKeeps(new CorpusMemory("summaries", 5 * MB));
		assertThat(budget.total()).isEqualTo(beforeAnyCorpus - 6 * MB);
	}

	@Test
	void aLargeCorpusInASmallHeapLeavesTheCachesNothing() {
		CacheBudget budget = new CacheBudget(DEFAULTS, 256 * MB);
		Cache<Object, Object> cache = budget.cache("pages", 1, (key, value) -> ((String) value).length());
		budget.corpusKeeps(new CorpusMemory("summaries", 45 * MB));
		assertThat(budget.total()).isZero();
		cache.put("page", "x".repeat(100));
		cache.cleanUp();
		assertThat(cache.estimatedSize()).isZero();
	}

	@Test
	void aLargerHeapLeavesTheSameCorpusMoreRoom() {
		long corpus = 45 * MB;
		assertThat(CacheBudget.fromHeap(256 * MB, 0.4, corpus)).isZero();
		assertThat(CacheBudget.fromHeap(512 * MB, 0.4, corpus))
			.isEqualTo((long) (512 * MB * 0.4) - CacheBudget.APPLICATION_BYTES - corpus);
		assertThat(CacheBudget.fromHeap(1024 * MB, 0.4, corpus))
			.isGreaterThan(CacheBudget.fromHeap(512 * MB, 0.4, corpus));
	}

	@Test
	void aSizeSetIsTheBudgetWhateverTheHeapAndTheCorpus() {
		CacheBudget budget = new CacheBudget(new CacheBudgetProperties(0.4, DataSize.ofMegabytes(8)), 64 * MB);
		budget.corpusKeeps(new CorpusMemory("summaries", 40 * MB));
		assertThat(budget.total()).isEqualTo(8 * MB);
		assertThat(new CacheBudget(new CacheBudgetProperties(0.4, DataSize.ofBytes(0)), 1024 * MB).total()).isZero();
	}

	@Test
	void eachCacheHoldsItsShareOfTheBudget() {
		CacheBudget budget = new CacheBudget(new CacheBudgetProperties(0.4, DataSize.ofBytes(4000)), 256 * MB);
		budget.cache("answers", 3, (key, value) -> ((String) value).length());
		budget.cache("pages", 1, (key, value) -> ((String) value).length());
		assertThat(budget.maximum("answers")).isEqualTo(3000);
		assertThat(budget.maximum("pages")).isEqualTo(1000);
		assertThat(budget.maximum("unknown")).isZero();
	}

	@Test
	void aCacheEvictsByWeightNotByCount() {
		CacheBudget budget = new CacheBudget(new CacheBudgetProperties(0.4, DataSize.ofBytes(1000)), 256 * MB);
		Cache<Object, Object> cache = budget.cache("articles", 1, (key, value) -> ((String) value).length());
		for (int i = 0; i < 10; i++) {
			cache.put(i, "x".repeat(300));
		}
		cache.cleanUp();
		// Three entries of 300 fit in 1,000; ten small ones would all have.
		assertThat(cache.estimatedSize()).isEqualTo(3);
		assertThat(cache.policy().eviction().orElseThrow().weightedSize()).hasValue(900);
	}

	@Test
	void theCachesShrinkWhenTheCorpusGrows() {
		CacheBudget budget = new CacheBudget(DEFAULTS, 256 * MB);
		Cache<Object, Object> cache = budget.cache("articles", 1, (key, value) -> (Integer) value);
		for (int i = 0; i < 20; i++) {
			cache.put(i, (int) MB);
		}
		cache.cleanUp();
		assertThat(cache.estimatedSize()).isEqualTo(20);
		budget.corpusKeeps(new CorpusMemory("summaries", budget.total() - 5 * MB));
		cache.cleanUp();
		assertThat(cache.policy().eviction().orElseThrow().weightedSize().orElseThrow()).isLessThanOrEqualTo(5 * MB);
	}

	@Test
	void aStringWeighsAByteACharacterWhenLatin1AndTwoOtherwise() {
		assertThat(CacheBudget.bytesOf((String) null)).isZero();
		assertThat(CacheBudget.bytesOf("Café au lait") - CacheBudget.bytesOf("")).isEqualTo(12);
		assertThat(CacheBudget.bytesOf("Кофе с молоком") - CacheBudget.bytesOf("")).isEqualTo(28);
	}

}
