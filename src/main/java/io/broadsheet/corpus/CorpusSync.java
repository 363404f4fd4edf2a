package io.broadsheet.corpus;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.broadsheet.article.ArticleStore;
import io.broadsheet.article.IngestedArticle;
import io.broadsheet.article.StoredArticle;
import io.broadsheet.corpus.CorpusReport.FileWarning;
import io.broadsheet.corpus.CorpusReport.SkippedFile;
import io.broadsheet.extract.ArticleExtractor;
import io.broadsheet.extract.ParsedArticle;
import io.broadsheet.extract.TextDecoder;

/**
 * Makes the store match the corpus folder: new files are added, changed ones replaced,
 * vanished ones removed, unchanged ones not even parsed. Running it twice changes
 * nothing. A file that cannot be read or parsed is skipped with its reason; it never
 * stops the sync.
 * <p>
 * The content hash decides whether a file changed. A file whose size and modification
 * time, and its sidecar's, are those recorded when it was last read is taken as unchanged
 * without being read at all (the quick check of rsync, make and git), so that a restart
 * with nothing changed only lists the folder.
 */
@Component
class CorpusSync {

	private static final Logger log = LoggerFactory.getLogger(CorpusSync.class);

	/**
	 * How much older than the start of a sync a modification must be for its fingerprint
	 * to be recorded. A file written again within the same timestamp tick as it was read
	 * would keep its fingerprint with new content (git's "racy" entries); file systems
	 * count time in ticks of up to two seconds (FAT), so a fingerprint this young is not
	 * recorded and the file is read again by the next sync.
	 */
	static final Duration RACY_MARGIN = Duration.ofSeconds(2);

	/** Why a file still being written was not read. */
	static final String UNSETTLED = "still being written: its size or modification time changed between two looks; "
			+ "read once they settle";

	/** Skipped files named one by one in the log; the rest are counted. */
	private static final int MAX_SKIPPED_LOGGED = 20;

	private final CorpusLocation corpus;

	private final ArticleExtractor extractor;

	private final ArticleStore store;

	private final CorpusVersionRepository versions;

	private final TransactionTemplate transactions;

	private final CorpusProperties properties;

	private final Clock clock;

	private final StoreSaves saves;

	// The files the last sync skipped, so that the next one warns only of what is new:
	// a live corpus syncs on every change, and its known bad files would otherwise fill
	// the log again each time.
	private volatile Set<SkippedFile> skippedBefore = Set.of();

	CorpusSync(CorpusLocation corpus, ArticleExtractor extractor, ArticleStore store, CorpusVersionRepository versions,
			TransactionTemplate transactions, CorpusProperties properties, Clock clock, StoreSaves saves) {
		this.corpus = corpus;
		this.extractor = extractor;
		this.store = store;
		this.versions = versions;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
		this.saves = saves;
	}

	/**
	 * Runs one sync.
	 * @return what it saw and did
	 * @throws IOException when the corpus folder itself cannot be listed
	 */
	CorpusReport sync() throws IOException {
		return sync(null).report();
	}

	/**
	 * Runs one sync that leaves out files still being written: those whose size or time
	 * (or their sidecar's) differ from an earlier look, or that the earlier look did not
	 * see. A new one is not added yet; a known one keeps its stored version. Both are
	 * listed as skipped, and are for the next sync to read once they have settled.
	 * @param earlierLook the fingerprints of an earlier look at the folder, by relative
	 * path ({@link CorpusScan#fingerprints()}), or {@code null} to take every file as it
	 * is
	 * @return what it saw and did
	 * @throws IOException when the corpus folder itself cannot be listed
	 */
	Outcome sync(Map<String, String> earlierLook) throws IOException {
		try (BatchWriter writer = new BatchWriter()) {
			return sync(writer, earlierLook);
		}
	}

