#!/usr/bin/env python3
"""What G1 did during an ingest, from a detailed GC log: full collections (and the live
heap each left), young collections, evacuation failures, preventive collections (JDK 17
only) and the humongous objects allocated (those the log lists at one collection and not
at the one before: G1 reclaims them only in a collection, so each one shows up).

Record the log with the ingest (src/bench/ingest.sh, which runs the JVM from its own folder):

    BROADSHEET_INGEST_OPTS="-Xlog:gc*=info,gc+humongous=debug,gc+heap=debug:file=$PWD/gc.log:uptime,tags" \\
        bash src/bench/ingest.sh --count 100000 --runs 1
    python3 src/bench/g1-log.py gc.log [target/bench/ingest-100000-256m/ingest-1.log [FILES]]

With the service's log, only the collections from the sync's first line on are counted,
and with FILES only up to the first progress line at or past that many files: the same
span of two syncs that ran at different speeds (a loaded machine, or one stopped early).
"""
import datetime
import re
import sys


def span(app_log, files):
    """Uptime (s) of the sync's start and of its progress line at `files` (or its end)."""
    def at(line):
        return datetime.datetime.strptime(line[:23], '%Y-%m-%dT%H:%M:%S.%f')
    lines = open(app_log, errors='replace').read().splitlines()
    started = next(at(l) - datetime.timedelta(seconds=float(m.group(1))) for l in lines
                   if (m := re.search(r'process running for ([\d.]+)\)', l)))
    start = end = None
    for line in lines:
        if start is None and 'IngestProgress' in line and 'syncing' in line:
            start = (at(line) - started).total_seconds()
        m = re.search(r'IngestProgress.*: ([\d,]+) of [\d,]+ files', line)
        if files and m and int(m.group(1).replace(',', '')) >= files:
            return start, (at(line) - started).total_seconds(), m.group(1)
        if 'synced in' in line:
            end = (at(line) - started).total_seconds()
    return start, end, 'the end of the sync' if end else 'the end of the log'


def main(gc_log, app_log=None, files=0):
    start, end, reached = span(app_log, files) if app_log else (0, None, 'the end of the log')
    full = young = failed = preventive = humongous_cause = 0
    full_ms = young_ms = 0.0
    live = []
    listed, seen, gc = set(), set(), None
    objects = 0
    object_bytes = 0
    sizes = {}
    for line in open(gc_log, errors='replace'):
        t = re.match(r'\[([\d.]+)s\]', line)
        if not t or float(t.group(1)) < start or (end is not None and float(t.group(1)) > end):
            continue
        m = re.search(r'GC\((\d+)\) Humongous region \d+ \(object size (\d+) @ (0x[0-9a-f]+)\)', line)
        if m:
            if m.group(1) != gc:
                seen, listed, gc = listed, set(), m.group(1)
            key = (m.group(3), int(m.group(2)))
            if key not in listed and key not in seen:
                objects += 1
                object_bytes += key[1]
                mb = round(key[1] / 1048576, 2)
                sizes[mb] = sizes.get(mb, 0) + 1
            listed.add(key)
            continue
        m = re.search(r'\]\[gc *\] GC\(\d+\) (Pause .*) ([\d.]+)ms$', line)
        if not m:
            continue
        what, ms = m.group(1), float(m.group(2))
        if what.startswith('Pause Full'):
            # A heap histogram forces one, and so does metaspace growing during the start.
            if 'Heap Inspection' not in what and 'Metadata' not in what:
                full += 1
                full_ms += ms
                live.append(int(re.search(r'->(\d+)M', what).group(1)))
        elif what.startswith('Pause Young'):
            young += 1
            young_ms += ms
            failed += 'Evacuation Failure' in what
            preventive += 'Preventive' in what
            humongous_cause += 'Humongous Allocation' in what
    print(f'from the sync\'s start to {reached}' if app_log else 'whole log')
    print(f'full collections {full} ({full_ms / 1000:.1f} s)'
          + (f', live after them {min(live)}-{max(live)} MB' if live else ''))
    print(f'young collections {young} ({young_ms / 1000:.1f} s): {failed} with an evacuation failure, '
          f'{preventive} preventive, {humongous_cause} started by a humongous allocation')
    common = ', '.join(f'{mb:g} MB x{n}' for mb, n in sorted(sizes.items(), key=lambda kv: -kv[0] * kv[1])[:8])
    print(f'humongous objects allocated {objects} ({object_bytes / 1048576:,.0f} MB): {common}')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None, int(sys.argv[3]) if len(sys.argv) > 3 else 0)
