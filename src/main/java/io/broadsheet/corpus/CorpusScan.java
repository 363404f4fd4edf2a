package io.broadsheet.corpus;

import java.util.List;

/**
 * What a look at the corpus folder found: the article files to read, and the files that
 * were passed over before reading, each with its reason.
 *
 * @param files the article files, in a stable order
 * @param rejected files passed over
 */
record CorpusScan(List<CorpusFile> files, List<CorpusReport.SkippedFile> rejected) {
}