	private Outcome sync(BatchWriter writer, Map<String, String> earlierLook) throws IOException {
		Instant startedAt = this.clock.instant();
		CorpusScan scan = this.corpus.scan();
		Map<String, StoredArticle> storedArticles = new HashMap<>();
		for (StoredArticle stored : this.store.findAllStored()) {
			storedArticles.put(stored.id(), stored);
		}
		Instant trustedBefore = startedAt.minus(RACY_MARGIN);
		Tally tally = new Tally(scan.rejected());
		Map<String, String> currentHashes = new TreeMap<>();
		Map<String, String> pathsById = new HashMap<>();
		List<CorpusFile> files = scan.files();
		IngestProgress progress = new IngestProgress(this.corpus.location(), files.size(), totalSize(files), this.clock,
				startedAt);
		progress.start();
		int batchSize = this.properties.batchSize();
		for (int start = 0; start < files.size(); start += batchSize) {
			List<CorpusFile> batch = files.subList(start, Math.min(files.size(), start + batchSize));
			// Reading and parsing are independent per file: they run on every core, while
			// the writer stores the previous batch.
			List<Prepared> prepared = batch.parallelStream()
				.map((file) -> settled(file, earlierLook) ? prepare(file, storedArticles, trustedBefore)
						: unsettled(file, storedArticles))
				.toList();
			List<IngestedArticle> toStore = new ArrayList<>();
			Map<String, String> fingerprintsToRecord = new HashMap<>();
			for (Prepared file : prepared) {
				if (file.skipReason() != null) {
					tally.skipped.add(new SkippedFile(file.relativePath(), file.skipReason()));
					if (file.skipReason() == UNSETTLED) {
						tally.unsettled++;
						// Still served as last read, so not removed either.
						if (file.id() != null && pathsById.putIfAbsent(file.id(), file.relativePath()) == null) {
							currentHashes.put(file.id(), file.contentHash());
						}
					}
					continue;
				}
				String previousPath = pathsById.putIfAbsent(file.id(), file.relativePath());
				if (previousPath != null) {
					tally.skipped.add(new SkippedFile(file.relativePath(),
							"its id '" + file.id() + "' is already taken by " + previousPath));
					continue;
				}
				currentHashes.put(file.id(), file.contentHash());
				StoredArticle stored = storedArticles.get(file.id());
				if (file.parsed() == null) {
					tally.unchanged++;
					if (!file.read()) {
						tally.notRead++;
					}
					else if (file.fingerprint() != null) {
						fingerprintsToRecord.put(file.id(), file.fingerprint());
					}
					continue;
				}
				ParsedArticle parsed = file.parsed();
				parsed.warnings()
					.forEach((warning) -> tally.warnings.add(new FileWarning(file.relativePath(), warning)));
				toStore.add(IngestedArticleMapping.of(file.id(), file.relativePath(), file.contentHash(),
						file.fingerprint(), parsed));
				if (stored == null) {
					tally.added++;
				}
				else {
					tally.updated++;
				}
			}
			int done = start + batch.size();
			// Only the writer's thread advances the progress from here on; awaitWritten()
			// orders that with the sync thread's read of it below.
			writer.submit(() -> {
				this.store.store(toStore, startedAt);
				if (!fingerprintsToRecord.isEmpty()) {
					this.store.recordFileFingerprints(fingerprintsToRecord);
				}
				this.saves.afterBatch();
				log.debug("Stored {} of {} files", done, files.size());
				progress.advance(batch.size(), totalSize(batch));
			});
		}
		writer.awaitWritten();
		Set<String> vanished = new HashSet<>(storedArticles.keySet());
		// Not removeAll(), which looks every id up in the TreeMap's keys.
		currentHashes.keySet().forEach(vanished::remove);
		List<String> toRemove = new ArrayList<>(vanished);
		for (int start = 0; start < toRemove.size(); start += batchSize) {
			this.store.delete(toRemove.subList(start, Math.min(toRemove.size(), start + batchSize)));
		}
		tally.removed = vanished.size();
		// The version is written last. A sync that stopped after storing articles left
		// the previous one behind, and its author statistics are still to be counted.
		String version = versionOf(currentHashes);
		boolean changed = tally.added + tally.updated + tally.removed > 0
				|| !this.versions.findById(CorpusVersion.SINGLETON_ID)
					.map((stored) -> stored.getVersion().equals(version))
					.orElse(false);
		if (changed) {
			this.store.refreshAuthorStatistics();
		}
		Instant finishedAt = this.clock.instant();
		recordVersion(version, currentHashes.size(), finishedAt, changed);
		CorpusReport report = new CorpusReport(this.corpus.location(), "completed", startedAt, finishedAt,
				Duration.between(startedAt, finishedAt).toMillis(), files.size() + scan.rejected().size(),
				currentHashes.size(), tally.added, tally.updated, tally.unchanged, tally.removed,
				List.copyOf(tally.skipped), List.copyOf(tally.warnings), CorpusReport.STARTUP, null);
		if (log.isInfoEnabled()) {
			log.info(String.format(Locale.ROOT,
					"Corpus %s synced in %s: %,d articles (%,d added, %,d updated, %,d unchanged, %,d removed), "
							+ "%,d skipped; %,d not read, their size and time unchanged; %s in all",
					report.location(), IngestProgress.format(Duration.ofMillis(report.durationMillis())),
					report.ingested(), report.added(), report.updated(), report.unchanged(), report.removed(),
					report.skipped().size(), tally.notRead, progress.throughput(finishedAt)));
		}
		logSkipped(report.skipped());
		return new Outcome(report, scan.digest(), tally.unsettled);
	}

