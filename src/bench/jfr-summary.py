#!/usr/bin/env python3
# Where a JFR recording's CPU samples went: by thread, by labelled bucket (the first
# label whose regular expression matches any frame of a sample), by top frame and
# inclusively by frame. The summaries in src/bench/results/profiles/ were made with it:
#
#   jfr print --events jdk.ExecutionSample --stack-depth 200 rec.jfr \
#     | python3 src/bench/jfr-summary.py 'extract=corpus\.extract' 'lucene=org\.apache\.lucene' 'h2=org\.h2\.'
import sys, re, collections
top=collections.Counter(); incl=collections.Counter(); threads=collections.Counter(); n=0
buckets=[l.split('=', 1) for l in sys.argv[1:]]  # label=regex, inclusive, first match wins
bk=collections.Counter()
frames=[]; thread=None
def flush():
    global n
    if not frames: return
    n+=1; top[frames[0]]+=1; threads[thread]+=1
    seen=set()
    for f in frames:
        if f not in seen: incl[f]+=1; seen.add(f)
    for label,rx in buckets:
        if any(re.search(rx,f) for f in frames): bk[label]+=1; break
    else: bk['other']+=1
for line in sys.stdin:
    s=line.strip()
    if s.startswith('jdk.ExecutionSample'): flush(); frames=[]; thread=None
    elif s.startswith('sampledThread'): thread=s.split('"')[1] if '"' in s else s
    elif re.match(r'^[\w$.<>/]+\(.*line:',s) or re.match(r'^[\w$.<>/]+\(',s):
        frames.append(re.sub(r'\s+line:.*','',s))
flush()
print('samples',n)
print('-- threads'); [print(f'{c*100/n:5.1f}% {t}') for t,c in threads.most_common(12)]
print('-- buckets (first match)'); [print(f'{c*100/n:5.1f}% {t}') for t,c in bk.most_common()]
print('-- top frames'); [print(f'{c*100/n:5.1f}% {t[:160]}') for t,c in top.most_common(30)]
print('-- inclusive'); [print(f'{c*100/n:5.1f}% {t[:160]}') for t,c in incl.most_common(60)]
