#!/usr/bin/env python3
"""Allocation per article during a sync, from a JFR recording of an ingest.

    jfr print --events jdk.ObjectAllocationSample --stack-depth 30 ingest.jfr >alloc.txt
    python3 src/bench/jfr-alloc.py alloc.txt ingest-1.log 20000

Sums the samples' weights between the log's "syncing" and "synced in" lines (startup's
class loading left out) and groups them by the first pattern any frame of the stack
matches, in the order below: H2's saves and reads before the statements that caused
them, so that each byte is counted once.
"""
import collections
import re
import sys

GROUPS = [
    ('H2: chunk rewrites (compaction)', 'rewriteChunks|compact'),
    ('H2: serialising pages (saves)', 'serializeToBuffer'),
    ('H2: write buffers', 'getWriteBuffer'),
    ('H2: pages read back', 'readPage'),
    ('H2: inserts', r'org\.h2\.command\.dml\.Insert'),
    ('H2: deletes', r'org\.h2\.command\.dml\.Delete'),
    ('H2: queries', r'org\.h2\.command\.query'),
    ('H2: commits', 'TransactionCommand'),
    ('Spring JDBC (parameters)', r'org\.springframework\.jdbc'),
    ('Lucene', r'org\.apache\.lucene'),
    ('extraction', r'io\.broadsheet\.extract'),
    ('store (article)', r'io\.broadsheet\.article'),
    ('sync (corpus)', r'io\.broadsheet\.corpus'),
]
UNITS = {'bytes': 1, 'kB': 1e3, 'MB': 1e6, 'GB': 1e9}


def main(samples, log, articles):
    log_text = open(log).read()
    start = re.search(r'^\S+T(\S{8}).*syncing', log_text, re.M).group(1)
    end = re.search(r'^\S+T(\S{8}).*synced in', log_text, re.M).group(1)
    groups = collections.Counter()
    total = 0.0
    for event in open(samples).read().split('jdk.ObjectAllocationSample {')[1:]:
        at = re.search(r'startTime = (\S+)', event).group(1)[:8]
        if not start <= at <= end:
            continue
        weight = re.search(r'weight = ([\d.]+) (bytes|kB|MB|GB)', event)
        value = float(weight.group(1)) * UNITS[weight.group(2)]
        total += value
        group = next((name for name, pattern in GROUPS if re.search(pattern, event)), 'other')
        groups[group] += value
    print('sync %s-%s UTC: %.2f GB sampled, %.1f KB per article' % (start, end, total / 1e9, total / articles / 1e3))
    for name, value in groups.most_common():
        print('  %-34s %6.1f KB per article' % (name, value / articles / 1e3))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
