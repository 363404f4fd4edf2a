#!/usr/bin/env python3
"""What the JIT compiled during a run, from HotSpot's compilation log.

    BROADSHEET_INGEST_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation \
        -XX:LogFile=$PWD/target/jit/hs_%p.log" bash src/bench/ingest.sh --count 100000 --runs 1 --compare-index
    python3 src/bench/jit-compiles.py target/jit/hs_<pid>.log [--top 25] [--compiler c2] [--since 60]
    python3 src/bench/jit-compiles.py A.log --since 60 --against B.log --against-since 43

(%p keeps one log per JVM; the log's <command> line tells a --compare-index noindex run by
its -Dloader.path. --since drops what the JVM compiled before the given second, e.g. the
start up to the sync's first log line, which is the same with and without the index.)

Counts per package and per method: compilations (standard and OSR), how many of a method's
compiled versions were made not entrant (for C2: thrown out after an uncommon trap or a
broken assumption, then compiled again), code size (nmsize), and the uncommon traps that
fired in compiled code, by reason and by the method and bytecode where they fired (the
innermost frame: with inlining, a trap in Lucene's code can belong to a compilation of our
method). The "time" columns are each compilation's wall time, task start to task_done: on
a loaded machine the compiler thread waits for a core, so the seconds are several times its
CPU time (430 s of compilations against 57.7 s of C2 CPU in one 100k ingest at load 12-20);
compare shares within one log, and take CPU from ingest.sh's <run>-threads.tsv. Regular
expressions, not an XML parser: the log is line-oriented, and a JVM that was killed leaves
it unterminated (its compiler threads' parts, with the tasks' times, come only at exit).
"""
import argparse
import collections
import html
import re
import signal
import sys

ATTR = re.compile(r"(\w+)='([^']*)'")


def attrs(line):
    return {k: html.unescape(v) for k, v in ATTR.findall(line)}


def group(method):
    """The package a method's class is in, cut to a readable depth."""
    cls = method.split(' ', 1)[0]
    parts = cls.split('.')[:-1]
    if not parts:
        return '(default)'
    if parts[0] in ('java', 'javax', 'jdk', 'sun', 'com') and parts[:2] != ['com', 'fasterxml']:
        return '.'.join(parts[:2]) if parts[0] != 'com' else '.'.join(parts[:3])
    if parts[:3] == ['org', 'apache', 'lucene']:
        return '.'.join(parts[:4])
    if parts[:2] == ['io', 'broadsheet']:
        return '.'.join(parts[:3])
    return '.'.join(parts[:3]) if parts[0] in ('org', 'io', 'com', 'net') else parts[0]


class Log:
    def __init__(self, path):
        self.tasks = {}  # compile_id -> dict(method, level, osr, start, end, nmsize, success)
        self.traps = []  # dict(compile_id, reason, action, level, stamp, method, bci)
        self.not_entrant = {}  # compile_id -> stamp
        current = None
        pending_trap = None
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                if pending_trap is not None:
                    if line.startswith('<jvms '):
                        a = attrs(line)
                        if 'method' not in pending_trap:
                            pending_trap['method'] = a.get('method', '?')
                            pending_trap['bci'] = a.get('bci', '?')
                        continue
                    self.traps.append(pending_trap)
                    pending_trap = None
                if line.startswith('<task_queued '):
                    a = attrs(line)
                    t = self.tasks.setdefault(a['compile_id'], {})
                    t.setdefault('method', a.get('method', '?'))
                    t['level'] = int(a.get('level', '4'))
                    t['osr'] = a.get('compile_kind') == 'osr'
                elif line.startswith('<task '):
                    a = attrs(line)
                    current = self.tasks.setdefault(a['compile_id'], {})
                    current['method'] = a.get('method', '?')
                    current.setdefault('level', int(a.get('level', '4')))
                    current['osr'] = a.get('compile_kind') == 'osr'
                    current['start'] = float(a['stamp'])
                elif line.startswith('<task_done ') and current is not None:
                    a = attrs(line)
                    current['end'] = float(a['stamp'])
                    current['success'] = a.get('success') == '1'
                    current['nmsize'] = int(a.get('nmsize', '0'))
                    current = None
                elif line.startswith('<uncommon_trap thread='):
                    a = attrs(line)
                    pending_trap = {'compile_id': a.get('compile_id'), 'reason': a.get('reason'),
                        'action': a.get('action'), 'level': int(a.get('level', '0')), 'stamp': float(a.get('stamp', '0'))}
                    if line.rstrip().endswith('/>'):
                        self.traps.append(pending_trap)
                        pending_trap = None
                elif line.startswith('<make_not_entrant '):
                    a = attrs(line)
                    self.not_entrant[a['compile_id']] = float(a.get('stamp', '0'))
        if pending_trap is not None:
            self.traps.append(pending_trap)

    def compiled(self, level, since=0.0):
        for cid, t in self.tasks.items():
            if t.get('level') == level and 'start' in t and t['start'] >= since:
                yield cid, t


