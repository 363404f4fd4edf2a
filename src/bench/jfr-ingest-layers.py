#!/usr/bin/env python3
"""An ingest's CPU by layer (HISTORY.md, ingest60, has a table made with it).

    BROADSHEET_INGEST_OPTS='-XX:StartFlightRecording=filename=rec.jfr,settings=profile' \
        bash src/bench/ingest.sh --count 30000 --runs 1
    jfr print --events jdk.ExecutionSample --stack-depth 200 rec.jfr >samples.txt
    python3 src/bench/jfr-ingest-layers.py samples.txt target/bench/ingest-30000-256m/ingest-1-threads.tsv

Each Java thread's CPU at readiness (ingest.sh's <run>-threads.tsv) is split by that
thread's JFR samples, since JFR takes fewer samples of a busy thread on a loaded machine
and its counts alone would weigh threads wrongly. A sample is Lucene's if any frame is
Lucene's or the search package's; a sample of main outside CorpusSync.sync is the start;
otherwise it goes to the layer of the frame nearest its top that names one, so that a JDK
frame counts for its caller (MessageDigest for the sync's hashing). The compilers', G1's
and the VM thread's CPU is their own (JFR does not sample them); threads that ended before
readiness (corpus-store, Lucene's merge threads) are spread over their samples.
"""
import re, sys, collections
LAYERS = [
 ('Lucene (index)', r'org\.apache\.lucene|io\.broadsheet\.search\.'),
 ('start (Spring context, other than the sync)', r'AbstractApplicationContext\.refresh|SpringApplication\.run'),
 ('Flyway', r'org\.flywaydb'),
 ('H2: compression', r'org\.h2\.compress'),
 ('H2: page writes (serialization, chunks, save)', r'org\.h2\.mvstore\.(MVStore\.(store|storeNow|write|serialize|compact|rewrite|doMaintenance|writeInBackground)|Page\.(write|serialize)|WriteBuffer|DataUtils\.write|Chunk|FileStore\.(write|store|compact|rewrite|serialize|save))|org\.h2\.mvstore\.(RandomAccessStore|SingleFileStore|FileStore)'),
 ('H2: other (SQL, tx, maps)', r'org\.h2\.'),
 ('Hibernate', r'org\.hibernate\.'),
 ('Spring JDBC / Hikari', r'org\.springframework\.jdbc|com\.zaxxer'),
 ('sync: hashing', r'CorpusSync\.hash|CorpusSync\.versionOf'),
 ('file reading', r'CorpusFile\.read|FolderCorpusLocation.*read|TextDecoder\.whyNotText'),
 ('extraction', r'io\.broadsheet\.extract\.'),
 ('sync: scan, diff, mapping, store rows', r'io\.broadsheet\.corpus\.|io\.broadsheet\.article\.|io\.broadsheet\.author\.'),
 ('Spring / other', r'org\.springframework\.'),
]
C = [(l, re.compile(r)) for l, r in LAYERS]
samples = []; cur = None
for line in open(sys.argv[1]):
    s = line.strip()
    if s.startswith('jdk.ExecutionSample'):
        cur = {'t': None, 'f': []}; samples.append(cur)
    elif s.startswith('sampledThread') and cur is not None:
        cur['t'] = s.split('"')[1] if '"' in s else s
    elif cur is not None and re.match(r'^[\w$.<>/]+\(', s):
        cur['f'].append(s)
def layer(frames, thread=None):
    if thread == 'main' and not any(re.search(r'CorpusSync\.sync|io\.broadsheet\.search\.', f) for f in frames):
        if any('org.hibernate' in f for f in frames): return 'start: Hibernate bootstrap'
        if any('org.flywaydb' in f for f in frames): return 'start: Flyway'
        return 'start: Spring context and the rest'
    # Lucene anywhere wins (the index's own JDK calls); else the frame nearest the top.
    if any(C[0][1].search(f) for f in frames): return C[0][0]
    for f in frames:
        for l, rx in C[2:]:
            if rx.search(f): return l
    if any(C[1][1].search(f) for f in frames): return C[1][0]
    return 'JDK / other Java'
def norm(t): return re.sub(r'[0-9]+$', '', (t or '?'))[:15]
bythread = collections.defaultdict(collections.Counter)
for x in samples: bythread[norm(x['t'])][layer(x['f'], x['t'])] += 1
cpu = {}; ended = 0.0
for line in open(sys.argv[2]):
    v, n = line.rstrip('\n').split('\t', 1)
    n = 'main' if n == 'java' else n
    if n.startswith('(threads that had ended'): ended = float(v)
    else: cpu[n] = cpu.get(n, 0) + float(v)
total = sum(cpu.values()) + ended
out = collections.Counter(); nat = collections.Counter(); unmatched = collections.Counter()
for n, c in cpu.items():
    key = n[:15]
    if key in bythread and sum(bythread[key].values()) >= 3:
        tot = sum(bythread[key].values())
        for l, k in bythread[key].items(): out[l] += c * k / tot
    elif re.match(r'GC Thread|G1 |VM Thread|VM Periodic', n): nat['GC threads (G1, VM thread)'] += c
    elif re.match(r'C2 |C1 ', n): nat['JIT (C1, C2)'] += c
    elif 'JFR' in n or 'JFR' in n: nat['JFR'] += c
    else: unmatched[n] += c
# Ended threads: spread over the samples of threads not alive at readiness.
alive = {n[:15] for n in cpu}
endedS = collections.Counter()
for t, cnt in bythread.items():
    if t not in alive: endedS.update(cnt)
tot = sum(endedS.values())
for l, k in endedS.items(): out[l] += ended * k / tot if tot else 0
rows = list(out.items()) + list(nat.items()) + [('other live threads (' + ', '.join(f'{k} {v:.1f}' for k, v in unmatched.most_common(4)) + ')', sum(unmatched.values()))]
print(f'total CPU {total:.1f} s; ended threads {ended:.1f} s spread over samples of {sorted(t for t in bythread if t not in alive)}')
for l, v in sorted(rows, key=lambda r: -r[1]):
    print(f'{v:7.1f} s  {100*v/total:5.1f} %  {l}')
print('\nsamples by thread:', {t: sum(c.values()) for t, c in sorted(bythread.items(), key=lambda kv: -sum(kv[1].values()))})
print('\nH2 and extraction CPU by thread (s):')
for t, cnt in bythread.items():
    tot = sum(cnt.values()); c = cpu.get('main' if t == 'main' else t, None)
    if c is None: c = ended * tot / sum(endedS.values()) if t not in alive and endedS else 0
    h = sum(v for l, v in cnt.items() if l.startswith('H2')); e = cnt.get('extraction', 0)
    if h or e: print(f'  {t:16s} thread {c:5.1f}  H2 {c*h/tot:5.1f}  extraction {c*e/tot:5.1f}')
