package io.broadsheet.corpus;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How changes to the corpus are picked up while the service runs.
 *
 * @param mode {@code events} (file system events, plus the periodic rescan),
 * {@code polling} (the periodic rescan alone) or {@code off}
 * @param reason why the folder is not watched, when it is not
 * @param rescanIntervalMillis how often the folder is listed to find changes
 * @param debounceMillis how long a burst of changes must pause before it is synced
 * @param settleTimeMillis the time between the two looks that tell a file still being
 * written
 * @param versionCheckIntervalMillis how often the database is asked whether another
 * replica synced a new version, {@code 0} when never
 * @param servedVersion the corpus version this instance serves (its {@code ETag})
 * @param servedSince when the sync that produced it finished (its {@code Last-Modified})
 */
@Schema(name = "CorpusWatch", requiredProperties = { "mode", "rescanIntervalMillis", "debounceMillis",
		"settleTimeMillis", "versionCheckIntervalMillis" })
record CorpusWatch(@Schema(allowableValues = {
		"events", "polling", "off" }, example = "events") String mode,
		@Schema(example = "a classpath: corpus is not watched") String reason,
		@Schema(example = "10000") long rescanIntervalMillis, @Schema(example = "500") long debounceMillis,
		@Schema(example = "1000") long settleTimeMillis, @Schema(example = "2000") long versionCheckIntervalMillis,
		@Schema(example = "3f2a9c0d41b7e6a85d12c4f09b8e7a61") String servedVersion, Instant servedSince){

}