	// A few examples are enough in the log; GET /corpus lists them all. A file skipped
	// for the same reason as in the sync before is counted, not named again.
	private void logSkipped(List<SkippedFile> skipped) {
		Set<SkippedFile> before = this.skippedBefore;
		List<SkippedFile> fresh = skipped.stream().filter((file) -> !before.contains(file)).toList();
		fresh.stream()
			.limit(MAX_SKIPPED_LOGGED)
			.forEach((file) -> log.warn("Skipped {}: {}", file.file(), file.reason()));
		if (fresh.size() > MAX_SKIPPED_LOGGED) {
			log.warn("Skipped {} more files; GET /corpus lists every one with its reason",
					fresh.size() - MAX_SKIPPED_LOGGED);
		}
		int known = skipped.size() - fresh.size();
		if (known > 0) {
			log.info("{} files still skipped for the reasons the sync before gave; GET /corpus lists them", known);
		}
		this.skippedBefore = Set.copyOf(skipped);
	}

	private static boolean settled(CorpusFile file, Map<String, String> earlierLook) {
		return earlierLook == null || file.fingerprint() == null
				|| file.fingerprint().value().equals(earlierLook.get(file.relativePath()));
	}

	// A file still being written is not read: the stored version of it, if any, stays.
	private static Prepared unsettled(CorpusFile file, Map<String, StoredArticle> storedArticles) {
		String relativePath = file.relativePath();
		String id = ArticleIds.of(relativePath);
		StoredArticle stored = storedArticles.get(id);
		if (stored != null && relativePath.equals(stored.sourceFile())) {
			return new Prepared(relativePath, id, stored.contentHash(), null, false, null, UNSETTLED);
		}
		return Prepared.skipped(relativePath, UNSETTLED);
	}

	private static long totalSize(List<CorpusFile> files) {
		long size = 0;
		for (CorpusFile file : files) {
			size += file.size();
		}
		return size;
	}

