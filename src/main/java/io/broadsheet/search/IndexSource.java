package io.broadsheet.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the index reads what it is built from: the article store, the source of truth.
 * The article module, which owns the store's tables, implements it; the index only
 * derives from what this returns.
 */
public interface IndexSource {

	/**
	 * The id and content hash of every stored article.
	 * @return content hashes by article id
	 */
	Map<String, String> contentHashes();

	/**
	 * The articles with the given ids, in no particular order; ids no longer stored are
	 * left out.
	 * @param ids the article ids
	 * @return what the index keeps of each
	 */
	List<IndexedArticle> load(Collection<String> ids);

}
