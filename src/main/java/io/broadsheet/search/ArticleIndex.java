package io.broadsheet.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import io.broadsheet.system.CorpusChanged;

/**
 * The full-text index of the stored articles: embedded Lucene, derived from the store and
 * kept in step with it.
 * <p>
 * <b>Catching up.</b> Whenever this instance starts serving a new corpus version
 * ({@link CorpusChanged}), the index compares each stored article's content hash with the
 * one it indexed, re-indexes only the articles that differ and deletes those that are
 * gone. The same comparison builds a missing index from scratch and repairs one left
 * behind by an older version of the store; the version the index was last brought to is
 * kept in its commit, so a restart over an unchanged store does nothing. The listener
 * runs before the new version is served and, at startup, before the application is ready.
 * <p>
 * <b>The same answers on every replica.</b> Each replica builds its own index from the
 * shared store. BM25 scores depend only on the documents (same analysis, same terms) and
 * on collection statistics, which also count deleted documents until they are merged
 * away; so after every change the segments holding deletions are merged, and two indexes
 * of the same rows then score every article the same. Ties are broken by id.
 */
@Component
public class ArticleIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

	/** Commit user data key of the corpus version the index matches. */
	static final String CORPUS_VERSION = "corpusVersion";

	/**
	 * Commit user data key of how documents are made ({@link #SCHEMA}): an index written
	 * another way is built again, since Lucene refuses to index a field two ways.
	 */
	static final String SCHEMA_KEY = "schema";

	/**
	 * Version of {@link ArticleDocuments}' fields and of how they are written; raise it
	 * when either changes. 4: stored fields uncompressed ({@link SnippetSourceCodec}). 5:
	 * bodies without offsets in their postings, each with its {@link OffsetTable}. 6: a
	 * body's unstemmed copy holds only the words the stemmer changed, beside its stems
	 * apart ({@link StemmedPrefixQuery}).
	 */
	static final String SCHEMA = "6";

	/**
	 * The most segments a catch-up leaves when it indexed at least half the index's
	 * documents (a first build, a rebuild, a sync that changed most articles). Every
	 * search pays a fixed cost per segment (looking each term up in every field and
	 * analysis, a scorer and the highlighter's postings per segment): a 100k build left
	 * 12 segments (two of 33k articles, ten of 3.3k written from the sync's small
	 * buffer), and merged to three a search allocated 41 % less and took about 8 % less
	 * CPU. Three, not one: merging the ten small ones costs 8 s of CPU at 100k, merging
	 * all to one twice that for no CPU per search this machine could tell apart, and a
	 * later sync that replaces articles rewrites the segments holding them (the merge of
	 * deletions below), so smaller segments keep those rewrites smaller. Catch-ups of a
	 * few changes keep Lucene's merge policy alone.
	 */
	static final int SEGMENTS_AFTER_BUILD = 3;

	/** Articles read from the store per statement while catching up. */
	private static final int LOAD_BATCH = 500;

	/**
	 * Lucene's limit on the clauses of one query, all nesting levels counted (1024 by
	 * default). A query's words are each looked for in two fields of every analysis the
	 * index holds: {@link TextQueryParser#MAX_TERMS} terms over 31 analyses make 1,984
	 * clauses, which the default would refuse with an exception.
	 */
	static final int MAX_CLAUSES = 4096;

	static {
		if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
			IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
		}
	}

	/**
	 * At most this many threads index while catching up. Analysing the text is most of
	 * the work, and after a sync the other cores idle: on two cores, two threads build
	 * the index in about half the time. More than four would hold more batches in memory
	 * for little.
	 */
	private static final int MAX_INDEXING_THREADS = 4;

	/**
	 * Heap per indexing thread: each holds a batch of articles read from the store and
	 * fills a buffer of its own while it analyses them. A rebuild of 100k articles on two
	 * threads with a 48 MB buffer ran out of a 128 MB heap; a 256 MB heap (which the JVM
	 * reports as about 247 MB) still gets two.
	 */
	private static final long HEAP_PER_INDEXING_THREAD = 120L * 1024 * 1024;

	/**
	 * The most memory for documents not yet written to a segment. Lucene's default (16
	 * MB) wrote a small segment every few hundred articles, and merging them cost more
	 * than writing; more than this would crowd the store out of a 256 MB heap.
	 */
	private static final double MAX_RAM_BUFFER_MB = 48;

	/** The least buffer: below it segments get so small that merging dominates. */
	private static final double MIN_RAM_BUFFER_MB = 8;

	/**
	 * The buffer's share of the heap. Lucene lets the threads go on filling new buffers
	 * while a full one is written, up to twice the size, so a sixth of the heap peaks at
	 * a third, leaving the rest to the store, the batches and the service.
	 */
	private static final int HEAP_SHARE_OF_RAM_BUFFER = 6;

	/**
	 * The buffer's share of the heap while a sync hands its batches over. Beside the
	 * sync, which holds the corpus listing, the batches being parsed and stored and H2's
	 * cache, a sixth of the heap on two threads (up to twice that while full buffers are
	 * written) left no room: at 100k articles in a 256 MB heap the live set was 147 to
	 * 159 MB of the 171 MB old generation, and 236 s of a 460.8 s ingest went to 506 full
	 * collections. With a sixteenth on one thread it was 95 to 108 MB. A thirty-second (8
	 * MB in a 256 MB heap) took another tenth off a 100k ingest's time and CPU, with
	 * fewer collections (HISTORY.md, buffer18); 32 and 48 MB were slower still. Smaller
	 * segments cost nothing that shows: the catch-up merges them to a few anyway.
	 */
	private static final int HEAP_SHARE_OF_SYNC_RAM_BUFFER = 32;

	private final ArticlesToIndex articles;

	private final Path path;

	private final boolean temporary;

	private final IndexingBudget budget;

	/** What indexing a sync's batches may take: less, since the sync runs beside it. */
	private final IndexingBudget syncBudget;

	private final SearchAnalyzer analyzer = new SearchAnalyzer();

	private final SearchAnalyzer indexingAnalyzer = new SearchAnalyzer(true);

	private final LuceneQueries queries = new LuceneQueries(this.analyzer);

	private final FSDirectory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/**
	 * Indexes the batches a sync hands over ({@link #indexCommitted(List)}) while the
	 * sync goes on.
	 */
	private final ExecutorService committedBatches;

	/**
	 * One permit per indexing thread: a sync that hands over batches faster than they are
	 * indexed waits, so that no more than one batch per thread is held in memory.
	 */
	private final Semaphore committedBatchSlots;

	/** Batches handed over by a sync, for the next catch-up to wait for. */
	private final List<Future<?>> committedBatchesIndexing = new ArrayList<>();

	/**
	 * Whether documents were added since the last commit outside a catch-up: the next
	 * catch-up then commits (and merges away the documents they replaced) even if it
	 * finds nothing else to do.
	 */
	private final AtomicBoolean indexedSinceCommit = new AtomicBoolean();

	/** Articles indexed from the sync's batches since the last catch-up, for its log. */
	private final AtomicInteger indexedWhileStored = new AtomicInteger();

	/**
	 * Whether the first of the sync's batches since the last catch-up found the index
	 * without a single document (a first ingest): the sync's articles are then added
	 * without a delete of the id each, see {@link #add(List, boolean)}. Only the sync's
	 * one indexing thread sets it; a catch-up clears it.
	 */
	private volatile boolean syncIntoEmptyIndex;

	private volatile String indexedVersion;

	private volatile CatchUp lastCatchUp;

	/**
	 * What searches need to know of the reader searched last, worked out once per reader
	 * ({@link #readerFacts(IndexReader)}).
	 */
	private volatile ReaderFacts readerFacts;

	@Autowired
	ArticleIndex(ArticlesToIndex articles, SearchProperties properties, Environment environment) throws IOException {
		this(articles, IndexLocation.of(properties, environment.getProperty("spring.datasource.url")));
	}

	ArticleIndex(ArticlesToIndex articles, IndexLocation location) throws IOException {
		this.articles = articles;
		this.temporary = location.temporary();
		this.path = location.path();
		this.budget = IndexingBudget.forHeap(Runtime.getRuntime().maxMemory(),
				Runtime.getRuntime().availableProcessors());
		this.syncBudget = IndexingBudget.duringSync(Runtime.getRuntime().maxMemory());
		this.committedBatches = Executors.newFixedThreadPool(this.syncBudget.threads(), (task) -> {
			Thread thread = new Thread(task, "search-index-sync");
			thread.setDaemon(true);
			return thread;
		});
		this.committedBatchSlots = new Semaphore(this.syncBudget.threads());
		Files.createDirectories(this.path);
		this.directory = FSDirectory.open(this.path);
		this.writer = openWriter();
		this.searchers = new SearcherManager(this.writer, null);
		this.indexedVersion = (this.writer.getLiveCommitData() != null) ? versionOf(this.writer) : null;
		log.info(
				"Search index at {} ({}), version {}; indexing with a {} MB buffer on {} thread(s), "
						+ "during a sync with {} MB on {}",
				this.path, this.temporary ? "temporary, deleted at shutdown" : "kept across restarts",
				(this.indexedVersion != null) ? this.indexedVersion : "none yet", this.budget.ramBufferMb(),
				this.budget.threads(), this.syncBudget.ramBufferMb(), this.syncBudget.threads());
	}

	// An index that cannot be opened (cut short by a crash, a disk error, a format this
	// version cannot read) is not worth a failed start: it is derived, so it is thrown
	// away and the next catch-up builds it again from the store.
	private IndexWriter openWriter() throws IOException {
		try {
			if (DirectoryReader.indexExists(this.directory)
					&& !SCHEMA.equals(SegmentInfos.readLatestCommit(this.directory).getUserData().get(SCHEMA_KEY))) {
				log.info("Search index at {} was written by another version; building it again from the store",
						this.path);
				IndexWriter replacing = new IndexWriter(this.directory,
						config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
				// No corpus version: the next catch-up indexes every article.
				replacing.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
				return replacing;
			}
			IndexWriter opened = new IndexWriter(this.directory, config());
			// Reading every segment's header and footer finds most damage here rather
			// than at the first search.
			DirectoryReader.open(opened).close();
			return opened;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search index at {} cannot be opened ({}); building it again from the store", this.path,
					ex.toString());
			FileSystemUtils.deleteRecursively(this.path);
			Files.createDirectories(this.path);
			return new IndexWriter(this.directory, config());
		}
	}

	private IndexWriterConfig config() {
		TieredMergePolicy merges = new TieredMergePolicy();
		// See the class comment: deleted documents would skew the statistics.
		merges.setForceMergeDeletesPctAllowed(0);
		// No compound files, flushed or merged: Lucene writes a segment's files, then
		// copies them all into one (reading and checksumming every byte twice) and
		// deletes them, on the thread that flushes, the sync's indexing thread. A
		// compound file saves file handles, which the mapped directory does not keep
		// open; the segments read the same either way.
		merges.setNoCFSRatio(0);
		// Only a catch-up commits, with the version the store recorded: closing in the
		// middle of a sync or a catch-up drops what it added instead of committing it
		// under the previous version.
		return new IndexWriterConfig(this.indexingAnalyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setCommitOnClose(false)
			.setUseCompoundFile(false)
			.setRAMBufferSizeMB(this.budget.ramBufferMb())
			.setCodec(new SnippetSourceCodec())
			.setMergePolicy(merges);
	}

	private static String versionOf(IndexWriter writer) {
		for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
			if (CORPUS_VERSION.equals(entry.getKey())) {
				return entry.getValue();
			}
		}
		return null;
	}

	// First of the listeners: a catch-up that rebuilds the index has its full buffer
	// before the article module loads its summaries (about 50 MB at 100k articles).
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onCorpusChanged(CorpusChanged changed) {
		try {
			catchUp(changed.version());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not bring the search index at " + this.path + " up to date", ex);
		}
	}

	/**
	 * Brings the index up to date with the store: re-indexes the articles whose content
	 * hash differs from the indexed one, deletes those no longer stored, and records the
	 * version. Does nothing when the index already matches this version.
	 * @param version the corpus version the store now holds
	 * @return what it did
	 */
	synchronized CatchUp catchUp(String version) throws IOException {
		long started = System.nanoTime();
		awaitCommittedBatches();
		this.syncIntoEmptyIndex = false;
		if (version != null && version.equals(this.indexedVersion) && !this.indexedSinceCommit.get()) {
			CatchUp nothing = new CatchUp(version, 0, 0, this.writer.getDocStats().numDocs, Duration.ZERO);
			log.info("Search index already serves corpus version {}: 0 articles indexed, {} in all", version,
					nothing.documents());
			return recorded(nothing);
		}
		// Only the index's own hashes are held; the store's are compared as they are
		// read, which at 100k articles keeps some 20 MB of strings out of a small
		// heap.
		Set<String> duplicated = new HashSet<>();
		Map<String, String> indexed = indexedHashes(duplicated);
		// In id order, so that two replicas building from the same rows add the same
		// documents in the same order.
		List<String> changed = new ArrayList<>();
		this.articles.forEachContentHash((id, hash) -> {
			if (!hash.equals(indexed.remove(id)) || duplicated.contains(id)) {
				changed.add(id);
			}
		});
		Collections.sort(changed);
		// What is left was indexed but is no longer stored.
		List<String> gone = new ArrayList<>(indexed.keySet());
		Collections.sort(gone);
		// The sync that handed batches over has finished: the catch-up has the heap
		// the sync had.
		this.writer.getConfig().setRAMBufferSizeMB(this.budget.ramBufferMb());
		index(changed);
		if (!gone.isEmpty()) {
			this.writer
				.deleteDocuments(gone.stream().map((id) -> new Term(ArticleDocuments.ID, id)).toArray(Term[]::new));
		}
		// Cleared before the merge and commit: a batch a later sync adds meanwhile is
		// committed by them or, if it comes after, flags the next catch-up.
		boolean indexedDuringSync = this.indexedSinceCommit.getAndSet(false);
		int indexedWhileStored = this.indexedWhileStored.getAndSet(0);
		int indexedNow = changed.size() + indexedWhileStored;
		if (indexedNow > 0 && indexedNow >= this.writer.getDocStats().numDocs / 2) {
			// Built, or mostly rebuilt: see SEGMENTS_AFTER_BUILD. Before the merge of
			// deletions, which then finds none or few.
			this.writer.forceMerge(SEGMENTS_AFTER_BUILD);
		}
		if (!changed.isEmpty() || !gone.isEmpty() || indexedDuringSync) {
			this.writer.forceMergeDeletes(true);
		}
		this.writer.setLiveCommitData(
				((version != null) ? Map.of(CORPUS_VERSION, version, SCHEMA_KEY, SCHEMA) : Map.of(SCHEMA_KEY, SCHEMA))
					.entrySet());
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
		this.indexedVersion = version;
		CatchUp done = new CatchUp(version, changed.size(), gone.size(), this.writer.getDocStats().numDocs,
				Duration.ofNanos(System.nanoTime() - started));
		log.info(
				"Search index caught up with corpus version {} in {} ms: {} articles indexed, {} removed, {} in all; "
						+ "{} more indexed while the sync stored them",
				version, done.took().toMillis(), done.indexed(), done.removed(), done.documents(), indexedWhileStored);
		return recorded(done);
	}

	// Batches of articles are read and indexed on several threads at once. Which thread
	// adds which document changes where it lands in the segments, as merges running in
	// the background already do, but no answer: a score depends on the document's own
	// terms and on statistics summed over every segment, and ties are broken by id.
	private void index(List<String> ids) throws IOException {
		List<List<String>> batches = new ArrayList<>();
		for (int start = 0; start < ids.size(); start += LOAD_BATCH) {
			batches.add(ids.subList(start, Math.min(ids.size(), start + LOAD_BATCH)));
		}
		if (batches.size() <= 1 || this.budget.threads() == 1) {
			for (List<String> batch : batches) {
				indexBatch(batch);
			}
			return;
		}
		ExecutorService threads = Executors.newFixedThreadPool(this.budget.threads(), (task) -> {
			Thread thread = new Thread(task, "search-index");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Void>> indexed = new ArrayList<>();
			for (List<String> batch : batches) {
				indexed.add(threads.submit(() -> {
					indexBatch(batch);
					return null;
				}));
			}
			for (Future<Void> batch : indexed) {
				batch.get();
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while indexing");
		}
		finally {
			threads.shutdownNow();
		}
	}

	private void indexBatch(List<String> ids) throws IOException {
		add(this.articles.load(ids), false);
	}

	/**
	 * Adds the articles' documents in id order.
	 * @param articles the articles
	 * @param unseen whether none of them can be in the index yet: each document is then
	 * only added, where otherwise the earlier document of its id is deleted first. Each
	 * delete is a term looked up, when the buffer is written, in every segment written
	 * before (at 100k articles some thirty during a sync), and kept in the buffer until
	 * then.
	 */
	private void add(List<IndexedArticle> articles, boolean unseen) throws IOException {
		List<IndexedArticle> batch = new ArrayList<>(articles);
		batch.sort(Comparator.comparing(IndexedArticle::id));
		for (IndexedArticle article : batch) {
			if (unseen) {
				this.writer.addDocument(ArticleDocuments.toDocument(article));
			}
			else {
				this.writer.updateDocument(new Term(ArticleDocuments.ID, article.id()),
						ArticleDocuments.toDocument(article));
			}
		}
	}

	/**
	 * Indexes articles a sync has just committed to the store, on the indexing threads,
	 * while the sync reads and stores the next ones; waits while every thread is busy.
	 * The next {@link #catchUp(String) catch-up} waits for them, finds them indexed with
	 * the stored content hash, and has only the rest to do: a full ingest no longer reads
	 * every article back from the store after the sync. This only saves work, it never
	 * decides what the index holds. Nothing is committed here: only a catch-up commits,
	 * with the version the store has recorded, so after a crash the index's commit never
	 * holds what the store had not committed, and the catch-up after a failed batch
	 * indexes what it missed.
	 * @param articles articles as committed to the store, with their authors' stored
	 * names
	 */
	public void indexCommitted(List<IndexedArticle> articles) {
		if (articles.isEmpty()) {
			return;
		}
		try {
			this.committedBatchSlots.acquire();
		}
		catch (InterruptedException ex) {
			// The catch-up indexes them instead.
			Thread.currentThread().interrupt();
			return;
		}
		try {
			this.indexedSinceCommit.set(true);
			Future<?> indexing = this.committedBatches.submit(() -> {
				try {
					// Live setting: the writer flushes sooner from the next document on.
					this.writer.getConfig().setRAMBufferSizeMB(this.syncBudget.ramBufferMb());
					if (this.indexedWhileStored.get() == 0) {
						// The sync's first batch since the last catch-up. Should an
						// article still come twice (a catch-up building the same empty
						// index meanwhile), the next catch-up finds both documents and
						// indexes it once more.
						this.syncIntoEmptyIndex = this.writer.getDocStats().maxDoc == 0;
					}
					add(articles, this.syncIntoEmptyIndex);
					this.indexedWhileStored.addAndGet(articles.size());
					return null;
				}
				finally {
					this.committedBatchSlots.release();
				}
			});
			synchronized (this.committedBatchesIndexing) {
				this.committedBatchesIndexing.add(indexing);
			}
		}
		catch (RuntimeException ex) {
			// Rejected once the index is closing: the store has them, which is what
			// counts.
			this.committedBatchSlots.release();
			log.debug("Articles not indexed during the sync; the next catch-up indexes them", ex);
		}
	}

	// A batch that failed is only logged: the catch-up compares every hash and indexes
	// what is missing.
	private void awaitCommittedBatches() throws InterruptedIOException {
		List<Future<?>> pending;
		synchronized (this.committedBatchesIndexing) {
			pending = new ArrayList<>(this.committedBatchesIndexing);
			this.committedBatchesIndexing.clear();
		}
		for (Future<?> batch : pending) {
			try {
				batch.get();
			}
			catch (ExecutionException ex) {
				log.warn("Articles could not be indexed during the sync ({}); the catch-up indexes them",
						ex.getCause().toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while waiting for the sync's articles to be indexed");
			}
		}
	}

	private CatchUp recorded(CatchUp catchUp) {
		this.lastCatchUp = catchUp;
		return catchUp;
	}

	/** What the last catch-up did, or {@code null} before the first. */
	CatchUp lastCatchUp() {
		return this.lastCatchUp;
	}

	// Every live document's id and content hash, from doc values: no stored field read.
	// An id found in two documents goes to duplicated, to be indexed once again: the
	// sync adds the documents of a first ingest without deleting any earlier one of the
	// same id, so a sync that handed an article over twice would leave two.
	private Map<String, String> indexedHashes(Set<String> duplicated) throws IOException {
		Map<String, String> hashes = new HashMap<>();
		try (DirectoryReader reader = DirectoryReader.open(this.writer)) {
			for (LeafReaderContext leaf : reader.leaves()) {
				Bits live = leaf.reader().getLiveDocs();
				SortedDocValues ids = leaf.reader().getSortedDocValues(ArticleDocuments.ID);
				BinaryDocValues contentHashes = leaf.reader().getBinaryDocValues(ArticleDocuments.HASH);
				if (ids == null || contentHashes == null) {
					continue;
				}
				for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
					if ((live == null || live.get(doc)) && contentHashes.advanceExact(doc)) {
						String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
						if (hashes.put(id, contentHashes.binaryValue().utf8ToString()) != null) {
							duplicated.add(id);
						}
					}
				}
			}
		}
		return hashes;
	}

	/**
	 * One page of the articles that match.
	 * @param criteria what to match
	 * @param pageable the page, sorted by {@code relevance} (best first),
	 * {@code publishedDate}, {@code title} or {@code id}
	 * @return the page's hits and the total
	 */
	public SearchHits search(SearchCriteria criteria, Pageable pageable) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				ReaderFacts facts = readerFacts(searcher.getIndexReader());
				Set<String> analyses = facts.analyses();
				// Built once: the highlighter looks for the same text query, and
				// analysing
				// its words for every field of every analysis twice was 2 % of a search's
				// CPU (SearchCpuBench).
				Query text = (criteria.text() != null) ? this.queries.text(criteria.text(), analyses) : null;
				Query query = this.queries.toQuery(criteria, text);
				long offset = pageable.getOffset();
				int maxDoc = searcher.getIndexReader().maxDoc();
				if (offset >= maxDoc) {
					return new SearchHits(searcher.count(query), List.of());
				}
				int wanted = (int) Math.min(offset + pageable.getPageSize(), maxDoc);
				// One pass that scores every match and counts them all: the total must be
				// exact. Ranking only the page's hits in full and counting apart
				// (skipping hits that cannot enter the page, then a second pass that
				// scores nothing) took 22 % more CPU per search at 10k articles and 32 %
				// more at 100k, since the benchmark's words match most articles and a
				// second pass reads their postings again (SearchCpuBench).
				Sort sort = toSort(pageable);
				long total;
				ScoreDoc[] best;
				if (sort.equals(BestFirst.SORT)) {
					Query rewritten = searcher.rewrite(query);
					long counted = PostingsCount.of(searcher.getIndexReader(), rewritten);
					// A total the postings tell (a word alone, words in OR) leaves the
					// page to be ranked skipping what cannot enter it.
					BestFirst.Page top = (counted >= 0)
							? searcher.search(rewritten, new BestFirst(Math.max(1, wanted), facts.idOrder(), true))
							: searcher.search(new DocumentAtATime(rewritten),
									new BestFirst(Math.max(1, wanted), facts.idOrder()));
					total = (counted >= 0) ? counted : top.total();
					best = top.hits();
				}
				else {
					TopFieldDocs top = searcher.search(query,
							new TopFieldCollectorManager(sort, Math.max(1, wanted), Integer.MAX_VALUE));
					total = top.totalHits.value;
					best = top.scoreDocs;
				}
				List<PageHighlighter.HitFields> page = new ArrayList<>();
				List<String> ids = new ArrayList<>();
				for (HitFacts hit : HitFacts.of(searcher.getIndexReader().leaves(),
						Arrays.copyOfRange(best, (int) Math.min(offset, best.length), best.length))) {
					ids.add(hit.id());
					page.add(new PageHighlighter.HitFields(hit.doc(), hit.textFields()));
				}
				List<List<String>> highlights = (criteria.text() != null && !page.isEmpty())
						? new PageHighlighter(searcher, this.analyzer, facts.fieldInfos()).highlight(text, page) : null;
				List<SearchHits.Hit> hits = new ArrayList<>(ids.size());
				for (int i = 0; i < ids.size(); i++) {
					hits.add(new SearchHits.Hit(ids.get(i), (highlights != null) ? highlights.get(i) : List.of()));
				}
				return new SearchHits(total, hits);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Search index at " + this.path + " could not be read", ex);
		}
	}

	/**
	 * The ids of the articles that match, in the order asked for, with no snippets and no
	 * count: what an export or a feed of a text query lists. They are held in memory
	 * (about 50 bytes each, 5 MB if all of 100,000 articles match), so that the store can
	 * then be read in chunks of them.
	 * @param criteria what to match
	 * @param order {@code relevance} (best first), {@code publishedDate}, {@code title}
	 * or {@code id}
	 * @param limit the most ids to answer
	 * @return the ids, in order
	 */
	public List<String> matchingIds(SearchCriteria criteria, org.springframework.data.domain.Sort order, int limit) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				ReaderFacts facts = readerFacts(searcher.getIndexReader());
				Query query = this.queries.toQuery(criteria, facts.analyses());
				int wanted = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
				Sort sort = toSort(PageRequest.of(0, 1, order));
				ScoreDoc[] best = sort.equals(BestFirst.SORT)
						? searcher.search(new DocumentAtATime(query), new BestFirst(wanted, facts.idOrder())).hits()
						: searcher.search(query, new TopFieldCollectorManager(sort, wanted, 0)).scoreDocs;
				List<String> ids = new ArrayList<>(best.length);
				for (HitFacts hit : HitFacts.of(searcher.getIndexReader().leaves(), best)) {
					ids.add(hit.id());
				}
				return ids;
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Search index at " + this.path + " could not be read", ex);
		}
	}

	/**
	 * Counts the articles that match by author, year, month, publisher and language.
	 * @param criteria what to match
	 * @param limit the most values of each facet to answer
	 * @return the counts
	 */
	public Facets facets(SearchCriteria criteria, int limit) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				Query query = this.queries.toQuery(criteria, readerFacts(searcher.getIndexReader()).analyses());
				FacetCounter counts = searcher.search(query, FacetCounter.manager());
				Map<String, Long> years = new HashMap<>();
				counts.months.forEach(
						(month, count) -> years.merge(month.substring(0, month.indexOf('-', 1)), count, Long::sum));
				return new Facets(counts.total, FacetCounter.top(counts.authors, limit, (author, count) -> {
					int separator = author.indexOf(ArticleDocuments.AUTHOR_SEPARATOR);
					return new Facets.AuthorCount(author.substring(0, separator), author.substring(separator + 1),
							count);
				}), FacetCounter.top(years, limit, Facets.PeriodCount::new),
						FacetCounter.top(counts.months, limit, Facets.PeriodCount::new),
						FacetCounter.top(counts.publishers, limit, Facets.PublisherCount::new),
						FacetCounter.top(counts.languages, limit, Facets.LanguageCount::new));
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Search index at " + this.path + " could not be read", ex);
		}
	}

	// Worked out once per reader: merging every segment's field infos on each search took
	// 2 % of a search's CPU at 100k articles (fourteen segments). Two searches of a new
	// reader may both work them out; either result is the same.
	private ReaderFacts readerFacts(IndexReader reader) throws IOException {
		ReaderFacts known = this.readerFacts;
		if (known != null && known.reader() == reader) {
			return known;
		}
		FieldInfos fieldInfos = FieldInfos.getMergedFieldInfos(reader);
		ReaderFacts facts = new ReaderFacts(reader, analysesOf(fieldInfos), fieldInfos, BestFirst.idOrder(reader));
		this.readerFacts = facts;
		return facts;
	}

	private static Set<String> analysesOf(FieldInfos fieldInfos) {
		Set<String> analyses = new TreeSet<>();
		for (FieldInfo field : fieldInfos) {
			String analysis = SearchAnalyzer.analysisOfField(field.name);
			// Not the copies and stems apart of an analysis ("en.plain", "en.apart").
			if (analysis != null && analysis.indexOf('.') < 0) {
				analyses.add(analysis);
			}
		}
		if (analyses.isEmpty()) {
			analyses.add(SearchAnalyzer.NEUTRAL);
		}
		return Collections.unmodifiableSet(analyses);
	}

	private static Sort toSort(Pageable pageable) {
		List<SortField> fields = new ArrayList<>();
		for (var order : pageable.getSort()) {
			boolean descending = order.isDescending();
			switch (order.getProperty()) {
				// Best first, whichever direction was asked for: "least relevant first"
				// is no order anyone wants.
				case "relevance" -> fields.add(SortField.FIELD_SCORE);
				case "publishedDate" -> {
					SortField published = new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, descending);
					// Undated last in both directions, as in the listing without a query.
					published.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
					fields.add(published);
				}
				case "title" -> {
					SortField title = new SortField(ArticleDocuments.TITLE_SORT, SortField.Type.STRING, descending);
					title.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
					fields.add(title);
				}
				case "id" -> fields.add(new SortField(ArticleDocuments.ID, SortField.Type.STRING, descending));
				default -> throw new IllegalArgumentException("no sort by " + order.getProperty());
			}
		}
		if (fields.isEmpty()) {
			fields.add(SortField.FIELD_SCORE);
		}
		return new Sort(fields.toArray(SortField[]::new));
	}

	/** The folder the index lives in. */
	Path path() {
		return this.path;
	}

	@Override
	public void destroy() throws IOException {
		// Not interrupted: Lucene's writer does not survive an interrupt in the middle of
		// a write. Nor waited for long: the writer is closed without a commit, so what a
		// batch still adds is dropped anyway, and the store has it.
		this.committedBatches.shutdown();
		try {
			if (!this.committedBatches.awaitTermination(5, TimeUnit.SECONDS)) {
				log.info("Search index at {} closed while indexing a sync's articles; the next catch-up indexes them",
						this.path);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			this.searchers.close();
			this.writer.close();
			this.directory.close();
		}
		finally {
			if (this.temporary) {
				FileSystemUtils.deleteRecursively(this.path);
			}
		}
	}

	/**
	 * A hit's id and the text fields its document holds, read from doc values. Reading
	 * them from the stored fields decompressed each hit's stored body once for this and
	 * once more for its snippets (15 % of a search's CPU). The fields are named as
	 * {@link ArticleDocuments#toDocument} names them: by the analysis of the article's
	 * language, and a title field only where there is a title to sort by.
	 *
	 * @param doc the hit's document, in the searcher's numbering
	 * @param id the article id
	 * @param textFields its body field, then its title field: where snippets are looked
	 * for, in that order
	 */
	private record HitFacts(int doc, String id, List<String> textFields) {

		/**
		 * The facts of a page's hits, in the page's order. Each segment's doc values are
		 * opened once for the page and read in document order: opening them for each hit
		 * (three fields, each slicing the mapped file anew and naming every slice) took a
		 * sixth of a search's CPU in the server's profile.
		 */
		static List<HitFacts> of(List<LeafReaderContext> leaves, ScoreDoc[] hits) throws IOException {
			Integer[] byDoc = new Integer[hits.length];
			for (int i = 0; i < hits.length; i++) {
				byDoc[i] = i;
			}
			Arrays.sort(byDoc, Comparator.comparingInt((i) -> hits[i].doc));
			HitFacts[] facts = new HitFacts[hits.length];
			LeafFacts leaf = null;
			for (int i : byDoc) {
				int doc = hits[i].doc;
				if (leaf == null || doc >= leaf.end()) {
					leaf = new LeafFacts(leaves.get(ReaderUtil.subIndex(doc, leaves)));
				}
				facts[i] = leaf.of(doc);
			}
			return Arrays.asList(facts);
		}

	}

	/** The doc values {@link HitFacts} reads, of one segment, read in document order. */
	private static final class LeafFacts {

		private final LeafReaderContext leaf;

		private final SortedDocValues ids;

		private final SortedDocValues languages;

		private final SortedDocValues titles;

		LeafFacts(LeafReaderContext leaf) throws IOException {
			this.leaf = leaf;
			this.ids = leaf.reader().getSortedDocValues(ArticleDocuments.ID);
			this.languages = leaf.reader().getSortedDocValues(ArticleDocuments.LANGUAGE);
			this.titles = leaf.reader().getSortedDocValues(ArticleDocuments.TITLE_SORT);
		}

		/** The first document, in the searcher's numbering, past this segment. */
		int end() {
			return this.leaf.docBase + this.leaf.reader().maxDoc();
		}

		HitFacts of(int doc) throws IOException {
			int local = doc - this.leaf.docBase;
			String id = value(this.ids, local);
			String analysis = SearchAnalyzer.analysisOf(value(this.languages, local));
			// Whether there is a title, not what it says: no title decompressed for it.
			boolean titled = this.titles != null && this.titles.advanceExact(local);
			return new HitFacts(doc, id, ArticleDocuments.TextFields.of(analysis).snippetFields(titled));
		}

		private static String value(SortedDocValues values, int doc) throws IOException {
			return (values != null && values.advanceExact(doc)) ? values.lookupOrd(values.ordValue()).utf8ToString()
					: null;
		}

	}

	/**
	 * What searches need to know of one reader.
	 *
	 * @param reader the reader, compared by identity: a refresh makes a new one
	 * @param analyses the analysis languages of its text fields
	 * @param fieldInfos its fields, merged across its segments, for the highlighter
	 * @param idOrder the ids' order across its segments, for {@link BestFirst}
	 */
	private record ReaderFacts(IndexReader reader, Set<String> analyses, FieldInfos fieldInfos, OrdinalMap idOrder) {

	}

	/**
	 * How much an index build may take of the machine, sized from the heap so that a
	 * rebuild of 100k articles fits where the store itself fits.
	 *
	 * @param ramBufferMb memory for documents not yet written to a segment
	 * @param threads threads that index at once
	 */
	record IndexingBudget(double ramBufferMb, int threads) {

		static IndexingBudget forHeap(long maxHeapBytes, int cores) {
			int threads = (int) Math.max(1,
					Math.min(Math.min(MAX_INDEXING_THREADS, cores), maxHeapBytes / HEAP_PER_INDEXING_THREAD));
			return new IndexingBudget(bufferMb(maxHeapBytes, HEAP_SHARE_OF_RAM_BUFFER), threads);
		}

		static IndexingBudget duringSync(long maxHeapBytes) {
			return new IndexingBudget(bufferMb(maxHeapBytes, HEAP_SHARE_OF_SYNC_RAM_BUFFER), 1);
		}

		private static double bufferMb(long maxHeapBytes, int heapShare) {
			double heapMb = maxHeapBytes / (1024.0 * 1024.0);
			return Math.max(MIN_RAM_BUFFER_MB, Math.min(MAX_RAM_BUFFER_MB, Math.floor(heapMb / heapShare)));
		}

	}

	/**
	 * What one catch-up did.
	 *
	 * @param version the corpus version the index now matches
	 * @param indexed articles (re-)indexed
	 * @param removed articles deleted from the index
	 * @param documents articles in the index afterwards
	 * @param took how long it took
	 */
	record CatchUp(String version, int indexed, int removed, int documents, Duration took) {

	}

}