	// Reads only files whose fingerprint differs from the stored one, and parses only
	// those whose hash differs too: a restart with nothing changed reads no file at all.
	private Prepared prepare(CorpusFile file, Map<String, StoredArticle> storedArticles, Instant trustedBefore) {
		String relativePath = file.relativePath();
		String id = ArticleIds.of(relativePath);
		StoredArticle stored = storedArticles.get(id);
		// Taken when the file was found, before it is read: a write in between leaves a
		// fingerprint that no longer matches, and the next sync reads the file again.
		// Without trust, none is recorded either: replicas whose copies of the corpus
		// differ in times would otherwise overwrite each other's.
		FileFingerprint fingerprint = this.properties.trustFileTimes() ? file.fingerprint() : null;
		// Two paths can share an id (a-b.txt, a b.txt): only the stored one's fingerprint
		// speaks for it.
		if (fingerprint != null && stored != null && relativePath.equals(stored.sourceFile())
				&& fingerprint.value().equals(stored.fileFingerprint())) {
			return Prepared.unchanged(relativePath, id, stored.contentHash(), false, null);
		}
		byte[] content;
		byte[] sidecar;
		try {
			content = file.read();
			sidecar = file.readSidecar();
		}
		catch (IOException | RuntimeException ex) {
			return Prepared.skipped(relativePath, "cannot be read: " + ex.getClass().getSimpleName());
		}
		if (content.length == 0) {
			return Prepared.skipped(relativePath, "empty file");
		}
		String notText = TextDecoder.whyNotText(content);
		if (notText != null) {
			return Prepared.skipped(relativePath, notText);
		}
		String contentHash = hash(content, sidecar);
		String trustedFingerprint = (fingerprint != null && fingerprint.lastModified().isBefore(trustedBefore))
				? fingerprint.value() : null;
		if (stored != null && contentHash.equals(stored.contentHash())) {
			// Touched, copied or checked out again: recorded anew, so that the next sync
			// need not read it.
			boolean fingerprintChanged = trustedFingerprint != null
					&& !trustedFingerprint.equals(stored.fileFingerprint());
			return Prepared.unchanged(relativePath, id, contentHash, true,
					fingerprintChanged ? trustedFingerprint : null);
		}
		try {
			ParsedArticle parsed = this.extractor.extract(content, sidecar);
			if (parsed.body().isBlank()) {
				return Prepared.skipped(relativePath, "no article text found");
			}
			return new Prepared(relativePath, id, contentHash, trustedFingerprint, true, parsed, null);
		}
		catch (RuntimeException ex) {
			log.warn("Could not parse {}", relativePath, ex);
			return Prepared.skipped(relativePath, "could not be parsed: " + ex.getClass().getSimpleName());
		}
	}

	private static String versionOf(Map<String, String> currentHashes) {
		MessageDigest digest = sha256();
		currentHashes.forEach((id, hash) -> {
			digest.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		});
		return HexFormat.of().formatHex(digest.digest(), 0, 16);
	}

	private void recordVersion(String version, int articleCount, Instant syncedAt, boolean changed) {
		this.transactions.executeWithoutResult((status) -> {
			CorpusVersion current = this.versions.findById(CorpusVersion.SINGLETON_ID).orElse(null);
			if (current == null) {
				this.versions.save(new CorpusVersion(version, articleCount, syncedAt));
			}
			else if (changed) {
				current.update(version, articleCount, syncedAt);
			}
		});
	}

	private static String hash(byte[] content, byte[] sidecar) {
		MessageDigest digest = sha256();
		digest.update(content);
		if (sidecar != null) {
			digest.update((byte) 0);
			digest.update(sidecar);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	/**
	 * What a sync did, and what it saw.
	 *
	 * @param report what it saw and did
	 * @param lookDigest {@link CorpusScan#digest()} of the look it synced: while a look
	 * at the folder gives the same, there is nothing new to sync
	 * @param unsettled files left out as still being written
	 */
	record Outcome(CorpusReport report, String lookDigest, int unsettled) {
	}

	/**
	 * One file after reading: skipped with a reason, unchanged (no parsed article), or to
	 * be stored.
	 *
	 * @param fingerprint the fingerprint to record: for an article to be stored,
	 * {@code null} when too young to trust; for an unchanged one, {@code null} when the
	 * stored one stays
	 * @param read whether the file was read, as opposed to trusted by its fingerprint
	 */
	private record Prepared(String relativePath, String id, String contentHash, String fingerprint, boolean read,
			ParsedArticle parsed, String skipReason) {

		static Prepared unchanged(String relativePath, String id, String contentHash, boolean read,
				String fingerprint) {
			return new Prepared(relativePath, id, contentHash, fingerprint, read, null, null);
		}

		static Prepared skipped(String relativePath, String reason) {
			return new Prepared(relativePath, null, null, null, true, null, reason);
		}

	}

	private static final class Tally {

		final List<SkippedFile> skipped;

		final List<FileWarning> warnings = new ArrayList<>();

		int added;

		int updated;

		int unchanged;

		int notRead;

		int removed;

		int unsettled;

		Tally(List<SkippedFile> rejected) {
			this.skipped = new ArrayList<>(rejected);
		}

	}

}
