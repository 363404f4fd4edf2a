package io.broadsheet.search;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where the index reads what it is built from: the article store, the source of truth.
 * The article module, which owns the store's tables, implements it; the index only
 * derives from what this returns.
 */
public interface ArticlesToIndex {

	/**
	 * Hands over the id and content hash of every stored article, one at a time, so that
	 * the caller need not hold them all.
	 * @param consumer receives each article's id and content hash
	 */
	void forEachContentHash(BiConsumer<String, String> consumer);

	/**
	 * The articles with the given ids, in no particular order; ids no longer stored are
	 * left out.
	 * @param ids the article ids
	 * @return what the index keeps of each
	 */
	List<IndexedArticle> load(Collection<String> ids);

}
