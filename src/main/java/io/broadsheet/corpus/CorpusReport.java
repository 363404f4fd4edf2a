package io.broadsheet.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the last sync of the corpus saw and did.
 *
 * @param location the corpus location
 * @param state {@code running} while a sync is under way, then {@code completed} or
 * {@code failed}
 * @param startedAt when the sync started
 * @param finishedAt when it finished, {@code null} while running
 * @param durationMillis how long it took, {@code null} while running
 * @param filesFound article files found, including those skipped
 * @param ingested articles served from this corpus after the sync
 * @param added articles new in this sync
 * @param updated articles whose file (or sidecar) changed
 * @param unchanged articles whose file had not changed
 * @param removed articles whose file is gone
 * @param skipped files that could not be ingested, with the reason
 * @param warnings problems that did not stop a file from being ingested
 * @param trigger what started the sync: {@code startup}, or {@code change} when the
 * watched folder changed while serving
 * @param watch how changes to the folder are picked up while serving
 */
@Schema(name = "CorpusReport", requiredProperties = { "location", "state", "startedAt", "filesFound", "ingested",
		"added", "updated", "unchanged", "removed", "skipped", "warnings", "trigger", "watch" })
record CorpusReport(@Schema(example = "classpath:corpus") String location, @Schema(allowableValues = {
		"running", "completed", "failed" }) String state, Instant startedAt, Instant finishedAt, Long durationMillis,
		@Schema(example = "5") int filesFound, @Schema(example = "5") int ingested, int added, int updated,
		int unchanged, int removed, List<SkippedFile> skipped, List<FileWarning> warnings,
		@Schema(allowableValues = { "startup", "change" }) String trigger, CorpusWatch watch){

	static final String STARTUP = "startup";

	static final String CHANGE = "change";

	static CorpusReport running(String location, Instant startedAt) {
		return new CorpusReport(location, "running", startedAt, null, null, 0, 0, 0, 0, 0, 0, List.of(), List.of(),
				STARTUP, null);
	}

	CorpusReport failed(Instant finishedAt) {
		return new CorpusReport(this.location, "failed", this.startedAt, finishedAt,
				Duration.between(this.startedAt, finishedAt).toMillis(), this.filesFound, this.ingested, this.added,
				this.updated, this.unchanged, this.removed, this.skipped, this.warnings, this.trigger, this.watch);
	}

	CorpusReport triggeredBy(String trigger) {
		return new CorpusReport(this.location, this.state, this.startedAt, this.finishedAt, this.durationMillis,
				this.filesFound, this.ingested, this.added, this.updated, this.unchanged, this.removed, this.skipped,
				this.warnings, trigger, this.watch);
	}

	CorpusReport withWatch(CorpusWatch watch) {
		return new CorpusReport(this.location, this.state, this.startedAt, this.finishedAt, this.durationMillis,
				this.filesFound, this.ingested, this.added, this.updated, this.unchanged, this.removed, this.skipped,
				this.warnings, this.trigger, watch);
	}

	/**
	 * A file that was not ingested.
	 *
	 * @param file its path relative to the corpus
	 * @param reason why
	 */
	@Schema(name = "SkippedFile", requiredProperties = { "file", "reason" })
	record SkippedFile(@Schema(example = "broken.txt") String file,
			@Schema(example = "binary content, not text") String reason) {
	}

	/**
	 * A problem with a file that was ingested all the same.
	 *
	 * @param file its path relative to the corpus
	 * @param message what is wrong
	 */
	@Schema(name = "FileWarning", requiredProperties = { "file", "message" })
	record FileWarning(String file, String message) {
	}

}
