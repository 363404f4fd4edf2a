#!/usr/bin/env python3
# Where the seconds of a start go, from the logs of src/bench/restart.sh: for each start,
# the time between the milestones Broadsheet and its libraries log (Spring's context, Flyway,
# Hibernate, the search index, the sync, readiness), and the median of each phase over the
# starts of each variant. The first milestone is the java command (restart.sh's <start>.times),
# the last the first readiness answer that said UP.
#
#   python3 src/bench/restart-phases.py target/bench/restart-<time>      # every variant found
#   python3 src/bench/restart-phases.py DIR old                           # one variant
#
# A phase is named after what runs in it; one whose closing line is missing from a log
# (another version logs differently) is merged into the next.
import datetime
import glob
import os
import re
import statistics
import sys

# (phase name, regular expression of the log line that ends it), in the order they occur.
MILESTONES = [
    ('JVM start to main (the JVM; the class cache mapped)', r'Starting \w+ v'),
    ('environment, configuration classes, auto-configuration conditions', r'Bootstrapping Spring Data JPA repositories'),
    ('repository scan, Tomcat created', r'Root WebApplicationContext: initialization completed'),
    ('early singletons (filters, MVC, Jackson)', r'HikariPool-1 - Starting'),
    ('H2 store opened, Flyway validated', r'(Schema .* is up to date|Successfully applied)'),
    ('Hibernate: persistence unit, metamodel', r'Initialized JPA EntityManagerFactory'),
    ('Spring Data repositories, application beans, search index opened', r'Search index at '),
    ('other singletons (web, actuator, springdoc), Tomcat started', r'Tomcat started on port'),
    ('context done', r'Started \w+ in '),
    ('store check (unfinished sync?), index up to date?', r'Search index (already serves|caught up)'),
    ('summaries and timeline loaded, folder listed, stored fingerprints read', r'IngestProgress.*syncing'),
    ('files compared, version recorded', r'synced in'),
    ('ready event, folder watch started', r'Watching corpus'),
]


def stamp(line):
    match = re.match(r'(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)Z', line)
    if not match:
        return None
    return datetime.datetime.fromisoformat(match.group(1)).replace(tzinfo=datetime.timezone.utc).timestamp()


def phases(log, times):
    started, ready = (float(x) for x in open(times).read().split())
    found = {}
    for line in open(log, errors='replace'):
        t = stamp(line)
        if t is None:
            continue
        for name, pattern in MILESTONES:
            if name not in found and re.search(pattern, line):
                found[name] = t
    result, previous, pending = [], started, []
    for name, _ in MILESTONES:
        if name not in found:
            pending.append(name)
            continue
        result.append((' + '.join(pending + [name]), found[name] - previous))
        previous, pending = found[name], []
    result.append(('readiness answered UP (publication, the poll every 50 ms, curl)', ready - previous))
    return result, ready - started


def main():
    folder = sys.argv[1]
    variants = sys.argv[2:] or sorted({os.path.basename(f).split('-')[0] for f in glob.glob(f'{folder}/*-*.times')})
    for variant in variants:
        runs = []
        for times in sorted(glob.glob(f'{folder}/{variant}-*.times')):
            log = times[:-len('.times')] + '.log'
            if os.path.exists(log):
                runs.append(phases(log, times))
        if not runs:
            continue
        print(f'## {variant}: {len(runs)} starts, medians (s)')
        names = [name for name, _ in runs[0][0]]
        for i, name in enumerate(names):
            values = [run[0][i][1] for run in runs if len(run[0]) > i and run[0][i][0] == name]
            print(f'| {name} | {statistics.median(values):.2f} | {min(values):.2f}-{max(values):.2f} |')
        totals = [total for _, total in runs]
        print(f'| **ready** | **{statistics.median(totals):.2f}** | {min(totals):.2f}-{max(totals):.2f} |')
        print()


if __name__ == '__main__':
    main()