def per_method(log, level, since=0.0):
    m = collections.defaultdict(lambda: {'n': 0, 'osr': 0, 'time': 0.0, 'size': 0, 'ne': 0, 'failed': 0})
    for cid, t in log.compiled(level, since):
        r = m[t['method']]
        r['n'] += 1
        r['osr'] += t['osr']
        r['time'] += t.get('end', t['start']) - t['start']
        r['size'] += t.get('nmsize', 0)
        r['failed'] += not t.get('success', True)
        r['ne'] += cid in log.not_entrant
    return m


def summarise(path, level, top, against=None, bucket=30.0, since=0.0, against_since=0.0):
    log = Log(path)
    m = per_method(log, level, since)
    total_time = sum(r['time'] for r in m.values())
    total_n = sum(r['n'] for r in m.values())
    print(f'== {path}: level {level}{f" from {since:.0f} s" if since else ""}: {total_n} compilations of {len(m)} methods, {total_time:.1f} s compiling, '
        f'{sum(r["size"] for r in m.values()) / 1e6:.1f} MB of code, '
        f'{sum(r["ne"] for r in m.values())} made not entrant')
    base = per_method(Log(against), level, against_since) if against else None
    # When the compiler worked: the JVM's start, Spring's, then the ingest.
    seen = set()
    buckets = collections.defaultdict(lambda: [0, 0, 0.0])
    for cid, t in sorted(log.compiled(level), key=lambda kv: kv[1]['start']):
        b = buckets[int(t['start'] // bucket)]
        b[0] += 1
        b[1] += t['method'] in seen
        b[2] += t.get('end', t['start']) - t['start']
        seen.add(t['method'])
    print(f'\n{"from s":>7} {"compiles":>8} {"again":>6} {"time s":>7}')
    for k in sorted(buckets):
        b = buckets[k]
        print(f'{k * bucket:7.0f} {b[0]:8d} {b[1]:6d} {b[2]:7.2f}')
    groups = collections.defaultdict(lambda: [0, 0, 0.0, 0, 0, 0])
    for meth, r in m.items():
        g = groups[group(meth)]
        g[0] += 1
        g[1] += r['n']
        g[2] += r['time']
        g[3] += r['size']
        g[4] += r['ne']
        g[5] += r['n'] - 1
    print(f'\n{"package":42} {"methods":>7} {"compiles":>8} {"again":>6} {"time s":>7} {"code KB":>8} {"not entr":>8}')
    for name, g in sorted(groups.items(), key=lambda kv: -kv[1][2])[:top]:
        print(f'{name:42} {g[0]:7d} {g[1]:8d} {g[5]:6d} {g[2]:7.2f} {g[3] / 1024:8.0f} {g[4]:8d}')
    print(f'\nmethods by compile time (n = compilations, of them OSR; ne = made not entrant)')
    for meth, r in sorted(m.items(), key=lambda kv: -kv[1]['time'])[:top]:
        print(f'{r["time"]:7.2f} s  n={r["n"]:3d} osr={r["osr"]:2d} ne={r["ne"]:3d} {r["size"] / 1024:6.0f} KB  {meth[:150]}')
    print(f'\nmethods compiled most often')
    for meth, r in sorted(m.items(), key=lambda kv: (-kv[1]['n'], -kv[1]['time']))[:top]:
        print(f'n={r["n"]:3d} osr={r["osr"]:2d} ne={r["ne"]:3d} {r["time"]:7.2f} s  {meth[:150]}')
    traps = [t for t in log.traps if t['level'] == level and t['stamp'] >= since]
    print(f'\nuncommon traps fired in level-{level} code: {len(traps)}')
    by_reason = collections.Counter((t['reason'], t['action']) for t in traps)
    for (reason, action), n in by_reason.most_common(top):
        print(f'{n:6d}  {reason} / {action}')
    by_group = collections.Counter((group(t.get('method', '?')), t['reason']) for t in traps)
    print('\ntraps by package of the trapping frame and reason')
    for (g, reason), n in by_group.most_common(top):
        print(f'{n:6d}  {g:40} {reason}')
    by_site = collections.Counter((t.get('method', '?'), t.get('bci'), t['reason']) for t in traps)
    print('\ntrap sites (innermost frame, bci, reason)')
    for (meth, bci, reason), n in by_site.most_common(top):
        print(f'{n:6d}  {reason:18} bci {bci:>5} {meth[:130]}')
    # Which compilation the trap threw out: the compiled method, not the trapping frame.
    by_comp = collections.Counter()
    for t in traps:
        task = log.tasks.get(t['compile_id'], {})
        by_comp[(task.get('method', '?'), t['reason'])] += 1
    print('\ntraps by the compiled method they deoptimised, and reason')
    for (meth, reason), n in by_comp.most_common(top):
        print(f'{n:6d}  {reason:18} {meth[:130]}')
    if base is not None:
        print(f'\n== beyond {against}')
        extra = collections.defaultdict(lambda: [0, 0.0, 0])
        new_methods = 0
        for meth, r in m.items():
            b = base.get(meth)
            g = extra[group(meth)]
            if b is None:
                new_methods += 1
                g[0] += r['n']
                g[1] += r['time']
                g[2] += 1
            else:
                g[0] += r['n'] - b['n']
                g[1] += r['time'] - b['time']
        base_time = sum(r['time'] for r in base.values())
        base_n = sum(r['n'] for r in base.values())
        print(f'{total_n - base_n:+d} compilations ({total_n} against {base_n}), {total_time - base_time:+.1f} s '
            f'({total_time:.1f} against {base_time:.1f}); {new_methods} methods compiled only here')
        print(f'{"package":42} {"+compiles":>9} {"+time s":>8} {"new methods":>11}')
        for name, g in sorted(extra.items(), key=lambda kv: -kv[1][1])[:top]:
            print(f'{name:42} {g[0]:+9d} {g[1]:+8.2f} {g[2]:11d}')


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('log')
    p.add_argument('--against', help='a second log: what the first compiled beyond it')
    p.add_argument('--compiler', default='c2', choices=['c1', 'c2'])
    p.add_argument('--top', type=int, default=25)
    p.add_argument('--since', type=float, default=0.0,
        help='only compilations and traps from this many seconds after the JVM started (the ingest, not the start)')
    p.add_argument('--against-since', type=float, default=0.0, help='--since for the --against log')
    p.add_argument('--bucket', type=float, default=30.0, help='seconds per line of the timeline')
    a = p.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # | head
    # Tiered levels: 1-3 are C1's, 4 is C2's. C1's level-3 code is made not entrant every
    # time C2 replaces it, so "not entrant" means a deoptimisation only for C2.
    level = 4 if a.compiler == 'c2' else 3
    summarise(a.log, level, a.top, a.against, a.bucket, a.since, a.against_since)


if __name__ == '__main__':
    sys.exit(main())
